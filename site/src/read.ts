/**
 * The "Read" part of the page: a resolution as the CLI's text output shows it (exclusions, conditional items with
 * what would make them apply, unresolved items with their hints, warnings), each item with its rationale, source
 * link, provenance, risk, include chain and installer management. Everything is set as text.
 *
 * @module
 */
import {
  type ConditionalItem,
  type ExclusionItem,
  type ItemBase,
  type Resolution,
  RULE_KIND_TITLES,
  type RuleKind,
  type UnresolvedItem,
} from 'av-exclusions';
import { type Child, externalLink, h } from './dom.js';

const KIND_ORDER = Object.keys(RULE_KIND_TITLES) as RuleKind[];

/** "Managed by …": the note, then the limits `scans` and `disabledBy` state, in the CLI's words. */
function managedLine(managed: NonNullable<ItemBase['managedBy']>): string {
  const limits = [
    ...(managed.scans === 'real-time' ? ['real-time protection only'] : []),
    ...(managed.disabledBy ? [`unless ${managed.disabledBy} is on`] : []),
  ];
  return `Managed by the ${managed.by} in ${managed.scanner}: ${[managed.note, ...limits].join('; ')}`;
}

/** What the read view can ask the form to do. */
export interface ReadActions {
  /** Switch a feature on (offered next to the conditional items it would make apply). */
  switchOnFeature(feature: string): void;
}

function details(item: ItemBase): Child[] {
  const source = item.source;
  const via = item.via.length > 1 ? item.via.map((s) => `${s.product}/${s.role}`).join(' › ') : '';
  const duplicates = (item as Partial<ExclusionItem>).duplicates ?? [];
  return [
    h('p', { class: 'rationale' }, item.rationale),
    h(
      'p',
      { class: 'meta' },
      'Source: ',
      externalLink(source.url, source.title),
      `, ${source.section}${source.docVersion ? ` (${source.docVersion})` : ''}`,
    ),
    h(
      'p',
      { class: 'meta' },
      `Provenance: ${item.provenance} · Risk: `,
      h('span', { class: `risk risk-${item.risk}` }, item.risk),
      via ? ` · Via: ${via}` : '',
      ` · Rule: ${item.rule}`,
    ),
    item.riskNote ? h('p', { class: 'note warn' }, `Risk note: ${item.riskNote}`) : null,
    item.managedBy ? h('p', { class: 'note warn' }, managedLine(item.managedBy)) : null,
    item.correction
      ? h('p', { class: 'note' }, `Corrected from the source's "${item.correction.original}": ${item.correction.note}`)
      : null,
    ...(item.notes ?? []).map((note) => h('p', { class: 'note' }, `Note: ${note}`)),
    duplicates.length ? h('p', { class: 'note' }, `Also required by: ${duplicates.map((d) => d.rule).join(', ')} (same location)`) : null,
  ];
}

function grouped<T extends ItemBase>(items: readonly T[], head: (item: T) => Child[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = items.filter((i) => i.kind === kind);
    if (!ofKind.length) continue;
    out.push(
      h('h4', {}, RULE_KIND_TITLES[kind]),
      h(
        'ul',
        { class: 'items' },
        ...ofKind.map((item) => h('li', { class: 'item', 'data-rule': item.rule }, ...head(item), ...details(item))),
      ),
    );
  }
  return out;
}

function section(title: string, id: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'bucket', id, 'aria-labelledby': `${id}-title` }, h('h3', { id: `${id}-title` }, title), ...children);
}

/**
 * Builds the read view of a resolution.
 *
 * @param resolution - the resolution
 * @param actions - what the view's buttons do
 * @returns the view's elements
 */
export function readView(resolution: Resolution, actions: ReadActions): HTMLElement[] {
  const q = resolution.query;
  const documented = q.documentedVersion && q.documentedVersion !== q.version ? ` (documented: ${q.documentedVersion})` : '';
  const summary =
    `${q.product}${q.version === null ? '' : ` ${q.version}`}${documented}, ${q.roles.join(' + ')} on ${q.platform}` +
    (q.osVersion ? ` (OS ${q.osVersion})` : '') +
    (q.features.length ? `, features: ${q.features.join(', ')}` : '');

  const out: HTMLElement[] = [h('p', { class: 'summary' }, summary)];
  out.push(
    section(
      `Exclusions (${resolution.exclusions.length})`,
      'exclusions',
      ...(resolution.exclusions.length ? [] : [h('p', {}, 'None for this choice.')]),
      ...grouped<ExclusionItem>(resolution.exclusions, (i) => [
        h('code', { class: 'value' }, i.value),
        i.recursive && i.kind !== 'volume' ? h('span', { class: 'tag' }, ' (and subfolders)') : null,
        i.defaultsUsed.length ? h('span', { class: 'tag' }, ` (default ${i.defaultsUsed.join(', ')} assumed)`) : null,
      ]),
    ),
  );
  if (resolution.conditional.length) {
    out.push(
      section(
        `Conditional (${resolution.conditional.length}): would apply if`,
        'conditional',
        ...grouped<ConditionalItem>(resolution.conditional, (i) => {
          const when = [
            ...(i.condition.features ?? []).map((f) => `feature ${f} is on`),
            ...(i.condition.osVersions ? [`the OS release is ${i.condition.osVersions}`] : []),
          ].join(' and ');
          const buttons = (i.condition.features ?? []).map((f) => {
            const button = h('button', { type: 'button', class: 'small' }, `Switch on ${f}`);
            button.addEventListener('click', () => actions.switchOnFeature(f));
            return button;
          });
          return [h('code', { class: 'value' }, i.value ?? i.template), h('p', { class: 'condition' }, `Applies if ${when}. `, ...buttons)];
        }),
      ),
    );
  }
  if (resolution.unresolved.length) {
    out.push(
      section(
        `Unresolved (${resolution.unresolved.length}): need values only you know`,
        'unresolved',
        ...grouped<UnresolvedItem>(resolution.unresolved, (i) => [
          h('code', { class: 'value' }, i.template),
          h('p', { class: 'condition' }, `Needs ${i.variables.join(', ')}: ${i.hint}`),
        ]),
      ),
    );
  }
  if (resolution.warnings.length) {
    out.push(
      section(
        'Warnings',
        'warnings',
        h('ul', { class: 'warnings' }, ...resolution.warnings.map((w) => h('li', { 'data-code': w.code }, w.message))),
      ),
    );
  }
  out.push(h('p', { class: 'caution' }, 'Exclusions lower protection: review each item before applying it.'));
  return out;
}

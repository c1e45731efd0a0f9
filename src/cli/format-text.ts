/**
 * Human-readable output of the CLI: products and resolutions, grouped by kind, with rationale and source.
 *
 * @module
 */
import type { ProductInfo, ProductSummary } from '../catalog/describe.js';
import { wrapLine } from '../internal/wrap.js';
import { managedText } from '../render/managed.js';
import { scannerName } from '../render/scanners.js';
import { RULE_KIND_TITLES, type RuleKind } from '../types/pack.js';
import type { AnyResolution, ConditionalItem, ExclusionItem, ItemBase, NormalizedQuery, UnresolvedItem } from '../types/resolution.js';
import { versionScheme } from '../version/scheme.js';

/** Text styling; identity functions when colour is off. */
export interface Style {
  /** Headings. */
  bold(text: string): string;
  /** Secondary text. */
  dim(text: string): string;
  /** Warnings. */
  yellow(text: string): string;
}

/**
 * Styling for a stream: ANSI colour on a terminal unless `NO_COLOR` holds a value (https://no-color.org: an empty
 * value does not count) or `TERM` is `dumb`; `FORCE_COLOR` (any value but `0` or `false`) turns it on anywhere, and
 * `FORCE_COLOR=0` off.
 *
 * @param isTTY - whether output is a terminal
 * @param env - environment
 * @returns the style
 */
export function makeStyle(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): Style {
  const force = env.FORCE_COLOR;
  const forced = force === undefined ? undefined : force !== '0' && force.toLowerCase() !== 'false';
  const on = forced ?? (isTTY && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb');
  const wrap = (open: number, close: number) => (text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: wrap(1, 22), dim: wrap(2, 22), yellow: wrap(33, 39) };
}

const KIND_ORDER = Object.keys(RULE_KIND_TITLES) as RuleKind[];

function details(item: ItemBase, style: Style, width: number | undefined): string[] {
  const lines: string[] = [];
  // Prose is wrapped to the terminal; values, paths and URLs are never broken.
  const add = (text: string, paint: (text: string) => string = (t) => t) => lines.push(...wrapLine(text, width).map(paint));
  add(`    ${item.rationale}`);
  add(`    source: ${item.source.title}, ${item.source.section} (${item.source.url})`, style.dim);
  const via = item.via.length > 1 ? `; via ${item.via.map((s) => `${s.product}/${s.role}`).join(' > ')}` : '';
  add(`    provenance: ${item.provenance}; risk: ${item.risk}${via}`, style.dim);
  if (item.riskNote) add(`    risk note: ${item.riskNote}`, style.yellow);
  if (item.managedBy)
    add(`    managed by the ${item.managedBy.by} in ${scannerName(item.managedBy.scanner)}: ${managedText(item.managedBy)}`, style.yellow);
  if (item.correction) add(`    corrected from the source's "${item.correction.original}": ${item.correction.note}`, style.dim);
  for (const note of item.notes ?? []) add(`    note: ${note}`, style.dim);
  const duplicates = (item as Partial<ExclusionItem>).duplicates ?? [];
  // On a machine a rule may be reached from another product (directly, or through its include): say from which.
  const from = item.via[0]?.product;
  const by = (d: { rule: string; via: readonly { product: string }[] }) =>
    d.via[0] && d.via[0].product !== from ? `${d.rule} (through ${d.via[0].product})` : d.rule;
  if (duplicates.length) add(`    also required by: ${duplicates.map(by).join(', ')} (same location)`, style.dim);
  return lines;
}

function grouped<T extends ItemBase>(items: readonly T[], line: (item: T) => string, style: Style, width: number | undefined): string[] {
  const out: string[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = items.filter((i) => i.kind === kind);
    if (!ofKind.length) continue;
    out.push(`  ${style.bold(RULE_KIND_TITLES[kind])}`);
    for (const item of ofKind) out.push(`  - ${line(item)}`, ...details(item, style, width));
  }
  return out;
}

/** `sep-sesam 5.0.0.3 (documented: 5.0.0), server + client`. */
function productLine(q: NormalizedQuery): string {
  const version = q.version === null ? '' : ` ${q.version}`;
  const documented = q.documentedVersion && q.documentedVersion !== q.version ? ` (documented: ${q.documentedVersion})` : '';
  return `${q.product}${version}${documented}, ${q.roles.join(' + ')}`;
}

/** The heading: the product and its query, or the machine and one line per product. */
function heading(resolution: AnyResolution, style: Style): string[] {
  const features = (q: NormalizedQuery) => (q.features.length ? `, features: ${q.features.join(', ')}` : '');
  const os = resolution.query.osVersion ? ` (OS ${resolution.query.osVersion})` : '';
  if ('machine' in resolution) {
    const products = resolution.machine.products;
    return [
      `${style.bold(`Machine on ${resolution.query.platform}`)}${os}, ${products.length} product(s):`,
      ...products.map((q) => `  ${style.bold(productLine(q))}${features(q)}`),
    ];
  }
  const q = resolution.query;
  return [style.bold(`${productLine(q)} on ${q.platform}`) + os + features(q)];
}

/**
 * A warning's text; a machine's warnings name their product.
 *
 * @param warning - a resolution's warning
 * @returns `message`, or `product: message` for a machine's warning
 */
export function warningText(warning: { message: string; product?: string }): string {
  return warning.product === undefined ? warning.message : `${warning.product}: ${warning.message}`;
}

/**
 * Renders a resolution (a product's or a machine's) for people.
 *
 * @param resolution - the resolution; a machine's names each product at the top
 * @param style - styling
 * @param width - the terminal's width: reasons, sources and notes are wrapped to it (values never are); none when
 *   the output is not a terminal
 * @returns the text, newline-terminated
 */
export function formatResolution(resolution: AnyResolution, style: Style, width?: number): string {
  const lines = [
    ...heading(resolution, style),
    '',
    style.bold(`Exclusions (${resolution.exclusions.length})`),
    ...grouped<ExclusionItem>(
      resolution.exclusions,
      (i) => i.value + (i.recursive && i.kind !== 'volume' ? ' (and subfolders)' : ''),
      style,
      width,
    ),
  ];
  if (resolution.conditional.length) {
    lines.push('', style.bold(`Conditional (${resolution.conditional.length}): would apply if`));
    lines.push(
      ...grouped<ConditionalItem>(
        resolution.conditional,
        (i) => {
          const when = [
            ...(i.condition.features ?? []).map((f) => `--feature ${f}`),
            ...(i.condition.osVersions ? [`OS ${i.condition.osVersions}`] : []),
          ].join(' and ');
          return `${i.value ?? i.template} [if ${when}]`;
        },
        style,
        width,
      ),
    );
  }
  if (resolution.unresolved.length) {
    lines.push('', style.bold(`Unresolved (${resolution.unresolved.length}): need values only you know`));
    lines.push(
      ...grouped<UnresolvedItem>(
        resolution.unresolved,
        (i) => `${i.template} [needs ${i.variables.map((v) => `--set ${v}=...`).join(', ')}]`,
        style,
        width,
      ),
    );
    for (const item of resolution.unresolved) lines.push(...wrapLine(`  ${item.rule}: ${item.hint}`, width).map(style.dim));
  }
  if (resolution.warnings.length) {
    lines.push('', style.bold('Warnings'));
    for (const w of resolution.warnings) lines.push(...wrapLine(`  ! ${warningText(w)}`, width).map(style.yellow));
  }
  lines.push('', style.dim('Exclusions lower protection: review each item before applying it.'));
  return `${lines.join('\n')}\n`;
}

/**
 * Renders the product list.
 *
 * @param products - summaries
 * @param style - styling
 * @returns the text
 */
export function formatProductList(products: readonly ProductSummary[], style: Style): string {
  const width = Math.max(...products.map((p) => p.id.length));
  const lines = products.map(
    (p) =>
      `${style.bold(p.id.padEnd(width))}  ${p.name} (${p.vendor}); platforms: ${p.platforms.join(', ')}` +
      (p.documentedVersions.length ? `; versions: ${p.documentedVersions.join(', ')}` : ''),
  );
  lines.push('', style.dim('Details: av-exclusions list <product>'));
  return `${lines.join('\n')}\n`;
}

/**
 * Renders one product's details: what a query for it may contain.
 *
 * @param product - the description
 * @param style - styling
 * @returns the text
 */
export function formatProduct(product: ProductInfo, style: Style): string {
  const lines = [style.bold(`${product.name} (${product.id}), ${product.vendor}`), product.description, ''];
  lines.push(style.bold('Roles (--role)'));
  for (const role of product.roleDetails) {
    lines.push(`  ${role.id}: ${role.description}${role.platforms ? ` [${role.platforms.join(', ')}]` : ''}`);
  }
  lines.push('', `${style.bold('Platforms (--platform)')}: ${product.platforms.join(', ')}`);
  const scheme = versionScheme(product.versionScheme);
  const [summary, ...details] = scheme.describe(product.documentedVersions);
  lines.push(`${style.bold(scheme.versioned ? 'Versions (--version)' : 'Versions')}: ${summary}`);
  for (const detail of details) lines.push(`  ${detail}`);
  for (const [platform, releases] of Object.entries(product.osVersions)) {
    lines.push(`${style.bold('OS releases (--os-version)')} on ${platform}: ${releases!.join(', ')}`);
  }
  if (product.features.length) {
    lines.push('', style.bold('Features (--feature)'));
    for (const f of product.features) lines.push(`  ${f.id}: ${f.description}`);
  }
  if (product.variables.length) {
    lines.push('', style.bold('Variables (--set NAME=VALUE)'));
    for (const v of product.variables) {
      const defaults = Object.entries(v.defaults ?? {}).map(([p, d]) => `${p}: ${d!.value}`);
      lines.push(`  ${v.name}${v.multiple ? ' (several allowed)' : ''}: ${v.description} [roles: ${v.roles.join(', ')}]`);
      lines.push(style.dim(`    ${defaults.length ? `default ${defaults.join('; ')}` : 'no default: only you know it'}. ${v.hint}`));
    }
  }
  if (product.includes.length) {
    lines.push('', style.bold('Includes'));
    for (const i of product.includes) lines.push(`  ${i.role} -> ${i.product}: ${i.roles.join(', ')}`);
  }
  lines.push('', style.bold('Sources'));
  for (const s of product.sources) lines.push(`  ${s.id}: ${s.title} (${s.docVersion}) ${s.url}`);
  return `${lines.join('\n')}\n`;
}

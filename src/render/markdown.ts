/**
 * The `markdown` target: a review table for a change ticket.
 *
 * @module
 */
import type { AnyResolution, ConditionalItem, DuplicateRef, ExclusionItem, NormalizedQuery } from '../types/resolution.js';
import { managedLimits } from './managed.js';
import { markdownCell, markdownCode } from './quote/markdown.js';
import { scannerName } from './scanners.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { assertNoControlCharacters } from './values/check.js';

/** A link to the source, or plain text when the URL is not a plain http(s) URL. `|` and `\` are percent-encoded. */
function link(title: string, url: string, section: string): string {
  const label = markdownCell(`${title}, ${section}`);
  if (!/^https?:\/\/[^\s()<>]+$/.test(url)) return label;
  return `[${label}](${url.replace(/\|/g, '%7C').replace(/\\/g, '%5C')})`;
}

function code(value: string): string {
  assertNoControlCharacters(value, 'markdown');
  return markdownCode(value);
}

function why(item: ExclusionItem): string {
  const parts = [item.rationale];
  if (item.managedBy) {
    const limits = managedLimits(item.managedBy);
    parts.push(
      `Managed by the ${item.managedBy.by} in ${scannerName(item.managedBy.scanner)}${limits.length ? ` (${limits.join('; ')})` : ''}.`,
    );
  }
  if (item.riskNote) parts.push(item.riskNote);
  // On a machine a rule may be reached from another product (directly, or through its include): say from which.
  const from = item.via[0]?.product;
  const by = (d: DuplicateRef) => (d.via[0] && d.via[0].product !== from ? `${d.rule} (through ${d.via[0].product})` : d.rule);
  if (item.duplicates.length) parts.push(`Also required by ${item.duplicates.map(by).join(', ')}.`);
  return markdownCell(parts.join(' '));
}

function condition(item: ConditionalItem): string {
  return [
    ...(item.condition.features ?? []).map((f) => `feature ${f}`),
    ...(item.condition.osVersions ? [`OS ${item.condition.osVersions}`] : []),
  ].join(' and ');
}

function versionText(q: NormalizedQuery): string {
  return `${q.version === null ? 'not given' : markdownCell(q.version)}${q.documentedVersion ? ` (documented guidance: ${markdownCell(q.documentedVersion)})` : ''}`;
}

function features(q: NormalizedQuery): string {
  return q.features.length ? q.features.map(markdownCell).join(', ') : 'none';
}

/** The title and the query: one product's version, roles, platform and features, or a machine's platform and products. */
function heading(resolution: AnyResolution): string[] {
  const platform = `- Platform: ${markdownCell(resolution.query.platform)}${resolution.query.osVersion ? `, OS release ${markdownCell(resolution.query.osVersion)}` : ''}`;
  if ('machine' in resolution) {
    const products = resolution.machine.products;
    return [
      `# Antivirus exclusions: machine (${products.map((q) => markdownCell(q.product)).join(', ')})`,
      '',
      platform,
      `- Products (${products.length}):`,
      ...products.map(
        (q) =>
          `  - ${markdownCell(q.product)}: version ${versionText(q)}; roles: ${q.roles.map(markdownCell).join(', ')}; features: ${features(q)}`,
      ),
    ];
  }
  const q = resolution.query;
  return [
    `# Antivirus exclusions: ${markdownCell(q.product)}`,
    '',
    `- Version: ${versionText(q)}`,
    `- Roles: ${q.roles.map(markdownCell).join(', ')}`,
    platform,
    `- Features: ${features(q)}`,
  ];
}

function render({ resolution }: RenderContext): FormatResult {
  const lines = [
    ...heading(resolution),
    '',
    '> Exclusions lower protection: review each item before applying it.',
    '',
    `## Exclusions (${resolution.exclusions.length})`,
    '',
    '| Item | Kind | Why | Source | Provenance | Risk |',
    '|---|---|---|---|---|---|',
  ];
  for (const item of resolution.exclusions) {
    const kind = `${markdownCell(item.kind)}${item.recursive && item.kind === 'directory' ? ', with subfolders' : ''}`;
    const source = link(item.source.title, item.source.url, item.source.section);
    lines.push(
      `| ${code(item.value)} | ${kind} | ${why(item)} | ${source} | ${markdownCell(item.provenance)} | ${markdownCell(item.risk)} |`,
    );
  }
  if (resolution.conditional.length) {
    lines.push('', `## Would apply if (${resolution.conditional.length})`, '', '| Item | Condition | Why |', '|---|---|---|');
    for (const item of resolution.conditional) {
      lines.push(`| ${code(item.value ?? item.template)} | ${markdownCell(condition(item))} | ${markdownCell(item.rationale)} |`);
    }
  }
  if (resolution.unresolved.length) {
    lines.push(
      '',
      `## Need values only you know (${resolution.unresolved.length})`,
      '',
      '| Item | Needs | Where to find it |',
      '|---|---|---|',
    );
    for (const item of resolution.unresolved) {
      lines.push(`| ${code(item.template)} | ${item.variables.map(code).join(', ')} | ${markdownCell(item.hint)} |`);
    }
  }
  if (resolution.warnings.length) {
    lines.push('', '## Warnings', '', ...resolution.warnings.map((w) => `- ${markdownCell(w.message)}`));
  }
  return { lines };
}

/** The `markdown` target: any platform, every item (managed ones included), LF. */
export const MARKDOWN: TargetSpec = {
  id: 'markdown',
  platforms: ['windows', 'linux', 'macos'],
  actions: ['add', 'remove'],
  scanner: null,
  eol: '\n',
  render,
};

/**
 * Renders a resolution as a Markdown review document for a change ticket: a title line, the query (version, roles,
 * platform, features), a table of the exclusions (Item | Kind | Why | Source | Provenance | Risk), then tables of
 * conditional items and of items that need values, and the resolution's warnings. Values are code spans that show
 * backticks, pipes and backslashes as written; free text is escaped so it cannot break a cell or open links, HTML or
 * emphasis; source links are plain http(s) URLs. Every item is listed, managed ones included (the Why column says who
 * manages them). Any platform; LF line endings.
 *
 * @param resolution - the resolution
 * @param options - ignored, but `action` must be `add` or `remove` when given
 * @returns the Markdown text
 * @throws AvExclusionsError `UNSAFE_VALUE` (a value with a control character)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'markdown').text.split('\n')[0]); // '# Antivirus exclusions: kerio-connect'
 * ```
 */
export function renderMarkdown(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(MARKDOWN, resolution, options);
}

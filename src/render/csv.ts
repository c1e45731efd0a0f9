/**
 * The `csv` target: one row per item, for spreadsheets and tickets.
 *
 * @module
 */
import type { AnyResolution, ItemBase } from '../types/resolution.js';
import { quoteCsv } from './quote/csv.js';
import { scannerName } from './scanners.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { assertNoControlCharacters } from './values/check.js';

/** The columns, in order (`condition` and `needs` are filled for conditional and unresolved items only). */
export const CSV_COLUMNS = [
  'bucket',
  'kind',
  'value',
  'recursive',
  'platform',
  'rule',
  'rationale',
  'source_url',
  'source_section',
  'provenance',
  'risk',
  'managed_by',
  'condition',
  'needs',
  'via',
] as const;

function row(bucket: string, item: ItemBase, value: string, condition: string, needs: string): string {
  assertNoControlCharacters(value, 'csv');
  return [
    bucket,
    item.kind,
    value,
    String(item.recursive),
    item.platform,
    item.rule,
    item.rationale,
    item.source.url,
    item.source.section,
    item.provenance,
    item.risk,
    item.managedBy ? `${item.managedBy.by} (${scannerName(item.managedBy.scanner)})` : '',
    condition,
    needs,
    item.via.map((s) => `${s.product}/${s.role}`).join(' > '),
  ]
    .map(quoteCsv)
    .join(',');
}

function render(context: RenderContext): FormatResult {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const item of context.resolution.exclusions) lines.push(row('exclusion', item, item.value, '', ''));
  for (const item of context.resolution.conditional) {
    const condition = [
      ...(item.condition.features ?? []).map((f) => `feature ${f}`),
      ...(item.condition.osVersions ? [`os ${item.condition.osVersions}`] : []),
    ].join(' and ');
    lines.push(row('conditional', item, item.value ?? '', condition, item.variables.join(' ')));
  }
  for (const item of context.resolution.unresolved) lines.push(row('unresolved', item, '', '', item.variables.join(' ')));
  return { lines };
}

/** The `csv` target: any platform, every item (managed ones included), CRLF. */
export const CSV: TargetSpec = {
  id: 'csv',
  platforms: ['windows', 'linux', 'macos'],
  actions: ['add', 'remove'],
  scanner: null,
  eol: '\r\n',
  render,
};

/**
 * Renders every item of a resolution as CSV (RFC 4180: CRLF line endings, a header row, fields quoted when they hold
 * `"`, `,`, CR, LF or leading/trailing whitespace, with `"` doubled): exclusions, then conditional items (with their
 * condition), then unresolved ones (with the variables they need and an empty value). Columns: {@link CSV_COLUMNS};
 * `managed_by` names who else adds the item, `via` is the include chain (`product/role > product/role`). A field a
 * spreadsheet would run as a formula (first non-blank character `=`, `+`, `-`, `@`) gets a leading `'`; values never
 * start that way, free text might (see `quote/csv`). Any platform; every item is listed, managed ones included.
 *
 * @param resolution - the resolution
 * @param options - ignored, but `action` must be `add` or `remove` when given
 * @returns the CSV text
 * @throws AvExclusionsError `UNSAFE_VALUE` (a value with a control character; free text may hold line breaks, quoted)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'csv').text.split('\r\n')[0]);
 * // 'bucket,kind,value,recursive,platform,rule,rationale,source_url,source_section,provenance,risk,managed_by,condition,needs,via'
 * ```
 */
export function renderCsv(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(CSV, resolution, options);
}

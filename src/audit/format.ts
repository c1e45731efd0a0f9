/**
 * An audit report as text, JSON, Markdown or CSV. Pure: the CLI prints what these return.
 *
 * @module
 */

import { unknownChoice } from '../internal/suggest.js';
import { wrapLine } from '../internal/wrap.js';
import { quoteCsv } from '../render/quote/csv.js';
import { markdownCell, markdownCode } from '../render/quote/markdown.js';
import { scannerName } from '../render/scanners.js';
import type { ItemSource } from '../types/resolution.js';
import { ENTRY_VERDICTS, ITEM_VERDICTS } from './audit.js';
import type { AuditedEntry, AuditedItem, AuditReport, EntryVerdict, ItemVerdict } from './types.js';

/** The formats {@link formatAuditReport} writes. */
export const AUDIT_FORMATS = /* @__PURE__ */ Object.freeze(['text', 'json', 'markdown', 'csv'] as const);

/** One of {@link AUDIT_FORMATS}. */
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** Text styling (identity functions for plain text). */
export interface AuditTextStyle {
  /** Headings. */
  bold(text: string): string;
  /** Secondary text. */
  dim(text: string): string;
  /** Warnings. */
  yellow(text: string): string;
}

/** Options of {@link formatAuditReport}. */
export interface AuditFormatOptions {
  /** Text: wrap reasons and sources to this width (values and URLs are never broken); no wrapping when absent. */
  width?: number;
  /** Text: styling (colour on a terminal); plain when absent. */
  style?: AuditTextStyle;
}

/** The columns of the CSV form, in order. */
export const AUDIT_CSV_COLUMNS = [
  'record',
  'verdict',
  'kind',
  'value',
  'rules',
  'origin',
  'location',
  'covered_by',
  'reason',
  'source_url',
  'source_section',
] as const;

const PLAIN: AuditTextStyle = { bold: (t) => t, dim: (t) => t, yellow: (t) => t };

/** Control characters, line and paragraph separators and bidirectional controls of a machine's text, made visible. */
function shown(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const ITEM_TITLES: Record<ItemVerdict, string> = {
  missing: 'Missing',
  unknown: 'Unknown',
  'covered-by-automatic': 'Covered by Defender itself',
  covered: 'Covered',
};
const ITEM_ORDER: ItemVerdict[] = ['missing', 'unknown', 'covered-by-automatic', 'covered'];

const ENTRY_TITLES: Record<EntryVerdict, string> = {
  dangerous: 'Dangerous',
  'broader-than-needed': 'Broader than needed',
  redundant: 'Redundant',
  unrelated: 'Unrelated (no audited product needs them)',
  needed: 'Needed',
};
const ENTRY_ORDER: EntryVerdict[] = ['dangerous', 'broader-than-needed', 'redundant', 'unrelated', 'needed'];

function sourceText(source: ItemSource): string {
  return `${source.title}, ${source.section} (${source.url})`;
}

function origin(entry: AuditedEntry): string {
  return `${entry.entry.origin.source}, ${shown(entry.entry.origin.location)}`;
}

function heading(report: AuditReport): string {
  const os = report.osVersion ? ` (OS ${report.osVersion})` : '';
  return `Audit of the ${scannerName(report.scanner)} exclusions on ${report.platform}${os}: ${report.recommended.length} recommended item(s), ${report.entries.length} existing entr${report.entries.length === 1 ? 'y' : 'ies'}`;
}

function summaryLine(report: AuditReport): string {
  const part = (verdicts: readonly string[]) => verdicts.map((v) => `${v} ${report.summary[v as ItemVerdict]}`).join(', ');
  return `recommended: ${part(ITEM_VERDICTS)}; entries: ${part(ENTRY_VERDICTS)}`;
}

function formatText(report: AuditReport, options: AuditFormatOptions): string {
  const style = options.style ?? PLAIN;
  const width = options.width;
  const lines: string[] = [];
  const add = (text: string, paint: (t: string) => string = (t) => t) => lines.push(...wrapLine(text, width).map(paint));
  add(heading(report), style.bold);
  add(summaryLine(report));
  if (!report.readable) add('Some lists cannot be read: the verdicts that depend on them are "unknown".', style.yellow);

  lines.push('', style.bold('Recommended items'));
  for (const verdict of ITEM_ORDER) {
    const items = report.recommended.filter((i) => i.verdict === verdict);
    if (!items.length) continue;
    lines.push(`  ${style.bold(`${ITEM_TITLES[verdict]} (${items.length})`)}`);
    for (const { item, reason } of items) {
      lines.push(`  - ${item.kind} ${item.value}  [${item.rule}]`);
      add(`      ${reason}`);
      add(`      source: ${sourceText(item.source)}`, style.dim);
    }
  }
  if (!report.recommended.length) lines.push('  (none)');

  lines.push('', style.bold('Existing entries'));
  for (const verdict of ENTRY_ORDER) {
    const entries = report.entries.filter((e) => e.verdicts.includes(verdict));
    if (!entries.length) continue;
    lines.push(`  ${style.bold(`${ENTRY_TITLES[verdict]} (${entries.length})`)}`);
    for (const entry of entries) {
      const why = entry.reasons.find((r) => r.verdict === verdict)!;
      lines.push(`  - ${entry.entry.kind} ${shown(entry.entry.text)}  (${origin(entry)})`);
      add(`      ${shown(why.reason)}`, verdict === 'dangerous' ? style.yellow : (t) => t);
      if (why.source) add(`      source: ${sourceText(why.source)}`, style.dim);
    }
  }
  const unevaluable = report.entries.filter((e) => !e.evaluable);
  if (unevaluable.length) {
    lines.push(`  ${style.bold(`Cannot be evaluated (${unevaluable.length})`)}`);
    for (const entry of unevaluable) {
      lines.push(`  - ${entry.entry.kind} ${shown(entry.entry.text)}  (${origin(entry)})`);
      add(`      ${shown(entry.unevaluable ?? '')}`);
    }
  }
  if (!report.entries.length) lines.push('  (none)');

  if (report.warnings.length) {
    lines.push('', style.bold('Warnings'));
    for (const w of report.warnings) add(`  ! ${shown(w.message)}`, style.yellow);
  }
  lines.push('');
  add('Exclusions lower protection: review each finding before changing a list.', style.dim);
  return `${lines.join('\n')}\n`;
}

function mdCode(value: string): string {
  return markdownCode(shown(value));
}

function mdSource(source: ItemSource | undefined): string {
  if (!source) return '';
  const label = markdownCell(`${source.title}, ${source.section}`);
  return /^https?:\/\/[^\s()<>]+$/.test(source.url) ? `[${label}](${source.url.replace(/\|/g, '%7C').replace(/\\/g, '%5C')})` : label;
}

function formatMarkdown(report: AuditReport): string {
  const lines = [
    `# ${markdownCell(heading(report))}`,
    '',
    `- ${markdownCell(summaryLine(report))}`,
    `- Lists readable: ${report.readable ? 'yes' : 'no (some verdicts are "unknown")'}`,
    ...(report.disableAutoExclusions !== undefined ? [`- DisableAutoExclusions: ${report.disableAutoExclusions ? 'on' : 'off'}`] : []),
    '',
    `## Recommended items (${report.recommended.length})`,
    '',
    '| Verdict | Item | Kind | Rule | Reason | Source |',
    '|---|---|---|---|---|---|',
  ];
  for (const verdict of ITEM_ORDER)
    for (const { item, reason } of report.recommended.filter((i: AuditedItem) => i.verdict === verdict))
      lines.push(
        `| ${verdict} | ${mdCode(item.value)} | ${item.kind} | ${markdownCell(item.rule)} | ${markdownCell(shown(reason))} | ${mdSource(item.source)} |`,
      );
  lines.push(
    '',
    `## Existing entries (${report.entries.length})`,
    '',
    '| Entry | List | From | Verdicts | Reasons |',
    '|---|---|---|---|---|',
  );
  for (const entry of report.entries) {
    const reasons = entry.reasons.map(
      (r) => `**${r.verdict}**: ${markdownCell(shown(r.reason))}${r.source ? ` (${mdSource(r.source)})` : ''}`,
    );
    if (!entry.evaluable) reasons.push(`**cannot be evaluated**: ${markdownCell(shown(entry.unevaluable ?? ''))}`);
    lines.push(
      `| ${mdCode(entry.entry.text)} | ${entry.entry.kind} | ${markdownCell(origin(entry))} | ${entry.verdicts.join(', ') || '—'} | ${reasons.join('<br>')} |`,
    );
  }
  if (report.warnings.length) {
    lines.push('', '## Warnings', '');
    for (const w of report.warnings) lines.push(`- ${markdownCell(shown(w.message))}`);
  }
  lines.push('', '> Exclusions lower protection: review each finding before changing a list.', '');
  return lines.join('\n');
}

function formatCsv(report: AuditReport): string {
  const rows: string[][] = [];
  for (const r of report.recommended) {
    rows.push([
      'recommended',
      r.verdict,
      r.item.kind,
      r.item.value,
      [r.item.rule, ...r.item.duplicates.map((d) => d.rule)].join(' '),
      '',
      '',
      [...r.coveredBy.map((c) => `${c.text} (${c.how})`), ...r.automaticBy.map((a) => `${a.text} (Defender, ${a.how})`)].join(' | '),
      r.reason,
      r.item.source.url,
      r.item.source.section,
    ]);
  }
  for (const e of report.entries) {
    const source = e.reasons.find((r) => r.source)?.source;
    rows.push([
      'entry',
      e.verdicts.join(' '),
      e.entry.kind,
      e.entry.text,
      e.neededBy.join(' '),
      e.entry.origin.source,
      e.entry.origin.location,
      '',
      [...e.reasons.map((r) => `${r.verdict}: ${r.reason}`), ...(e.evaluable ? [] : [`cannot be evaluated: ${e.unevaluable ?? ''}`])].join(
        ' | ',
      ),
      source?.url ?? '',
      source?.section ?? '',
    ]);
  }
  return `${[AUDIT_CSV_COLUMNS.join(','), ...rows.map((row) => row.map(quoteCsv).join(','))].join('\r\n')}\r\n`;
}

/**
 * Writes an audit report in one of the {@link AUDIT_FORMATS}:
 * - `text`: for people: the summary, then the recommended items grouped by verdict (missing first) and the entries
 *   grouped by verdict (dangerous first; an entry is listed under each of its verdicts), each with its reason and
 *   source, then the entries that cannot be evaluated and the warnings. Reasons and sources are wrapped to
 *   `options.width` (values and URLs never broken); a machine's text is shown with control characters escaped;
 * - `json`: the report itself, indented;
 * - `markdown`: the same as two tables (GitHub's table syntax; values in code spans, text escaped);
 * - `csv`: one row per recommended item (`record` = `recommended`) and per entry (`entry`), columns
 *   {@link AUDIT_CSV_COLUMNS}, quoted as the `csv` render target quotes (RFC 4180, CRLF, formula injection guarded).
 *
 * @param report - a report from `auditExclusions`
 * @param format - the format
 * @param options - text width and styling
 * @returns the text, newline-terminated
 * @throws AvExclusionsError `INVALID_OPTION` for an unknown format (naming the valid ones)
 * @example
 * ```ts
 * import { auditExclusions, formatAuditReport, parseCurrentExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * const report = auditExclusions(resolution, parseCurrentExclusions('ExcludePath ^/tmp/\n', 'clamav-clamd'));
 * console.log(formatAuditReport(report, 'csv').split('\r\n')[1]?.startsWith('recommended,missing,directory,/opt/kerio/mailserver')); // true
 * ```
 */
export function formatAuditReport(report: AuditReport, format: AuditFormat, options: AuditFormatOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, options);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return formatMarkdown(report);
    case 'csv':
      return formatCsv(report);
    default:
      throw unknownChoice('INVALID_OPTION', 'audit format', format, AUDIT_FORMATS);
  }
}

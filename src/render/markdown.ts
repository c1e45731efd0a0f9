/**
 * The `markdown` target: a review table for a change ticket.
 *
 * @module
 */
import type { Resolution } from '../types/resolution.js';
import { markdownCell, markdownCode } from './quote/markdown.js';
import type { RenderOptions, RenderOutput } from './types.js';

function link(title: string, url: string, section: string): string {
  const safeUrl = /^https?:\/\/[^\s()<>]+$/.test(url) ? url : '';
  const label = markdownCell(`${title}, ${section}`);
  return safeUrl ? `[${label}](${safeUrl})` : label;
}

/**
 * Renders a resolution as a Markdown review document: the query, a table of exclusions (item, kind, why, source,
 * provenance, risk), then conditional items, items that need values, and warnings. Cell text is escaped so values
 * show as written. Any platform.
 *
 * @param resolution - the resolution
 * @param _options - ignored
 * @returns the Markdown text
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'markdown').text.split('\n')[0]); // '# Antivirus exclusions: kerio-connect'
 * ```
 */
export function renderMarkdown(resolution: Resolution, _options: RenderOptions = {}): RenderOutput {
  const q = resolution.query;
  const lines = [
    `# Antivirus exclusions: ${markdownCell(q.product)}`,
    '',
    `- Version: ${q.version === null ? 'not given' : markdownCell(q.version)}${q.documentedVersion ? ` (documented guidance: ${markdownCell(q.documentedVersion)})` : ''}`,
    `- Roles: ${q.roles.map(markdownCell).join(', ')}`,
    `- Platform: ${q.platform}${q.osVersion ? `, OS release ${markdownCell(q.osVersion)}` : ''}`,
    `- Features: ${q.features.length ? q.features.map(markdownCell).join(', ') : 'none'}`,
    '',
    '> Exclusions lower protection: review each item before applying it.',
    '',
    `## Exclusions (${resolution.exclusions.length})`,
    '',
    '| Item | Kind | Why | Source | Provenance | Risk |',
    '|---|---|---|---|---|---|',
  ];
  for (const item of resolution.exclusions) {
    const why = [item.rationale, item.managedBy ? `Managed by the ${item.managedBy.by} in ${item.managedBy.scanner}.` : '', item.riskNote ?? '']
      .filter(Boolean)
      .join(' ');
    lines.push(
      `| ${markdownCode(item.value)} | ${item.kind}${item.recursive && item.kind === 'directory' ? ', with subfolders' : ''} | ${markdownCell(why)} | ${link(item.source.title, item.source.url, item.source.section)} | ${item.provenance} | ${item.risk} |`,
    );
  }
  if (resolution.conditional.length) {
    lines.push('', `## Would apply if (${resolution.conditional.length})`, '', '| Item | Condition | Why |', '|---|---|---|');
    for (const item of resolution.conditional) {
      const condition = [...(item.condition.features ?? []).map((f) => `feature ${f}`), ...(item.condition.osVersions ? [`OS ${item.condition.osVersions}`] : [])].join(' and ');
      lines.push(`| ${markdownCode(item.value ?? item.template)} | ${markdownCell(condition)} | ${markdownCell(item.rationale)} |`);
    }
  }
  if (resolution.unresolved.length) {
    lines.push('', `## Need values only you know (${resolution.unresolved.length})`, '', '| Item | Needs | Where to find it |', '|---|---|---|');
    for (const item of resolution.unresolved) {
      lines.push(`| ${markdownCode(item.template)} | ${item.variables.map(markdownCode).join(', ')} | ${markdownCell(item.hint)} |`);
    }
  }
  if (resolution.warnings.length) {
    lines.push('', '## Warnings', '', ...resolution.warnings.map((w) => `- ${markdownCell(w.message)}`));
  }
  return { target: 'markdown', text: `${lines.join('\n')}\n`, skipped: [], warnings: [] };
}

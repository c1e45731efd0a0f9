/**
 * Turning resolved items into ClamAV regular expressions (shared by the clamd and clamscan targets).
 *
 * @module
 */
import type { ExclusionItem } from '../types/resolution.js';
import type { SkippedItem } from './types.js';
import { directoryPattern, escapeEre, extensionPattern, filePattern, globPattern } from './quote/ere.js';

/**
 * ClamAV patterns for one item: `dir` matches the directory itself and everything below (`^D(/|$)`), `file` matches
 * file paths (`^D/` below a directory, `^F$` one file, `\.ext$` an extension); null when ClamAV cannot express the
 * kind (processes).
 *
 * @param item - a resolved item with an absolute POSIX value
 * @returns the patterns, or null
 */
export function clamavPatterns(item: ExclusionItem): { dir?: string; file?: string } | null {
  switch (item.kind) {
    case 'directory':
    case 'volume':
      return { dir: directoryPattern(item.value), file: item.value === '/' ? '^/' : `^${escapeEre(item.value)}/` };
    case 'file':
      return { file: filePattern(item.value) };
    case 'glob':
      return { file: globPattern(item.value) };
    case 'extension':
      return { file: extensionPattern(item.value) };
    default:
      return null;
  }
}

/** Patterns for every item a ClamAV target can express, and the items it cannot, with comment lines for both. */
export interface ClamavPlan {
  /** Items with their patterns, in order. */
  entries: { item: ExclusionItem; patterns: { dir?: string; file?: string } }[];
  /** Items ClamAV cannot express. */
  skipped: SkippedItem[];
  /** Comment lines (without `# `) naming the skipped items. */
  skippedLines: string[];
}

/**
 * Splits a resolution's exclusions into what ClamAV can express and what it cannot.
 *
 * @param items - resolved items with absolute POSIX values
 * @returns the plan
 */
export function planClamav(items: readonly ExclusionItem[]): ClamavPlan {
  const plan: ClamavPlan = { entries: [], skipped: [], skippedLines: [] };
  for (const item of items) {
    const patterns = clamavPatterns(item);
    if (patterns) plan.entries.push({ item, patterns });
    else {
      plan.skipped.push({ rule: item.rule, value: item.value, reason: 'ClamAV has no process exclusion' });
      plan.skippedLines.push(`Skipped ${item.rule} (${item.value}): ClamAV has no process exclusion.`);
    }
  }
  return plan;
}

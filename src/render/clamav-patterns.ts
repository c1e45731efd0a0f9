/**
 * Turning resolved items into ClamAV regular expressions (shared by the clamd and clamscan targets).
 *
 * @module
 */
import type { ExclusionItem } from '../types/resolution.js';
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

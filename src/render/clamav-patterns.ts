/**
 * ClamAV's patterns for one item: the anchored, escaped POSIX extended regular expressions `ExcludePath` (clamd.conf)
 * and `clamscan --exclude-dir` / `--exclude` take. Shared by `clamav-clamd` and `clamav-clamscan`.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import type { Platform } from '../types/pack.js';
import type { ExclusionItem } from '../types/resolution.js';
import { directoryContentsPattern, directoryPattern, extensionPattern, filePattern, globPattern } from './quote/ere.js';
import type { RenderTarget } from './types.js';
import { posixValue } from './values/posix.js';

/**
 * The longest line, in UTF-8 bytes without the newline, a ClamAV target writes. ClamAV reads a configuration file
 * with `fgets` into a fixed buffer (1024 bytes in 1.4, 512 in older releases) and reads the rest of a longer line as a
 * new line, so a long comment could smuggle in a setting. It also compares only the first ~510 bytes of a path.
 */
export const CLAMD_MAX_LINE_BYTES = 510;

/** The prefix of a pattern's line in the uninstall form of `clamd.conf` (its longest line form). */
export const DELETE_PREFIX = '# delete: ';

/** The ClamAV regular expressions for one item. */
export interface ClamavPatterns {
  /** For `ExcludePath` (tested against files and directories). */
  path: string;
  /** For `clamscan --exclude-dir` (directories), when the item is a directory or volume. */
  dir?: string;
  /** For `clamscan --exclude` (files). */
  file: string;
}

const encoder = new TextEncoder();

/**
 * The length of a text in UTF-8 bytes.
 *
 * @param text - any text
 * @returns its UTF-8 length
 */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The anchored, escaped POSIX extended regular expressions ClamAV needs for one item, or null for a process (ClamAV
 * has no process exclusion). Directories and volumes: `^D(/|$)` (the directory and everything below, not `D2` or
 * `/x/D`) for `ExcludePath` and `--exclude-dir`, and `^D/` for `--exclude`; files: `^F$`; patterns: `*` → `[^/]*`,
 * `?` → `[^/]`, anchored at both ends; extensions: `\.ext$` (case-sensitive, as ClamAV matches on Unix). A `*` or `?`
 * in a directory, volume or file value is taken literally. The value is checked first (see `posixValue`), and a
 * pattern too long for ClamAV is refused.
 *
 * @param item - an exclusion of a Linux or macOS resolution
 * @param platform - the resolution's platform
 * @param target - the target, for messages
 * @returns the patterns, or null for a process
 * @throws AvExclusionsError `UNSAFE_VALUE`
 * @example
 * ```ts
 * console.log(clamavPatterns({ rule: 'k/dir', kind: 'directory', value: '/opt/kerio/mailserver' }, 'linux', 'clamav-clamd'));
 * // { path: '^/opt/kerio/mailserver(/|$)', dir: '^/opt/kerio/mailserver(/|$)', file: '^/opt/kerio/mailserver/' }
 * console.log(clamavPatterns({ rule: 'h/vhdx', kind: 'extension', value: '.vhdx' }, 'linux', 'clamav-clamd'));
 * // { path: '\\.vhdx$', file: '\\.vhdx$' }
 * ```
 */
export function clamavPatterns(
  item: Pick<ExclusionItem, 'rule' | 'kind' | 'value'>,
  platform: Platform,
  target: RenderTarget,
): ClamavPatterns | null {
  const value = posixValue(item, platform, target);
  let patterns: ClamavPatterns;
  switch (item.kind) {
    case 'process':
      return null;
    case 'directory':
    case 'volume': {
      const dir = directoryPattern(value);
      patterns = { path: dir, dir, file: directoryContentsPattern(value) };
      break;
    }
    case 'file':
      patterns = { path: filePattern(value), file: filePattern(value) };
      break;
    case 'glob':
      patterns = { path: globPattern(value), file: globPattern(value) };
      break;
    case 'extension':
      patterns = { path: extensionPattern(value), file: extensionPattern(value) };
      break;
  }
  const longest = Math.max(
    utf8Bytes(`${DELETE_PREFIX}ExcludePath ${patterns.path}`),
    utf8Bytes(`${DELETE_PREFIX}ExcludePath ${patterns.file}`),
  );
  if (longest > CLAMD_MAX_LINE_BYTES) {
    throw new AvExclusionsError(
      'UNSAFE_VALUE',
      `"${value}" (${item.rule}) is too long for ClamAV: it reads configuration lines and compares paths only up to about ${CLAMD_MAX_LINE_BYTES} bytes`,
      { value },
    );
  }
  return patterns;
}

/**
 * The `clamav-clamd` target: `ExcludePath` lines for `clamd.conf` (read by `clamd` and `clamdscan`).
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import type { Platform } from '../types/pack.js';
import type { ExclusionItem, Resolution } from '../types/resolution.js';
import { addUnresolvedNotice, assertPlatform, commentText, headerLines, posixValue, selectItems } from './common.js';
import { directoryContentsPattern, directoryPattern, extensionPattern, filePattern, globPattern } from './quote/ere.js';
import type { RenderOptions, RenderOutput, RenderTarget, SkippedItem } from './types.js';

/**
 * The longest line, in UTF-8 bytes without the newline, this target writes. ClamAV reads a configuration file with
 * `fgets` into a fixed buffer (1024 bytes in 1.4, 512 in older releases) and reads the rest of a longer line as a new
 * line, so a long comment could smuggle in a setting. It also compares only the first ~510 bytes of a path.
 */
export const CLAMD_MAX_LINE_BYTES = 510;

/** The longest line form of a pattern: the uninstall form's `# delete: ExcludePath <pattern>`. */
const DELETE_PREFIX = '# delete: ';

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
const bytes = (text: string): number => encoder.encode(text).length;

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
export function clamavPatterns(item: Pick<ExclusionItem, 'rule' | 'kind' | 'value'>, platform: Platform, target: RenderTarget): ClamavPatterns | null {
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
  const longest = Math.max(bytes(`${DELETE_PREFIX}ExcludePath ${patterns.path}`), bytes(`${DELETE_PREFIX}ExcludePath ${patterns.file}`));
  if (longest > CLAMD_MAX_LINE_BYTES) {
    throw new AvExclusionsError(
      'UNSAFE_VALUE',
      `"${value}" (${item.rule}) is too long for ClamAV: it reads configuration lines and compares paths only up to about ${CLAMD_MAX_LINE_BYTES} bytes`,
      { value },
    );
  }
  return patterns;
}

/**
 * A comment for `clamd.conf`: `# ` lines, none longer than {@link CLAMD_MAX_LINE_BYTES} bytes (long text is wrapped
 * at spaces, or cut between characters when one word is longer), so ClamAV never reads part of a comment as a setting.
 * Control characters become spaces.
 *
 * @param text - any text
 * @returns one or more comment lines
 * @example
 * ```ts
 * console.log(clamdComment('Skipped x/proc (/usr/bin/backupd): ClamAV has no process exclusion.'));
 * // [ '# Skipped x/proc (/usr/bin/backupd): ClamAV has no process exclusion.' ]
 * ```
 */
export function clamdComment(text: string): string[] {
  const limit = CLAMD_MAX_LINE_BYTES - 2;
  const lines: string[] = [];
  let line: string | undefined;
  for (const word of commentText(text).split(' ')) {
    const candidate = line === undefined ? word : `${line} ${word}`;
    if (bytes(candidate) <= limit) {
      line = candidate;
      continue;
    }
    if (line !== undefined) lines.push(`# ${line}`);
    let rest = word;
    while (bytes(rest) > limit) {
      let cut = '';
      for (const ch of rest) {
        if (bytes(cut + ch) > limit) break;
        cut += ch;
      }
      lines.push(`# ${cut}`);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  lines.push(line ? `# ${line}` : '#');
  return lines;
}

/**
 * Renders a Linux or macOS resolution as `ExcludePath` lines for `clamd.conf`, which `clamd` applies to every scan
 * request and `clamdscan --config-file` reads too. ClamAV searches these POSIX extended regular expressions anywhere
 * in a path, case-sensitively on Unix, and applies them to directories (not descended into) and files alike, so every
 * pattern is anchored and escaped (see {@link clamavPatterns}): `/opt/kerio/mailserver` gives
 * `ExcludePath ^/opt/kerio/mailserver(/|$)`, which leaves `/opt/kerio/mailserver2` and `/srv/x/opt/kerio/mailserver`
 * scanned. Each line has a comment naming its rule and reason; lines that come out the same are written once.
 *
 * Processes cannot be expressed (ClamAV has none) and are listed in `skipped` and in a comment; unresolved items are
 * listed in comments and `warnings`. ClamAV reads a long line in pieces, so no line is longer than
 * {@link CLAMD_MAX_LINE_BYTES} bytes (comments are wrapped; a longer pattern is refused). A configuration file has no
 * remove command: `action: 'remove'` says which lines to delete and lists them, each behind `# delete: `. clamd reads
 * its configuration when it starts: restart it after editing. LF line endings.
 *
 * @param resolution - a Linux or macOS resolution
 * @param options - `action` (`includeManaged` does not apply: ClamAV targets render every item)
 * @returns the lines
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (a Windows resolution), `UNSAFE_VALUE` (control characters,
 *   leftover `{NAME}`, relative or non-canonical paths, values too long for ClamAV)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'sep-sesam', roles: ['client'], platform: 'linux' });
 * const { text } = renderExclusions(resolution, 'clamav-clamd');
 * console.log(text.split('\n').filter((line) => line.startsWith('ExcludePath')));
 * // [ 'ExcludePath ^/opt/sesam(/|$)', 'ExcludePath ^/var/opt/sesam/var(/|$)' ]
 * ```
 */
export function renderClamavClamd(resolution: Resolution, options: RenderOptions = {}): RenderOutput {
  assertPlatform(resolution, 'clamav-clamd', ['linux', 'macos']);
  const action = options.action ?? 'add';
  const platform = resolution.query.platform;
  const { items } = selectItems(resolution, options, false);
  const skipped: SkippedItem[] = [];
  const entries = new Map<string, ExclusionItem[]>();
  for (const item of items) {
    const patterns = clamavPatterns(item, platform, 'clamav-clamd');
    if (!patterns) {
      skipped.push({ rule: item.rule, value: item.value, reason: 'ClamAV has no process exclusion' });
      continue;
    }
    const merged = entries.get(patterns.path);
    if (merged) merged.push(item);
    else entries.set(patterns.path, [item]);
  }

  const warnings: string[] = [];
  const lines = headerLines(resolution, 'clamav-clamd', action).flatMap(clamdComment);
  lines.push(
    ...clamdComment(
      'ExcludePath takes a POSIX extended regular expression that ClamAV searches anywhere in a path, case-sensitively; each one below is anchored and escaped so that it matches only the listed path.',
    ),
  );
  lines.push(
    ...clamdComment(
      action === 'add'
        ? 'Install: add these lines to clamd.conf (clamdscan reads the same file), then restart clamd, which reads its configuration at start.'
        : 'Uninstall: clamd.conf has no remove command. Delete from clamd.conf each line listed below after "# delete: ", then restart clamd.',
    ),
  );
  for (const s of skipped) lines.push(...clamdComment(`Skipped ${s.rule} (${s.value ?? ''}): ClamAV has no process exclusion.`));
  if (skipped.length) warnings.push(`${skipped.length} process exclusion(s) cannot be expressed in ClamAV and were skipped`);
  addUnresolvedNotice(resolution, lines, warnings, clamdComment);
  for (const [pattern, merged] of entries) {
    const first = merged[0]!;
    lines.push('', ...clamdComment(`${first.rule} (${first.kind}): ${first.rationale}`));
    if (merged.length > 1) lines.push(...clamdComment(`Also covers: ${merged.slice(1).map((m) => m.rule).join(', ')}.`));
    if (first.kind === 'extension') lines.push(...clamdComment('Case-sensitive: files whose extension differs in case are still scanned.'));
    if ((first.kind === 'directory' || first.kind === 'volume') && !first.recursive) {
      warnings.push(`${first.rule}: ClamAV cannot exclude a directory without its subdirectories; ${first.value} is excluded with everything below it`);
    }
    lines.push(`${action === 'remove' ? DELETE_PREFIX : ''}ExcludePath ${pattern}`);
  }
  if (entries.size === 0) lines.push('', '# Nothing to change.');
  return { target: 'clamav-clamd', text: `${lines.join('\n')}\n`, skipped, warnings };
}

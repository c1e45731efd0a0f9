/**
 * The `clamav-clamd` target: `ExcludePath` lines for `clamd.conf` (read by `clamd` and `clamdscan`).
 *
 * @module
 */
import type { AnyResolution, ExclusionItem } from '../types/resolution.js';
import { CLAMD_MAX_LINE_BYTES, clamavPatterns, DELETE_PREFIX, utf8Bytes } from './clamav-patterns.js';
import { addManagedNotice, addPendingNotices, addUnexpressedNotice, commentText, headerLines } from './notices.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { posixValue } from './values/posix.js';

export { CLAMD_MAX_LINE_BYTES, type ClamavPatterns, clamavPatterns } from './clamav-patterns.js';

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
    if (utf8Bytes(candidate) <= limit) {
      line = candidate;
      continue;
    }
    if (line !== undefined) lines.push(`# ${line}`);
    let rest = word;
    while (utf8Bytes(rest) > limit) {
      let cut = '';
      for (const ch of rest) {
        if (utf8Bytes(cut + ch) > limit) break;
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

function render(context: RenderContext): FormatResult {
  const { resolution, action, platform, items, warnings } = context;
  const entries = new Map<string, ExclusionItem[]>();
  for (const item of items) {
    const patterns = clamavPatterns(item, platform, 'clamav-clamd')!;
    const merged = entries.get(patterns.path);
    if (merged) merged.push(item);
    else entries.set(patterns.path, [item]);
  }

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
  addManagedNotice(context, lines, clamdComment, 'inline');
  addUnexpressedNotice(context, lines, clamdComment);
  addPendingNotices(resolution, lines, warnings, clamdComment);
  for (const [pattern, merged] of entries) {
    const first = merged[0]!;
    lines.push('', ...clamdComment(`${first.rule} (${first.kind}): ${first.rationale}`));
    if (merged.length > 1)
      lines.push(
        ...clamdComment(
          `Also covers: ${merged
            .slice(1)
            .map((m) => m.rule)
            .join(', ')}.`,
        ),
      );
    if (first.kind === 'extension') lines.push(...clamdComment('Case-sensitive: files whose extension differs in case are still scanned.'));
    if ((first.kind === 'directory' || first.kind === 'volume') && !first.recursive) {
      warnings.push(
        `${first.rule}: ClamAV cannot exclude a directory without its subdirectories; ${first.value} is excluded with everything below it`,
      );
    }
    lines.push(`${action === 'remove' ? DELETE_PREFIX : ''}ExcludePath ${pattern}`);
  }
  if (entries.size === 0) lines.push('', '# Nothing to change.');
  const data: ClamdPatterns = { patterns: [...entries.keys()] };
  return { lines, data };
}

/** What `clamav-clamd` puts in `data`: the `ExcludePath` patterns, in the order of the lines (add and remove alike). */
export interface ClamdPatterns {
  /** Each `ExcludePath` regex, as written after `ExcludePath `. */
  patterns: string[];
}

/** The `clamav-clamd` target: Linux and macOS, install and uninstall forms, ClamAV (no process exclusion), LF. */
export const CLAMAV_CLAMD: TargetSpec = {
  id: 'clamav-clamd',
  platforms: ['linux', 'macos'],
  actions: ['add', 'remove'],
  scanner: 'clamav',
  skipsKinds: ['process'],
  checkSkipped: (item, platform) => void posixValue(item, platform, 'clamav-clamd'),
  eol: '\n',
  render,
};

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
 * @param options - `action`, `includeManaged` (items an installer adds to ClamAV itself)
 * @returns the lines; `data` holds the patterns ({@link ClamdPatterns})
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
export function renderClamavClamd(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(CLAMAV_CLAMD, resolution, options);
}

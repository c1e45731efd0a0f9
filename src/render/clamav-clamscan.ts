/**
 * The `clamav-clamscan` target: a POSIX `sh` wrapper that runs `clamscan -r` with `--exclude-dir` and `--exclude`
 * arguments.
 *
 * @module
 */
import type { AnyResolution, ExclusionItem } from '../types/resolution.js';
import { clamavPatterns } from './clamav-patterns.js';
import { addManagedNotice, addPendingNotices, addUnexpressedNotice, commentText, headerLines } from './notices.js';
import { quotePosixShell } from './quote/posix-shell.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { posixValue } from './values/posix.js';

function render(context: RenderContext): FormatResult {
  const { resolution, platform, items, warnings } = context;
  const entries: { item: ExclusionItem; flags: [string, string][] }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const patterns = clamavPatterns(item, platform, 'clamav-clamscan')!;
    const flags: [string, string][] = [];
    if (patterns.dir !== undefined) flags.push(['--exclude-dir=', patterns.dir]);
    flags.push(['--exclude=', patterns.file]);
    const fresh = flags.filter(([flag, pattern]) => !seen.has(flag + pattern));
    for (const [flag, pattern] of fresh) seen.add(flag + pattern);
    if (fresh.length) entries.push({ item, flags: fresh });
  }

  const comment = (l: string): string[] => [`# ${commentText(l)}`];
  const lines = ['#!/bin/sh', ...headerLines(resolution, 'clamav-clamscan', 'add').flatMap(comment), '#'];
  lines.push(
    '# Usage: sh this-script [--clamscan-option=value ...] /absolute/scan/root ...',
    '# Scan roots must be absolute paths: clamscan matches the patterns against paths built from its arguments,',
    '# and every pattern starts with ^/ (it is anchored so that look-alike siblings stay scanned).',
    '# The patterns are POSIX extended regular expressions, case-sensitive; each regex is single-quoted for the shell.',
  );
  addManagedNotice(context, lines, comment, 'inline');
  addUnexpressedNotice(context, lines, comment);
  addPendingNotices(resolution, lines, warnings, comment, '#');
  lines.push(
    '',
    'set -eu',
    '',
    'if [ "$#" -eq 0 ]; then',
    '  printf \'av-exclusions: give the absolute paths to scan, e.g. sh %s /srv\\n\' "$0" >&2',
    '  exit 2',
    'fi',
    'for arg in "$@"; do',
    '  case $arg in',
    '    /* | -*) ;;',
    '    *) printf \'av-exclusions: scan roots must be absolute paths: %s\\n\' "$arg" >&2; exit 2 ;;',
    '  esac',
    'done',
    '',
  );
  // A comment cannot sit inside a command continued with backslashes, so the reasons come first, in order.
  const data = ['-r'];
  const args: string[] = [];
  if (entries.length) lines.push('# Exclusions, in the order of the arguments below:');
  else lines.push('# Nothing to exclude.');
  for (const { item, flags } of entries) {
    lines.push(`#   ${commentText(`${item.rule} (${item.kind}): ${item.rationale}`)}`);
    for (const [flag, pattern] of flags) {
      data.push(flag + pattern);
      args.push(`  ${flag}${quotePosixShell(pattern)} \\`);
    }
  }
  lines.push('exec clamscan -r \\', ...args, '  "$@"');
  return { lines, data };
}

/** The `clamav-clamscan` target: Linux and macOS, install form only, ClamAV (no process exclusion), LF. */
export const CLAMAV_CLAMSCAN: TargetSpec = {
  id: 'clamav-clamscan',
  platforms: ['linux', 'macos'],
  actions: ['add'],
  noRemoveForm: 'the exclusions live only in the script, so stop using it',
  scanner: 'clamav',
  skipsKinds: ['process'],
  checkSkipped: (item, platform) => void posixValue(item, platform, 'clamav-clamscan'),
  eol: '\n',
  render,
};

/**
 * Renders a Linux or macOS resolution as a POSIX `sh` script that runs
 * `exec clamscan -r --exclude-dir='…' --exclude='…' … "$@"`: the admin passes the scan roots (and any extra clamscan
 * options, in `--name=value` form) as the script's arguments. Patterns are those of `clamav-clamd`, anchored and
 * escaped (see `clamavPatterns`): a directory gives `--exclude-dir='^D(/|$)'` (the directory is not entered) and
 * `--exclude='^D/'` (files below it, should one be reached another way); a file `--exclude='^F$'`; a pattern
 * `--exclude='^…[^/]*…$'`; an extension `--exclude='\.ext$'`. Each regex is single-quoted for the shell. `data` is the
 * argument list (`-r` and the exclusion arguments), for callers that run clamscan themselves.
 *
 * clamscan matches the patterns against paths built from its arguments (`clamscan -r srv` sees `srv/opt/…`), and every
 * pattern starts with `^/`, so scan roots must be absolute: the script refuses a relative root (and no root) with exit
 * status 2 before starting clamscan. Processes cannot be expressed and are listed in `skipped` and in a comment;
 * unresolved items are listed in comments and `warnings`. There is no remove form (nothing is installed: stop using
 * the script), so `action: 'remove'` is an `INVALID_OPTION` error. LF line endings.
 *
 * @param resolution - a Linux or macOS resolution
 * @param options - `action` must be `add`; `includeManaged` (items an installer adds to ClamAV itself)
 * @returns the script and `data` (the clamscan arguments)
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (a Windows resolution), `INVALID_OPTION` (`action: 'remove'`),
 *   `UNSAFE_VALUE` (control characters, leftover `{NAME}`, relative or non-canonical paths, values too long for ClamAV)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'clamav-clamscan').data);
 * // [ '-r', '--exclude-dir=^/opt/kerio/mailserver(/|$)', '--exclude=^/opt/kerio/mailserver/' ]
 * ```
 */
export function renderClamavClamscan(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(CLAMAV_CLAMSCAN, resolution, options);
}

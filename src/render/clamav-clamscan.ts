/**
 * The `clamav-clamscan` target: a `clamscan` wrapper script with `--exclude-dir` and `--exclude` arguments.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import type { Resolution } from '../types/resolution.js';
import { planClamav } from './clamav-patterns.js';
import { assertPlatform, assertRenderable, commentText, headerLines, unresolvedLines } from './common.js';
import { quotePosixShell } from './quote/posix-shell.js';
import type { RenderOptions, RenderOutput } from './types.js';

/**
 * Renders a Linux or macOS resolution as a POSIX `sh` script that runs `clamscan -r` with anchored, escaped
 * `--exclude-dir=` and `--exclude=` patterns (as for `clamav-clamd`) and passes its own arguments on as scan roots.
 * The script refuses relative scan roots: clamscan matches the patterns against paths built from its arguments, so
 * the absolute patterns only work for absolute roots. `data` is the argument list. There is no remove form.
 *
 * @param resolution - a Linux or macOS resolution
 * @param options - `action` must be `add`
 * @returns the script and `data` (the `clamscan` arguments)
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH`, `UNSAFE_VALUE`, `INVALID_OPTION` (`remove`)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'clamav-clamscan').data);
 * // [ '-r', '--exclude-dir=^/opt/kerio/mailserver(/|$)', '--exclude=^/opt/kerio/mailserver/' ]
 * ```
 */
export function renderClamavClamscan(resolution: Resolution, options: RenderOptions = {}): RenderOutput {
  assertPlatform(resolution, 'clamav-clamscan', ['linux', 'macos']);
  if ((options.action ?? 'add') !== 'add') {
    throw new AvExclusionsError('INVALID_OPTION', 'clamscan arguments have no remove form: stop using the script', { value: options.action, choices: ['add'] });
  }
  const warnings: string[] = [];
  const args = ['-r'];
  const lines = ['#!/bin/sh', ...headerLines(resolution, 'clamav-clamscan', 'add').map((l) => `# ${commentText(l)}`)];
  lines.push('# Usage: sh this-script /absolute/scan/root ... (scan roots must be absolute paths).');
  const unresolved = unresolvedLines(resolution);
  lines.push(...unresolved.map((l) => `# ${commentText(l)}`));
  if (unresolved.length) warnings.push(`${resolution.unresolved.length} exclusion(s) need values only you know and were not rendered`);
  for (const item of resolution.exclusions) assertRenderable(item.value, resolution.query.platform, 'clamav-clamscan');
  const plan = planClamav(resolution.exclusions);
  const skipped = plan.skipped;
  lines.push(...plan.skippedLines.map((l) => `# ${commentText(l)}`));
  for (const { patterns } of plan.entries) {
    if (patterns.dir) args.push(`--exclude-dir=${patterns.dir}`);
    if (patterns.file) args.push(`--exclude=${patterns.file}`);
  }
  if (skipped.length) warnings.push(`${skipped.length} process exclusion(s) cannot be expressed in ClamAV and were skipped`);
  lines.push(
    '',
    'for root in "$@"; do',
    '  case $root in',
    '    /*|-*) ;;',
    "    *) printf 'av-exclusions: scan roots must be absolute paths: %s\\n' \"$root\" >&2; exit 2 ;;",
    '  esac',
    'done',
    '',
    `exec clamscan ${args.map((a) => (a === '-r' ? a : quotePosixShell(a))).join(' \\\n  ')} \\\n  "$@"`,
  );
  return { target: 'clamav-clamscan', text: `${lines.join('\n')}\n`, data: args, skipped, warnings };
}

/**
 * The `mdatp-cli` target: a POSIX `sh` script of `mdatp exclusion … add|remove` commands.
 *
 * @module
 */
import type { ExclusionItem, Resolution } from '../types/resolution.js';
import { assertPlatform, assertRenderable, commentText, headerLines, unresolvedLines } from './common.js';
import { quotePosixShell } from './quote/posix-shell.js';
import type { RenderOptions, RenderOutput } from './types.js';

/** The `mdatp` arguments for one item (without the leading `mdatp`). */
export function mdatpArguments(item: ExclusionItem, action: 'add' | 'remove', linux: boolean): string[] {
  const scope = linux ? ['--scope', 'epp'] : [];
  switch (item.kind) {
    case 'extension':
      return ['exclusion', 'extension', action, '--name', item.value, ...scope];
    case 'process':
      return ['exclusion', 'process', action, item.value.includes('/') ? '--path' : '--name', item.value, ...scope];
    case 'file':
    case 'glob':
      return ['exclusion', 'file', action, '--path', item.value, ...scope];
    default:
      return ['exclusion', 'folder', action, '--path', item.value.endsWith('/') ? item.value : `${item.value}/`, ...scope];
  }
}

/**
 * Renders a Linux or macOS resolution as a POSIX `sh` script for Microsoft Defender for Endpoint's `mdatp` command:
 * folders (and volumes) with `folder`, files and patterns with `file`, extensions with `extension`, processes with
 * `process --path` (full path) or `--name`. On Linux every command names its scope (`--scope epp`, antivirus only);
 * the macOS command documents no scope. Every value is single-quoted. The script runs every command, reports each
 * failure on stderr and exits 1 if any failed. `action: 'remove'` removes the same items with the same scope.
 *
 * @param resolution - a Linux or macOS resolution
 * @param options - `action`
 * @returns the script
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH`, `UNSAFE_VALUE`
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'mdatp-cli').text.includes("run mdatp exclusion folder add --path '/opt/kerio/mailserver/' --scope epp")); // true
 * ```
 */
export function renderMdatpCli(resolution: Resolution, options: RenderOptions = {}): RenderOutput {
  assertPlatform(resolution, 'mdatp-cli', ['linux', 'macos']);
  const action = options.action ?? 'add';
  const linux = resolution.query.platform === 'linux';
  const warnings: string[] = [];
  const lines = ['#!/bin/sh', ...headerLines(resolution, 'mdatp-cli', action).map((l) => `# ${commentText(l)}`)];
  if (!linux) lines.push('# macOS: the mdatp command documents no --scope; these are antivirus exclusions.');
  const unresolved = unresolvedLines(resolution);
  lines.push(...unresolved.map((l) => `# ${commentText(l)}`));
  if (unresolved.length) warnings.push(`${resolution.unresolved.length} exclusion(s) need values only you know and were not rendered`);
  lines.push(
    '',
    'status=0',
    'run() {',
    "  \"$@\" || { status=1; printf 'av-exclusions: failed: %s\\n' \"$*\" >&2; }",
    '}',
  );
  for (const item of resolution.exclusions) {
    assertRenderable(item.value, resolution.query.platform, 'mdatp-cli');
    lines.push('', `# ${commentText(`${item.rule} (${item.kind}): ${item.rationale}`)}`);
    lines.push(`run mdatp ${mdatpArguments(item, action, linux).map((a) => (/^[a-z-]+$/.test(a) ? a : quotePosixShell(a))).join(' ')}`);
  }
  lines.push('', 'exit "$status"');
  return { target: 'mdatp-cli', text: `${lines.join('\n')}\n`, skipped: [], warnings };
}

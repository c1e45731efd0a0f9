/**
 * The `clamav-clamd` target: `ExcludePath` lines for `clamd.conf`.
 *
 * @module
 */
import type { Resolution } from '../types/resolution.js';
import { planClamav } from './clamav-patterns.js';
import { assertPlatform, assertRenderable, commentText, headerLines, unresolvedLines } from './common.js';
import type { RenderOptions, RenderOutput } from './types.js';

/**
 * Renders a Linux or macOS resolution as `ExcludePath` lines for `clamd.conf` (also read by `clamdscan`). ClamAV
 * matches these POSIX extended regular expressions anywhere in a path, so every pattern is anchored and escaped:
 * a directory `D` becomes `^D(/|$)` (the directory and everything below, not `D2` or `/x/D`), a file `^F$`, an
 * extension `\.ext$`. Processes cannot be expressed and are listed as skipped. A configuration file has no remove
 * command: `action: 'remove'` lists the lines to delete.
 *
 * @param resolution - a Linux or macOS resolution
 * @param options - `action`
 * @returns the lines
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH`, `UNSAFE_VALUE`
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'sep-sesam', roles: ['client'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'clamav-clamd').text.split('\n').filter((l) => l.startsWith('ExcludePath')));
 * // [ 'ExcludePath ^/opt/sesam(/|$)', 'ExcludePath ^/var/opt/sesam/var(/|$)' ]
 * ```
 */
export function renderClamavClamd(resolution: Resolution, options: RenderOptions = {}): RenderOutput {
  assertPlatform(resolution, 'clamav-clamd', ['linux', 'macos']);
  const action = options.action ?? 'add';
  const warnings: string[] = [];
  const lines = headerLines(resolution, 'clamav-clamd', action).map((l) => `# ${commentText(l)}`);
  lines.push(
    action === 'add'
      ? '# Add these lines to clamd.conf and reload clamd.'
      : '# Uninstall: delete these lines from clamd.conf and reload clamd.',
  );
  const unresolved = unresolvedLines(resolution);
  lines.push(...unresolved.map((l) => `# ${commentText(l)}`));
  if (unresolved.length) warnings.push(`${resolution.unresolved.length} exclusion(s) need values only you know and were not rendered`);
  for (const item of resolution.exclusions) assertRenderable(item.value, resolution.query.platform, 'clamav-clamd');
  const plan = planClamav(resolution.exclusions);
  const skipped = plan.skipped;
  lines.push(...plan.skippedLines.map((l) => `# ${commentText(l)}`));
  const body: string[] = [];
  for (const { item, patterns } of plan.entries) {
    body.push(`# ${commentText(`${item.rule} (${item.kind}): ${item.rationale}`)}`);
    body.push(`${action === 'remove' ? '# delete: ' : ''}ExcludePath ${patterns.dir ?? patterns.file}`);
  }
  if (skipped.length) warnings.push(`${skipped.length} process exclusion(s) cannot be expressed in ClamAV and were skipped`);
  lines.push('', ...body);
  return { target: 'clamav-clamd', text: `${lines.join('\n')}\n`, skipped, warnings };
}

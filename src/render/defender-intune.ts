/**
 * The `defender-intune` target: Policy CSP values for Intune custom (OMA-URI) profiles.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import type { Resolution } from '../types/resolution.js';
import { assertPlatform, assertRenderable, commentText, headerLines, selectItems, unresolvedLines } from './common.js';
import type { RenderOptions, RenderOutput } from './types.js';

const SETTINGS = [
  { name: 'ExcludedPaths', test: (kind: string) => kind !== 'process' && kind !== 'extension' },
  { name: 'ExcludedProcesses', test: (kind: string) => kind === 'process' },
  { name: 'ExcludedExtensions', test: (kind: string) => kind === 'extension' },
] as const;

/** The Policy CSP values, by setting name (only settings with items). */
export type IntuneSettings = Partial<Record<'ExcludedPaths' | 'ExcludedProcesses' | 'ExcludedExtensions', string>>;

/**
 * Renders a Windows resolution as Defender Policy CSP settings (`./Device/Vendor/MSFT/Policy/Config/Defender/…`,
 * data type String, items separated by `|`), ready for an Intune custom profile. `data` holds the values by setting
 * name. With `action: 'remove'` the same values are listed as the items to delete from the profile (a CSP value is
 * replaced as a whole, so removal means deploying the profile without them).
 *
 * @param resolution - a Windows resolution
 * @param options - `action`, `includeManaged`
 * @returns text and `data` ({@link IntuneSettings})
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH`, `UNSAFE_VALUE` (including a value with `|`)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'failover-cluster', roles: ['node'] });
 * console.log(renderExclusions(resolution, 'defender-intune').data);
 * // { ExcludedPaths: '%Systemroot%\\Cluster', ExcludedProcesses: '%systemroot%\\Cluster\\clussvc.exe|%systemroot%\\Cluster\\rhs.exe' }
 * ```
 */
export function renderDefenderIntune(resolution: Resolution, options: RenderOptions = {}): RenderOutput {
  assertPlatform(resolution, 'defender-intune', ['windows']);
  const action = options.action ?? 'add';
  const { items, skipped } = selectItems(resolution, options, true);
  const warnings: string[] = [];
  const lines = headerLines(resolution, 'defender-intune', action).map((l) => `# ${commentText(l)}`);
  for (const s of skipped) lines.push(`# Left to the installer: ${commentText(`${s.rule}: ${s.value ?? ''} (${s.reason})`)}`);
  if (skipped.length) warnings.push(`${skipped.length} installer-managed exclusion(s) left to the product's installer`);
  const unresolved = unresolvedLines(resolution);
  lines.push(...unresolved.map((l) => `# ${commentText(l)}`));
  if (unresolved.length) warnings.push(`${resolution.unresolved.length} exclusion(s) need values only you know and were not rendered`);
  lines.push(
    action === 'add'
      ? '# Add each setting to a custom profile (OMA-URI, data type String); merge with values the profile already has.'
      : '# Uninstall: remove these items from the profile values below and deploy the profile again.',
  );
  const data: IntuneSettings = {};
  for (const setting of SETTINGS) {
    const values = items.filter((i) => setting.test(i.kind)).map((i) => i.value);
    if (!values.length) continue;
    for (const value of values) {
      assertRenderable(value, 'windows', 'defender-intune');
      if (value.includes('|')) throw new AvExclusionsError('UNSAFE_VALUE', `"${value}" contains "|", the Policy CSP list separator`, { value });
    }
    data[setting.name] = values.join('|');
    lines.push('', `OMA-URI: ./Device/Vendor/MSFT/Policy/Config/Defender/${setting.name}`, 'Data type: String', `Value: ${data[setting.name]}`);
  }
  if (!Object.keys(data).length) lines.push('', '# Nothing to change.');
  return { target: 'defender-intune', text: `${lines.join('\n')}\n`, data, skipped, warnings };
}

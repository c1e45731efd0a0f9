/**
 * The `defender-intune` target: Policy CSP values for Intune custom (OMA-URI) profiles.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import type { AnyResolution } from '../types/resolution.js';
import { addManagedNotice, addPendingNotices, commentText, headerLines } from './notices.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { defenderList, defenderValue } from './values/defender.js';

const OMA_URI = './Device/Vendor/MSFT/Policy/Config/Defender/';
const SETTINGS = [
  { name: 'ExcludedPaths', list: 'ExclusionPath' },
  { name: 'ExcludedProcesses', list: 'ExclusionProcess' },
  { name: 'ExcludedExtensions', list: 'ExclusionExtension' },
] as const;

/** The Policy CSP values, by setting name (only settings with items): the items joined with `|`. */
export type IntuneSettings = Partial<Record<'ExcludedPaths' | 'ExcludedProcesses' | 'ExcludedExtensions', string>>;

function render(context: RenderContext): FormatResult {
  const { resolution, action, items, warnings } = context;
  const rendered = items.map((item) => {
    const value = defenderValue(item, 'defender-intune');
    if (value.includes('|')) {
      throw new AvExclusionsError(
        'UNSAFE_VALUE',
        `"${value}" contains "|", the Policy CSP list separator; it cannot be a Defender CSP item`,
        { value },
      );
    }
    return { list: defenderList(item.kind), value };
  });
  const comment = (l: string): string[] => [`# ${commentText(l)}`];
  const lines = headerLines(resolution, 'defender-intune', action).flatMap(comment);
  addManagedNotice(context, lines, comment, 'inline');
  addPendingNotices(resolution, lines, warnings, comment);
  if (action === 'add') {
    lines.push(
      '# Add each setting to a custom profile (OMA-URI, data type String). If the profile already has the setting,',
      '# append these items to its value, separated by |.',
    );
  } else {
    lines.push(
      '# Uninstall: remove these items from the profile. A CSP value is replaced as a whole, so edit each setting below:',
      '# delete these items (separated by |) from its value, keep the other items, and deploy the profile again.',
      '# If no item is left, delete the setting from the profile.',
    );
  }
  const data: IntuneSettings = {};
  for (const setting of SETTINGS) {
    const values = rendered.filter((r) => r.list === setting.list).map((r) => r.value);
    if (!values.length) continue;
    const value = values.join('|');
    data[setting.name] = value;
    lines.push(
      '',
      `OMA-URI: ${OMA_URI}${setting.name}`,
      'Data type: String',
      action === 'add' ? `Value: ${value}` : `Remove these items from the value: ${value}`,
    );
  }
  if (!Object.keys(data).length) lines.push('', '# Nothing to change.');
  return { lines, data };
}

/** The `defender-intune` target: Windows, install and uninstall forms, Microsoft Defender Antivirus, LF. */
export const DEFENDER_INTUNE: TargetSpec = {
  id: 'defender-intune',
  platforms: ['windows'],
  actions: ['add', 'remove'],
  scanner: 'defender',
  eol: '\n',
  render,
};

/**
 * Renders a Windows resolution as Defender Policy CSP settings for an Intune custom profile: one block per setting
 * with items (OMA-URI `./Device/Vendor/MSFT/Policy/Config/Defender/ExcludedPaths`, `…/ExcludedProcesses`,
 * `…/ExcludedExtensions`; data type String; the items joined with `|`), under `#` comment lines naming the product,
 * query and sources. `data` holds the same values by setting name ({@link IntuneSettings}).
 *
 * A CSP value is replaced as a whole, so there is no remove command: with `action: 'remove'` the same strings are
 * listed as the items to delete from the profile's values, keeping the other items (and deleting a setting that is
 * left empty). LF line endings.
 *
 * @param resolution - a Windows resolution
 * @param options - `action`, `includeManaged`
 * @returns text and `data` ({@link IntuneSettings}); installer-managed items in `skipped` unless `includeManaged`
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (not Windows), `UNSAFE_VALUE` (a value with `|`, the list
 *   separator; control characters, user or unknown `%VARIABLES%`, unresolved placeholders, empty values)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'failover-cluster', roles: ['node'] });
 * console.log(renderExclusions(resolution, 'defender-intune').data);
 * // { ExcludedPaths: '%Systemroot%\\Cluster', ExcludedProcesses: '%systemroot%\\Cluster\\clussvc.exe|%systemroot%\\Cluster\\rhs.exe' }
 * ```
 */
export function renderDefenderIntune(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(DEFENDER_INTUNE, resolution, options);
}

/**
 * The `mdatp-json` target: the `exclusionSettings` section of Defender for Endpoint's managed configuration (Linux).
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import type { Resolution } from '../types/resolution.js';
import { assertPlatform, assertRenderable } from './common.js';
import type { RenderOptions, RenderOutput } from './types.js';

/** One entry of `exclusionSettings.exclusions`. */
export type MdatpExclusion =
  | { $type: 'excludedPath'; isDirectory: boolean; path: string; scopes: ['epp'] }
  | { $type: 'excludedFileExtension'; extension: string; scopes: ['epp'] }
  | { $type: 'excludedFileName'; name: string; scopes: ['epp'] };

/**
 * Renders a Linux resolution as the `exclusionSettings` fragment of `mdatp_managed.json`. Every entry names its
 * scopes explicitly (`["epp"]`): in managed JSON an entry without `scopes` defaults to `global`, which also mutes
 * EDR. The fragment must be merged into the existing managed file, not replace it. Managed settings have no
 * remove form: deploy the configuration without the entries instead.
 *
 * @param resolution - a Linux resolution
 * @param options - `action` must be `add`
 * @returns text (JSON) and `data` (`{ exclusionSettings: { exclusions } }`)
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH`, `UNSAFE_VALUE`, `INVALID_OPTION` (`remove`)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'mdatp-json').data);
 * // { exclusionSettings: { exclusions: [ { '$type': 'excludedPath', isDirectory: true, path: '/opt/kerio/mailserver', scopes: [ 'epp' ] } ] } }
 * ```
 */
export function renderMdatpJson(resolution: Resolution, options: RenderOptions = {}): RenderOutput {
  assertPlatform(resolution, 'mdatp-json', ['linux']);
  if ((options.action ?? 'add') !== 'add') {
    throw new AvExclusionsError('INVALID_OPTION', 'mdatp-json has no remove form: deploy the managed configuration without these entries', {
      value: options.action,
      choices: ['add'],
    });
  }
  const exclusions: MdatpExclusion[] = resolution.exclusions.map((item) => {
    assertRenderable(item.value, 'linux', 'mdatp-json');
    if (item.kind === 'extension') return { $type: 'excludedFileExtension', extension: item.value, scopes: ['epp'] };
    if (item.kind === 'process') return { $type: 'excludedFileName', name: item.value, scopes: ['epp'] };
    return { $type: 'excludedPath', isDirectory: item.kind === 'directory' || item.kind === 'volume', path: item.value, scopes: ['epp'] };
  });
  const data = { exclusionSettings: { exclusions } };
  const warnings = ['merge this fragment into /etc/opt/microsoft/mdatp/managed/mdatp_managed.json; do not replace the file'];
  if (resolution.unresolved.length) warnings.push(`${resolution.unresolved.length} exclusion(s) need values only you know and were not rendered`);
  return { target: 'mdatp-json', text: `${JSON.stringify(data, null, 2)}\n`, data, skipped: [], warnings };
}

/**
 * The `mdatp-json` target: the `exclusionSettings` section of Microsoft Defender for Endpoint's managed configuration
 * on Linux (`/etc/opt/microsoft/mdatp/managed/mdatp_managed.json`).
 *
 * @module
 */
import type { AnyResolution, ExclusionItem } from '../types/resolution.js';
import { conditionalLines, managedWarning, unresolvedLines, unresolvedWarning } from './notices.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { type MdatpEntry, mdatpEntry, uniqueMdatpEntries } from './values/mdatp.js';

/** One entry of `exclusionSettings.exclusions`, always with explicit `scopes`. */
export type MdatpExclusion = MdatpEntry & {
  /** Always `["epp"]`: antivirus only (an entry without `scopes` counts as `global`, which would also mute EDR). */
  scopes: ['epp'];
};

/** What `renderMdatpJson` puts in `data`: the section to merge into `mdatp_managed.json`. */
export interface MdatpManagedFragment {
  /** The section holding exclusions of every scope. */
  exclusionSettings: {
    /** The entries, in the resolution's order, without duplicates. */
    exclusions: MdatpExclusion[];
  };
}

/** Where Defender for Endpoint on Linux reads its managed configuration. */
const MANAGED_FILE = '/etc/opt/microsoft/mdatp/managed/mdatp_managed.json';

/** The entry, limited to antivirus (`scopes: ["epp"]`). */
const antivirusOnly = (entry: MdatpEntry): MdatpExclusion => ({ ...entry, scopes: ['epp'] });

/**
 * The managed-configuration entry for one item: directories and volumes → `excludedPath` with `isDirectory: true`
 * (path without a trailing slash), files and patterns → `excludedPath` with `isDirectory: false`, extensions →
 * `excludedFileExtension` (`.ext`), processes → `excludedFileName` (bare name or full path). Every entry says
 * `scopes: ["epp"]`: an entry without `scopes` counts as `global` in managed JSON, which would also mute EDR.
 *
 * @param item - an exclusion of a Linux resolution
 * @returns the entry
 * @throws AvExclusionsError `UNSAFE_VALUE` (see `posixValue`)
 * @example
 * ```ts
 * console.log(mdatpExclusion({ rule: 'k/dir', kind: 'directory', value: '/opt/kerio/mailserver' }));
 * // { '$type': 'excludedPath', isDirectory: true, path: '/opt/kerio/mailserver', scopes: [ 'epp' ] }
 * ```
 */
export function mdatpExclusion(item: Pick<ExclusionItem, 'rule' | 'kind' | 'value'>): MdatpExclusion {
  return antivirusOnly(mdatpEntry(item, 'linux', 'mdatp-json'));
}

function render(context: RenderContext): FormatResult {
  const { resolution, items, managed, warnings } = context;
  warnings.push(`merge this fragment into ${MANAGED_FILE}; do not replace the file, which holds the rest of the managed configuration`);
  const exclusions: MdatpExclusion[] = uniqueMdatpEntries(items, 'linux', 'mdatp-json', warnings).map(({ entry }) => antivirusOnly(entry));
  // JSON has no comments: the managed and unresolved items are named in the warnings.
  if (managed.length) warnings.push(managedWarning(managed, true));
  if (resolution.unresolved.length) {
    warnings.push(
      unresolvedWarning(resolution),
      ...unresolvedLines(resolution)
        .slice(1)
        .map((l) => l.trim()),
    );
  }
  if (resolution.conditional.length) {
    warnings.push(
      `${resolution.conditional.length} conditional exclusion(s) were not rendered`,
      ...conditionalLines(resolution)
        .slice(1)
        .map((l) => l.trim()),
    );
  }
  const data: MdatpManagedFragment = { exclusionSettings: { exclusions } };
  return { lines: [JSON.stringify(data, null, 2)], data };
}

/** The `mdatp-json` target: Linux, install form only, Microsoft Defender for Endpoint, LF. */
export const MDATP_JSON: TargetSpec = {
  id: 'mdatp-json',
  platforms: ['linux'],
  actions: ['add'],
  noRemoveForm: 'managed exclusions are removed by deploying mdatp_managed.json without these entries',
  scanner: 'mdatp',
  elsewhere: { macos: 'mdatp-plist' },
  eol: '\n',
  render,
};

/**
 * Renders a Linux resolution as the `exclusionSettings` section of Defender for Endpoint's managed configuration,
 * `{ "exclusionSettings": { "exclusions": [ … ] } }` (entries as in {@link mdatpExclusion}, every one with
 * `"scopes": ["epp"]`). `data` is that object ({@link MdatpManagedFragment}); `text` is it as JSON, two-space indented,
 * newline-terminated.
 *
 * The fragment must be merged into the existing `mdatp_managed.json` (which holds the rest of the managed
 * configuration), not written over it; `warnings` says so every time. No `mergePolicy` is written, so the default
 * (`merge`: local exclusions still count) stays in force; no render option changes that. Entries that come out the
 * same are written once. Installer-managed items (`managedBy` naming Defender) are left out unless `includeManaged`;
 * unresolved and conditional items are listed in `warnings` (JSON has no comments).
 *
 * Linux only: on macOS the managed settings are a `com.microsoft.wdav` configuration profile, rendered by the
 * `mdatp-plist` target (a macOS resolution given to this target is an error that names it). There is
 * no remove form: managed exclusions are removed by deploying the configuration without them (the `mdatp` command
 * cannot remove them), and the same fragment labelled "remove" would add them again if deployed by mistake, so
 * `action: 'remove'` is an `INVALID_OPTION` error.
 *
 * @param resolution - a Linux resolution
 * @param options - `includeManaged`; `action` must be `add`
 * @returns `text` (JSON) and `data` ({@link MdatpManagedFragment})
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (not Linux), `INVALID_OPTION` (`action: 'remove'`),
 *   `UNSAFE_VALUE` (control characters, leftover `{NAME}`, relative or non-canonical paths)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'sep-sesam', roles: ['client'], platform: 'linux' });
 * console.log(renderExclusions(resolution, 'mdatp-json').data);
 * // { exclusionSettings: { exclusions: [ { '$type': 'excludedPath', isDirectory: true, path: '/opt/sesam', scopes: [ 'epp' ] }, { '$type': 'excludedPath', isDirectory: true, path: '/var/opt/sesam/var', scopes: [ 'epp' ] } ] } }
 * ```
 */
export function renderMdatpJson(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(MDATP_JSON, resolution, options);
}

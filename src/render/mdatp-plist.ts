/**
 * The `mdatp-plist` target: Microsoft Defender for Endpoint on macOS, managed through the `com.microsoft.wdav`
 * preference domain, as an XML property list of `antivirusEngine` → `exclusions`.
 *
 * Facts (Microsoft, "Set preferences for Microsoft Defender for Endpoint on macOS",
 * https://learn.microsoft.com/defender-endpoint/mac-preferences, ms.date 07/01/2025; "Configure and validate exclusions
 * for Microsoft Defender for Endpoint on macOS", https://learn.microsoft.com/defender-endpoint/mac-exclusions, ms.date
 * 06/14/2024): the preference domain is `com.microsoft.wdav`; antivirus settings sit under the key `antivirusEngine`,
 * whose `exclusions` is an array of dictionaries with the same `$type` keys as on Linux (`excludedPath` with
 * `isDirectory` and `path`, `excludedFileExtension` with `extension`, `excludedFileName` with `name`, a process name
 * or full path); `exclusionsMergePolicy` (`merge` by default) says whether local exclusions still count. The macOS
 * pages document no `scopes` for these entries.
 *
 * @module
 */
import type { AnyResolution } from '../types/resolution.js';
import { addManagedNotice, addPendingNotices, headerLines } from './notices.js';
import { xmlComment, xmlText } from './quote/xml.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { type MdatpEntry, uniqueMdatpEntries } from './values/mdatp.js';

/** What `mdatp-plist` puts in `data`: the `com.microsoft.wdav` settings the property list holds. */
export interface MdatpPlistSettings {
  /** The antivirus engine's settings. */
  antivirusEngine: {
    /** The entries, in the resolution's order, without duplicates. */
    exclusions: MdatpEntry[];
  };
}

/** The preference domain of Defender for Endpoint on macOS. */
const DOMAIN = 'com.microsoft.wdav';

function entryLines(entry: MdatpEntry): string[] {
  const lines = ['\t\t\t<dict>', '\t\t\t\t<key>$type</key>', `\t\t\t\t<string>${entry.$type}</string>`];
  switch (entry.$type) {
    case 'excludedPath':
      lines.push('\t\t\t\t<key>isDirectory</key>', `\t\t\t\t<${entry.isDirectory}/>`, '\t\t\t\t<key>path</key>');
      lines.push(`\t\t\t\t<string>${xmlText(entry.path)}</string>`);
      break;
    case 'excludedFileExtension':
      lines.push('\t\t\t\t<key>extension</key>', `\t\t\t\t<string>${xmlText(entry.extension)}</string>`);
      break;
    case 'excludedFileName':
      lines.push('\t\t\t\t<key>name</key>', `\t\t\t\t<string>${xmlText(entry.name)}</string>`);
      break;
  }
  lines.push('\t\t\t</dict>');
  return lines;
}

function render(context: RenderContext): FormatResult {
  const { resolution, action, items, warnings } = context;
  warnings.push(
    `merge these entries into the antivirusEngine exclusions of the ${DOMAIN} settings you deploy: this property list holds nothing else`,
  );
  const entries = uniqueMdatpEntries(items, 'macos', 'mdatp-plist', warnings);
  const comment = (l: string): string[] => [xmlComment(l)];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    ...headerLines(resolution, 'mdatp-plist', action).flatMap(comment),
    ...comment(
      `Settings of the ${DOMAIN} preference domain (Defender for Endpoint on macOS): antivirusEngine > exclusions. Deploy them with your device management (a configuration profile for that domain), merged with the other settings you deploy there.`,
    ),
  ];
  addManagedNotice(context, lines, comment, 'inline');
  addPendingNotices(resolution, lines, warnings, comment);
  lines.push('<plist version="1.0">', '<dict>', '\t<key>antivirusEngine</key>', '\t<dict>', '\t\t<key>exclusions</key>');
  if (entries.length === 0) lines.push('\t\t<array/>');
  else {
    lines.push('\t\t<array>');
    for (const { entry, item } of entries) lines.push(`\t\t\t${xmlComment(`${item.rule}: ${item.rationale}`)}`, ...entryLines(entry));
    lines.push('\t\t</array>');
  }
  lines.push('\t</dict>', '</dict>', '</plist>');
  const data: MdatpPlistSettings = { antivirusEngine: { exclusions: entries.map((e) => e.entry) } };
  return { lines, data };
}

/** The `mdatp-plist` target: macOS, install form only, Microsoft Defender for Endpoint, LF. */
export const MDATP_PLIST: TargetSpec = {
  id: 'mdatp-plist',
  platforms: ['macos'],
  actions: ['add'],
  noRemoveForm: 'exclusions of a configuration profile are removed by deploying the profile without these entries',
  scanner: 'mdatp',
  elsewhere: { linux: 'mdatp-json' },
  eol: '\n',
  render,
};

/**
 * Renders a macOS resolution as an XML property list of Defender for Endpoint's `com.microsoft.wdav` settings:
 * `antivirusEngine` → `exclusions`, an array of dictionaries with the `$type` keys Microsoft documents for macOS
 * (the same as on Linux, see `mdatpEntry`): `excludedPath` with `isDirectory` and `path` (a folder without its
 * trailing slash), `excludedFileExtension` with `extension` (`.ext`), `excludedFileName` with `name`. Values are
 * XML-escaped; each entry follows a comment with its rule and reason; entries that come out the same are written
 * once. `data` is the same settings as an object ({@link MdatpPlistSettings}).
 *
 * The property list holds only these entries: merge them into the `com.microsoft.wdav` settings you deploy (a
 * configuration profile for that domain, through Jamf, Intune or another device management), which `warnings` says
 * every time. No `exclusionsMergePolicy` is written, so the default (`merge`: local exclusions still count) stays in
 * force. There is no remove form: exclusions a profile sets are removed by deploying it without them, so
 * `action: 'remove'` is an `INVALID_OPTION` error. Installer-managed items (`managedBy` naming Defender) are left out
 * unless `includeManaged`; unresolved and conditional items are listed in comments and `warnings`. Linux uses
 * `mdatp-json` (a Linux resolution given to this target is an error that names it). LF line endings.
 *
 * @param resolution - a macOS resolution
 * @param options - `includeManaged`; `action` must be `add`
 * @returns `text` (the property list) and `data` ({@link MdatpPlistSettings})
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (not macOS), `INVALID_OPTION` (`action: 'remove'`),
 *   `UNSAFE_VALUE` (control characters, characters XML cannot carry, leftover `{NAME}`, relative or non-canonical
 *   paths)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'macos' });
 * console.log(renderExclusions(resolution, 'mdatp-plist').data);
 * // { antivirusEngine: { exclusions: [ { '$type': 'excludedPath', isDirectory: true, path: '/usr/local/kerio/mailserver' } ] } }
 * ```
 */
export function renderMdatpPlist(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(MDATP_PLIST, resolution, options);
}

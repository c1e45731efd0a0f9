/**
 * The exclusion entries of Microsoft Defender for Endpoint's managed settings on Linux and macOS: the same `$type`
 * keys in the Linux `mdatp_managed.json` and the macOS `com.microsoft.wdav` profile (Microsoft's "Configure and
 * validate exclusions" pages for both platforms, and the macOS preferences page).
 *
 * @module
 */
import type { Platform } from '../../types/pack.js';
import type { ExclusionItem } from '../../types/resolution.js';
import type { RenderTarget } from '../types.js';
import { posixValue } from './posix.js';

/** A folder or file exclusion (`*` and `?` are wildcards). */
export interface MdatpPathEntry {
  /** Entry type. */
  $type: 'excludedPath';
  /** `true` for a folder (everything below it is excluded too), `false` for a file or pattern. */
  isDirectory: boolean;
  /** The absolute path, without a trailing slash. */
  path: string;
}

/** An extension exclusion: files with this extension anywhere on the machine. */
export interface MdatpExtensionEntry {
  /** Entry type. */
  $type: 'excludedFileExtension';
  /** The extension, with its dot (`.vhdx`). */
  extension: string;
}

/** A process exclusion: the process and every file it opens. */
export interface MdatpProcessEntry {
  /** Entry type. */
  $type: 'excludedFileName';
  /** A bare image name (`postgres`) or a full path. */
  name: string;
}

/** One exclusion entry of Defender for Endpoint's managed settings (Linux and macOS). */
export type MdatpEntry = MdatpPathEntry | MdatpExtensionEntry | MdatpProcessEntry;

/**
 * The managed-settings entry for one item: directories and volumes → `excludedPath` with `isDirectory: true` (path
 * without a trailing slash), files and patterns → `excludedPath` with `isDirectory: false`, extensions →
 * `excludedFileExtension` (`.ext`), processes → `excludedFileName` (bare name or full path).
 *
 * @param item - an exclusion of a Linux or macOS resolution
 * @param platform - `linux` or `macos`
 * @param target - the target, for messages
 * @returns the entry
 * @throws AvExclusionsError `UNSAFE_VALUE` (see `posixValue`)
 * @example
 * ```ts
 * console.log(mdatpEntry({ rule: 'k/dir', kind: 'directory', value: '/usr/local/kerio/mailserver/' }, 'macos', 'mdatp-plist'));
 * // { '$type': 'excludedPath', isDirectory: true, path: '/usr/local/kerio/mailserver' }
 * ```
 */
export function mdatpEntry(item: Pick<ExclusionItem, 'rule' | 'kind' | 'value'>, platform: Platform, target: RenderTarget): MdatpEntry {
  const value = posixValue(item, platform, target);
  switch (item.kind) {
    case 'extension':
      return { $type: 'excludedFileExtension', extension: value };
    case 'process':
      return { $type: 'excludedFileName', name: value };
    case 'directory':
    case 'volume':
      return { $type: 'excludedPath', isDirectory: true, path: value };
    case 'file':
    case 'glob':
      return { $type: 'excludedPath', isDirectory: false, path: value };
  }
}

/**
 * The managed-settings entries for a resolution's items, in order, each written once (items that come out the same
 * entry keep the first), with a warning for each value that is not a pattern yet holds `*` or `?`, which Defender
 * for Endpoint reads as wildcards.
 *
 * @param items - the items to render
 * @param platform - `linux` or `macos`
 * @param target - the target, for messages
 * @param warnings - where the wildcard warnings go
 * @returns each entry with the item it came from
 * @throws AvExclusionsError `UNSAFE_VALUE` (see `posixValue`)
 */
export function uniqueMdatpEntries<I extends Pick<ExclusionItem, 'rule' | 'kind' | 'value'>>(
  items: readonly I[],
  platform: Platform,
  target: RenderTarget,
  warnings: string[],
): { entry: MdatpEntry; item: I }[] {
  const entries: { entry: MdatpEntry; item: I }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const entry = mdatpEntry(item, platform, target);
    const key = JSON.stringify(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ entry, item });
    if (item.kind !== 'glob' && item.kind !== 'extension' && /[*?]/.test(item.value)) {
      warnings.push(`"${item.value}" (${item.rule}, ${item.kind}) holds * or ?, which Defender for Endpoint reads as wildcards`);
    }
  }
  return entries;
}

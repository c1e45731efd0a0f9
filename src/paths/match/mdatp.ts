/**
 * How Microsoft Defender for Endpoint on Linux and macOS matches its exclusions, compiled once per entry.
 *
 * Sources: Microsoft Learn, "Configure and validate exclusions for Microsoft Defender for Endpoint on Linux"
 * (linux-exclusions.md, ms.date 06/06/2025) and "… on macOS" (mac-exclusions.md, ms.date 06/14/2024). Both: paths are
 * case-sensitive; a folder excludes everything below it; `*` stands for any run of characters but, when it is not at
 * the end of the path, for exactly one folder; a `*` at the end of the path matches everything under the parent of
 * the wildcard; `?` is one character; an extension applies anywhere; a process by full path or by file name. They
 * disagree on `/var/*\/`: Linux says it covers files in the subfolders of `/var` but not files directly in `/var`,
 * macOS says it covers `/var` and its subfolders. Each platform follows its own page.
 *
 * @module
 */
import type { Platform } from '../../types/pack.js';
import type { CompiledEntry, MatchItem } from './types.js';
import { countWildcards, coverSegments, entryKeys, hasWildcard, itemKeys, type SegmentPattern, segmentMatches } from './wildcard.js';

/** Options for {@link compileMdatpEntry}. */
export interface MdatpEntryOptions {
  /** What the entry is: `excludedPath`, `excludedFileExtension` or `excludedFileName` (a process). */
  list: 'path' | 'extension' | 'process';
  /** For a path: whether it was given as a folder (`isDirectory`, default false). */
  isDirectory?: boolean;
  /** The platform whose page applies. */
  platform: 'linux' | 'macos';
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function unevaluable(text: string, keys: string[], reason: string): CompiledEntry {
  return { text, evaluable: false, reason, keys, cover: () => ({ how: 'cannot-evaluate', note: reason }) };
}

/**
 * The index keys an item looks up among Defender for Endpoint entries; agrees with {@link compileMdatpEntry}.
 *
 * @param item - a recommended Linux or macOS item
 * @returns the keys
 * @example
 * ```ts
 * keysForMdatpItem({ kind: 'directory', value: '/opt/app', platform: 'linux' }); // [ 'p:', 'p:/opt', 'x:*' ]
 * ```
 */
export function keysForMdatpItem(item: MatchItem): string[] {
  if (item.kind === 'extension') return ['x:*'];
  if (item.kind === 'process')
    return item.value.startsWith('/') ? ['r:*', ...itemKeys('r', '', segmentsOf(item.value)[0])] : ['r:*', 'r:/…'];
  return [...itemKeys('p', '', segmentsOf(item.value)[0]), 'x:*'];
}

/**
 * Compiles one Defender for Endpoint exclusion (Linux or macOS) into a matcher. Case-sensitive.
 *
 * Paths: a folder entry (`isDirectory`) covers everything below it; `*` in a middle segment is exactly one folder; a
 * path ending in `*` covers everything under the parent of the wildcard that the last segment matches (so `/var/log/*`
 * is the whole of `/var/log`); a file entry not ending in `*` covers the files it names, nothing below them. On macOS
 * a folder entry ending in `/*\/` covers its parent and everything below (the macOS page); on Linux it covers only
 * the subfolders' content (the Linux page). A relative path cannot be evaluated.
 *
 * Extensions: with or without the dot, anywhere; a file or pattern item whose names all end in it is covered
 * `extension`. Processes: a file name (`cat`, `c?t`) covers that name at any path; a full path covers that image, and
 * an image-name item only partially.
 *
 * @param text - the entry as found
 * @param options - list, `isDirectory`, platform
 * @returns the compiled entry
 * @example
 * ```ts
 * const entry = compileMdatpEntry('/var/*\/', { list: 'path', isDirectory: true, platform: 'linux' });
 * entry.cover({ kind: 'file', value: '/var/log/x', platform: 'linux' }); // { how: 'wildcard' }
 * entry.cover({ kind: 'file', value: '/var/x', platform: 'linux' }); // null
 * ```
 */
export function compileMdatpEntry(text: string, options: MdatpEntryOptions): CompiledEntry {
  const platform: Platform = options.platform;
  if (options.list === 'extension') {
    const ext = text.startsWith('.') ? text.slice(1) : text;
    if (ext === '' || ext.includes('/')) return unevaluable(text, ['x:*'], 'not an extension');
    return {
      text,
      evaluable: true,
      keys: ['x:*'],
      cover(item) {
        if (item.platform !== platform) return null;
        if (item.kind === 'extension')
          return (item.value.startsWith('.') ? item.value.slice(1) : item.value) === ext ? { how: 'exact' } : null;
        if (item.kind !== 'file' && item.kind !== 'glob') return null;
        const last = segmentsOf(item.value).pop() ?? '';
        const suffix = `.${ext}`;
        return !hasWildcard(ext) && last.endsWith(suffix) ? { how: 'extension' } : null;
      },
    };
  }

  if (options.list === 'process') {
    if (!text.includes('/')) {
      return {
        text,
        evaluable: true,
        keys: ['r:*'],
        cover(item) {
          if (item.platform !== platform || item.kind !== 'process') return null;
          const image = item.value.slice(item.value.lastIndexOf('/') + 1);
          if (!segmentMatches(text, image)) return null;
          if (image === item.value) return { how: text === image ? 'exact' : 'wildcard' };
          return { how: 'wildcard', note: 'by file name: that name at any path' };
        },
      };
    }
    if (!text.startsWith('/')) return unevaluable(text, ['r:*'], 'a process path that is not absolute');
    const segments = segmentsOf(text);
    const keys = [...entryKeys('r', '', segments[0]), 'r:/…'].filter((k, i, all) => all.indexOf(k) === i);
    const pattern: SegmentPattern = { segments, recursive: false, wildcards: countWildcards(text) };
    return {
      text,
      evaluable: true,
      keys,
      cover(item) {
        if (item.platform !== platform || item.kind !== 'process') return null;
        if (!item.value.includes('/')) {
          const last = segments[segments.length - 1];
          return last !== undefined && segmentMatches(last, item.value)
            ? { how: 'partial', note: 'covers the image at this path only, not every image of that name' }
            : null;
        }
        return coverSegments(pattern, segmentsOf(item.value), 'file');
      },
    };
  }

  if (!text.startsWith('/')) return unevaluable(text, ['p:'], 'not an absolute path');
  let segments = segmentsOf(text);
  let recursive = options.isDirectory === true;
  if (text.endsWith('*')) recursive = true; // everything under the parent of the wildcard
  if (options.isDirectory && options.platform === 'macos' && /\/\*\/+$/.test(text)) segments = segments.slice(0, -1); // macOS: /var/*/ = /var
  if (segments.length > 0 && segments[segments.length - 1] === '*' && text.endsWith('*')) segments = segments.slice(0, -1);
  const pattern: SegmentPattern = {
    segments,
    recursive,
    wildcards: countWildcards(segments.join('/')),
    foldersOnly: options.isDirectory === true,
  };
  const keys = entryKeys('p', '', recursive || segments.length > 1 ? segments[0] : undefined);
  return {
    text,
    evaluable: true,
    keys,
    cover(item) {
      if (item.platform !== platform || item.kind === 'process' || item.kind === 'extension') return null;
      return coverSegments(pattern, segmentsOf(item.value), item.kind);
    },
  };
}

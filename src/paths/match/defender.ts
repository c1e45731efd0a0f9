/**
 * How Microsoft Defender Antivirus on Windows matches its exclusion lists, compiled once per entry.
 *
 * Sources: Microsoft Learn, "Configure and validate exclusions based on file extension and folder location" (ms.date
 * 11/21/2024: folders recursive, wildcards, at most six wildcards, no wildcard drive letter, the system environment
 * variables table, the mixed file-and-folder rule), "Configure exclusions for files opened by processes" (ms.date
 * 04/07/2025: image name versus full path, wildcards only with a full path), "Contextual file and folder exclusions"
 * (ms.date 02/18/2024: `path\:{…}`), and "Common mistakes to avoid when defining exclusions" (ms.date 07/18/2023:
 * `C:\Temp`, `C:\Temp\` and `C:\Temp\*` named as one folder).
 *
 * @module
 */
import { MACHINE_VARIABLES } from '../windows-variables.js';
import type { CompiledEntry, MatchItem } from './types.js';
import {
  countWildcards,
  coverSegments,
  entryKeys,
  hasWildcard,
  itemKeys,
  type SegmentPattern,
  segmentMatches,
  segmentSubsumes,
} from './wildcard.js';

/**
 * The variables Defender expands, with the values they have for the SYSTEM account it runs as: the machine variables
 * plus the user-profile ones, which point into the system profile (Microsoft's "System environment variables" table).
 * Upper-case names.
 */
export const SYSTEM_VARIABLES: Readonly<Record<string, string>> = Object.freeze({
  ...MACHINE_VARIABLES,
  APPDATA: 'C:\\Windows\\system32\\config\\systemprofile\\AppData\\Roaming',
  LOCALAPPDATA: 'C:\\Windows\\system32\\config\\systemprofile\\AppData\\Local',
  USERPROFILE: 'C:\\Windows\\system32\\config\\systemprofile',
});

/** The most wildcards Microsoft allows in one entry. */
export const DEFENDER_MAX_WILDCARDS = 6;

// Regular expressions used for every path read, made once (a literal in a function is a new object at each call).
/** A drive letter, case-folded. */
const LETTER = /^[a-z]$/;
/** A `%NAME%` variable. */
const VARIABLE = /%[^%\\]+%/;
/** The `.` (or `*.`) before an extension. */
const EXTENSION_DOT = /^\*?\./;

/**
 * Replaces the `%NAME%` variables of {@link SYSTEM_VARIABLES} by their SYSTEM-account values (names compared
 * case-insensitively); other `%NAME%` tokens stay as written.
 *
 * @param value - a Windows path
 * @returns the expanded path
 * @example
 * ```ts
 * expandSystemVariables('%ALLUSERSPROFILE%\\CustomLogFiles'); // 'C:\\ProgramData\\CustomLogFiles'
 * expandSystemVariables('%USERPROFILE%\\x'); // 'C:\\Windows\\system32\\config\\systemprofile\\x'
 * ```
 */
export function expandSystemVariables(value: string): string {
  return value.replace(/%([^%\\/]+)%/g, (token, name: string) => SYSTEM_VARIABLES[name.toUpperCase()] ?? token);
}

/** A contextual entry split into its path and its conditions. */
export interface DefenderContextual {
  /** The path part, before `\:{`. */
  path: string;
  /** The condition text between the braces, as written (`PathType:file,ScanTrigger:OnAccess`). */
  conditions: string;
}

/**
 * Splits a contextual entry (`<path>\:{Type:value,…}`) into its path and conditions; null for a plain entry.
 *
 * @param text - a path-list entry
 * @returns the parts, or null
 * @example
 * ```ts
 * splitContextual('C:\\documents\\*\\:{PathType:folder}'); // { path: 'C:\\documents\\*', conditions: 'PathType:folder' }
 * ```
 */
export function splitContextual(text: string): DefenderContextual | null {
  // Most entries do not end with `}`: that is checked before the text is searched.
  if (!text.endsWith('}')) return null;
  const at = text.indexOf('\\:{');
  if (at < 0) return null;
  return { path: text.slice(0, at), conditions: text.slice(at + 3, -1) };
}

/** A Windows path read the way Defender reads an entry: root, case-folded segments, wildcard facts. */
interface WindowsPath {
  /** `c:` or `\\server\share`, case-folded. */
  root: string;
  /** The segments below the root, case-folded; empty for the root itself. */
  segments: string[];
}

/** The last path read, kept because a lookup asks many entries about the same item in a row. */
let lastRead: { value: string; read: WindowsPath | { problem: string } } | undefined;

/** Reads an expanded Windows path into root and segments (the answer is not to be changed by the caller). */
function readWindowsPath(value: string): WindowsPath | { problem: string } {
  if (lastRead?.value !== value) lastRead = { value, read: readWindowsPathOnce(value) };
  return lastRead.read;
}

function readWindowsPathOnce(value: string): WindowsPath | { problem: string } {
  let path = value.includes('%') ? expandSystemVariables(value) : value;
  if (path.includes('/')) path = path.replace(/\//g, '\\');
  path = path.toLowerCase();
  if (path.startsWith('\\\\?\\') || path.startsWith('\\\\.\\')) path = path.slice(4);
  let root: string;
  let rest: string;
  // A drive: one character other than a backslash, a colon, then a backslash or the end.
  if (path.length >= 2 && path.charCodeAt(1) === 58 && path.charCodeAt(0) !== 92 && (path.length === 2 || path.charCodeAt(2) === 92)) {
    const letter = path.charAt(0);
    if (hasWildcard(letter)) return { problem: 'a wildcard stands for the drive letter, which Defender does not allow' };
    if (!LETTER.test(letter)) return { problem: `"${letter}:" is not a drive letter` };
    root = path.slice(0, 2);
    rest = path.slice(path.length === 2 ? 2 : 3);
  } else if (path.startsWith('\\\\')) {
    const parts = path.slice(2).split('\\');
    if (parts.length < 2 || !parts[0] || !parts[1]) return { problem: 'a network path needs a server and a share' };
    if (hasWildcard(parts[0]) || hasWildcard(parts[1])) return { problem: 'a wildcard stands for the server or share of a network path' };
    root = `\\\\${parts[0]}\\${parts[1]}`;
    rest = parts.slice(2).join('\\');
  } else if (VARIABLE.test(path)) {
    return { problem: 'starts with a variable Defender does not expand for the SYSTEM account' };
  } else {
    return { problem: 'not a full path (Defender needs a drive or network path; a bare file name is a documented mistake)' };
  }
  const segments = rest.split('\\');
  // Empty segments (doubled or trailing separators) are not folders.
  if (segments.includes('')) return { root, segments: segments.filter((s) => s !== '') };
  return { root, segments };
}

/**
 * The index keys under which a Defender entry for this item may be found: the item's drive (and first folder), and
 * the machine-wide lists (extensions, process image names) that can cover it. Agrees with the keys of
 * {@link compileDefenderEntry}.
 *
 * @param item - a recommended Windows item
 * @returns the keys to look up
 * @example
 * ```ts
 * keysForDefenderItem({ kind: 'directory', value: '%ProgramFiles%\\X', platform: 'windows' });
 * // [ 'p:c:', 'p:c:/program files', 'x:*' ]
 * ```
 */
export function keysForDefenderItem(item: MatchItem): string[] {
  if (item.kind === 'extension') return ['x:*'];
  const path = readWindowsPath(item.value);
  if (item.kind === 'process') return 'problem' in path ? ['r:*', 'r:…'] : ['r:*', ...itemKeys('r', path.root, path.segments[0])];
  if ('problem' in path) return ['x:*'];
  return [...itemKeys('p', path.root, path.segments[0]), 'x:*'];
}

/** An extension as Defender compares it: without the leading dot (or `*.`), case-folded. */
function extensionKey(text: string): string {
  return text.trim().replace(EXTENSION_DOT, '').toLowerCase();
}

function unevaluable(text: string, keys: string[], reason: string): CompiledEntry {
  return { text, evaluable: false, reason, keys, cover: () => ({ how: 'cannot-evaluate', note: reason }) };
}

/** Whether every name a segment pattern matches ends with `.ext` (`*.log`, `sm_*.log`, `a.log`). */
function endsWithExtension(segment: string, ext: string): boolean {
  const suffix = `.${ext}`;
  return segment.endsWith(suffix) && !hasWildcard(suffix);
}

/** Options for {@link compileDefenderEntry}. */
export interface DefenderEntryOptions {
  /** Which Defender list the entry is in. */
  list: 'path' | 'process' | 'extension';
}

/**
 * Compiles one Defender exclusion entry (as found in `ExclusionPath`, `ExclusionProcess` or `ExclusionExtension`)
 * into a matcher. Case-insensitive; `%VARIABLES%` expanded with {@link SYSTEM_VARIABLES}.
 *
 * Path list: a folder entry is recursive; `C:\foo`, `C:\foo\` and `C:\foo\*` are the same folder; `*` (or `?`) in a
 * folder segment stands for exactly one folder name, and everything below the matched folder is covered; a wildcard
 * in the last segment matches names directly in that folder only (`c:\data\*\marked\date*` does not reach subfolders
 * of `marked`). More than six wildcards, a wildcard drive letter, or a path that is not absolute cannot be
 * evaluated (Microsoft says they are not allowed, not what Defender then does). A contextual entry
 * (`path\:{…}`) covers at most partially: only under its conditions.
 *
 * Extension list: `.ext`, `ext` (and `*.ext`) are the same; a file or pattern item whose names all end in `.ext` is
 * covered `extension`. Process list: an image name (`test.exe`, no wildcards allowed) covers that name at any path;
 * a full path (wildcards allowed, as in the path list but matching the image file only) covers that image; a full
 * path covers an image-name item only partially.
 *
 * @param text - the entry as found
 * @param options - which list it is in
 * @returns the compiled entry
 * @example
 * ```ts
 * const entry = compileDefenderEntry('C:\\somepath\\*\\Data', { list: 'path' });
 * entry.cover({ kind: 'directory', value: 'C:\\somepath\\Archives\\Data\\x', platform: 'windows' }); // { how: 'wildcard' }
 * entry.cover({ kind: 'directory', value: 'C:\\somepath\\Data', platform: 'windows' }); // null
 * ```
 */
export function compileDefenderEntry(text: string, options: DefenderEntryOptions): CompiledEntry {
  if (options.list === 'extension') {
    const ext = extensionKey(text);
    if (ext === '' || ext.includes('\\')) return unevaluable(text, ['x:*'], 'not an extension');
    return {
      text,
      evaluable: true,
      keys: ['x:*'],
      cover(item) {
        if (item.platform !== 'windows') return null;
        if (item.kind === 'extension') {
          const want = extensionKey(item.value);
          if (want === ext) return { how: 'exact' };
          return hasWildcard(ext) && segmentSubsumes(ext, want) ? { how: 'wildcard' } : null;
        }
        if (item.kind !== 'file' && item.kind !== 'glob') return null;
        const target = readWindowsPath(item.value);
        if ('problem' in target) return null;
        const last = target.segments[target.segments.length - 1];
        return last !== undefined && !hasWildcard(ext) && endsWithExtension(last, ext) ? { how: 'extension' } : null;
      },
    };
  }

  if (options.list === 'process') {
    const trimmed = text.trim();
    if (!trimmed.includes('\\') && !trimmed.includes('/')) {
      const name = trimmed.toLowerCase();
      if (hasWildcard(name)) return unevaluable(text, ['r:*'], 'a wildcard in an image-name entry, which Defender does not allow');
      return {
        text,
        evaluable: true,
        keys: ['r:*'],
        cover(item) {
          if (item.platform !== 'windows' || item.kind !== 'process') return null;
          const value = expandSystemVariables(item.value).replace(/\//g, '\\').toLowerCase();
          const image = value.slice(value.lastIndexOf('\\') + 1);
          if (image !== name) return null;
          return value === image ? { how: 'exact' } : { how: 'wildcard', note: 'by image name: that name at any path' };
        },
      };
    }
    const path = readWindowsPath(trimmed);
    if ('problem' in path) return unevaluable(text, ['r:*'], path.problem);
    const wildcards = countWildcards(path.segments.join('\\'));
    const keys = [...entryKeys('r', path.root, path.segments[0]), 'r:…'].filter((k, i, all) => all.indexOf(k) === i);
    if (wildcards > DEFENDER_MAX_WILDCARDS)
      return unevaluable(text, keys, `more than ${DEFENDER_MAX_WILDCARDS} wildcards, which Defender does not allow`);
    return {
      text,
      evaluable: true,
      keys,
      cover(item) {
        if (item.platform !== 'windows' || item.kind !== 'process') return null;
        const value = item.value.trim();
        if (!value.includes('\\') && !value.includes('/')) {
          const last = path.segments[path.segments.length - 1];
          return last !== undefined && segmentMatches(last, value.toLowerCase())
            ? { how: 'partial', note: 'covers the image at this path only, not every image of that name' }
            : null;
        }
        const target = readWindowsPath(value);
        if ('problem' in target || target.root !== path.root) return null;
        return coverSegments({ segments: path.segments, recursive: false, wildcards }, target.segments, 'file');
      },
    };
  }

  const contextual = splitContextual(text);
  const raw = contextual ? contextual.path : text;
  const path = readWindowsPath(raw.trim());
  if ('problem' in path) return unevaluable(text, ['p:*'], path.problem);
  // `C:\foo\*` is the folder `C:\foo` (and `C:\*` the whole drive).
  const segments = path.segments[path.segments.length - 1] === '*' ? path.segments.slice(0, -1) : path.segments;
  const wildcards = countWildcards(path.segments.join('\\'));
  const pattern: SegmentPattern = {
    segments,
    recursive: segments.length === 0 || !hasWildcard(segments[segments.length - 1]!),
    // Less the final `*` when it was dropped.
    wildcards: segments === path.segments ? wildcards : wildcards - 1,
  };
  const keys = entryKeys('p', path.root, pattern.recursive || segments.length > 1 ? segments[0] : undefined);
  if (wildcards > DEFENDER_MAX_WILDCARDS)
    return unevaluable(text, keys, `more than ${DEFENDER_MAX_WILDCARDS} wildcards, which Defender does not allow`);
  const compiled: CompiledEntry = {
    text,
    evaluable: true,
    keys,
    cover(item) {
      if (item.platform !== 'windows' || item.kind === 'process' || item.kind === 'extension') return null;
      const target = readWindowsPath(item.value);
      if ('problem' in target || target.root !== path.root) return null;
      const answer = coverSegments(pattern, target.segments, item.kind);
      if (!answer || !contextual) return answer;
      return { how: 'partial', note: `contextual entry: only when {${contextual.conditions}} holds` };
    },
  };
  if (contextual) compiled.reason = `contextual: applies only when {${contextual.conditions}} holds`;
  return compiled;
}

/**
 * Wildcards inside one path segment, as Defender (Windows, Linux, macOS) reads them: `*` is any run of characters
 * (none included) and `?` exactly one, both within the segment. Shared by the Defender and Defender for Endpoint
 * matchers.
 *
 * @module
 */
import type { CoverAnswer } from './types.js';

/**
 * Whether a text holds a `*` or `?` wildcard.
 *
 * @param text - an entry or segment
 * @returns whether it has a wildcard
 */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/**
 * Counts the `*` and `?` wildcards in a text.
 *
 * @param text - an entry
 * @returns how many wildcards it has
 * @example
 * ```ts
 * countWildcards('C:\\Serv\\*\\*\\Backup'); // 2
 * ```
 */
export function countWildcards(text: string): number {
  let n = 0;
  // Over code units: `*` and `?` are never part of a surrogate pair.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 42 || code === 63) n++;
  }
  return n;
}

/**
 * Tests one name against one segment pattern (`*` any run, `?` one character, everything else literal). Both must
 * already be case-folded when the platform ignores case. Iterative, linear in practice (no backtracking blow-up).
 *
 * @param pattern - one segment, possibly with wildcards
 * @param name - one path segment
 * @returns whether the name matches
 * @example
 * ```ts
 * segmentMatches('contoso*', 'contoso labs'); // true
 * segmentMatches('my?.zip', 'my1.zip'); // true
 * segmentMatches('my?.zip', 'my.zip'); // false
 * ```
 */
export function segmentMatches(pattern: string, name: string): boolean {
  // Without surrogate pairs, a code unit is a character: the walk reads both texts as they are, without splitting.
  if (!SURROGATE.test(pattern) && !SURROGATE.test(name)) return walk(pattern, name);
  return walk(Array.from(pattern), Array.from(name));
}

/** A UTF-16 surrogate: a character made of two code units. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** {@link segmentMatches} over characters (a string whose characters are single code units, or an array of them). */
function walk(p: ArrayLike<string>, s: ArrayLike<string>): boolean {
  let pi = 0;
  let si = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === s[si]))) {
      pi++;
      si++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = si;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** `*?` and `**` runs rewritten as `?…?*`: the same set of names, in the form {@link segmentSubsumes} needs. */
function canonical(pattern: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const q = run.filter((c) => c === '?');
    out.push(...q, ...(run.length > q.length ? ['*'] : []));
    run = [];
  };
  for (const ch of pattern) {
    if (ch === '*' || ch === '?') run.push(ch);
    else {
      flush();
      out.push(ch);
    }
  }
  flush();
  return out;
}

/**
 * Whether every name matched by `inner` is also matched by `outer` (both segment patterns, already case-folded when
 * the platform ignores case): `*` in `outer` may stand for any run of `inner`'s tokens, `?` for one literal or `?`,
 * a literal only for the same literal, after runs of wildcards are put in one order (`*?` = `?*`). A true answer is
 * always right; a false one means only that this token-by-token test found no proof.
 *
 * @param outer - the broader pattern
 * @param inner - the pattern whose names must all match
 * @returns whether `outer` matches every name `inner` matches
 * @example
 * ```ts
 * segmentSubsumes('*.log', 'app-*.log'); // true
 * segmentSubsumes('app-*.log', '*.log'); // false
 * segmentSubsumes('?*', '*?'); // true
 * ```
 */
export function segmentSubsumes(outer: string, inner: string): boolean {
  // A pattern subsumes itself; a literal only the same literal (the token test below gives the same answers).
  if (outer === inner) return true;
  if (!hasWildcard(outer)) return false;
  // A literal stands for one name: `outer` subsumes it when it matches it.
  if (!hasWildcard(inner)) return segmentMatches(outer, inner);
  const a = canonical(outer);
  const b = canonical(inner);
  // memo[i][j]: outer tokens from i match inner tokens from j.
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (b.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length) result = j === b.length;
    else if (a[i] === '*') result = go(i + 1, j) || (j < b.length && go(i, j + 1));
    else if (j === b.length || b[j] === '*') result = false;
    else if (a[i] === '?') result = go(i + 1, j + 1);
    else result = a[i] === b[j] && go(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** A path-list entry reduced to segments below its root, as Defender reads it on every platform. */
export interface SegmentPattern {
  /** The segments below the root (case-folded when the platform ignores case); may hold `*` and `?`. */
  segments: readonly string[];
  /** Whether everything below a matched path is covered too (a folder entry). */
  recursive: boolean;
  /** How many wildcards the segments hold. */
  wildcards: number;
  /** The entry names folders only (its last segment never matches a file). */
  foldersOnly?: boolean;
}

/** The kinds of item {@link coverSegments} answers for. */
export type SegmentItemKind = 'directory' | 'volume' | 'file' | 'glob';

/** How a pattern's first `count` segments relate to an item's: all cover, some only meet (share a name), or no. */
function relate(pattern: readonly string[], item: readonly string[], count: number): 'covers' | 'meets' | 'no' {
  let covers = true;
  for (let i = 0; i < count; i++) {
    const p = pattern[i]!;
    const s = item[i]!;
    if (segmentSubsumes(p, s)) continue;
    covers = false;
    if (!meets(p, s)) return 'no';
  }
  return covers ? 'covers' : 'meets';
}

/** Whether two segment patterns share a name, shown by a witness (each pattern's plainest instance). */
function meets(a: string, b: string): boolean {
  // Two literals share a name only when they are the same.
  if (!hasWildcard(a) && !hasWildcard(b)) return a === b;
  const plain = (p: string) => p.replace(/\*/g, '').replace(/\?/g, 'x');
  return segmentMatches(a, plain(b)) || segmentMatches(b, plain(a));
}

/**
 * Whether and how a path-list pattern covers an item below the same root. A folder item needs its whole content; a
 * pattern item (`glob`, or a file value with wildcards in its last segment) needs every file it stands for.
 * - a recursive pattern matching the item, or a folder above it: `exact` (same segments, no wildcards), `parent`
 *   (a folder above), `wildcard` (reached through wildcards);
 * - a pattern matching only a part (a folder or file below a folder item, one file of a pattern item, files directly
 *   in a folder but not its subfolders, only some of the names its wildcards stand for): `partial`, with a note;
 * - otherwise null.
 *
 * @param pattern - the entry's pattern
 * @param target - the item's segments below the same root (case-folded like the pattern)
 * @param kind - the item's kind
 * @returns the answer, or null
 * @example
 * ```ts
 * coverSegments({ segments: ['opt'], recursive: true, wildcards: 0 }, ['opt', 'app'], 'directory'); // { how: 'parent' }
 * ```
 */
export function coverSegments(pattern: SegmentPattern, target: readonly string[], kind: SegmentItemKind): CoverAnswer | null {
  const k = pattern.segments.length;
  const n = target.length;
  const isFolder = kind === 'directory' || kind === 'volume';
  const isGlob = !isFolder && n > 0 && hasWildcard(target[n - 1]!);
  const viaWildcard = pattern.wildcards > 0;
  // How deep the folder is whose whole content the item needs (a pattern item needs part of its parent).
  const folderDepth = isGlob ? n - 1 : n;

  if (pattern.recursive) {
    if (pattern.foldersOnly && !isFolder && k === n) return null;
    if (k <= folderDepth) {
      const r = relate(pattern.segments, target, k);
      if (r === 'covers') return { how: viaWildcard ? 'wildcard' : k === n ? 'exact' : 'parent' };
      return r === 'meets' ? { how: 'partial', note: 'covers only some of the folders its wildcards stand for' } : null;
    }
    if (isGlob && k === n) {
      return relate(pattern.segments, target, n - 1) !== 'no' && segmentMatches(target[n - 1]!, pattern.segments[n - 1]!)
        ? { how: 'partial', note: 'covers one of the files the pattern stands for' }
        : null;
    }
    if (isFolder && k > n && relate(pattern.segments, target, n) !== 'no')
      return { how: 'partial', note: 'covers a part of the folder (something below it)' };
    return null;
  }

  // A wildcard in the last segment: names directly in the matched folder, nothing below them.
  if (isFolder) {
    if (k > n && relate(pattern.segments, target, n) !== 'no')
      return {
        how: 'partial',
        note:
          k === n + 1
            ? 'covers files directly in the folder that match its pattern, not its subfolders'
            : 'covers some files below the folder',
      };
    return null;
  }
  if (k !== n) return null;
  const r = relate(pattern.segments, target, n);
  if (r === 'covers') return { how: pattern.segments.every((s, i) => s === target[i]) ? 'exact' : 'wildcard' };
  return r === 'meets' ? { how: 'partial', note: 'covers some of the files the item stands for' } : null;
}

/**
 * The index keys of a path-list entry: `<list>:<root>/<first folder>` and `<list>:<root>/…` when the entry is tied to
 * a literal first folder (the second key lets an item that is the root itself find it), `<list>:<root>` otherwise.
 *
 * @param list - the list prefix (`p` paths, `r` processes)
 * @param root - the root (`c:`, `\\server\share`, `` for POSIX)
 * @param first - the first segment below the root, when the entry is tied to it
 * @returns the keys
 */
export function entryKeys(list: string, root: string, first: string | undefined): string[] {
  return first !== undefined && !hasWildcard(first) ? [`${list}:${root}/${first}`, `${list}:${root}/…`] : [`${list}:${root}`];
}

/**
 * The index keys an item looks up for one list, matching {@link entryKeys}: the root bucket, and the bucket of its
 * first folder (or every first folder, for the root itself and for an item whose first folder has wildcards).
 *
 * @param list - the list prefix
 * @param root - the item's root
 * @param first - the item's first segment below the root, if any
 * @returns the keys
 */
export function itemKeys(list: string, root: string, first: string | undefined): string[] {
  return [`${list}:${root}`, first === undefined || hasWildcard(first) ? `${list}:${root}/…` : `${list}:${root}/${first}`];
}

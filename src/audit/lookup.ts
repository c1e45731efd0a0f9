/**
 * The audit's fast lookup over a coverage index: which entries cover an item, found by exact keys (the folders above
 * an item and itself, the folders below it, image names, extensions, the literal folder before an entry's first
 * wildcard) instead of testing every entry. Each candidate's own matcher still gives the answer, so the result is the
 * one {@link coverage} gives.
 *
 * @module
 */
import { splitContextual } from '../paths/match/defender.js';
import type { CoverageHow, MatchItem } from '../paths/match/types.js';
import { hasWildcard } from '../paths/match/wildcard.js';
import { comparisonKey, normalizePath } from '../paths/normalize.js';
import type { Platform } from '../types/pack.js';
import { type CoverageIndex, coverage } from './coverage.js';
import type { AuditScanner, CurrentEntry, EntryCoverage } from './types.js';

/** One entry's answer for an item, with the entry's position. */
export interface Found {
  /** The entry's position in the index. */
  position: number;
  /** The entry. */
  entry: CurrentEntry;
  /** How it covers the item, or `cannot-evaluate`. */
  how: CoverageHow | 'cannot-evaluate';
  /** What part it covers, or why it cannot be evaluated. */
  note?: string;
}

/**
 * Which entries cover an item (or cannot be evaluated for it), in entry order. With `partial: false`, entries that
 * can only cover a part of the item (entries below it) may be left out; `skip` is a position left out.
 */
export type Lookup = ((item: MatchItem, partial?: boolean, skip?: number) => Found[]) & {
  /**
   * Whether the entry at a position can be evaluated (its matcher's `evaluable`), answered without compiling it when
   * its literal form already says so.
   */
  evaluable(position: number): boolean;
};

/**
 * The image name of a process entry (after the last separator), and whether the entry is only that name.
 *
 * @param text - a process entry or item
 * @returns the image name, and whether the text is only that
 */
export function imageOf(text: string): { image: string; bare: boolean } {
  const t = text.trim();
  const at = Math.max(t.lastIndexOf('\\'), t.lastIndexOf('/'));
  return { image: t.slice(at + 1), bare: at < 0 };
}

/** The literal path a ClamAV pattern names in one of its folder forms (`^/a/b(/|$)`, `^/a/b/`, `^/a/b$`). */
export const CLAMAV_LITERAL = /^\^((?:\/[^/\\.[\]()*+?{}|^$]+)+)(?:\(\/\|\$\)|\/|\$)$/;

/** The extensions a file name ends with (`a.ko.gz` → `ko.gz`, `gz`), without wildcards. */
function suffixes(name: string): string[] {
  const out: string[] = [];
  for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) {
    const suffix = name.slice(i + 1);
    if (suffix !== '' && !hasWildcard(suffix)) out.push(suffix);
  }
  return out;
}

/** The key tables: `P` a folder or file, `R` a process path, `N` the image of a process path, `I` an image name, `X`
 * an extension, `W` (`Q` for processes) the literal folder before an entry's first wildcard, `V` a folder above that
 * one. (Folders and files below a folder are found by {@link createLookup}'s `below`.) */
type Tag = 'P' | 'R' | 'N' | 'I' | 'X' | 'W' | 'Q' | 'V';

/** The keys computed from a value, and the ancestors of each key. */
class Keys {
  readonly #scanner: AuditScanner;
  readonly #platform: Platform;
  readonly #sep: string;

  constructor(scanner: AuditScanner, platform: Platform) {
    this.#scanner = scanner;
    this.#platform = platform;
    this.#sep = platform === 'windows' ? '\\' : '/';
  }

  /** A path's comparison key: on Windows, a plain drive path (machine variables expanded, lower case); elsewhere an
   * absolute path normalised; undefined otherwise. */
  key(value: string): string | undefined {
    // Not remembered: for a plain drive path, reading it again costs less than looking it up.
    if (this.#scanner === 'defender') return windowsKey(value);
    return value.startsWith('/') ? normalizePath(value, this.#platform) : undefined;
  }

  /** A key's ancestors and itself, from the root: `c:\a\b` → `c:\`, `c:\a`, `c:\a\b`; `/a/b` → `/`, `/a`, `/a/b`. */
  prefixes(key: string): string[] {
    const sep = this.#sep;
    const rootLength = this.#platform === 'windows' ? 3 : 1;
    const out = [key.slice(0, rootLength)];
    let at = rootLength;
    while (at < key.length) {
      let next = key.indexOf(sep, at);
      if (next < 0) next = key.length;
      // Empty segments (`c:\a\\b` cannot occur in a key, but be safe) are skipped.
      if (next > at) out.push(key.slice(0, next));
      at = next + 1;
    }
    return out;
  }
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * A Windows path's comparison key ({@link comparisonKey}: machine variables expanded, normalised, lower case) when it
 * is a plain drive path, else undefined. A drive path with no variable, no forward slash, no doubled separator and no
 * trailing one (the drive root aside) is already normal: its key is its lower case, without the general path's
 * regular expressions.
 *
 * @param value - a Windows path
 * @returns the key, or undefined when the path is not a drive path (a network path, a variable not expanded)
 */
export function windowsKey(value: string): string | undefined {
  if (
    value.length >= 3 &&
    value.charCodeAt(1) === 58 &&
    value.charCodeAt(2) === 92 &&
    isLetter(value.charCodeAt(0)) &&
    (value.length === 3 || value.charCodeAt(value.length - 1) !== 92) &&
    !value.includes('%') &&
    !value.includes('/') &&
    !value.includes('\\\\')
  )
    return value.toLowerCase();
  const k = comparisonKey(value, 'windows');
  return k.length >= 3 && k.charCodeAt(1) === 58 && k.charCodeAt(2) === 92 && isLetter(k.charCodeAt(0)) && !k.includes('%') ? k : undefined;
}

/** How an entry is filed. */
type Filed =
  | { t: 'path'; key: string }
  | { t: 'extension'; ext: string }
  | { t: 'image'; image: string }
  | { t: 'process'; key: string; image: string };

/** How an entry can be found exactly, or null when only a scan can tell (wildcards, unanchored patterns, variables
 * Defender expands differently). */
function literalOf(entry: CurrentEntry, scanner: AuditScanner, keys: Keys): Filed | null {
  // Defender trims an entry; Defender for Endpoint and ClamAV read it as written.
  const text = scanner === 'defender' ? entry.text.trim() : entry.text;
  if (scanner === 'clamav') {
    const m = CLAMAV_LITERAL.exec(entry.text);
    return m && m[1]!.length < 400 ? { t: 'path', key: m[1]! } : null;
  }
  if (entry.kind === 'extension') {
    const ext = scanner === 'defender' ? text.replace(/^\*?\./, '').toLowerCase() : entry.text.replace(/^\./, '');
    return ext === '' || hasWildcard(ext) || ext.includes('\\') || ext.includes('/') ? null : { t: 'extension', ext };
  }
  if (hasWildcard(entry.kind === 'path' ? text.replace(/[\\/]\*$/, '') : text)) return null;
  if (entry.kind === 'process') {
    const { image, bare } = imageOf(text);
    const fold = (t: string) => (scanner === 'defender' ? t.toLowerCase() : t);
    if (bare) return { t: 'image', image: fold(image) };
    const key = keys.key(text);
    // The image is the key's last segment: a trailing separator is not part of the path.
    return key === undefined ? null : { t: 'process', key, image: fold(imageOf(key).image) };
  }
  if (scanner === 'defender') {
    if (splitContextual(text)) return null;
    const key = keys.key(text.replace(/[\\/]\*$/, '') || text);
    return key === undefined ? null : { t: 'path', key };
  }
  if (!text.startsWith('/') || text.endsWith('*')) return null;
  const key = keys.key(text);
  return key === undefined ? null : { t: 'path', key };
}

/**
 * For an entry with wildcards: the deepest folder named before its first wildcard, as a key. An entry can cover an
 * item (wholly or in part) only when that folder is the item's, one above it, or one below it: a literal segment
 * subsumes and meets only the same literal. Null when the entry has no such folder (an image name, an extension, an
 * unanchored pattern, a contextual entry, a variable).
 */
function prefixOf(entry: CurrentEntry, scanner: AuditScanner, keys: Keys): { key: string; above: string[] } | null {
  if (scanner === 'clamav' || entry.kind === 'extension') return null;
  const text = scanner === 'defender' ? entry.text.trim() : entry.text;
  if (imageOf(text).bare) return null;
  if (scanner === 'defender' && splitContextual(text)) return null;
  const key = keys.key(text);
  if (key === undefined) return null;
  const all = keys.prefixes(key);
  const wild = all.findIndex((k) => hasWildcard(k));
  if (wild <= 0) return null;
  return { key: all[wild - 1]!, above: all.slice(0, wild - 1) };
}

/** Files a position under a key in a table whose keys name one position or several. */
function fileOne(table: Map<string, number | number[]>, key: string, i: number): void {
  const found = table.get(key);
  if (found === undefined) table.set(key, i);
  else if (typeof found === 'number') table.set(key, [found, i]);
  else found.push(i);
}

function file(table: Map<string, number[]>, key: string, i: number): void {
  const list = table.get(key);
  if (list) list.push(i);
  else table.set(key, [i]);
}

/**
 * A lookup over an index: entries with a literal form (a plain folder, an extension, an image name) are found by key
 * (the folders above an item and itself, the folders below it); entries with wildcards below a named folder by that
 * folder; the others (unanchored patterns, image names with wildcards, entries that cannot be evaluated) by the
 * coverage index's buckets. Either way each candidate's own matcher gives the answer, so the result is what
 * {@link coverage} gives, without testing every entry.
 *
 * @param index - the indexed entries
 * @returns the lookup (its cases are in `test/audit/lookup.test.ts`)
 */
export function createLookup(index: CoverageIndex): Lookup {
  const { scanner, platform } = index;
  const keys = new Keys(scanner, platform);
  // A key names one entry (a position) or several (their positions): most keys name one.
  const tables: Record<Tag, Map<string, number | number[]>> = {
    P: new Map(),
    R: new Map(),
    N: new Map(),
    I: new Map(),
    X: new Map(),
    W: new Map(),
    Q: new Map(),
    V: new Map(),
  };
  // Entries found by scanning buckets: with partial answers asked for an item that has wildcards (`scanned`, every
  // entry without a literal form), otherwise (`unprefixed`, those without a literal folder before their wildcards).
  const scanned: CoverageIndex = { scanner, platform, compiled: [], byKey: new Map() };
  const unprefixed: CoverageIndex = { scanner, platform, compiled: [], byKey: new Map() };
  const fold = (t: string) => (scanner === 'defender' ? t.toLowerCase() : t);
  const sep = platform === 'windows' ? '\\' : '/';
  const literals = new Uint8Array(index.compiled.length);
  // Literal folders and files by root and by first folder, with their keys: what lies below a folder is found in the
  // bucket of its first folder (or its root), by the key's start.
  const pathKeys: string[] = [];
  const byRoot = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const belowCache = new Map<string, number[]>();
  const below = (key: string): number[] => {
    let out = belowCache.get(key);
    if (out === undefined) {
      const all = keys.prefixes(key);
      const bucket = (all.length > 1 ? byFirst.get(all[1]!) : byRoot.get(all[0]!)) ?? [];
      // A root key ends with its separator (`c:\`, `/`); a folder key does not.
      const start = all.length > 1 ? key + sep : key;
      out = bucket.filter((i) => pathKeys[i]!.length > start.length && pathKeys[i]!.startsWith(start));
      belowCache.set(key, out);
    }
    return out;
  };
  index.compiled.forEach((compiled, i) => {
    const { entry } = compiled;
    // A Defender entry with a literal form is a drive path, extension or image name without wildcards: always
    // evaluable, so it is filed without compiling it.
    const literal = scanner === 'defender' || compiled.matcher.evaluable ? literalOf(entry, scanner, keys) : null;
    if (literal) {
      literals[i] = 1;
      if (literal.t === 'path') {
        const all = keys.prefixes(literal.key);
        fileOne(tables.P, literal.key, i);
        pathKeys[i] = literal.key;
        if (all.length > 1) file(byRoot, all[0]!, i);
        if (all.length > 2) file(byFirst, all[1]!, i);
      } else if (literal.t === 'extension') fileOne(tables.X, literal.ext, i);
      else if (literal.t === 'image') fileOne(tables.I, literal.image, i);
      else {
        fileOne(tables.R, literal.key, i);
        fileOne(tables.N, literal.image, i);
      }
      return;
    }
    for (const key of compiled.matcher.keys) file(scanned.byKey, key, scanned.compiled.length);
    scanned.compiled.push(compiled);
    const prefix = compiled.matcher.evaluable ? prefixOf(entry, scanner, keys) : null;
    if (prefix) {
      fileOne(entry.kind === 'process' ? tables.Q : tables.W, prefix.key, i);
      if (entry.kind !== 'process') for (const above of prefix.above) fileOne(tables.V, above, i);
    } else {
      for (const key of compiled.matcher.keys) file(unprefixed.byKey, key, unprefixed.compiled.length);
      unprefixed.compiled.push(compiled);
    }
  });

  // Which positions a lookup has tested already: a stamp per position, new for each lookup.
  const stamps = new Uint32Array(index.compiled.length);
  let stamp = 0;
  let positions: Map<CurrentEntry, number> | undefined;

  // The lookup in progress (one at a time: a lookup calls no other), kept outside it so a call allocates no closures.
  let item: MatchItem = { kind: 'directory', value: '', platform };
  let partial = true;
  let skip = -1;
  let out: Found[] = [];
  const test = (i: number) => {
    if (stamps[i] === stamp || i === skip) return;
    stamps[i] = stamp;
    const { entry, matcher } = index.compiled[i]!;
    const answer = matcher.cover(item);
    if (answer && (partial || answer.how !== 'partial'))
      out.push({ position: i, entry, how: answer.how, ...(answer.note ? { note: answer.note } : {}) });
  };
  const probe = (tag: Tag, key: string) => {
    const found = tables[tag].get(key);
    if (typeof found === 'number') test(found);
    else if (found) for (const i of found) test(i);
  };
  const scan = (rest: CoverageIndex) => {
    if (!rest.compiled.length) return;
    for (const c of coverage(rest, item)) {
      const i = positionOf(c.entry);
      if (stamps[i] === stamp || i === skip) continue;
      stamps[i] = stamp;
      out.push(found(c, i));
    }
  };
  const all = (idx: CoverageIndex): Found[] =>
    coverage(idx, item)
      .map((c) => found(c, positionOf(c.entry)))
      .filter((f) => f.position !== skip);

  const lookup = (asked: MatchItem, wantPartial = true, skipped = -1): Found[] => {
    item = asked;
    partial = wantPartial;
    skip = skipped;
    out = [];
    if (item.platform !== platform) return out;
    stamp++;

    const value = item.value;
    if (item.kind === 'extension') {
      if (scanner === 'clamav') return all(index);
      scan(partial ? scanned : unprefixed);
      probe('X', scanner === 'defender' ? value.replace(/^\*?\./, '').toLowerCase() : value.replace(/^\./, ''));
      return sorted(out);
    }
    if (item.kind === 'process') {
      if (scanner === 'clamav') return out;
      scan(partial ? scanned : unprefixed);
      const { image, bare } = imageOf(value);
      if (bare) {
        probe('I', fold(image));
        probe('N', fold(image));
        return sorted(out);
      }
      const key = keys.key(value);
      // A process item with wildcards is met by entries no key names: the general path answers it.
      if (key === undefined || hasWildcard(key)) return all(index);
      probe('R', key);
      probe('I', fold(imageOf(key).image));
      if (!partial) for (const k of keys.prefixes(key)) if (!hasWildcard(k)) probe('Q', k);
      return sorted(out);
    }
    const key = keys.key(value);
    if (key === undefined) return all(index);
    const prefixes = keys.prefixes(key);
    let wild = 0;
    while (wild < prefixes.length && !hasWildcard(prefixes[wild]!)) wild++;
    // With no wildcard in the item, entries with wildcards are found by the folder before their first wildcard
    // (`W` at or above the item, `V` below it); otherwise partial answers need the scan of every such entry.
    const byFolder = !partial || wild === prefixes.length;
    scan(byFolder ? unprefixed : scanned);
    for (let j = 0; j < wild; j++) probe('P', prefixes[j]!);
    if (partial && wild > 0) for (const i of below(prefixes[wild - 1]!)) test(i);
    if (byFolder) for (let j = 0; j < wild; j++) probe('W', prefixes[j]!);
    if (partial && wild === prefixes.length) probe('V', key);
    if ((item.kind === 'file' || item.kind === 'glob') && scanner !== 'clamav') {
      const name = key.slice(key.lastIndexOf(platform === 'windows' ? '\\' : '/') + 1);
      for (const ext of suffixes(name)) probe('X', fold(ext));
    }
    return sorted(out);
  };

  return Object.assign(lookup, {
    evaluable: (position: number) => literals[position] === 1 || index.compiled[position]!.matcher.evaluable,
  });

  function positionOf(entry: CurrentEntry): number {
    positions ??= new Map(index.compiled.map(({ entry: e }, i) => [e, i]));
    return positions.get(entry)!;
  }
}

function found(c: EntryCoverage, position: number): Found {
  return { position, entry: c.entry, how: c.how, ...(c.note ? { note: c.note } : {}) };
}

function sorted(out: Found[]): Found[] {
  return out.length > 1 ? out.sort((a, b) => a.position - b.position) : out;
}

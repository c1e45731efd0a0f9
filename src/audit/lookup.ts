/**
 * The audit's fast lookup over a coverage index: which entries cover an item, found by exact keys (the folders above
 * an item and itself, the folders below it, image names, extensions, the literal folder before an entry's first
 * wildcard) instead of testing every entry. Each candidate's own matcher still gives the answer, so the result is the
 * one {@link coverage} gives.
 *
 * @module
 */
import { splitContextual } from '../paths/match/defender.js';
import type { CompiledEntry, CoverAnswer, CoverageHow, MatchItem } from '../paths/match/types.js';
import { hasWildcard } from '../paths/match/wildcard.js';
import { comparisonKey, normalizePath } from '../paths/normalize.js';
import type { Platform } from '../types/pack.js';
import { type CoverageIndex, candidates, filedUnder } from './coverage.js';
import type { AuditScanner, CurrentEntry } from './types.js';

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

/** What {@link createLookup} answers about a machine's entries, each question from the key tables it builds once. */
export interface Lookup {
  /**
   * Which entries cover an item (or cannot be evaluated for it), in entry order. With `partial: false`, entries that
   * can only cover a part of the item (entries below it) may be left out; `skip` is a position left out.
   */
  find(item: MatchItem, partial?: boolean, skip?: number): Found[];
  /**
   * Whether the entry at a position can be evaluated (its matcher's `evaluable`), answered without compiling it when
   * its literal form already says so.
   */
  evaluable(position: number): boolean;
  /**
   * The first entry, in entry order, that covers all of the entry at a position (read as an item by
   * {@link entryAsItem}); of two entries that cover each other, the earlier one is the one that stays, so the later
   * one is answered. Null when no entry covers it wholly, or when it cannot be evaluated.
   */
  coveredBy(position: number): Found | null;
  /**
   * The position of the first earlier entry of the same list with the same text, or -1. Asked of each position in
   * entry order.
   */
  sameAs(position: number): number;
  /**
   * The name the entry at a position is filed under when it is an image name (a process without a folder) or an
   * extension with a literal form: for Defender, the image name case-folded, the extension without its `.` (or `*.`)
   * case-folded. Undefined for other entries.
   */
  nameKey(position: number): string | undefined;
  /**
   * The key of a path entry filed by its key (a folder or file without wildcards: on Windows a drive path with machine
   * variables expanded, case-folded). Undefined for other entries.
   */
  literalPathKey(position: number): string | undefined;
}

/**
 * The image name of a process entry (after the last separator), and whether the entry is only that name.
 *
 * @param text - a process entry or item
 * @returns the image name, and whether the text is only that
 */
export function imageOf(text: string): { image: string; bare: boolean } {
  return { image: imageName(text), bare: isBareImage(text) };
}

/**
 * The image name of a process entry or item: what follows its last separator, surrounding spaces trimmed.
 *
 * @param text - a process entry or item
 * @returns the image name
 */
export function imageName(text: string): string {
  const t = text.trim();
  return t.slice(lastSeparator(t) + 1);
}

/**
 * Whether a process entry or item is an image name only: it has no separator.
 *
 * @param text - a process entry or item
 * @returns whether it is only an image name
 */
export function isBareImage(text: string): boolean {
  return lastSeparator(text) < 0;
}

/** The position of a text's last separator (`\\` or `/`), or -1. */
function lastSeparator(text: string): number {
  return Math.max(text.lastIndexOf('\\'), text.lastIndexOf('/'));
}

/** The literal path a ClamAV pattern names in one of its folder forms (`^/a/b(/|$)`, `^/a/b/`, `^/a/b$`). */
export const CLAMAV_LITERAL = /^\^((?:\/[^/\\.[\]()*+?{}|^$]+)+)(?:\(\/\|\$\)|\/|\$)$/;

/** Separators at the end of a Defender path, with a `*` after them: `C:\a\`, `C:\a\*`. (Regular expressions are
 * made once: a literal in a function is a new object at each call.) */
const TRAILING_SEPARATORS = /[\\/]+\*?$/;

/** A drive letter alone: `C:`. */
const DRIVE_ONLY = /^[A-Za-z]:$/;

/**
 * An entry read as an item, to ask whether other entries cover all of it; null when it cannot be read so.
 *
 * @param entry - an entry
 * @param scanner - whose list it is
 * @param platform - the machine's platform
 * @returns the item, or null
 */
export function entryAsItem(entry: CurrentEntry, scanner: AuditScanner, platform: Platform): MatchItem | null {
  if (entry.kind === 'process' || entry.kind === 'extension') return { kind: entry.kind, value: entry.text.trim(), platform };
  if (scanner === 'clamav') {
    // The literal forms of a folder: ^/a/b(/|$), ^/a/b/, ^/a/b$.
    const m = CLAMAV_LITERAL.exec(entry.text);
    return m ? { kind: 'directory', value: m[1]!, platform } : null;
  }
  if (scanner === 'defender') {
    let path = (splitContextual(entry.text)?.path ?? entry.text).trim();
    // Most paths end with a name: the expression runs only on those ending with a separator or `*`.
    const end = path.charCodeAt(path.length - 1);
    if (end === 92 || end === 47 || end === 42) path = path.replace(TRAILING_SEPARATORS, '');
    if (path === '' || DRIVE_ONLY.test(path)) return { kind: 'directory', value: `${path}\\`, platform };
    const last = path.slice(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1);
    return { kind: hasWildcard(last) ? 'glob' : 'directory', value: path, platform };
  }
  const text = entry.text.trim();
  if (text.endsWith('/*')) return { kind: 'directory', value: text.slice(0, -2) || '/', platform };
  const last =
    text
      .split('/')
      .filter((s) => s !== '')
      .pop() ?? '';
  return { kind: entry.isDirectory ? 'directory' : hasWildcard(last) ? 'glob' : 'file', value: text, platform };
}

/** An entry's answer with its position (the note only when there is one). */
function foundOf(position: number, entry: CurrentEntry, answer: CoverAnswer): Found {
  const found: Found = { position, entry, how: answer.how };
  if (answer.note) found.note = answer.note;
  return found;
}

/** Whether an answer covers all of an item. */
const whole = (how: CoverageHow | 'cannot-evaluate'): boolean => how !== 'partial' && how !== 'cannot-evaluate';

/**
 * A 32-bit hash of a text's first `end` characters (each step `h * 31 + code`): the same for a key and for the start of
 * a longer key, so a key's ancestors can be looked up as it is read.
 */
function hashOf(text: string, end: number): number {
  let h = 0;
  for (let i = 0; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

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

/** How an entry is filed: not at all (only a scan can tell: 0), or by one of these keys. */
const LIT_NONE = 0;
/** A folder or file, by its key (`P`). */
const LIT_PATH = 1;
/** An extension (`X`). */
const LIT_EXTENSION = 2;
/** An image name (`I`). */
const LIT_IMAGE = 3;
/** A process by full path (`R`), and its image (`N`). */
const LIT_PROCESS = 4;
type Lit = typeof LIT_NONE | typeof LIT_PATH | typeof LIT_EXTENSION | typeof LIT_IMAGE | typeof LIT_PROCESS;
/** The table each literal form is filed in, by form. */
const LIT_TABLES: readonly (Tag | undefined)[] = [undefined, 'P', 'X', 'I', 'R'];

/** `C:\foo\*` and `/opt/*` name their folder: the text without its final `\*` (or `/*`). */
function withoutFolderStar(text: string): string {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 42) return text;
  const before = text.charCodeAt(n - 2);
  return before === 92 || before === 47 ? text.slice(0, -2) : text;
}

/** An extension as Defender compares it: without a leading `.` or `*.`, case-folded. */
function defenderExtension(text: string): string {
  const start = text.startsWith('*.') ? 2 : text.startsWith('.') ? 1 : 0;
  return (start ? text.slice(start) : text).toLowerCase();
}

/** What {@link literalOf} found: the key (a path's key, an extension, an image name) and a process path's image. */
interface LiteralOut {
  key: string;
  image: string;
}

/** How an entry can be found exactly (its keys written to `out`), or `None` when only a scan can tell (wildcards,
 * unanchored patterns, variables Defender expands differently). */
function literalOf(entry: CurrentEntry, scanner: AuditScanner, keys: Keys, out: LiteralOut): Lit {
  if (scanner === 'clamav') {
    const m = CLAMAV_LITERAL.exec(entry.text);
    if (!m || m[1]!.length >= 400) return LIT_NONE;
    out.key = m[1]!;
    return LIT_PATH;
  }
  // Defender trims an entry; Defender for Endpoint reads it as written.
  const text = scanner === 'defender' ? entry.text.trim() : entry.text;
  if (entry.kind === 'extension') {
    const ext = scanner === 'defender' ? defenderExtension(text) : text.startsWith('.') ? text.slice(1) : text;
    if (ext === '' || hasWildcard(ext) || ext.includes('\\') || ext.includes('/')) return LIT_NONE;
    out.key = ext;
    return LIT_EXTENSION;
  }
  if (entry.kind === 'process') {
    if (hasWildcard(text)) return LIT_NONE;
    if (isBareImage(text)) {
      const image = imageName(text);
      out.key = scanner === 'defender' ? image.toLowerCase() : image;
      return LIT_IMAGE;
    }
    const key = keys.key(text);
    if (key === undefined) return LIT_NONE;
    // The image is the key's last segment: a trailing separator is not part of the path.
    out.key = key;
    out.image = imageName(key);
    return LIT_PROCESS;
  }
  const folder = withoutFolderStar(text);
  if (hasWildcard(folder)) return LIT_NONE;
  if (scanner === 'defender') {
    if (splitContextual(text)) return LIT_NONE;
    const key = keys.key(folder || text);
    if (key === undefined) return LIT_NONE;
    out.key = key;
    return LIT_PATH;
  }
  if (!text.startsWith('/') || text.endsWith('*')) return LIT_NONE;
  const key = keys.key(text);
  if (key === undefined) return LIT_NONE;
  out.key = key;
  return LIT_PATH;
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
  if (isBareImage(text)) return null;
  if (scanner === 'defender' && splitContextual(text)) return null;
  const key = keys.key(text);
  if (key === undefined) return null;
  const all = keys.prefixes(key);
  const wild = all.findIndex((k) => hasWildcard(k));
  if (wild <= 0) return null;
  return { key: all[wild - 1]!, above: all.slice(0, wild - 1) };
}

/**
 * Positions filed under 32-bit hashes (a key's {@link hashOf}), each hash's positions in the order they were filed
 * (ascending): an open-addressing table in typed arrays, made once at its full size, so that filing allocates nothing.
 * A hash may name positions of several keys: the caller compares keys. Each position is filed at most once.
 */
class HashedPositions {
  #mask = 15;
  /** How many hashes the table holds (at most half its slots: it doubles before). */
  #hashCount = 0;
  /** Three numbers per slot: its hash, and its first and last positions plus one (0: an empty slot). */
  #slots = new Int32Array(16 * 3);
  /** Per position: the next position filed under the same hash, plus one (0: none). */
  readonly #next: Int32Array;

  /**
   * @param positions - how many positions there are
   * @param hashes - how many hashes it will hold, when known (the table starts at that size instead of doubling)
   */
  constructor(positions: number, hashes = 0) {
    this.#next = new Int32Array(positions);
    if (hashes > 8) this.#grow(hashes);
  }

  /** Makes room for at least `hashes` hashes, moving each slot to its place in the larger table. */
  #grow(hashes: number): void {
    let size = this.#mask + 1;
    while (size < hashes * 2) size *= 2;
    const old = this.#slots;
    this.#slots = new Int32Array(size * 3);
    this.#mask = size - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 1] === 0) continue;
      const to = this.#slot(old[at]!);
      this.#slots[to] = old[at]!;
      this.#slots[to + 1] = old[at + 1]!;
      this.#slots[to + 2] = old[at + 2]!;
    }
  }

  /** The index in `#slots` of a hash's slot, or of the empty slot where it would go. */
  #slot(h: number): number {
    const slots = this.#slots;
    let slot = (h ^ (h >>> 15)) & this.#mask;
    while (slots[slot * 3 + 1] !== 0 && slots[slot * 3] !== h) slot = (slot + 1) & this.#mask;
    return slot * 3;
  }

  /** Files a position (greater than those filed before it) under a hash. */
  add(h: number, position: number): void {
    let at = this.#slot(h);
    if (this.#slots[at + 1] === 0) {
      if (++this.#hashCount * 2 > this.#mask + 1) {
        this.#grow(this.#hashCount);
        at = this.#slot(h);
      }
      this.#slots[at] = h;
      this.#slots[at + 1] = position + 1;
    } else this.#next[this.#slots[at + 2]! - 1] = position + 1;
    this.#slots[at + 2] = position + 1;
  }

  /** The first position filed under a hash, or -1. */
  first(h: number): number {
    return this.#slots[this.#slot(h) + 1]! - 1;
  }

  /** The position filed after this one under the same hash, or -1. */
  next(position: number): number {
    return this.#next[position]! - 1;
  }
}

/** Files a position under a key in a table whose keys name one position or several. */
function fileOne<K>(table: Map<K, number | number[]>, key: K, i: number): void {
  const found = table.get(key);
  if (found === undefined) table.set(key, i);
  else if (typeof found === 'number') table.set(key, [found, i]);
  else found.push(i);
}

function file<K>(table: Map<K, number[]>, key: K, i: number): void {
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
  return new KeyLookup(index);
}

/** The lookup's tables and the state of the lookup in progress (one at a time: a lookup calls no other). */
class KeyLookup implements Lookup {
  private readonly index: CoverageIndex;
  private readonly scanner: AuditScanner;
  private readonly platform: Platform;
  private readonly keys: Keys;
  private readonly sep: string;
  private readonly sepCode: number;
  private readonly rootLength: number;
  /** A key names one entry (a position) or several (their positions): most keys name one. */
  private readonly tables: Record<Exclude<Tag, 'P'>, Map<string, number | number[]>> = {
    R: new Map(),
    N: new Map(),
    I: new Map(),
    X: new Map(),
    W: new Map(),
    Q: new Map(),
    V: new Map(),
  };
  /** Literal folders and files (`P`) by the hash of their key ({@link hashOf}), so that a key's ancestors are found
   * by hashing its start once, without cutting it into strings; a hash may name entries of other keys, which are
   * skipped. */
  private readonly paths: HashedPositions;
  private readonly pathHashes: Int32Array;
  /** Entries found by scanning buckets: with partial answers asked for a process or an extension (`scanned`, every
   * entry without a literal form), otherwise (`unprefixed`, those without a literal folder before their wildcards). */
  private readonly scanned: Scan;
  private readonly unprefixed: Scan;
  /** Each entry's literal form (`LIT_NONE` when it has none) and key, computed once. */
  private readonly literals: Uint8Array;
  private readonly literalKeys: string[];
  private readonly images: string[];
  /** Which lists hold an evaluable entry without a literal form or a folder before its wildcards, which may cover
   * something wholly (a contextual entry never does): only a scan finds those. */
  private readonly loose = { path: false, process: false, extension: false };

  /** Literal folders and files by the hash of their root, of their first folder and of their second folder: what lies
   * below a folder is found in one of these buckets, by the key's start. */
  private readonly belowLevels: HashedPositions[];
  private readonly belowCache = new Map<string, number[]>();
  /** The folders before wildcards (`W`), each once, and their numbers in that list by their hash: filed when first
   * needed. */
  private wildFolders: { list: string[]; byHash: HashedPositions } | undefined;

  /** Which positions a lookup has tested already: a stamp per position, new for each lookup. */
  private readonly stamps: Uint32Array;
  private stamp = 0;
  /** The lookup in progress. */
  private item: MatchItem;
  private partial = true;
  private skip = -1;
  private out: Found[] = [];

  /** What the folders strictly above a literal path entry hold: the first literal entry there (`candidateAbove`, or
   * -1), and those where entries with wildcards are filed (`wildAbove`). */
  private candidateAbove = -1;
  private readonly wildAbove: string[] = [];
  /** How many of `wildAbove` belong to the entry read last (the array is reused, not emptied: emptying frees it). */
  private wildCount = 0;
  /** Set by {@link literalCandidate}: the table of entries with wildcards filed at the entry's key or above it, which
   * may cover it too (`W` paths, `Q` processes), or null when there are none. */
  private near: Tag | null = null;
  /** Entries without a key table, remembered by text as {@link sameAs} meets them. */
  private readonly texts: Record<CurrentEntry['kind'], Map<string, number>> = { path: new Map(), process: new Map(), extension: new Map() };
  /** Each entry read as an item when first needed (its own lookup, or another's check that they cover each other). */
  private readonly selves: (MatchItem | null | undefined)[];

  constructor(index: CoverageIndex) {
    const { scanner, platform } = index;
    this.index = index;
    this.scanner = scanner;
    this.platform = platform;
    const keys = new Keys(scanner, platform);
    this.keys = keys;
    this.sep = platform === 'windows' ? '\\' : '/';
    this.sepCode = this.sep.charCodeAt(0);
    this.rootLength = platform === 'windows' ? 3 : 1;
    this.item = { kind: 'directory', value: '', platform };
    const count = index.entries.length;
    this.pathHashes = new Int32Array(count);
    this.literals = new Uint8Array(count);
    this.literalKeys = new Array(count);
    this.stamps = new Uint32Array(count);
    this.images = new Array(count);
    this.selves = new Array(count);
    this.scanned = new Scan(scanner);
    this.unprefixed = new Scan(scanner);
    const { tables, literals, literalKeys, images, loose } = this;
    const out1: LiteralOut = { key: '', image: '' };
    let pathCount = 0;
    for (let i = 0; i < count; i++) {
      const entry = index.entries[i]!;
      // A Defender entry with a literal form is a drive path, extension or image name without wildcards: always
      // evaluable, so it is filed without compiling it.
      const literal = scanner === 'defender' || index.matcher(i).evaluable ? literalOf(entry, scanner, keys, out1) : LIT_NONE;
      if (literal !== LIT_NONE) {
        literals[i] = literal;
        const key = out1.key;
        literalKeys[i] = key;
        if (literal === LIT_PATH) pathCount++;
        else if (literal === LIT_EXTENSION) fileOne(tables.X, key, i);
        else if (literal === LIT_IMAGE) fileOne(tables.I, key, i);
        else {
          fileOne(tables.R, key, i);
          fileOne(tables.N, out1.image, i);
          images[i] = out1.image;
        }
        continue;
      }
      const matcher = index.matcher(i);
      this.scanned.add(matcher, i);
      const prefix = matcher.evaluable ? prefixOf(entry, scanner, keys) : null;
      if (prefix) {
        fileOne(entry.kind === 'process' ? tables.Q : tables.W, prefix.key, i);
        if (entry.kind !== 'process') for (const above of prefix.above) fileOne(tables.V, above, i);
      } else {
        this.unprefixed.add(matcher, i);
        if (matcher.evaluable && !(scanner === 'defender' && entry.kind === 'path' && splitContextual(entry.text)))
          loose[entry.kind] = true;
      }
    }
    this.paths = new HashedPositions(count, pathCount);
    // Few paths share a key, many share a root or first folder: the buckets' tables grow as they fill.
    this.belowLevels = [0, 1, 2].map(() => new HashedPositions(count));
    for (let i = 0; i < count; i++) if (literals[i] === LIT_PATH) this.filePath(i);
  }

  /** Files a literal path by the hash of its key, and by those of its root, its first folder and its second folder
   * (those it has below the root), computed in one pass over the key. */
  private filePath(i: number): void {
    const { rootLength, sepCode, belowLevels } = this;
    const key = this.literalKeys[i]!;
    const n = key.length;
    let h = 0;
    let level = n > rootLength ? 0 : belowLevels.length;
    for (let c = 0; c < n; c++) {
      const code = key.charCodeAt(c);
      if (code === sepCode && c > rootLength && level < belowLevels.length) belowLevels[level++]!.add(h, i);
      h = (Math.imul(h, 31) + code) | 0;
      if (c === rootLength - 1 && level < belowLevels.length) belowLevels[level++]!.add(h, i);
    }
    this.pathHashes[i] = h;
    this.paths.add(h, i);
  }

  private fold(t: string): string {
    return this.scanner === 'defender' ? t.toLowerCase() : t;
  }

  /** The literal folders and files strictly below a folder key: found in the bucket of the key's root, first or
   * second folder (the deepest it names), by the key's start. */
  private below(key: string): number[] {
    let found = this.belowCache.get(key);
    if (found === undefined) {
      const { rootLength, sep, literalKeys } = this;
      // The bucket: the key's root, or its first or second folder.
      let level = 0;
      let end = key.length;
      if (key.length > rootLength) {
        level = 1;
        const first = key.indexOf(sep, rootLength);
        if (first >= 0) {
          level = 2;
          const second = key.indexOf(sep, first + 1);
          if (second >= 0) end = second;
        }
      }
      const table = this.belowLevels[level]!;
      // A root key ends with its separator (`c:\`, `/`); a folder key does not.
      const start = key.length > rootLength ? key + sep : key;
      found = [];
      for (let i = table.first(hashOf(key, end)); i >= 0; i = table.next(i)) {
        const k = literalKeys[i]!;
        if (k.length > start.length && k.startsWith(start)) found.push(i);
      }
      this.belowCache.set(key, found);
    }
    return found;
  }

  private test(i: number): void {
    if (this.stamps[i] === this.stamp || i === this.skip) return;
    this.stamps[i] = this.stamp;
    const answer = this.index.matcher(i).cover(this.item);
    if (answer && (this.partial || answer.how !== 'partial')) this.out.push(foundOf(i, this.index.entries[i]!, answer));
  }

  private probe(tag: Tag, key: string): void {
    if (tag === 'P') {
      const { paths, literalKeys } = this;
      for (let i = paths.first(hashOf(key, key.length)); i >= 0; i = paths.next(i)) if (literalKeys[i] === key) this.test(i);
      return;
    }
    const found = this.tables[tag].get(key);
    if (typeof found === 'number') this.test(found);
    else if (found) for (const i of found) this.test(i);
  }

  private scan(rest: Scan): void {
    if (rest.size) for (const i of rest.candidates(this.item)) this.test(i);
  }

  /** The general path: every bucket of the item's keys, each entry tested (what coverage() does), partial answers
   * kept whatever was asked, the skipped one left out. */
  private allAnswers(): Found[] {
    this.partial = true;
    for (const i of candidates(this.index, this.item)) this.test(i);
    return sorted(this.out);
  }

  find(asked: MatchItem, wantPartial = true, skipped = -1): Found[] {
    this.item = asked;
    this.partial = wantPartial;
    this.skip = skipped;
    this.out = [];
    if (asked.platform !== this.platform) return this.out;
    this.stamp++;
    const { scanner, keys } = this;
    // Partial answers are kept by `test` only when asked for; the general path keeps every answer.
    const value = asked.value;
    if (asked.kind === 'extension') {
      if (scanner === 'clamav') return this.allAnswers();
      this.scan(wantPartial ? this.scanned : this.unprefixed);
      this.probe('X', scanner === 'defender' ? defenderExtension(value) : value.startsWith('.') ? value.slice(1) : value);
      return sorted(this.out);
    }
    if (asked.kind === 'process') {
      if (scanner === 'clamav') return this.out;
      this.scan(wantPartial ? this.scanned : this.unprefixed);
      const { image, bare } = imageOf(value);
      if (bare) {
        this.probe('I', this.fold(image));
        this.probe('N', this.fold(image));
        return sorted(this.out);
      }
      const key = keys.key(value);
      // A process item with wildcards is met by entries no key names: the general path answers it.
      if (key === undefined || hasWildcard(key)) return this.allAnswers();
      this.probe('R', key);
      this.probe('I', this.fold(imageName(key)));
      if (!wantPartial) for (const k of keys.prefixes(key)) if (!hasWildcard(k)) this.probe('Q', k);
      return sorted(this.out);
    }
    const key = keys.key(value);
    if (key === undefined) return this.allAnswers();
    const prefixes = keys.prefixes(key);
    let wild = 0;
    while (wild < prefixes.length && !hasWildcard(prefixes[wild]!)) wild++;
    // Entries with wildcards are found by the folder before their first wildcard, as far as the item names folders
    // (`W` at or above the item's last literal folder, `V` below it: a literal segment meets only the same literal).
    this.scan(this.unprefixed);
    for (let j = 0; j < wild; j++) this.probe('P', prefixes[j]!);
    if (wantPartial && wild > 0) for (const i of this.below(prefixes[wild - 1]!)) this.test(i);
    for (let j = 0; j < wild; j++) this.probe('W', prefixes[j]!);
    if (wantPartial && wild > 0) this.probe('V', prefixes[wild - 1]!);
    if ((asked.kind === 'file' || asked.kind === 'glob') && scanner !== 'clamav') {
      const name = key.slice(key.lastIndexOf(this.sep) + 1);
      for (const ext of suffixes(name)) this.probe('X', this.fold(ext));
    }
    return sorted(this.out);
  }

  /** The first entry of the key tables under a key (positions are filed in entry order), or -1. */
  private firstAt(tag: Exclude<Tag, 'P'>, key: string): number {
    const found = this.tables[tag].get(key);
    return found === undefined ? -1 : typeof found === 'number' ? found : found[0]!;
  }

  /** The first literal path entry filed under hash `h` (before position `before`) whose key is `key`'s first `length`
   * characters, or -1. */
  private firstPath(h: number, key: string, length: number, before = this.literals.length): number {
    const { paths, literalKeys } = this;
    for (let i = paths.first(h); i >= 0 && i < before; i = paths.next(i)) {
      const k = literalKeys[i]!;
      if (k.length === length && key.startsWith(k)) return i;
    }
    return -1;
  }

  private fileWildFolders(): { list: string[]; byHash: HashedPositions } {
    const list = [...this.tables.W.keys()];
    const byHash = new HashedPositions(list.length, list.length);
    for (let j = 0; j < list.length; j++) byHash.add(hashOf(list[j]!, list[j]!.length), j);
    return { list, byHash };
  }

  /** The folder that is the key's first `length` characters, whose hash is `h`. */
  private visit(key: string, h: number, length: number): void {
    const first = this.firstPath(h, key, length);
    if (first >= 0 && (this.candidateAbove < 0 || first < this.candidateAbove)) this.candidateAbove = first;
    this.wildAt(key, h, length);
  }

  /** Adds to `wildAbove` the folder before wildcards that is the key's first `length` characters (hash `h`), if any. */
  private wildAt(key: string, h: number, length: number): void {
    const { list, byHash } = this.wildFolders!;
    for (let j = byHash.first(h); j >= 0; j = byHash.next(j)) {
      const folder = list[j]!;
      if (folder.length === length && key.startsWith(folder)) this.wildAbove[this.wildCount++] = folder;
    }
  }

  private readAbove(key: string): void {
    this.wildFolders ??= this.fileWildFolders();
    this.candidateAbove = -1;
    this.wildCount = 0;
    const n = key.length;
    const { rootLength, sepCode } = this;
    if (n <= rootLength) return;
    let h = 0;
    for (let i = 0; i < n; i++) {
      const c = key.charCodeAt(i);
      // The folder before this separator (the root ends with its own separator).
      if (c === sepCode && i >= rootLength) this.visit(key, h, i);
      h = (Math.imul(h, 31) + c) | 0;
      if (i === rootLength - 1) this.visit(key, h, rootLength);
    }
  }

  /** The first entry under a key in a table if it comes before a position, else -1. */
  private firstBefore(tag: Exclude<Tag, 'P'>, key: string, pos: number): number {
    const first = this.firstAt(tag, key);
    return first < pos ? first : -1;
  }

  /**
   * For a Defender entry with a literal form, the first entry with a literal form that may cover all of it, from the
   * key tables alone: a position, -1 for none, or undefined when only the general path can tell. Literal entries
   * cover each other only by key: the same key both ways (the earlier one stays), a folder above, an image name over a
   * process path. Sets {@link near}.
   */
  private literalCandidate(pos: number): number | undefined {
    this.near = null;
    const literal = this.literals[pos];
    if (this.scanner !== 'defender' || literal === LIT_NONE) return undefined;
    const key = this.literalKeys[pos]!;
    if (literal === LIT_PATH) {
      const h = this.pathHashes[pos]!;
      this.readAbove(key);
      // Entries with wildcards filed at the key itself: found by the hash the key is filed under.
      this.wildAt(key, h, key.length);
      if (this.wildCount) this.near = 'W';
      return earlier(this.firstPath(h, key, key.length, pos), this.candidateAbove);
    }
    if (literal === LIT_EXTENSION) return this.firstBefore('X', key, pos);
    if (literal === LIT_IMAGE) return this.firstBefore('I', key, pos);
    if (this.tables.Q.size) this.near = 'Q';
    return earlier(this.firstBefore('R', key, pos), this.firstAt('I', this.images[pos]!));
  }

  sameAs(pos: number): number {
    const entry = this.index.entries[pos]!;
    const literal = this.literals[pos]!;
    // A Defender entry's literal form follows from its list and text: entries of the same text share its key.
    if (this.scanner === 'defender' && literal !== LIT_NONE) {
      const table = LIT_TABLES[literal]!;
      if (table === 'P') {
        const { paths } = this;
        for (let i = paths.first(this.pathHashes[pos]!); i >= 0 && i < pos; i = paths.next(i))
          if (this.index.entries[i]!.text === entry.text) return i;
        return -1;
      }
      const found = this.tables[table].get(this.literalKeys[pos]!);
      if (typeof found !== 'object') return -1;
      for (const i of found) {
        if (i >= pos) break;
        if (this.index.entries[i]!.text === entry.text) return i;
      }
      return -1;
    }
    const seen = this.texts[entry.kind];
    const first = seen.get(entry.text);
    if (first !== undefined) return first;
    seen.set(entry.text, pos);
    return -1;
  }

  nameKey(position: number): string | undefined {
    const literal = this.literals[position];
    return literal === LIT_IMAGE || literal === LIT_EXTENSION ? this.literalKeys[position] : undefined;
  }

  literalPathKey(position: number): string | undefined {
    return this.literals[position] === LIT_PATH ? this.literalKeys[position] : undefined;
  }

  evaluable(position: number): boolean {
    return this.literals[position] !== LIT_NONE || this.index.matcher(position).evaluable;
  }

  private selfOf(pos: number): MatchItem | null {
    let self = this.selves[pos];
    if (self === undefined) {
      self = this.evaluable(pos) ? entryAsItem(this.index.entries[pos]!, this.scanner, this.platform) : null;
      this.selves[pos] = self;
    }
    return self;
  }

  /** Whether an answer of the entry at `c` for the entry at `pos` makes `pos` covered: `c` covers all of it, and the
   * two do not cover each other with `pos` the earlier one. */
  private coversAll(c: Found, pos: number): boolean {
    if (!whole(c.how)) return false;
    const other = this.selfOf(c.position);
    const back = other ? this.index.matcher(pos).cover(other) : null;
    return !(back && whole(back.how) && pos < c.position);
  }

  private answerOf(position: number, self: MatchItem): Found | null {
    const answer = this.index.matcher(position).cover(self);
    return answer ? foundOf(position, this.index.entries[position]!, answer) : null;
  }

  coveredBy(pos: number): Found | null {
    const candidate = this.literalCandidate(pos);
    const kind = this.index.entries[pos]!.kind;
    const wild = this.near;
    const loose = this.loose[kind];
    if (candidate === -1 && !loose && !wild) return null;
    const self = this.selfOf(pos);
    if (!self) return null;
    if (candidate === undefined) return this.coveredByAny(pos, self);
    let best: Found | null = null;
    if (candidate >= 0) {
      best = this.answerOf(candidate, self);
      // The key tables and the matcher disagree: the general path decides.
      if (!best || !this.coversAll(best, pos)) return this.coveredByAny(pos, self);
    }
    if (loose || wild) {
      // Entries without a key (those of the buckets the entry's keys name) and entries with wildcards filed at its
      // key or above it.
      this.item = self;
      this.partial = false;
      this.skip = pos;
      this.out = [];
      this.stamp++;
      if (loose) this.scan(this.unprefixed);
      if (wild === 'W') for (let j = 0; j < this.wildCount; j++) this.probe('W', this.wildAbove[j]!);
      else if (wild) for (const k of this.keys.prefixes(this.literalKeys[pos]!)) this.probe(wild, k);
      for (const c of sorted(this.out)) {
        if (best && c.position > best.position) break;
        if (this.coversAll(c, pos)) return c;
      }
    }
    return best;
  }

  /** The general path: every entry that covers all of it, in entry order. */
  private coveredByAny(pos: number, self: MatchItem): Found | null {
    for (const c of this.find(self, false, pos)) if (this.coversAll(c, pos)) return c;
    return null;
  }
}

/** Of two candidates, the earlier one (-1: none). */
function earlier(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** The entries a scan tests, filed under their matchers' index keys, by their positions in the whole index. */
class Scan {
  readonly #scanner: AuditScanner;
  readonly #byKey = new Map<string, number[]>();
  /** How many entries are filed. */
  size = 0;

  constructor(scanner: AuditScanner) {
    this.#scanner = scanner;
  }

  add(matcher: CompiledEntry, position: number): void {
    for (const key of matcher.keys) file(this.#byKey, key, position);
    this.size++;
  }

  /** The positions (in the whole index) of the entries under an item's keys. */
  candidates(item: MatchItem): number[] {
    return filedUnder(this.#byKey, this.#scanner, item);
  }
}

function sorted(out: Found[]): Found[] {
  return out.length > 1 ? out.sort((a, b) => a.position - b.position) : out;
}

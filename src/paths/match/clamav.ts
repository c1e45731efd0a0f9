/**
 * How ClamAV matches `ExcludePath` (clamd.conf, read by clamd and clamdscan): each pattern is a POSIX extended regular
 * expression, compiled by ClamAV's own regex library (Henry Spencer's, `REG_EXTENDED | REG_NOSUB`, case-sensitive on
 * Unix) and searched anywhere in the path (unanchored). When the pattern's last character is `/`, ClamAV appends a
 * `/` to the path before matching (to any path it tests, file or folder). The path is cut to 510 bytes (with that
 * `/`) or 512 bytes (without) first. A folder that matches is not descended into, so everything below it is excluded.
 *
 * Sources: Cisco-Talos/clamav @ 67a02aa, `common/misc.c` (`match_regex`), `clamd/scanner.c` (`scan_pathchk`),
 * `common/clamdcom.c` (`chkpath`), `libclamav/regex/regcomp.c` and `cclass.h` (the ERE grammar and the character
 * classes, fixed ASCII tables that no locale changes).
 *
 * The pattern is translated into a JavaScript regular expression over the path's UTF-8 bytes (one character per byte),
 * so `.` and bracket expressions match bytes as ClamAV's do. Syntax whose meaning we cannot reproduce exactly — word
 * boundaries, equivalence classes, collating elements, non-ASCII bytes inside brackets, a repeated anchor, a pattern
 * ClamAV's compiler rejects, or a pattern too costly to evaluate by backtracking — makes the entry `cannot-evaluate`.
 *
 * @module
 */
import type { CompiledEntry, CoverAnswer, MatchItem } from './types.js';
import { entryKeys, itemKeys } from './wildcard.js';

/** ClamAV's character classes (`libclamav/regex/cclass.h`): fixed ASCII lists. */
const CLASSES: Readonly<Record<string, string>> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  blank: ' \t',
  cntrl: '\x07\b\t\n\v\f\r\x01\x02\x03\x04\x05\x06\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f',
  digit: '0123456789',
  graph: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  print: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ ',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  space: '\t\n\v\f\r ',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  xdigit: '0123456789ABCDEFabcdef',
};

/** ClamAV's largest repetition count (`DUPMAX`). */
const DUPMAX = 255;

/** The most repetitions with an upper bound above one that a pattern may have and still be evaluated. */
export const CLAMAV_MAX_REPEATS = 4;

const encoder = new TextEncoder();

/**
 * A text as its UTF-8 bytes, one character (U+0000–U+00FF) per byte: the form ClamAV's regex library sees.
 *
 * @param text - any text
 * @returns the byte string
 * @example
 * ```ts
 * utf8ByteString('ü'); // '\u00c3\u00bc'
 * ```
 */
export function utf8ByteString(text: string): string {
  let out = '';
  for (const byte of encoder.encode(text)) out += String.fromCharCode(byte);
  return out;
}

/** Why a pattern cannot be evaluated: ClamAV rejects it, or we cannot reproduce its meaning exactly. */
class Untranslatable extends Error {}

/** A top-level piece of a translated pattern, kept to recognise literal forms and the index key. */
type Piece =
  | { t: 'lit'; byte: string }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'slash-or-end' }
  | { t: 'not-slash'; star: boolean }
  | { t: 'other' };

/** A translated ClamAV pattern. */
export interface ClamavRegex {
  /** The JavaScript regular expression, over UTF-8 byte strings. */
  regex: RegExp;
  /** Whether the pattern ends with `/` (ClamAV then appends `/` to the path). */
  appendsSlash: boolean;
  /** The top-level pieces when the pattern has one branch; null otherwise. */
  pieces: Piece[] | null;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const hex = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** A recursive-descent reader of ClamAV's ERE grammar (`p_ere`, `p_ere_exp`, `p_bracket` in regcomp.c). */
class EreReader {
  private pos = 0;
  heavy = 0;
  constructor(private readonly b: string) {}

  more(): boolean {
    return this.pos < this.b.length;
  }

  fail(code: string, what: string): never {
    throw new Untranslatable(`ClamAV's regex compiler rejects it (${code}: ${what}), so it excludes nothing`);
  }

  /** `p_ere`: branches separated by `|` until `stop`; each branch non-empty. */
  ere(stop: string | null, pieces: Piece[] | null): { src: string; nested: boolean; branches: number } {
    const branches: string[] = [];
    let nested = false;
    for (;;) {
      let src = '';
      let count = 0;
      while (this.more() && this.b[this.pos] !== '|' && this.b[this.pos] !== stop) {
        const exp = this.exp(pieces);
        src += exp.src;
        nested ||= exp.quantified;
        count++;
      }
      if (count === 0) this.fail('REG_EMPTY', 'an empty alternative');
      branches.push(src);
      if (this.b[this.pos] !== '|') break;
      this.pos++;
    }
    return { src: branches.join('|'), nested: nested || branches.length > 1, branches: branches.length };
  }

  /** `p_ere_exp`: one atom and its repetition; `quantified` when it repeats or holds a repetition or alternation. */
  exp(pieces: Piece[] | null): { src: string; quantified: boolean } {
    const c = this.b[this.pos++]!;
    let atom: string;
    let piece: Piece = { t: 'other' };
    let anchor = false;
    let caret = false;
    let inner = false;
    switch (c) {
      case '(': {
        if (!this.more()) this.fail('REG_EPAREN', 'an unclosed parenthesis');
        const body = this.b[this.pos] === ')' ? { src: '', nested: false, branches: 1 } : this.ere(')', null);
        if (this.b[this.pos] !== ')') this.fail('REG_EPAREN', 'an unclosed parenthesis');
        this.pos++;
        atom = `(?:${body.src})`;
        inner = body.nested;
        if (body.src === '\\x2f|$') piece = { t: 'slash-or-end' };
        break;
      }
      case '^':
        atom = '^';
        piece = { t: 'bol' };
        anchor = caret = true;
        break;
      case '$':
        atom = '$';
        piece = { t: 'eol' };
        anchor = true;
        break;
      case '*':
      case '+':
      case '?':
        this.fail('REG_BADRPT', `"${c}" with nothing to repeat`);
        break;
      case '.':
        atom = '[\\s\\S]';
        break;
      case '[':
        atom = this.bracket();
        if (atom === '[^\\x2f]') piece = { t: 'not-slash', star: false };
        break;
      case '\\': {
        if (!this.more()) this.fail('REG_EESCAPE', 'a trailing backslash');
        const d = this.b[this.pos++]!;
        if (d === '<' || d === '>') throw new Untranslatable(`the word boundary \\${d}`);
        atom = hex(d);
        piece = { t: 'lit', byte: d };
        break;
      }
      case '{':
        if (this.more() && isDigit(this.b[this.pos])) this.fail('REG_BADRPT', 'a repetition with nothing to repeat');
        atom = hex(c);
        piece = { t: 'lit', byte: c };
        break;
      default:
        atom = hex(c);
        piece = { t: 'lit', byte: c };
    }
    const next = this.b[this.pos];
    const repeats = (ch: string | undefined, at: number) =>
      ch === '*' || ch === '+' || ch === '?' || (ch === '{' && isDigit(this.b[at + 1]));
    if (!repeats(next, this.pos)) {
      pieces?.push(piece);
      return { src: atom, quantified: inner };
    }
    this.pos++;
    if (caret) this.fail('REG_BADRPT', 'a repeated ^');
    if (anchor) throw new Untranslatable('a repeated $');
    let quantifier: string;
    let upper: number;
    if (next === '{') {
      const low = this.count();
      let high = low;
      if (this.b[this.pos] === ',') {
        this.pos++;
        if (isDigit(this.b[this.pos])) {
          high = this.count();
          if (low > high) this.fail('REG_BADBR', 'a repetition whose minimum exceeds its maximum');
        } else high = Number.POSITIVE_INFINITY;
      }
      if (this.b[this.pos] !== '}') this.fail('REG_BADBR', 'an unclosed repetition count');
      this.pos++;
      quantifier = high === low ? `{${low}}` : high === Number.POSITIVE_INFINITY ? `{${low},}` : `{${low},${high}}`;
      upper = high;
    } else {
      quantifier = next!;
      upper = next === '?' ? 1 : Number.POSITIVE_INFINITY;
    }
    if (repeats(this.b[this.pos], this.pos)) this.fail('REG_BADRPT', 'two repetitions in a row');
    if (upper > 1) {
      if (inner) throw new Untranslatable('a repeated group that itself repeats or alternates (too costly to evaluate exactly)');
      if (++this.heavy > CLAMAV_MAX_REPEATS)
        throw new Untranslatable(`more than ${CLAMAV_MAX_REPEATS} repetitions (too costly to evaluate exactly)`);
    }
    pieces?.push(piece.t === 'not-slash' && quantifier === '*' ? { t: 'not-slash', star: true } : { t: 'other' });
    return { src: `${atom}${quantifier}`, quantified: true };
  }

  /** `p_count`: a repetition count, at most {@link DUPMAX}. */
  count(): number {
    let n = 0;
    let digits = 0;
    while (this.more() && isDigit(this.b[this.pos]) && n <= DUPMAX) {
      n = n * 10 + Number(this.b[this.pos++]);
      digits++;
    }
    if (digits === 0 || n > DUPMAX) this.fail('REG_BADBR', 'a repetition count above 255');
    return n;
  }

  /** `p_bracket`: a bracket expression, after its `[`. */
  bracket(): string {
    if (this.b.startsWith('[:<:]]', this.pos) || this.b.startsWith('[:>:]]', this.pos)) throw new Untranslatable('a word boundary [[:<:]]');
    const set = new Set<number>();
    const add = (ch: string) => {
      if (ch.charCodeAt(0) > 0x7f) throw new Untranslatable('a non-ASCII byte inside a bracket expression');
      set.add(ch.charCodeAt(0));
    };
    let invert = false;
    if (this.b[this.pos] === '^') {
      invert = true;
      this.pos++;
    }
    if (this.b[this.pos] === ']' || this.b[this.pos] === '-') add(this.b[this.pos++]!);
    while (this.more() && this.b[this.pos] !== ']' && !(this.b[this.pos] === '-' && this.b[this.pos + 1] === ']')) this.term(add);
    if (this.b[this.pos] === '-') add(this.b[this.pos++]!);
    if (this.b[this.pos] !== ']') this.fail('REG_EBRACK', 'an unclosed bracket expression');
    this.pos++;
    const codes = [...set].sort((a, b) => a - b);
    let body = '';
    for (let i = 0; i < codes.length; ) {
      let j = i;
      while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
      const from = hex(String.fromCharCode(codes[i]!));
      body += j > i ? `${from}-${hex(String.fromCharCode(codes[j]!))}` : from;
      i = j + 1;
    }
    return `[${invert ? '^' : ''}${body}]`;
  }

  /** `p_b_term`: one term of a bracket expression. */
  term(add: (ch: string) => void): void {
    const c = this.b[this.pos];
    if (c === '[' && (this.b[this.pos + 1] === ':' || this.b[this.pos + 1] === '=')) {
      if (this.b[this.pos + 1] === '=') throw new Untranslatable('an equivalence class [= =]');
      this.pos += 2;
      if (!this.more()) this.fail('REG_EBRACK', 'an unclosed bracket expression');
      if (this.b[this.pos] === '-' || this.b[this.pos] === ']') this.fail('REG_ECTYPE', 'an empty character class');
      const start = this.pos;
      while (this.more() && /[A-Za-z]/.test(this.b[this.pos]!)) this.pos++;
      const name = this.b.slice(start, this.pos);
      const chars = CLASSES[name];
      if (chars === undefined) this.fail('REG_ECTYPE', `the unknown character class [:${name}:]`);
      if (!this.more()) this.fail('REG_EBRACK', 'an unclosed bracket expression');
      if (!this.b.startsWith(':]', this.pos)) this.fail('REG_ECTYPE', 'a character class not closed by :]');
      this.pos += 2;
      for (const ch of chars) add(ch);
      return;
    }
    if (c === '-') this.fail('REG_ERANGE', 'a range that starts with -');
    const start = this.symbol();
    let finish = start;
    if (this.b[this.pos] === '-' && this.pos + 1 < this.b.length && this.b[this.pos + 1] !== ']') {
      this.pos++;
      if (this.b[this.pos] === '-') finish = this.b[this.pos++]!;
      else finish = this.symbol();
    }
    if (start.charCodeAt(0) > 0x7f || finish.charCodeAt(0) > 0x7f) throw new Untranslatable('a non-ASCII byte inside a bracket expression');
    if (start > finish) this.fail('REG_ERANGE', `the backwards range ${start}-${finish}`);
    for (let i = start.charCodeAt(0); i <= finish.charCodeAt(0); i++) add(String.fromCharCode(i));
  }

  /** `p_b_symbol`: one character, or a collating element (not supported). */
  symbol(): string {
    if (!this.more()) this.fail('REG_EBRACK', 'an unclosed bracket expression');
    if (this.b[this.pos] === '[' && this.b[this.pos + 1] === '.') throw new Untranslatable('a collating element [. .]');
    return this.b[this.pos++]!;
  }
}

/**
 * Translates a ClamAV `ExcludePath` pattern into a JavaScript regular expression over UTF-8 byte strings, or says why
 * it cannot: the ERE grammar of ClamAV's regex library is followed exactly (an unmatched `)` is literal, `{` is
 * literal unless a digit follows, `\x` is the literal `x`, a backslash inside brackets is literal, `[:class:]` uses
 * ClamAV's ASCII tables, `.` matches any byte, `^` and `$` anchor at the path's ends only).
 *
 * @param pattern - the pattern as ClamAV reads it from clamd.conf
 * @returns the translation, or the reason it cannot be evaluated
 * @example
 * ```ts
 * translateClamavPattern('^/opt/kerio/mailserver(/|$)'); // { regex: /^\x2f\x6f…(?:\x2f|$)/, appendsSlash: false, pieces: […] }
 * translateClamavPattern('\\<tmp'); // { reason: 'the word boundary \\<' }
 * ```
 */
export function translateClamavPattern(pattern: string): ClamavRegex | { reason: string } {
  const bytes = utf8ByteString(pattern);
  const reader = new EreReader(bytes);
  const pieces: Piece[] = [];
  try {
    if (bytes === '') reader.fail('REG_EMPTY', 'an empty pattern');
    const top = reader.ere(null, pieces);
    return { regex: new RegExp(top.src), appendsSlash: bytes.endsWith('/'), pieces: top.branches === 1 ? pieces : null };
  } catch (error) {
    if (error instanceof Untranslatable) return { reason: error.message };
    throw error;
  }
}

/** The byte string ClamAV tests for a path against a pattern: `/` appended when the pattern ends with `/`, then cut. */
function candidate(path: string, appendsSlash: boolean): string {
  const bytes = utf8ByteString(path);
  return appendsSlash ? `${bytes}/`.slice(0, 510) : bytes.slice(0, 512);
}

/**
 * Whether ClamAV's `ExcludePath` excludes a path by itself (not through a folder above it).
 *
 * @param compiled - a translated pattern
 * @param path - an absolute path
 * @returns whether the pattern matches it
 * @example
 * ```ts
 * const t = translateClamavPattern('^/proc/');
 * if ('regex' in t) clamavPathMatches(t, '/proc'); // true: the appended "/" makes "/proc/"
 * ```
 */
export function clamavPathMatches(compiled: ClamavRegex, path: string): boolean {
  return compiled.regex.test(candidate(path, compiled.appendsSlash));
}

/**
 * Whether ClamAV skips a path when it walks the tree from `/`: the pattern matches the path or a folder above it.
 *
 * @param compiled - a translated pattern
 * @param path - an absolute path
 * @returns whether the path is excluded
 */
export function clamavExcludes(compiled: ClamavRegex, path: string): boolean {
  return clamavPathMatches(compiled, path) || ancestors(path).some((a) => clamavPathMatches(compiled, a));
}

/** The folders above an absolute path, from `/` down (`/a/b/c` → `/`, `/a`, `/a/b`). */
function ancestors(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  const out = ['/'];
  for (let i = 1; i < parts.length; i++) out.push(`/${parts.slice(0, i).join('/')}`);
  return parts.length === 0 ? [] : out;
}

/** Whether the pieces are `^`, the literal bytes of `value`, then one of the tails. */
function literalForm(pieces: Piece[] | null, value: string, tails: string[][]): boolean {
  if (pieces?.[0]?.t !== 'bol') return false;
  const bytes = utf8ByteString(value);
  for (let i = 0; i < bytes.length; i++) {
    const p = pieces[i + 1];
    if (p?.t !== 'lit' || p.byte !== bytes[i]) return false;
  }
  const rest = pieces.slice(bytes.length + 1).map((p) => (p.t === 'lit' && p.byte === '/' ? 'slash' : p.t));
  return tails.some((tail) => tail.length === rest.length && tail.every((t, i) => t === rest[i]));
}

/** Whether the pieces are `^`, then the glob's characters (`*` as `[^/]*`, `?` as `[^/]`, others literal), then `$`. */
function globForm(pieces: Piece[] | null, glob: string): boolean {
  if (pieces?.[0]?.t !== 'bol' || pieces[pieces.length - 1]?.t !== 'eol') return false;
  const body = pieces.slice(1, -1);
  const want = [...utf8ByteString(glob)];
  if (body.length !== want.length) return false;
  return want.every((ch, i) => {
    const p = body[i]!;
    if (ch === '*') return p.t === 'not-slash' && p.star;
    if (ch === '?') return p.t === 'not-slash' && !p.star;
    return p.t === 'lit' && p.byte === ch;
  });
}

/** Names probed below a folder, and stand-ins for the wildcards of a pattern item. */
const CHILD_PROBES = ['x', 'a.b', 'file.txt', 'sub/x', '.hidden', 'A-Z_0 9'];
const STAR_PROBES = ['', 'x', 'a.b', 'Z-9'];

/** The literal path a pattern starts with after `^` (`^/opt/app/logs(/|$)` → `/opt/app/logs`), if any. */
function literalPrefix(pieces: Piece[] | null): string | undefined {
  if (pieces?.[0]?.t !== 'bol') return undefined;
  let bytes = '';
  for (const p of pieces.slice(1)) {
    if (p.t !== 'lit') break;
    bytes += p.byte;
  }
  return bytes === '' ? undefined : new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
}

/** The index key of a pattern: its first folder when it starts `^/name/` (or `^/name(/|$)`, `^/name$`). */
function firstSegment(pieces: Piece[] | null): string | undefined {
  if (pieces?.[0]?.t !== 'bol' || pieces[1]?.t !== 'lit' || pieces[1].byte !== '/') return undefined;
  let name = '';
  for (const p of pieces.slice(2)) {
    if (p.t === 'lit' && p.byte !== '/') name += p.byte;
    else if ((p.t === 'lit' && p.byte === '/') || p.t === 'slash-or-end' || p.t === 'eol') {
      return name === '' ? undefined : new TextDecoder().decode(Uint8Array.from(name, (c) => c.charCodeAt(0)));
    } else return undefined;
  }
  return undefined;
}

/**
 * The index keys an item looks up among ClamAV entries; agrees with {@link compileClamavEntry}.
 *
 * @param item - a recommended Linux or macOS item
 * @returns the keys
 * @example
 * ```ts
 * keysForClamavItem({ kind: 'directory', value: '/opt/app', platform: 'linux' }); // [ 'p:', 'p:/opt' ]
 * ```
 */
export function keysForClamavItem(item: MatchItem): string[] {
  if (item.kind === 'extension') return ['p:', 'p:/…'];
  return itemKeys('p', '', item.value.split('/').filter((s) => s !== '')[0]);
}

/** Options for {@link compileClamavEntry}. */
export interface ClamavEntryOptions {
  /**
   * Read the entry as a literal folder rather than a regular expression: `OnAccessExcludePath` before ClamAV 1.5.0
   * (a folder and everything below). Default false (`ExcludePath`, and `OnAccessExcludePath` from 1.5.0).
   */
  literal?: boolean;
}

function unevaluable(text: string, keys: string[], reason: string): CompiledEntry {
  return { text, evaluable: false, reason, keys, cover: () => ({ how: 'cannot-evaluate', note: reason }) };
}

/**
 * Compiles one ClamAV `ExcludePath` pattern into a matcher (see the module notes for how ClamAV matches).
 * - a folder item: `exact` when the pattern is the folder's literal form (`^D(/|$)`, `^D/`, `^D$`), `wildcard`
 *   when another pattern matches the folder (`^/opt/app` also matches `/opt/app2`), `parent` when it matches a folder
 *   above, `partial` when it matches only some paths probed below the folder;
 * - a file item: `exact` for `^F$`, otherwise as above;
 * - a pattern item (`glob`): `exact` for its literal translation (`*` as `[^/]*`, `?` as `[^/]`), `parent` through a
 *   folder above, `partial` when only some sampled names match, `cannot-evaluate` when every sampled name matches but
 *   the pattern is of another form (that it matches every name cannot be shown);
 * - an extension item: `exact` for `\.ext$`, `wildcard` for a shorter literal suffix (`vhdx$`), then as for patterns;
 * - a process item: never (ClamAV has no process exclusion).
 *
 * @param text - the pattern as ClamAV reads it
 * @param options - `literal` for pre-1.5 `OnAccessExcludePath`
 * @returns the compiled entry
 * @example
 * ```ts
 * const entry = compileClamavEntry('/opt/kerio');
 * entry.cover({ kind: 'directory', value: '/srv/x/opt/kerio', platform: 'linux' }); // { how: 'wildcard' }
 * ```
 */
export function compileClamavEntry(text: string, options: ClamavEntryOptions = {}): CompiledEntry {
  if (options.literal) {
    if (!text.startsWith('/')) return unevaluable(text, ['p:'], 'not an absolute path');
    const dir = text.length > 1 ? text.replace(/\/+$/, '') : text;
    const first = dir.split('/').filter((s) => s !== '')[0];
    return {
      text,
      evaluable: true,
      keys: entryKeys('p', '', first),
      cover(item) {
        if (item.platform === 'windows' || item.kind === 'process' || item.kind === 'extension') return null;
        if (item.value === dir) return { how: 'exact' };
        if (item.value.startsWith(dir === '/' ? '/' : `${dir}/`)) return { how: 'parent' };
        return null;
      },
    };
  }
  const compiled = translateClamavPattern(text);
  if ('reason' in compiled) return unevaluable(text, ['p:'], compiled.reason);
  const keys = entryKeys('p', '', firstSegment(compiled.pieces));
  const matches = (path: string) => clamavPathMatches(compiled, path);
  const sampled = (paths: string[]): CoverAnswer | null => {
    const hits = paths.filter(matches).length;
    if (hits === 0) return null;
    return hits < paths.length
      ? { how: 'partial', note: 'matches some of the sampled paths the item stands for, not all' }
      : { how: 'cannot-evaluate', note: 'matches every sampled path the item stands for, but that it matches all of them cannot be shown' };
  };
  return {
    text,
    evaluable: true,
    keys,
    cover(item) {
      if (item.platform === 'windows' || item.kind === 'process') return null;
      if (item.kind === 'extension') {
        const ext = item.value.startsWith('.') ? item.value : `.${item.value}`;
        const pieces = compiled.pieces;
        if (pieces && pieces[pieces.length - 1]?.t === 'eol' && pieces.slice(0, -1).every((p) => p.t === 'lit')) {
          const suffix = pieces
            .slice(0, -1)
            .map((p) => (p as { byte: string }).byte)
            .join('');
          const bytes = utf8ByteString(ext);
          if (suffix === bytes) return { how: 'exact' };
          if (suffix !== '' && bytes.endsWith(suffix)) return { how: 'wildcard' };
        }
        return sampled(['/', '/x/', '/a b/c.d/', '/srv/deep/er/'].flatMap((d) => STAR_PROBES.map((n) => `${d}${n}${ext}`)));
      }
      const path = item.value.length > 1 ? item.value.replace(/\/+$/, '') : item.value;
      if (!path.startsWith('/')) return null;
      if (ancestors(path).some(matches)) return { how: 'parent' };
      if (item.kind === 'glob') {
        if (globForm(compiled.pieces, path)) return { how: 'exact' };
        const instances = STAR_PROBES.flatMap((s) => ['x', '.'].map((q) => path.replace(/\*/g, s).replace(/\?/g, q)));
        return sampled([...new Set(instances)]);
      }
      if (matches(path)) {
        const folder = item.kind === 'directory' || item.kind === 'volume';
        const tails: string[][] = folder ? [['eol'], ['slash-or-end'], ['slash']] : [['eol']];
        return { how: literalForm(compiled.pieces, path, tails) ? 'exact' : 'wildcard' };
      }
      if (item.kind === 'directory' || item.kind === 'volume') {
        const below = CHILD_PROBES.map((n) => (path === '/' ? `/${n}` : `${path}/${n}`));
        const prefix = literalPrefix(compiled.pieces)?.replace(/\/+$/, '');
        if (prefix?.startsWith(path === '/' ? '/' : `${path}/`)) below.push(prefix);
        return below.some(matches) ? { how: 'partial', note: 'matches some paths below the folder, not the folder itself' } : null;
      }
      return null;
    },
  };
}

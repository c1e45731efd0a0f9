/**
 * An index of a machine's entries, each compiled once by its scanner's matcher and filed under its drive or first
 * folder, answering for a recommended item which entries cover it and how.
 *
 * @module
 */
import { compileClamavEntry, keysForClamavItem } from '../paths/match/clamav.js';
import { compileDefenderEntry, keysForDefenderItem } from '../paths/match/defender.js';
import { compileMdatpEntry, keysForMdatpItem } from '../paths/match/mdatp.js';
import type { CompiledEntry, MatchItem } from '../paths/match/types.js';
import type { Platform } from '../types/pack.js';
import type { AuditScanner, CurrentEntry, EntryCoverage } from './types.js';

/** A machine's entries compiled and indexed for one scanner and platform. */
export interface CoverageIndex {
  /** The scanner. */
  scanner: AuditScanner;
  /** The platform. */
  platform: Platform;
  /** The entries, in input order. */
  entries: readonly CurrentEntry[];
  /**
   * The compiled matcher of the entry at a position, compiled when first asked for.
   *
   * @param position - the entry's position in `entries`
   * @returns its matcher
   */
  matcher(position: number): CompiledEntry;
  /** Entry positions (into `entries`) by index key. */
  byKey: Map<string, number[]>;
}

/**
 * Compiles one entry with its scanner's matcher.
 *
 * @param entry - an entry as parsed
 * @param scanner - whose list it is
 * @param platform - the machine's platform
 * @returns the compiled matcher
 */
export function compileEntry(entry: CurrentEntry, scanner: AuditScanner, platform: Platform): CompiledEntry {
  switch (scanner) {
    case 'defender':
      return compileDefenderEntry(entry.text, { list: entry.kind });
    case 'mdatp':
      return compileMdatpEntry(entry.text, {
        list: entry.kind,
        isDirectory: entry.isDirectory === true,
        platform: platform === 'macos' ? 'macos' : 'linux',
      });
    case 'clamav':
      return compileClamavEntry(entry.text);
  }
}

/**
 * Compiles every entry once (on first use) and files it under its index keys (on first use of `byKey`).
 *
 * @param entries - a machine's entries (from one parser or several of the same scanner)
 * @param scanner - the scanner
 * @param platform - the machine's platform
 * @returns the index
 * @example
 * ```ts
 * const index = indexEntries([{ kind: 'path', text: 'C:\\Program Files\\SEPsesam', origin: { source: 'local', location: 'line 1' } }], 'defender', 'windows');
 * coverage(index, { kind: 'directory', value: '%ProgramFiles%\\SEPsesam\\bin', platform: 'windows' })[0]?.how; // 'parent'
 * ```
 */
export function indexEntries(entries: readonly CurrentEntry[], scanner: AuditScanner, platform: Platform): CoverageIndex {
  return new EntryIndex(entries, scanner, platform);
}

/** The index: each matcher compiled on first use (an audit tests only the entries an item's keys reach), the buckets
 * filed on first use (the audit's own lookup finds most entries by exact keys instead). */
class EntryIndex implements CoverageIndex {
  readonly scanner: AuditScanner;
  readonly platform: Platform;
  readonly entries: readonly CurrentEntry[];
  /** The matchers compiled so far, by position. */
  readonly #matchers: (CompiledEntry | undefined)[];
  #byKey: Map<string, number[]> | undefined;

  constructor(entries: readonly CurrentEntry[], scanner: AuditScanner, platform: Platform) {
    this.scanner = scanner;
    this.platform = platform;
    this.entries = entries;
    this.#matchers = new Array(entries.length);
  }

  matcher(position: number): CompiledEntry {
    let found = this.#matchers[position];
    if (found === undefined) {
      found = compileEntry(this.entries[position]!, this.scanner, this.platform);
      this.#matchers[position] = found;
    }
    return found;
  }

  get byKey(): Map<string, number[]> {
    if (!this.#byKey) {
      const byKey = new Map<string, number[]>();
      for (let i = 0; i < this.entries.length; i++)
        for (const key of this.matcher(i).keys) {
          const list = byKey.get(key);
          if (list) list.push(i);
          else byKey.set(key, [i]);
        }
      this.#byKey = byKey;
    }
    return this.#byKey;
  }
}

function keysFor(scanner: AuditScanner, item: MatchItem): string[] {
  if (scanner === 'defender') return keysForDefenderItem(item);
  if (scanner === 'mdatp') return keysForMdatpItem(item);
  return keysForClamavItem(item);
}

/**
 * The positions of the entries filed under an item's keys, in input order: the only ones that can cover it.
 *
 * @param index - the indexed entries
 * @param item - a recommended item of the index's platform
 * @returns the positions, ascending, each once
 */
export function candidates(index: CoverageIndex, item: MatchItem): number[] {
  return filedUnder(index.byKey, index.scanner, item);
}

/**
 * The positions filed under an item's keys in a table of positions by index key, ascending, each once.
 *
 * @param byKey - positions by index key (each list ascending)
 * @param scanner - whose keys
 * @param item - a recommended item
 * @returns the positions
 */
export function filedUnder(byKey: ReadonlyMap<string, number[]>, scanner: AuditScanner, item: MatchItem): number[] {
  const keys = keysFor(scanner, item);
  if (keys.length === 1) return byKey.get(keys[0]!) ?? [];
  const seen = new Set<number>();
  for (const key of keys) for (const i of byKey.get(key) ?? []) seen.add(i);
  return [...seen].sort((a, b) => a - b);
}

/**
 * Which entries cover an item, and how, in input order: only the entries filed under the item's keys are tested.
 * Entries that cannot be evaluated for it are listed with `how: 'cannot-evaluate'`.
 *
 * @param index - the indexed entries
 * @param item - a recommended item of the index's platform
 * @returns one answer per covering (or unevaluable) entry
 */
export function coverage(index: CoverageIndex, item: MatchItem): EntryCoverage[] {
  const out: EntryCoverage[] = [];
  for (const i of candidates(index, item)) {
    const answer = index.matcher(i).cover(item);
    if (answer) out.push({ how: answer.how, entry: index.entries[i]!, ...(answer.note ? { note: answer.note } : {}) });
  }
  return out;
}

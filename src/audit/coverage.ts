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
  /** Each entry with its compiled matcher, in input order. */
  compiled: { entry: CurrentEntry; matcher: CompiledEntry }[];
  /** Entry positions (into `compiled`) by index key. */
  byKey: Map<string, number[]>;
}

/** An entry whose matcher is compiled when it is first asked for. */
class LazyEntry {
  readonly entry: CurrentEntry;
  readonly #scanner: AuditScanner;
  readonly #platform: Platform;
  #matcher: CompiledEntry | undefined;

  constructor(entry: CurrentEntry, scanner: AuditScanner, platform: Platform) {
    this.entry = entry;
    this.#scanner = scanner;
    this.#platform = platform;
  }

  get matcher(): CompiledEntry {
    this.#matcher ??= compileEntry(this.entry, this.#scanner, this.#platform);
    return this.#matcher;
  }
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
  // Each entry is compiled on first use: an audit tests only the entries an item's keys reach.
  const compiled = entries.map((entry) => new LazyEntry(entry, scanner, platform));
  // The buckets are filed on first use: the audit's own lookup finds most entries by exact keys instead.
  let byKey: Map<string, number[]> | undefined;
  return {
    scanner,
    platform,
    compiled,
    get byKey() {
      if (!byKey) {
        byKey = new Map();
        for (let i = 0; i < compiled.length; i++)
          for (const key of compiled[i]!.matcher.keys) {
            const list = byKey.get(key);
            if (list) list.push(i);
            else byKey.set(key, [i]);
          }
      }
      return byKey;
    },
  };
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
  const keys = keysFor(index.scanner, item);
  if (keys.length === 1) return index.byKey.get(keys[0]!) ?? [];
  const seen = new Set<number>();
  for (const key of keys) for (const i of index.byKey.get(key) ?? []) seen.add(i);
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
    const { entry, matcher } = index.compiled[i]!;
    const answer = matcher.cover(item);
    if (answer) out.push({ how: answer.how, entry, ...(answer.note ? { note: answer.note } : {}) });
  }
  return out;
}

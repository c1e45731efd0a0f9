/**
 * `auditExclusions`: what a machine excludes today, judged against what its products need. Each recommended item gets
 * one verdict (covered, covered by Defender itself, missing, unknown); each existing entry gets every verdict that
 * applies (needed, redundant, broader than needed, dangerous, unrelated), with its reason and source.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import { describeValue } from '../internal/quote.js';
import { translateClamavPattern } from '../paths/match/clamav.js';
import { splitContextual } from '../paths/match/defender.js';
import type { CoverageHow, MatchItem } from '../paths/match/types.js';
import { NEVER_EXCLUDE, neverExcludeMatch } from '../paths/never-exclude.js';
import { plainDriveKey } from '../paths/never-exclude-keys.js';
import { USER_VARIABLES, windowsVariablesIn } from '../paths/windows-variables.js';
import type { NeverExcludeEntry } from '../types/never-exclude.js';
import { PLATFORMS, type Platform, type RuleKind } from '../types/pack.js';
import type { ExclusionItem, ItemBase, ItemSource, Resolution, ResolutionWarning } from '../types/resolution.js';
import { type CoverageIndex, indexEntries } from './coverage.js';
import { createLookup, imageName, isBareImage, type Lookup } from './lookup.js';
import type {
  AuditedEntry,
  AuditedItem,
  AuditReport,
  AuditScanner,
  AuditVerdict,
  AuditWarning,
  AutomaticCover,
  CurrentEntry,
  CurrentExclusions,
  EntryKind,
  EntryVerdict,
  ItemCover,
  ItemUnevaluable,
  ItemVerdict,
  UnreadableList,
  VerdictReason,
} from './types.js';

/** The verdicts on recommended items, in report order. */
export const ITEM_VERDICTS: readonly ItemVerdict[] = /* @__PURE__ */ Object.freeze([
  'covered',
  'covered-by-automatic',
  'missing',
  'unknown',
]);

/** The verdicts on existing entries, in report order. */
export const ENTRY_VERDICTS: readonly EntryVerdict[] = /* @__PURE__ */ Object.freeze([
  'needed',
  'redundant',
  'broader-than-needed',
  'dangerous',
  'unrelated',
]);

/** Every verdict name (items first, then entries): the keys of `summary`, and what `--fail-on` accepts. */
export const AUDIT_VERDICTS: readonly AuditVerdict[] = /* @__PURE__ */ Object.freeze([...ITEM_VERDICTS, ...ENTRY_VERDICTS]);

/**
 * What `auditExclusions` needs of a resolution: a single product's {@link Resolution}, or a machine resolution of
 * several products (whose `query` holds the platform and OS release, and whose warnings name their product).
 */
export type AuditResolution = Pick<Resolution, 'exclusions' | 'conditional' | 'unresolved'> & {
  /** The platform and OS release the resolution was made for. */
  query: {
    /** The platform. */
    platform: Platform;
    /** The OS release, or null when the query named none. */
    osVersion: string | null;
  };
  /** The resolution's warnings. */
  warnings: readonly ResolutionWarning[];
};

/** Options of {@link auditExclusions}. */
export interface AuditOptions {
  /** The scanner whose lists are audited: needed only when no input names it (an empty list of inputs). */
  scanner?: AuditScanner;
}

/** The platforms each scanner's lists are audited on. */
const SCANNER_PLATFORMS: Readonly<Record<AuditScanner, readonly Platform[]>> = {
  defender: ['windows'],
  mdatp: ['linux', 'macos'],
  clamav: ['linux', 'macos'],
};

/** The page of Defender's own exclusions on Windows Server ("Microsoft Defender Antivirus exclusions on Windows Server"). */
const SERVER_EXCLUSIONS_PAGE = /\/configure-server-exclusions-microsoft-defender-antivirus\/?$/;

/** The `.` (or `*.`) before an extension. */
const EXTENSION_DOT = /^\*?\./;

/** What {@link automaticCoverage} answers for an item Defender excludes by itself. */
export interface AutomaticAnswer {
  /** Whether it applies on the audited machine: yes, no (turned off), or unknown (the OS release was not given). */
  applies: boolean | 'unknown';
  /** A built-in exclusion (every Windows version) or an automatic server-role one (Windows Server 2016 and later). */
  kind: 'built-in' | 'server-role';
  /** Why, in one sentence. */
  reason: string;
}

/**
 * Whether Microsoft Defender excludes an item by itself on the audited machine. An item is one of Defender's own
 * exclusions when its `managedBy` names the `defender` scanner and either says what turns it off (`disabledBy`: the
 * automatic server-role exclusions, turned off by `DisableAutoExclusions`), or its rule comes from the "Built-in
 * exclusions" section of Microsoft's "Microsoft Defender Antivirus exclusions on Windows Server" page (built-in
 * exclusions, on every Windows version, which nothing turns off). A server-role exclusion applies on Windows Server
 * 2016 and later (the resolver drops the item's `managedBy` outside that range, and keeps the range in
 * `managedBy.osVersions` when the query named no release: then the answer is `unknown`), to the scans `managedBy.scans`
 * names (real-time protection only), and not when the input states its `disabledBy` setting is on. Items an installer
 * manages (`SEP sesam installer`) are not Defender's own: null.
 *
 * @param item - a recommended item
 * @param current - what the machine's input states about `DisableAutoExclusions` (absent: not stated, default off)
 * @returns the answer, or null when Defender does not exclude the item by itself
 * @example
 * ```ts
 * import { automaticCoverage, resolveExclusions } from 'av-exclusions';
 * const dns = resolveExclusions({ product: 'windows-server', roles: ['dns-server'], osVersion: '2019' });
 * console.log(automaticCoverage(dns.exclusions[0]!, {})?.applies); // true
 * console.log(automaticCoverage(dns.exclusions[0]!, { disableAutoExclusions: true })?.applies); // false
 * ```
 */
export function automaticCoverage(
  item: Pick<ItemBase, 'managedBy' | 'source'>,
  current: { disableAutoExclusions?: boolean | undefined },
): AutomaticAnswer | null {
  const managed = item.managedBy;
  if (managed?.scanner !== 'defender') return null;
  if (managed.disabledBy === undefined) {
    if (!SERVER_EXCLUSIONS_PAGE.test(item.source.url) || !/^Built-in exclusions\b/i.test(item.source.section)) return null;
    return {
      applies: true,
      kind: 'built-in',
      reason: 'Defender excludes it by itself: a built-in exclusion for operating system files, on every Windows version',
    };
  }
  const kind = 'server-role';
  const setting = managed.disabledBy;
  // The audit reads one such setting from a machine: DisableAutoExclusions.
  if (setting === 'DisableAutoExclusions' && current.disableAutoExclusions === true)
    return { applies: false, kind, reason: `Defender's automatic server-role exclusion for it is off: the input states ${setting} is on` };
  if (managed.osVersions !== undefined)
    return {
      applies: 'unknown',
      kind,
      reason: `Defender excludes it by itself on Windows Server ${managed.osVersions} only (an automatic server-role exclusion), and no OS release was given`,
    };
  const scans = managed.scans === 'real-time' ? ', for real-time protection only: scheduled and on-demand scans still scan it' : '';
  const stated =
    setting !== 'DisableAutoExclusions' || current.disableAutoExclusions === undefined
      ? `; the input does not state ${setting}, so its default (off) is assumed`
      : '';
  return {
    applies: true,
    kind,
    reason: `Defender excludes it by itself once the role is installed (an automatic server-role exclusion, Windows Server 2016 and later)${scans}${stated}`,
  };
}

function invalid(message: string, value?: unknown): AvExclusionsError {
  return new AvExclusionsError('INVALID_CURRENT', message, value === undefined ? {} : { value });
}

/** Reads the inputs: one parser's output or several of one scanner. */
function readCurrent(current: unknown, options: AuditOptions): { scanner: AuditScanner; inputs: CurrentExclusions[] } {
  const inputs = (Array.isArray(current) ? current : [current]) as unknown[];
  inputs.forEach((input, i) => {
    const at = Array.isArray(current) ? `current[${i}]` : 'current';
    const value = input as Partial<CurrentExclusions> | null;
    if (typeof value !== 'object' || value === null || !Array.isArray(value.entries) || !Array.isArray(value.unreadable))
      throw invalid(`${at} is not a parsed exclusion list (use parseCurrentExclusions), got ${describeValue(input)}`, input);
    if (!Object.hasOwn(SCANNER_PLATFORMS, String(value.scanner)))
      throw invalid(`${at}.scanner must be one of ${Object.keys(SCANNER_PLATFORMS).join(', ')}, got ${describeValue(value.scanner)}`);
  });
  const list = inputs as CurrentExclusions[];
  const scanners = [...new Set(list.map((c) => c.scanner))];
  if (options.scanner !== undefined && !Object.hasOwn(SCANNER_PLATFORMS, options.scanner))
    throw new AvExclusionsError(
      'INVALID_OPTION',
      `options.scanner must be one of ${Object.keys(SCANNER_PLATFORMS).join(', ')}, got ${describeValue(options.scanner)}`,
      { value: options.scanner, choices: Object.keys(SCANNER_PLATFORMS) },
    );
  if (scanners.length > 1 || (options.scanner !== undefined && scanners.length === 1 && scanners[0] !== options.scanner))
    throw invalid(
      `the inputs are lists of different scanners (${[...new Set([...(options.scanner ? [options.scanner] : []), ...scanners])].join(', ')}): audit one scanner at a time`,
    );
  const scanner = options.scanner ?? scanners[0];
  if (scanner === undefined) throw new AvExclusionsError('INVALID_OPTION', 'no input names a scanner: give options.scanner');
  return { scanner, inputs: list };
}

function readResolutionShape(resolution: unknown): AuditResolution {
  const r = resolution as Partial<AuditResolution> | null;
  if (typeof r !== 'object' || r === null || typeof r.query !== 'object' || r.query === null)
    throw new AvExclusionsError('INVALID_QUERY', `invalid resolution: expected an object with a query, got ${describeValue(resolution)}`);
  if (!PLATFORMS.includes(r.query.platform as Platform))
    throw new AvExclusionsError('INVALID_QUERY', `invalid resolution: query.platform must be one of ${PLATFORMS.join(', ')}`);
  for (const bucket of ['exclusions', 'conditional', 'unresolved', 'warnings'] as const)
    if (!Array.isArray(r[bucket])) throw new AvExclusionsError('INVALID_QUERY', `invalid resolution: ${bucket} must be an array`);
  return r as AuditResolution;
}

function copyEntry(entry: CurrentEntry): CurrentEntry {
  const out: CurrentEntry = {
    kind: entry.kind,
    text: entry.text,
    origin: { source: entry.origin.source, location: entry.origin.location },
  };
  if (entry.isDirectory !== undefined) out.isDirectory = entry.isDirectory;
  if (entry.restriction) {
    const r = entry.restriction;
    out.restriction = {
      ...(r.scopes ? { scopes: [...r.scopes] } : {}),
      ...(r.condition !== undefined ? { condition: r.condition } : {}),
      ...(r.onAccessOnly !== undefined ? { onAccessOnly: r.onAccessOnly } : {}),
    };
  }
  return out;
}

/** The lists whose entries can cover an item of this kind. */
function listsFor(kind: RuleKind): EntryKind[] {
  if (kind === 'process') return ['process'];
  if (kind === 'extension') return ['extension'];
  if (kind === 'file' || kind === 'glob') return ['path', 'extension'];
  return ['path'];
}

function entryKindOf(kind: RuleKind): EntryKind {
  return kind === 'process' ? 'process' : kind === 'extension' ? 'extension' : 'path';
}

function toItemSource(source: NeverExcludeEntry['source'], section = source.section): ItemSource {
  return { id: source.id, title: source.title, url: source.url, section, docVersion: source.docVersion };
}

/** The page and section saying Defender reads only system environment variables (the never-exclude list's source). */
function userVariableSource(): ItemSource | undefined {
  const page = NEVER_EXCLUDE.find((e) => e.source.id === 'MS-MISTAKES')?.source;
  return page
    ? toItemSource(page, 'Using incorrect environment variables as wildcards in the file name and folder path or extension exclusion lists')
    : undefined;
}

/** Whether a ClamAV pattern can match anywhere in a path: not anchored with `^` at the start (single-branch patterns). */
function clamavUnanchored(text: string): boolean {
  const t = translateClamavPattern(text);
  return 'regex' in t && t.pieces !== null && t.pieces[0]?.t !== 'bol';
}

/** The entries' states by position; absent until something is found about the entry. */
type States = (EntryState | undefined)[];

function stateAt(states: States, pos: number): EntryState {
  let state = states[pos];
  if (!state) {
    state = { covers: [] };
    states[pos] = state;
  }
  return state;
}

interface EntryState {
  covers: { item: ExclusionItem; how: CoverageHow; note?: string; anywhere: boolean }[];
  dangerous?: VerdictReason;
  redundant?: VerdictReason;
}

const FULL = (how: CoverageHow | 'cannot-evaluate'): how is Exclude<CoverageHow, 'partial'> =>
  how !== 'partial' && how !== 'cannot-evaluate';

function listValues(values: string[], max = 3): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}

/**
 * Audits what a machine excludes today against what its products need. Pure: the inputs are plain data (a
 * resolution, and one or more parsed lists from {@link parseCurrentExclusions}), the report is fresh plain data.
 *
 * Each recommended item (the resolution's `exclusions`) is matched as the scanner matches (Defender on Windows,
 * Defender for Endpoint on Linux and macOS, ClamAV's regular expressions): `covered` when an entry covers all of it;
 * `covered-by-automatic` when Defender excludes it by itself ({@link automaticCoverage}), or one of Defender's own
 * exclusions of the resolution covers it; `unknown` when a list that could hold it is unreadable, only entries that
 * cannot be evaluated touch it, or Defender's automatic exclusion depends on an OS release the query did not name;
 * otherwise `missing` (an entry covering only a part is listed in `coveredBy` with `how: 'partial'`, and the reason
 * says "covered only partly"). An item an installer adds (`managedBy`) is judged by the entries like any other; the
 * reason says the installer normally adds it.
 *
 * Each entry gets every verdict that applies: `needed`, `redundant`, `broader-than-needed`, `dangerous`, `unrelated`
 * (see {@link EntryVerdict}), each with a reason and, where there is one, the source. Conditional and unresolved items
 * are not audited (a `NOT_AUDITED` warning says how many).
 *
 * @param resolution - a resolution from `resolveExclusions` (or a machine resolution), for the audited platform
 * @param current - the machine's lists: one parsed input, or several of the same scanner (a local and a policy export)
 * @param options - `scanner` when no input names it
 * @returns the report
 * @throws AvExclusionsError `INVALID_CURRENT` (not a parsed list, lists of different scanners, a scanner that does not
 *   run on the resolution's platform), `INVALID_OPTION` (a bad `scanner`), `INVALID_QUERY` (not a resolution)
 * @example
 * ```ts
 * import { auditExclusions, parseCurrentExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * const current = parseCurrentExclusions('ExcludePath ^/opt/kerio/mailserver(/|$)\nExcludePath ^/tmp/\n', 'clamav-clamd');
 * const report = auditExclusions(resolution, current);
 * console.log(report.recommended[0]?.verdict); // 'covered'
 * console.log(report.entries[1]?.verdicts); // [ 'unrelated' ]
 * ```
 */
export function auditExclusions(
  resolution: AuditResolution,
  current: CurrentExclusions | readonly CurrentExclusions[],
  options: AuditOptions = {},
): AuditReport {
  const r = readResolutionShape(resolution);
  const { scanner, inputs } = readCurrent(current, options ?? {});
  const platform = r.query.platform;
  if (!SCANNER_PLATFORMS[scanner].includes(platform))
    throw invalid(
      `a ${scanner} list cannot be audited against a ${platform} resolution (${scanner} runs on ${SCANNER_PLATFORMS[scanner].join(', ')})`,
    );

  // The report owns its own copies of the entries, made into an array of their full length.
  const entries: CurrentEntry[] = new Array(inputs.reduce((n, input) => n + input.entries.length, 0));
  let copied = 0;
  const unreadable: UnreadableList[] = [];
  const warnings: AuditWarning[] = [];
  let disableAutoExclusions: boolean | undefined;
  for (const input of inputs) {
    for (let i = 0; i < input.entries.length; i++) entries[copied++] = copyEntry(input.entries[i]!);
    for (const u of input.unreadable) unreadable.push({ kind: u.kind, origin: { ...u.origin }, text: u.text });
    if (input.disableAutoExclusions === true) disableAutoExclusions = true;
    else if (input.disableAutoExclusions === false && disableAutoExclusions === undefined) disableAutoExclusions = false;
    for (const w of input.warnings ?? []) warnings.push({ code: 'INPUT', message: `${input.format}: ${w}` });
  }
  for (const w of r.warnings) {
    const product = (w as { product?: string }).product;
    warnings.push({ code: 'RESOLUTION', message: product ? `${product}: ${w.message}` : w.message });
  }

  const index = indexEntries(entries, scanner, platform);
  const lookup = createLookup(index);
  // Most entries cover nothing and get no verdict but `unrelated`: their state is made only when something is found.
  const states: States = new Array(entries.length);
  const unreadableKinds = new Set(unreadable.map((u) => u.kind));
  const items: ExclusionItem[] = copyData(r.exclusions as ExclusionItem[]);

  // Defender's own exclusions that apply here, matched like entries.
  const defenderHere = scanner === 'defender' && platform === 'windows';
  const automatic = items.map((item) => (defenderHere ? automaticCoverage(item, { disableAutoExclusions }) : null));
  const autoItems = items.filter((_, i) => automatic[i]?.applies === true);
  const autoIndex: CoverageIndex | undefined = autoItems.length
    ? indexEntries(
        autoItems.map((item) => ({ kind: entryKindOf(item.kind), text: item.value, origin: { source: 'automatic', location: item.rule } })),
        'defender',
        'windows',
      )
    : undefined;
  const autoLookup = autoIndex ? createLookup(autoIndex) : undefined;

  let osUnknown = 0;
  let assumed = 0;
  const recommended: AuditedItem[] = items.map((item, i) => {
    const match: MatchItem = { kind: item.kind, value: item.value, platform: item.platform };
    const coveredBy: ItemCover[] = [];
    const cannotEvaluate: ItemUnevaluable[] = [];
    for (const c of lookup.find(match)) {
      if (c.how === 'cannot-evaluate') {
        cannotEvaluate.push({ entry: c.position, text: c.entry.text, ...(c.note ? { note: c.note } : {}) });
        continue;
      }
      let how: CoverageHow = c.how;
      let note = c.note;
      if (c.entry.restriction?.onAccessOnly && how !== 'partial') {
        how = 'partial';
        note = 'applies to on-access scanning only (OnAccessExcludePath)';
      }
      coveredBy.push({ entry: c.position, text: c.entry.text, how, ...(note ? { note } : {}) });
      stateAt(states, c.position).covers.push({ item, how, ...(note ? { note } : {}), anywhere: matchesAnywhere(c.entry, item, scanner) });
    }
    const auto = automatic[i] ?? null;
    const automaticBy: AutomaticCover[] = [];
    if (auto?.applies === true) automaticBy.push({ rule: item.rule, text: item.value, how: 'exact' });
    else if (autoLookup)
      for (const c of autoLookup.find(match))
        if (FULL(c.how))
          automaticBy.push({ rule: c.entry.origin.location, text: c.entry.text, how: c.how, ...(c.note ? { note: c.note } : {}) });

    const full = coveredBy.filter((c) => c.how !== 'partial');
    const partial = coveredBy.filter((c) => c.how === 'partial');
    const installer = item.managedBy && !auto ? `; the ${item.managedBy.by} normally adds it (${item.managedBy.note})` : '';
    const blind = listsFor(item.kind).filter((k) => unreadableKinds.has(k));
    let verdict: ItemVerdict;
    let reason: string;
    if (full.length) {
      verdict = 'covered';
      reason = `covered by ${full.map((c) => `${c.text} (${c.how})`).join(', ')}`;
    } else if (automaticBy.length) {
      verdict = 'covered-by-automatic';
      if (auto?.applies === true) reason = auto.reason;
      else {
        const by = items.find((x) => x.rule === automaticBy[0]!.rule);
        const cover = automaticCoverage(by!, { disableAutoExclusions });
        reason = `covered by Defender's own exclusion ${automaticBy[0]!.text} (${automaticBy[0]!.rule}): ${cover?.reason ?? ''}`;
      }
      // Server-role exclusions depend on DisableAutoExclusions; built-in ones do not.
      const kinds = automaticBy.map((a) => automatic[items.findIndex((x) => x.rule === a.rule)]?.kind);
      if (disableAutoExclusions === undefined && kinds.includes('server-role')) assumed++;
    } else if (blind.length || cannotEvaluate.length || auto?.applies === 'unknown') {
      verdict = 'unknown';
      const why: string[] = [];
      if (blind.length) why.push(`the ${blind.join(' and ')} list cannot be read`);
      if (cannotEvaluate.length)
        why.push(`only entries that cannot be evaluated touch it (${listValues(cannotEvaluate.map((c) => c.text))})`);
      if (auto?.applies === 'unknown') {
        why.push(auto.reason);
        osUnknown++;
      }
      reason = why.join('; ');
    } else {
      verdict = 'missing';
      reason = partial.length
        ? `covered only partly by ${partial.map((c) => `${c.text}${c.note ? ` (${c.note})` : ''}`).join(', ')}`
        : 'no entry covers it';
      if (auto && auto.applies === false) reason += `; ${auto.reason}`;
    }
    if (verdict !== 'covered-by-automatic' && verdict !== 'unknown') reason += installer;
    return { item, verdict, reason, coveredBy, automaticBy, cannotEvaluate };
  });

  findDangerous(index, lookup, states, scanner, platform);
  findRedundant(index, lookup, states);

  const unrelated = `no audited product needs it: it covers none of the ${items.length} recommended items`;
  const summary = Object.fromEntries(AUDIT_VERDICTS.map((v) => [v, 0])) as Record<AuditVerdict, number>;
  for (const item of recommended) summary[item.verdict]++;
  const audited = auditEntries(entries, states, index, lookup, scanner, unrelated, summary);

  const notEvaluable = audited.filter((e) => !e.evaluable);
  const blindLists = unreadable.filter((u) => items.some((item) => listsFor(item.kind).includes(u.kind)));
  const report: AuditReport = {
    scanner,
    platform,
    osVersion: r.query.osVersion ?? null,
    readable: blindLists.length === 0,
    ...(disableAutoExclusions !== undefined ? { disableAutoExclusions } : {}),
    unreadable,
    recommended,
    entries: audited,
    summary,
    warnings: [
      ...unreadable.map(
        (u): AuditWarning => ({
          code: 'LIST_UNREADABLE',
          message: `the ${u.kind} list (${u.origin.location}) cannot be read ("${u.text}"): the items it could hold are unknown, not missing`,
        }),
      ),
      ...(notEvaluable.length
        ? [
            {
              code: 'ENTRY_NOT_EVALUABLE' as const,
              message: `${notEvaluable.length} entr${notEvaluable.length === 1 ? 'y' : 'ies'} cannot be evaluated (${listValues(notEvaluable.map((e) => e.entry.text))}): what they cover is not counted either way`,
            },
          ]
        : []),
      ...(osUnknown
        ? [
            {
              code: 'OS_VERSION_NEEDED' as const,
              message: `${osUnknown} item(s) are excluded by Defender itself on some Windows Server releases only: give the OS release to audit them`,
            },
          ]
        : []),
      ...(assumed
        ? [
            {
              code: 'AUTO_EXCLUSIONS_ASSUMED' as const,
              message: `${assumed} item(s) count as covered by Defender's automatic exclusions, but the input does not state DisableAutoExclusions: its default (off) was assumed`,
            },
          ]
        : []),
      ...(r.conditional.length || r.unresolved.length
        ? [
            {
              code: 'NOT_AUDITED' as const,
              message: `${r.conditional.length} conditional and ${r.unresolved.length} unresolved item(s) were not audited: they have no value to look for yet`,
            },
          ]
        : []),
      ...warnings,
    ],
  };
  return report;
}

/** How deep a resolution's item may nest (an item is a few levels deep: its source, its `via` steps, its duplicates). */
const MAX_ITEM_DEPTH = 32;

/**
 * A deep copy of plain data (objects, arrays and primitives, as a resolution is): what structuredClone gives for
 * such data, at a fraction of its cost. A `__proto__` key stays an own property, as in JSON. Data nested deeper than
 * any item is (a cycle included) is refused.
 *
 * @throws AvExclusionsError `INVALID_QUERY` for data nested deeper than {@link MAX_ITEM_DEPTH}
 */
function copyData<T>(value: T, depth = 0): T {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_ITEM_DEPTH)
    throw new AvExclusionsError(
      'INVALID_QUERY',
      `invalid resolution: an item holds data nested deeper than ${MAX_ITEM_DEPTH} levels (a cycle?)`,
    );
  if (Array.isArray(value)) return value.map((v) => copyData(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copy = copyData((value as Record<string, unknown>)[key], depth + 1);
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out as T;
}

/** Each entry with its verdicts, in entry order; counts the verdicts into `summary`. */
function auditEntries(
  entries: readonly CurrentEntry[],
  states: States,
  index: CoverageIndex,
  lookup: Lookup,
  scanner: AuditScanner,
  unrelated: string,
  summary: Record<AuditVerdict, number>,
): AuditedEntry[] {
  const audited: AuditedEntry[] = new Array(entries.length);
  for (let pos = 0; pos < entries.length; pos++) {
    const entry = entries[pos]!;
    const state = states[pos];
    let out: AuditedEntry;
    if (state === undefined) {
      // Nothing was found about it: unrelated, or not evaluable.
      if (lookup.evaluable(pos)) {
        out = { entry, evaluable: true, verdicts: ['unrelated'], reasons: [{ verdict: 'unrelated', reason: unrelated }], neededBy: [] };
        summary.unrelated++;
      } else
        out = {
          entry,
          evaluable: false,
          verdicts: [],
          reasons: [],
          neededBy: [],
          unevaluable: index.matcher(pos).reason ?? 'cannot be evaluated',
        };
    } else {
      out = auditedEntry(entry, pos, state, index, lookup, scanner, unrelated);
      for (const v of out.verdicts) summary[v]++;
    }
    audited[pos] = out;
  }
  return audited;
}

/** One entry about which something was found, with its verdicts. */
function auditedEntry(
  entry: CurrentEntry,
  pos: number,
  state: EntryState,
  index: CoverageIndex,
  lookup: Lookup,
  scanner: AuditScanner,
  unrelated: string,
): AuditedEntry {
  const evaluable = lookup.evaluable(pos);
  const reasons: VerdictReason[] = [];
  const neededBy = state.covers.length
    ? [...new Set(state.covers.flatMap((c) => [c.item.rule, ...c.item.duplicates.map((d) => d.rule)]))]
    : [];
  if (state.covers.length) {
    const first = state.covers[0]!;
    reasons.push({
      verdict: 'needed',
      reason: `covers ${listValues(state.covers.map((c) => `${c.item.rule} (${c.item.value}, ${c.how === 'partial' ? 'only partly' : c.how})`))}`,
      source: { ...first.item.source },
    });
  }
  if (state.redundant) reasons.push(state.redundant);
  const full = state.covers.length ? state.covers.filter((c) => c.how !== 'partial') : state.covers;
  if (full.length && full.every((c) => c.how === 'parent' || c.how === 'extension' || c.anywhere)) {
    const values = listValues(full.map((c) => c.item.value));
    let reason: string;
    if (full.some((c) => c.anywhere && scanner === 'clamav'))
      reason = `an unanchored pattern: it matches the text anywhere in a path, not only ${values}`;
    else if (full.some((c) => c.anywhere))
      reason = `an image name: it excludes what a process of that name opens at any path, where the recommended items name one path (${values})`;
    else if (full.every((c) => c.how === 'parent'))
      reason = `names a folder above every recommended item it covers (${values}): it excludes everything else in that folder too`;
    else reason = `excludes every file of the extension anywhere on the machine, where the recommended items are ${values}`;
    reasons.push({ verdict: 'broader-than-needed', reason });
  }
  if (state.dangerous) reasons.push(state.dangerous);
  if (evaluable && !state.covers.length) reasons.push({ verdict: 'unrelated', reason: unrelated });
  const out: AuditedEntry = {
    entry,
    evaluable,
    verdicts: reasons.map((x) => x.verdict),
    reasons,
    neededBy,
  };
  if (!evaluable) out.unevaluable = index.matcher(pos).reason ?? 'cannot be evaluated';
  return out;
}

/** Whether an entry covers an item through a rule that matches anywhere (not only the item's own path). */
function matchesAnywhere(entry: CurrentEntry, item: ExclusionItem, scanner: AuditScanner): boolean {
  if (scanner === 'clamav') return clamavUnanchored(entry.text);
  if (entry.kind === 'process') return isBareImage(entry.text) && !isBareImage(item.value);
  return false;
}

/** Marks the entries that exclude what the never-exclude list names, or use user environment variables (Defender). */
function findDangerous(index: CoverageIndex, lookup: Lookup, states: States, scanner: AuditScanner, platform: Platform): void {
  const mark = (pos: number, reason: string, source?: ItemSource) => {
    stateAt(states, pos).dangerous ??= { verdict: 'dangerous', reason, ...(source ? { source } : {}) };
  };
  const relevant = NEVER_EXCLUDE.filter((e) => e.platforms.includes(platform));
  const folded = (text: string) => (platform === 'windows' ? text.toLowerCase() : text);
  const processes = new Map(relevant.filter((e) => e.kind === 'process').map((e) => [folded(e.value), e]));
  const extensions = new Map(relevant.filter((e) => e.kind === 'extension').map((e) => [e.value.replace(/^\./, '').toLowerCase(), e]));
  const userSource = scanner === 'defender' ? userVariableSource() : undefined;

  const entries = index.entries;
  for (let pos = 0; pos < entries.length; pos++) {
    const entry = entries[pos]!;
    const text = entry.text;
    // Defender's image names and extensions are compared as the lookup filed them (case-folded, without the dot).
    const name = scanner === 'defender' ? lookup.nameKey(pos) : undefined;
    if (entry.kind === 'process') {
      const ne = processes.get(name ?? folded(imageName(text)));
      if (ne) mark(pos, `the process ${ne.value}: ${ne.reason}`, toItemSource(ne.source));
    } else if (entry.kind === 'extension') {
      const ne = extensions.get(name ?? text.trim().replace(EXTENSION_DOT, '').toLowerCase());
      if (ne) mark(pos, `the extension ${ne.value}: ${ne.reason}`, toItemSource(ne.source));
    } else if (scanner !== 'clamav') {
      const path = scanner === 'defender' ? (splitContextual(text)?.path ?? text) : text;
      const trimmed = path.trim();
      const ne = neverExcludeMatch(trimmed, 'directory', platform, platform === 'windows' ? plainDriveKey(trimmed) : undefined);
      if (ne) mark(pos, `${ne.value}: ${ne.reason}`, toItemSource(ne.source));
    }
    // A variable is written between percent signs: without one, there is none to look for.
    if (scanner === 'defender' && entry.kind !== 'extension' && text.includes('%')) {
      const user = windowsVariablesIn(text).filter((v) => USER_VARIABLES.includes(v));
      if (user.length)
        mark(
          pos,
          `uses the user environment variable %${user[0]}%: Defender runs as LocalSystem and reads system variables only, so the entry does not point at a user's folder`,
          userSource,
        );
    }
  }

  // Entries that cover a never-exclude root or folder from above or through wildcards (C:\Windows covers C:\Windows\Temp).
  for (const ne of relevant) {
    if ((ne.kind !== 'root' && ne.kind !== 'folder') || ne.match === 'prefix') continue;
    if (ne.value.includes('<')) {
      findAboveNamed(ne, index, lookup, platform, mark);
      continue;
    }
    for (const c of lookup.find({ kind: 'directory', value: ne.value, platform }, false)) {
      if (!FULL(c.how) || states[c.position]?.dangerous) continue;
      mark(
        c.position,
        c.how === 'exact' ? `${ne.value}: ${ne.reason}` : `it excludes ${ne.value} too (${c.how}): ${ne.reason}`,
        toItemSource(ne.source),
      );
    }
  }
}

/**
 * Marks the entries above a never-exclude folder named for any user (`C:\Users\<UserProfileName>\AppData\Local\Temp`):
 * an entry that names one user's folder above it (`C:\Users\alice`, `C:\Users\alice\AppData`) excludes that user's
 * folder too, and so does one whose wildcards reach it for every user (`C:\Users\*\AppData`). The folder itself, as
 * any user's, is matched by {@link neverExcludeMatch}.
 */
function findAboveNamed(
  ne: NeverExcludeEntry,
  index: CoverageIndex,
  lookup: Lookup,
  platform: Platform,
  mark: (pos: number, reason: string, source?: ItemSource) => void,
): void {
  const windows = platform === 'windows';
  const sep = windows ? '\\' : '/';
  const segments = (windows ? ne.value.toLowerCase() : ne.value).split(sep);
  const named = segments.findIndex((s) => s.startsWith('<'));
  const source = toItemSource(ne.source);
  // Entries without wildcards: their key's folders are the first ones of the never-exclude value, a name for the user.
  const lead = segments.slice(0, named).join(sep) + sep;
  for (let pos = 0; pos < index.entries.length; pos++) {
    const key = lookup.literalPathKey(pos);
    if (key === undefined || !key.startsWith(lead)) continue;
    const parts = key.split(sep);
    if (parts.length >= segments.length) continue;
    if (parts.every((part, i) => segments[i]!.startsWith('<') || part === segments[i]))
      mark(pos, `it excludes ${ne.value} too, for the user it names (parent): ${ne.reason}`, source);
  }
  // Entries with wildcards: whatever covers the folder of a user of that name covers every user's.
  const one = ne.value.replace(/<([^>]+)>/g, '$1');
  for (const c of lookup.find({ kind: 'directory', value: one, platform }, false))
    if (FULL(c.how) && lookup.literalPathKey(c.position) === undefined)
      mark(c.position, `it excludes ${ne.value} too, for every user (${c.how}): ${ne.reason}`, source);
}

/** Marks entries that another entry covers wholly; of two that cover each other, the later one. */
function findRedundant(index: CoverageIndex, lookup: Lookup, states: States): void {
  const entries = index.entries;
  for (let pos = 0; pos < entries.length; pos++) {
    const earlier = lookup.sameAs(pos);
    if (earlier >= 0 && lookup.evaluable(pos)) {
      stateAt(states, pos).redundant = {
        verdict: 'redundant',
        reason: `the same entry is already there (${entries[earlier]!.origin.location})`,
      };
      continue;
    }
    const c = lookup.coveredBy(pos);
    if (c)
      stateAt(states, pos).redundant = {
        verdict: 'redundant',
        reason: `${c.entry.text} (${c.entry.origin.location}) already covers everything it covers (${c.how})`,
      };
  }
}

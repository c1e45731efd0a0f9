/**
 * What the audit reads from a machine (exclusion entries, with where each came from) and how an entry covers a
 * recommended item. Plain data: parsers produce it, the coverage index and verdicts consume it.
 *
 * @module
 */
import type { CoverageHow } from '../paths/match/types.js';
import type { Platform } from '../types/pack.js';
import type { ExclusionItem, ItemSource } from '../types/resolution.js';

export type { CoverageHow, MatchItem } from '../paths/match/types.js';

/** The scanners whose lists the audit reads. */
export type AuditScanner = 'defender' | 'mdatp' | 'clamav';

/** The formats the parsers read (`--current-format`). */
export type CurrentFormat = 'defender-mppreference-json' | 'defender-reg' | 'defender-intune' | 'mdatp-json' | 'clamav-clamd';

/** Which list an entry is in: paths (files, folders, patterns), processes, or extensions. */
export type EntryKind = 'path' | 'process' | 'extension';

/**
 * Who set an entry.
 * - `local`: set on the machine (PowerShell, WMI, the Windows Security app; the local registry key; clamd.conf);
 * - `policy`: Group Policy (the `Policies` registry key) or a managed configuration file (`mdatp_managed.json`);
 * - `mdm`: Intune or another MDM (Policy CSP);
 * - `effective`: the merged list a scanner reports (`Get-MpPreference`), whatever set each entry;
 * - `automatic`: never found in an input: one of Defender's own built-in or automatic server-role exclusions from the
 *   resolution, which the audit matches like an entry (its location is the rule id).
 */
export type EntrySource = 'local' | 'policy' | 'mdm' | 'effective' | 'automatic';

/** Where an entry was found. */
export interface EntryOrigin {
  /** Who set it. */
  source: EntrySource;
  /** Where in the input: `line 12`, `$.ExclusionPath[3]`, `[HKEY_…\Paths] line 9`. */
  location: string;
}

/** What narrows an entry. */
export interface EntryRestriction {
  /** Defender for Endpoint scopes (`epp`, `global`); absent means global (no scope given). */
  scopes?: string[];
  /** A Defender contextual entry's condition text (`PathType:file,ScanTrigger:OnAccess`). */
  condition?: string;
  /** ClamAV: the entry applies to on-access scanning only (`OnAccessExcludePath`). */
  onAccessOnly?: boolean;
}

/** One exclusion entry as found on a machine. */
export interface CurrentEntry {
  /** Which list it is in. */
  kind: EntryKind;
  /** Its text exactly as found (after the format's own unquoting: `.reg` escapes, JSON strings). */
  text: string;
  /** Who set it and where it was found. */
  origin: EntryOrigin;
  /** For Defender for Endpoint paths: whether it was given as a folder (`isDirectory`). */
  isDirectory?: boolean;
  /** What narrows it, when something does. */
  restriction?: EntryRestriction;
}

/** A list the input names but whose content cannot be read (an `N/A: …` placeholder). */
export interface UnreadableList {
  /** Which list. */
  kind: EntryKind;
  /** Where. */
  origin: EntryOrigin;
  /** The placeholder as found. */
  text: string;
}

/** Everything a parser read from one input. */
export interface CurrentExclusions {
  /** The input format. */
  format: CurrentFormat;
  /** The scanner whose lists these are. */
  scanner: AuditScanner;
  /** The entries, in input order. */
  entries: CurrentEntry[];
  /** Lists that could not be read: their items are unknown, not absent. */
  unreadable: UnreadableList[];
  /** Defender's `DisableAutoExclusions`, when the input states it. */
  disableAutoExclusions?: boolean;
  /** Notes about the input (ignored values, odd spellings). */
  warnings: string[];
}

/** One entry's coverage of an item. */
export interface EntryCoverage {
  /** How it covers the item (or `cannot-evaluate`). */
  how: CoverageHow | 'cannot-evaluate';
  /** The entry. */
  entry: CurrentEntry;
  /** A note from the matcher (what part, under which condition, why not evaluable). */
  note?: string;
}

/**
 * The verdict on one recommended item (one of the resolution's `exclusions`):
 * - `covered`: at least one entry covers the whole item (`coveredBy` says which and how). An entry that covers only
 *   part of it (`how: 'partial'`) is listed too, but never makes the item covered on its own;
 * - `covered-by-automatic`: no entry covers it, but Microsoft Defender does by itself (a built-in exclusion, or an
 *   automatic server-role exclusion on Windows Server 2016 or later, real-time protection only, not with
 *   `DisableAutoExclusions` on): the item is one of them, or one of them covers it (`automaticBy`);
 * - `missing`: nothing covers it, or only partly (the reason then says "covered only partly by …");
 * - `unknown`: the answer cannot be given: a list that could hold its entry is unreadable, only entries that cannot be
 *   evaluated touch it, or Defender would add it automatically on some OS releases and the query named none.
 */
export type ItemVerdict = 'covered' | 'covered-by-automatic' | 'missing' | 'unknown';

/**
 * A verdict on one existing entry (an entry may get several):
 * - `needed`: it covers a recommended item, wholly or in part (`neededBy` names the rules);
 * - `redundant`: another entry already covers everything it covers (the reason names which; of two entries that cover
 *   each other, the later one is redundant);
 * - `broader-than-needed`: it covers recommended items but excludes much more: every item it covers, it covers as a
 *   folder strictly above the item (`how: 'parent'`), or through a rule that matches anywhere (an extension entry
 *   for a file item, a process image name for an item at one path, an unanchored ClamAV pattern);
 * - `dangerous`: it excludes what must never be excluded (the never-exclude list: roots, `C:\Users`, temp folders,
 *   interpreter processes, executable and script extensions; and user environment variables in a Defender entry);
 * - `unrelated`: no recommended item of the audited resolution is covered by it, even in part (reported, not condemned).
 */
export type EntryVerdict = 'needed' | 'redundant' | 'broader-than-needed' | 'dangerous' | 'unrelated';

/** Any verdict of a report, on an item or on an entry. */
export type AuditVerdict = ItemVerdict | EntryVerdict;

/** One entry that covers a recommended item. */
export interface ItemCover {
  /** The entry's position in `report.entries`. */
  entry: number;
  /** The entry's text. */
  text: string;
  /** How it covers the item (`partial`: only a part; the note says which). */
  how: CoverageHow;
  /** What the matcher said (which part, under which condition). */
  note?: string;
}

/** One of Defender's own exclusions that covers a recommended item. */
export interface AutomaticCover {
  /** The qualified rule id of Defender's exclusion in the resolution. */
  rule: string;
  /** Its value. */
  text: string;
  /** How it covers the item (`exact` when the item is that exclusion). */
  how: CoverageHow;
  /** What the matcher said. */
  note?: string;
}

/** One entry that touches an item but cannot be evaluated. */
export interface ItemUnevaluable {
  /** The entry's position in `report.entries`. */
  entry: number;
  /** The entry's text. */
  text: string;
  /** Why it cannot be evaluated. */
  note?: string;
}

/** A recommended item with its verdict. */
export interface AuditedItem {
  /** The item as the resolution has it. */
  item: ExclusionItem;
  /** The verdict. */
  verdict: ItemVerdict;
  /** Why, in one sentence. */
  reason: string;
  /** The entries that cover it, wholly or in part, in entry order. */
  coveredBy: ItemCover[];
  /** Defender's own exclusions that cover it (when they apply on the audited machine). */
  automaticBy: AutomaticCover[];
  /** Entries that touch it but cannot be evaluated. */
  cannotEvaluate: ItemUnevaluable[];
}

/** Why an entry got one of its verdicts. */
export interface VerdictReason {
  /** The verdict. */
  verdict: EntryVerdict;
  /** Why, in one sentence. */
  reason: string;
  /** Where the fact is stated: the never-exclude entry's page or the rule's source. */
  source?: ItemSource;
}

/** An existing entry with its verdicts. */
export interface AuditedEntry {
  /** The entry as parsed (kind, text, origin, restriction). */
  entry: CurrentEntry;
  /** Whether the entry's meaning can be stated exactly; when not, `unevaluable` says why. */
  evaluable: boolean;
  /** Why the entry cannot be evaluated. */
  unevaluable?: string;
  /** Every verdict that applies, in the order of {@link EntryVerdict}. */
  verdicts: EntryVerdict[];
  /** One reason per verdict, in the same order. */
  reasons: VerdictReason[];
  /** The qualified rule ids of the items it covers, wholly or in part. */
  neededBy: string[];
}

/** A note about the audit as a whole. */
export interface AuditWarning {
  /**
   * Stable machine-readable code:
   * - `LIST_UNREADABLE`: a list the input names cannot be read (an `N/A: …` placeholder);
   * - `ENTRY_NOT_EVALUABLE`: entries whose meaning cannot be stated exactly;
   * - `OS_VERSION_NEEDED`: Defender adds some items itself on some OS releases only, and the query named none;
   * - `AUTO_EXCLUSIONS_ASSUMED`: Defender's automatic exclusions were counted although the input does not state
   *   `DisableAutoExclusions` (its default, off, was assumed);
   * - `NOT_AUDITED`: conditional or unresolved items of the resolution, which have no value to look for;
   * - `RESOLUTION`: a warning of the resolution, passed on;
   * - `INPUT`: a parser's note about the input, passed on.
   */
  code:
    | 'LIST_UNREADABLE'
    | 'ENTRY_NOT_EVALUABLE'
    | 'OS_VERSION_NEEDED'
    | 'AUTO_EXCLUSIONS_ASSUMED'
    | 'NOT_AUDITED'
    | 'RESOLUTION'
    | 'INPUT';
  /** Human-readable explanation. */
  message: string;
}

/** What `auditExclusions` returns: plain data. */
export interface AuditReport {
  /** The scanner whose lists were audited. */
  scanner: AuditScanner;
  /** The machine's platform. */
  platform: Platform;
  /** The OS release the resolution was made for, or null. */
  osVersion: string | null;
  /** False when a list that could cover a recommended item is unreadable: some verdicts are then `unknown`. */
  readable: boolean;
  /** `DisableAutoExclusions` as the input states it (absent when no input states it). */
  disableAutoExclusions?: boolean;
  /** The lists that could not be read. */
  unreadable: UnreadableList[];
  /** One per recommended item, in the resolution's order. */
  recommended: AuditedItem[];
  /** One per existing entry, in input order (inputs in the order given). */
  entries: AuditedEntry[];
  /** How many items and entries got each verdict (every verdict named, zero included). */
  summary: Record<AuditVerdict, number>;
  /** Notes about the audit. */
  warnings: AuditWarning[];
}

/**
 * What the audit reads from a machine (exclusion entries, with where each came from) and how an entry covers a
 * recommended item. Plain data: parsers produce it, the coverage index and verdicts consume it.
 *
 * @module
 */
import type { CoverageHow } from '../paths/match/types.js';

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
 * - `effective`: the merged list a scanner reports (`Get-MpPreference`), whatever set each entry.
 */
export type EntrySource = 'local' | 'policy' | 'mdm' | 'effective';

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

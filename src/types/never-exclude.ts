/**
 * The format of `data/never-exclude.json`: values that must never be excluded, each with the reason and the page
 * that says so. The value rules refuse the roots and folders on it (`UNSAFE_VALUE`); the audit reads every entry.
 *
 * File format:
 * ```json
 * {
 *   "sources": [{ "id": "MS-MISTAKES", "title": "…", "url": "…", "docVersion": "ms.date 07/18/2023", "retrieved": "2026-11-30" }],
 *   "machineVariables": { "source": { "id": "MS-EXCLUSIONS-FILES", "section": "System environment variables" }, "values": { "PROGRAMDATA": "C:\\ProgramData" } },
 *   "entries": [{ "kind": "folder", "platforms": ["windows"], "value": "C:\\Temp", "reason": "…", "source": { "id": "MS-MISTAKES", "section": "…" } }]
 * }
 * ```
 * A Windows `value` is compared case-insensitively with machine variables expanded (`%SystemDrive%\` is `C:\`); a
 * segment written `<Name>` stands for any one path element. A folder or root matches
 * itself, with a trailing separator and with a trailing `\*` or `/*`; a `"match": "prefix"` entry matches every value
 * starting with it.
 *
 * @module
 */
import type { Platform, SourceDefinition, SourceRef } from './pack.js';

/** Every kind of never-exclude entry. */
export const NEVER_EXCLUDE_KINDS = ['root', 'folder', 'process', 'extension'] as const;

/**
 * What an entry names.
 * - `root`: a filesystem root, a whole drive or volume, or a device namespace;
 * - `folder`: a folder no exclusion may name;
 * - `process`: a process whose exclusion would leave everything it opens unscanned;
 * - `extension`: a file type that carries or launches code.
 */
export type NeverExcludeKind = (typeof NEVER_EXCLUDE_KINDS)[number];

/** One entry of `data/never-exclude.json`. */
export interface NeverExcludeEntryDefinition {
  /** What the entry names. */
  kind: NeverExcludeKind;
  /** The platforms it applies to. */
  platforms: Platform[];
  /** The value, written as the source writes it (`<Name>` for any one path element). */
  value: string;
  /** `exact` (default: the value itself, with a trailing separator or `*`) or `prefix` (every value starting with it). */
  match?: 'exact' | 'prefix';
  /** Why it must never be excluded, phrased to follow "it is". */
  reason: string;
  /** The source and section that say so. */
  source: SourceRef;
}

/**
 * The machine environment variables Microsoft Defender Antivirus expands in a Windows value (it runs as LocalSystem),
 * each with the value its source's table gives: Windows values are compared with them expanded.
 */
export interface MachineVariablesDefinition {
  /** The page and section whose table gives the values. */
  source: SourceRef;
  /** Each variable's value, by upper-case name (`PROGRAMDATA`: `C:\ProgramData`). */
  values: Record<string, string>;
}

/** The whole of `data/never-exclude.json`. */
export interface NeverExcludeFile {
  /** The editor's JSON Schema hint, if any. */
  $schema?: string;
  /** A note for readers of the file. */
  $comment?: string;
  /** The pages the entries come from. */
  sources: SourceDefinition[];
  /** The machine variables Defender expands, and the page that lists them. */
  machineVariables: MachineVariablesDefinition;
  /** The entries. */
  entries: NeverExcludeEntryDefinition[];
}

/** The source of a compiled entry: the page, with the section that states the fact. */
export interface NeverExcludeSource extends SourceDefinition {
  /** The section of the page. */
  section: string;
}

/** A compiled entry: the source reference replaced by the whole source. */
export interface NeverExcludeEntry extends Omit<NeverExcludeEntryDefinition, 'source'> {
  /** The page and section that say so. */
  source: NeverExcludeSource;
}

/**
 * One platform's never-exclude roots and folders compiled for matching (at build time, into
 * `src/generated/never-exclude.ts`): positions are in the platform's list, in the list's order.
 */
export interface NeverExcludeMatchers {
  /** Each entry naming one exact path: its comparison key and position (the first entry of a key). */
  exact: [key: string, at: number][];
  /** The other entries (placeholders, prefixes): position, regular expression source and flags, and the start
   * (lower case) every compared form the pattern matches has, or the first character for a prefix entry. */
  patterns: { at: number; source: string; flags: string; lead: string }[];
}

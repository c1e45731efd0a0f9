/**
 * The authoring format of a rule pack: one JSON file per product under `data/`.
 *
 * These interfaces are the hand-written contract, and the `as const` lists (`PLATFORMS`, `RULE_KINDS` …) the one
 * declaration of each enumeration; the zod schema in `src/schema/` is typed against them and the JSON
 * Schema shipped as `data/schema.json` is generated from that zod schema.
 *
 * @module
 */

/** Every operating-system family a rule can target. */
export const PLATFORMS = ['windows', 'linux', 'macos'] as const;

/** Operating-system families a rule can target. */
export type Platform = (typeof PLATFORMS)[number];

/** Every kind of exclusion. */
export const RULE_KINDS = ['directory', 'file', 'glob', 'extension', 'process', 'volume'] as const;

/**
 * What a rule excludes.
 * - `directory`: a folder (and, when `recursive`, everything below it);
 * - `file`: one file by full path;
 * - `glob`: a path with wildcards (`*`, `?`) in its last element;
 * - `extension`: a file-name extension anywhere on the machine (`.vhdx`);
 * - `process`: files opened by a process, by image name or full path;
 * - `volume`: a whole volume or partition (drive root, mount point or volume id).
 */
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * Each kind's heading where items are listed by kind, in the order readers see them (paths first, then processes and
 * extensions): the CLI's text and the page share it.
 */
export const RULE_KIND_TITLES: Readonly<Record<RuleKind, string>> = {
  directory: 'Directories',
  file: 'Files',
  glob: 'File patterns',
  volume: 'Volumes',
  process: 'Processes',
  extension: 'Extensions',
};

/** Every provenance grade, in order of confidence. */
export const PROVENANCE = ['vendor-page', 'vendor-other-page', 'derived', 'third-party'] as const;

/**
 * Where a rule's fact comes from.
 * - `vendor-page`: stated on the vendor's antivirus page this pack is built from;
 * - `vendor-other-page`: stated on another page or revision published by the same vendor;
 * - `derived`: put together by us from vendor facts (the reasoning is in the rule's `notes`);
 * - `third-party`: stated only by a third party; used only to fill a gap, and marked so.
 */
export type Provenance = (typeof PROVENANCE)[number];

/** Every risk level, lowest first. */
export const RISKS = ['low', 'medium', 'high'] as const;

/** How much protection an exclusion gives up: `high` for whole volumes and machine-wide generic extensions. */
export type Risk = (typeof RISKS)[number];

/**
 * A version scheme: how a product's versions are written and ordered.
 * - `numeric`: dotted numbers with up to `maxParts` parts (`5.0.0.3`), optional codenames mapped to versions;
 * - `train`: an ordered list of named releases (`2012 R2` < `2016` < `2019`);
 * - `none`: the guidance does not depend on the product's version.
 */
export type VersionScheme = NumericVersionScheme | TrainVersionScheme | NoVersionScheme;

/** Dotted numeric versions (`5.1.0`, `5.0.0.3`), compared part by part; missing parts count as 0. */
export interface NumericVersionScheme {
  /** Scheme discriminator. */
  type: 'numeric';
  /** How many numeric parts a version may have (4 for `5.0.0.3`). */
  maxParts: number;
  /** Release codenames, each mapped to the version it names. */
  codenames?: Codename[];
}

/** A release codename (`Jaglion` = `5.0.0`) with the source that ties the name to the version. */
export interface Codename {
  /** The codename as the vendor writes it. */
  name: string;
  /** The version it stands for, in the numeric scheme. */
  version: string;
  /** Where the mapping is stated. */
  source: SourceRef;
}

/** An ordered list of named releases, oldest first. */
export interface TrainVersionScheme {
  /** Scheme discriminator. */
  type: 'train';
  /** Releases, oldest first. */
  releases: TrainRelease[];
}

/** One release of a train. */
export interface TrainRelease {
  /** The id used in ranges and queries (`2012-r2`, `2016`). */
  id: string;
  /** The name people write (`Windows Server 2012 R2`). Also accepted in queries, as are `2012 R2` and `2012R2`. */
  name: string;
}

/** The guidance is the same for every version of the product. */
export interface NoVersionScheme {
  /** Scheme discriminator. */
  type: 'none';
}

/** A role a machine plays for a product (SEP sesam `server`, Kerio Connect `outlook-connector`). */
export interface RoleDefinition {
  /** Public id (`server`, `vmware-to-azure/protected-vm`). */
  id: string;
  /** Display name. */
  name: string;
  /** What a machine in this role does, in our words. */
  description: string;
  /** Platforms the role exists on; all of the pack's platforms when omitted. */
  platforms?: Platform[];
}

/** A condition a caller switches on in a query (`postgresql`: SEP sesam uses PostgreSQL as its database). */
export interface FeatureDefinition {
  /** Public id. */
  id: string;
  /** What being "on" means. */
  description: string;
}

/** Every kind of value a variable can hold. */
export const VARIABLE_TYPES = ['path', 'name'] as const;

/** What kind of value a variable holds; decides how caller values are checked. */
export type VariableType = (typeof VARIABLE_TYPES)[number];

/** A default value of a variable on one platform, with its source. */
export interface VariableDefault {
  /**
   * The default, written for the platform (`C:\Program Files\SEPsesam`, `/opt/sesam`). It may be a template over
   * other variables of the pack (`{SESAM_ROOT}`): the default then follows wherever the caller says those are.
   */
  value: string;
  /** Where the default is stated. */
  source: SourceRef;
  /** How the default was read from its source, when that is not plain (a template, a normalised spelling). */
  note?: string;
}

/** A default that holds only for some versions of the product (SQL Server 2022 numbers its folders `16`). */
export interface VersionedDefault extends VariableDefault {
  /** The product versions it holds for, as a range in the pack's version scheme. */
  versions: string;
}

/** A value a rule template refers to as `{NAME}`. */
export interface VariableDefinition {
  /** Upper-case name used in templates and queries (`SESAM_BIN`). */
  name: string;
  /** What the value is. */
  description: string;
  /** Where an admin finds the real value on a machine. */
  hint: string;
  /** Path or plain name (a user name). */
  type: VariableType;
  /** Whether the caller may give several values (each yields its own item). */
  multiple: boolean;
  /** Defaults per platform; a platform without one means only the caller knows the value. */
  defaults?: Partial<Record<Platform, VariableDefault>>;
  /**
   * Defaults that depend on the product version, per platform: the first entry whose range holds the version the
   * rules are matched against is the default, ahead of `defaults`; when none holds, `defaults` applies.
   */
  versionDefaults?: Partial<Record<Platform, VersionedDefault[]>>;
}

/** A document a pack cites. */
export interface SourceDefinition {
  /** Id used by `source.id` references inside the pack. */
  id: string;
  /** The document's title. */
  title: string;
  /** Where to read it. */
  url: string;
  /** The documentation version or revision date the facts were taken from. */
  docVersion: string;
  /** When the facts were checked (ISO date). */
  retrieved: string;
}

/** A reference from a rule (or default, include, codename) to a source and the section that states the fact. */
export interface SourceRef {
  /** A `sources[].id` of the same pack. */
  id: string;
  /** The section, heading or list item where the fact is stated. */
  section: string;
}

/** A source value we store in corrected form, and why. */
export interface Correction {
  /** The value exactly as the source prints it. */
  original: string;
  /** What was wrong and what we store instead. */
  note: string;
}

/**
 * The scanners a product's installer can manage exclusions in, by id: `defender` (Microsoft Defender Antivirus on
 * Windows), `mdatp` (Microsoft Defender for Endpoint on Linux and macOS), `clamav` (ClamAV).
 */
export const SCANNERS = ['defender', 'mdatp', 'clamav'] as const;

/** A scanner id, one of {@link SCANNERS}. */
export type Scanner = (typeof SCANNERS)[number];

/** Every kind of scan a managed exclusion can be limited to. */
export const MANAGED_SCANS = ['real-time'] as const;

/**
 * The scans a managed exclusion applies to, one of {@link MANAGED_SCANS}.
 * - `real-time`: real-time (on-access) protection only; quick, full, custom and scheduled scans still scan the item.
 */
export type ManagedScans = (typeof MANAGED_SCANS)[number];

/** Who else manages an exclusion, so a caller does not add it twice. */
export interface ManagedBy {
  /** Who adds and removes it (`SEP sesam installer`). */
  by: string;
  /** The scanner it is added to, by id (`defender`). */
  scanner: Scanner;
  /** When it is added and removed. */
  note: string;
  /**
   * The operating-system releases on which it is managed, as a range in the pack's `osVersionScheme` (all when
   * omitted). Outside the range the item is the caller's to add, like any other.
   */
  osVersions?: string;
  /**
   * The scanner setting that, when on, turns this managed exclusion off, so the item is again the caller's to add
   * (`DisableAutoExclusions` for Defender's automatic server-role exclusions, "Turn off Auto Exclusions" in Group
   * Policy). Absent: the source names no such setting.
   */
  disabledBy?: string;
  /**
   * The scans the managed exclusion applies to: `real-time` when it holds for real-time protection only (Defender's
   * automatic server-role exclusions), so on-demand and scheduled scans still scan the item. Absent: the source
   * limits it to no kind of scan.
   */
  scans?: ManagedScans;
}

/** One exclusion rule of a pack. */
export interface RuleDefinition {
  /** Id unique inside the pack (kebab-case). */
  id: string;
  /** What is excluded. */
  kind: RuleKind;
  /**
   * The value, with `{NAME}` for pack variables. Windows machine variables Defender expands itself
   * (`%ProgramData%`, `%ProgramFiles%`, `%SystemRoot%` …) are kept as written.
   */
  value: string;
  /** Whether everything below a directory or volume is meant. */
  recursive: boolean;
  /** Roles the rule applies to. */
  roles: string[];
  /** Platforms the rule applies to. */
  platforms: Platform[];
  /** Product versions the rule applies to, as a range in the pack's version scheme (all when omitted). */
  versions?: string;
  /** Operating-system releases the rule applies to, as a range in the pack's `osVersionScheme` (all when omitted). */
  osVersions?: string;
  /** Features that must all be on for the rule to apply. */
  when?: string[];
  /**
   * Emit the rule only when its variables have a value (caller or default). Used for custom locations that only
   * matter once moved away from a default another rule already covers; otherwise a missing value is `unresolved`.
   */
  skipIfUnset?: boolean;
  /** How much protection the exclusion gives up. */
  risk: Risk;
  /** Why the risk is what it is (required for `high`). */
  riskNote?: string;
  /** Set when the product's own installer already adds this exclusion to a scanner. */
  managedBy?: ManagedBy;
  /** Why the exclusion is needed, in our own words. */
  rationale: string;
  /** Where the fact is stated. */
  source: SourceRef;
  /** How we know it. */
  provenance: Provenance;
  /** The source's value when we store a corrected one. */
  correction?: Correction;
  /** Interpretations and caveats a reviewer should know. */
  notes?: string[];
}

/** "Role R of this product also needs role(s) S of product Q." */
export interface IncludeDefinition {
  /** The role of this pack that includes. */
  role: string;
  /** The included product id. */
  product: string;
  /** The included product's roles. */
  roles: string[];
  /**
   * Features of this pack that must all be on for the include to apply (SQL Server's failover cluster instances need
   * what the failover-cluster pack says); without them, the included items are conditional on those features.
   */
  when?: string[];
  /** Where the source says so. */
  source: SourceRef;
  /** How we know it. */
  provenance: Provenance;
}

/** A rule pack: everything the library knows about one product's antivirus exclusions. */
export interface RulePack {
  /** Path of the JSON Schema, for editors. */
  $schema?: string;
  /** Public product id; also the file name (`data/<id>.json`). */
  id: string;
  /** Product name. */
  name: string;
  /** Vendor. */
  vendor: string;
  /** What the product is, in our words. */
  description: string;
  /** How product versions are written and ordered. */
  versionScheme: VersionScheme;
  /** Versions the sources document, oldest first (empty for the `none` scheme). */
  documentedVersions: string[];
  /** How operating-system releases are ordered, per platform, for rules with `osVersions`. */
  osVersionScheme?: Partial<Record<Platform, TrainVersionScheme>>;
  /** Platforms the product runs on. */
  platforms: Platform[];
  /** Roles a machine can play. */
  roles: RoleDefinition[];
  /** Conditions a caller can switch on. */
  features: FeatureDefinition[];
  /** Values templates refer to. */
  variables: VariableDefinition[];
  /** Documents the pack cites. */
  sources: SourceDefinition[];
  /** Exclusion rules. */
  rules: RuleDefinition[];
  /** Roles of other products a role of this one needs as well. */
  includes: IncludeDefinition[];
}

/**
 * What `resolveExclusions` returns: plain data that renderers and the audit work on.
 * A caller may build a {@link Resolution} by other means and still render or audit it.
 *
 * @module
 */
import type { Correction, ManagedBy, Platform, Provenance, Risk, RuleKind } from './pack.js';

/** One step of an include chain: which product and role brought an item in. */
export interface ViaStep {
  /** Product id. */
  product: string;
  /** Role id of that product. */
  role: string;
}

/** A rule's source, resolved for display. */
export interface ItemSource {
  /** Source id inside its pack. */
  id: string;
  /** Document title. */
  title: string;
  /** Document URL. */
  url: string;
  /** Section that states the fact. */
  section: string;
  /** Documentation version or revision date. */
  docVersion: string;
}

/** Fields every item carries, whatever bucket it is in. */
export interface ItemBase {
  /** Qualified rule id, `<product>/<rule id>`. */
  rule: string;
  /** What is excluded. */
  kind: RuleKind;
  /** The rule's value template as stored (`{SESAM_BIN}`, `%ProgramData%\ASRLogs`). */
  template: string;
  /** Whether everything below a directory or volume is meant. */
  recursive: boolean;
  /** The platform the item is for. */
  platform: Platform;
  /** Why the exclusion is needed. */
  rationale: string;
  /** Where the fact is stated. */
  source: ItemSource;
  /** How we know it. */
  provenance: Provenance;
  /** How much protection it gives up. */
  risk: Risk;
  /** Why the risk is what it is. */
  riskNote?: string;
  /** Present when the product's installer already adds the exclusion to a scanner. */
  managedBy?: ManagedBy;
  /** The source's value when the stored one is corrected. */
  correction?: Correction;
  /** Interpretations and caveats. */
  notes?: string[];
  /** The include chain from the queried product and role to the pack that holds the rule. */
  via: ViaStep[];
}

/** A rule merged into another item because it expanded to the same value. */
export interface DuplicateRef {
  /** Qualified rule id. */
  rule: string;
  /** Its include chain. */
  via: ViaStep[];
}

/** An exclusion to apply now. */
export interface ExclusionItem extends ItemBase {
  /**
   * The expanded value: pack variables replaced by caller values or defaults; Windows machine variables that the
   * scanner expands itself (`%ProgramData%`) kept as written.
   */
  value: string;
  /** Variables whose default (not a caller value) went into `value`. */
  defaultsUsed: string[];
  /** Other rules (own or included) that expanded to the same value and were merged into this item. */
  duplicates: DuplicateRef[];
}

/** An exclusion that needs a value only the caller knows. */
export interface UnresolvedItem extends ItemBase {
  /** The variables without a value. */
  variables: string[];
  /** Where to find the missing values. */
  hint: string;
}

/** What must hold for a conditional item to apply. */
export interface ItemCondition {
  /** Features that would have to be on (those the query did not switch on). */
  features?: string[];
  /** The operating-system release range that would have to match (the query gave no `osVersion`). */
  osVersions?: string;
}

/** An exclusion that would apply if its condition held. */
export interface ConditionalItem extends ItemBase {
  /** What would have to hold. */
  condition: ItemCondition;
  /** The expanded value, when every variable has a value; absent otherwise. */
  value?: string;
  /** Variables that would still need a value. */
  variables: string[];
}

/** A note about how the query was read. */
export interface ResolutionWarning {
  /** Stable machine-readable code. */
  code:
    | 'VERSION_DEFAULTED'
    | 'VERSION_NEWER_THAN_DOCUMENTED'
    | 'VERSION_OLDER_THAN_DOCUMENTED'
    | 'VERSION_NOT_APPLICABLE'
    | 'DEFAULTS_ASSUMED'
    | 'OS_VERSION_NOT_APPLICABLE'
    | 'OS_VERSION_NEEDED'
    | 'VARIABLE_NOT_USED';
  /** Human-readable explanation. */
  message: string;
}

/** The query as the resolver read it. */
export interface NormalizedQuery {
  /** Product id. */
  product: string;
  /** The version as given (a codename stays a codename here), or null when omitted. */
  version: string | null;
  /** The numeric or train version used for matching, or null for versionless products. */
  effectiveVersion: string | null;
  /** The documented version whose guidance applies (the newest documented one not newer than the version). */
  documentedVersion: string | null;
  /** Roles, de-duplicated, in the order given. */
  roles: string[];
  /** Platform. */
  platform: Platform;
  /** Operating-system release id (`2019`), or null when not given. */
  osVersion: string | null;
  /** Features switched on, sorted. */
  features: string[];
  /** Caller values, each as a list. */
  variables: Record<string, string[]>;
  /** Provenance grades admitted. */
  provenance: Provenance[];
}

/** The answer to "which exclusions does this machine need?". */
export interface Resolution {
  /** The query as read. */
  query: NormalizedQuery;
  /** Apply these. */
  exclusions: ExclusionItem[];
  /** These would apply if a feature were on or the OS release matched. */
  conditional: ConditionalItem[];
  /** These need values only the caller knows. */
  unresolved: UnresolvedItem[];
  /** How the query was read (defaults, versions). */
  warnings: ResolutionWarning[];
}

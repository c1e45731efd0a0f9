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
  /** `VARIABLE_NOT_USED`: the variables whose values were not used. */
  variables?: string[];
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

/** One product running on a machine: what a {@link Machine} lists. */
export interface MachineProduct {
  /** Product id (`sep-sesam`). */
  product: string;
  /** Product version, as the product's scheme reads it; omitted: the newest documented version (warned). */
  version?: string;
  /** One or more roles of the product on this machine. */
  roles: readonly string[];
  /** Features that are on (of the product or of any product it includes). */
  features?: readonly string[];
}

/**
 * A server running several products: the input of `resolveMachine`, and the shape of a machine file
 * (`av-exclusions/machine.schema.json`). Platform, OS release, variables and provenance belong to the machine and
 * apply to every product; each product names its own version, roles and features. A product may be listed once.
 */
export interface Machine {
  /** The JSON Schema of the file (`av-exclusions/machine.schema.json`), for editors; not read otherwise. */
  $schema?: string;
  /** The machine's platform. */
  platform: Platform;
  /** Its operating-system release (`2022`, `Windows Server 2019`), for rules that depend on it. */
  osVersion?: string;
  /** The products it runs (at least one, each once). */
  products: readonly MachineProduct[];
  /** Caller values for variables, shared by every product that defines the variable. */
  variables?: Readonly<Record<string, string | readonly string[]>>;
  /** Admit only rules of these provenance grades (default: all). */
  provenance?: readonly Provenance[];
}

/** A machine as the resolver read it: its platform and OS release, and each product's query as read. */
export interface MachineQuery {
  /** Platform. */
  platform: Platform;
  /** Operating-system release id (`2022`), or null when not given or no product's rules depend on it. */
  osVersion: string | null;
  /** Each product's query as read, in the order given (variables: those the product defines). */
  products: NormalizedQuery[];
}

/** A note about how one product of a machine was read: a {@link ResolutionWarning} that names its product. */
export interface MachineWarning extends ResolutionWarning {
  /** The product (id) the warning is about. */
  product: string;
}

/**
 * The answer to "which exclusions does this server, running several products, need?": one resolution for the whole
 * machine. Items of every product are merged by expanded value, each merged item keeping every contributing rule in
 * `duplicates` (each with its `via` chain from its own product).
 */
export interface MachineResolution {
  /** The machine as read. */
  machine: MachineQuery;
  /** Platform and OS release, where a {@link Resolution} has them too (code that needs only these reads both alike). */
  query: {
    /** Platform (as `machine.platform`). */
    platform: Platform;
    /** Operating-system release id (as `machine.osVersion`). */
    osVersion: string | null;
  };
  /** Apply these. */
  exclusions: ExclusionItem[];
  /** These would apply if a feature were on or the OS release matched. */
  conditional: ConditionalItem[];
  /** These need values only the caller knows. */
  unresolved: UnresolvedItem[];
  /** How each product was read (defaults, versions), each naming its product. */
  warnings: MachineWarning[];
}

/** What the renderers accept: the resolution of one product, or of a whole machine (`'machine' in resolution`). */
export type AnyResolution = Resolution | MachineResolution;

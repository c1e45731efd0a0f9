/**
 * The compiled form of rule packs: what the resolver reads. Produced by `compilePacks` at build time for the bundled
 * data (written to `src/generated/`) and at run time by `createCatalog` for a caller's packs.
 *
 * @module
 */
import type { Platform, RuleDefinition, RulePack, SourceDefinition, VariableDefinition } from '../types/pack.js';
import type { CompiledRange } from '../version/interval.js';

/** A rule ready for matching: the pack's fields, with ranges compiled and template variables listed. */
export interface CompiledRule
  extends Pick<
    RuleDefinition,
    | 'id'
    | 'kind'
    | 'value'
    | 'recursive'
    | 'when'
    | 'skipIfUnset'
    | 'risk'
    | 'riskNote'
    | 'managedBy'
    | 'rationale'
    | 'source'
    | 'provenance'
    | 'correction'
    | 'notes'
  > {
  /** Product versions, compiled (absent: all). */
  versions?: CompiledRange;
  /** OS releases as written (for conditions). */
  osVersionsText?: string;
  /** OS releases, compiled (absent: all). */
  osVersions?: CompiledRange;
  /** Variables the template uses (absent: none). */
  variables?: string[];
  /** The OS releases on which `managedBy` holds, compiled (absent: all). */
  managedOsVersions?: CompiledRange;
}

/** A version-dependent default, its range compiled. */
export interface CompiledVersionedDefault {
  /** Product versions it holds for. */
  versions: CompiledRange;
  /** The default (a template). */
  value: string;
}

/** An include: role(s) of another product this role needs. */
export interface CompiledInclude {
  /** Included product id. */
  product: string;
  /** Included roles. */
  roles: string[];
  /** Features of the including pack that must be on (absent: none). */
  when?: string[];
}

/**
 * One product, compiled: the pack's descriptive fields as they are, variables and sources by name and id, rules
 * compiled, includes grouped by role, and an index of rule positions by platform and role.
 */
export interface CompiledProduct
  extends Pick<
    RulePack,
    | 'id'
    | 'name'
    | 'vendor'
    | 'description'
    | 'versionScheme'
    | 'documentedVersions'
    | 'osVersionScheme'
    | 'platforms'
    | 'roles'
    | 'features'
  > {
  /** The documented versions parsed (numeric: parts; train: [index]). */
  documentedTuples: number[][];
  /** Variables by name. */
  variables: Record<string, VariableDefinition>;
  /** Version-dependent defaults by variable name, then platform (absent: the pack has none). */
  versionDefaults?: Record<string, Partial<Record<Platform, CompiledVersionedDefault[]>>>;
  /** Sources by id. */
  sources: Record<string, SourceDefinition>;
  /** Rules. */
  rules: CompiledRule[];
  /** Includes by role id. */
  includes: Record<string, CompiledInclude[]>;
  /** Rule positions by platform, then role. */
  index: Partial<Record<Platform, Record<string, number[]>>>;
}

/** A set of compiled products the resolver works over. */
export interface CompiledCatalog {
  /** Products by id. */
  products: Readonly<Record<string, CompiledProduct>>;
}

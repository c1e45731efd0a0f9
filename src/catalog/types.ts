/**
 * The compiled form of rule packs: what the resolver reads. Produced by `compilePacks` at build time for the bundled
 * data (written to `src/generated/`) and at run time by `createCatalog` for a caller's packs.
 *
 * @module
 */
import type {
  FeatureDefinition,
  Platform,
  RoleDefinition,
  RuleDefinition,
  SourceDefinition,
  TrainVersionScheme,
  VariableDefinition,
  VersionScheme,
} from '../types/pack.js';
import type { CompiledRange } from '../version/interval.js';

/** A rule ready for matching: the pack's fields, with ranges compiled and template variables listed. */
export interface CompiledRule
  extends Pick<
    RuleDefinition,
    'id' | 'kind' | 'value' | 'recursive' | 'when' | 'skipIfUnset' | 'risk' | 'riskNote' | 'managedBy' | 'rationale' | 'source' | 'provenance' | 'correction' | 'notes'
  > {
  /** Product versions, compiled (absent: all). */
  versions?: CompiledRange;
  /** OS releases as written (for conditions). */
  osVersionsText?: string;
  /** OS releases, compiled (absent: all). */
  osVersions?: CompiledRange;
  /** Variables the template uses (absent: none). */
  variables?: string[];
}

/** An include: role(s) of another product this role needs. */
export interface CompiledInclude {
  /** Included product id. */
  product: string;
  /** Included roles. */
  roles: string[];
}

/** One product, compiled. */
export interface CompiledProduct {
  /** Product id. */
  id: string;
  /** Name. */
  name: string;
  /** Vendor. */
  vendor: string;
  /** Description. */
  description: string;
  /** Version scheme. */
  versionScheme: VersionScheme;
  /** Documented versions, oldest first. */
  documentedVersions: string[];
  /** The documented versions parsed (numeric: parts; train: [index]). */
  documentedTuples: number[][];
  /** OS release trains per platform. */
  osVersionScheme?: Partial<Record<Platform, TrainVersionScheme>>;
  /** Platforms. */
  platforms: Platform[];
  /** Roles. */
  roles: RoleDefinition[];
  /** Features. */
  features: FeatureDefinition[];
  /** Variables by name. */
  variables: Record<string, VariableDefinition>;
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

/**
 * The query type of the bundled catalog: ids narrowed to literal unions generated from the data.
 *
 * @module
 */
import type { FeatureId, KnownOsVersion, KnownVersion, PlatformId, ProductId, RoleId, VariableName } from '../generated/ids.js';
import type { Provenance } from '../types/pack.js';
import type { ExclusionQuery } from './query.js';

/**
 * A query for bundled product `P`: `roles`, `platform`, `features` and `variables` only accept ids that product
 * (or a product it includes) defines, so `roles: ['master']` for `sep-sesam` fails to compile.
 */
export interface BundledQuery<P extends ProductId>
  extends Omit<ExclusionQuery, 'product' | 'version' | 'roles' | 'platform' | 'osVersion' | 'features' | 'variables' | 'provenance'> {
  /** Product id. */
  product: P;
  /**
   * Product version: a documented version or codename of `P` (offered as literals), or any other version text the
   * product's scheme reads (`5.0.0.3`, `5.0`).
   */
  version?: KnownVersion<P> | (string & {});
  /** Roles of the product. */
  roles: readonly RoleId<P>[];
  /** Platform; may be omitted only when the product has exactly one. */
  platform?: PlatformId<P>;
  /**
   * Operating-system release: one the rules of `P` or of the products it includes name (offered as literals), or
   * other text of the release (`Windows Server 2019`, `2012R2`).
   */
  osVersion?: KnownOsVersion<P> | (string & {});
  /** Features switched on. */
  features?: readonly FeatureId<P>[];
  /** Caller values for variables. */
  variables?: Partial<Readonly<Record<VariableName<P>, string | readonly string[]>>>;
  /** Admit only rules of these provenance grades. */
  provenance?: readonly Provenance[];
}

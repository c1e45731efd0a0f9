/**
 * The query type of the bundled catalog: ids narrowed to literal unions generated from the data.
 *
 * @module
 */
import type { FeatureId, PlatformId, ProductId, RoleId, VariableName } from '../generated/ids.js';
import type { Provenance } from '../types/pack.js';
import type { ExclusionQuery } from './query.js';

/**
 * A query for bundled product `P`: `roles`, `platform`, `features` and `variables` only accept ids that product
 * (or a product it includes) defines, so `roles: ['master']` for `sep-sesam` fails to compile.
 */
export interface BundledQuery<P extends ProductId>
  extends Omit<ExclusionQuery, 'product' | 'roles' | 'platform' | 'features' | 'variables' | 'provenance'> {
  /** Product id. */
  product: P;
  /** Roles of the product. */
  roles: readonly RoleId<P>[];
  /** Platform; may be omitted only when the product has exactly one. */
  platform?: PlatformId<P>;
  /** Features switched on. */
  features?: readonly FeatureId<P>[];
  /** Caller values for variables. */
  variables?: Partial<Readonly<Record<VariableName<P>, string | readonly string[]>>>;
  /** Admit only rules of these provenance grades. */
  provenance?: readonly Provenance[];
}

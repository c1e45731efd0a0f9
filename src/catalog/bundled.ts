/**
 * What `listProducts` and `getProduct` return for the bundled products: the descriptions of `describe.ts`, with every
 * id typed as the literal union the data defines, so an answer can be fed back into a query without a cast.
 *
 * @module
 */
import type { FeatureId, PlatformId, ProductId, RoleId, VariableName } from '../generated/ids.js';
import type { FeatureDefinition, RoleDefinition, VariableDefinition } from '../types/pack.js';
import { describeProduct, type ProductInfo, type ProductSummary, summarizeProducts } from './describe.js';
import type { CompiledCatalog } from './types.js';

/**
 * A {@link ProductSummary} of bundled product `P` (for a union of ids, a union of summaries told apart by `id`; for an
 * id typed `never`, that of every product).
 */
export type BundledProductSummary<P extends ProductId = ProductId> = [P] extends [never]
  ? BundledProductSummary<ProductId>
  : P extends ProductId
    ? Omit<ProductSummary, 'id' | 'platforms' | 'roles'> & {
        /** Product id. */
        id: P;
        /** Platforms. */
        platforms: PlatformId<P>[];
        /** Role ids. */
        roles: RoleId<P>[];
      }
    : never;

/**
 * A {@link ProductInfo} of bundled product `P`, its ids typed as literal unions (for a union of ids, a union told
 * apart by `id`; for an id typed `never`, that of every product).
 */
export type BundledProductInfo<P extends ProductId = ProductId> = [P] extends [never]
  ? BundledProductInfo<ProductId>
  : P extends ProductId
    ? Omit<ProductInfo, 'id' | 'platforms' | 'roles' | 'roleDetails' | 'features' | 'variables'> & {
        /** Product id. */
        id: P;
        /** Platforms. */
        platforms: PlatformId<P>[];
        /** Role ids. */
        roles: RoleId<P>[];
        /** Role definitions. */
        roleDetails: (RoleDefinition & {
          /** Role id. */
          id: RoleId<P>;
        })[];
        /** Features of the product and of the products it includes. */
        features: (FeatureDefinition & {
          /** Feature id. */
          id: FeatureId<P>;
        })[];
        /** Variables of the product and of the products it includes. */
        variables: (VariableDefinition & {
          /** Variable name. */
          name: VariableName<P>;
        })[];
      }
    : never;

/**
 * {@link summarizeProducts} over a catalog of bundled products, typed.
 *
 * @param catalog - bundled products
 * @returns fresh summaries, sorted by id
 */
export function summarizeBundledProducts(catalog: CompiledCatalog): BundledProductSummary[] {
  return summarizeProducts(catalog) as BundledProductSummary[];
}

/**
 * {@link describeProduct} over a catalog of bundled products, typed.
 *
 * @param catalog - bundled products
 * @param id - product id
 * @returns a fresh description
 * @throws AvExclusionsError `UNKNOWN_PRODUCT`
 */
export function describeBundledProduct<P extends ProductId>(catalog: CompiledCatalog, id: P): BundledProductInfo<P> {
  return describeProduct(catalog, id) as BundledProductInfo<P>;
}

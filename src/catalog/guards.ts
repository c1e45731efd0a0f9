/**
 * Guards for user input (a web form, argv): is this text a bundled product id, a role of that product, one of its
 * platforms, features or variables? Each narrows to the literal union the data defines, so the checked value goes
 * into a query without a cast. They read the generated id tables, not the rule data, so they add almost nothing to a
 * bundle.
 *
 * @module
 */
import { type FeatureId, type PlatformId, type ProductId, QUERY_IDS, type RoleId, type VariableName } from '../generated/ids.js';

function member<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * Whether a value is the id of a bundled product.
 *
 * @param value - anything (user input)
 * @returns `true` when `value` is a product id; it is then typed {@link ProductId}
 * @example
 * ```ts
 * import { isProductId } from 'av-exclusions';
 * console.log([isProductId('sep-sesam'), isProductId('toString')]); // [ true, false ]
 * ```
 */
export function isProductId(value: unknown): value is ProductId {
  return typeof value === 'string' && Object.hasOwn(QUERY_IDS, value);
}

/**
 * Whether a value is a role id of a bundled product.
 *
 * @param product - the product id
 * @param value - anything (user input)
 * @returns `true` when `value` is one of the product's roles; it is then typed `RoleId<P>`
 * @example
 * ```ts
 * import { isRoleOf, resolveExclusions } from 'av-exclusions';
 * const role: string = 'server';
 * if (isRoleOf('sep-sesam', role)) resolveExclusions({ product: 'sep-sesam', roles: [role], platform: 'linux' });
 * ```
 */
export function isRoleOf<P extends ProductId>(product: P, value: unknown): value is RoleId<P> {
  return isProductId(product) && member<RoleId<P>>(QUERY_IDS[product].roles as readonly RoleId<P>[], value);
}

/**
 * Whether a value is a platform of a bundled product.
 *
 * @param product - the product id
 * @param value - anything (user input)
 * @returns `true` when the product runs on `value`; it is then typed `PlatformId<P>`
 * @example
 * ```ts
 * import { isPlatformOf } from 'av-exclusions';
 * console.log([isPlatformOf('kerio-connect', 'macos'), isPlatformOf('sep-sesam', 'macos')]); // [ true, false ]
 * ```
 */
export function isPlatformOf<P extends ProductId>(product: P, value: unknown): value is PlatformId<P> {
  return isProductId(product) && member<PlatformId<P>>(QUERY_IDS[product].platforms as readonly PlatformId<P>[], value);
}

/**
 * Whether a value is a feature a query for a bundled product may switch on (its own or an included product's).
 *
 * @param product - the product id
 * @param value - anything (user input)
 * @returns `true` when `value` is such a feature; it is then typed `FeatureId<P>`
 * @example
 * ```ts
 * import { isFeatureOf } from 'av-exclusions';
 * console.log(isFeatureOf('azure-site-recovery', 'cluster-shared-volumes')); // true
 * ```
 */
export function isFeatureOf<P extends ProductId>(product: P, value: unknown): value is FeatureId<P> {
  return isProductId(product) && member<FeatureId<P>>(QUERY_IDS[product].features as readonly FeatureId<P>[], value);
}

/**
 * Whether a value is a variable a query for a bundled product may set (its own or an included product's).
 *
 * @param product - the product id
 * @param value - anything (user input)
 * @returns `true` when `value` is such a variable name; it is then typed `VariableName<P>`
 * @example
 * ```ts
 * import { isVariableOf } from 'av-exclusions';
 * console.log(isVariableOf('sep-sesam', 'DATA_STORE_VOLUMES')); // true
 * ```
 */
export function isVariableOf<P extends ProductId>(product: P, value: unknown): value is VariableName<P> {
  return isProductId(product) && member<VariableName<P>>(QUERY_IDS[product].variables as readonly VariableName<P>[], value);
}

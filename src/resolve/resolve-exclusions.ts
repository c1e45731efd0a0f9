/**
 * `resolveExclusions` over the bundled catalog.
 *
 * @module
 */
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import type { ProductId } from '../generated/ids.js';
import type { Resolution } from '../types/resolution.js';
import type { BundledQuery } from './bundled-query.js';
import { resolveImpl } from './resolve-impl.js';

/**
 * Answers "which antivirus exclusions does this machine need?" from the bundled, sourced rule data. Pure: no I/O,
 * no globals; every call returns fresh objects.
 *
 * The answer has four parts: `exclusions` (apply these), `conditional` (would apply if a feature were on or the OS
 * release matched), `unresolved` (need a value only you know, such as data store volumes) and `warnings` (how
 * versions and defaults were read). Roles of other products that a role includes (Azure Site Recovery's Hyper-V
 * host includes Microsoft's Hyper-V host guidance) are resolved too, de-duplicated, each item keeping its `via` chain.
 *
 * @param query - product, roles, platform, and optionally version, osVersion, features, variables, provenance
 * @returns the resolution
 * @throws AvExclusionsError `UNKNOWN_PRODUCT`, `UNKNOWN_ROLE`, `UNKNOWN_PLATFORM`, `MISSING_PLATFORM`,
 *   `UNSUPPORTED_PLATFORM`, `UNKNOWN_FEATURE`, `UNKNOWN_VARIABLE`, `INVALID_VARIABLE_VALUE`, `INVALID_VERSION`,
 *   `INVALID_OS_VERSION`, `INVALID_QUERY`
 * @example
 * ```ts
 * import { resolveExclusions } from 'av-exclusions';
 * const result = resolveExclusions({
 *   product: 'sep-sesam',
 *   version: '5.0.0.3',
 *   roles: ['server'],
 *   platform: 'windows',
 *   features: ['postgresql'],
 * });
 * console.log(result.exclusions.map((item) => `${item.kind} ${item.value}`));
 * // [ 'directory C:\\Program Files\\SEPsesam', 'process postgres.exe', 'glob C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*' ]
 * console.log(result.unresolved.map((item) => item.variables)); // [ [ 'DATA_STORE_VOLUMES' ] ]
 * ```
 */
export function resolveExclusions<P extends ProductId>(query: BundledQuery<P>): Resolution {
  return resolveImpl(BUNDLED_CATALOG, query);
}

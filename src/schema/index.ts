/**
 * `av-exclusions/schema`: the rule-pack schema (zod and JSON Schema) and catalogs over a caller's own packs.
 * Kept apart from the main entry so that importing `av-exclusions` never loads zod.
 *
 * @module
 */

export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from '../errors.js';
export type * from '../types/pack.js';
export { type Catalog, type CreateCatalogOptions, createCatalog } from './create-catalog.js';
export { RulePackSchema, rulePackJsonSchema } from './pack-schema.js';

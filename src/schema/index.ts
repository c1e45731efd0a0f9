/**
 * `av-exclusions/schema`: the rule-pack schema (zod and JSON Schema) and catalogs over a caller's own packs.
 * Kept apart from the main entry so that importing `av-exclusions` never loads zod.
 *
 * @module
 */
export { RulePackSchema, rulePackJsonSchema } from './pack-schema.js';
export { createCatalog, type Catalog, type CreateCatalogOptions } from './create-catalog.js';
export type * from '../types/pack.js';

/**
 * `av-exclusions/schema`: the rule-pack and machine-file schemas (zod and JSON Schema), machine-file readers, and catalogs over a caller's own packs.
 * Kept apart from the main entry so that importing `av-exclusions` never loads zod.
 *
 * @module
 */

export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from '../errors.js';
export type * from '../types/pack.js';
export type { Machine, MachineProduct, MachineQuery, MachineResolution, MachineWarning } from '../types/resolution.js';
export { type Catalog, type CreateCatalogOptions, createCatalog } from './create-catalog.js';
export { MachineSchema, machineJsonSchema, parseMachine, readMachineFile } from './machine-schema.js';
export { RulePackSchema, rulePackJsonSchema } from './pack-schema.js';

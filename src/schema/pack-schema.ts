/**
 * The zod schema of a rule pack (shape only; the semantic checks live in `checkPacks`, `src/catalog/check-packs.ts`). Uses `zod/mini` and is
 * reachable only from the `av-exclusions/schema` entry point, so the core bundle never carries zod.
 *
 * @module
 */
import * as z from 'zod/mini';
import type {
  Codename,
  Correction,
  FeatureDefinition,
  IncludeDefinition,
  ManagedBy,
  Platform,
  Provenance,
  Risk,
  RoleDefinition,
  RuleDefinition,
  RuleKind,
  RulePack,
  SourceDefinition,
  SourceRef,
  TrainRelease,
  TrainVersionScheme,
  VariableDefault,
  VariableDefinition,
  VersionedDefault,
  VersionScheme,
} from '../types/pack.js';
import { MANAGED_SCANS, PLATFORMS, PROVENANCE, RISKS, RULE_KINDS, SCANNERS, VARIABLE_TYPES } from '../types/pack.js';

const text = z.string().check(z.minLength(1));
const id = z.string().check(z.regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/));
const platform: z.ZodMiniType<Platform> = z.enum(PLATFORMS);
const platforms = z.array(platform).check(z.minLength(1));
const kind: z.ZodMiniType<RuleKind> = z.enum(RULE_KINDS);
const provenance: z.ZodMiniType<Provenance> = z.enum(PROVENANCE);
const risk: z.ZodMiniType<Risk> = z.enum(RISKS);

const sourceRef: z.ZodMiniType<SourceRef> = z.strictObject({ id: text, section: text });
const codename: z.ZodMiniType<Codename> = z.strictObject({ name: text, version: text, source: sourceRef });
const release: z.ZodMiniType<TrainRelease> = z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/)), name: text });
const train: z.ZodMiniType<TrainVersionScheme> = z.strictObject({
  type: z.literal('train'),
  releases: z.array(release).check(z.minLength(1)),
});
const versionScheme: z.ZodMiniType<VersionScheme> = z.union([
  z.strictObject({
    type: z.literal('numeric'),
    maxParts: z.number().check(z.int(), z.minimum(1), z.maximum(6)),
    codenames: z.optional(z.array(codename)),
  }),
  train,
  z.strictObject({ type: z.literal('none') }),
]);
const role: z.ZodMiniType<RoleDefinition> = z.strictObject({ id, name: text, description: text, platforms: z.optional(platforms) });
const feature: z.ZodMiniType<FeatureDefinition> = z.strictObject({ id, description: text });
const variableDefault: z.ZodMiniType<VariableDefault> = z.strictObject({ value: text, source: sourceRef, note: z.optional(text) });
const versionedDefault: z.ZodMiniType<VersionedDefault> = z.strictObject({
  value: text,
  source: sourceRef,
  note: z.optional(text),
  versions: text,
});
const variable: z.ZodMiniType<VariableDefinition> = z.strictObject({
  name: z.string().check(z.regex(/^[A-Z][A-Z0-9_]*$/)),
  description: text,
  hint: text,
  type: z.enum(VARIABLE_TYPES),
  multiple: z.boolean(),
  defaults: z.optional(z.partialRecord(platform, variableDefault)),
  versionDefaults: z.optional(z.partialRecord(platform, z.array(versionedDefault).check(z.minLength(1)))),
});
const source: z.ZodMiniType<SourceDefinition> = z.strictObject({
  id: text,
  title: text,
  url: z.string().check(z.regex(/^https?:\/\/\S+$/)),
  docVersion: text,
  retrieved: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
});
const correction: z.ZodMiniType<Correction> = z.strictObject({ original: text, note: text });
const managedBy: z.ZodMiniType<ManagedBy> = z.strictObject({
  by: text,
  scanner: z.enum(SCANNERS),
  note: text,
  osVersions: z.optional(text),
  disabledBy: z.optional(text),
  scans: z.optional(z.enum(MANAGED_SCANS)),
});
const rule: z.ZodMiniType<RuleDefinition> = z.strictObject({
  id,
  kind,
  value: text,
  recursive: z.boolean(),
  roles: z.array(id).check(z.minLength(1)),
  platforms,
  versions: z.optional(text),
  osVersions: z.optional(text),
  when: z.optional(z.array(id).check(z.minLength(1))),
  skipIfUnset: z.optional(z.boolean()),
  risk,
  riskNote: z.optional(text),
  managedBy: z.optional(managedBy),
  rationale: text,
  source: sourceRef,
  provenance,
  correction: z.optional(correction),
  notes: z.optional(z.array(text)),
});
const include: z.ZodMiniType<IncludeDefinition> = z.strictObject({
  role: id,
  product: id,
  roles: z.array(id).check(z.minLength(1)),
  when: z.optional(z.array(id).check(z.minLength(1))),
  source: sourceRef,
  provenance,
});

/**
 * The zod schema of a rule pack.
 *
 * @example
 * ```ts
 * import { RulePackSchema } from 'av-exclusions/schema';
 * const result = RulePackSchema.safeParse({ id: 'incomplete' });
 * console.log(result.success); // false
 * ```
 */
export const RulePackSchema: z.ZodMiniType<RulePack, unknown> = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  name: text,
  vendor: text,
  description: text,
  versionScheme,
  documentedVersions: z._default(z.array(text), []),
  osVersionScheme: z.optional(z.partialRecord(platform, train)),
  platforms,
  roles: z.array(role).check(z.minLength(1)),
  features: z._default(z.array(feature), []),
  variables: z._default(z.array(variable), []),
  sources: z.array(source).check(z.minLength(1)),
  rules: z.array(rule),
  includes: z._default(z.array(include), []),
});

/**
 * The JSON Schema (draft 2020-12) of a rule pack, generated from {@link RulePackSchema}; shipped as
 * `av-exclusions/schema.json` (`data/schema.json`) for tools in other languages.
 *
 * @returns the JSON Schema object
 * @example
 * ```ts
 * import { rulePackJsonSchema } from 'av-exclusions/schema';
 * const schema = rulePackJsonSchema();
 * console.log(schema.title); // 'av-exclusions rule pack'
 * ```
 */
export function rulePackJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RulePackSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/av-exclusions/data/schema.json',
    title: 'av-exclusions rule pack',
    description: 'One product\'s antivirus exclusion rules with their sources. See the package README, "Data model".',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

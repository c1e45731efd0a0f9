/**
 * `resolveMachine`: one resolution for a server running several products. Each product is resolved by the one
 * resolver (`resolveImpl`) with the machine's platform, OS release, provenance and the variables that product
 * defines; the answers are then merged by expanded value, every contributing rule kept with its own `via` chain.
 *
 * @module
 */
import type { CompiledCatalog } from '../catalog/types.js';
import { AvExclusionsError, type ErrorCode } from '../errors.js';
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import type { FeatureId, KnownVersion, ProductId, RoleId, VariableName } from '../generated/ids.js';
import { describeValue, quote } from '../internal/quote.js';
import { choicesTail, suggest } from '../internal/suggest.js';
import { itemKey } from '../paths/normalize.js';
import { PLATFORMS, type Platform, PROVENANCE, type Provenance } from '../types/pack.js';
import type {
  ConditionalItem,
  ExclusionItem,
  Machine,
  MachineResolution,
  MachineWarning,
  NormalizedQuery,
  Resolution,
  UnresolvedItem,
} from '../types/resolution.js';
import type { ExclusionQuery } from './query.js';
import { MAX_ID_LENGTH, MAX_LIST_LENGTH, readQuery } from './read-query.js';
import { MAX_ITEMS, mergeInto, resolveImpl } from './resolve-impl.js';

/** One product of a machine over the bundled catalog: ids narrowed to that product's literal unions. */
export type BundledMachineProduct = {
  [P in ProductId]: {
    /** Product id. */
    product: P;
    /** Product version: a documented version or codename, or other version text the product's scheme reads. */
    version?: KnownVersion<P> | (string & {});
    /** Roles of the product. */
    roles: readonly RoleId<P>[];
    /** Features switched on. */
    features?: readonly FeatureId<P>[];
  };
}[ProductId];

/** A {@link Machine} over the bundled catalog: product ids, roles, features and variable names are checked by the compiler. */
export interface BundledMachine extends Omit<Machine, 'products' | 'variables'> {
  /** The products the machine runs (at least one, each once). */
  products: readonly BundledMachineProduct[];
  /** Caller values for variables, shared by every product that defines the variable. */
  variables?: Partial<Readonly<Record<VariableName<ProductId>, string | readonly string[]>>>;
}

/** The fields of a machine; any other is refused (a misspelt field would otherwise be ignored silently). */
const MACHINE_FIELDS = ['$schema', 'platform', 'osVersion', 'products', 'variables', 'provenance'] as const;

/** The fields of one product entry. */
const PRODUCT_FIELDS = ['product', 'version', 'roles', 'features'] as const;

/** Where in the product entry (or the machine) an error of the single resolver points, by its code. */
const ENTRY_FIELD: Partial<Record<ErrorCode, string>> = {
  UNKNOWN_PRODUCT: '.product',
  UNKNOWN_ROLE: '.roles',
  UNSUPPORTED_PLATFORM: '.roles',
  UNKNOWN_FEATURE: '.features',
  INVALID_VERSION: '.version',
};
const MACHINE_FIELD: Partial<Record<ErrorCode, string>> = {
  INVALID_OS_VERSION: '$.osVersion',
  UNKNOWN_VARIABLE: '$.variables',
  INVALID_VARIABLE_VALUE: '$.variables',
  UNSAFE_VALUE: '$.variables',
};

function invalid(path: string, message: string, value?: unknown, choices?: readonly string[]): never {
  const suggestion = typeof value === 'string' && choices ? suggest(value, choices) : undefined;
  throw new AvExclusionsError('INVALID_QUERY', `${path}: ${message}${choices ? choicesTail(choices, suggestion) : ''}`, {
    value,
    ...(choices ? { choices } : {}),
    ...(suggestion ? { suggestion } : {}),
  });
}

const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The field of a product entry whose shape the single resolver refused (`INVALID_QUERY`), found by looking at the entry. */
function badShape(entry: Record<string, unknown>): string {
  if (typeof entry.product !== 'string') return '.product';
  if (!isStrings(entry.roles) || (entry.roles as string[]).length === 0) return '.roles';
  if (entry.version !== undefined && typeof entry.version !== 'string') return '.version';
  if (entry.features !== undefined && !isStrings(entry.features)) return '.features';
  return '';
}

/** The same error, its message led by the JSON path of what it is about. */
function at(error: unknown, index: number, entry: Record<string, unknown>): never {
  if (!(error instanceof AvExclusionsError)) throw error;
  const field = ENTRY_FIELD[error.code] ?? (error.code === 'INVALID_QUERY' ? badShape(entry) : '');
  const path = MACHINE_FIELD[error.code] ?? `$.products[${index}]${field}`;
  throw new AvExclusionsError(error.code, `${path}: ${error.message}`, {
    value: error.value,
    choices: error.choices,
    ...(error.suggestion === undefined ? {} : { suggestion: error.suggestion }),
    issues: error.issues,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyFields(value: Record<string, unknown>, fields: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) {
      const child = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      invalid(child, `unknown field ${quote(key)}`, key, fields);
    }
  }
}

/** A machine as given, read once as JSON data and checked field by field (the products' ids are the resolver's to check). */
interface ReadMachine {
  platform: Platform;
  osVersion: string | undefined;
  products: Record<string, unknown>[];
  variables: Record<string, unknown> | undefined;
  provenance: Provenance[] | undefined;
}

function readMachine(machine: unknown): ReadMachine {
  let copy: unknown;
  try {
    // Read once, as plain data: a getter, proxy or cycle can neither throw past here nor answer differently later.
    copy = JSON.parse(JSON.stringify(machine) ?? 'null');
  } catch {
    throw new AvExclusionsError('INVALID_QUERY', '$: the machine cannot be read as JSON data (cycles, BigInts or throwing getters)');
  }
  if (!isRecord(copy)) invalid('$', `the machine must be an object with "platform" and "products", got ${describeValue(copy)}`, copy);
  onlyFields(copy, MACHINE_FIELDS, '$');
  const { $schema, platform, osVersion, products, variables, provenance } = copy;
  if ($schema !== undefined && typeof $schema !== 'string')
    invalid('$.$schema', `must be a string, got ${describeValue($schema)}`, $schema);
  if (platform === undefined) {
    throw new AvExclusionsError('MISSING_PLATFORM', `$.platform: a machine needs its platform: one of ${PLATFORMS.join(', ')}`, {
      choices: PLATFORMS,
    });
  }
  if (typeof platform !== 'string' || !PLATFORMS.includes(platform as Platform)) {
    const suggestion = typeof platform === 'string' ? suggest(platform, PLATFORMS) : undefined;
    throw new AvExclusionsError(
      'UNKNOWN_PLATFORM',
      `$.platform: unknown platform ${describeValue(platform)}${choicesTail(PLATFORMS, suggestion)}`,
      {
        value: platform,
        choices: PLATFORMS,
        suggestion,
      },
    );
  }
  if (osVersion !== undefined && (typeof osVersion !== 'string' || osVersion.length > MAX_ID_LENGTH))
    invalid('$.osVersion', `must be a string of at most ${MAX_ID_LENGTH} characters, got ${describeValue(osVersion)}`, osVersion);
  if (!Array.isArray(products)) invalid('$.products', `must be an array of products, got ${describeValue(products)}`, products);
  if (products.length === 0) invalid('$.products', 'give at least one product, e.g. { "product": "hyper-v", "roles": ["host"] }', products);
  if (products.length > MAX_LIST_LENGTH) invalid('$.products', `has ${products.length} entries; at most ${MAX_LIST_LENGTH} are accepted`);
  const first = new Map<string, number>();
  products.forEach((entry, i) => {
    const path = `$.products[${i}]`;
    if (!isRecord(entry)) invalid(path, `must be an object with "product" and "roles", got ${describeValue(entry)}`, entry);
    onlyFields(entry, PRODUCT_FIELDS, path);
    if (entry.product === undefined) invalid(`${path}.product`, 'missing field "product"');
    if (entry.roles === undefined) invalid(`${path}.roles`, 'missing field "roles"');
    // One entry per product: two entries could give two versions or feature sets, and no single answer fits both.
    const id = entry.product;
    if (typeof id === 'string') {
      const earlier = first.get(id);
      if (earlier !== undefined) {
        invalid(
          `${path}.product`,
          `${quote(id)} is already listed at $.products[${earlier}]; give all its roles and features in one entry`,
          id,
        );
      }
      first.set(id, i);
    }
  });
  if (variables !== undefined && !isRecord(variables))
    invalid('$.variables', `must be an object of NAME: value or NAME: [values], got ${describeValue(variables)}`, variables);
  if (provenance !== undefined) {
    if (!Array.isArray(provenance))
      invalid('$.provenance', `must be an array of grades, got ${describeValue(provenance)}`, provenance, PROVENANCE);
    provenance.forEach((grade, i) => {
      if (!PROVENANCE.includes(grade as Provenance))
        invalid(`$.provenance[${i}]`, `unknown provenance grade ${describeValue(grade)}`, grade, PROVENANCE);
    });
  }
  return {
    platform: platform as Platform,
    osVersion: osVersion as string | undefined,
    products: products as Record<string, unknown>[],
    variables: variables as Record<string, unknown> | undefined,
    provenance: provenance as Provenance[] | undefined,
  };
}

/** The query of one product entry, with the machine's platform, OS release and provenance. */
function productQuery(m: ReadMachine, entry: Record<string, unknown>): ExclusionQuery {
  const query: Record<string, unknown> = { product: entry.product, roles: entry.roles, platform: m.platform };
  if (entry.version !== undefined) query.version = entry.version;
  if (entry.features !== undefined) query.features = entry.features;
  if (m.osVersion !== undefined) query.osVersion = m.osVersion;
  if (m.provenance !== undefined) query.provenance = m.provenance;
  return query as unknown as ExclusionQuery;
}

/**
 * Resolves every product of a machine and merges the answers (the implementation behind `resolveMachine` and
 * `catalog.resolveMachine`).
 *
 * @param catalog - the catalog
 * @param machine - the machine (any shape; checked here)
 * @returns a fresh MachineResolution
 * @throws AvExclusionsError with the JSON path of the offending field leading the message (see `resolveMachine`)
 */
export function resolveMachineImpl(catalog: CompiledCatalog, machine: unknown): MachineResolution {
  const m = readMachine(machine);
  const queries = m.products.map((entry) => productQuery(m, entry));

  // Each product gets the machine's values of the variables it (or a product it includes) defines.
  const given = m.variables ? Object.keys(m.variables) : [];
  const known: Set<string>[] = queries.map((query, i) => {
    if (!given.length) return new Set<string>();
    try {
      const read = readQuery(catalog, query);
      return new Set(read.products.flatMap((p) => Object.keys(p.variables)));
    } catch (error) {
      return at(error, i, m.products[i]!);
    }
  });
  const everyKnown = new Set(known.flatMap((names) => [...names]));
  for (const name of given) {
    if (!everyKnown.has(name)) {
      const choices = [...everyKnown].sort();
      const suggestion = suggest(name, choices);
      throw new AvExclusionsError(
        'UNKNOWN_VARIABLE',
        `$.variables: unknown variable ${quote(name)} (no product of this machine defines it)${choicesTail(choices, suggestion)}`,
        { value: name, choices, suggestion },
      );
    }
  }

  const resolutions: Resolution[] = queries.map((query, i) => {
    const names = given.filter((name) => known[i]!.has(name));
    if (names.length) query.variables = Object.fromEntries(names.map((name) => [name, m.variables![name]])) as ExclusionQuery['variables'];
    try {
      return resolveImpl(catalog, query);
    } catch (error) {
      return at(error, i, m.products[i]!);
    }
  });
  return merge(m.platform, resolutions, given);
}

function merge(platform: Platform, resolutions: readonly Resolution[], given: readonly string[]): MachineResolution {
  const exclusions: ExclusionItem[] = [];
  const byKey = new Map<string, ExclusionItem>();
  // Every rule applied, with the key of its value: the same rule left conditional or unresolved by another product is dropped.
  const applied = new Set<string>();
  const appliedRules = new Set<string>();
  for (const r of resolutions) {
    for (const item of r.exclusions) {
      const key = itemKey(item.kind, item.value, platform);
      for (const rule of [item.rule, ...item.duplicates.map((d) => d.rule)]) {
        applied.add(`${rule}\0${key}`);
        appliedRules.add(rule);
      }
      const existing = byKey.get(key);
      if (!existing) {
        byKey.set(key, item);
        exclusions.push(item);
        continue;
      }
      existing.duplicates.push({ rule: item.rule, via: item.via }, ...item.duplicates);
      mergeInto(existing, item.risk, item.riskNote, item.managedBy);
    }
  }
  const conditional: ConditionalItem[] = [];
  const unresolved: UnresolvedItem[] = [];
  const seen = new Set<string>();
  for (const r of resolutions) {
    for (const item of r.conditional) {
      const key = item.value === undefined ? undefined : itemKey(item.kind, item.value, platform);
      if (key === undefined ? appliedRules.has(item.rule) : applied.has(`${item.rule}\0${key}`)) continue;
      const id = `c\0${item.rule}\0${key ?? item.template}`;
      if (seen.has(id)) continue;
      seen.add(id);
      conditional.push(item);
    }
    for (const item of r.unresolved) {
      const id = `u\0${item.rule}`;
      if (appliedRules.has(item.rule) || seen.has(id)) continue;
      seen.add(id);
      unresolved.push(item);
    }
  }
  if (exclusions.length + conditional.length > MAX_ITEMS) {
    throw new AvExclusionsError(
      'INVALID_VARIABLE_VALUE',
      `the machine's products together expand to ${exclusions.length + conditional.length} items, more than ${MAX_ITEMS}; give fewer values`,
      { value: exclusions.length + conditional.length },
    );
  }
  const queries = resolutions.map((r) => r.query);
  const osVersion = queries.find((q) => q.osVersion !== null)?.osVersion ?? null;
  return {
    machine: { platform, osVersion, products: queries },
    query: { platform, osVersion },
    exclusions,
    conditional,
    unresolved,
    warnings: machineWarnings(resolutions, queries, given, osVersion),
  };
}

/**
 * Each product's warnings, naming it. Two are about the machine as a whole: a variable is reported unused only when no
 * product used it (once, at the first product given it), and the OS release as not applicable only when no product's
 * rules depend on it (once).
 */
function machineWarnings(
  resolutions: readonly Resolution[],
  queries: readonly NormalizedQuery[],
  given: readonly string[],
  osVersion: string | null,
): MachineWarning[] {
  const unusedBy = resolutions.map((r) => new Set(r.warnings.flatMap((w) => (w.code === 'VARIABLE_NOT_USED' ? (w.variables ?? []) : []))));
  const used = new Set(queries.flatMap((q, i) => Object.keys(q.variables).filter((name) => !unusedBy[i]!.has(name))));
  const reported = new Set<string>();
  let osReported = false;
  const warnings: MachineWarning[] = [];
  resolutions.forEach((r, i) => {
    const product = r.query.product;
    for (const w of r.warnings) {
      if (w.code === 'VARIABLE_NOT_USED') {
        const names = given.filter((name) => unusedBy[i]!.has(name) && !used.has(name) && !reported.has(name));
        if (!names.length) continue;
        for (const name of names) reported.add(name);
        warnings.push({
          code: w.code,
          message: `no rule of this machine's products uses ${names.join(', ')}; the value was not used (check the roles, platform and features)`,
          variables: names,
          product,
        });
      } else if (w.code === 'OS_VERSION_NOT_APPLICABLE') {
        if (osVersion !== null || osReported) continue;
        osReported = true;
        warnings.push({ code: w.code, message: w.message.replace(/^no rule here/, "no rule of this machine's products"), product });
      } else {
        warnings.push({ ...w, product });
      }
    }
  });
  return warnings;
}

/**
 * Answers "which antivirus exclusions does this server need?" for a server running several products (a Hyper-V host
 * with the Azure Site Recovery agent and a SEP sesam client), from the bundled data. Each product is resolved as
 * `resolveExclusions` would, with the machine's platform, OS release, provenance and the variables it defines; the
 * answers are merged into one: items that expand to the same value (compared as the scanner would: on Windows case
 * and machine variables aside) become one item, the first one found, with every other contributing rule in its
 * `duplicates` (each `via` chain starting at its own product) and the highest risk among them. Conditional and
 * unresolved items are merged too, and dropped when another product applies the same rule. Every warning names its
 * product. A product may be listed once (give all its roles in one entry); unknown fields are refused.
 *
 * @param machine - `{ platform, osVersion?, products: [{ product, version?, roles, features? }, …], variables?, provenance? }`
 * @returns one resolution for the machine
 * @throws AvExclusionsError, its message led by the JSON path of the field (`$.products[1].roles: …`): `INVALID_QUERY`
 *   (not an object, no products, a product listed twice, an unknown field), `MISSING_PLATFORM`, `UNKNOWN_PLATFORM`,
 *   `UNKNOWN_VARIABLE` (no product defines it), and what `resolveExclusions` throws for a product (`UNKNOWN_PRODUCT`,
 *   `UNKNOWN_ROLE`, `INVALID_VERSION` …); `INVALID_VARIABLE_VALUE` when the machine expands to more than 10,000 items
 * @example
 * ```ts
 * import { resolveMachine } from 'av-exclusions';
 * const result = resolveMachine({
 *   platform: 'windows',
 *   osVersion: '2022',
 *   products: [
 *     { product: 'hyper-v', roles: ['host'] },
 *     { product: 'azure-site-recovery', roles: ['hyper-v-to-azure/hyper-v-host'] },
 *   ],
 * });
 * console.log(result.machine.products.map((q) => q.product)); // [ 'hyper-v', 'azure-site-recovery' ]
 * // Hyper-V's own rules and the same rules reached through Azure Site Recovery's include are one item each:
 * const vhds = result.exclusions.find((item) => item.rule === 'hyper-v/vhds-extension');
 * console.log(vhds.duplicates.map((d) => d.via.map((step) => step.product))); // [ [ 'azure-site-recovery', 'hyper-v' ] ]
 * ```
 */
export function resolveMachine(machine: BundledMachine): MachineResolution {
  return resolveMachineImpl(BUNDLED_CATALOG, machine);
}

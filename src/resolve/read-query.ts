/**
 * Reading a query: one pass, in one place, from whatever a caller passed to one normalized query the resolver
 * matches rules with. Every field is checked against the catalog, with the valid choices and a did-you-mean; the
 * version is read by the product's scheme; the include graph is walked once; the OS release is located in every
 * reached product's own release list.
 *
 * @module
 */
import { type ReachedRole, reachedFeatures, reachRoles, roleOnPlatform } from '../catalog/include-graph.js';
import type { CompiledCatalog, CompiledProduct } from '../catalog/types.js';
import { AvExclusionsError, type ErrorCode } from '../errors.js';
import { describeValue, quote } from '../internal/quote.js';
import { choicesTail, suggest } from '../internal/suggest.js';
import { normalizePath } from '../paths/normalize.js';
import { unsafePathProblem, variableValueProblems } from '../paths/values.js';
import { PLATFORMS, type Platform, PROVENANCE, type Provenance, type RuleKind, type VariableDefinition } from '../types/pack.js';
import type { ResolutionWarning } from '../types/resolution.js';
import { versionReader } from '../version/scheme.js';
import { findRelease } from '../version/train.js';
import { compareTuples, type VersionTuple } from '../version/tuple.js';

/** Every provenance grade, in order of confidence. */
export const PROVENANCE_GRADES: readonly Provenance[] = PROVENANCE;

/** A query as the resolver reads it: every field checked and normalized. */
export interface ReadQuery {
  /** The queried product. */
  product: CompiledProduct;
  /** The platform. */
  platform: Platform;
  /** The roles, de-duplicated in order. */
  roles: string[];
  /** The version as the caller wrote it (trimmed), or null. */
  version: string | null;
  /** How the version was read. */
  read: ReadVersion;
  /** Every role reached, through includes too. */
  reached: ReachedRole<CompiledProduct>[];
  /** The products reached, the queried one first. */
  products: CompiledProduct[];
  /** The OS release (its id), or null when not given or not used. */
  osRelease: string | null;
  /** The OS release's position in each reached product's own release list (absent: the product does not list it). */
  osPositions: Map<CompiledProduct, number>;
  /** Features switched on, sorted. */
  features: string[];
  /** Caller values by variable name, normalized. */
  variables: Record<string, string[]>;
  /** Provenance grades admitted, in confidence order. */
  provenance: Provenance[];
  /** How the query was read. */
  warnings: ResolutionWarning[];
}

/** Refuses a value that is not one of `choices`: `<what> <value><after>; valid: … (did you mean …?)`. */
function fail(code: ErrorCode, what: string, value: unknown, choices: readonly string[], after = ''): never {
  const suggestion = typeof value === 'string' ? suggest(value, choices) : undefined;
  throw new AvExclusionsError(code, `${what} ${describeValue(value)}${after}${choicesTail(choices, suggestion)}`, {
    value,
    choices,
    suggestion,
  });
}

const EMPTY: string[] = [];

/** The longest id (product, role, platform, feature, variable name, OS release, provenance grade) a query may hold. */
export const MAX_ID_LENGTH = 200;

/** The longest version text a query may hold. */
export const MAX_VERSION_LENGTH = 100;

/** The most entries a list in a query (roles, features, a variable's values, variables) may hold. */
export const MAX_LIST_LENGTH = 1000;

function stringList(value: unknown, field: string): string[] {
  if (value === undefined) return EMPTY;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new AvExclusionsError('INVALID_QUERY', `"${field}" must be an array of strings`, { value });
  }
  for (const item of value as string[]) {
    if (item.length > MAX_ID_LENGTH)
      throw new AvExclusionsError('INVALID_QUERY', `an entry of "${field}" is longer than ${MAX_ID_LENGTH} characters`, { value: item });
  }
  return value as string[];
}

/** The fields of a query; nothing else of the caller's object is read. */
const QUERY_FIELDS = ['product', 'platform', 'roles', 'version', 'osVersion', 'features', 'variables', 'provenance'] as const;

/** A query's fields, read once from the caller's object and copied. */
export type QuerySnapshot = Partial<Record<(typeof QUERY_FIELDS)[number], unknown>>;

/** A field that could not be read: our own errors (too long, holes) go through, anything else a getter threw becomes one. */
function unreadable(what: string, error: unknown): never {
  if (error instanceof AvExclusionsError) throw error;
  throw new AvExclusionsError('INVALID_QUERY', `${what} cannot be read: reading it threw`);
}

/** A copy of an array, read once: holes and too many entries are errors. Anything else is kept as it is. */
function copyArray(value: unknown, what: string, code: ErrorCode): unknown {
  if (!Array.isArray(value)) return value;
  const length = value.length;
  if (length > MAX_LIST_LENGTH) throw new AvExclusionsError(code, `${what} has ${length} entries; at most ${MAX_LIST_LENGTH} are accepted`);
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    if (!Object.hasOwn(value, i)) throw new AvExclusionsError(code, `${what} has a hole at index ${i}`);
    out.push(value[i]);
  }
  return out;
}

/** A copy of `variables`: its own enumerable keys, each value read once (arrays copied). */
function copyVariables(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length > MAX_LIST_LENGTH)
    throw new AvExclusionsError('INVALID_QUERY', `"variables" has ${keys.length} names; at most ${MAX_LIST_LENGTH} are accepted`);
  const out: Record<string, unknown> = Object.create(null);
  for (const key of keys) {
    if (key.length > MAX_ID_LENGTH)
      throw new AvExclusionsError('UNKNOWN_VARIABLE', `a variable name is longer than ${MAX_ID_LENGTH} characters`, { value: key });
    out[key] = copyArray((value as Record<string, unknown>)[key], `variable ${quote(key)}`, 'INVALID_VARIABLE_VALUE');
  }
  return out;
}

/**
 * Reads a caller's query once: only its own fields, each read a single time (a getter is called once), arrays and
 * `variables` copied. What is validated is then exactly what is resolved, and an `Object.prototype.variables` or a
 * getter that answers differently each time changes nothing.
 *
 * @param query - the caller's query, any shape
 * @returns the copied fields
 * @throws AvExclusionsError `INVALID_QUERY` (not an object, unreadable, holes, too long), `INVALID_VARIABLE_VALUE`
 */
export function snapshotQuery(query: unknown): QuerySnapshot {
  let isObject: boolean;
  try {
    isObject = typeof query === 'object' && query !== null && !Array.isArray(query);
  } catch (error) {
    return unreadable('the query', error);
  }
  if (!isObject) {
    throw new AvExclusionsError('INVALID_QUERY', 'the query must be an object with at least "product" and "roles"', { value: query });
  }
  const out: QuerySnapshot = Object.create(null);
  for (const field of QUERY_FIELDS) {
    try {
      if (!Object.hasOwn(query as object, field)) continue;
      const value = (query as Record<string, unknown>)[field];
      out[field] = field === 'variables' ? copyVariables(value) : copyArray(value, `"${field}"`, 'INVALID_QUERY');
    } catch (error) {
      unreadable(`the query's "${field}"`, error);
    }
    const value = out[field];
    const version = field === 'version';
    const max = version ? MAX_VERSION_LENGTH : MAX_ID_LENGTH;
    if (typeof value === 'string' && value.length > max)
      throw new AvExclusionsError(version ? 'INVALID_VERSION' : 'INVALID_QUERY', `"${field}" is longer than ${max} characters`, { value });
  }
  return out;
}

/**
 * Checks the product id.
 *
 * @param catalog - the catalog
 * @param query - the query (any shape)
 * @returns the product
 * @throws AvExclusionsError `INVALID_QUERY`, `UNKNOWN_PRODUCT`
 */
export function readProduct(catalog: CompiledCatalog, query: unknown): CompiledProduct {
  return productOf(catalog, snapshotQuery(query).product);
}

function productOf(catalog: CompiledCatalog, id: unknown): CompiledProduct {
  const product = typeof id === 'string' && Object.hasOwn(catalog.products, id) ? catalog.products[id] : undefined;
  if (product) return product;
  const ids = Object.keys(catalog.products).sort();
  if (typeof id !== 'string') throw new AvExclusionsError('INVALID_QUERY', '"product" must be a string', { value: id, choices: ids });
  return fail('UNKNOWN_PRODUCT', 'unknown product', id, ids);
}

/**
 * Checks the platform, defaulting it when the product has only one.
 *
 * @param product - the product
 * @param platform - the query's platform
 * @returns the platform
 * @throws AvExclusionsError `MISSING_PLATFORM`, `UNKNOWN_PLATFORM`
 */
export function readPlatform(product: CompiledProduct, platform: unknown): Platform {
  if (platform === undefined) {
    if (product.platforms.length === 1) return product.platforms[0]!;
    throw new AvExclusionsError(
      'MISSING_PLATFORM',
      `${product.id} runs on several platforms; give one of: ${product.platforms.join(', ')}`,
      {
        choices: product.platforms,
      },
    );
  }
  if (!product.platforms.includes(platform as Platform)) {
    const known = PLATFORMS.includes(platform as Platform);
    return fail('UNKNOWN_PLATFORM', known ? `${product.id} does not run on platform` : 'unknown platform', platform, product.platforms);
  }
  return platform as Platform;
}

/**
 * Checks the roles (at least one, each known and available on the platform), de-duplicated in order.
 *
 * @param product - the product
 * @param roles - the query's roles
 * @param platform - the platform
 * @returns the roles
 * @throws AvExclusionsError `INVALID_QUERY`, `UNKNOWN_ROLE`, `UNSUPPORTED_PLATFORM`
 */
export function readRoles(product: CompiledProduct, roles: unknown, platform: Platform): string[] {
  const list = [...new Set(stringList(roles, 'roles'))];
  const choices = product.roles.map((r) => r.id).sort();
  if (list.length === 0) {
    throw new AvExclusionsError('INVALID_QUERY', `give at least one role of ${product.id}: ${choices.join(', ')}`, { choices });
  }
  for (const role of list) {
    const definition = product.roles.find((r) => r.id === role);
    if (!definition) fail('UNKNOWN_ROLE', `unknown role for ${product.id}:`, role, choices);
    if (definition.platforms && !definition.platforms.includes(platform)) {
      throw new AvExclusionsError(
        'UNSUPPORTED_PLATFORM',
        `role ${quote(role)} of ${product.id} does not exist on ${platform}; it exists on: ${definition.platforms.join(', ')}`,
        { value: platform, choices: definition.platforms },
      );
    }
  }
  return list;
}

/**
 * Checks features against those the query may switch on: the product's own, and those the roles it reaches through
 * includes depend on ({@link reachedFeatures}).
 *
 * @param features - the query's features
 * @param product - the queried product
 * @param reached - the roles the query reaches
 * @returns the features, sorted and de-duplicated
 * @throws AvExclusionsError `UNKNOWN_FEATURE` naming the valid ones
 */
export function readFeatures(features: unknown, product: CompiledProduct, reached: readonly ReachedRole<CompiledProduct>[]): string[] {
  const list = stringList(features, 'features');
  if (list.length === 0) return [];
  const valid = reachedFeatures(product, reached);
  for (const feature of list) if (!valid.has(feature)) fail('UNKNOWN_FEATURE', 'unknown feature', feature, [...valid].sort());
  return [...new Set(list)].sort();
}

function checkValue(definition: VariableDefinition, value: string, platform: Platform, kind: RuleKind | undefined): string {
  const [problem] = variableValueProblems(value, definition.type, platform);
  if (problem !== undefined) {
    throw new AvExclusionsError('INVALID_VARIABLE_VALUE', `invalid value ${quote(value)} for ${definition.name}: ${problem}`, {
      value,
    });
  }
  if (definition.type === 'name') return value;
  const unsafe = kind === undefined ? undefined : unsafePathProblem(value, kind, platform);
  if (unsafe) {
    throw new AvExclusionsError('UNSAFE_VALUE', `${definition.name}=${quote(value)} ${unsafe.message}; source: ${unsafe.source}`, {
      value,
    });
  }
  return normalizePath(value, platform);
}

/**
 * The kind of the rules whose whole value is one variable (`{SESAM_BIN}`): such a variable's values are excluded as
 * given, so they are checked as paths here; values only built into longer paths are checked once expanded.
 */
function wholeValueKinds(products: readonly CompiledProduct[]): Map<string, RuleKind> {
  const kinds = new Map<string, RuleKind>();
  for (const p of products) {
    for (const rule of p.rules) {
      const name = rule.variables?.[0];
      if (rule.variables?.length === 1 && rule.value === `{${name}}` && !kinds.has(name!)) kinds.set(name!, rule.kind);
    }
  }
  return kinds;
}

/**
 * Checks caller values against the variables of every product reached.
 *
 * @param variables - the query's variables
 * @param products - products reached
 * @param platform - the platform
 * @returns values by name, each a list of normalised values
 * @throws AvExclusionsError `INVALID_QUERY`, `UNKNOWN_VARIABLE`, `INVALID_VARIABLE_VALUE`
 */
export function readVariables(variables: unknown, products: readonly CompiledProduct[], platform: Platform): Record<string, string[]> {
  if (variables === undefined) return {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    throw new AvExclusionsError('INVALID_QUERY', '"variables" must be an object of NAME: value or NAME: [values]', { value: variables });
  }
  const definitions = new Map<string, VariableDefinition>();
  for (const p of products) for (const v of Object.values(p.variables)) if (!definitions.has(v.name)) definitions.set(v.name, v);
  const choices = [...definitions.keys()].sort();
  const kinds = wholeValueKinds(products);
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(variables).sort()) {
    const definition = definitions.get(name) ?? fail('UNKNOWN_VARIABLE', 'unknown variable', name, choices);
    const raw = (variables as Record<string, unknown>)[name];
    const values =
      typeof raw === 'string'
        ? [raw]
        : Array.isArray(raw) && raw.length && raw.every((v) => typeof v === 'string')
          ? (raw as string[])
          : null;
    // No more than MAX_LIST_LENGTH values: snapshotQuery refused longer arrays.
    if (!values)
      throw new AvExclusionsError('INVALID_VARIABLE_VALUE', `${name} must be a string or a non-empty array of strings`, { value: raw });
    if (!definition.multiple && values.length > 1) {
      throw new AvExclusionsError('INVALID_VARIABLE_VALUE', `${name} takes a single value, got ${values.length}`, { value: raw });
    }
    const kind = kinds.get(name);
    out[name] = [...new Set(values.map((v) => checkValue(definition, v, platform, kind)))];
  }
  return out;
}

/**
 * Checks the provenance filter.
 *
 * @param provenance - the query's grades
 * @returns the grades admitted (all when omitted)
 * @throws AvExclusionsError `INVALID_QUERY`
 */
export function readProvenance(provenance: unknown): Provenance[] {
  if (provenance === undefined) return PROVENANCE_GRADES as Provenance[];
  const list = stringList(provenance, 'provenance');
  for (const grade of list) {
    if (!PROVENANCE_GRADES.includes(grade as Provenance)) fail('INVALID_QUERY', 'unknown provenance grade', grade, PROVENANCE_GRADES);
  }
  return PROVENANCE_GRADES.filter((g) => list.includes(g));
}

/** The version a query resolves to. */
export interface ReadVersion {
  /** The version used for matching (tuple), or null for versionless products. */
  tuple: VersionTuple | null;
  /** That version as text, or null. */
  effective: string | null;
  /** The documented version whose guidance applies, or null. */
  documented: string | null;
  /** Warnings about how the version was read. */
  warnings: ResolutionWarning[];
}

/**
 * Reads `version` for `product` with the product's scheme (codenames, partial versions, 4-part builds), then finds
 * the documented version whose guidance applies: the newest one not newer than the version.
 *
 * @param product - the compiled product
 * @param version - the query's version, if any
 * @returns the version to match with, the documented version applied, warnings
 * @throws AvExclusionsError `INVALID_QUERY` (not a string), `INVALID_VERSION`
 */
export function readVersion(product: CompiledProduct, version: unknown): ReadVersion {
  if (version !== undefined && typeof version !== 'string') {
    throw new AvExclusionsError('INVALID_QUERY', '"version" must be a string', { value: version });
  }
  const scheme = versionReader(product.versionScheme);
  const warnings: ResolutionWarning[] = [];
  if (!scheme.versioned) {
    if (version !== undefined) {
      warnings.push({
        code: 'VERSION_NOT_APPLICABLE',
        message: `${product.name}'s guidance does not depend on the product version; ${quote(version)} was not used`,
      });
    }
    return { tuple: null, effective: null, documented: null, warnings };
  }
  const { documentedVersions: versions, documentedTuples: documented } = product;
  const newest = documented.length - 1;
  if (version === undefined) {
    const latest = versions[newest]!;
    warnings.push({ code: 'VERSION_DEFAULTED', message: `no version given: the newest documented version, ${latest}, was applied` });
    return { tuple: documented[newest]!, effective: latest, documented: latest, warnings };
  }
  const reading = scheme.read(version.trim(), { versions, tuples: documented });
  if (!reading) {
    fail('INVALID_VERSION', 'invalid version', version, scheme.choices(versions), ` for ${product.id}: expected ${scheme.expected}`);
  }
  const { tuple, effective } = reading;
  // The documented version that applies: the newest one not newer than the version (compared on documented depth).
  const head = tuple.slice(0, Math.max(...documented.map((d) => d.length)));
  let applied = newest;
  while (applied >= 0 && compareTuples(documented[applied]!, head) > 0) applied--;
  if (applied < 0) {
    warnings.push({
      code: 'VERSION_OLDER_THAN_DOCUMENTED',
      message: `version ${version} is older than any documented version (${versions.join(', ')}); rules were matched against ${effective}, and older releases may need exclusions the sources do not list`,
    });
  } else if (applied === newest && compareTuples(head, documented[newest]!) > 0) {
    warnings.push({
      code: 'VERSION_NEWER_THAN_DOCUMENTED',
      message: `version ${version} is newer than the newest documented version (${versions[newest]}); that version's guidance was applied`,
    });
  }
  return { tuple, effective, documented: applied < 0 ? null : versions[applied]!, warnings };
}

/** Where the query's OS release sits in each reached product's release list. */
export interface ReadOsVersion {
  /** The release id, or null when not given or no reached rule depends on the release. */
  release: string | null;
  /** Its position in each product's own list (products that do not list it are absent). */
  positions: Map<CompiledProduct, number>;
}

/**
 * Reads `osVersion` against the release lists of every reached product on the platform. Each product's OS ranges are
 * later evaluated on that product's own list, never by the position in another product's list.
 *
 * @param value - the query's osVersion
 * @param products - products reached
 * @param platform - the platform
 * @param warnings - receives a warning when no product depends on the release
 * @returns the release and its position per product
 * @throws AvExclusionsError `INVALID_QUERY` (not a string), `INVALID_OS_VERSION`
 */
export function readOsVersion(
  value: unknown,
  products: readonly CompiledProduct[],
  platform: Platform,
  warnings: ResolutionWarning[],
): ReadOsVersion {
  const positions = new Map<CompiledProduct, number>();
  if (value === undefined) return { release: null, positions };
  if (typeof value !== 'string') throw new AvExclusionsError('INVALID_QUERY', '"osVersion" must be a string', { value });
  // Every release id of every reached product's list on the platform, in order, each once.
  const choices = new Set<string>();
  let release: string | null = null;
  let listed = false;
  for (const product of products) {
    const train = product.osVersionScheme?.[platform];
    if (!train) continue;
    listed = true;
    for (const r of train.releases) choices.add(r.id);
    const index = findRelease(value, train);
    if (index < 0) continue;
    positions.set(product, index);
    release ??= train.releases[index]!.id;
  }
  if (!listed) {
    warnings.push({
      code: 'OS_VERSION_NOT_APPLICABLE',
      message: `no rule here depends on the ${platform} release; osVersion ${quote(value)} was not used`,
    });
  } else if (release === null) fail('INVALID_OS_VERSION', `unknown ${platform} release`, value, [...choices]);
  return { release, positions };
}

/**
 * Reads a whole query: product, platform, roles, version, the roles reached through includes, OS release, features,
 * variables and provenance, in that order (later fields are checked against what earlier ones found).
 *
 * @param catalog - the catalog
 * @param query - the query, any shape
 * @returns the normalized query
 * @throws AvExclusionsError for every kind of bad input (see the error codes)
 */
export function readQuery(catalog: CompiledCatalog, query: unknown): ReadQuery {
  const q = snapshotQuery(query);
  const product = productOf(catalog, q.product);
  const platform = readPlatform(product, q.platform);
  const roles = readRoles(product, q.roles, platform);
  const read = readVersion(product, q.version);
  const warnings = [...read.warnings];
  const reached = reachRoles(catalog.products, product, roles, roleOnPlatform(platform));
  const products = [...new Set(reached.map((r) => r.product))];
  const os = readOsVersion(q.osVersion, products, platform, warnings);
  return {
    product,
    platform,
    roles,
    version: typeof q.version === 'string' ? q.version.trim() : null,
    read,
    reached,
    products,
    osRelease: os.release,
    osPositions: os.positions,
    features: readFeatures(q.features, product, reached),
    variables: readVariables(q.variables, products, platform),
    provenance: readProvenance(q.provenance),
    warnings,
  };
}

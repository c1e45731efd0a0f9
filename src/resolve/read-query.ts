/**
 * Validating a query against a catalog: every id checked, with the valid choices and a did-you-mean.
 *
 * @module
 */
import type { CompiledCatalog, CompiledProduct } from '../catalog/types.js';
import { AvExclusionsError, type ErrorCode } from '../errors.js';
import { choicesTail, suggest } from '../internal/suggest.js';
import { isAbsolutePath, normalizePath } from '../paths/normalize.js';
import type { Platform, Provenance, VariableDefinition } from '../types/pack.js';
import type { ViaStep } from '../types/resolution.js';
import type { ExclusionQuery } from './query.js';

/** Every provenance grade, in order of confidence. */
export const PROVENANCE_GRADES: readonly Provenance[] = ['vendor-page', 'vendor-other-page', 'derived', 'third-party'];
const PLATFORMS: readonly Platform[] = ['windows', 'linux', 'macos'];

/** A role reached from the query, directly or through includes. */
export interface ReachedRole {
  /** The product. */
  product: CompiledProduct;
  /** The role id. */
  role: string;
  /** How it was reached, from the queried product's role to this one. */
  via: ViaStep[];
}

function fail(code: ErrorCode, what: string, value: unknown, choices: readonly string[]): never {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const suggestion = typeof value === 'string' ? suggest(value, choices) : undefined;
  throw new AvExclusionsError(code, `${what} "${text}"${choicesTail(choices, suggestion)}`, { value, choices, suggestion });
}

const EMPTY: string[] = [];

function stringList(value: unknown, field: string): string[] {
  if (value === undefined) return EMPTY;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new AvExclusionsError('INVALID_QUERY', `"${field}" must be an array of strings`, { value });
  }
  return value as string[];
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
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw new AvExclusionsError('INVALID_QUERY', 'the query must be an object with at least "product" and "roles"', { value: query });
  }
  const id = (query as { product?: unknown }).product;
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
    throw new AvExclusionsError('MISSING_PLATFORM', `${product.id} runs on several platforms; give one of: ${product.platforms.join(', ')}`, {
      choices: product.platforms,
    });
  }
  if (typeof platform !== 'string' || !product.platforms.includes(platform as Platform)) {
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
  const given = stringList(roles, 'roles');
  const list = given.length === 1 ? given : [...new Set(given)];
  const choices = () => product.roles.map((r) => r.id).sort();
  if (list.length === 0) {
    throw new AvExclusionsError('INVALID_QUERY', `give at least one role of ${product.id}: ${choices().join(', ')}`, { choices: choices() });
  }
  for (const role of list) {
    const definition = product.roles.find((r) => r.id === role);
    if (!definition) fail('UNKNOWN_ROLE', `unknown role for ${product.id}:`, role, choices());
    if (definition.platforms && !definition.platforms.includes(platform)) {
      throw new AvExclusionsError(
        'UNSUPPORTED_PLATFORM',
        `role "${role}" of ${product.id} does not exist on ${platform}; it exists on: ${definition.platforms.join(', ')}`,
        { value: platform, choices: definition.platforms },
      );
    }
  }
  return list;
}

/**
 * Walks the include graph from the query's roles: every (product, role) reached on the platform, first path wins.
 *
 * @param catalog - the catalog
 * @param product - the queried product
 * @param roles - the queried roles
 * @param platform - the platform
 * @returns the roles reached, in a stable order (own roles first, then includes depth-first in declaration order)
 */
export function reachRoles(catalog: CompiledCatalog, product: CompiledProduct, roles: readonly string[], platform: Platform): ReachedRole[] {
  const reached: ReachedRole[] = [];
  const seen = new Set<string>();
  const visit = (p: CompiledProduct, role: string, via: ViaStep[]): void => {
    const key = `${p.id}\u0000${role}`;
    if (seen.has(key) || !p.index[platform]?.[role]) return;
    seen.add(key);
    const path = [...via, { product: p.id, role }];
    reached.push({ product: p, role, via: path });
    for (const include of p.includes[role] ?? []) {
      const target = catalog.products[include.product];
      if (target) for (const r of include.roles) visit(target, r, path);
    }
  };
  for (const role of roles) visit(product, role, []);
  return reached;
}

/**
 * Checks features against every product reached (a query may switch on features of included products).
 *
 * @param features - the query's features
 * @param products - products reached
 * @returns the features, sorted and de-duplicated
 * @throws AvExclusionsError `INVALID_QUERY`, `UNKNOWN_FEATURE`
 */
export function readFeatures(features: unknown, products: readonly CompiledProduct[]): string[] {
  const list = stringList(features, 'features');
  if (list.length === 0) return [];
  for (const feature of list) {
    if (!products.some((p) => p.features.some((f) => f.id === feature))) {
      fail('UNKNOWN_FEATURE', 'unknown feature', feature, [...new Set(products.flatMap((p) => p.features.map((f) => f.id)))].sort());
    }
  }
  return [...new Set(list)].sort();
}

function checkValue(definition: VariableDefinition, value: string, platform: Platform): string {
  const bad = (why: string): never => {
    throw new AvExclusionsError('INVALID_VARIABLE_VALUE', `invalid value ${JSON.stringify(value)} for ${definition.name}: ${why}`, { value });
  };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) bad('control characters are not allowed');
  if (value.trim() !== value || value === '') bad('empty or surrounded by spaces');
  if (/\{[A-Z][A-Z0-9_]*\}/.test(value)) bad('a value cannot contain a {VARIABLE} placeholder');
  if (definition.type === 'name') {
    if (/[\\/:*?"<>|%]/.test(value)) bad('expected a plain name, without path characters');
    return value;
  }
  if (!isAbsolutePath(value, platform)) bad(`expected an absolute ${platform} path`);
  if (platform === 'windows' && /[*?"<>|]/.test(value.replace(/^\\\\\?\\/, ''))) bad('a Windows path cannot contain * ? " < > |');
  return normalizePath(value, platform);
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
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(variables).sort()) {
    const definition = definitions.get(name) ?? fail('UNKNOWN_VARIABLE', 'unknown variable', name, choices);
    const raw = (variables as Record<string, unknown>)[name];
    const values = typeof raw === 'string' ? [raw] : Array.isArray(raw) && raw.every((v) => typeof v === 'string') ? (raw as string[]) : null;
    if (!values) throw new AvExclusionsError('INVALID_VARIABLE_VALUE', `${name} must be a string or an array of strings`, { value: raw });
    if (values.length === 0) throw new AvExclusionsError('INVALID_VARIABLE_VALUE', `${name} needs at least one value`, { value: raw });
    if (!definition.multiple && values.length > 1) {
      throw new AvExclusionsError('INVALID_VARIABLE_VALUE', `${name} takes a single value, got ${values.length}`, { value: raw });
    }
    out[name] = [...new Set(values.map((v) => checkValue(definition, v, platform)))];
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

/** Narrows an unknown query to the fields `resolve` reads, after {@link readProduct} checked it is an object. */
export type QueryFields = Partial<Record<keyof ExclusionQuery, unknown>>;

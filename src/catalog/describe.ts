/**
 * What `listProducts` and `getProduct` return: fresh plain objects describing a product; for the bundled products,
 * with every id typed as the literal union the data defines, so an answer goes back into a query without a cast.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import type { FeatureId, PlatformId, ProductId, RoleId, VariableName } from '../generated/ids.js';
import { choicesTail, suggest } from '../internal/suggest.js';
import { templateVariables } from '../paths/template.js';
import type { FeatureDefinition, Platform, RoleDefinition, SourceDefinition, VariableDefinition, VersionScheme } from '../types/pack.js';
import { reachableProducts, reachedFeatures, reachRoles } from './include-graph.js';
import type { CompiledCatalog, CompiledProduct } from './types.js';

/** One line of `listProducts()`. */
export interface ProductSummary {
  /** Product id. */
  id: string;
  /** Name. */
  name: string;
  /** Vendor. */
  vendor: string;
  /** Platforms. */
  platforms: Platform[];
  /** Role ids. */
  roles: string[];
  /** Documented versions (empty when the guidance is versionless). */
  documentedVersions: string[];
}

/** An included role, as `getProduct` describes it. */
export interface IncludeInfo {
  /** The including role. */
  role: string;
  /** The included product. */
  product: string;
  /** The included roles. */
  roles: string[];
}

/** A variable a query for the product may set, with the roles that use it. */
export interface VariableInfo extends VariableDefinition {
  /** The product's roles whose rules use the variable (directly, through an included role, or through a default). */
  roles: string[];
}

/** Everything a caller needs to build a query for a product. */
export interface ProductInfo extends ProductSummary {
  /** What the product is. */
  description: string;
  /** Role definitions. */
  roleDetails: RoleDefinition[];
  /** The version scheme (codenames included). */
  versionScheme: VersionScheme;
  /** Operating-system releases rules may depend on, per platform (own and included packs). */
  osVersions: Partial<Record<Platform, string[]>>;
  /** Features of the product and of the products it includes (queries may switch on either). */
  features: FeatureDefinition[];
  /** Variables of the product and of the products it includes. */
  variables: VariableInfo[];
  /** Roles of other products that roles of this one include. */
  includes: IncludeInfo[];
  /** Sources cited. */
  sources: SourceDefinition[];
  /** Number of rules in the pack itself. */
  ruleCount: number;
}

/** Whether a role has rules on any platform: describing a product walks its includes on every platform. */
const anywhere = (p: CompiledProduct, role: string): boolean => Object.values(p.index).some((byRole) => byRole?.[role] !== undefined);

/** The variables some role of the product uses, each with those roles, in the order given. */
function usedVariables(catalog: CompiledCatalog, product: CompiledProduct, variables: Map<string, VariableInfo>): VariableInfo[] {
  for (const role of product.roles) {
    const used = new Set<string>();
    for (const reached of reachRoles(catalog.products, product, [role.id], anywhere)) {
      const p = reached.product;
      const positions = new Set(Object.values(p.index).flatMap((byRole) => byRole?.[reached.role] ?? []));
      const pending = [...positions].flatMap((i) => p.rules[i]!.variables ?? []);
      // A variable whose default is a template uses the variables it names, too.
      while (pending.length) {
        const name = pending.pop()!;
        if (used.has(name)) continue;
        used.add(name);
        for (const platformDefault of Object.values(p.variables[name]?.defaults ?? {}))
          pending.push(...templateVariables(platformDefault.value));
      }
    }
    for (const name of used) variables.get(name)?.roles.push(role.id);
  }
  return [...variables.values()].filter((v) => v.roles.length > 0);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Summaries of every product in a catalog, sorted by id.
 *
 * @param catalog - the catalog
 * @returns fresh summaries
 */
export function summarizeProducts(catalog: CompiledCatalog): ProductSummary[] {
  return Object.values(catalog.products)
    .map((p) => ({
      id: p.id,
      name: p.name,
      vendor: p.vendor,
      platforms: [...p.platforms],
      roles: p.roles.map((r) => r.id),
      documentedVersions: [...p.documentedVersions],
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Describes one product of a catalog.
 *
 * @param catalog - the catalog
 * @param id - product id
 * @returns a fresh description
 * @throws AvExclusionsError `UNKNOWN_PRODUCT`
 */
export function describeProduct(catalog: CompiledCatalog, id: string): ProductInfo {
  const product = typeof id === 'string' && Object.hasOwn(catalog.products, id) ? catalog.products[id] : undefined;
  if (!product) {
    const choices = Object.keys(catalog.products).sort();
    const suggestion = typeof id === 'string' ? suggest(id, choices) : undefined;
    throw new AvExclusionsError('UNKNOWN_PRODUCT', `unknown product "${String(id)}"${choicesTail(choices, suggestion)}`, {
      value: id,
      choices,
      suggestion,
    });
  }
  const products = reachableProducts(catalog.products, product);
  // The features a query for some role may switch on, as the resolver reads them.
  const offered = reachedFeatures(
    product,
    reachRoles(
      catalog.products,
      product,
      product.roles.map((r) => r.id),
      anywhere,
    ),
  );
  const features = new Map<string, FeatureDefinition>();
  const variables = new Map<string, VariableInfo>();
  const osVersions: Partial<Record<Platform, string[]>> = {};
  for (const p of products) {
    for (const f of p.features) if (offered.has(f.id) && !features.has(f.id)) features.set(f.id, f);
    for (const v of Object.values(p.variables)) if (!variables.has(v.name)) variables.set(v.name, { ...v, roles: [] });
    for (const [platform, train] of Object.entries(p.osVersionScheme ?? {})) {
      osVersions[platform as Platform] ??= train.releases.map((r) => r.id);
    }
  }
  return clone({
    id: product.id,
    name: product.name,
    vendor: product.vendor,
    platforms: product.platforms,
    roles: product.roles.map((r) => r.id),
    documentedVersions: product.documentedVersions,
    description: product.description,
    roleDetails: product.roles,
    versionScheme: product.versionScheme,
    osVersions,
    features: [...features.values()],
    variables: usedVariables(catalog, product, variables),
    includes: Object.entries(product.includes).flatMap(([role, list]) => list.map((i) => ({ role, product: i.product, roles: i.roles }))),
    sources: Object.values(product.sources),
    ruleCount: product.rules.length,
  });
}

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
        /** Variables some role of the product uses (its own and those of the products it includes), with those roles. */
        variables: (VariableInfo & {
          /** Variable name. */
          name: VariableName<P>;
          /** The roles that use it. */
          roles: RoleId<P>[];
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

/**
 * Generates the committed modules under src/generated/ from data/*.json: `data/<id>.ts` (one compiled product),
 * `data/index.ts` (every compiled product: the package's one data file), `entries/<id>.ts` (the entry point
 * `av-exclusions/products/<id>`), `catalog.ts` and `ids.ts`. Run by the test suite
 * (test/generated/generated.test.ts compares with `toMatchFileSnapshot`; `npx vitest run -u test/generated` rewrites).
 */
import { reachableProducts } from '../src/catalog/include-graph.js';
import type { CompiledCatalog, CompiledProduct } from '../src/catalog/types.js';
import { compileNeverExclude } from '../src/paths/never-exclude-keys.js';
import type { NeverExcludeEntry, NeverExcludeFile } from '../src/types/never-exclude.js';
import { PLATFORMS } from '../src/types/pack.js';

const HEADER = (from: string) =>
  `// Generated from ${from} by scripts/generate.ts. Do not edit: run \`npx vitest run -u test/generated\`.\n`;

function identifier(id: string): string {
  return id.replace(/[-/]([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function union(values: Iterable<string>): string {
  const list = [...new Set(values)].sort();
  return list.length ? list.map((v) => JSON.stringify(v)).join(' | ') : 'never';
}

/** The module holding one compiled product. */
export function productModule(product: CompiledProduct): string {
  return (
    HEADER(`data/${product.id}.json`) +
    "import type { CompiledProduct } from '../../catalog/types.js';\n\n" +
    `/** ${product.name} (${product.vendor}), compiled. */\n` +
    `export const ${identifier(product.id)}: CompiledProduct = ${JSON.stringify(product, null, 2)};\n`
  );
}

/**
 * The module holding every compiled product and the bundled catalog, built into the package's one data file
 * (`dist/data.js`), which every entry imports: each product is a named export, so a bundler keeps only the products
 * an entry uses.
 */
export function dataIndexModule(catalog: CompiledCatalog): string {
  const ids = Object.keys(catalog.products).sort();
  const lines = ids.map((id) => `export { ${identifier(id)} } from './${id}.js';`);
  return `${HEADER('data/*.json')}${lines.join('\n')}\nexport { BUNDLED_CATALOG } from '../catalog.js';\nexport { NEVER_EXCLUDE_MATCHERS, NEVER_EXCLUDE_OTHERS, NEVER_EXCLUDE_PATHS, WINDOWS_MACHINE_VARIABLES } from '../never-exclude.js';\n`;
}

/** The module gathering every bundled product. */
export function catalogModule(catalog: CompiledCatalog): string {
  const ids = Object.keys(catalog.products).sort();
  const imports = ids.map((id) => `import { ${identifier(id)} } from './data/${id}.js';`).join('\n');
  const entries = ids.map((id) => `    ${JSON.stringify(id)}: ${identifier(id)},`).join('\n');
  return (
    HEADER('data/*.json') +
    "import type { CompiledCatalog } from '../catalog/types.js';\n" +
    `${imports}\n\n` +
    '/** Every bundled product, compiled at build time. */\n' +
    `export const BUNDLED_CATALOG: CompiledCatalog = {\n  products: {\n${entries}\n  },\n};\n`
  );
}

/** The version texts a product documents: its documented versions and its codenames. */
function knownVersions(product: CompiledProduct): string[] {
  const codenames = product.versionScheme.type === 'numeric' ? (product.versionScheme.codenames ?? []).map((c) => c.name) : [];
  return [...product.documentedVersions, ...codenames];
}

/**
 * The OS release texts a query for a product may give, from its own and its included packs' release trains: each
 * release's id, its name, and its name without the words every release of the train shares (`2012 R2` for
 * `Windows Server 2012 R2`), the spellings the train scheme reads.
 */
function knownOsVersions(products: CompiledProduct[]): string[] {
  const out: string[] = [];
  for (const p of products) {
    for (const train of Object.values(p.osVersionScheme ?? {})) {
      const names = train.releases.map((r) => r.name);
      let prefix = names.length > 1 ? names[0]! : '';
      for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
      prefix = prefix.replace(/\S*$/, '');
      for (const r of train.releases) out.push(r.id, r.name, ...(prefix ? [r.name.slice(prefix.length)] : []));
    }
  }
  return out;
}

/** The ids of a product a query may use: its roles and platforms, and the features and variables of what it reaches. */
function queryIds(catalog: CompiledCatalog, id: string) {
  const p = catalog.products[id]!;
  const reach = reachableProducts(catalog.products, p);
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  return {
    roles: sorted(p.roles.map((r) => r.id)),
    platforms: sorted(p.platforms),
    features: sorted(reach.flatMap((x) => x.features.map((f) => f.id))),
    variables: sorted(reach.flatMap((x) => Object.keys(x.variables))),
  };
}

/** The literal unions of ids, per product, so a wrong role fails to compile; and the same ids as data, for guards. */
export function idsModule(catalog: CompiledCatalog): string {
  const ids = Object.keys(catalog.products).sort();
  const rows = ids.map((id) => {
    const p = catalog.products[id]!;
    const reach = reachableProducts(catalog.products, p);
    return [
      `  /** ${p.name} (${p.vendor}). */`,
      `  ${JSON.stringify(id)}: {`,
      '    /** Role ids. */',
      `    role: ${union(p.roles.map((r) => r.id))};`,
      '    /** Platforms. */',
      `    platform: ${union(p.platforms)};`,
      '    /** Feature ids, with those of included products. */',
      `    feature: ${union(reach.flatMap((x) => x.features.map((f) => f.id)))};`,
      '    /** Variable names, with those of included products. */',
      `    variable: ${union(reach.flatMap((x) => Object.keys(x.variables)))};`,
      '    /** Documented versions and codenames. */',
      `    version: ${union(knownVersions(p))};`,
      '    /** OS releases of the product and of the products it includes: ids, names and short names. */',
      `    osVersion: ${union(knownOsVersions(reach))};`,
      '  };',
    ].join('\n');
  });
  return (
    HEADER('data/*.json') +
    '\n/** The ids of each bundled product: roles, platforms, features and variables a query may use. */\n' +
    `export interface BundledIds {\n${rows.join('\n')}\n}\n\n` +
    '/** Ids of the bundled products. */\n' +
    'export type ProductId = keyof BundledIds;\n\n' +
    '/** Role ids of product `P`. */\n' +
    "export type RoleId<P extends ProductId> = BundledIds[P]['role'];\n\n" +
    '/** Platforms of product `P`. */\n' +
    "export type PlatformId<P extends ProductId> = BundledIds[P]['platform'];\n\n" +
    '/** Feature ids a query for product `P` may switch on (its own and those of products it includes). */\n' +
    "export type FeatureId<P extends ProductId> = BundledIds[P]['feature'];\n\n" +
    '/** Variable names a query for product `P` may set (its own and those of products it includes). */\n' +
    "export type VariableName<P extends ProductId> = BundledIds[P]['variable'];\n\n" +
    '/** The versions product `P` documents, and its codenames (a query may also give other version text). */\n' +
    "export type KnownVersion<P extends ProductId> = BundledIds[P]['version'];\n\n" +
    '/** The OS releases rules of product `P` (or of the products it includes) name, in the spellings a query may use. */\n' +
    "export type KnownOsVersion<P extends ProductId> = BundledIds[P]['osVersion'];\n\n" +
    '/** The ids of each bundled product a query may use, as data (sorted), for the guards over user input. */\n' +
    'export const QUERY_IDS: {\n' +
    '  readonly [P in ProductId]: {\n' +
    '    readonly roles: readonly RoleId<P>[];\n' +
    '    readonly platforms: readonly PlatformId<P>[];\n' +
    '    readonly features: readonly FeatureId<P>[];\n' +
    '    readonly variables: readonly VariableName<P>[];\n' +
    '  };\n' +
    `} = ${JSON.stringify(Object.fromEntries(ids.map((id) => [id, queryIds(catalog, id)])), null, 2)};\n`
  );
}

/**
 * The entry point `av-exclusions/products/<id>`: the resolver and the description of this product over its own data
 * and that of the products it includes, the error class and its guard. The code is the main entry's (a shared chunk
 * once built), so bundling both keeps one resolver.
 */
export function productEntryModule(catalog: CompiledCatalog, id: string): string {
  const product = catalog.products[id]!;
  const reach = reachableProducts(catalog.products, product).map((p) => p.id);
  const imports = reach.map((x) => `import { ${identifier(x)} } from '../data/${x}.js';`).join('\n');
  const entries = reach.map((x) => `${JSON.stringify(x)}: ${identifier(x)}`).join(', ');
  const role = product.roles[0]!.id;
  const platform = product.platforms.length === 1 ? '' : `, platform: '${product.platforms[0]}'`;
  const literal = JSON.stringify(id);
  return (
    HEADER(`data/${id}.json`) +
    '/**\n' +
    ` * \`av-exclusions/products/${id}\`: the resolver for ${product.name} alone, bundled with this product's data` +
    (reach.length > 1 ? ` and that of the products it includes (${reach.slice(1).join(', ')})` : '') +
    ".\n * Use it to keep a bundle small when only this product matters. The error class is the main entry's own.\n *\n * @module\n */\n" +
    "import { type BundledProductInfo, describeBundledProduct } from '../../catalog/describe.js';\n" +
    "import type { CompiledCatalog } from '../../catalog/types.js';\n" +
    "import type { ProductQuery } from '../../resolve/product-query.js';\n" +
    "import { resolveImpl } from '../../resolve/resolve-impl.js';\n" +
    "import type { Resolution } from '../../types/resolution.js';\n" +
    `${imports}\n\n` +
    "export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from '../../errors.js';\n" +
    "export type { ProductQuery } from '../../resolve/product-query.js';\n" +
    "export type * from '../../types/resolution.js';\n\n" +
    `const CATALOG: CompiledCatalog = { products: { ${entries} } };\n\n` +
    '/**\n' +
    ` * Resolves the exclusions ${product.name} needs; the same as the main entry's \`resolveExclusions\` with\n` +
    ` * \`product: '${id}'\`.\n *\n` +
    ' * @param query - roles, platform, and optionally version, osVersion, features, variables, provenance\n' +
    ' * @returns the resolution\n' +
    ' * @throws AvExclusionsError for bad input (see the main entry)\n' +
    ' * @example\n * ```ts\n' +
    ` * import { resolveExclusions } from 'av-exclusions/products/${id}';\n` +
    ` * const result = resolveExclusions({ roles: ['${role}']${platform} });\n` +
    ' * ```\n */\n' +
    `export function resolveExclusions(query: ProductQuery<${literal}>): Resolution {\n` +
    `  return resolveImpl(CATALOG, { ...query, product: ${literal} });\n` +
    '}\n\n' +
    '/**\n' +
    ` * Describes ${product.name}: roles, platforms, versions, OS releases, features, variables, includes and sources;\n` +
    " * the same as the main entry's `getProduct` for this product.\n *\n" +
    ' * @returns a fresh description, ids typed as literal unions\n' +
    ' * @example\n * ```ts\n' +
    ` * import { getProduct } from 'av-exclusions/products/${id}';\n` +
    ' * console.log(getProduct().roles);\n' +
    ' * ```\n */\n' +
    `export function getProduct(): BundledProductInfo<${literal}> {\n` +
    `  return describeBundledProduct(CATALOG, ${literal});\n` +
    '}\n'
  );
}

/**
 * The never-exclude list with each entry's source spelt out, and the machine variables Defender expands:
 * `src/generated/never-exclude.ts`. (The matchers' keys are computed with the machine variables of the committed
 * module, which `comparisonKey` reads: after a change to `machineVariables`, generate twice.)
 */
export function neverExcludeModule(file: NeverExcludeFile): string {
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  const entries: NeverExcludeEntry[] = file.entries.map((entry) => {
    const source = sources.get(entry.source.id);
    if (!source) throw new Error(`data/never-exclude.json: unknown source "${entry.source.id}"`);
    return { ...entry, source: { ...source, section: entry.source.section } };
  });
  const paths = entries.filter((e) => e.kind === 'root' || e.kind === 'folder');
  const matchers = Object.fromEntries(PLATFORMS.map((p) => [p, compileNeverExclude(paths, p)]));
  return (
    HEADER('data/never-exclude.json') +
    "import type { NeverExcludeEntry, NeverExcludeMatchers } from '../types/never-exclude.js';\n" +
    "import type { Platform } from '../types/pack.js';\n\n" +
    '/** The roots and folders that must never be excluded (what the value rules refuse), each with its reason and source. */\n' +
    `export const NEVER_EXCLUDE_PATHS: readonly NeverExcludeEntry[] = ${JSON.stringify(paths, null, 2)};\n\n` +
    '/** The same roots and folders compiled for matching on each platform (see `compileNeverExclude`). */\n' +
    `export const NEVER_EXCLUDE_MATCHERS: Readonly<Record<Platform, NeverExcludeMatchers>> = ${JSON.stringify(matchers, null, 2)};\n\n` +
    '/** The processes and extensions that must never be excluded (for the audit), each with its reason and source. */\n' +
    `export const NEVER_EXCLUDE_OTHERS: readonly NeverExcludeEntry[] = ${JSON.stringify(
      entries.filter((e) => e.kind !== 'root' && e.kind !== 'folder'),
      null,
      2,
    )};\n\n` +
    `/** The machine environment variables Defender expands in Windows values, by upper-case name, with their values (${
      sources.get(file.machineVariables.source.id)?.title ?? file.machineVariables.source.id
    }, "${file.machineVariables.source.section}"). */\n` +
    `export const WINDOWS_MACHINE_VARIABLES: Readonly<Record<string, string>> = ${JSON.stringify(file.machineVariables.values, null, 2)};\n`
  );
}

/**
 * Generates the committed modules under src/generated/ from data/*.json: `data/<id>.ts` (one compiled product),
 * `entries/<id>.ts` (the entry point `av-exclusions/products/<id>`), `catalog.ts` and `ids.ts`. Run by the test suite
 * (test/generated/generated.test.ts compares with `toMatchFileSnapshot`; `npx vitest run -u test/generated` rewrites).
 */
import { reachableProducts } from '../src/catalog/include-graph.js';
import type { CompiledCatalog, CompiledProduct } from '../src/catalog/types.js';
import type { NeverExcludeEntry, NeverExcludeFile } from '../src/types/never-exclude.js';

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
    `export const product: CompiledProduct = ${JSON.stringify(product, null, 2)};\n`
  );
}

/** The module gathering every bundled product. */
export function catalogModule(catalog: CompiledCatalog): string {
  const ids = Object.keys(catalog.products).sort();
  const imports = ids.map((id) => `import { product as ${identifier(id)} } from './data/${id}.js';`).join('\n');
  const entries = ids.map((id) => `    ${JSON.stringify(id)}: ${identifier(id)},`).join('\n');
  return (
    HEADER('data/*.json') +
    "import type { CompiledCatalog } from '../catalog/types.js';\n" +
    `${imports}\n\n` +
    '/** Every bundled product, compiled at build time. */\n' +
    `export const BUNDLED_CATALOG: CompiledCatalog = {\n  products: {\n${entries}\n  },\n};\n`
  );
}

/** The literal unions of ids, per product, so a wrong role fails to compile. */
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
    "export type VariableName<P extends ProductId> = BundledIds[P]['variable'];\n"
  );
}

/** The entry point `av-exclusions/products/<id>`: the resolver over this product and the products it includes only. */
export function productEntryModule(catalog: CompiledCatalog, id: string): string {
  const product = catalog.products[id]!;
  const reach = reachableProducts(catalog.products, product).map((p) => p.id);
  const imports = reach.map((x) => `import { product as ${identifier(x)} } from '../data/${x}.js';`).join('\n');
  const entries = reach.map((x) => `${JSON.stringify(x)}: ${identifier(x)}`).join(', ');
  const role = product.roles[0]!.id;
  const platform = product.platforms.length === 1 ? '' : `, platform: '${product.platforms[0]}'`;
  return (
    HEADER(`data/${id}.json`) +
    '/**\n' +
    ` * \`av-exclusions/products/${id}\`: the resolver for ${product.name} alone, bundled with this product's data` +
    (reach.length > 1 ? ` and that of the products it includes (${reach.slice(1).join(', ')})` : '') +
    '.\n * Use it to keep a bundle small when only this product matters.\n *\n * @module\n */\n' +
    "import type { CompiledCatalog } from '../../catalog/types.js';\n" +
    "import type { ProductQuery } from '../../resolve/product-query.js';\n" +
    "import { resolveImpl } from '../../resolve/resolve-impl.js';\n" +
    "import type { Resolution } from '../../types/resolution.js';\n" +
    `${imports}\n\n` +
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
    `export function resolveExclusions(query: ProductQuery<${JSON.stringify(id)}>): Resolution {\n` +
    `  return resolveImpl(CATALOG, { ...query, product: ${JSON.stringify(id)} });\n` +
    '}\n'
  );
}

/** The never-exclude list with each entry's source spelt out: `src/generated/never-exclude.ts`. */
export function neverExcludeModule(file: NeverExcludeFile): string {
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  const entries: NeverExcludeEntry[] = file.entries.map((entry) => {
    const source = sources.get(entry.source.id);
    if (!source) throw new Error(`data/never-exclude.json: unknown source "${entry.source.id}"`);
    return { ...entry, source: { ...source, section: entry.source.section } };
  });
  return (
    HEADER('data/never-exclude.json') +
    "import type { NeverExcludeEntry } from '../types/never-exclude.js';\n\n" +
    '/** The roots and folders that must never be excluded (what the value rules refuse), each with its reason and source. */\n' +
    `export const NEVER_EXCLUDE_PATHS: readonly NeverExcludeEntry[] = ${JSON.stringify(
      entries.filter((e) => e.kind === 'root' || e.kind === 'folder'),
      null,
      2,
    )};\n\n` +
    '/** The processes and extensions that must never be excluded (for the audit), each with its reason and source. */\n' +
    `export const NEVER_EXCLUDE_OTHERS: readonly NeverExcludeEntry[] = ${JSON.stringify(
      entries.filter((e) => e.kind !== 'root' && e.kind !== 'folder'),
      null,
      2,
    )};\n`
  );
}

/**
 * `createCatalog`: a catalog over a caller's own packs, validated with zod and the semantic checks.
 *
 * @module
 */
import { checkPacks } from '../catalog/check-packs.js';
import { compilePacks } from '../catalog/compile-packs.js';
import { describeProduct, type ProductInfo, type ProductSummary, summarizeProducts } from '../catalog/describe.js';
import { AvExclusionsError } from '../errors.js';
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import { oneLine } from '../internal/quote.js';
import type { ExclusionQuery } from '../resolve/query.js';
import { resolveImpl } from '../resolve/resolve-impl.js';
import { resolveMachineImpl } from '../resolve/resolve-machine.js';
import type { RulePack } from '../types/pack.js';
import type { Machine, MachineResolution, Resolution } from '../types/resolution.js';
import { describeSchemaIssues, rawPackProblems, type SchemaIssue } from './pack-issues.js';
import { RulePackSchema } from './pack-schema.js';

/** A catalog built from a caller's packs: the same functions as the package's top level, over those packs. */
export interface Catalog {
  /** Resolves a query against this catalog (see the top-level `resolveExclusions`). */
  resolveExclusions(query: ExclusionQuery): Resolution;
  /** Resolves a machine running several of this catalog's products (see the top-level `resolveMachine`). */
  resolveMachine(machine: Machine): MachineResolution;
  /** Lists this catalog's products. */
  listProducts(): ProductSummary[];
  /** Describes one of this catalog's products. */
  getProduct(id: string): ProductInfo;
}

/** Options of {@link createCatalog}. */
export interface CreateCatalogOptions {
  /** Also hold the bundled products, so the packs may include their roles (default false). */
  includeBundled?: boolean;
}

/**
 * Builds a catalog from rule packs a caller brings: each pack is checked against the schema, then compiled with the
 * semantic checks (references, include cycles, ranges, platform paths). Every problem is reported at once.
 *
 * @param packs - rule packs (parsed JSON)
 * @param options - whether the bundled products are available too
 * @returns the catalog
 * @throws AvExclusionsError `INVALID_PACK`, with one entry per problem in `issues`
 * @example
 * ```ts
 * import { createCatalog } from 'av-exclusions/schema';
 * import kerio from 'av-exclusions/data/kerio-connect.json' with { type: 'json' };
 * // Your own pack: here a copy of a bundled one under another id.
 * const catalog = createCatalog([{ ...kerio, id: 'my-mail-server' }]);
 * const result = catalog.resolveExclusions({ product: 'my-mail-server', roles: ['server'], platform: 'linux' });
 * console.log(result.exclusions.map((item) => item.value)); // [ '/opt/kerio/mailserver' ]
 * ```
 */
export function createCatalog(packs: readonly unknown[], options: CreateCatalogOptions = {}): Catalog {
  if (!Array.isArray(packs)) throw new AvExclusionsError('INVALID_PACK', 'createCatalog expects an array of packs', { value: packs });
  const issues: string[] = [];
  const valid: RulePack[] = [];
  packs.forEach((given, i) => {
    // Read each pack once, as JSON data: a getter, proxy or cycle can neither throw past here nor change between reads.
    let pack: unknown;
    try {
      pack = JSON.parse(JSON.stringify(given) ?? 'null');
    } catch (error) {
      issues.push(`pack #${i + 1}: cannot be read as JSON data (${oneLine(String((error as Error)?.message ?? error))})`);
      return;
    }
    const id = (pack as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' && /^[a-z0-9/-]{1,200}$/.test(id) ? `data/${id}.json` : `pack #${i + 1}`;
    const raw = rawPackProblems(pack);
    const result = RulePackSchema.safeParse(pack);
    for (const problem of [...raw, ...(result.success ? [] : describeSchemaIssues(result.error.issues as SchemaIssue[], pack))]) {
      issues.push(`${name}: ${problem}`);
    }
    if (result.success && !raw.length) valid.push(result.data);
  });
  const external = options.includeBundled ? BUNDLED_CATALOG.products : {};
  if (!issues.length) issues.push(...checkPacks(valid, external));
  if (issues.length) {
    throw new AvExclusionsError(
      'INVALID_PACK',
      `${issues.length} problem(s) in the rule packs: ${issues[0]}${issues.length > 1 ? ' …' : ''}`,
      { issues },
    );
  }
  const catalog = compilePacks(valid, external);
  return {
    resolveExclusions: (query) => resolveImpl(catalog, query),
    resolveMachine: (machine) => resolveMachineImpl(catalog, machine),
    listProducts: () => summarizeProducts(catalog),
    getProduct: (id) => describeProduct(catalog, id),
  };
}

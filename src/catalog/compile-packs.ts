/**
 * Compiling rule packs into a {@link CompiledCatalog}: sources by id, ranges turned into intervals, rules indexed by
 * platform and role, includes by role. Runs at build time for the bundled data (its output is `src/generated/`) and
 * in `createCatalog` for a caller's packs, always after `checkPacks` found nothing wrong.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import { templateVariables } from '../paths/template.js';
import type { Platform, RuleDefinition, RulePack, VersionedDefault, VersionScheme } from '../types/pack.js';
import type { CompiledRange } from '../version/interval.js';
import { compileRange } from '../version/pack-time.js';
import { versionScheme } from '../version/scheme.js';
import type { VersionSchemeRules } from '../version/types.js';
import { includesByRole } from './include-graph.js';
import type { CompiledCatalog, CompiledProduct, CompiledRule, CompiledVersionedDefault } from './types.js';

/** Compiled ranges of one pack, by scheme and text (ranges repeat across rules). */
type RangeCache = Map<VersionScheme, Map<string, CompiledRange>>;

function range(pack: RulePack, scheme: VersionScheme | undefined, text: string, cache: RangeCache): CompiledRange {
  let byText = scheme && cache.get(scheme);
  if (scheme && !byText) cache.set(scheme, (byText = new Map()));
  let compiled = byText?.get(text);
  if (!compiled) {
    const result = scheme ? compileRange(scheme, text) : null;
    if (!result)
      throw new AvExclusionsError('INVALID_PACK', `data/${pack.id}.json: "${text}" is not a valid range (run checkPacks first)`, {
        value: text,
      });
    compiled = result;
    byText!.set(text, compiled);
  }
  return compiled;
}

// The compiled catalog is only ever read (the resolver builds fresh items from it), so a rule's small sub-objects
// (source, notes, managedBy …) are shared with the pack rather than copied: fewer allocations for large catalogs.
function compileRule(pack: RulePack, rule: RuleDefinition, ranges: RangeCache): CompiledRule {
  const compiled: CompiledRule = {
    id: rule.id,
    kind: rule.kind,
    value: rule.value,
    recursive: rule.recursive,
    risk: rule.risk,
    rationale: rule.rationale,
    source: rule.source,
    provenance: rule.provenance,
  };
  if (rule.when?.length) compiled.when = rule.when;
  if (rule.skipIfUnset) compiled.skipIfUnset = true;
  const variables = templateVariables(rule.value);
  if (variables.length) compiled.variables = variables;
  if (rule.riskNote !== undefined) compiled.riskNote = rule.riskNote;
  if (rule.managedBy !== undefined) compiled.managedBy = rule.managedBy;
  if (rule.correction !== undefined) compiled.correction = rule.correction;
  if (rule.notes !== undefined) compiled.notes = rule.notes;
  if (rule.versions !== undefined) compiled.versions = range(pack, pack.versionScheme, rule.versions, ranges);
  if (rule.osVersions !== undefined) {
    compiled.osVersions = range(pack, pack.osVersionScheme?.[rule.platforms[0]!], rule.osVersions, ranges);
    compiled.osVersionsText = rule.osVersions;
  }
  if (rule.managedBy?.osVersions !== undefined) {
    compiled.managedOsVersions = range(pack, pack.osVersionScheme?.[rule.platforms[0]!], rule.managedBy.osVersions, ranges);
  }
  return compiled;
}

function compileVersionDefaults(pack: RulePack, ranges: RangeCache): CompiledProduct['versionDefaults'] {
  const out: NonNullable<CompiledProduct['versionDefaults']> = {};
  for (const variable of pack.variables) {
    if (!variable.versionDefaults) continue;
    const byPlatform: Partial<Record<Platform, CompiledVersionedDefault[]>> = {};
    for (const [platform, list] of Object.entries(variable.versionDefaults) as [Platform, VersionedDefault[]][]) {
      byPlatform[platform] = list.map((d) => ({ versions: range(pack, pack.versionScheme, d.versions, ranges), value: d.value }));
    }
    out[variable.name] = byPlatform;
  }
  return Object.keys(out).length ? out : undefined;
}

function documentedTuple(pack: RulePack, scheme: VersionSchemeRules, version: string): number[] {
  const tuple = scheme.parse(version);
  if (!tuple)
    throw new AvExclusionsError('INVALID_PACK', `data/${pack.id}.json: "${version}" is not a version (run checkPacks first)`, {
      value: version,
    });
  return [...tuple];
}

function compilePack(pack: RulePack): CompiledProduct {
  const ranges: RangeCache = new Map();
  const scheme = versionScheme(pack.versionScheme);
  const rules = pack.rules.map((rule) => compileRule(pack, rule, ranges));
  const index: CompiledProduct['index'] = {};
  for (const platform of pack.platforms) {
    const byRole: Record<string, number[]> = {};
    for (const role of pack.roles) if (!role.platforms || role.platforms.includes(platform)) byRole[role.id] = [];
    pack.rules.forEach((rule, i) => {
      if (rule.platforms.includes(platform)) for (const role of rule.roles) byRole[role]?.push(i);
    });
    index[platform] = byRole;
  }
  const includes = includesByRole(pack.includes);
  const product: CompiledProduct = {
    id: pack.id,
    name: pack.name,
    vendor: pack.vendor,
    description: pack.description,
    versionScheme: pack.versionScheme,
    documentedVersions: pack.documentedVersions,
    documentedTuples: pack.documentedVersions.map((v) => documentedTuple(pack, scheme, v)),
    platforms: pack.platforms,
    roles: pack.roles,
    features: pack.features,
    variables: Object.fromEntries(pack.variables.map((v) => [v.name, v])),
    sources: Object.fromEntries(pack.sources.map((s) => [s.id, s])),
    rules,
    includes,
    index,
  };
  if (pack.osVersionScheme) product.osVersionScheme = pack.osVersionScheme;
  const versionDefaults = compileVersionDefaults(pack, ranges);
  if (versionDefaults) product.versionDefaults = versionDefaults;
  return product;
}

/**
 * Compiles packs that `checkPacks` accepted into a catalog the resolver reads.
 *
 * @param packs - checked rule packs
 * @param external - already compiled products to hold as well (the bundled ones, for a caller's packs)
 * @returns the catalog
 * @throws AvExclusionsError `INVALID_PACK` when a range or documented version cannot be read (unchecked input)
 * @example
 * ```ts
 * import pack from 'av-exclusions/data/kerio-connect.json' with { type: 'json' };
 * const catalog = compilePacks([pack as RulePack]);
 * console.log(Object.keys(catalog.products)); // [ 'kerio-connect' ]
 * console.log(catalog.products['kerio-connect']!.index.linux); // { server: [ 0, 1, 2, 3 ] }
 * ```
 */
export function compilePacks(packs: readonly RulePack[], external: Readonly<Record<string, CompiledProduct>> = {}): CompiledCatalog {
  const products: Record<string, CompiledProduct> = { ...external };
  for (const pack of packs) products[pack.id] = compilePack(pack);
  return { products };
}

/**
 * Compiling rule packs into a {@link CompiledCatalog}: sources by id, ranges turned into intervals, rules indexed by
 * platform and role, includes by role. Runs at build time for the bundled data (its output is `src/generated/`) and
 * in `createCatalog` for a caller's packs, always after `checkPacks` found nothing wrong.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import { templateVariables } from '../paths/template.js';
import type { RuleDefinition, RulePack } from '../types/pack.js';
import type { CompiledRange } from '../version/interval.js';
import { type VersionSchemeRules, versionScheme } from '../version/scheme.js';
import { trainScheme } from '../version/train.js';
import { includesByRole } from './include-graph.js';
import type { CompiledCatalog, CompiledProduct, CompiledRule } from './types.js';

function range(pack: RulePack, text: string, compile: (text: string) => CompiledRange | null, cache: Map<string, CompiledRange>): CompiledRange {
  let compiled = cache.get(text);
  if (!compiled) {
    const result = compile(text);
    if (!result) throw new AvExclusionsError('INVALID_PACK', `data/${pack.id}.json: "${text}" is not a valid range (run checkPacks first)`, { value: text });
    compiled = result;
    cache.set(text, compiled);
  }
  return compiled;
}

// The compiled catalog is only ever read (the resolver builds fresh items from it), so a rule's small sub-objects
// (source, notes, managedBy …) are shared with the pack rather than copied: fewer allocations for large catalogs.
function compileRule(pack: RulePack, scheme: VersionSchemeRules, rule: RuleDefinition, ranges: Map<string, CompiledRange>): CompiledRule {
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
  if (rule.versions !== undefined) compiled.versions = range(pack, rule.versions, scheme.compileRange, ranges);
  if (rule.osVersions !== undefined) {
    const train = pack.osVersionScheme?.[rule.platforms[0]!];
    compiled.osVersions = range(pack, `os:${rule.osVersions}`, () => (train ? trainScheme(train).compileRange(rule.osVersions!) : null), ranges);
    compiled.osVersionsText = rule.osVersions;
  }
  return compiled;
}

function documentedTuple(pack: RulePack, scheme: VersionSchemeRules, version: string): number[] {
  const tuple = scheme.parse(version);
  if (!tuple) throw new AvExclusionsError('INVALID_PACK', `data/${pack.id}.json: "${version}" is not a version (run checkPacks first)`, { value: version });
  return [...tuple];
}

function compilePack(pack: RulePack): CompiledProduct {
  const ranges = new Map<string, CompiledRange>();
  const scheme = versionScheme(pack.versionScheme);
  const rules = pack.rules.map((rule) => compileRule(pack, scheme, rule, ranges));
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

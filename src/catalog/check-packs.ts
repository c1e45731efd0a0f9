/**
 * The semantic checks of rule packs, beyond the schema's shape: run by the tests and the build over the bundled
 * data, and by `createCatalog` over a caller's packs, before anything is compiled. Each problem is reported with the
 * pack's file name and a JSON path; all problems are collected, not only the first.
 *
 * @module
 */

import { expandTemplate, templateVariables } from '../paths/template.js';
import { PATH_KINDS, packValueProblems } from '../paths/values.js';
import { defaultCycles, variableReader } from '../paths/variables.js';
import type { Platform, RuleDefinition, RuleKind, RulePack } from '../types/pack.js';
import { compileRange } from '../version/ranges.js';
import { checkVersionScheme, type VersionSchemeRules, versionScheme } from '../version/scheme.js';
import { compareTuples } from '../version/tuple.js';
import { findIncludeCycles, includesByRole } from './include-graph.js';
import type { CompiledProduct } from './types.js';

type Report = (path: string, message: string) => void;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) (seen.has(v) ? dups : seen).add(v);
  return [...dups];
}

function checkValue(report: Report, path: string, kind: RuleKind, value: string, platform: Platform): void {
  for (const problem of packValueProblems(value, kind, platform)) report(path, problem);
}

/** Lookups shared by every rule of a pack. */
interface PackIndex {
  roleIds: Set<string>;
  featureIds: Set<string>;
  sourceIds: Set<string>;
  variables: Map<string, RulePack['variables'][number]>;
  ranges: Map<string, boolean>;
  restrictedRoles: RulePack['roles'];
  scheme: VersionSchemeRules;
  sample: (template: string, platform: Platform) => string;
}

/**
 * A value with each variable replaced by its default (itself resolved, when a template) or, without one, by a neutral
 * absolute stand-in: what the value checks look at.
 */
function sampler(pack: RulePack): (template: string, platform: Platform) => string {
  const definitions = Object.fromEntries(pack.variables.map((v) => [v.name, v]));
  const readers = new Map<Platform, ReturnType<typeof variableReader>>();
  return (template, platform) => {
    const names = templateVariables(template);
    if (!names.length) return template;
    let read = readers.get(platform);
    if (!read) readers.set(platform, (read = variableReader(definitions, {}, platform)));
    const values = Object.fromEntries(names.map((name) => [name, read(name)?.values[0] ?? (platform === 'windows' ? 'X:\\v' : '/v')]));
    return expandTemplate(template, values);
  };
}

function checkRule(pack: RulePack, rule: RuleDefinition, index: number, report: Report, lookup: PackIndex): void {
  const at = { toString: () => `$.rules[${index}]` };
  const { roleIds, featureIds } = lookup;
  if (!lookup.sourceIds.has(rule.source.id)) report(`${at}.source.id`, `unknown source "${rule.source.id}"`);
  rule.roles.forEach((role, i) => {
    if (!roleIds.has(role)) report(`${at}.roles[${i}]`, `unknown role "${role}"`);
  });
  rule.platforms.forEach((platform, i) => {
    if (!pack.platforms.includes(platform)) report(`${at}.platforms[${i}]`, `platform "${platform}" is not declared by the pack`);
  });
  for (const role of lookup.restrictedRoles) {
    if (!rule.roles.includes(role.id)) continue;
    if (!rule.platforms.some((p) => role.platforms!.includes(p))) {
      report(`${at}.platforms`, `role "${role.id}" exists on none of the rule's platforms`);
    }
  }
  (rule.when ?? []).forEach((feature, i) => {
    if (!featureIds.has(feature)) report(`${at}.when[${i}]`, `unknown feature "${feature}"`);
  });
  if (rule.risk === 'high' && !rule.riskNote) report(`${at}.riskNote`, 'a high-risk rule must say why (riskNote)');
  if (!rule.rationale.trim()) report(`${at}.rationale`, 'rationale is empty');

  const variables = templateVariables(rule.value);
  for (const name of variables) {
    if (!lookup.variables.has(name)) report(`${at}.value`, `unknown variable {${name}}`);
  }
  for (const platform of rule.platforms) checkValue(report, `${at}.value`, rule.kind, lookup.sample(rule.value, platform), platform);
  if (!PATH_KINDS.has(rule.kind) && rule.recursive) report(`${at}.recursive`, `a ${rule.kind} rule cannot be recursive`);

  if (rule.versions !== undefined) {
    // Ranges repeat across rules; each distinct text is checked once per pack.
    let valid = lookup.ranges.get(rule.versions);
    if (valid === undefined) {
      valid = compileRange(pack.versionScheme, rule.versions) !== null;
      lookup.ranges.set(rule.versions, valid);
    }
    if (!valid) report(`${at}.versions`, `"${rule.versions}" is not a valid range in the ${pack.versionScheme.type} version scheme`);
  }
  if (rule.osVersions !== undefined) {
    for (const platform of rule.platforms) {
      const train = pack.osVersionScheme?.[platform];
      if (!train) report(`${at}.osVersions`, `the pack declares no osVersionScheme for ${platform}`);
      else if (!compileRange(train, rule.osVersions))
        report(`${at}.osVersions`, `"${rule.osVersions}" is not a valid range of ${platform} releases`);
    }
  }
}

function checkPack(pack: RulePack, report: Report): void {
  for (const [list, key, label] of [
    [pack.roles.map((r) => r.id), 'roles', 'role id'],
    [pack.features.map((f) => f.id), 'features', 'feature id'],
    [pack.variables.map((v) => v.name), 'variables', 'variable name'],
    [pack.sources.map((s) => s.id), 'sources', 'source id'],
    [pack.rules.map((r) => r.id), 'rules', 'rule id'],
  ] as const) {
    for (const dup of duplicates(list)) report(`$.${key}`, `duplicate ${label} "${dup}"`);
  }
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  pack.roles.forEach((role, i) => {
    (role.platforms ?? []).forEach((p, j) => {
      if (!pack.platforms.includes(p)) report(`$.roles[${i}].platforms[${j}]`, `platform "${p}" is not declared by the pack`);
    });
  });
  const variableNames = new Set(pack.variables.map((v) => v.name));
  const sample = sampler(pack);
  pack.variables.forEach((variable, i) => {
    for (const [platform, def] of Object.entries(variable.defaults ?? {}) as [Platform, { value: string; source: { id: string } }][]) {
      const at = `$.variables[${i}].defaults.${platform}`;
      if (!pack.platforms.includes(platform)) report(at, `platform "${platform}" is not declared by the pack`);
      if (!sourceIds.has(def.source.id)) report(`${at}.source.id`, `unknown source "${def.source.id}"`);
      for (const name of templateVariables(def.value)) {
        if (!variableNames.has(name)) report(`${at}.value`, `unknown variable {${name}}`);
      }
      if (variable.type === 'path') checkValue(report, `${at}.value`, 'directory', sample(def.value, platform), platform);
    }
  });
  for (const platform of pack.platforms) {
    for (const cycle of defaultCycles(pack.variables, platform))
      report('$.variables', `the ${platform} defaults depend on each other in a cycle: ${cycle.join(' -> ')}`);
  }

  const scheme = versionScheme(pack.versionScheme);
  const documentedTuples: (readonly number[])[] = [];
  pack.documentedVersions.forEach((version, i) => {
    const tuple = scheme.parse(version);
    if (!tuple) report(`$.documentedVersions[${i}]`, `"${version}" is not a version in the ${pack.versionScheme.type} scheme`);
    else {
      const previous = documentedTuples[documentedTuples.length - 1];
      if (previous && compareTuples(previous, tuple) >= 0)
        report(`$.documentedVersions[${i}]`, 'documented versions must be in ascending order');
      documentedTuples.push(tuple);
    }
  });
  if (!scheme.versioned && pack.documentedVersions.length) report('$.documentedVersions', 'a versionless pack documents no versions');
  if (scheme.versioned && !pack.documentedVersions.length)
    report('$.documentedVersions', 'a versioned pack must document at least one version');
  checkVersionScheme(pack.versionScheme, report, sourceIds, '$.versionScheme');
  for (const [platform, train] of Object.entries(pack.osVersionScheme ?? {})) {
    if (train) checkVersionScheme(train, report, sourceIds, `$.osVersionScheme.${platform}`);
  }

  const lookup: PackIndex = {
    roleIds: new Set(pack.roles.map((r) => r.id)),
    featureIds: new Set(pack.features.map((f) => f.id)),
    sourceIds,
    variables: new Map(pack.variables.map((v) => [v.name, v])),
    ranges: new Map(),
    restrictedRoles: pack.roles.filter((r) => r.platforms !== undefined),
    scheme,
    sample,
  };
  pack.rules.forEach((rule, i) => {
    checkRule(pack, rule, i, report, lookup);
  });
  pack.includes.forEach((include, i) => {
    if (!lookup.roleIds.has(include.role)) report(`$.includes[${i}].role`, `unknown role "${include.role}"`);
    if (!sourceIds.has(include.source.id)) report(`$.includes[${i}].source.id`, `unknown source "${include.source.id}"`);
  });
}

/** What the cross-pack checks need of a product, from a pack or from an already compiled (bundled) product. */
interface GraphNode {
  id: string;
  roles: string[];
  includes: Record<string, { product: string; roles: string[] }[]>;
  variables: { name: string; type: string; multiple: boolean }[];
}

function nodeOfPack(pack: RulePack): GraphNode {
  return { id: pack.id, roles: pack.roles.map((r) => r.id), includes: includesByRole(pack.includes), variables: pack.variables };
}

function nodeOfProduct(product: CompiledProduct): GraphNode {
  return { id: product.id, roles: product.roles.map((r) => r.id), includes: product.includes, variables: Object.values(product.variables) };
}

function checkIncludes(products: Record<string, GraphNode>, issues: string[]): void {
  for (const product of Object.values(products)) {
    for (const [role, includes] of Object.entries(product.includes)) {
      includes.forEach((include, i) => {
        const target = products[include.product];
        const at = `data/${product.id}.json: $.includes (role "${role}", #${i + 1})`;
        if (!target) {
          issues.push(`${at}: unknown product "${include.product}"`);
          return;
        }
        for (const r of include.roles) {
          if (!target.roles.includes(r)) issues.push(`${at}: product "${include.product}" has no role "${r}"`);
        }
      });
    }
  }
  for (const cycle of findIncludeCycles(products)) {
    issues.push(`data/${cycle.product}.json: $.includes: include cycle ${cycle.chain.join(' -> ')}`);
  }

  // Variables shared by name across packs must mean the same kind of value.
  const seen = new Map<string, { product: string; type: string; multiple: boolean }>();
  for (const product of Object.values(products)) {
    for (const variable of product.variables) {
      const other = seen.get(variable.name);
      if (other && (other.type !== variable.type || other.multiple !== variable.multiple)) {
        issues.push(
          `data/${product.id}.json: $.variables: "${variable.name}" differs in type or multiple from its definition in ${other.product}`,
        );
      } else if (!other) seen.set(variable.name, { product: product.id, type: variable.type, multiple: variable.multiple });
    }
  }
}

/**
 * Checks packs (already valid in shape) for every semantic problem: ids unique, references resolve (roles,
 * platforms, features, variables, sources, included products and roles), no include cycles, ranges valid in their
 * scheme, values absolute and in normal form for their platform, Windows variables only machine ones, high-risk
 * rules explained, shared variables consistent.
 *
 * @param packs - rule packs
 * @param external - already compiled products the packs may include (the bundled ones, for a caller's packs)
 * @returns the problems, each `data/<id>.json: $.path: message` (empty when the packs are sound)
 * @example
 * ```ts
 * import pack from 'av-exclusions/data/kerio-connect.json' with { type: 'json' };
 * console.log(checkPacks([pack as RulePack])); // []
 * console.log(checkPacks([{ ...pack, platforms: ['windows'] } as RulePack]).length > 0); // true
 * ```
 */
export function checkPacks(packs: readonly RulePack[], external: Readonly<Record<string, CompiledProduct>> = {}): string[] {
  const issues: string[] = [];
  const nodes: Record<string, GraphNode> = {};
  for (const product of Object.values(external)) nodes[product.id] = nodeOfProduct(product);
  for (const dup of duplicates(packs.map((p) => p.id))) issues.push(`data/${dup}.json: $.id: duplicate product id "${dup}"`);
  for (const pack of packs) {
    if (Object.hasOwn(external, pack.id))
      issues.push(`data/${pack.id}.json: $.id: product "${pack.id}" already exists in the bundled catalog`);
    checkPack(pack, (path, message) => issues.push(`data/${pack.id}.json: ${path}: ${message}`));
    nodes[pack.id] = nodeOfPack(pack);
  }
  checkIncludes(nodes, issues);
  return issues;
}

/**
 * The one implementation behind every `resolveExclusions` (bundled catalog, a caller's catalog, a product entry).
 *
 * @module
 */
import { type ReachedRole, viaOf } from '../catalog/include-graph.js';
import type { CompiledCatalog, CompiledProduct, CompiledRule } from '../catalog/types.js';
import { AvExclusionsError } from '../errors.js';
import { quote } from '../internal/quote.js';
import { itemKey, normalizePath } from '../paths/normalize.js';
import { expandTemplate } from '../paths/template.js';
import { unsafePathProblem } from '../paths/values.js';
import { combinationCount, combinations, readValues, type ValuesRead, variableReader } from '../paths/variables.js';
import { type ManagedBy, type Platform, RISKS, type Risk } from '../types/pack.js';
import type { ConditionalItem, ExclusionItem, ItemBase, ItemCondition, Resolution, UnresolvedItem } from '../types/resolution.js';
import { inRange } from '../version/interval.js';
import { readQuery } from './read-query.js';

const NONE: readonly string[] = [];

/**
 * Merges another rule's item into an item of the same value (here, and across a machine's products): the merged item
 * stands for both, so it keeps the higher risk with that rule's reason, and when only the other says who manages the
 * location (Defender's automatic exclusions, an installer), it takes that `managedBy`.
 *
 * @param into - the item that stays
 * @param risk - the other rule's risk
 * @param riskNote - the other rule's risk note
 * @param managedBy - the other rule's `managedBy`, its OS range settled, if any
 */
export function mergeInto(into: ExclusionItem, risk: Risk, riskNote: string | undefined, managedBy: ManagedBy | undefined): void {
  if (RISKS.indexOf(risk) > RISKS.indexOf(into.risk)) {
    into.risk = risk;
    if (riskNote === undefined) delete into.riskNote;
    else into.riskNote = riskNote;
  }
  if (into.managedBy === undefined && managedBy !== undefined) into.managedBy = managedBy;
}

/**
 * A fresh copy of a rule's `managedBy` for an item, its OS range settled: kept without the range inside it, none
 * outside it, and kept with the range when the query gave no release (`osPosition` undefined).
 */
function managedByOf(rule: CompiledRule, osPosition: number | undefined): ManagedBy | undefined {
  const managed = rule.managedBy;
  if (managed === undefined) return undefined;
  const keepRange = rule.managedOsVersions !== undefined && osPosition === undefined;
  if (rule.managedOsVersions && !keepRange && !inRange([osPosition!], rule.managedOsVersions)) return undefined;
  const copy: ManagedBy = { by: managed.by, scanner: managed.scanner, note: managed.note };
  if (keepRange) copy.osVersions = managed.osVersions!;
  if (managed.disabledBy !== undefined) copy.disabledBy = managed.disabledBy;
  if (managed.scans !== undefined) copy.scans = managed.scans;
  return copy;
}

/**
 * An item of a rule: the fields every item has, then its bucket's own fields (`value`, `defaultsUsed`, `duplicates`;
 * `variables`, `hint`; `condition`, `variables`, `value`), then the rule's optional fields. Built in that fixed order
 * from fresh literals (object spread would be slow here).
 */
function makeItem<T extends ItemBase>(
  p: CompiledProduct,
  rule: CompiledRule,
  platform: Platform,
  reached: ReachedRole,
  osPosition: number | undefined,
  fields: Omit<T, keyof ItemBase>,
): T {
  const source = p.sources[rule.source.id]!;
  const item = Object.assign(
    {
      rule: `${p.id}/${rule.id}`,
      kind: rule.kind,
      template: rule.value,
      recursive: rule.recursive,
      platform,
      rationale: rule.rationale,
      source: { id: source.id, title: source.title, url: source.url, section: rule.source.section, docVersion: source.docVersion },
      provenance: rule.provenance,
      risk: rule.risk,
      via: viaOf(reached),
    },
    fields,
  ) as ItemBase as T;
  if (rule.riskNote !== undefined) item.riskNote = rule.riskNote;
  if (rule.managedBy !== undefined) {
    const managed = managedByOf(rule, osPosition);
    if (managed !== undefined) item.managedBy = managed;
  }
  if (rule.correction !== undefined) item.correction = { original: rule.correction.original, note: rule.correction.note };
  if (rule.notes !== undefined) item.notes = [...rule.notes];
  return item;
}

/** The version-dependent default of a variable for the version a product's rules are matched against, if any. */
function versionedDefaults(
  p: CompiledProduct,
  platform: Platform,
  tuple: readonly number[] | null,
): ((name: string) => string | undefined) | undefined {
  const defaults = p.versionDefaults;
  if (!defaults || !tuple) return undefined;
  return (name) => (Object.hasOwn(defaults, name) ? defaults[name]![platform]?.find((d) => inRange(tuple, d.versions))?.value : undefined);
}

function expand(
  p: CompiledProduct,
  rule: CompiledRule,
  assignment: Record<string, string>,
  platform: Platform,
  fromCaller: boolean,
): string {
  // Values without variables are stored normalised (a compile check), so they are used as they are.
  if (!rule.variables) return rule.value;
  const text = expandTemplate(rule.value, assignment);
  // An extension, or a process given by its image name, is not a path.
  if (rule.kind === 'extension' || (rule.kind === 'process' && !/[\\/]/.test(text))) return text;
  const value = normalizePath(text, platform);
  // A value built from the caller's values may land on a root or a folder never to exclude (`{SESAM_BIN}` = `/`).
  const unsafe = fromCaller ? unsafePathProblem(value, rule.kind, platform) : undefined;
  if (unsafe) {
    const names = rule.variables.map((name) => `${name}=${quote(assignment[name]!)}`).join(', ');
    throw new AvExclusionsError(
      'UNSAFE_VALUE',
      `${names} makes ${p.id}/${rule.id} ${quote(value)}, which ${unsafe.message}; source: ${unsafe.source}`,
      {
        value,
      },
    );
  }
  return value;
}

/** The most items one query may expand to (multi-valued variables multiply). */
export const MAX_ITEMS = 10_000;

type Reader = ReturnType<typeof variableReader>;

/** A rule's variables as read for one query, and what it expands to (once computed). */
interface RuleValues extends ValuesRead {
  /** The expanded values, once computed. */
  expanded?: string[];
}

/**
 * Rules read from pack defaults alone, by product, then platform and version (when the product has version-dependent
 * defaults), then rule.
 */
const sharedValues = new WeakMap<CompiledProduct, Map<string, Map<CompiledRule, RuleValues>>>();

/**
 * A rule's values when the query gives none of its own: a pure function of the compiled product, the platform and
 * the version, so read once and shared (items copy what they keep). A few versions are kept per product.
 */
function defaultValues(p: CompiledProduct, rule: CompiledRule, platform: Platform, tuple: readonly number[] | null): RuleValues {
  let byKey = sharedValues.get(p);
  if (!byKey) sharedValues.set(p, (byKey = new Map()));
  const key = p.versionDefaults ? `${platform} ${tuple}` : platform;
  let rules = byKey.get(key);
  if (!rules) {
    if (byKey.size > 63) byKey.clear();
    byKey.set(key, (rules = new Map()));
  }
  let found = rules.get(rule);
  if (!found) {
    const read = variableReader(p.variables, {}, platform, undefined, versionedDefaults(p, platform, tuple));
    rules.set(rule, (found = readValues(rule.variables ?? NONE, read)!));
  }
  return found;
}

/**
 * Resolves a query against a compiled catalog.
 *
 * @param catalog - the catalog
 * @param query - the query (validated here; any shape is accepted and checked)
 * @returns a fresh Resolution
 * @throws AvExclusionsError for bad input (see the error codes)
 */
export function resolveImpl(catalog: CompiledCatalog, query: unknown): Resolution {
  const q = readQuery(catalog, query);
  const { product, platform, features, provenance, warnings } = q;
  const given = q.variables;
  // Without caller values, what a rule expands to depends on the compiled data alone: shared, not recomputed.
  const shared = Object.keys(given).length === 0;

  const exclusions: ExclusionItem[] = [];
  const conditional: ConditionalItem[] = [];
  const unresolved: UnresolvedItem[] = [];
  const byKey = new Map<string, ExclusionItem>();
  const done = new Set<CompiledRule>();
  const defaultsUsed = new Set<string>();
  const readers = new Map<CompiledProduct, Reader>();
  const used = new Set<string>();
  let items = 0;
  /** The values a rule expands to, counted against MAX_ITEMS, computed once per reading (a shared one keeps them). */
  const expandAll = (p: CompiledProduct, rule: CompiledRule, r: RuleValues): string[] => {
    const added = combinationCount(rule.variables ?? NONE, r.values);
    if ((items += added) > MAX_ITEMS) {
      throw new AvExclusionsError(
        'INVALID_VARIABLE_VALUE',
        `the values given expand to more than ${MAX_ITEMS} items (${p.id}/${rule.id} alone to ${added}); give fewer values`,
        { value: added },
      );
    }
    return (r.expanded ??= combinations(rule.variables ?? NONE, r.values).map((a) => expand(p, rule, a, platform, r.fromCaller)));
  };

  for (const reached of q.reached) {
    const { product: p, role } = reached;
    const ruleTuple = p === product ? q.read.tuple : (p.documentedTuples.at(-1) ?? null);
    // Positions are known only when the query named a release.
    const osPosition = q.osPositions.get(p);
    for (const position of p.index[platform]![role]!) {
      const rule = p.rules[position]!;
      if (done.has(rule)) continue;
      done.add(rule);
      if (!provenance.includes(rule.provenance)) continue;
      if (rule.versions && ruleTuple && !inRange(ruleTuple, rule.versions)) continue;

      const condition: ItemCondition = {};
      if (rule.osVersions) {
        if (osPosition === undefined) condition.osVersions = rule.osVersionsText!;
        else if (!inRange([osPosition], rule.osVersions)) continue;
      }
      // A rule reached through a conditional include needs the include's features too.
      const needed = reached.when ? [...new Set([...reached.when, ...(rule.when ?? NONE)])] : (rule.when ?? NONE);
      const missingFeatures = needed.filter((f) => !features.includes(f));
      if (missingFeatures.length) condition.features = missingFeatures;

      let r: RuleValues;
      if (shared || !rule.variables) r = defaultValues(p, rule, platform, ruleTuple);
      else {
        let reader = readers.get(p);
        if (!reader)
          readers.set(p, (reader = variableReader(p.variables, given, platform, used, versionedDefaults(p, platform, ruleTuple))));
        r = readValues(rule.variables ?? NONE, reader)!;
      }
      const { missing } = r;
      if (condition.features || condition.osVersions) {
        // Without every value, one item naming the variables still needed; else one per expanded value.
        for (const value of missing.length ? [undefined] : expandAll(p, rule, r)) {
          const fields: Omit<ConditionalItem, keyof ItemBase> = { condition: { ...condition }, variables: [...missing] };
          if (value !== undefined) fields.value = value;
          conditional.push(makeItem(p, rule, platform, reached, osPosition, fields));
        }
        continue;
      }
      if (missing.length) {
        if (rule.skipIfUnset) continue;
        const hint = missing.map((name) => `${name}: ${p.variables[name]!.hint}`).join(' ');
        unresolved.push(makeItem(p, rule, platform, reached, osPosition, { variables: [...missing], hint }));
        continue;
      }
      for (const name of r.defaultsUsed) defaultsUsed.add(name);
      for (const value of expandAll(p, rule, r)) {
        const key = itemKey(rule.kind, value, platform);
        const existing = byKey.get(key);
        if (existing) {
          existing.duplicates.push({ rule: `${p.id}/${rule.id}`, via: viaOf(reached) });
          mergeInto(existing, rule.risk, rule.riskNote, existing.managedBy === undefined ? managedByOf(rule, osPosition) : undefined);
          continue;
        }
        const item = makeItem<ExclusionItem>(p, rule, platform, reached, osPosition, {
          value,
          defaultsUsed: [...r.defaultsUsed],
          duplicates: [],
        });
        byKey.set(key, item);
        exclusions.push(item);
      }
    }
  }

  const osDependent = conditional.filter((item) => item.condition.osVersions !== undefined).length;
  if (osDependent) {
    warnings.push({
      code: 'OS_VERSION_NEEDED',
      message: `${osDependent} rule(s) depend on the ${platform} release and are listed as conditional; pass the release (osVersion, --os-version) to settle them`,
    });
  }
  const unused = Object.keys(given).filter((name) => !used.has(name));
  if (unused.length) {
    warnings.push({
      code: 'VARIABLE_NOT_USED',
      message: `no rule this query reaches uses ${unused.join(', ')}; the value was not used (check the roles, platform and features)`,
      variables: unused,
    });
  }
  if (defaultsUsed.size) {
    const names = [...defaultsUsed].sort();
    warnings.push({
      code: 'DEFAULTS_ASSUMED',
      message: `default locations were assumed for ${names.join(', ')}; pass the real values if the product was installed elsewhere`,
    });
  }
  return {
    query: {
      product: product.id,
      version: q.version,
      effectiveVersion: q.read.effective,
      documentedVersion: q.read.documented,
      roles: q.roles,
      platform,
      osVersion: q.osRelease,
      features,
      variables: given,
      provenance: [...provenance],
    },
    exclusions,
    conditional,
    unresolved,
    warnings,
  };
}

/**
 * The values of a pack's variables for one query: what the caller gave, or else the variable's default for the
 * platform. A default may itself be a template over other variables (SEP sesam's `SESAM_BIN` defaults to
 * `{SESAM_ROOT}` on Windows), resolved in dependency order, so moving the root moves everything defined under it.
 * A default may also depend on the product version (`versionDefaults`): the caller of the reader picks it.
 *
 * @module
 */
import type { Platform, VariableDefinition } from '../types/pack.js';
import { normalizePath } from './normalize.js';
import { expandTemplate, templateVariables } from './template.js';

/** The values of one variable, and which defaults they rest on. */
export interface VariableValues {
  /** The values (one per item the variable yields). */
  values: string[];
  /** Variables whose defaults were used to get them, this one included when its own default was used. */
  defaultsUsed: string[];
  /** Whether a caller's value went into them (directly, or into a default they are built from). */
  fromCaller: boolean;
}

/**
 * How many combinations {@link combinations} would return, without building them.
 *
 * @param names - the variable names
 * @param values - their values
 * @returns the product of the numbers of values
 */
export function combinationCount(names: readonly string[], values: Readonly<Record<string, readonly string[]>>): number {
  let count = 1;
  for (const name of names) count *= values[name]!.length;
  return count;
}

/** Every combination of one value per name (a multi-valued variable yields one combination per value). */
export function combinations(names: readonly string[], values: Readonly<Record<string, readonly string[]>>): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const name of names) {
    const next: Record<string, string>[] = [];
    for (const partial of out) for (const value of values[name]!) next.push({ ...partial, [name]: value });
    out = next;
  }
  return out;
}

/**
 * A reader of variable values for one pack, platform and set of caller values, memoised: each variable is resolved
 * once per query, its dependencies first. A variable that neither the caller nor a default gives (directly or
 * through a dependency) has no value; so has one caught in a default cycle (which `checkPacks` refuses).
 *
 * @param definitions - the pack's variables by name
 * @param given - the caller's values by name (already checked and normalised)
 * @param platform - the platform
 * @param used - receives the names of the caller's values that were read
 * @param versioned - the version-dependent default of a variable for the query's version, if it has one (it then
 *   wins over the platform default)
 * @returns a function from a variable name to its values, or null when it has none
 * @example
 * ```ts
 * const source = { id: 'S', section: 'x' };
 * const read = variableReader({
 *   ROOT: { name: 'ROOT', description: '', hint: '', type: 'path', multiple: false, defaults: { windows: { value: 'C:\\App', source } } },
 *   BIN: { name: 'BIN', description: '', hint: '', type: 'path', multiple: false, defaults: { windows: { value: '{ROOT}\\bin', source } } },
 * }, { ROOT: ['D:\\App'] }, 'windows');
 * read('BIN'); // { values: [ 'D:\\App\\bin' ], defaultsUsed: [ 'BIN' ] }
 * ```
 */
export function variableReader(
  definitions: Readonly<Record<string, VariableDefinition>>,
  given: Readonly<Record<string, readonly string[]>>,
  platform: Platform,
  used?: Set<string>,
  versioned?: (name: string) => string | undefined,
): (name: string) => VariableValues | null {
  const memo = new Map<string, VariableValues | null | 'visiting'>();
  const read = (name: string): VariableValues | null => {
    const known = memo.get(name);
    if (known === 'visiting') return null;
    if (known !== undefined) return known;
    memo.set(name, 'visiting');
    let result: VariableValues | null = null;
    if (Object.hasOwn(given, name)) {
      used?.add(name);
      result = { values: [...given[name]!], defaultsUsed: [], fromCaller: true };
    } else {
      const definition = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
      const template = definition ? (versioned?.(name) ?? definition.defaults?.[platform]?.value) : undefined;
      if (template !== undefined) result = expandDefault(name, template, read, platform);
    }
    memo.set(name, result);
    return result;
  };
  return read;
}

function expandDefault(
  name: string,
  template: string,
  read: (name: string) => VariableValues | null,
  platform: Platform,
): VariableValues | null {
  const dependencies = templateVariables(template);
  if (dependencies.length === 0) return { values: [template], defaultsUsed: [name], fromCaller: false };
  const deps = readValues(dependencies, read, [name], true);
  if (!deps) return null;
  const expanded = combinations(dependencies, deps.values).map((assignment) =>
    normalizePath(expandTemplate(template, assignment), platform),
  );
  return { values: [...new Set(expanded)], defaultsUsed: deps.defaultsUsed, fromCaller: deps.fromCaller };
}

/** The values of several variables, read together. */
export interface ValuesRead {
  /** Variables without a value (read on: every name is read, so each caller value read counts as used). */
  missing: string[];
  /** Values by variable (complete when nothing is missing). */
  values: Record<string, string[]>;
  /** Variables whose defaults the values rest on, in order, each once. */
  defaultsUsed: string[];
  /** Whether a caller's value went into them. */
  fromCaller: boolean;
}

/**
 * Reads the values of several variables (a rule's, or the variables a default is built from) with a
 * {@link variableReader}, and sums up which defaults and caller values they rest on.
 *
 * @param names - the variables, in order
 * @param read - the reader
 * @param defaultsUsed - defaults already used, which the list starts with
 * @param whole - stop at the first variable without a value and answer null (a default needs every one)
 * @returns the values read, or null when `whole` and one is missing
 * @example
 * ```ts
 * const read = (name: string) => (name === 'A' ? { values: ['/a'], defaultsUsed: ['A'], fromCaller: false } : null);
 * console.log(readValues(['A', 'B'], read).missing); // [ 'B' ]
 * ```
 */
export function readValues(
  names: readonly string[],
  read: (name: string) => VariableValues | null,
  defaultsUsed: string[] = [],
  whole = false,
): ValuesRead | null {
  const values: Record<string, string[]> = {};
  const missing: string[] = [];
  let fromCaller = false;
  for (const name of names) {
    const resolved = read(name);
    if (!resolved) {
      if (whole) return null;
      missing.push(name);
      continue;
    }
    values[name] = resolved.values;
    fromCaller ||= resolved.fromCaller;
    for (const used of resolved.defaultsUsed) if (!defaultsUsed.includes(used)) defaultsUsed.push(used);
  }
  return { missing, values, defaultsUsed, fromCaller };
}

/**
 * The variables a default depends on, and the default cycles of a pack's variables on one platform.
 *
 * @param definitions - the pack's variables
 * @param platform - the platform
 * @returns each cycle as the chain of names that closes it (`A -> B -> A`); version-dependent defaults count as
 *   dependencies too, whatever their versions
 * @example
 * ```ts
 * const source = { id: 'S', section: 'x' };
 * const v = (name: string, value: string) => ({ name, description: '', hint: '', type: 'path' as const, multiple: false, defaults: { linux: { value, source } } });
 * defaultCycles([v('A', '{B}/x'), v('B', '{A}/y')], 'linux'); // [ [ 'A', 'B', 'A' ] ]
 * ```
 */
export function defaultCycles(definitions: readonly VariableDefinition[], platform: Platform): string[][] {
  const byName = new Map(definitions.map((v) => [v.name, v]));
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of definitions) {
    if (done.has(start.name)) continue;
    // Iterative depth-first walk with the current chain on a stack.
    const chain: { name: string; next: string[] }[] = [];
    const enter = (name: string) => {
      const definition = byName.get(name);
      const templates = [
        definition?.defaults?.[platform]?.value ?? '',
        ...(definition?.versionDefaults?.[platform] ?? []).map((d) => d.value),
      ];
      const next = [...new Set(templates.flatMap((t) => templateVariables(t)))].filter((d) => byName.has(d));
      chain.push({ name, next });
    };
    enter(start.name);
    while (chain.length) {
      const top = chain[chain.length - 1]!;
      const next = top.next.shift();
      if (next === undefined) {
        done.add(top.name);
        chain.pop();
        continue;
      }
      const at = chain.findIndex((c) => c.name === next);
      if (at >= 0) cycles.push([...chain.slice(at).map((c) => c.name), next]);
      else if (!done.has(next)) enter(next);
    }
  }
  return cycles;
}

/**
 * What is wrong with a caller's pack before its semantic checks, said so a pack author can act on it: zod's issues
 * turned into the expected type, the valid choices, the missing field's name; and the problems zod cannot see
 * (`__proto__` keys, which a JSON parser keeps but an object copy drops, and characters no pack text should hold).
 *
 * @module
 */
import { suggest } from '../internal/suggest.js';
import { characterProblem } from '../paths/values.js';

/** The parts of a zod issue this module reads (zod 4's issue shapes). */
export interface SchemaIssue {
  /** Issue code (`invalid_type`, `invalid_value`, `unrecognized_keys`, `invalid_union`, `too_small` …). */
  code: string;
  /** Where, from the pack's root. */
  path: readonly PropertyKey[];
  /** zod's own message, the fallback. */
  message: string;
  /** `invalid_type`: the expected type. */
  expected?: string;
  /** `invalid_value`: the valid values. */
  values?: readonly unknown[];
  /** `unrecognized_keys`: the unknown keys. */
  keys?: readonly string[];
  /** `invalid_union`: each alternative's issues. */
  errors?: readonly (readonly SchemaIssue[])[];
  /** `too_small`: the minimum, and what kind of value. */
  minimum?: number | bigint;
  /** `too_small`: `array`, `string` … */
  origin?: string;
}

/**
 * A JSON path (`$.rules[0].kind`).
 *
 * @param path - keys from the root
 * @returns the path
 */
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `.${String(k)}` : `[${JSON.stringify(String(k))}]`)).join('')}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describe(issue: SchemaIssue, root: unknown, prefix: readonly PropertyKey[]): string[] {
  const path = [...prefix, ...issue.path];
  const at = jsonPath(path);
  const value = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return [`${at}: missing field "${String(path[path.length - 1] ?? '')}" (expected ${issue.expected})`];
      return [`${at}: expected ${issue.expected}, got ${typeName(value)}`];
    case 'invalid_value': {
      const choices = (issue.values ?? []).map(String);
      const hint = typeof value === 'string' ? suggest(value, choices) : undefined;
      return [`${at}: ${shown(value)} is not one of: ${choices.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`];
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => `${jsonPath([...path, key])}: unknown field "${key}"`);
    case 'too_small':
      if (issue.origin === 'array') return [`${at}: must hold at least ${issue.minimum} item(s)`];
      if (issue.origin === 'string') return [`${at}: must not be empty`];
      return [`${at}: ${issue.message}`];
    case 'invalid_format':
      return [
        `${at}: ${shown(value)} does not have the expected form (ids are lower-case words joined by - or /; variable names upper case)`,
      ];
    case 'invalid_union': {
      // The alternative whose `type` matched is the one the author meant: report its problems.
      const meant = (issue.errors ?? []).filter(
        (errors) => !errors.some((e) => e.code === 'invalid_value' && e.path.length === 1 && e.path[0] === 'type'),
      );
      if (meant.length === 1) return meant[0]!.flatMap((e) => describe(e, root, path));
      const types = (issue.errors ?? []).flatMap((errors) =>
        errors.filter((e) => e.code === 'invalid_value' && e.path[0] === 'type').flatMap((e) => (e.values ?? []).map(String)),
      );
      return [`${at}: matches none of the allowed shapes${types.length ? ` (its "type" must be one of: ${types.join(', ')})` : ''}`];
    }
    default:
      return [`${at}: ${issue.message}`];
  }
}

/**
 * Turns zod's issues for one pack into messages a pack author can act on.
 *
 * @param issues - zod's issues
 * @param pack - the pack as given (to say what was found)
 * @returns one message per problem, each starting with its JSON path
 * @example
 * ```ts
 * describeSchemaIssues([{ code: 'invalid_value', path: ['rules', 0, 'kind'], message: 'Invalid input', values: ['directory', 'file'] }], { rules: [{ kind: 'folder' }] });
 * // [ '$.rules[0].kind: "folder" is not one of: directory, file' ]
 * ```
 */
export function describeSchemaIssues(issues: readonly SchemaIssue[], pack: unknown): string[] {
  return issues.flatMap((issue) => describe(issue, pack, []));
}

/**
 * What no schema sees in a pack as given: `__proto__` keys (a JSON parser keeps them as data; copying the object
 * would drop or misread them) and strings holding control, bidirectional or zero-width characters (they disguise
 * what a pack says in scripts, review tables and terminals). Walked iteratively.
 *
 * @param pack - the pack as given
 * @returns one message per problem, each starting with its JSON path
 * @example
 * ```ts
 * rawPackProblems(JSON.parse('{"id":"x","__proto__":{}}')); // [ '$.__proto__: a "__proto__" key is not allowed' ]
 * ```
 */
export function rawPackProblems(pack: unknown): string[] {
  const problems: string[] = [];
  const stack: [unknown, PropertyKey[]][] = [[pack, []]];
  const seen = new Set<object>();
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      const problem = characterProblem(node);
      if (problem) problems.push(`${jsonPath(path)}: ${problem}`);
      continue;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const childPath = [...path, Array.isArray(node) ? Number(key) : key];
      if (key === '__proto__') problems.push(`${jsonPath(childPath)}: a "__proto__" key is not allowed`);
      stack.push([(node as Record<string, unknown>)[key], childPath]);
    }
  }
  return problems;
}

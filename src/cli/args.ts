/**
 * What the commands share in reading their arguments: option parsing with clear usage errors, `--set NAME=VALUE`,
 * and the one place a command's resolution comes from (a product with `--role` … or a machine file with `--machine`).
 *
 * @module
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { getProduct } from '../catalog/get-product.js';
import { AvExclusionsError } from '../errors.js';
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import { quote } from '../internal/quote.js';
import { suggest, unknownChoice } from '../internal/suggest.js';
import type { ExclusionQuery } from '../resolve/query.js';
import { resolveImpl } from '../resolve/resolve-impl.js';
import type { Platform, Provenance } from '../types/pack.js';
import type { AnyResolution } from '../types/resolution.js';
import type { CliIo } from './io.js';
import { MACHINE_CONFLICTS, resolveMachineFile } from './machine.js';

/** A usage mistake: printed with a pointer to `--help`, exit 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseCommandArgs} returns for a command's options. */
export type ParsedArgs<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true; tokens: true }>
>;

/**
 * Parses a command's arguments: unknown options get a did-you-mean, and an option that takes one value may be given
 * once.
 *
 * @param args - the arguments after the command
 * @param options - the command's options
 * @returns the parsed values, positionals and tokens
 * @throws UsageError
 */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O): ParsedArgs<O> {
  let parsed: ParsedArgs<O>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const unknown = /^Unknown option '(.*?)'/.exec((error as Error).message)?.[1];
    if (unknown !== undefined) {
      const names = Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
      const suggestion = suggest(unknown, names);
      throw new UsageError(`unknown option ${quote(unknown)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    }
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/\s+/g, ' ');
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || options[token.name]?.multiple || options[token.name]?.type === 'boolean') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} may be given once`);
    seen.add(token.name);
  }
  return parsed;
}

/**
 * Reads `--set NAME=VALUE` options into variables (a name given twice has two values).
 *
 * @param sets - the option values
 * @returns the variables, in an object without a prototype (`__proto__` is a name like any other)
 * @throws UsageError for an option without `=` or without a name
 */
export function parseSets(sets: readonly string[]): Record<string, string[]> {
  const variables: Record<string, string[]> = Object.create(null);
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set takes NAME=VALUE, got ${quote(set)}`);
    (variables[set.slice(0, eq)] ??= []).push(set.slice(eq + 1));
  }
  return variables;
}

/**
 * One of a fixed list of choices, or an `INVALID_OPTION` error naming them (with a did-you-mean).
 *
 * @param value - what was given
 * @param choices - the valid values
 * @param what - what the value is, for the message (`format`, `--fail-on verdict`)
 * @returns the value
 * @throws AvExclusionsError `INVALID_OPTION`
 */
export function oneOf<T extends string>(value: string, choices: readonly T[], what: string): T {
  if (choices.includes(value as T)) return value as T;
  throw unknownChoice('INVALID_OPTION', what, value, choices);
}

/** The options that say which resolution a command works on: a product and its context, or a machine file. */
export const QUERY_OPTIONS = {
  machine: { type: 'string' },
  role: { type: 'string', multiple: true },
  platform: { type: 'string' },
  version: { type: 'string' },
  'os-version': { type: 'string' },
  feature: { type: 'string', multiple: true },
  set: { type: 'string', multiple: true },
  provenance: { type: 'string', multiple: true },
} as const satisfies Options;

/** The parsed {@link QUERY_OPTIONS}. */
export type QueryValues = { [K in keyof typeof QUERY_OPTIONS]?: (typeof QUERY_OPTIONS)[K] extends { multiple: true } ? string[] : string };

/**
 * The resolution a command works on: the machine file of `--machine` (which then takes no product, role, version,
 * feature, platform, OS release or provenance options), or the one product named with its `--role` options. `--set`
 * adds variables either way.
 *
 * @param command - the command, for the messages (`resolve`, `audit`)
 * @param values - the parsed options
 * @param positionals - the product, when there is no `--machine`
 * @param io - the CLI's I/O (the machine file is read through it)
 * @returns the product's or the machine's resolution
 * @throws UsageError, AvExclusionsError, MachineFileError
 */
export function resolutionFromOptions(command: string, values: QueryValues, positionals: readonly string[], io: CliIo): AnyResolution {
  const sets = values.set ? parseSets(values.set) : undefined;
  if (values.machine !== undefined) {
    const conflicts = [
      ...(positionals.length ? [`a product (${positionals.map(quote).join(' ')})`] : []),
      ...MACHINE_CONFLICTS.filter((name) => values[name] !== undefined).map((name) => `--${name}`),
    ];
    if (conflicts.length)
      throw new UsageError(`--machine takes the products, roles and platform from the file; drop ${conflicts.join(', ')}`);
    return resolveMachineFile(io, values.machine, sets);
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length
        ? `${command} takes one product, got: ${positionals.map(quote).join(' ')}`
        : `${command} needs a product, e.g. "av-exclusions ${command} sep-sesam --role server", or --machine FILE`,
    );
  }
  const roles = values.role ?? [];
  if (roles.length === 0) {
    const product = getProduct(positionals[0] as never);
    throw new AvExclusionsError('INVALID_QUERY', `give at least one --role for ${product.id}: ${product.roles.join(', ')}`, {
      choices: product.roles,
    });
  }
  const query: ExclusionQuery = { product: positionals[0]!, roles };
  if (values.platform !== undefined) query.platform = values.platform as Platform;
  if (values.version !== undefined) query.version = values.version;
  if (values['os-version'] !== undefined) query.osVersion = values['os-version'];
  if (values.feature) query.features = values.feature;
  if (sets) query.variables = sets;
  if (values.provenance) query.provenance = values.provenance as Provenance[];
  return resolveImpl(BUNDLED_CATALOG, query);
}

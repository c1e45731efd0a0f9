/**
 * The zod schema of a machine file (the input of `resolveMachine` and of `av-exclusions resolve --machine`), its JSON
 * Schema (shipped as `av-exclusions/machine.schema.json`), and readers that report every problem with its JSON path.
 * Ids are checked by shape only here; whether a product, role or feature exists is the resolver's to say.
 *
 * @module
 */
import * as z from 'zod/mini';
import { AvExclusionsError } from '../errors.js';
import { oneLine } from '../internal/quote.js';
import { MAX_ID_LENGTH, MAX_LIST_LENGTH, MAX_VERSION_LENGTH } from '../resolve/read-query.js';
import { PLATFORMS, type Platform, PROVENANCE, type Provenance } from '../types/pack.js';
import type { Machine, MachineProduct } from '../types/resolution.js';
import { describeSchemaIssues, rawPackProblems, type SchemaIssue } from './pack-issues.js';

const idText = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const ids = z.array(idText).check(z.maxLength(MAX_LIST_LENGTH));
const platform: z.ZodMiniType<Platform> = z.enum(PLATFORMS);
const provenance: z.ZodMiniType<Provenance> = z.enum(PROVENANCE);

const product: z.ZodMiniType<MachineProduct> = z.strictObject({
  product: idText,
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_VERSION_LENGTH))),
  roles: ids.check(z.minLength(1)),
  features: z.optional(ids),
});

/** One product per entry: a second entry for the same product is reported at its `product` field. */
const products = z.array(product).check(
  z.minLength(1),
  z.maxLength(MAX_LIST_LENGTH),
  z.superRefine((list: MachineProduct[], ctx) => {
    const first = new Map<string, number>();
    list.forEach((entry, i) => {
      const earlier = first.get(entry.product);
      if (earlier === undefined) first.set(entry.product, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: [i, 'product'],
          message: `"${entry.product}" is already listed at $.products[${earlier}]; give all its roles and features in one entry`,
          input: entry.product,
        });
    });
  }),
);

/**
 * The zod schema of a machine file: `{ platform, osVersion?, products: [{ product, version?, roles, features? }, …],
 * variables?, provenance? }` (and an optional `$schema`). Unknown fields are refused.
 *
 * @example
 * ```ts
 * import { MachineSchema } from 'av-exclusions/schema';
 * const result = MachineSchema.safeParse({ platform: 'windows', products: [] });
 * console.log(result.success); // false
 * ```
 */
export const MachineSchema: z.ZodMiniType<Machine, unknown> = z.strictObject({
  $schema: z.optional(z.string()),
  platform,
  osVersion: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH))),
  products,
  variables: z.optional(
    z.record(z.string(), z.union([z.string(), z.array(z.string()).check(z.minLength(1), z.maxLength(MAX_LIST_LENGTH))])),
  ),
  provenance: z.optional(z.array(provenance)),
});

/**
 * The JSON Schema (draft 2020-12) of a machine file, generated from {@link MachineSchema}; shipped as
 * `av-exclusions/machine.schema.json` (`data/machine.schema.json`) for editors and tools in other languages.
 *
 * @returns the JSON Schema object
 * @example
 * ```ts
 * import { machineJsonSchema } from 'av-exclusions/schema';
 * console.log(machineJsonSchema().title); // 'av-exclusions machine'
 * ```
 */
export function machineJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(MachineSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/av-exclusions/data/machine.schema.json',
    title: 'av-exclusions machine',
    description:
      'A server running several products: its platform and OS release, and each product with its version, roles and features. Read by resolveMachine and "av-exclusions resolve --machine".',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/**
 * Checks a machine (parsed JSON) against {@link MachineSchema} and returns it typed. Every problem is reported, each
 * led by its JSON path (`$.products[1].roles: must hold at least 1 item(s)`).
 *
 * @param value - the machine, any shape
 * @returns the machine
 * @throws AvExclusionsError `INVALID_QUERY`, with one entry per problem in `issues`
 * @example
 * ```ts
 * import { parseMachine } from 'av-exclusions/schema';
 * try {
 *   parseMachine({ platform: 'windows', products: [{ product: 'hyper-v', roles: [] }] });
 * } catch (error) {
 *   console.log(error.message); // 'invalid machine: $.products[0].roles: must hold at least 1 item(s)'
 * }
 * ```
 */
export function parseMachine(value: unknown): Machine {
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(value) ?? 'null');
  } catch (error) {
    throw new AvExclusionsError(
      'INVALID_QUERY',
      `invalid machine: it cannot be read as JSON data (${oneLine(String((error as Error)?.message ?? error))})`,
    );
  }
  const raw = rawPackProblems(copy);
  const result = MachineSchema.safeParse(copy);
  const issues = [...raw, ...(result.success ? [] : describeSchemaIssues(result.error.issues as SchemaIssue[], copy))];
  if (issues.length || !result.success) {
    throw new AvExclusionsError(
      'INVALID_QUERY',
      `invalid machine: ${issues[0]}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
      {
        issues,
      },
    );
  }
  const { $schema: _schema, ...machine } = result.data;
  return machine;
}

/**
 * Reads a machine file: parses the JSON text (a leading byte-order mark is allowed), then checks it with
 * {@link parseMachine}.
 *
 * @param json - the file's text
 * @returns the machine
 * @throws AvExclusionsError `INVALID_QUERY` (not JSON, or the problems {@link parseMachine} reports)
 * @example
 * ```ts
 * import { readMachineFile } from 'av-exclusions/schema';
 * const machine = readMachineFile('{ "platform": "linux", "products": [{ "product": "kerio-connect", "roles": ["server"] }] }');
 * console.log(machine.products[0].roles); // [ 'server' ]
 * ```
 */
export function readMachineFile(json: string): Machine {
  if (typeof json !== 'string') throw new AvExclusionsError('INVALID_QUERY', 'readMachineFile expects the text of a JSON file');
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AvExclusionsError('INVALID_QUERY', `invalid machine: not JSON (${oneLine((error as Error).message)})`);
  }
  return parseMachine(value);
}

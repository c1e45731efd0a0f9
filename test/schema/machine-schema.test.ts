import { describe, expect, it } from 'vitest';
import shipped from '../../data/machine.schema.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { resolveMachine } from '../../src/resolve/resolve-machine.js';
import { MachineSchema, machineJsonSchema, parseMachine, readMachineFile } from '../../src/schema/machine-schema.js';
import { PLATFORMS, PROVENANCE } from '../../src/types/pack.js';
import machineFile from '../fixtures/machines/hyper-v-asr-sesam.json' with { type: 'json' };
import { expectError } from '../helpers.js';

const hyperV = { product: 'hyper-v', roles: ['host'] };

describe('parseMachine', () => {
  it('accepts the example machine file and returns it without "$schema"', () => {
    const machine = parseMachine(machineFile);
    const { $schema: _, ...expected } = machineFile;
    expect(machine).toEqual(expected);
    expect(MachineSchema.safeParse(machineFile).success).toBe(true);
  });

  it('accepts single and multiple variable values and every provenance grade', () => {
    const machine = {
      platform: 'windows',
      products: [hyperV],
      variables: { VHD_DIRS: ['D:\\VMs', 'E:\\VMs'], VM_CONFIG_DIRS: 'D:\\VMs' },
      provenance: [...PROVENANCE],
    };
    expect(parseMachine(machine)).toEqual(machine);
  });

  it.each<[string, unknown, string]>([
    ['no products', { platform: 'windows' }, '$.products: missing field "products" (expected array)'],
    ['an empty product list', { platform: 'windows', products: [] }, '$.products: must hold at least 1 item(s)'],
    [
      'an unknown platform',
      { platform: 'windos', products: [hyperV] },
      '$.platform: "windos" is not one of: windows, linux, macos (did you mean "windows"?)',
    ],
    [
      'empty roles',
      { platform: 'windows', products: [hyperV, { product: 'sep-sesam', roles: [] }] },
      '$.products[1].roles: must hold at least 1 item(s)',
    ],
    [
      'roles as a string',
      { platform: 'windows', products: [{ product: 'hyper-v', roles: 'host' }] },
      '$.products[0].roles: expected array, got a string',
    ],
    [
      'a misspelt field',
      { platform: 'windows', products: [{ product: 'hyper-v', role: ['host'] }] },
      '$.products[0].role: unknown field "role"',
    ],
    ['a number as a variable value', { platform: 'windows', products: [hyperV], variables: { VHD_DIRS: 3 } }, '$.variables.VHD_DIRS: '],
    [
      'an unknown provenance grade',
      { platform: 'windows', products: [hyperV], provenance: ['vendor'] },
      '$.provenance[0]: "vendor" is not one of: ',
    ],
    [
      'the same product twice',
      {
        platform: 'windows',
        products: [hyperV, { product: 'sep-sesam', roles: ['client'] }, { product: 'hyper-v', roles: ['file-server'] }],
      },
      '$.products[2].product: "hyper-v" is already listed at $.products[0]',
    ],
    [
      'a "__proto__" key',
      JSON.parse('{"platform":"windows","products":[{"product":"hyper-v","roles":["host"],"__proto__":{}}]}'),
      '$.products[0].__proto__: a "__proto__" key is not allowed',
    ],
    ['a hidden character', { platform: 'windows', products: [{ product: 'hyper-v\u202e', roles: ['host'] }] }, '$.products[0].product: '],
  ])('reports %s with its JSON path', (_name, machine, message) => {
    const error = expectError(() => parseMachine(machine), 'INVALID_QUERY');
    expect(error.issues.some((issue) => issue.startsWith(message))).toBe(true);
    expect(error.message).toMatch(/^invalid machine: \$/);
  });

  it('reports every problem, not only the first', () => {
    const error = expectError(
      () => parseMachine({ platform: 'solaris', products: [{ product: 'hyper-v', roles: [] }], extra: 1 }),
      'INVALID_QUERY',
    );
    expect(error.issues).toHaveLength(3);
    expect(error.message).toMatch(/\(and 2 more\)$/);
  });
});

describe('readMachineFile', () => {
  it('reads JSON text, with or without a byte-order mark', () => {
    const text = JSON.stringify(machineFile);
    expect(readMachineFile(text).products).toHaveLength(3);
    expect(readMachineFile(`\uFEFF${text}`).platform).toBe('windows');
  });

  it('says when the text is not JSON', () => {
    expect(expectError(() => readMachineFile('{ "platform": '), 'INVALID_QUERY').message).toMatch(/^invalid machine: not JSON/);
    expectError(() => readMachineFile(42 as never), 'INVALID_QUERY');
  });
});

describe('the schema and the resolver agree on the shape of a machine', () => {
  // Each entry point refuses these, and both point at the same JSON path.
  it.each<[unknown, string]>([
    [{ platform: 'windows', products: [] }, '$.products'],
    [{ platform: 'windos', products: [hyperV] }, '$.platform'],
    [{ platform: 'windows', products: [{ product: 'hyper-v' }] }, '$.products[0].roles'],
    [{ platform: 'windows', products: [{ product: 'hyper-v', roles: [] }] }, '$.products[0].roles'],
    [{ platform: 'windows', products: [{ product: 'hyper-v', roles: ['host'], feature: [] }] }, '$.products[0].feature'],
    [{ platform: 'windows', products: [hyperV, hyperV] }, '$.products[1].product'],
    [{ platform: 'windows', products: [hyperV], provenance: ['vendor'] }, '$.provenance[0]'],
    [{ platform: 'windows', products: [hyperV], colour: 'red' }, '$.colour'],
    [{ $schema: 1, platform: 'windows', products: [hyperV] }, '$.$schema'],
  ])('%j at %s', (machine, path) => {
    const fromSchema = expectError(() => parseMachine(machine), 'INVALID_QUERY');
    expect(fromSchema.issues[0]!.startsWith(`${path}: `)).toBe(true);
    // biome-ignore lint/suspicious/noExplicitAny: machines broken on purpose
    const fromResolver = expect(() => resolveMachine(machine as any));
    fromResolver.toThrow(`${path}: `);
  });
});

describe('machineJsonSchema', () => {
  it('is a draft 2020-12 schema of the machine, with the shared enumerations', () => {
    const schema = machineJsonSchema() as {
      $schema: string;
      title: string;
      required: string[];
      properties: Record<string, { enum?: string[] }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('av-exclusions machine');
    expect(schema.required).toEqual(['platform', 'products']);
    expect(schema.properties.platform!.enum).toEqual([...PLATFORMS]);
  });

  it('is what data/machine.schema.json holds, and the package exports it', () => {
    expect(shipped).toEqual(machineJsonSchema());
    expect((pkg.exports as Record<string, unknown>)['./machine.schema.json']).toBe('./data/machine.schema.json');
  });
});

import { describe, expect, it } from 'vitest';
import { itemKey } from '../../src/paths/normalize.js';
import { resolveExclusions } from '../../src/resolve/resolve-exclusions.js';
import { MAX_ITEMS } from '../../src/resolve/resolve-impl.js';
import { resolveMachine, resolveMachineImpl } from '../../src/resolve/resolve-machine.js';
import type { RuleDefinition, RulePack } from '../../src/types/pack.js';
import type { ExclusionItem } from '../../src/types/resolution.js';
import machineFile from '../fixtures/machines/hyper-v-asr-sesam.json' with { type: 'json' };
import { compileOrThrow, expectError } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: machines broken on purpose, into shapes their type forbids
const loose = (machine: unknown) => resolveMachine(machine as any);
const HYPER_V_ASR = {
  platform: 'windows',
  osVersion: '2022',
  products: [
    { product: 'hyper-v', roles: ['host'] },
    { product: 'azure-site-recovery', roles: ['hyper-v-to-azure/hyper-v-host'] },
  ],
} as const;
const keys = (r: { exclusions: ExclusionItem[] }) => r.exclusions.map((i) => itemKey(i.kind, i.value, i.platform));

describe('resolveMachine: the union of the products', () => {
  const machine = resolveMachine(machineFile as never);
  const singles = machineFile.products.map((p) =>
    resolveExclusions({ ...p, platform: 'windows', osVersion: '2022' } as Parameters<typeof resolveExclusions>[0]),
  );

  it('reads the machine: platform, OS release, each product as the single resolver reads it', () => {
    expect(machine.query).toEqual({ platform: 'windows', osVersion: '2022' });
    expect(machine.machine.platform).toBe('windows');
    expect(machine.machine.osVersion).toBe('2022');
    expect(machine.machine.products.map((q) => [q.product, q.version, q.roles])).toEqual([
      ['hyper-v', null, ['host']],
      ['azure-site-recovery', null, ['hyper-v-to-azure/hyper-v-host']],
      ['sep-sesam', '5.1.0', ['client']],
    ]);
    expect(machine.machine.products[2]).toEqual(singles[2]!.query);
  });

  it('holds every item of every product once, the first product first', () => {
    const union = new Set(keys(machine));
    for (const single of singles) for (const key of keys(single)) expect(union.has(key)).toBe(true);
    expect(union.size).toBe(machine.exclusions.length);
    expect(machine.exclusions.slice(0, singles[0]!.exclusions.length).map((i) => i.rule)).toEqual(
      singles[0]!.exclusions.map((i) => i.rule),
    );
    const sesam = machine.exclusions.filter((i) => i.rule.startsWith('sep-sesam/')).map((i) => i.value);
    expect(sesam).toEqual(singles[2]!.exclusions.map((i) => i.value));
  });

  it('keeps the rule reached from both products once, with both via chains', () => {
    const vhds = machine.exclusions.find((i) => i.rule === 'hyper-v/vhds-extension')!;
    expect(vhds.via).toEqual([{ product: 'hyper-v', role: 'host' }]);
    expect(vhds.duplicates).toEqual([
      {
        rule: 'hyper-v/vhds-extension',
        via: [
          { product: 'azure-site-recovery', role: 'hyper-v-to-azure/hyper-v-host' },
          { product: 'hyper-v', role: 'host' },
        ],
      },
    ]);
    // Each single resolution had it once, without duplicates.
    expect(singles[0]!.exclusions.find((i) => i.rule === 'hyper-v/vhds-extension')!.duplicates).toEqual([]);
  });

  it('keeps every contributing rule of every product, each chain starting at its own product', () => {
    const vhdx = machine.exclusions.find((i) => i.rule === 'hyper-v/vhdx-extension')!;
    const ownChains = singles[0]!.exclusions.find((i) => i.rule === 'hyper-v/vhdx-extension')!.duplicates;
    const asr = singles[1]!.exclusions.find((i) => i.value === '.vhdx')!;
    expect(vhdx.duplicates).toEqual([...ownChains, { rule: asr.rule, via: asr.via }, ...asr.duplicates]);
    expect(vhdx.duplicates.map((d) => d.via[0]!.product)).toEqual(['hyper-v', 'azure-site-recovery', 'azure-site-recovery']);
    // Who manages it (Defender's automatic exclusions) is kept, as the single resolver keeps it.
    expect(vhdx.managedBy).toEqual(singles[0]!.exclusions.find((i) => i.rule === 'hyper-v/vhdx-extension')!.managedBy);
  });

  it('lists a conditional rule reached from two products once', () => {
    const rules = machine.conditional.map((i) => i.rule);
    expect(rules).toContain('hyper-v/cluster-storage-dir');
    expect(new Set(rules).size).toBe(rules.length);
  });

  it('drops a conditional item another product applies', () => {
    const r = resolveMachine({
      ...HYPER_V_ASR,
      products: [
        { product: 'azure-site-recovery', roles: ['hyper-v-to-azure/hyper-v-host'] },
        { product: 'hyper-v', roles: ['host'], features: ['cluster-shared-volumes'] },
      ],
    });
    expect(r.exclusions.map((i) => i.rule)).toContain('hyper-v/cluster-storage-dir');
    expect(r.conditional.map((i) => i.rule)).not.toContain('hyper-v/cluster-storage-dir');
  });

  it('returns fresh objects: changing an answer changes nothing next time', () => {
    const first = resolveMachine(HYPER_V_ASR);
    const copy = JSON.stringify(resolveMachine(HYPER_V_ASR));
    first.exclusions[0]!.duplicates.push({ rule: 'x/y', via: [] });
    first.exclusions[0]!.value = 'changed';
    first.machine.products[0]!.roles.push('file-server');
    expect(JSON.stringify(resolveMachine(HYPER_V_ASR))).toBe(copy);
  });
});

describe('resolveMachine: warnings name their product', () => {
  it('tags each product warning with its product', () => {
    const r = resolveMachine(machineFile as never);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'DEFAULTS_ASSUMED', product: 'sep-sesam' }));
    for (const w of r.warnings) expect(typeof w.product).toBe('string');
  });

  it('reports the OS release as unused only when no product depends on it, once', () => {
    const used = resolveMachine(machineFile as never);
    expect(used.warnings.map((w) => w.code)).not.toContain('OS_VERSION_NOT_APPLICABLE');
    const unused = loose({
      platform: 'linux',
      osVersion: '2022',
      products: [
        { product: 'kerio-connect', roles: ['server'] },
        { product: 'sep-sesam', roles: ['client'], version: '5.1.0' },
      ],
    });
    expect(unused.machine.osVersion).toBeNull();
    const os = unused.warnings.filter((w) => w.code === 'OS_VERSION_NOT_APPLICABLE');
    expect(os).toHaveLength(1);
    expect(os[0]!.product).toBe('kerio-connect');
  });

  it('reports a variable no product uses, and names it', () => {
    const r = resolveMachine({
      platform: 'windows',
      products: [
        { product: 'hyper-v', roles: ['host'] },
        { product: 'sep-sesam', version: '5.1.0', roles: ['client'] },
      ],
      variables: { VM_FILE_SHARES: '\\\\files\\vms', SESAM_ROOT: 'D:\\SEPsesam' },
    });
    const unused = r.warnings.filter((w) => w.code === 'VARIABLE_NOT_USED');
    expect(unused).toEqual([expect.objectContaining({ product: 'hyper-v', variables: ['VM_FILE_SHARES'] })]);
    expect(unused[0]!.message).toContain('VM_FILE_SHARES');
    expect(r.exclusions.find((i) => i.rule.startsWith('sep-sesam/'))!.value.startsWith('D:\\SEPsesam')).toBe(true);
  });

  it('gives each product only the variables it defines', () => {
    const r = resolveMachine({
      platform: 'windows',
      products: [
        { product: 'hyper-v', roles: ['host'] },
        { product: 'sep-sesam', version: '5.1.0', roles: ['client'] },
      ],
      variables: { SESAM_ROOT: 'D:\\SEPsesam' },
    });
    expect(r.machine.products[0]!.variables).toEqual({});
    expect(r.machine.products[1]!.variables).toEqual({ SESAM_ROOT: ['D:\\SEPsesam'] });
    expect(r.warnings.map((w) => w.code)).not.toContain('VARIABLE_NOT_USED');
  });
});

// Tiny packs for what the bundled data cannot show: two products that share a value, or a variable name.
const source = { id: 'S', section: 'Exclusions' };
function pack(id: string, rules: Partial<RuleDefinition>[], variables: string[], type: 'path' | 'name' = 'path'): RulePack {
  return {
    id,
    name: id,
    vendor: 'Test',
    description: 'A test product.',
    versionScheme: { type: 'none' },
    documentedVersions: [],
    platforms: ['windows'],
    roles: [
      { id: 'main', name: 'Main', description: 'Main role.' },
      { id: 'other', name: 'Other', description: 'Another role.' },
    ],
    features: [],
    variables: variables.map((name) => ({ name, description: 'd', hint: 'h', type, multiple: true })),
    sources: [{ id: 'S', title: 'Test page', url: 'https://example.test/page', docVersion: '1.0', retrieved: '2026-11-22' }],
    rules: rules.map((rule, i) => ({
      id: `r${i}`,
      kind: 'directory',
      value: `C:\\${id}\\${i}`,
      recursive: true,
      roles: ['main'],
      platforms: ['windows'],
      risk: 'low',
      rationale: 'Test.',
      source,
      provenance: 'vendor-page',
      ...rule,
    })) as RuleDefinition[],
    includes: [],
  };
}

describe('resolveMachine: merging across products', () => {
  const catalog = compileOrThrow([
    pack(
      'gamma',
      [
        { value: 'C:\\Shared\\Data', risk: 'low' },
        { value: '{SHARED_DIRS}\\g', roles: ['main'] },
      ],
      ['SHARED_DIRS'],
    ),
    pack(
      'delta',
      [
        {
          value: '%SystemDrive%\\shared\\data',
          risk: 'high',
          riskNote: 'Broad.',
          managedBy: { by: 'Delta installer', scanner: 'defender', note: 'added at install' },
        },
        { value: '{SHARED_DIRS}\\d', roles: ['other'] },
      ],
      ['SHARED_DIRS'],
    ),
  ]);
  const resolve = (machine: unknown) => resolveMachineImpl(catalog, machine);

  it('merges values that differ only in spelling, keeping the first item, the highest risk with its reason, and managedBy', () => {
    const r = resolve({
      platform: 'windows',
      products: [
        { product: 'gamma', roles: ['main'] },
        { product: 'delta', roles: ['main'] },
      ],
    });
    const shared = r.exclusions.filter((i) => i.value === 'C:\\Shared\\Data');
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({ rule: 'gamma/r0', risk: 'high', riskNote: 'Broad.' });
    // Only delta's rule says who manages the location: the merged item says so too.
    expect(shared[0]!.managedBy).toEqual({ by: 'Delta installer', scanner: 'defender', note: 'added at install' });
    expect(shared[0]!.duplicates).toEqual([{ rule: 'delta/r0', via: [{ product: 'delta', role: 'main' }] }]);
    expect(r.exclusions.some((i) => i.rule === 'delta/r0')).toBe(false);
  });

  it('does not warn about a variable one product uses and another, which defines it too, does not', () => {
    const r = resolve({
      platform: 'windows',
      products: [
        { product: 'gamma', roles: ['main'] },
        { product: 'delta', roles: ['main'] },
      ],
      variables: { SHARED_DIRS: 'E:\\Shared' },
    });
    expect(r.exclusions.map((i) => i.value)).toContain('E:\\Shared\\g');
    expect(r.warnings.filter((w) => w.code === 'VARIABLE_NOT_USED')).toEqual([]);
  });

  it('lists an unresolved rule once per rule', () => {
    const r = resolve({
      platform: 'windows',
      products: [
        { product: 'gamma', roles: ['main'] },
        { product: 'delta', roles: ['main', 'other'] },
      ],
    });
    expect(r.unresolved.map((i) => i.rule)).toEqual(['gamma/r1', 'delta/r1']);
  });

  it('caps the union at MAX_ITEMS, though each product alone is under it', () => {
    // Each product expands one 1,000-value variable in 6 rules: 6,000 items, under the cap alone (process names: the
    // cheapest items to expand).
    const many = (id: string, tag: string) =>
      pack(
        id,
        Array.from({ length: 6 }, (_, i) => ({ kind: 'process' as const, recursive: false, value: `{NAMES}-${tag}${i}.exe` })),
        ['NAMES'],
        'name',
      );
    const machine = (a: string, b: string) => ({
      platform: 'windows',
      products: [
        { product: a, roles: ['main'] },
        { product: b, roles: ['main'] },
      ],
      variables: { NAMES: Array.from({ length: 1000 }, (_, i) => `n${i}`) },
    });
    const apart = compileOrThrow([many('epsilon', 'e'), many('zeta', 'z')]);
    const error = expectError(() => resolveMachineImpl(apart, machine('epsilon', 'zeta')), 'INVALID_VARIABLE_VALUE');
    expect(error.message).toContain(`more than ${MAX_ITEMS}`);
    // The same 6,000 values from both products merge into 6,000 items: the cap counts the union, not the sum.
    const alike = compileOrThrow([many('eta', 's'), many('theta', 's')]);
    const merged = resolveMachineImpl(alike, machine('eta', 'theta'));
    expect(merged.exclusions).toHaveLength(6000);
    expect(merged.exclusions[0]!.duplicates).toEqual([{ rule: 'theta/r0', via: [{ product: 'theta', role: 'main' }] }]);
  });
});

describe('resolveMachine: bad input', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['not an object', 'hyper-v', 'INVALID_QUERY', /^\$: the machine must be an object/],
    ['no platform', { products: [{ product: 'hyper-v', roles: ['host'] }] }, 'MISSING_PLATFORM', /^\$\.platform: .*windows, linux, macos/],
    [
      'an unknown platform',
      { platform: 'windos', products: [{ product: 'hyper-v', roles: ['host'] }] },
      'UNKNOWN_PLATFORM',
      /^\$\.platform: .*did you mean "windows"/,
    ],
    ['no products', { platform: 'windows', products: [] }, 'INVALID_QUERY', /^\$\.products: give at least one product/],
    [
      'products not an array',
      { platform: 'windows', products: { product: 'hyper-v' } },
      'INVALID_QUERY',
      /^\$\.products: must be an array/,
    ],
    [
      'a product without roles',
      { platform: 'windows', products: [{ product: 'hyper-v' }] },
      'INVALID_QUERY',
      /^\$\.products\[0\]\.roles: missing field "roles"/,
    ],
    [
      'empty roles',
      { platform: 'windows', products: [{ product: 'hyper-v', roles: [] }] },
      'INVALID_QUERY',
      /^\$\.products\[0\]\.roles: give at least one role of hyper-v: file-server, host/,
    ],
    [
      'a misspelt field',
      { platform: 'windows', products: [{ product: 'hyper-v', role: ['host'] }] },
      'INVALID_QUERY',
      /^\$\.products\[0\]\.role: unknown field "role".*did you mean "roles"/,
    ],
    [
      'an unknown machine field',
      { platform: 'windows', os: '2022', products: [{ product: 'hyper-v', roles: ['host'] }] },
      'INVALID_QUERY',
      /^\$\.os: unknown field/,
    ],
    [
      'an unknown role',
      {
        platform: 'windows',
        products: [
          { product: 'hyper-v', roles: ['host'] },
          { product: 'sep-sesam', roles: ['clinet'] },
        ],
      },
      'UNKNOWN_ROLE',
      /^\$\.products\[1\]\.roles: unknown role for sep-sesam: "clinet"; valid: client, rds, server \(did you mean "client"\?\)/,
    ],
    [
      'a product off its platform',
      { platform: 'linux', products: [{ product: 'hyper-v', roles: ['host'] }] },
      'UNKNOWN_PLATFORM',
      /^\$\.products\[0\]: hyper-v does not run on platform "linux"/,
    ],
    [
      'a bad version',
      { platform: 'windows', products: [{ product: 'sep-sesam', version: 'latest', roles: ['client'] }] },
      'INVALID_VERSION',
      /^\$\.products\[0\]\.version: /,
    ],
    [
      'an unknown OS release',
      { platform: 'windows', osVersion: '2003', products: [{ product: 'hyper-v', roles: ['host'] }] },
      'INVALID_OS_VERSION',
      /^\$\.osVersion: /,
    ],
    [
      'an unknown feature',
      { platform: 'windows', products: [{ product: 'hyper-v', roles: ['host'], features: ['csv'] }] },
      'UNKNOWN_FEATURE',
      /^\$\.products\[0\]\.features: /,
    ],
    [
      'a variable no product defines',
      { platform: 'windows', products: [{ product: 'hyper-v', roles: ['host'] }], variables: { SESAM_ROOT: 'D:\\x' } },
      'UNKNOWN_VARIABLE',
      /^\$\.variables: unknown variable "SESAM_ROOT"/,
    ],
    [
      'an unknown provenance grade',
      { platform: 'windows', products: [{ product: 'hyper-v', roles: ['host'] }], provenance: ['vendor'] },
      'INVALID_QUERY',
      /^\$\.provenance\[0\]: unknown provenance grade "vendor"/,
    ],
  ])('refuses %s, naming the JSON path', (_name, machine, code, message) => {
    expect(expectError(() => loose(machine), code).message).toMatch(message);
  });

  it("gives an unknown product the single resolver's code, message and choices, led by its path", () => {
    const single = expectError(() => resolveExclusions({ product: 'sep-sesan', roles: ['client'] } as never), 'UNKNOWN_PRODUCT');
    const error = expectError(
      () =>
        loose({
          platform: 'windows',
          products: [
            { product: 'hyper-v', roles: ['host'] },
            { product: 'sep-sesan', roles: ['client'] },
          ],
        }),
      'UNKNOWN_PRODUCT',
    );
    expect(error.message).toBe(`$.products[1].product: ${single.message}`);
    expect(error.choices).toEqual(single.choices);
    expect(error.suggestion).toBe('sep-sesam');
  });

  it('refuses the same product twice (its roles belong in one entry)', () => {
    const error = expectError(
      () =>
        loose({
          platform: 'windows',
          products: [
            { product: 'sep-sesam', roles: ['client'] },
            { product: 'hyper-v', roles: ['host'] },
            { product: 'sep-sesam', roles: ['server'] },
          ],
        }),
      'INVALID_QUERY',
    );
    expect(error.message).toMatch(/^\$\.products\[2\]\.product: "sep-sesam" is already listed at \$\.products\[0\]/);
  });

  it('refuses input it cannot read as data, without calling it again', () => {
    let calls = 0;
    const machine = {
      platform: 'windows',
      get products() {
        calls++;
        if (calls > 1) throw new Error('read twice');
        return [{ product: 'hyper-v', roles: ['host'] }];
      },
    };
    expect(loose(machine).machine.products[0]!.product).toBe('hyper-v');
    const cyclic: Record<string, unknown> = { platform: 'windows' };
    cyclic.products = [cyclic];
    expectError(() => loose(cyclic), 'INVALID_QUERY');
  });
});

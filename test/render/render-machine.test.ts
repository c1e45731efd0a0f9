import { describe, expect, it } from 'vitest';
import { headerLines, productQueries } from '../../src/render/notices.js';
import { RENDER_TARGETS, renderExclusions } from '../../src/render/render-exclusions.js';
import { readResolution } from '../../src/render/target.js';
import { TARGETS } from '../../src/render/targets.js';
import { resolveExclusions } from '../../src/resolve/resolve-exclusions.js';
import { type BundledMachine, resolveMachine } from '../../src/resolve/resolve-machine.js';
import type { Platform } from '../../src/types/pack.js';
import type { MachineResolution } from '../../src/types/resolution.js';
import { expectError } from '../helpers.js';

// A two-product machine for each platform.
const MACHINES: Record<Platform, BundledMachine> = {
  windows: {
    platform: 'windows',
    osVersion: '2022',
    products: [
      { product: 'hyper-v', roles: ['host'] },
      { product: 'azure-site-recovery', roles: ['hyper-v-to-azure/hyper-v-host'] },
    ],
  },
  linux: {
    platform: 'linux',
    products: [
      { product: 'sep-sesam', version: '5.1.0', roles: ['client'] },
      { product: 'kerio-connect', roles: ['server'] },
    ],
  },
  macos: {
    platform: 'macos',
    products: [
      { product: 'kerio-connect', roles: ['server'] },
      { product: 'docker', roles: ['host'] },
    ],
    variables: { DOCKER_USER_HOME: '/Users/builder' },
  },
};
const resolved = Object.fromEntries(Object.entries(MACHINES).map(([p, m]) => [p, resolveMachine(m)])) as Record<
  Platform,
  MachineResolution
>;

describe('every target renders a machine running two products', () => {
  it.each(RENDER_TARGETS)('%s', (id) => {
    for (const platform of TARGETS[id].platforms) {
      const machine = resolved[platform];
      const [first, second] = machine.machine.products;
      const out = renderExclusions(machine, id);
      expect(out.target).toBe(id);
      // Items of both products are rendered (or skipped with a reason): the longest plain word of one of each
      // product's values is in the text (every format quotes or escapes differently, words stay as they are).
      const skipped = new Set(out.skipped.map((s) => s.rule));
      for (const q of [first!, second!]) {
        const item = machine.exclusions.find((i) => i.rule.startsWith(`${q.product}/`) && !skipped.has(i.rule));
        const word = item!.value.match(/[A-Za-z0-9]+/g)!.sort((a, b) => b.length - a.length)[0]!;
        expect(out.text).toContain(word);
      }
      // A target whose output for one product names it in the header names each product of a machine.
      const single = renderExclusions(resolveExclusions({ ...MACHINES[platform].products[0]!, platform } as never), id).text;
      if (single.includes(`Product: ${first!.product}`)) {
        expect(out.text).toMatch(new RegExp(`Product: ${first!.product}, [^\\n]*roles: ${first!.roles[0]}`));
        expect(out.text).toMatch(new RegExp(`Product: ${second!.product}, [^\\n]*roles: ${second!.roles[0]}`));
        expect(out.text).toContain(`Machine: platform: ${platform}`);
      }
    }
  });

  it('json renders the machine as it is, and reads back as a machine the other targets accept', () => {
    const out = renderExclusions(resolved.windows, 'json');
    expect(out.data).toEqual(JSON.parse(JSON.stringify(resolved.windows)));
    const back = JSON.parse(out.text) as MachineResolution;
    expect(renderExclusions(back, 'defender-powershell').text).toBe(renderExclusions(resolved.windows, 'defender-powershell').text);
  });

  it('markdown names the machine and each product with its version and roles', () => {
    const { text } = renderExclusions(resolved.linux, 'markdown');
    expect(text).toContain('# Antivirus exclusions: machine (sep-sesam, kerio-connect)');
    expect(text).toContain('  - sep-sesam: version 5.1.0 (documented guidance: 5.1.0); roles: client; features: none');
    expect(text).toContain('  - kerio-connect: version not given; roles: server; features: none');
  });
});

describe('the header of a machine', () => {
  it('names the platform and OS release once, then each product', () => {
    const lines = headerLines(resolved.windows, 'defender-powershell', 'add');
    expect(lines.slice(1, 4)).toEqual([
      'Machine: platform: windows; OS: 2022; 2 product(s):',
      '  Product: hyper-v, any version; roles: host.',
      '  Product: azure-site-recovery, any version; roles: hyper-v-to-azure/hyper-v-host.',
    ]);
    // Sources of both products.
    expect(lines.filter((l) => l.includes('KB 3105657'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('KB 3186955'))).toBe(true);
  });

  it('reads both kinds of resolution alike', () => {
    const single = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
    expect(productQueries(single)).toEqual([single.query]);
    expect(productQueries(resolved.linux).map((q) => q.product)).toEqual(['sep-sesam', 'kerio-connect']);
  });
});

describe('readResolution checks a machine', () => {
  // biome-ignore lint/suspicious/noExplicitAny: resolutions broken on purpose
  const broken = (change: (m: Record<string, any>) => void) => {
    const copy = JSON.parse(JSON.stringify(resolved.linux));
    change(copy);
    return copy;
  };
  // biome-ignore lint/suspicious/noExplicitAny: resolutions broken on purpose
  it.each<[string, (m: Record<string, any>) => void, string]>([
    ['no products', (m) => (m.machine.products = []), 'machine.products'],
    ['a product without roles', (m) => delete m.machine.products[1].roles, 'machine.products[1].roles'],
    ['a numeric version', (m) => (m.machine.products[0].version = 5), 'machine.products[0].version'],
    ['another platform than the query', (m) => (m.machine.platform = 'macos'), 'machine.platform'],
    ['machine not an object', (m) => (m.machine = 'x'), 'machine'],
  ])('refuses %s', (_name, change, path) => {
    const error = expectError(() => readResolution(broken(change)), 'INVALID_QUERY');
    expect(error.message).toContain(`invalid resolution: ${path} must be`);
  });

  it('accepts a machine that needs no product field on query', () => {
    expect('product' in resolved.linux.query).toBe(false);
    expect(readResolution(resolved.linux)).toEqual(JSON.parse(JSON.stringify(resolved.linux)));
  });
});

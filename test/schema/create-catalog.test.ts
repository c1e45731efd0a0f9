import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/schema/create-catalog.js';
import { loadPacks } from '../data/load.js';
import { alpha, beta } from '../fixtures/packs.js';
import { clonePack, expectError } from '../helpers.js';

const kerioPack = loadPacks().find((p) => p.id === 'kerio-connect')!;

describe('createCatalog', () => {
  it("resolves, lists and describes a caller's packs", () => {
    const catalog = createCatalog([alpha, beta]);
    expect(catalog.listProducts().map((p) => p.id)).toEqual(['alpha', 'beta']);
    expect(catalog.getProduct('alpha').features.map((f) => f.id)).toEqual(['db', 'csv']);
    const r = catalog.resolveExclusions({ product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'linux' });
    expect(r.exclusions[0]!.value).toBe('/opt/alpha');
  });

  it("carries a caller's managedBy.disabledBy and managedBy.scans from the pack to the resolution", () => {
    const pack = clonePack(alpha);
    const managed = pack.rules.find((r) => r.id === 'managed')!;
    managed.managedBy = { ...managed.managedBy!, disabledBy: 'DisableAlphaExclusions', scans: 'real-time' };
    const r = createCatalog([pack, beta]).resolveExclusions({ product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'windows' });
    expect(r.exclusions.find((i) => i.rule === 'alpha/managed')!.managedBy).toEqual({
      by: 'Alpha installer',
      scanner: 'defender',
      note: 'added at install',
      disabledBy: 'DisableAlphaExclusions',
      scans: 'real-time',
    });
  });

  it("resolves a machine running several of a caller's products", () => {
    const catalog = createCatalog([alpha, beta]);
    const r = catalog.resolveMachine({
      platform: 'windows',
      products: [
        { product: 'alpha', version: '2.0.0', roles: ['host'] },
        { product: 'beta', roles: ['node'] },
      ],
    });
    expect(r.machine.products.map((q) => q.product)).toEqual(['alpha', 'beta']);
    const vhdx = r.exclusions.find((i) => i.rule === 'beta/vhdx')!;
    expect(vhdx.via.map((s) => s.product)).toEqual(['alpha', 'beta']);
    expect(vhdx.duplicates).toEqual([{ rule: 'beta/vhdx', via: [{ product: 'beta', role: 'node' }] }]);
    expectError(
      () => catalog.resolveMachine({ platform: 'windows', products: [{ product: 'hyper-v', roles: ['host'] }] }),
      'UNKNOWN_PRODUCT',
    );
  });

  it('reports every schema problem with the pack and JSON path', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a pack broken on purpose, into shapes its type forbids
    const broken = clonePack(alpha) as unknown as Record<string, any>;
    broken.rules[0].kind = 'registry';
    broken.sources[0].url = 'nope';
    const error = expectError(() => createCatalog([broken, beta]), 'INVALID_PACK');
    expect(error.issues).toHaveLength(2);
    expect(error.issues.some((i) => /^data\/alpha\.json: \$\.rules\[0\]\.kind: /.test(i))).toBe(true);
    expect(error.issues.some((i) => /^data\/alpha\.json: \$\.sources\[0\]\.url: /.test(i))).toBe(true);
  });

  it('reports semantic problems after the shape is right', () => {
    const broken = clonePack(alpha);
    broken.rules[0]!.roles = ['master'];
    const error = expectError(() => createCatalog([broken, beta]), 'INVALID_PACK');
    expect(error.issues).toEqual(['data/alpha.json: $.rules[0].roles[0]: unknown role "master"']);
  });

  it('lets packs include bundled products when asked', () => {
    const pack = clonePack(beta);
    pack.id = 'my-hyper-v-tool';
    pack.includes = [{ role: 'node', product: 'hyper-v', roles: ['host'], source: { id: 'S', section: 'x' }, provenance: 'vendor-page' }];
    expectError(() => createCatalog([pack]), 'INVALID_PACK');
    const catalog = createCatalog([pack], { includeBundled: true });
    const r = catalog.resolveExclusions({ product: 'my-hyper-v-tool', roles: ['node'] });
    expect(r.exclusions.some((i) => i.via.length === 2 && i.via[1]!.product === 'hyper-v')).toBe(true);
  });

  it('refuses a pack that shadows a bundled product', () => {
    const pack = clonePack(beta);
    pack.id = 'hyper-v';
    expectError(() => createCatalog([pack], { includeBundled: true }), 'INVALID_PACK');
  });

  it('rejects what is not an array', () => {
    expectError(() => createCatalog('x' as never), 'INVALID_PACK');
  });
});

describe('createCatalog with careless or hostile packs', () => {
  it('reports readable problems with file and JSON path, never a TypeError', () => {
    const pack = JSON.parse(JSON.stringify(kerioPack));
    pack.rules[0].kind = 'folder';
    const error = expectError(() => createCatalog([pack]), 'INVALID_PACK');
    expect(error.issues).toContain(
      'data/kerio-connect.json: $.rules[0].kind: "folder" is not one of: directory, file, glob, extension, process, volume',
    );
  });
  it.each([
    ['a BigInt', () => ({ id: 1n })],
    [
      'a cycle',
      () => {
        const a: Record<string, unknown> = {};
        a.self = a;
        return a;
      },
    ],
    [
      'a throwing getter',
      () =>
        Object.defineProperty({}, 'id', {
          get: () => {
            throw new Error('boom');
          },
          enumerable: true,
        }),
    ],
    [
      'a throwing toJSON',
      () => ({
        toJSON: () => {
          throw new Error('boom');
        },
      }),
    ],
    [
      'a revoked proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
  ])('refuses %s as INVALID_PACK', (_what, make) => {
    expect(expectError(() => createCatalog([make()]), 'INVALID_PACK').issues[0]).toMatch(/^pack #1: cannot be read as JSON data/);
  });
  it('reports a __proto__ key instead of dropping it', () => {
    const pack = JSON.parse(JSON.stringify(kerioPack).replace('"rules":[{', '"rules":[{"__proto__":{"x":1},'));
    expect(expectError(() => createCatalog([pack]), 'INVALID_PACK').issues).toContain(
      'data/kerio-connect.json: $.rules[0].__proto__: a "__proto__" key is not allowed',
    );
  });
});

// Careless and hostile queries (issue 9): every odd input is an AvExclusionsError, never a TypeError, and nothing
// that would disarm a scanner gets through.
import { afterEach, describe, expect, it } from 'vitest';
import { AvExclusionsError } from '../../src/errors.js';
import { resolveExclusions } from '../../src/index.js';
import { createCatalog } from '../../src/schema/create-catalog.js';
import { alpha } from '../fixtures/packs.js';
import { clonePack, expectError } from '../helpers.js';

const sesam = (variables: Record<string, unknown>, platform: 'windows' | 'linux' = 'linux') =>
  resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform, variables } as never);

describe('values that would disarm a scanner', () => {
  it.each(['/', '//', '/bin', '/usr/lib'])('refuses SESAM_BIN=%s with the reason and the source', (value) => {
    const error = expectError(() => sesam({ SESAM_BIN: value }), 'UNSAFE_VALUE');
    expect(error.message).toMatch(/would exclude/);
    expect(error.message).toContain('Common mistakes to avoid when defining exclusions');
    expect(error.message).toContain('learn.microsoft.com');
  });

  it('refuses a value that only becomes a listed folder once expanded', () => {
    // SESAM_ROOT is the default of SESAM_BIN on Windows: C:\ makes {SESAM_BIN} the system drive.
    expectError(() => sesam({ SESAM_ROOT: 'C:\\' }, 'windows'), 'UNSAFE_VALUE');
    expectError(() => sesam({ SESAM_ROOT: '%SystemDrive%' }, 'windows'), 'UNSAFE_VALUE');
  });

  it.each([
    'C:',
    'C:\\',
    'c:/',
    '%SystemDrive%',
    '%SystemDrive%\\',
    '\\\\?\\C:\\',
    '\\\\?\\GLOBALROOT\\Device\\HarddiskVolume2',
    '\\\\.\\PhysicalDrive0',
    'C:\\Users',
    'C:\\Windows\\Temp',
    'C:\\Windows\\Prefetch',
    'C:\\Windows\\System32\\Spool',
    'C:\\Windows\\System32\\CatRoot2',
    'C:\\Program Files\\Java',
  ])('refuses %s as a Windows data-store value', (value) => {
    expectError(() => sesam({ DATA_STORE_VOLUMES: value }, 'windows'), 'UNSAFE_VALUE');
    expectError(() => sesam({ SESAM_BIN: value }, 'windows'), 'UNSAFE_VALUE');
  });

  it('keeps taking data partitions as volumes', () => {
    expect(sesam({ DATA_STORE_VOLUMES: '/srv/store' }).exclusions.map((i) => i.value)).toContain('/srv/store');
    expect(sesam({ DATA_STORE_VOLUMES: 'E:\\' }, 'windows').exclusions.map((i) => i.value)).toContain('E:\\');
    expectError(() => sesam({ DATA_STORE_VOLUMES: '/' }), 'UNSAFE_VALUE');
  });

  it.each(['C:\\Windows\\..', 'C:\\Data\\.\\x', 'E:\\..\\C:'])('refuses . and .. elements on Windows: %s', (value) => {
    expectError(() => sesam({ DATA_STORE_DIRS: value }, 'windows'), 'INVALID_VARIABLE_VALUE');
  });

  it.each(['/*', '/srv/*', '/srv/st?re'])('refuses * and ? in POSIX caller paths: %s', (value) => {
    expectError(() => sesam({ DATA_STORE_DIRS: value }), 'INVALID_VARIABLE_VALUE');
  });

  it.each(['/srv/\u202estore', '/srv/\u2066x', '/srv/a\u200bb', '/srv/\ufeffx', '/srv/\ud800x', '/srv/x\udc00'])(
    'refuses bidi controls, zero-width characters and lone surrogates: %j',
    (value) => {
      const error = expectError(() => sesam({ DATA_STORE_DIRS: value }), 'INVALID_VARIABLE_VALUE');
      expect(error.message).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff]/);
    },
  );
});

describe('odd inputs', () => {
  it.each([[[]], [[1]], [[null]], [{}], [3]])('refuses %j as a variable value, naming what it takes', (value) => {
    const error = expectError(() => sesam({ DATA_STORE_DIRS: value }), 'INVALID_VARIABLE_VALUE');
    expect(error.message).toBe('DATA_STORE_DIRS must be a string or a non-empty array of strings');
  });

  it('checks each field as it is read: a long product is refused before the roles are looked at', () => {
    const error = expectError(() => resolveExclusions({ product: 'x'.repeat(201), roles: 'y'.repeat(201) } as never), 'INVALID_QUERY');
    expect(error.message).toBe('"product" is longer than 200 characters');
  });

  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).variables;
  });

  it('refuses holes in arrays', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expectError(() => sesam({ DATA_STORE_VOLUMES: [, '/srv/store'] }), 'INVALID_VARIABLE_VALUE');
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expectError(() => resolveExclusions({ product: 'sep-sesam', roles: [, 'server'], platform: 'linux' } as never), 'INVALID_QUERY');
  });

  it('reads only the query own fields', () => {
    (Object.prototype as Record<string, unknown>).variables = { SESAM_BIN: '/' };
    const result = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux' });
    expect(result.query.variables).toEqual({});
  });

  it('reads each field once, so what is checked is what is resolved', () => {
    let reads = 0;
    const variables = {};
    Object.defineProperty(variables, 'DATA_STORE_VOLUMES', { enumerable: true, get: () => (reads++ === 0 ? '/srv/store' : '/') });
    const result = sesam(variables);
    expect(result.exclusions.map((i) => i.value)).toContain('/srv/store');
    expect(result.exclusions.map((i) => i.value)).not.toContain('/');
    expect(reads).toBe(1);
  });

  it('returns fresh roles and the trimmed version', () => {
    const roles = ['server'];
    const result = resolveExclusions({ product: 'sep-sesam', roles, platform: 'linux', version: ' 5.1.0 ' } as never);
    expect(result.query.roles).not.toBe(roles);
    expect(result.query.version).toBe('5.1.0');
  });

  it.each([
    ['a BigInt', { product: 'sep-sesam', roles: ['server'], platform: 'linux', version: 1n }],
    ['a BigInt product', { product: 1n, roles: ['server'] }],
    ['a BigInt role', { product: 'sep-sesam', roles: [1n], platform: 'linux' }],
    ['a BigInt variable', { product: 'sep-sesam', roles: ['server'], platform: 'linux', variables: { SESAM_BIN: 1n } }],
    ['a symbol platform', { product: 'sep-sesam', roles: ['server'], platform: Symbol('x') }],
  ])('types %s as an AvExclusionsError', (_name, query) => {
    expect(() => resolveExclusions(query as never)).toThrow(AvExclusionsError);
  });

  it('types cyclic objects, throwing toJSON, throwing getters and revoked proxies', () => {
    const cyclic: Record<string, unknown> = { product: 'sep-sesam', roles: ['server'], platform: 'linux' };
    cyclic.variables = cyclic;
    const toJSON = {
      product: {
        toJSON: () => {
          throw new Error('x');
        },
      },
      roles: ['server'],
    };
    const getter = Object.defineProperty({ product: 'sep-sesam' }, 'roles', {
      enumerable: true,
      get: () => {
        throw new Error('x');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const inner = Proxy.revocable({}, {});
    inner.revoke();
    for (const query of [
      cyclic,
      toJSON,
      getter,
      proxy,
      { product: 'sep-sesam', roles: ['server'], platform: 'linux', variables: inner.proxy },
    ]) {
      expect(() => resolveExclusions(query as never)).toThrow(AvExclusionsError);
    }
  });

  it('caps the lengths of ids, versions and values', () => {
    expectError(() => resolveExclusions({ product: 'x'.repeat(100_000), roles: ['server'] } as never), 'INVALID_QUERY');
    expectError(
      () => resolveExclusions({ product: 'sep-sesam', roles: ['s'.repeat(100_000)], platform: 'linux' } as never),
      'INVALID_QUERY',
    );
    expectError(
      () => resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux', version: '5'.repeat(1000) }),
      'INVALID_VERSION',
    );
    expectError(() => sesam({ DATA_STORE_DIRS: `/${'a'.repeat(5000)}` }), 'INVALID_VARIABLE_VALUE');
  });

  it('caps the items multi-valued variables expand to', () => {
    const source = { id: 'S', section: 'x' };
    const variable = (name: string) => ({ name, description: 'd', hint: 'h', type: 'path' as const, multiple: true });
    const pack = {
      ...clonePack(alpha),
      id: 'combo',
      variables: [variable('A'), { ...variable('B'), type: 'name' as const }, { ...variable('C'), type: 'name' as const }],
      rules: [
        {
          id: 'abc',
          kind: 'directory' as const,
          value: '{A}/b{B}/c{C}',
          recursive: true,
          roles: ['server'],
          platforms: ['linux' as const],
          risk: 'low' as const,
          rationale: 'r',
          source,
          provenance: 'vendor-page' as const,
        },
      ],
      includes: [],
    };
    const catalog = createCatalog([pack]);
    const values = (prefix: string) => Array.from({ length: 150 }, (_, i) => `${prefix}${i}`);
    const started = Date.now();
    const error = expectError(
      () =>
        catalog.resolveExclusions({
          product: 'combo',
          roles: ['server'],
          platform: 'linux',
          variables: { A: values('/a'), B: values('b'), C: values('c') },
        }),
      'INVALID_VARIABLE_VALUE',
    );
    expect(error.message).toContain('more than 10000 items');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('warns about a variable no reached rule uses', () => {
    const result = resolveExclusions({
      product: 'sep-sesam',
      roles: ['client'],
      platform: 'linux',
      variables: { DATA_STORE_VOLUMES: '/srv/store' },
    });
    expect(result.warnings.map((w) => w.code)).toContain('VARIABLE_NOT_USED');
    expect(sesam({ DATA_STORE_VOLUMES: '/srv/store' }).warnings.map((w) => w.code)).not.toContain('VARIABLE_NOT_USED');
  });
});

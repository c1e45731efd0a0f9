import { describe, expect, it } from 'vitest';
import {
  PROVENANCE_GRADES,
  readFeatures,
  readOsVersion,
  readPlatform,
  readProduct,
  readProvenance,
  readQuery,
  readRoles,
  readVariables,
  readVersion,
} from '../../src/resolve/read-query.js';
import type { ResolutionWarning } from '../../src/types/resolution.js';
import { packs } from '../fixtures/packs.js';
import { compileOrThrow, expectError } from '../helpers.js';

const catalog = compileOrThrow(packs);
const alpha = catalog.products.alpha!;
const beta = catalog.products.beta!;

describe('read-query', () => {
  it('reads the product and refuses inherited object keys', () => {
    expect(readProduct(catalog, { product: 'alpha' })).toBe(alpha);
    expectError(() => readProduct(catalog, { product: '__proto__' }), 'UNKNOWN_PRODUCT');
    expectError(() => readProduct(catalog, []), 'INVALID_QUERY');
  });

  it('defaults the platform only for single-platform products', () => {
    expect(readPlatform(beta, undefined)).toBe('windows');
    expect(expectError(() => readPlatform(alpha, undefined), 'MISSING_PLATFORM').choices).toEqual(['windows', 'linux']);
    expect(expectError(() => readPlatform(alpha, 'macos'), 'UNKNOWN_PLATFORM').message).toContain('alpha does not run on platform "macos"');
    expect(expectError(() => readPlatform(alpha, 'solaris'), 'UNKNOWN_PLATFORM').message).toContain('unknown platform "solaris"');
  });

  it('reads roles in order without repeats', () => {
    expect(readRoles(alpha, ['host', 'server', 'host'], 'windows')).toEqual(['host', 'server']);
    expectError(() => readRoles(alpha, [1], 'windows'), 'INVALID_QUERY');
  });

  it('walks includes depth-first, first path wins, only on the platform', () => {
    const reached = (platform: 'windows' | 'linux') =>
      readQuery(catalog, { product: 'alpha', roles: ['host'], platform }).reached.map((r) => `${r.product.id}/${r.role}`);
    expect(reached('windows')).toEqual(['alpha/host', 'beta/node']);
    expect(reached('linux')).toEqual(['alpha/host']);
  });

  it('reads the whole query in one pass, the OS release located in each product', () => {
    const read = readQuery(catalog, {
      product: 'alpha',
      roles: ['host', 'host'],
      platform: 'windows',
      osVersion: 'Windows Server 2016',
      version: 'Old',
    });
    expect(read.roles).toEqual(['host']);
    expect(read.products.map((p) => p.id)).toEqual(['alpha', 'beta']);
    expect(read.osRelease).toBe('2016');
    expect([...read.osPositions].map(([p, i]) => [p.id, i])).toEqual([['beta', 1]]);
    expect(read.read.effective).toBe('1.0.0');
    expectError(() => readQuery(catalog, { product: 'alpha', roles: ['host'], platform: 'windows', version: 5 }), 'INVALID_QUERY');
  });

  it("accepts the product's features and those the roles it reaches use", () => {
    const reached = (platform: 'windows' | 'linux') => readQuery(catalog, { product: 'alpha', roles: ['host'], platform }).reached;
    expect(readFeatures(['csv', 'db', 'csv'], alpha, reached('windows'))).toEqual(['csv', 'db']);
    // On Linux alpha/host reaches no beta role: beta's feature is not offered.
    expect(expectError(() => readFeatures(['csv'], alpha, reached('linux')), 'UNKNOWN_FEATURE').choices).toEqual(['db']);
  });

  it('normalises variable values for the platform', () => {
    expect(readVariables({ DATA_VOLUMES: ['E:', 'E:\\', 'F:/'] }, [alpha], 'windows')).toEqual({ DATA_VOLUMES: ['E:\\', 'F:\\'] });
    expect(readVariables({ USERS: 'ann' }, [alpha], 'windows')).toEqual({ USERS: ['ann'] });
    expect(
      readVariables({ DATA_VOLUMES: '\\\\?\\Volume{0f3b9a1c-1234-4cde-9abc-0123456789ab}\\' }, [alpha], 'windows').DATA_VOLUMES,
    ).toHaveLength(1);
    expectError(() => readVariables({ DATA_VOLUMES: [] }, [alpha], 'windows'), 'INVALID_VARIABLE_VALUE');
    expectError(() => readVariables({ DATA_VOLUMES: [1] }, [alpha], 'windows'), 'INVALID_VARIABLE_VALUE');
    expectError(() => readVariables({ HOME_DIR: ' /x' }, [alpha], 'linux'), 'INVALID_VARIABLE_VALUE');
  });

  it('reads provenance grades in confidence order', () => {
    expect(readProvenance(undefined)).toEqual(PROVENANCE_GRADES);
    expect(readProvenance(['derived', 'vendor-page'])).toEqual(['vendor-page', 'derived']);
  });
});

describe('readVersion', () => {
  it.each([
    [undefined, [2, 0, 0], '2.0.0', ['VERSION_DEFAULTED']],
    ['1.0.0.3', [1, 0, 0, 3], '1.0.0', []],
    ['1', [1, 0, 0], '1.0.0', []],
    ['OLD', [1, 0, 0], '1.0.0', []],
    ['1.7', [1, 7], '1.0.0', []],
    ['3.0.0', [3, 0, 0], '2.0.0', ['VERSION_NEWER_THAN_DOCUMENTED']],
    ['0.1', [0, 1], null, ['VERSION_OLDER_THAN_DOCUMENTED']],
  ])('%s -> %j, documented %s', (version, tuple, documented, warnings) => {
    const read = readVersion(alpha, version);
    expect(read.tuple).toEqual(tuple);
    expect(read.documented).toBe(documented);
    expect(read.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it('ignores versions of versionless products, with a warning', () => {
    expect(readVersion(catalog.products.beta!, '3')).toMatchObject({
      tuple: null,
      documented: null,
      warnings: [{ code: 'VERSION_NOT_APPLICABLE' }],
    });
    expect(readVersion(catalog.products.beta!, undefined).warnings).toEqual([]);
  });

  it.each(['banana', '1.2.3.4.5', '', 'v', '1.x'])('rejects %j', (version) => {
    expectError(() => readVersion(alpha, version), 'INVALID_VERSION');
  });
});

describe('readOsVersion', () => {
  const train = (ids: string[]) => ({ type: 'train' as const, releases: ids.map((id) => ({ id, name: `Windows Server ${id}` })) });
  const including = { ...beta, id: 'including', osVersionScheme: { windows: train(['2019', '2022']) } };
  const included = { ...beta, id: 'included', osVersionScheme: { windows: train(['2012-r2', '2016', '2019', '2022']) } };

  it("locates the release in each product's own list, never by another product's position", () => {
    const read = readOsVersion('2019', [including, included], 'windows', []);
    expect(read.release).toBe('2019');
    expect(read.positions.get(including)).toBe(0);
    expect(read.positions.get(included)).toBe(2);
  });
  it('accepts a release only some products list, and refuses one none lists', () => {
    expect(readOsVersion('2016', [including, included], 'windows', []).positions.has(including)).toBe(false);
    expect(expectError(() => readOsVersion('2008', [including, included], 'windows', []), 'INVALID_OS_VERSION').choices).toEqual([
      '2019',
      '2022',
      '2012-r2',
      '2016',
    ]);
  });
  it('warns when no product depends on the release', () => {
    const warnings: ResolutionWarning[] = [];
    expect(readOsVersion('2019', [alpha], 'windows', warnings).release).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(['OS_VERSION_NOT_APPLICABLE']);
  });
});

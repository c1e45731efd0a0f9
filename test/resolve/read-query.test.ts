import { describe, expect, it } from 'vitest';
import { PROVENANCE_GRADES, reachRoles, readFeatures, readPlatform, readProduct, readProvenance, readRoles, readVariables } from '../../src/resolve/read-query.js';
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
    expect(reachRoles(catalog, alpha, ['host'], 'windows').map((r) => `${r.product.id}/${r.role}`)).toEqual(['alpha/host', 'beta/node']);
    expect(reachRoles(catalog, alpha, ['host'], 'linux').map((r) => `${r.product.id}/${r.role}`)).toEqual(['alpha/host']);
  });

  it('accepts features of every product reached', () => {
    expect(readFeatures(['csv', 'db', 'csv'], [alpha, beta])).toEqual(['csv', 'db']);
    expectError(() => readFeatures(['csv'], [alpha]), 'UNKNOWN_FEATURE');
  });

  it('normalises variable values for the platform', () => {
    expect(readVariables({ DATA_VOLUMES: ['E:', 'E:\\', 'F:/'] }, [alpha], 'windows')).toEqual({ DATA_VOLUMES: ['E:\\', 'F:\\'] });
    expect(readVariables({ USERS: 'ann' }, [alpha], 'windows')).toEqual({ USERS: ['ann'] });
    expect(readVariables({ DATA_VOLUMES: '\\\\?\\Volume{0f3b9a1c-1234-4cde-9abc-0123456789ab}\\' }, [alpha], 'windows').DATA_VOLUMES).toHaveLength(1);
    expectError(() => readVariables({ DATA_VOLUMES: [] }, [alpha], 'windows'), 'INVALID_VARIABLE_VALUE');
    expectError(() => readVariables({ DATA_VOLUMES: [1] }, [alpha], 'windows'), 'INVALID_VARIABLE_VALUE');
    expectError(() => readVariables({ HOME_DIR: ' /x' }, [alpha], 'linux'), 'INVALID_VARIABLE_VALUE');
  });

  it('reads provenance grades in confidence order', () => {
    expect(readProvenance(undefined)).toEqual(PROVENANCE_GRADES);
    expect(readProvenance(['derived', 'vendor-page'])).toEqual(['vendor-page', 'derived']);
  });
});

import { describe, expect, it } from 'vitest';
import { describeBundledProduct, describeProduct, summarizeBundledProducts, summarizeProducts } from '../../src/catalog/describe.js';
import { BUNDLED_CATALOG } from '../../src/generated/catalog.js';
import { packs } from '../fixtures/packs.js';
import { compileOrThrow, expectError } from '../helpers.js';

const catalog = compileOrThrow(packs);

describe('summarizeProducts', () => {
  it('lists products sorted by id, as fresh objects', () => {
    const list = summarizeProducts(catalog);
    expect(list.map((p) => p.id)).toEqual(['alpha', 'beta']);
    list[0]!.roles.push('x');
    expect(summarizeProducts(catalog)[0]!.roles).toEqual(['server', 'agent', 'host']);
  });
});

describe('describeProduct', () => {
  it('includes features, variables and OS releases of included products', () => {
    const info = describeProduct(catalog, 'alpha');
    expect(info.features.map((f) => f.id)).toEqual(['db', 'csv']);
    expect(info.osVersions).toEqual({ windows: ['2012-r2', '2016', '2019'] });
    expect(info.includes).toEqual([{ role: 'host', product: 'beta', roles: ['node'] }]);
    expect(info.ruleCount).toBe(8);
  });
  it('says which roles use each variable, and lists none that no role uses', () => {
    const roles = Object.fromEntries(describeProduct(catalog, 'alpha').variables.map((v) => [v.name, v.roles]));
    expect(roles).toEqual({ HOME_DIR: ['server', 'agent'], DATA_VOLUMES: ['server'], CACHE_DIR: ['server'], USERS: ['agent'] });
  });
  it('counts a variable used through an included role or a default for the roles that reach it', async () => {
    const { getProduct } = await import('../../src/index.js');
    const asr = Object.fromEntries(getProduct('azure-site-recovery').variables.map((v) => [v.name, v.roles]));
    expect(asr.CSV_VOLUME_IDS).toEqual(['scvmm-to-azure/vmm-server']);
    const sesam = Object.fromEntries(getProduct('sep-sesam').variables.map((v) => [v.name, v.roles]));
    expect(sesam.SESAM_ROOT).toEqual(['server', 'client', 'rds']);
  });
  it('returns fresh objects', () => {
    describeProduct(catalog, 'alpha').roleDetails[0]!.name = 'X';
    expect(describeProduct(catalog, 'alpha').roleDetails[0]!.name).toBe('Server');
  });
  it('throws UNKNOWN_PRODUCT with a suggestion', () => {
    expect(expectError(() => describeProduct(catalog, 'alpah'), 'UNKNOWN_PRODUCT').suggestion).toBe('alpha');
    expectError(() => describeProduct(catalog, 'constructor'), 'UNKNOWN_PRODUCT');
  });
});

describe('typed descriptions of the bundled products', () => {
  it('are the descriptions of describe.ts, unchanged', () => {
    expect(summarizeBundledProducts(BUNDLED_CATALOG)).toEqual(summarizeProducts(BUNDLED_CATALOG));
    expect(describeBundledProduct(BUNDLED_CATALOG, 'sep-sesam')).toEqual(describeProduct(BUNDLED_CATALOG, 'sep-sesam'));
  });
  it('throw UNKNOWN_PRODUCT for an id that is not bundled', () => {
    expectError(() => describeBundledProduct(BUNDLED_CATALOG, 'sesam' as never), 'UNKNOWN_PRODUCT');
  });
});

import { describe, expect, it } from 'vitest';
import { getProduct } from '../../src/catalog/get-product.js';
import { isFeatureOf, isPlatformOf, isProductId, isRoleOf, isVariableOf } from '../../src/catalog/guards.js';
import { listProducts } from '../../src/catalog/list-products.js';
import type { ProductId } from '../../src/generated/ids.js';

// The guards read the generated id tables; they must answer exactly what the compiled data holds.
describe('guards over user input', () => {
  const ids = listProducts().map((p) => p.id);

  it('isProductId accepts every bundled id and nothing else', () => {
    for (const id of ids) expect(isProductId(id)).toBe(true);
    for (const value of ['', 'SEP-SESAM', 'toString', '__proto__', 'hasOwnProperty', null, undefined, 1, {}, ['sep-sesam']]) {
      expect(isProductId(value)).toBe(false);
    }
  });

  it.each(ids)('the guards of %s agree with getProduct', (id) => {
    const info = getProduct(id);
    for (const role of info.roles) expect(isRoleOf(id, role)).toBe(true);
    for (const platform of info.platforms) expect(isPlatformOf(id, platform)).toBe(true);
    for (const feature of info.features) expect(isFeatureOf(id, feature.id)).toBe(true);
    for (const variable of info.variables) expect(isVariableOf(id, variable.name)).toBe(true);
    for (const guard of [isRoleOf, isPlatformOf, isFeatureOf, isVariableOf]) {
      for (const value of ['nope', '', 'length', 'toString', null, 7]) expect(guard(id, value)).toBe(false);
    }
  });

  it('answers false, without throwing, for a product that is not bundled', () => {
    expect(isRoleOf('nope' as ProductId, 'server')).toBe(false);
    expect(isPlatformOf('toString' as ProductId, 'windows')).toBe(false);
    expect(isFeatureOf(undefined as unknown as ProductId, 'x')).toBe(false);
    expect(isVariableOf('__proto__' as ProductId, 'x')).toBe(false);
  });

  it('tells the roles of one product from those of another', () => {
    expect(isRoleOf('sep-sesam', 'server')).toBe(true);
    expect(isRoleOf('hyper-v', 'server')).toBe(false);
    expect(isPlatformOf('sep-sesam', 'macos')).toBe(false);
    expect(isPlatformOf('kerio-connect', 'macos')).toBe(true);
    expect(isFeatureOf('azure-site-recovery', 'hyper-v-replica')).toBe(true);
  });
});

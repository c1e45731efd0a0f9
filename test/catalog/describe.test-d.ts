import { describe, expectTypeOf, it } from 'vitest';
import { getProduct as getSesam, resolveExclusions as resolveSesam } from '../../src/generated/entries/sep-sesam.js';
import type { KnownOsVersion, KnownVersion, ProductId, RoleId } from '../../src/generated/ids.js';
import {
  getProduct,
  isFeatureOf,
  isPlatformOf,
  isProductId,
  isRoleOf,
  listProducts,
  type ProductSummary,
  resolveExclusions,
} from '../../src/index.js';

describe('typed round trips', () => {
  it('listProducts returns literal ids, and a summary narrowed by id has that product roles', () => {
    const list = listProducts();
    expectTypeOf(list[0]!.id).toEqualTypeOf<ProductId>();
    for (const p of list) {
      if (p.id === 'sep-sesam') {
        expectTypeOf(p.roles).toEqualTypeOf<RoleId<'sep-sesam'>[]>();
        resolveExclusions({ product: p.id, roles: p.roles, platform: p.platforms[0] });
      }
    }
    // Still a ProductSummary for code written against the plain type.
    expectTypeOf(list).toExtend<ProductSummary[]>();
  });

  it('getProduct returns the literal ids of that product, which go back into a query without a cast', () => {
    const kerio = getProduct('kerio-connect');
    expectTypeOf(kerio.id).toEqualTypeOf<'kerio-connect'>();
    expectTypeOf(kerio.platforms).toEqualTypeOf<('linux' | 'macos' | 'windows')[]>();
    resolveExclusions({
      product: kerio.id,
      roles: [kerio.roles[0]!],
      platform: kerio.platforms[0],
      variables: { [kerio.variables[0]!.name]: '/x' },
    });
    const asr = getProduct('azure-site-recovery');
    resolveExclusions({ product: 'azure-site-recovery', roles: asr.roles, features: asr.features.map((f) => f.id) });
    expectTypeOf(getSesam().roles).toEqualTypeOf<RoleId<'sep-sesam'>[]>();
  });

  it('guards narrow user input to the literal unions', () => {
    const input: string = 'sep-sesam';
    const role: string = 'server';
    const platform: string = 'linux';
    if (isProductId(input)) expectTypeOf(input).toEqualTypeOf<ProductId>();
    if (isRoleOf('sep-sesam', role) && isPlatformOf('sep-sesam', platform)) {
      expectTypeOf(role).toEqualTypeOf<RoleId<'sep-sesam'>>();
      resolveExclusions({ product: 'sep-sesam', roles: [role], platform });
    }
    const feature: unknown = 'postgresql';
    if (isFeatureOf('sep-sesam', feature)) expectTypeOf(feature).toEqualTypeOf<'postgresql'>();
  });

  it('offers known versions, codenames and OS releases as literals and still takes other text', () => {
    expectTypeOf<'5.0.0' | 'Jaglion' | 'Beefalo V2'>().toExtend<KnownVersion<'sep-sesam'>>();
    expectTypeOf<KnownVersion<'hyper-v'>>().toEqualTypeOf<never>();
    expectTypeOf<'2019' | '2012 R2' | 'Windows Server 2022' | '2012-r2'>().toExtend<KnownOsVersion<'azure-site-recovery'>>();
    resolveExclusions({ product: 'sep-sesam', version: 'Jaglion', roles: ['server'], platform: 'linux' });
    resolveExclusions({ product: 'sep-sesam', version: '5.0.0.3', roles: ['server'], platform: 'linux' });
    resolveExclusions({ product: 'hyper-v', roles: ['host'], osVersion: '2019' });
    resolveExclusions({ product: 'hyper-v', roles: ['host'], osVersion: 'Windows Server 2012R2' });
    resolveSesam({ roles: ['server'], platform: 'windows', version: 'Apollon' });
    // @ts-expect-error: a version is text, not a number
    resolveExclusions({ product: 'sep-sesam', version: 5, roles: ['server'], platform: 'linux' });
  });
});

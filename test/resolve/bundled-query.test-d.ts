import { describe, expectTypeOf, it } from 'vitest';
import type { ProductId, RoleId } from '../../src/generated/ids.js';
import { resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';

describe('literal unions from the bundled data', () => {
  it('narrows product and role ids', () => {
    // A union of literals (the exact set is the data/ folder's, checked by test/data and test/generated), not string.
    expectTypeOf<string>().not.toExtend<ProductId>();
    expectTypeOf<'sep-sesam' | 'kerio-connect' | 'azure-site-recovery'>().toExtend<ProductId>();
    expectTypeOf<'nope'>().not.toExtend<ProductId>();
    expectTypeOf<RoleId<'sep-sesam'>>().toEqualTypeOf<'client' | 'rds' | 'server'>();
  });

  it('rejects a wrong role, platform, feature or variable at compile time', () => {
    expectTypeOf(
      resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'windows', features: ['postgresql'] }),
    ).toEqualTypeOf<Resolution>();
    // @ts-expect-error: "master" is not a role of sep-sesam
    resolveExclusions({ product: 'sep-sesam', roles: ['master'], platform: 'windows' });
    // @ts-expect-error: sep-sesam does not run on macOS
    resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'macos' });
    // @ts-expect-error: not a feature of sep-sesam
    resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux', features: ['bitdefender'] });
    // @ts-expect-error: not a variable of sep-sesam
    resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux', variables: { KERIO_STORE_DIR: '/x' } });
    // @ts-expect-error: "host" is a role of hyper-v, not of azure-site-recovery
    resolveExclusions({ product: 'azure-site-recovery', roles: ['host'] });
  });

  it('accepts features and variables of included products', () => {
    resolveExclusions({
      product: 'azure-site-recovery',
      roles: ['hyper-v-to-azure/hyper-v-host'],
      features: ['cluster-shared-volumes'],
      variables: { VHD_DIRS: ['D:\\VMs'] },
    });
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import { resolveMachine } from '../../src/index.js';
import type { MachineResolution } from '../../src/types/resolution.js';

describe('resolveMachine over the bundled catalog', () => {
  it("checks each product entry against that product's ids at compile time", () => {
    expectTypeOf(
      resolveMachine({
        platform: 'windows',
        products: [
          { product: 'hyper-v', roles: ['host'] },
          { product: 'sep-sesam', version: '5.1.0', roles: ['client'], features: ['postgresql'] },
        ],
        variables: { SESAM_ROOT: 'D:\\SEPsesam' },
      }),
    ).toEqualTypeOf<MachineResolution>();
    // @ts-expect-error: "client" is a role of sep-sesam, not of hyper-v
    resolveMachine({ platform: 'windows', products: [{ product: 'hyper-v', roles: ['client'] }] });
    // @ts-expect-error: not a feature of hyper-v
    resolveMachine({ platform: 'windows', products: [{ product: 'hyper-v', roles: ['host'], features: ['postgresql'] }] });
    // @ts-expect-error: no bundled product defines this variable
    resolveMachine({ platform: 'windows', products: [{ product: 'hyper-v', roles: ['host'] }], variables: { NOPE: 'x' } });
    // @ts-expect-error: a machine needs its platform
    resolveMachine({ products: [{ product: 'hyper-v', roles: ['host'] }] });
  });
});

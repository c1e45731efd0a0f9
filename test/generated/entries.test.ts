import { describe, expect, it } from 'vitest';
import { AvExclusionsError, getProduct, isAvExclusionsError, resolveExclusions } from '../../src/index.js';
import { packIds } from '../data/load.js';

// Every product entry exports what a caller of that product needs, over the same code and error class as the main entry.
describe.each(packIds())('av-exclusions/products/%s', (id) => {
  it('exports resolveExclusions, getProduct, the error class and its guard', async () => {
    const entry = await import(`../../src/generated/entries/${id}.ts`);
    expect(Object.keys(entry).sort()).toEqual(['AvExclusionsError', 'getProduct', 'isAvExclusionsError', 'resolveExclusions']);
    expect(entry.AvExclusionsError).toBe(AvExclusionsError);
    expect(entry.isAvExclusionsError).toBe(isAvExclusionsError);
    const info = getProduct(id as never);
    expect(entry.getProduct()).toEqual(info);
    const query = { roles: [info.roles[0]], platform: info.platforms[0] };
    expect(entry.resolveExclusions(query)).toEqual(resolveExclusions({ product: id, ...query } as never));
    let thrown: unknown;
    try {
      entry.resolveExclusions({ roles: ['no-such-role'], platform: info.platforms[0] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AvExclusionsError);
    expect(isAvExclusionsError(thrown)).toBe(true);
  });
});

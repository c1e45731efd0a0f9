import { describe, expect, it } from 'vitest';
import { compileRange } from '../../src/version/ranges.js';

describe('compileRange', () => {
  it('compiles each scheme kind with its own grammar', () => {
    expect(compileRange({ type: 'numeric', maxParts: 4 }, '>=5.0.0 <5.1.0')).toEqual([
      { min: [5, 0, 0], minInclusive: true, max: [5, 1, 0], maxInclusive: false },
    ]);
    expect(
      compileRange(
        {
          type: 'train',
          releases: [
            { id: '2012-r2', name: 'a' },
            { id: '2016', name: 'b' },
          ],
        },
        '>=2016',
      ),
    ).toEqual([{ min: [1], minInclusive: true }]);
    expect(compileRange({ type: 'none' }, '*')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { inRange, intervalOf } from '../../src/version/interval.js';

describe('inRange', () => {
  const range = [{ min: [5, 0, 0], minInclusive: true, max: [5, 1, 0], maxInclusive: false }];
  it.each([
    [[5, 0, 0], true],
    [[5, 0, 0, 3], true],
    [[5, 0, 9, 9], true],
    [[5, 1, 0], false],
    [[5, 1, 0, 1], false],
    [[4, 9, 9, 9], false],
  ])('%j in [5.0.0, 5.1.0) = %s', (v, expected) => expect(inRange(v, range)).toBe(expected));

  it('handles open bounds, exclusive lower bounds and unions', () => {
    expect(inRange([1], [{ min: [1], minInclusive: false }])).toBe(false);
    expect(inRange([2], [{ min: [1], minInclusive: false }])).toBe(true);
    expect(inRange([0], [{ max: [1], maxInclusive: true }])).toBe(true);
    expect(
      inRange(
        [3],
        [
          { max: [1], maxInclusive: true },
          { min: [3], minInclusive: true },
        ],
      ),
    ).toBe(true);
    expect(inRange([2], [])).toBe(false);
  });
});

describe('intervalOf', () => {
  it('narrows to the tightest bounds of all comparators', () => {
    expect(
      intervalOf([
        { operator: '>=', bound: [5] },
        { operator: '>', bound: [6] },
        { operator: '<', bound: [9] },
        { operator: '<=', bound: [8] },
      ]),
    ).toEqual({
      min: [6],
      minInclusive: false,
      max: [8],
      maxInclusive: true,
    });
  });
  it('reads an empty operator or = as exactly that version, and refuses unknown operators', () => {
    expect(intervalOf([{ operator: '', bound: [2] }])).toEqual({ min: [2], minInclusive: true, max: [2], maxInclusive: true });
    expect(intervalOf([{ operator: '~', bound: [2] }])).toBeNull();
    expect(intervalOf([])).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { compareTuples } from '../../src/version/tuple.js';

describe('compareTuples', () => {
  it('compares at the fourth part, where semver coerce would not', () => {
    expect(compareTuples([4, 4, 3, 84], [4, 4, 3, 3])).toBeGreaterThan(0);
    expect(compareTuples([4, 4, 3, 3], [4, 4, 3, 84])).toBeLessThan(0);
  });
  it('treats missing parts as 0', () => {
    expect(compareTuples([5, 0], [5, 0, 0, 0])).toBe(0);
    expect(compareTuples([5, 1], [5, 0, 9, 9])).toBeGreaterThan(0);
  });
});

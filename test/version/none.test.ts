import { describe, expect, it } from 'vitest';
import { noneScheme } from '../../src/version/none.js';

describe('noneScheme', () => {
  it('has no versions: nothing parses, nothing to choose, and it says so', () => {
    expect(noneScheme.versioned).toBe(false);
    expect(noneScheme.parse('1.0')).toBeNull();
    expect(noneScheme.read('1.0', { versions: [], tuples: [] })).toBeNull();
    expect(noneScheme.choices([])).toEqual([]);
    expect(noneScheme.describe([])).toEqual(['the guidance does not depend on the product version']);
  });
});

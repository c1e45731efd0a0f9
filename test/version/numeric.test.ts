import { describe, expect, it } from 'vitest';
import { compareTuples, parseNumericVersion } from '../../src/version/numeric.js';

describe('parseNumericVersion', () => {
  it.each([
    ['5', [5]],
    ['5.0', [5, 0]],
    ['5.0.0', [5, 0, 0]],
    ['5.0.0.3', [5, 0, 0, 3]],
    ['v4.4.3.84', [4, 4, 3, 84]],
    [' 5.1.0 ', [5, 1, 0]],
  ])('%s -> %j', (text, parts) => expect(parseNumericVersion(text, 4)).toEqual(parts));

  it.each(['banana', '', '5.', '.5', '5..0', '5.0.0.0.1', '5.0-beta', '-1', '5.0.0.x'])('rejects %j', (text) => {
    expect(parseNumericVersion(text, 4)).toBeNull();
  });

  it('respects maxParts', () => expect(parseNumericVersion('5.0.0.3', 3)).toBeNull());
});

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

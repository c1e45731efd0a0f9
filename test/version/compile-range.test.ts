import { describe, expect, it } from 'vitest';
import { compileNumericRange, compileTrainRange } from '../../src/version/compile-range.js';
import { inRange } from '../../src/version/interval.js';
import type { TrainVersionScheme } from '../../src/types/pack.js';

describe('compileNumericRange', () => {
  it('compiles comparators to an interval', () => {
    expect(compileNumericRange('>=5.0.0 <5.1.0')).toEqual([{ min: [5, 0, 0], minInclusive: true, max: [5, 1, 0], maxInclusive: false }]);
  });
  it.each([
    ['^5.0.0', [5, 9, 9, 9], true],
    ['^5.0.0', [6, 0, 0], false],
    ['5.0.x', [5, 0, 0, 3], true],
    ['5.0.x', [5, 1, 0], false],
    ['5.0.0 - 5.1.0', [5, 1, 0], true],
    ['<4.4.3 || >=5.1.0', [5, 2, 0], true],
    ['<4.4.3 || >=5.1.0', [5, 0, 0], false],
    ['*', [1, 2, 3], true],
    ['=5.0.0', [5, 0, 0], true],
    ['>5.0.0', [5, 0, 0], false],
    ['<=5.0.0', [5, 0, 0], true],
  ])('%s contains %j: %s', (text, version, expected) => {
    expect(inRange(version, compileNumericRange(text)!)).toBe(expected);
  });
  it.each(['banana', '>=5.0.0 <', '>=x.y'])('rejects %j', (text) => expect(compileNumericRange(text)).toBeNull());
});

describe('compileTrainRange', () => {
  const train: TrainVersionScheme = {
    type: 'train',
    releases: [
      { id: '2012-r2', name: 'Windows Server 2012 R2' },
      { id: '2016', name: 'Windows Server 2016' },
      { id: '2019', name: 'Windows Server 2019' },
    ],
  };
  it.each([
    ['>=2016', [0], false],
    ['>=2016', [1], true],
    ['>=2016', [2], true],
    ['<2019', [2], false],
    ['>2012-r2 <=2016', [1], true],
    ['2012-r2 || 2019', [2], true],
    ['2012-r2 || 2019', [1], false],
  ])('%s contains %j: %s', (text, version, expected) => {
    expect(inRange(version, compileTrainRange(text, train)!)).toBe(expected);
  });
  it.each(['>=2017', '>=', '', '2012 R2', '~2016'])('rejects %j', (text) => expect(compileTrainRange(text, train)).toBeNull());
});

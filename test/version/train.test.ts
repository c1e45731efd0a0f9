import { describe, expect, it } from 'vitest';
import type { TrainVersionScheme } from '../../src/types/pack.js';
import { inRange } from '../../src/version/interval.js';
import { checkTrainScheme, compileTrainRange, findRelease, trainScheme } from '../../src/version/train.js';

const train: TrainVersionScheme = {
  type: 'train',
  releases: [
    { id: '2012-r2', name: 'Windows Server 2012 R2' },
    { id: '2016', name: 'Windows Server 2016' },
    { id: '2019', name: 'Windows Server 2019' },
  ],
};

describe('findRelease', () => {
  it.each([
    ['2012-r2', 0],
    ['2012 R2', 0],
    ['2012R2', 0],
    ['windows server 2012 r2', 0],
    ['Windows Server 2016', 1],
    ['2019', 2],
    ['2012', -1],
    ['2022', -1],
    ['', -1],
    ['R2', -1],
  ])('%j -> %i', (text, index) => expect(findRelease(text, train)).toBe(index));
});

describe('compileTrainRange', () => {
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

describe('trainScheme', () => {
  const rules = trainScheme(train);
  it('parses release ids only, reads any spelling', () => {
    expect(rules.parse('2016')).toEqual([1]);
    expect(rules.parse('Windows Server 2016')).toBeNull();
    expect(rules.read('Windows Server 2016', { versions: [], tuples: [] })).toEqual({ tuple: [1], effective: '2016' });
    expect(rules.read('2017', { versions: [], tuples: [] })).toBeNull();
  });
  it('reports duplicate releases at the path given', () => {
    const problems: string[] = [];
    const twice = { type: 'train' as const, releases: [...train.releases, { id: '2016', name: 'again' }] };
    checkTrainScheme(twice, (path, message) => problems.push(`${path}: ${message}`), '$.osVersionScheme.windows');
    expect(problems).toEqual(['$.osVersionScheme.windows: duplicate release "2016"']);
  });
});

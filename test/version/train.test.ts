import { describe, expect, it } from 'vitest';
import { findRelease } from '../../src/version/train.js';
import type { TrainVersionScheme } from '../../src/types/pack.js';

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

import { describe, expect, it } from 'vitest';
import { noneScheme } from '../../src/version/none.js';
import { versionScheme } from '../../src/version/scheme.js';

describe('versionScheme', () => {
  it('hands every scheme kind to its own module', () => {
    expect(versionScheme({ type: 'numeric', maxParts: 4 }).parse('5.0.0.3')).toEqual([5, 0, 0, 3]);
    expect(versionScheme({ type: 'train', releases: [{ id: '2016', name: 'WS 2016' }] }).parse('2016')).toEqual([0]);
    expect(versionScheme({ type: 'none' })).toBe(noneScheme);
  });
  it('says in words what a caller should write', () => {
    expect(versionScheme({ type: 'numeric', maxParts: 4 }).expected).toBe('a version of up to 4 numeric parts or a codename');
    expect(versionScheme({ type: 'train', releases: [{ id: '2016', name: 'WS 2016' }] }).expected).toBe('a release name');
  });
});

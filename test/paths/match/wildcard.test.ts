import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWildcards,
  coverSegments,
  entryKeys,
  hasWildcard,
  itemKeys,
  segmentMatches,
  segmentSubsumes,
} from '../../../src/paths/match/wildcard.js';

describe('segment wildcards', () => {
  it('* is any run (none included) and ? exactly one character, within one segment', () => {
    expect(segmentMatches('*', '')).toBe(true);
    expect(segmentMatches('a*b', 'ab')).toBe(true);
    expect(segmentMatches('a*b', 'axxb')).toBe(true);
    expect(segmentMatches('a*b', 'axxc')).toBe(false);
    expect(segmentMatches('a?c', 'abc')).toBe(true);
    expect(segmentMatches('a?c', 'ac')).toBe(false);
    expect(segmentMatches('*.*', 'noext')).toBe(false);
    expect(segmentMatches('ü?', 'üx')).toBe(true);
    expect(segmentMatches('🙂?', '🙂x')).toBe(true);
  });

  it('matches as a regular expression of the same pattern does, surrogate pairs counted as one character', () => {
    const reference = (pattern: string, name: string) =>
      new RegExp(`^${Array.from(pattern, (c) => (c === '*' ? '.*' : c === '?' ? '.' : c)).join('')}$`, 'su').test(name);
    const char = fc.constantFrom('a', 'b', 'ü', '🙂');
    const pattern = fc.array(fc.oneof(char, fc.constantFrom('*', '?')), { maxLength: 6 }).map((t) => t.join(''));
    const name = fc.array(char, { maxLength: 6 }).map((t) => t.join(''));
    fc.assert(
      fc.property(pattern, name, (p, n) => {
        expect(segmentMatches(p, n)).toBe(reference(p, n));
        // A name is a pattern that stands for itself alone.
        expect(segmentSubsumes(p, n)).toBe(reference(p, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts and detects wildcards', () => {
    expect(countWildcards('C:\\a*\\?\\b')).toBe(2);
    expect(hasWildcard('abc')).toBe(false);
    expect(hasWildcard('a?c')).toBe(true);
  });

  it('subsumption: a true answer means every name of the inner pattern matches the outer one', () => {
    expect(segmentSubsumes('*.log', 'app-*.log')).toBe(true);
    expect(segmentSubsumes('app-*.log', '*.log')).toBe(false);
    expect(segmentSubsumes('?*', '*?')).toBe(true);
    expect(segmentSubsumes('*', 'anything')).toBe(true);
    expect(segmentSubsumes('?', '*')).toBe(false);
    const token = fc.constantFrom('a', 'b', '*', '?');
    const pattern = fc.array(token, { maxLength: 5 }).map((t) => t.join(''));
    const name = fc.array(fc.constantFrom('a', 'b'), { maxLength: 6 }).map((t) => t.join(''));
    fc.assert(
      fc.property(pattern, pattern, name, (outer, inner, n) => {
        if (segmentSubsumes(outer, inner) && segmentMatches(inner, n)) expect(segmentMatches(outer, n)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('coverSegments', () => {
  const folder = (segments: string[]) => ({ segments, recursive: true, wildcards: segments.join('').split(/[*?]/).length - 1 });
  it('names exact, parent and wildcard coverage of a folder item', () => {
    expect(coverSegments(folder(['opt', 'app']), ['opt', 'app'], 'directory')).toEqual({ how: 'exact' });
    expect(coverSegments(folder(['opt']), ['opt', 'app'], 'directory')).toEqual({ how: 'parent' });
    expect(coverSegments(folder(['*', 'app']), ['opt', 'app'], 'directory')).toEqual({ how: 'wildcard' });
    expect(coverSegments(folder(['opt', 'app', 'x']), ['opt', 'app'], 'directory')?.how).toBe('partial');
    expect(coverSegments(folder(['srv']), ['opt', 'app'], 'directory')).toBeNull();
  });
  it('a wildcard folder segment that only meets the item is partial', () => {
    expect(coverSegments(folder(['opt', 'app*']), ['opt', 'a*'], 'directory')?.how).toBe('partial');
  });
  it('non-recursive patterns reach files directly in their folder only', () => {
    const files = { segments: ['opt', '*.log'], recursive: false, wildcards: 1 };
    expect(coverSegments(files, ['opt', 'a.log'], 'file')).toEqual({ how: 'wildcard' });
    expect(coverSegments(files, ['opt', 'x', 'a.log'], 'file')).toBeNull();
    expect(coverSegments(files, ['opt'], 'directory')?.how).toBe('partial');
    expect(coverSegments(files, ['opt', '*.log'], 'glob')).toEqual({ how: 'exact' });
    expect(coverSegments(files, ['opt', 'a*.txt'], 'glob')).toBeNull();
  });
});

describe('index keys', () => {
  it('an entry tied to a first folder is found by items below that folder and by the root item', () => {
    expect(entryKeys('p', 'c:', 'program files')).toEqual(['p:c:/program files', 'p:c:/…']);
    expect(entryKeys('p', 'c:', '*')).toEqual(['p:c:']);
    expect(entryKeys('p', 'c:', undefined)).toEqual(['p:c:']);
    expect(itemKeys('p', 'c:', 'program files')).toEqual(['p:c:', 'p:c:/program files']);
    expect(itemKeys('p', 'c:', undefined)).toEqual(['p:c:', 'p:c:/…']);
  });
});

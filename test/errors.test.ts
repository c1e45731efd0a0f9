import { describe, expect, it } from 'vitest';
import { AvExclusionsError, isAvExclusionsError } from '../src/errors.js';

describe('AvExclusionsError', () => {
  it('carries code, value, choices, suggestion and issues', () => {
    const error = new AvExclusionsError('UNKNOWN_ROLE', 'unknown role "x"', { value: 'x', choices: ['a'], suggestion: 'a', issues: ['i'] });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'AvExclusionsError',
      code: 'UNKNOWN_ROLE',
      value: 'x',
      choices: ['a'],
      suggestion: 'a',
      issues: ['i'],
    });
    expect(error.message).toBe('unknown role "x"');
  });
  it('defaults to empty choices and issues', () => {
    const error = new AvExclusionsError('INVALID_QUERY', 'bad');
    expect(error.choices).toEqual([]);
    expect(error.issues).toEqual([]);
    expect(error.suggestion).toBeUndefined();
  });
});

describe('isAvExclusionsError', () => {
  it('answers true for the errors of this class', () => {
    expect(isAvExclusionsError(new AvExclusionsError('INVALID_QUERY', 'bad'))).toBe(true);
  });
  it('answers true for an error of another copy of the class (the brand is a registered symbol)', () => {
    const other = Object.assign(new Error('bad'), { code: 'INVALID_QUERY' });
    Object.defineProperty(other, Symbol.for('av-exclusions.error'), { value: true });
    expect(other instanceof AvExclusionsError).toBe(false);
    expect(isAvExclusionsError(other)).toBe(true);
  });
  it.each([null, undefined, 'AvExclusionsError', 1, {}, new Error('x'), { code: 'UNKNOWN_ROLE', name: 'AvExclusionsError' }])(
    'answers false for %o',
    (value) => {
      expect(isAvExclusionsError(value)).toBe(false);
    },
  );
  it('keeps the brand out of the enumerable properties', () => {
    const error = new AvExclusionsError('INVALID_QUERY', 'bad');
    expect(Object.getOwnPropertySymbols(error).every((s) => !Object.getOwnPropertyDescriptor(error, s)?.enumerable)).toBe(true);
  });
});

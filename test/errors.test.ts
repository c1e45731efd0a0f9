import { describe, expect, it } from 'vitest';
import { AvExclusionsError } from '../src/errors.js';

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

import { describe, expect, it } from 'vitest';
import { AvExclusionsError } from '../../src/errors.js';
import { choicesTail, suggest, unknownChoice } from '../../src/internal/suggest.js';

describe('suggest', () => {
  it('finds typos and suffix matches', () => {
    expect(suggest('servr', ['server', 'client', 'rds'])).toBe('server');
    expect(suggest('hyper-v-host', ['hyper-v-to-azure/hyper-v-host', 'x'])).toBe('hyper-v-to-azure/hyper-v-host');
    expect(suggest('SERVER', ['server'])).toBe('server');
  });
  it('says nothing when nothing is close', () => {
    expect(suggest('master', ['server', 'client', 'rds'])).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
  });
  it('formats the tail', () => {
    expect(choicesTail(['a', 'b'], 'a')).toBe('; valid: a, b (did you mean "a"?)');
    expect(choicesTail([], undefined)).toBe('');
  });
});

describe('unknownChoice', () => {
  it('names the value, the valid choices and a suggestion, with the code given', () => {
    const error = unknownChoice('UNKNOWN_TARGET', 'render target', 'jsn', ['defender-powershell', 'json']);
    expect(error).toBeInstanceOf(AvExclusionsError);
    expect(error.code).toBe('UNKNOWN_TARGET');
    expect(error.message).toBe('unknown render target "jsn"; valid: defender-powershell, json (did you mean "json"?)');
    expect(error.choices).toEqual(['defender-powershell', 'json']);
    expect(error.suggestion).toBe('json');
  });

  it('describes a value that is not a string without trusting it, and suggests nothing for it', () => {
    const error = unknownChoice('INVALID_OPTION', 'format', { toString: () => 'json' }, ['json']);
    expect(error.message).not.toContain('"json"');
    expect(error.message).toMatch(/^unknown format .+; valid: json$/);
    expect(error.suggestion).toBeUndefined();
  });
});

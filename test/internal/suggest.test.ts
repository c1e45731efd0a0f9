import { describe, expect, it } from 'vitest';
import { choicesTail, suggest } from '../../src/internal/suggest.js';

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

import { describe, expect, it } from 'vitest';
import { describeValue, quote } from '../../src/internal/quote.js';

describe('quote', () => {
  it('escapes what could paint a terminal, forge a line or disguise the text', () => {
    expect(quote('a\nb')).toBe('"a\\nb"');
    expect(quote('\u001b[31mred')).toBe('"\\u001b[31mred"');
    expect(quote('x\u202ey\u200b\ufeff')).toBe('"x\\u202ey\\u200b\\ufeff"');
    expect(quote('\ud800')).toBe('"\\ud800"');
    expect(quote('say "hi" \\')).toBe('"say \\"hi\\" \\\\"');
  });
  it('shortens long text', () => {
    expect(quote('x'.repeat(10_000)).length).toBeLessThan(200);
  });
});

describe('describeValue', () => {
  it('describes every value without calling the caller', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValue(1n)).toBe('1n');
    expect(describeValue(cyclic)).toBe('an object');
    expect(
      describeValue({
        toJSON: () => {
          throw new Error('no');
        },
      }),
    ).toBe('an object');
    expect(describeValue(proxy)).toBe('an object');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('a\nb')).toBe('"a\\nb"');
  });
});

import { describe, expect, it } from 'vitest';
import { checkNumericScheme, numericScheme, parseNumericVersion } from '../../src/version/numeric.js';

describe('parseNumericVersion', () => {
  it.each([
    ['5', [5]],
    ['5.0', [5, 0]],
    ['5.0.0', [5, 0, 0]],
    ['5.0.0.3', [5, 0, 0, 3]],
    ['v4.4.3.84', [4, 4, 3, 84]],
    [' 5.1.0 ', [5, 1, 0]],
  ])('%s -> %j', (text, parts) => expect(parseNumericVersion(text, 4)).toEqual(parts));

  it.each(['banana', '', '5.', '.5', '5..0', '5.0.0.0.1', '5.0-beta', '-1', '5.0.0.x'])('rejects %j', (text) => {
    expect(parseNumericVersion(text, 4)).toBeNull();
  });

  it('respects maxParts', () => expect(parseNumericVersion('5.0.0.3', 3)).toBeNull());
});

describe('numericScheme', () => {
  const source = { id: 'S', section: 'x' };
  const rules = numericScheme({ type: 'numeric', maxParts: 4, codenames: [{ name: 'Beefalo V2', version: '4.4.3', source }] });
  const documented = {
    versions: ['4.4.3', '5.0.0', '5.1.0'],
    tuples: [
      [4, 4, 3],
      [5, 0, 0],
      [5, 1, 0],
    ],
  };

  it('reads codenames in any case and spacing', () => {
    expect(rules.read('beefalo  v2', documented)).toEqual({ tuple: [4, 4, 3], effective: '4.4.3' });
  });
  it('reads a partial version as the newest documented version it prefixes', () => {
    expect(rules.read('5', documented)).toEqual({ tuple: [5, 1, 0], effective: '5.1.0' });
    expect(rules.read('5.0', documented)).toEqual({ tuple: [5, 0, 0], effective: '5.0.0' });
    expect(rules.read('5.7', documented)).toEqual({ tuple: [5, 7], effective: '5.7' });
  });
  it('keeps the fourth part of a build', () =>
    expect(rules.read('5.0.0.3', documented)).toEqual({ tuple: [5, 0, 0, 3], effective: '5.0.0.3' }));
  it('refuses text that is neither a version nor a codename', () => expect(rules.read('banana', documented)).toBeNull());
  it('offers documented versions and codenames', () =>
    expect(rules.choices(documented.versions)).toEqual(['4.4.3', '5.0.0', '5.1.0', 'Beefalo V2']));
  it('describes itself with its codenames', () => {
    expect(rules.describe(documented.versions)).toEqual(['documented 4.4.3, 5.0.0, 5.1.0', 'codenames: Beefalo V2 = 4.4.3']);
  });
  it('checks codenames: a version of the scheme, a known source', () => {
    const problems: string[] = [];
    checkNumericScheme(
      { type: 'numeric', maxParts: 3, codenames: [{ name: 'X', version: '1.2.3.4', source: { id: 'T', section: 'x' } }] },
      (path, message) => problems.push(`${path}: ${message}`),
      new Set(['S']),
      '$.versionScheme',
    );
    expect(problems).toEqual([
      '$.versionScheme.codenames[0].version: "1.2.3.4" is not a numeric version',
      '$.versionScheme.codenames[0].source.id: unknown source "T"',
    ]);
  });
});

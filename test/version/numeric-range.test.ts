import { describe, expect, it } from 'vitest';
import { inRange } from '../../src/version/interval.js';
import { checkNumericScheme, compileNumericRange } from '../../src/version/numeric-range.js';

describe('compileNumericRange', () => {
  it('compiles comparators to an interval', () => {
    expect(compileNumericRange('>=5.0.0 <5.1.0')).toEqual([{ min: [5, 0, 0], minInclusive: true, max: [5, 1, 0], maxInclusive: false }]);
  });
  it.each([
    ['^5.0.0', [5, 9, 9, 9], true],
    ['^5.0.0', [6, 0, 0], false],
    ['5.0.x', [5, 0, 0, 3], true],
    ['5.0.x', [5, 1, 0], false],
    ['5.0.0 - 5.1.0', [5, 1, 0], true],
    ['<4.4.3 || >=5.1.0', [5, 2, 0], true],
    ['<4.4.3 || >=5.1.0', [5, 0, 0], false],
    ['*', [1, 2, 3], true],
    ['=5.0.0', [5, 0, 0], true],
    ['>5.0.0', [5, 0, 0], false],
    ['<=5.0.0', [5, 0, 0], true],
  ])('%s contains %j: %s', (text, version, expected) => {
    expect(inRange(version, compileNumericRange(text)!)).toBe(expected);
  });
  it.each(['banana', '>=5.0.0 <', '>=x.y'])('rejects %j', (text) => expect(compileNumericRange(text)).toBeNull());
});

describe('checkNumericScheme', () => {
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

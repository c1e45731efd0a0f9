import { describe, expect, it } from 'vitest';
import { checkScheme, compileRange } from '../../src/version/pack-time.js';

describe('compileRange', () => {
  it('compiles each scheme kind with its own grammar', () => {
    expect(compileRange({ type: 'numeric', maxParts: 4 }, '>=5.0.0 <5.1.0')).toEqual([
      { min: [5, 0, 0], minInclusive: true, max: [5, 1, 0], maxInclusive: false },
    ]);
    expect(
      compileRange(
        {
          type: 'train',
          releases: [
            { id: '2012-r2', name: 'a' },
            { id: '2016', name: 'b' },
          ],
        },
        '>=2016',
      ),
    ).toEqual([{ min: [1], minInclusive: true }]);
    expect(compileRange({ type: 'none' }, '*')).toBeNull();
  });
});

describe('checkScheme', () => {
  it('hands each scheme kind its own checks, and none to the none scheme', () => {
    const problems: string[] = [];
    const report = (path: string, message: string) => problems.push(`${path}: ${message}`);
    checkScheme(
      {
        type: 'train',
        releases: [
          { id: '2016', name: 'a' },
          { id: '2016', name: 'b' },
        ],
      },
      report,
      new Set(),
      '$.osVersionScheme.windows',
    );
    checkScheme(
      { type: 'numeric', maxParts: 4, codenames: [{ name: 'X', version: '1', source: { id: 'T', section: 'x' } }] },
      report,
      new Set(),
      '$.versionScheme',
    );
    checkScheme({ type: 'none' }, report, new Set(), '$.versionScheme');
    expect(problems).toEqual([
      '$.osVersionScheme.windows: duplicate release "2016"',
      '$.versionScheme.codenames[0].source.id: unknown source "T"',
    ]);
  });
});

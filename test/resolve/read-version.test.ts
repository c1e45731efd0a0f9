import { describe, expect, it } from 'vitest';
import { readVersion } from '../../src/resolve/read-version.js';
import { packs } from '../fixtures/packs.js';
import { compileOrThrow, expectError } from '../helpers.js';

const catalog = compileOrThrow(packs);
const alpha = catalog.products.alpha!;

describe('readVersion', () => {
  it.each([
    [undefined, [2, 0, 0], '2.0.0', ['VERSION_DEFAULTED']],
    ['1.0.0.3', [1, 0, 0, 3], '1.0.0', []],
    ['1', [1, 0, 0], '1.0.0', []],
    ['OLD', [1, 0, 0], '1.0.0', []],
    ['1.7', [1, 7], '1.0.0', []],
    ['3.0.0', [3, 0, 0], '2.0.0', ['VERSION_NEWER_THAN_DOCUMENTED']],
    ['0.1', [0, 1], null, ['VERSION_OLDER_THAN_DOCUMENTED']],
  ])('%s -> %j, documented %s', (version, tuple, documented, warnings) => {
    const read = readVersion(alpha, version);
    expect(read.tuple).toEqual(tuple);
    expect(read.documented).toBe(documented);
    expect(read.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it('ignores versions of versionless products, with a warning', () => {
    expect(readVersion(catalog.products.beta!, '3')).toMatchObject({ tuple: null, documented: null, warnings: [{ code: 'VERSION_NOT_APPLICABLE' }] });
    expect(readVersion(catalog.products.beta!, undefined).warnings).toEqual([]);
  });

  it.each(['banana', '1.2.3.4.5', '', 'v', '1.x'])('rejects %j', (version) => {
    expectError(() => readVersion(alpha, version), 'INVALID_VERSION');
  });
});

import { describe, expect, it } from 'vitest';
import { describeProduct, summarizeProducts } from '../../src/catalog/describe.js';
import { formatProduct, formatProductList, formatResolution, makeStyle } from '../../src/cli/format-text.js';
import { resolveImpl } from '../../src/resolve/resolve-impl.js';
import { packs } from '../fixtures/packs.js';
import { compileOrThrow } from '../helpers.js';

const catalog = compileOrThrow(packs);
const plain = makeStyle(false, {});

describe('makeStyle', () => {
  it('colours only on a terminal without NO_COLOR or TERM=dumb', () => {
    expect(makeStyle(true, {}).bold('x')).toBe('\u001b[1mx\u001b[22m');
    expect(makeStyle(true, { NO_COLOR: '' }).bold('x')).not.toBe('x');
    expect(makeStyle(true, { TERM: 'dumb' }).bold('x')).toBe('x');
    expect(makeStyle(false, {}).bold('x')).toBe('x');
  });
});

describe('formatResolution', () => {
  const r = resolveImpl(catalog, { product: 'alpha', version: 'Old', roles: ['server', 'host'], platform: 'windows' });
  const text = formatResolution(r, plain);

  it('groups exclusions by kind, with rationale, source, provenance and risk', () => {
    expect(text).toMatch(
      /Directories\n {2}- C:\\Alpha \(and subfolders\)\n {4}Install tree\.\n {4}source: Test page, Exclusions \(https:\/\/example\.test\/page\)/,
    );
    expect(text).toContain('Processes');
    expect(text).toContain('provenance: vendor-other-page; risk: medium; via alpha/host > beta/node');
    expect(text).toContain('corrected from the source\'s "<HOME>/bsr/*.*": slashes');
    expect(text).toContain('managed by the Alpha installer in Microsoft Defender Antivirus');
  });

  it("says a managed item holds for real-time protection only and unless its setting is on, from managedBy's fields", () => {
    const automatic = structuredClone(r);
    const managed = automatic.exclusions.find((i) => i.rule === 'alpha/managed')!;
    managed.managedBy = { ...managed.managedBy!, scans: 'real-time', disabledBy: 'DisableAutoExclusions' };
    expect(formatResolution(automatic, plain)).toContain(
      'managed by the Alpha installer in Microsoft Defender Antivirus: added at install; real-time protection only; unless DisableAutoExclusions is on',
    );
  });

  it('shows conditions, unresolved values and warnings', () => {
    expect(text).toContain('db.exe [if --feature db]');
    expect(text).toContain('%systemroot%\\System32\\new.exe [if OS >=2016]');
    expect(text).toContain('{DATA_VOLUMES} [needs --set DATA_VOLUMES=...]');
    expect(text).toContain('! default locations were assumed for HOME_DIR');
    expect(text.endsWith('review each item before applying it.\n')).toBe(true);
  });
});

describe('product listings', () => {
  it('lists and describes products', () => {
    expect(formatProductList(summarizeProducts(catalog), plain)).toContain(
      'alpha  Alpha (Test); platforms: windows, linux; versions: 1.0.0, 2.0.0',
    );
    const text = formatProduct(describeProduct(catalog, 'alpha'), plain);
    expect(text).toContain('codenames: Old = 1.0.0, New = 2.0.0, Ancient = 0.9.0');
    expect(text).toContain('OS releases (--os-version) on windows: 2012-r2, 2016, 2019');
    expect(text).toContain('DATA_VOLUMES (several allowed): Data volumes.');
    expect(text).toContain('no default: only you know it');
    expect(text).toContain('host -> beta: node');
  });
});

import { describe, expect, it } from 'vitest';
import { resolveImpl } from '../../src/resolve/resolve-impl.js';
import type { ManagedBy } from '../../src/types/pack.js';
import { alpha, beta, packs } from '../fixtures/packs.js';
import { clonePack, compileOrThrow, expectError } from '../helpers.js';

const catalog = compileOrThrow(packs);
const resolve = (query: Record<string, unknown>) => resolveImpl(catalog, query);
const values = (items: { value?: string }[]) => items.map((i) => i.value);

describe('matching by role, platform and defaults', () => {
  it('expands defaults and reports them', () => {
    const r = resolve({ product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'linux' });
    expect(values(r.exclusions)).toEqual(['/opt/alpha', '/var/alpha']);
    expect(r.exclusions[0]!.defaultsUsed).toEqual(['HOME_DIR']);
    expect(r.warnings.map((w) => w.code)).toEqual(['DEFAULTS_ASSUMED']);
  });

  it('uses caller values instead of defaults, normalised for the platform', () => {
    const r = resolve({ product: 'alpha', version: '2.0', roles: ['server'], platform: 'windows', variables: { HOME_DIR: 'D:/Alpha/' } });
    expect(r.exclusions[0]!.value).toBe('D:\\Alpha');
    expect(r.exclusions[0]!.defaultsUsed).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.query.variables).toEqual({ HOME_DIR: ['D:\\Alpha'] });
  });

  it('takes the union of several roles without repeating a rule', () => {
    const r = resolve({
      product: 'alpha',
      version: '2.0.0',
      roles: ['server', 'agent', 'server'],
      platform: 'windows',
      variables: { USERS: ['ann', 'bob'] },
    });
    expect(r.query.roles).toEqual(['server', 'agent']);
    expect(r.exclusions.map((i) => i.rule)).toEqual(['alpha/home', 'alpha/managed', 'alpha/user-data', 'alpha/user-data']);
    expect(values(r.exclusions).slice(2)).toEqual(['C:\\Users\\ann\\AppData\\Local\\Alpha', 'C:\\Users\\bob\\AppData\\Local\\Alpha']);
  });

  it('defaults the platform when the product has only one', () => {
    expect(resolve({ product: 'beta', roles: ['node'] }).query.platform).toBe('windows');
  });
});

describe('unresolved and skipped custom locations', () => {
  it('reports a caller-only value as unresolved, with the variable and a hint, never as a placeholder', () => {
    const r = resolve({ product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'linux' });
    expect(r.unresolved).toHaveLength(1);
    expect(r.unresolved[0]).toMatchObject({ rule: 'alpha/data', variables: ['DATA_VOLUMES'], kind: 'volume', risk: 'high' });
    expect(r.unresolved[0]!.hint).toContain('See the data store list.');
    for (const item of r.exclusions) expect(item.value).not.toMatch(/[{}<>]/);
  });

  it('emits one item per value of a multi-valued variable once given', () => {
    const r = resolve({
      product: 'alpha',
      version: '2.0.0',
      roles: ['server'],
      platform: 'linux',
      variables: { DATA_VOLUMES: ['/srv/a', '/srv/b'] },
    });
    expect(r.unresolved).toEqual([]);
    expect(values(r.exclusions)).toContain('/srv/a');
    expect(values(r.exclusions)).toContain('/srv/b');
  });

  it('does not nag about a custom location (skipIfUnset) and emits it when given', () => {
    const without = resolve({ product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'linux' });
    expect(JSON.stringify(without)).not.toContain('alpha/cache');
    const withCache = resolve({
      product: 'alpha',
      version: '2.0.0',
      roles: ['server'],
      platform: 'linux',
      variables: { CACHE_DIR: '/cache' },
    });
    expect(values(withCache.exclusions)).toContain('/cache');
  });
});

describe('conditions: features and OS releases', () => {
  it('puts a rule behind a feature the caller did not mention into conditional', () => {
    const r = resolve({ product: 'alpha', version: '1.0.0', roles: ['server'], platform: 'windows' });
    expect(r.conditional.map((i) => [i.rule, i.condition, i.value])).toEqual([['alpha/db-process', { features: ['db'] }, 'db.exe']]);
  });

  it('applies it when the feature is on', () => {
    const r = resolve({ product: 'alpha', version: '1.0.0', roles: ['server'], platform: 'windows', features: ['db'] });
    expect(values(r.exclusions)).toContain('db.exe');
    expect(r.conditional).toEqual([]);
  });

  it('OS-gated rules are conditional without osVersion, and match or drop with it (through includes)', () => {
    const none = resolve({ product: 'alpha', version: '2.0.0', roles: ['host'], platform: 'windows' });
    expect(none.conditional.find((i) => i.rule === 'beta/new-svc')?.condition).toEqual({ osVersions: '>=2016' });
    const old = resolve({ product: 'alpha', version: '2.0.0', roles: ['host'], platform: 'windows', osVersion: '2012 R2' });
    expect(JSON.stringify(old)).not.toContain('new.exe');
    expect(old.query.osVersion).toBe('2012-r2');
    const recent = resolve({ product: 'alpha', version: '2.0.0', roles: ['host'], platform: 'windows', osVersion: 'Windows Server 2019' });
    expect(values(recent.exclusions)).toContain('%systemroot%\\System32\\new.exe');
  });

  it('warns when osVersion has no effect', () => {
    const r = resolve({ product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'linux', osVersion: '2019' });
    expect(r.warnings.map((w) => w.code)).toContain('OS_VERSION_NOT_APPLICABLE');
  });
});

describe('versions', () => {
  const at = (version?: string) => resolve({ product: 'alpha', version, roles: ['server'], platform: 'windows', features: ['db'] });
  const hasDb = (version?: string) => values(at(version).exclusions).includes('db.exe');

  it.each([
    ['1.0.0', true],
    ['1.0.0.3', true],
    ['1.0', true],
    ['1', true],
    ['Old', true],
    ['old', true],
    ['1.5.2', true],
    ['2.0.0', false],
    ['2.0.0.1', false],
    ['New', false],
    ['9.9.9', false],
    ['0.9', false],
  ])('version %s -> version-specific rule applies: %s', (version, expected) => {
    expect(hasDb(version)).toBe(expected);
  });

  it('reports the documented version applied', () => {
    expect(at('1.0.0.3').query).toMatchObject({ version: '1.0.0.3', effectiveVersion: '1.0.0.3', documentedVersion: '1.0.0' });
    expect(at('Old').query).toMatchObject({ version: 'Old', effectiveVersion: '1.0.0', documentedVersion: '1.0.0' });
    expect(at('1').query).toMatchObject({ effectiveVersion: '1.0.0', documentedVersion: '1.0.0' });
    expect(at('2').query).toMatchObject({ effectiveVersion: '2.0.0', documentedVersion: '2.0.0' });
  });

  it('defaults to the newest documented version and says so', () => {
    const r = at(undefined);
    expect(r.query).toMatchObject({ version: null, documentedVersion: '2.0.0' });
    expect(r.warnings[0]!.code).toBe('VERSION_DEFAULTED');
  });

  it('warns for versions outside the documented range', () => {
    expect(at('9.9.9').warnings.map((w) => w.code)).toContain('VERSION_NEWER_THAN_DOCUMENTED');
    expect(at('Ancient').warnings.map((w) => w.code)).toContain('VERSION_OLDER_THAN_DOCUMENTED');
    expect(at('Ancient').query.documentedVersion).toBeNull();
    expect(at('2.0.0.7').warnings.map((w) => w.code)).not.toContain('VERSION_NEWER_THAN_DOCUMENTED');
  });

  it('rejects what is not a version, with the choices', () => {
    const error = expectError(() => at('banana'), 'INVALID_VERSION');
    expect(error.choices).toEqual(['1.0.0', '2.0.0', 'Old', 'New', 'Ancient']);
    expectError(() => at('1.2.3.4.5'), 'INVALID_VERSION');
    expect(expectError(() => at('Nwe'), 'INVALID_VERSION').suggestion).toBe('New');
  });

  it('ignores a version for a versionless product, with a warning', () => {
    const r = resolve({ product: 'beta', version: '7', roles: ['node'] });
    expect(r.query.documentedVersion).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(['VERSION_NOT_APPLICABLE', 'OS_VERSION_NEEDED']);
  });

  it('says how many rules wait for the OS release when none was given, and not when one was', () => {
    const warning = resolve({ product: 'beta', roles: ['node'] }).warnings.find((w) => w.code === 'OS_VERSION_NEEDED');
    expect(warning?.message).toBe(
      '1 rule(s) depend on the windows release and are listed as conditional; pass the release (osVersion, --os-version) to settle them',
    );
    expect(resolve({ product: 'beta', roles: ['node'], osVersion: '2012 R2' }).warnings.map((w) => w.code)).not.toContain(
      'OS_VERSION_NEEDED',
    );
  });
});

describe('includes and de-duplication', () => {
  it('resolves included roles with the via chain', () => {
    const r = resolve({ product: 'alpha', version: '2.0.0', roles: ['host'], platform: 'windows' });
    const svc = r.exclusions.find((i) => i.rule === 'beta/svc')!;
    expect(svc.via).toEqual([
      { product: 'alpha', role: 'host' },
      { product: 'beta', role: 'node' },
    ]);
  });

  it('merges rules whose expanded values match (machine variables expanded, case folded on Windows)', () => {
    const r = resolve({ product: 'alpha', version: '2.0.0', roles: ['host'], platform: 'windows' });
    const logs = r.exclusions.filter((i) => /shared$/i.test(i.value));
    expect(logs).toHaveLength(1);
    expect(logs[0]!.value).toBe('%ProgramData%\\Shared');
    expect(logs[0]!.duplicates).toEqual([
      {
        rule: 'beta/same-logs',
        via: [
          { product: 'alpha', role: 'host' },
          { product: 'beta', role: 'node' },
        ],
      },
    ]);
  });

  it('lets a query switch on a feature of an included product', () => {
    const r = resolve({ product: 'alpha', version: '2.0.0', roles: ['host'], platform: 'windows', features: ['csv'] });
    expect(values(r.exclusions)).toContain('C:\\ClusterStorage');
  });
});

describe('managedBy on items: OS range settled, disabledBy and scans copied, taken over by a merged item', () => {
  const automatic: ManagedBy = {
    by: 'Beta automatic exclusions',
    scanner: 'defender',
    note: 'added by the scanner itself',
    osVersions: '>=2016',
    disabledBy: 'DisableBetaExclusions',
    scans: 'real-time',
  };
  // beta's same-logs is the same folder as alpha's logs; only beta's rule says the scanner manages it.
  const managedBeta = clonePack(beta);
  managedBeta.rules.find((r) => r.id === 'same-logs')!.managedBy = automatic;
  managedBeta.rules.find((r) => r.id === 'svc')!.managedBy = automatic;
  const managedCatalog = compileOrThrow([alpha, managedBeta]);
  const host = (osVersion?: string) =>
    resolveImpl(managedCatalog, {
      product: 'alpha',
      version: '2.0.0',
      roles: ['host'],
      platform: 'windows',
      ...(osVersion ? { osVersion } : {}),
    });
  const item = (r: ReturnType<typeof host>, rule: string) => r.exclusions.find((i) => i.rule === rule)!;
  const settled = { by: automatic.by, scanner: 'defender', note: automatic.note, disabledBy: 'DisableBetaExclusions', scans: 'real-time' };

  it('an item of a managed rule carries disabledBy and scans, inside the OS range, and the range too when no release was given', () => {
    expect(item(host('2019'), 'beta/svc').managedBy).toEqual(settled);
    expect(item(host(), 'beta/svc').managedBy).toEqual({ ...settled, osVersions: '>=2016' });
    expect(item(host('2012 R2'), 'beta/svc').managedBy).toBeUndefined();
  });

  it('the merged item takes managedBy from the duplicate rule when its own rule has none, settled for the OS release', () => {
    const on2019 = item(host('2019'), 'alpha/logs');
    expect(on2019.duplicates.map((d) => d.rule)).toEqual(['beta/same-logs']);
    expect(on2019.managedBy).toEqual(settled);
    expect(item(host(), 'alpha/logs').managedBy).toEqual({ ...settled, osVersions: '>=2016' });
    expect(item(host('2012 R2'), 'alpha/logs').managedBy).toBeUndefined();
    // An item whose own rule is managed keeps its own managedBy.
    const both = clonePack(alpha);
    const own: ManagedBy = { by: 'Alpha installer', scanner: 'defender', note: 'added at install' };
    both.rules.find((r) => r.id === 'logs')!.managedBy = own;
    const r = resolveImpl(compileOrThrow([both, managedBeta]), {
      product: 'alpha',
      version: '2.0.0',
      roles: ['host'],
      platform: 'windows',
      osVersion: '2019',
    });
    expect(item(r, 'alpha/logs').managedBy).toEqual(own);
  });

  it("the merged item's managedBy is a fresh copy: changing it does not change the next answer", () => {
    const first = item(host('2019'), 'alpha/logs');
    first.managedBy!.disabledBy = 'X';
    expect(item(host('2019'), 'alpha/logs').managedBy!.disabledBy).toBe('DisableBetaExclusions');
    expect(managedBeta.rules.find((r) => r.id === 'same-logs')!.managedBy!.disabledBy).toBe('DisableBetaExclusions');
  });
});

describe('provenance filter', () => {
  it('keeps only the grades asked for', () => {
    const r = resolve({
      product: 'alpha',
      version: '2.0.0',
      roles: ['server'],
      platform: 'linux',
      provenance: ['vendor-page', 'vendor-other-page'],
    });
    expect(values(r.exclusions)).not.toContain('/var/alpha');
    expect(r.query.provenance).toEqual(['vendor-page', 'vendor-other-page']);
  });
});

describe('bad input: typed errors with choices and did-you-mean', () => {
  it.each([
    [{ product: 'alfa', roles: ['server'] }, 'UNKNOWN_PRODUCT', 'alpha'],
    [{ product: 'alpha', roles: ['servr'], platform: 'linux' }, 'UNKNOWN_ROLE', 'server'],
    [{ product: 'alpha', roles: ['server'], platform: 'linx' }, 'UNKNOWN_PLATFORM', 'linux'],
    [{ product: 'alpha', roles: ['server'], platform: 'windows', features: ['dbb'] }, 'UNKNOWN_FEATURE', 'db'],
    [{ product: 'alpha', roles: ['server'], platform: 'windows', variables: { HOME_DIRS: 'C:\\x' } }, 'UNKNOWN_VARIABLE', 'HOME_DIR'],
    [{ product: 'alpha', roles: ['host'], platform: 'windows', osVersion: '2O19' }, 'INVALID_OS_VERSION', '2019'],
  ])('%j -> %s', (query, code, suggestion) => {
    const error = expectError(() => resolve(query), code);
    expect(error.suggestion).toBe(suggestion);
    expect(error.choices.length).toBeGreaterThan(0);
    expect(error.message).toContain(`did you mean "${suggestion}"`);
  });

  it.each([
    [null, 'INVALID_QUERY'],
    ['alpha', 'INVALID_QUERY'],
    [{ roles: ['server'] }, 'INVALID_QUERY'],
    [{ product: 'alpha', roles: [], platform: 'linux' }, 'INVALID_QUERY'],
    [{ product: 'alpha', roles: 'server', platform: 'linux' }, 'INVALID_QUERY'],
    [{ product: 'alpha', roles: ['server'] }, 'MISSING_PLATFORM'],
    [{ product: 'alpha', roles: ['agent'], platform: 'linux' }, 'UNSUPPORTED_PLATFORM'],
    [{ product: 'alpha', roles: ['server'], platform: 'macos' }, 'UNKNOWN_PLATFORM'],
    [{ product: 'alpha', roles: ['server'], platform: 'linux', version: 5 }, 'INVALID_QUERY'],
    [{ product: 'alpha', roles: ['server'], platform: 'linux', variables: { HOME_DIR: 'relative/path' } }, 'INVALID_VARIABLE_VALUE'],
    [{ product: 'alpha', roles: ['server'], platform: 'linux', variables: { HOME_DIR: ['/a', '/b'] } }, 'INVALID_VARIABLE_VALUE'],
    [{ product: 'alpha', roles: ['server'], platform: 'linux', variables: { HOME_DIR: '/a\nb' } }, 'INVALID_VARIABLE_VALUE'],
    [{ product: 'alpha', roles: ['server'], platform: 'linux', variables: { HOME_DIR: '/{HOME_DIR}' } }, 'INVALID_VARIABLE_VALUE'],
    [{ product: 'alpha', roles: ['agent'], platform: 'windows', variables: { USERS: 'a\\b' } }, 'INVALID_VARIABLE_VALUE'],
    [{ product: 'alpha', roles: ['server'], platform: 'windows', variables: { HOME_DIR: 'C:\\a|b' } }, 'INVALID_VARIABLE_VALUE'],
    [{ product: 'alpha', roles: ['server'], platform: 'linux', variables: [] }, 'INVALID_QUERY'],
    [{ product: 'alpha', roles: ['server'], platform: 'linux', provenance: ['vendor'] }, 'INVALID_QUERY'],
    [{ product: 'toString', roles: ['server'] }, 'UNKNOWN_PRODUCT'],
  ])('%j -> %s', (query, code) => {
    expectError(() => resolve(query as Record<string, unknown>), code);
  });
});

describe('results are fresh', () => {
  it('mutating a result does not change the next answer', () => {
    const query = { product: 'alpha', version: '2.0.0', roles: ['host'], platform: 'windows' };
    const first = resolve(query);
    const snapshot = JSON.stringify(resolve(query));
    first.exclusions[0]!.value = 'X';
    first.exclusions[0]!.via.push({ product: 'x', role: 'y' });
    first.exclusions[0]!.source.url = 'x';
    first.exclusions.length = 0;
    expect(JSON.stringify(resolve(query))).toBe(snapshot);
  });
});

describe('shared expansions', () => {
  // Without caller values, what a rule expands to is computed once and shared between queries: no answer may hand
  // out a part of it, and a caller's values must never reach a later query that gives none.
  const plain = { product: 'alpha', version: '2.0.0', roles: ['host', 'server'], platform: 'windows' };
  const withValues = { ...plain, variables: { HOME_DIR: 'D:\\Alpha', DATA_VOLUMES: ['E:\\'] } };

  it('answers as a catalog compiled afresh does, whatever was asked before', () => {
    const expected = JSON.stringify(resolveImpl(compileOrThrow(packs), plain));
    expect(JSON.stringify(resolve(plain))).toBe(expected);
    const given = resolve(withValues);
    expect(given.exclusions.map((i) => i.value)).toContain('D:\\Alpha');
    expect(given.unresolved).toEqual([]);
    expect(JSON.stringify(resolve(plain))).toBe(expected);
    expect(JSON.stringify(resolve(withValues))).toBe(JSON.stringify(resolveImpl(compileOrThrow(packs), withValues)));
  });

  it("reads pack defaults once per product, platform and version, and a caller's values every time", () => {
    const own = compileOrThrow(packs);
    const home = own.products.alpha!.variables.HOME_DIR!;
    const defaults = home.defaults!;
    let reads = 0;
    Object.defineProperty(home, 'defaults', {
      get: () => {
        reads++;
        return defaults;
      },
    });
    const first = resolveImpl(own, plain);
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(JSON.stringify(resolveImpl(own, plain))).toBe(JSON.stringify(first));
    expect(reads).toBe(afterFirst);
    // Another platform reads its own default; a query with values of its own reads again.
    resolveImpl(own, { ...plain, platform: 'linux' });
    expect(reads).toBeGreaterThan(afterFirst);
    const beforeValues = reads;
    resolveImpl(own, { ...plain, variables: { DATA_VOLUMES: ['E:\\'] } });
    expect(reads).toBeGreaterThan(beforeValues);
  });

  it('hands out fresh arrays: mutating them does not change the next answer', () => {
    const first = resolve(plain);
    const snapshot = JSON.stringify(resolve(plain));
    expect(first.unresolved.length).toBeGreaterThan(0);
    expect(first.exclusions.some((i) => i.defaultsUsed.length)).toBe(true);
    for (const item of first.unresolved) item.variables.push('X');
    for (const item of first.exclusions) item.defaultsUsed.push('X');
    for (const item of first.conditional) item.variables.push('X');
    first.warnings.push({ code: 'DEFAULTS_ASSUMED', message: 'x' });
    expect(JSON.stringify(resolve(plain))).toBe(snapshot);
  });
});

import { describe, expect, it } from 'vitest';
import { checkPacks } from '../../src/catalog/check-packs.js';
import { BUNDLED_CATALOG } from '../../src/generated/catalog.js';
import type { RulePack } from '../../src/types/pack.js';
import { alpha, beta, packs } from '../fixtures/packs.js';
import { clonePack } from '../helpers.js';

function issuesAfter(change: (a: RulePack, b: RulePack) => void): string[] {
  const a = clonePack(alpha);
  const b = clonePack(beta);
  change(a, b);
  return checkPacks([a, b]);
}

describe('checkPacks', () => {
  it('finds nothing wrong with sound packs', () => {
    expect(checkPacks(packs)).toEqual([]);
  });

  // Each named check: a broken pack and the message that names file and JSON path.
  it.each<[string, (a: RulePack, b: RulePack) => void, string]>([
    ['duplicate rule ids', (a) => void (a.rules[1]!.id = 'home'), 'data/alpha.json: $.rules: duplicate rule id "home"'],
    ['duplicate role ids', (a) => void (a.roles[1]!.id = 'server'), 'data/alpha.json: $.roles: duplicate role id "server"'],
    ['duplicate product ids', (_a, b) => void (b.id = 'alpha'), 'duplicate product id "alpha"'],
    ['unknown role', (a) => void (a.rules[0]!.roles = ['master']), 'data/alpha.json: $.rules[0].roles[0]: unknown role "master"'],
    [
      'undeclared platform',
      (a) => void (a.rules[0]!.platforms = ['macos']),
      'data/alpha.json: $.rules[0].platforms[0]: platform "macos" is not declared',
    ],
    [
      'role not on the rule platforms',
      (a) => void (a.rules[5]!.platforms = ['linux']),
      '$.rules[5].platforms: role "agent" exists on none',
    ],
    ['unknown feature', (a) => void (a.rules[2]!.when = ['nope']), '$.rules[2].when[0]: unknown feature "nope"'],
    ['unknown source', (a) => void (a.rules[0]!.source = { id: 'X', section: 's' }), '$.rules[0].source.id: unknown source "X"'],
    ['unknown variable', (a) => void (a.rules[0]!.value = '{NOPE}'), '$.rules[0].value: unknown variable {NOPE}'],
    ['invalid version range', (a) => void (a.rules[2]!.versions = 'banana'), '$.rules[2].versions: "banana" is not a valid range'],
    ['version range on a versionless pack', (_a, b) => void (b.rules[0]!.versions = '>=1'), 'data/beta.json: $.rules[0].versions'],
    ['invalid OS range', (_a, b) => void (b.rules[2]!.osVersions = '>=2017'), '$.rules[2].osVersions: ">=2017" is not a valid range'],
    ['OS range without a scheme', (a) => void (a.rules[0]!.osVersions = '>=2016'), 'declares no osVersionScheme for windows'],
    ['relative Windows path', (_a, b) => void (b.rules[0]!.value = 'ProgramData\\x'), '"ProgramData\\x" is not an absolute windows path'],
    ['Windows value on Linux', (a) => void (a.rules[7]!.value = 'C:\\x'), 'looks like a Windows value but the rule is for linux'],
    ['relative POSIX path', (a) => void (a.rules[7]!.value = 'var/alpha'), '"var/alpha" is not an absolute linux path'],
    ['user variable', (_a, b) => void (b.rules[0]!.value = '%USERPROFILE%\\x'), 'user-profile variable %USERPROFILE%'],
    ['unknown %VAR%', (_a, b) => void (b.rules[0]!.value = '%EXCHANGEINSTALLPATH%\\x'), 'not a machine variable Defender expands'],
    ['bad extension', (_a, b) => void (b.rules[4]!.value = '*.VHDX'), 'extension "*.VHDX" must look like ".ext"'],
    ['trailing separator', (_a, b) => void (b.rules[0]!.value = 'C:\\ProgramData\\shared\\'), 'ends with a separator'],
    ['forward slash in a Windows path', (_a, b) => void (b.rules[0]!.value = 'C:\\ProgramData/shared'), 'uses "/" in a Windows path'],
    [
      'bad default path',
      (a) => void (a.variables[0]!.defaults!.linux!.value = 'opt/alpha'),
      '$.variables[0].defaults.linux.value: "opt/alpha" is not an absolute linux path',
    ],
    ['high risk without a note', (a) => void delete a.rules[1]!.riskNote, '$.rules[1].riskNote: a high-risk rule must say why'],
    ['recursive process', (_a, b) => void (b.rules[1]!.recursive = true), 'a process rule cannot be recursive'],
    [
      'unordered documented versions',
      (a) => void (a.documentedVersions = ['2.0.0', '1.0.0']),
      'documented versions must be in ascending order',
    ],
    [
      'bad codename version',
      (a) =>
        void (a.versionScheme = {
          type: 'numeric',
          maxParts: 4,
          codenames: [{ name: 'X', version: 'x', source: { id: 'S', section: 's' } }],
        }),
      'codenames[0].version: "x" is not a numeric version',
    ],
    ['unknown included product', (a) => void (a.includes[0]!.product = 'gamma'), 'unknown product "gamma"'],
    ['unknown included role', (a) => void (a.includes[0]!.roles = ['nope']), 'product "beta" has no role "nope"'],
    ['include from an unknown role', (a) => void (a.includes[0]!.role = 'nope'), '$.includes[0].role: unknown role "nope"'],
    [
      'include cycle',
      (_a, b) =>
        void b.includes.push({
          role: 'node',
          product: 'alpha',
          roles: ['host'],
          source: { id: 'S', section: 's' },
          provenance: 'vendor-page',
        }),
      'include cycle',
    ],
    [
      'shared variable with another meaning',
      (_a, b) => void b.variables.push({ name: 'HOME_DIR', description: 'd', hint: 'h', type: 'path', multiple: true }),
      '"HOME_DIR" differs in type or multiple',
    ],
  ])('reports %s', (_name, change, message) => {
    const issues = issuesAfter(change);
    expect(
      issues.some((issue) => issue.includes(message)),
      issues.join('\n'),
    ).toBe(true);
  });

  it('reports every problem, not only the first', () => {
    const issues = issuesAfter((a) => {
      a.rules[0]!.roles = ['x'];
      a.rules[1]!.roles = ['y'];
    });
    expect(issues).toHaveLength(2);
  });

  it('checks includes against bundled products too', () => {
    const b = clonePack(beta);
    b.id = 'gamma';
    b.includes = [{ role: 'node', product: 'hyper-v', roles: ['nope'], source: { id: 'S', section: 's' }, provenance: 'vendor-page' }];
    expect(checkPacks([b], BUNDLED_CATALOG.products)).toEqual([
      'data/gamma.json: $.includes (role "node", #1): product "hyper-v" has no role "nope"',
    ]);
  });
});

describe('variable defaults over other variables', () => {
  it('reports unknown variables and cycles in defaults', () => {
    const pack = clonePack(alpha);
    pack.variables[0]!.defaults = {
      linux: { value: '{CACHE_DIR}/x', source: { id: 'S', section: 'x' } },
      windows: { value: '{NOPE}\\x', source: { id: 'S', section: 'x' } },
    };
    pack.variables[2]!.defaults = { linux: { value: '{HOME_DIR}/cache', source: { id: 'S', section: 'x' } } };
    const issues = checkPacks([pack, beta]);
    expect(issues).toContain('data/alpha.json: $.variables[0].defaults.windows.value: unknown variable {NOPE}');
    expect(issues).toContain(
      'data/alpha.json: $.variables: the linux defaults depend on each other in a cycle: HOME_DIR -> CACHE_DIR -> HOME_DIR',
    );
  });
});

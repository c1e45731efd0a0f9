// Three small model mechanisms the Microsoft workload packs need, over a caller's pack: variable defaults that depend on
// the product version (SQL Server's folder numbers), installer-managed items limited to some OS releases
// (Defender's automatic exclusions on Windows Server 2016 and later), and includes that need a feature (SQL Server FCIs).
import { describe, expect, it } from 'vitest';
import { renderExclusions } from '../../src/index.js';
import { createCatalog } from '../../src/schema/create-catalog.js';
import type { RulePack } from '../../src/types/pack.js';
import { clonePack, expectError } from '../helpers.js';

const source = { id: 'S', section: 'x' };

const pack: RulePack = {
  id: 'widget',
  name: 'Widget',
  vendor: 'Example',
  description: 'A test product.',
  versionScheme: {
    type: 'train',
    releases: [
      { id: '2019', name: 'Widget 2019' },
      { id: '2022', name: 'Widget 2022' },
      { id: '2025', name: 'Widget 2025' },
    ],
  },
  documentedVersions: ['2019', '2022', '2025'],
  osVersionScheme: {
    windows: {
      type: 'train',
      releases: [
        { id: '2012-r2', name: 'Windows Server 2012 R2' },
        { id: '2016', name: 'Windows Server 2016' },
        { id: '2019', name: 'Windows Server 2019' },
      ],
    },
  },
  platforms: ['windows'],
  roles: [{ id: 'server', name: 'Server', description: 'A server.' }],
  features: [],
  variables: [
    {
      name: 'WIDGET_MAJOR',
      description: 'The major version number in folder names.',
      hint: 'The number in the folder name.',
      type: 'name',
      multiple: false,
      versionDefaults: {
        windows: [
          { versions: '2019', value: '15', source },
          { versions: '2022', value: '16', source },
        ],
      },
    },
    {
      name: 'WIDGET_DIR',
      description: 'The data folder.',
      hint: 'Where the data is.',
      type: 'path',
      multiple: false,
      defaults: { windows: { value: '%ProgramFiles%\\Widget\\W{WIDGET_MAJOR}\\Data', source } },
    },
  ],
  sources: [{ id: 'S', title: 'Widget guide', url: 'https://example.com/widget', docVersion: '1', retrieved: '2026-11-30' }],
  rules: [
    {
      id: 'data-dir',
      kind: 'directory',
      value: '{WIDGET_DIR}',
      recursive: true,
      roles: ['server'],
      platforms: ['windows'],
      risk: 'low',
      rationale: 'Data.',
      source,
      provenance: 'vendor-page',
    },
    {
      id: 'auto-dir',
      kind: 'directory',
      value: '%SystemRoot%\\Widget',
      recursive: true,
      roles: ['server'],
      platforms: ['windows'],
      risk: 'low',
      managedBy: { by: 'Defender itself', scanner: 'defender', note: 'an automatic exclusion', osVersions: '>=2016' },
      rationale: 'Automatic.',
      source,
      provenance: 'vendor-page',
    },
  ],
  includes: [],
};

const catalog = createCatalog([pack]);
const resolve = (extra: Record<string, unknown> = {}) => catalog.resolveExclusions({ product: 'widget', roles: ['server'], ...extra });

describe('versionDefaults: a default that depends on the product version', () => {
  it('the version picks the default, and a template over it follows', () => {
    expect(resolve({ version: '2019' }).exclusions[0]!.value).toBe('%ProgramFiles%\\Widget\\W15\\Data');
    expect(resolve({ version: '2022' }).exclusions[0]!.value).toBe('%ProgramFiles%\\Widget\\W16\\Data');
    expect(resolve({ version: '2022' }).exclusions[0]!.defaultsUsed.sort()).toEqual(['WIDGET_DIR', 'WIDGET_MAJOR']);
  });

  it('a version without one leaves the variable, and what depends on it, to the caller', () => {
    const r = resolve({ version: '2025' });
    expect(r.unresolved.map((i) => [i.rule, i.variables])).toEqual([['widget/data-dir', ['WIDGET_DIR']]]);
    expect(resolve({ version: '2025', variables: { WIDGET_MAJOR: '17' } }).exclusions[0]!.value).toBe('%ProgramFiles%\\Widget\\W17\\Data');
  });

  it('a caller value wins over a version default', () => {
    expect(resolve({ version: '2019', variables: { WIDGET_MAJOR: '99' } }).exclusions[0]!.value).toBe('%ProgramFiles%\\Widget\\W99\\Data');
  });

  it('checkPacks refuses a range outside the version scheme, an unknown source and an unknown variable', () => {
    const broken = clonePack(pack);
    broken.variables[0]!.versionDefaults!.windows![0] = { versions: '>=banana', value: '{NOPE}', source: { id: 'Q', section: 'x' } };
    const error = expectError(() => createCatalog([broken]), 'INVALID_PACK');
    expect(error.issues).toEqual([
      'data/widget.json: $.variables[0].versionDefaults.windows[0].source.id: unknown source "Q"',
      'data/widget.json: $.variables[0].versionDefaults.windows[0].versions: ">=banana" is not a valid range in the train version scheme',
      'data/widget.json: $.variables[0].versionDefaults.windows[0].value: unknown variable {NOPE}',
    ]);
  });
});

describe('managedBy.osVersions: managed by a scanner on some OS releases only', () => {
  const auto = (extra: Record<string, unknown> = {}) =>
    resolve({ version: '2022', ...extra }).exclusions.find((i) => i.rule === 'widget/auto-dir')!;

  it('inside the range the item is managed; outside it is not; unknown keeps the range visible', () => {
    expect(auto({ osVersion: '2019' }).managedBy).toEqual({ by: 'Defender itself', scanner: 'defender', note: 'an automatic exclusion' });
    expect(auto({ osVersion: '2012 R2' }).managedBy).toBeUndefined();
    expect(auto().managedBy).toEqual({ by: 'Defender itself', scanner: 'defender', note: 'an automatic exclusion', osVersions: '>=2016' });
  });

  it('a Defender script leaves it out inside the range (and when the release is unknown, saying so), includes it outside', () => {
    const in2019 = renderExclusions(resolve({ version: '2022', osVersion: '2019' }), 'defender-powershell');
    expect(in2019.text).not.toContain("-ExclusionPath '%SystemRoot%\\Widget'");
    expect(in2019.skipped.map((s) => s.rule)).toEqual(['widget/auto-dir']);
    const in2012 = renderExclusions(resolve({ version: '2022', osVersion: '2012-r2' }), 'defender-powershell');
    expect(in2012.text).toContain("-ExclusionPath '%SystemRoot%\\Widget'");
    expect(in2012.skipped).toEqual([]);
    const unknown = renderExclusions(resolve({ version: '2022' }), 'defender-powershell');
    expect(unknown.skipped.map((s) => s.reason)).toEqual([
      'managed by the Defender itself (an automatic exclusion); only on OS releases >=2016, and no release was given: pass it to settle this',
    ]);
    expect(
      renderExclusions(resolve({ version: '2022', osVersion: '2019' }), 'defender-powershell', { includeManaged: true }).text,
    ).toContain("'%SystemRoot%\\Widget'");
  });

  it('checkPacks refuses a range that is not one of the pack OS releases', () => {
    const broken = clonePack(pack);
    broken.rules[1]!.managedBy!.osVersions = '>=2008';
    expect(expectError(() => createCatalog([broken]), 'INVALID_PACK').issues).toEqual([
      'data/widget.json: $.rules[1].managedBy.osVersions: ">=2008" is not a valid range of windows releases',
    ]);
    const noScheme = clonePack(pack);
    delete noScheme.osVersionScheme;
    expect(expectError(() => createCatalog([noScheme]), 'INVALID_PACK').issues).toEqual([
      'data/widget.json: $.rules[1].managedBy.osVersions: the pack declares no osVersionScheme for windows',
    ]);
  });
});

describe('includes.when: an include that applies only with features of the including pack', () => {
  const host: RulePack = {
    ...clonePack(pack),
    id: 'widget-cluster',
    versionScheme: { type: 'none' },
    documentedVersions: [],
    variables: [],
    features: [{ id: 'clustered', description: 'The widget runs clustered.' }],
    rules: [{ ...clonePack(pack).rules[1]!, id: 'own', value: '%SystemRoot%\\WidgetCluster', managedBy: undefined }],
  };
  delete host.rules[0]!.managedBy;
  const included: RulePack = {
    ...clonePack(host),
    id: 'widget-node',
    features: [],
    rules: [{ ...host.rules[0]!, id: 'node-dir', value: '%SystemRoot%\\Node' }],
  };
  host.includes = [{ role: 'server', product: 'widget-node', roles: ['server'], when: ['clustered'], source, provenance: 'vendor-page' }];
  const both = createCatalog([host, included]);

  it('with the feature on, the included items apply, with their via', () => {
    const r = both.resolveExclusions({ product: 'widget-cluster', roles: ['server'], features: ['clustered'] });
    expect(r.exclusions.map((i) => [i.value, i.via.map((v) => v.product)])).toEqual([
      ['%SystemRoot%\\WidgetCluster', ['widget-cluster']],
      ['%SystemRoot%\\Node', ['widget-cluster', 'widget-node']],
    ]);
  });

  it('without it, they are conditional on the feature', () => {
    const r = both.resolveExclusions({ product: 'widget-cluster', roles: ['server'] });
    expect(r.exclusions.map((i) => i.value)).toEqual(['%SystemRoot%\\WidgetCluster']);
    expect(r.conditional.map((i) => [i.rule, i.condition])).toEqual([['widget-node/node-dir', { features: ['clustered'] }]]);
  });

  it('checkPacks refuses an unknown feature', () => {
    const broken = clonePack(host);
    broken.includes[0]!.when = ['nope'];
    expect(expectError(() => createCatalog([broken, included]), 'INVALID_PACK').issues).toEqual([
      'data/widget-cluster.json: $.includes[0].when[0]: unknown feature "nope"',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { scannerLabel } from '../../src/render/scanners.js';
import { assertIncludeManaged, assertPlatform, renderWith, selectItems, type TargetSpec } from '../../src/render/target.js';
import { resolveImpl } from '../../src/resolve/resolve-impl.js';
import { packs } from '../fixtures/packs.js';
import { compileOrThrow, expectError } from '../helpers.js';
import { item, SESAM_LINUX, SESAM_SOURCE, WINDOWS } from './fixtures/resolutions.js';

const catalog = compileOrThrow(packs);
const windows = resolveImpl(catalog, { product: 'alpha', version: 'Old', roles: ['server'], platform: 'windows', features: ['db'] });
const linux = resolveImpl(catalog, { product: 'alpha', version: '2.0.0', roles: ['server'], platform: 'linux' });

describe('render/target', () => {
  it('refuses a resolution for another platform', () => {
    expect(() => assertPlatform(windows, 'defender-powershell', ['windows'])).not.toThrow();
    const error = expectError(() => assertPlatform(linux, 'defender-powershell', ['windows']), 'TARGET_PLATFORM_MISMATCH');
    expect(error.choices).toEqual(['windows']);
  });

  it('leaves installer-managed items to the installer on Defender targets only', () => {
    const defender = selectItems(windows, {}, 'defender');
    expect(defender.items.map((i) => i.rule)).not.toContain('alpha/managed');
    expect(defender.skipped).toEqual([
      { rule: 'alpha/managed', value: 'C:\\Alpha\\bsr\\*.*', reason: 'managed by the Alpha installer (added at install)' },
    ]);
    expect(selectItems(windows, { includeManaged: true }, 'defender').skipped).toEqual([]);
    expect(selectItems(windows, {}, null).items.map((i) => i.rule)).toContain('alpha/managed');
  });

  it('refuses includeManaged true only for a target of no scanner, naming the given targets of a scanner', () => {
    const spec = (id: string, scanner: TargetSpec['scanner']) => ({ id, scanner }) as TargetSpec;
    const targets = [spec('csv', null), spec('clamav-clamd', 'clamav'), spec('json', null), spec('defender-gpo', 'defender')];
    const [csv, clamd] = targets as [TargetSpec, TargetSpec];
    expect(() => assertIncludeManaged(clamd, { includeManaged: true }, targets)).not.toThrow();
    expect(() => assertIncludeManaged(csv, { includeManaged: false }, targets)).not.toThrow();
    expect(() => assertIncludeManaged(csv, {}, targets)).not.toThrow();
    const error = expectError(() => assertIncludeManaged(csv, { includeManaged: true }, targets), 'INVALID_OPTION');
    expect(error.value).toBe('csv');
    expect(error.choices).toEqual(['clamav-clamd', 'defender-gpo']);
    expect(error.message).toMatch(/^includeManaged applies to .* not to "csv", .*; valid: clamav-clamd, defender-gpo$/);
  });

  it('says in the reason that a managed item holds for real-time protection only and unless its setting is on', () => {
    const managed = windows.exclusions.find((i) => i.rule === 'alpha/managed')!;
    const automatic = structuredClone(windows);
    automatic.exclusions = [{ ...managed, managedBy: { ...managed.managedBy!, scans: 'real-time', disabledBy: 'DisableAutoExclusions' } }];
    expect(selectItems(automatic, {}, 'defender').skipped.map((s) => s.reason)).toEqual([
      'managed by the Alpha installer (added at install; real-time protection only; unless DisableAutoExclusions is on)',
    ]);
  });

  it('names the scanner in comments by its short name, or the target id for none', () => {
    expect(scannerLabel('defender', 'defender-gpo')).toBe('Defender');
    expect(scannerLabel('mdatp', 'mdatp-cli')).toBe('Defender');
    expect(scannerLabel('clamav', 'clamav-clamd')).toBe('ClamAV');
    expect(scannerLabel(null, 'csv')).toBe('csv');
  });
});

describe('renderWith', () => {
  const seen: { action?: string; items?: string[]; managed?: string[]; unexpressed?: string[] } = {};
  const spec: TargetSpec = {
    id: 'mdatp-json',
    platforms: ['linux'],
    actions: ['add'],
    noRemoveForm: 'a test reason',
    scanner: 'mdatp',
    skipsKinds: ['process', 'extension'],
    checkSkipped: (i) => {
      if (i.value.includes('bad')) throw new Error('checked');
    },
    eol: '\r\n',
    render: (context) => {
      seen.action = context.action;
      seen.items = context.items.map((i) => i.rule);
      seen.managed = context.managed.map((s) => s.rule);
      seen.unexpressed = context.unexpressed.map((s) => s.rule);
      context.warnings.push('from the format');
      return { lines: ['a', 'b'] };
    },
  };

  it('defaults the action, selects, skips kinds and joins the lines with the line ending', () => {
    const out = renderWith(spec, SESAM_LINUX);
    expect(seen.action).toBe('add');
    expect(seen.unexpressed).toEqual(['hyper-v/vhdx-extension', 'sep-sesam/sm-main-process', 'sep-sesam/postgres-process']);
    expect(seen.items).not.toContain('hyper-v/vhdx-extension');
    expect(out).toEqual({
      target: 'mdatp-json',
      text: 'a\r\nb\r\n',
      skipped: [
        {
          rule: 'sep-sesam/bsr-files',
          value: '/opt/sesam/bsr',
          reason: 'managed by the SEP sesam installer (added during installation, removed at uninstall)',
        },
        { rule: 'hyper-v/vhdx-extension', value: '.vhdx', reason: 'Defender has no extension exclusion' },
        { rule: 'sep-sesam/sm-main-process', value: '/opt/sesam/bin/sesam/sm_main', reason: 'Defender has no process exclusion' },
        { rule: 'sep-sesam/postgres-process', value: 'postgres', reason: 'Defender has no process exclusion' },
      ],
      conditional: [{ rule: 'sep-sesam/postgres-data', value: '/var/lib/pgsql', reason: 'applies only with feature postgresql on' }],
      warnings: ['from the format'],
    });
    expect('data' in out).toBe(false);
  });

  it('checks the option before the platform, the platform before the action', () => {
    expectError(() => renderWith(spec, WINDOWS, { action: 'delete' as never }), 'INVALID_OPTION');
    expectError(() => renderWith(spec, WINDOWS, { action: 'remove' }), 'TARGET_PLATFORM_MISMATCH');
    const error = expectError(() => renderWith(spec, SESAM_LINUX, { action: 'remove' }), 'INVALID_OPTION');
    expect(error.message).toBe('mdatp-json has no remove form: a test reason');
    expect(error.choices).toEqual(['add']);
  });

  it('checks the values of skipped items', () => {
    const bad = {
      ...SESAM_LINUX,
      exclusions: [item('linux', { rule: 'x/p', kind: 'process', template: 'bad', source: SESAM_SOURCE, via: [] })],
    };
    expect(() => renderWith(spec, bad)).toThrow('checked');
  });
});

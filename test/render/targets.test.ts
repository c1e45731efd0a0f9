import { describe, expect, it } from 'vitest';
import { RENDER_TARGETS, renderExclusions } from '../../src/render/render-exclusions.js';
import { TARGETS, targetSpec } from '../../src/render/targets.js';
import type { Resolution } from '../../src/types/resolution.js';
import { expectError } from '../helpers.js';
import { EMPTY_LINUX, HYPERV_WINDOWS, KERIO_MACOS, SESAM_LINUX, SESAM_WINDOWS, WINDOWS } from './fixtures/resolutions.js';

const sample = (platform: string): Resolution =>
  platform === 'windows' ? HYPERV_WINDOWS : platform === 'macos' ? KERIO_MACOS : SESAM_LINUX;

describe('the target registry', () => {
  it('declares every target once, under its own id, with platforms, actions and a line ending', () => {
    expect(Object.keys(TARGETS)).toEqual(RENDER_TARGETS);
    for (const id of RENDER_TARGETS) {
      const spec = TARGETS[id];
      expect(spec.id).toBe(id);
      expect(spec.platforms.length).toBeGreaterThan(0);
      expect(spec.actions[0]).toBe('add');
      expect(['\r\n', '\n']).toContain(spec.eol);
      if (!spec.actions.includes('remove' as never)) expect(spec.noRemoveForm).toBeTruthy();
    }
    expect(targetSpec('toString')).toBeUndefined();
    expect(targetSpec(42)).toBeUndefined();
  });

  it.each(RENDER_TARGETS)('%s ends every line with its declared line ending', (id) => {
    const spec = TARGETS[id];
    const { text } = renderExclusions(sample(spec.platforms[0]!), id);
    expect(text.endsWith(spec.eol)).toBe(true);
    if (spec.eol === '\n' && id !== 'json' && id !== 'markdown' && id !== 'mdatp-json') expect(text).not.toContain('\r\n');
    if (spec.eol === '\r\n') expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it.each(RENDER_TARGETS)('%s refuses the platforms it does not serve, and unknown actions', (id) => {
    const spec = TARGETS[id];
    for (const resolution of [HYPERV_WINDOWS, SESAM_LINUX, KERIO_MACOS]) {
      if (!spec.platforms.includes(resolution.query.platform))
        expectError(() => renderExclusions(resolution, id), 'TARGET_PLATFORM_MISMATCH');
    }
    expectError(() => renderExclusions(sample(spec.platforms[0]!), id, { action: 'delete' as never }), 'INVALID_OPTION');
  });

  it('refuses remove on the targets without an uninstall form, with their own message', () => {
    const json = expectError(() => renderExclusions(EMPTY_LINUX, 'mdatp-json', { action: 'remove' }), 'INVALID_OPTION');
    expect(json.message).toBe(
      'mdatp-json has no remove form: managed exclusions are removed by deploying mdatp_managed.json without these entries',
    );
    expect(json.choices).toEqual(['add']);
    const scan = expectError(() => renderExclusions(EMPTY_LINUX, 'clamav-clamscan', { action: 'remove' }), 'INVALID_OPTION');
    expect(scan.message).toBe('clamav-clamscan has no remove form: the exclusions live only in the script, so stop using it');
    const plist = expectError(() => renderExclusions(KERIO_MACOS, 'mdatp-plist', { action: 'remove' }), 'INVALID_OPTION');
    expect(plist.message).toBe(
      'mdatp-plist has no remove form: exclusions of a configuration profile are removed by deploying the profile without these entries',
    );
    expect(RENDER_TARGETS.filter((id) => TARGETS[id].actions.length === 1)).toEqual(['mdatp-json', 'mdatp-plist', 'clamav-clamscan']);
  });

  it.each(RENDER_TARGETS)('%s gives the values it passes in data (the review formats csv and markdown excepted)', (id) => {
    const { data } = renderExclusions(sample(TARGETS[id].platforms[0]!), id);
    if (id === 'csv' || id === 'markdown') expect(data).toBeUndefined();
    else expect(data).toBeDefined();
  });

  it('skips the kinds a target cannot express, with the reason', () => {
    for (const id of ['clamav-clamd', 'clamav-clamscan'] as const) {
      const out = renderExclusions(SESAM_LINUX, id);
      expect(out.skipped.filter((s) => s.reason === 'ClamAV has no process exclusion').map((s) => s.rule)).toEqual([
        'sep-sesam/sm-main-process',
        'sep-sesam/postgres-process',
      ]);
    }
    expect(renderExclusions(SESAM_LINUX, 'mdatp-cli').skipped.map((s) => s.rule)).toEqual(['sep-sesam/bsr-files']);
  });
});

describe('managed items, by scanner id', () => {
  const managedBy = (scanner: 'defender' | 'mdatp' | 'clamav', resolution: Resolution): Resolution => ({
    ...resolution,
    exclusions: resolution.exclusions.map((e) => (e.managedBy ? { ...e, managedBy: { ...e.managedBy, scanner } } : e)),
  });
  const managedRule = (r: Resolution): string => r.exclusions.find((e) => e.managedBy)!.rule;

  it('leaves out an item only on targets of the scanner its installer manages', () => {
    const defender = managedBy('defender', SESAM_WINDOWS);
    for (const id of ['defender-powershell', 'defender-gpo', 'defender-intune'] as const) {
      expect(renderExclusions(defender, id).skipped.map((s) => s.rule)).toEqual([managedRule(defender)]);
      expect(renderExclusions(defender, id, { includeManaged: true }).skipped).toEqual([]);
    }
    const clamav = managedBy('clamav', SESAM_WINDOWS);
    for (const id of ['defender-powershell', 'defender-gpo', 'defender-intune'] as const) {
      const out = renderExclusions(clamav, id);
      expect(out.skipped).toEqual([]);
      expect(out.warnings.join(' ')).not.toContain('managed exclusion(s)');
    }
    const mdatp = managedBy('defender', SESAM_LINUX);
    expect(renderExclusions(mdatp, 'mdatp-cli').skipped).toEqual([]);
    expect(renderExclusions(managedBy('mdatp', SESAM_LINUX), 'mdatp-json').skipped.map((s) => s.rule)).toEqual(['sep-sesam/bsr-files']);
  });

  it('leaves a ClamAV-managed item out of the ClamAV targets, saying so', () => {
    const clamav = managedBy('clamav', SESAM_LINUX);
    const out = renderExclusions(clamav, 'clamav-clamd');
    expect(out.skipped[0]).toEqual({
      rule: 'sep-sesam/bsr-files',
      value: '/opt/sesam/bsr',
      reason: 'managed by the SEP sesam installer (added during installation, removed at uninstall)',
    });
    expect(out.text).toContain('# Left out (managed): sep-sesam/bsr-files: /opt/sesam/bsr');
    expect(out.text).not.toContain('^/opt/sesam/bsr(');
    expect(out.warnings).toContain('1 managed exclusion(s) left out: an installer or the scanner itself adds them');
    expect(renderExclusions(managedBy('clamav', SESAM_LINUX), 'mdatp-cli').skipped).toEqual([]);
  });

  it('review formats list every item', () => {
    for (const id of ['json', 'csv', 'markdown'] as const) expect(renderExclusions(SESAM_WINDOWS, id).skipped).toEqual([]);
    expectError(() => renderExclusions(WINDOWS, 'clamav-clamd'), 'TARGET_PLATFORM_MISMATCH');
  });
});

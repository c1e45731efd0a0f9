import { describe, expect, it } from 'vitest';
import { auditExclusions } from '../../src/audit/audit.js';
import { missingOnly, renderAuditFix } from '../../src/audit/fix.js';
import { parseCurrentExclusions } from '../../src/audit/parse/index.js';
import { resolveExclusions } from '../../src/resolve/resolve-exclusions.js';
import { resolveMachine } from '../../src/resolve/resolve-machine.js';

// SEP sesam data stores on two volumes, one of them already excluded on the server.
const sesam = resolveExclusions({
  product: 'sep-sesam',
  version: '5.1.0',
  roles: ['server'],
  platform: 'windows',
  variables: { DATA_STORE_VOLUMES: ['E:\\', 'F:\\'] },
});
const current = parseCurrentExclusions('{"ExclusionPath":["E:\\\\"]}', 'defender-mppreference-json');

describe('missingOnly', () => {
  it('keeps the missing values of a rule with several values, not the covered ones', () => {
    const report = auditExclusions(sesam, current);
    const volumes = (r: typeof sesam) => r.exclusions.filter((i) => i.kind === 'volume').map((i) => i.value);
    expect(volumes(sesam)).toEqual(['E:\\', 'F:\\']);
    expect(volumes(missingOnly(sesam, report))).toEqual(['F:\\']);
  });

  it('keeps only exclusions, of the same kind of resolution', () => {
    const machine = resolveMachine({ platform: 'windows', osVersion: '2022', products: [{ product: 'hyper-v', roles: ['host'] }] });
    const fixed = missingOnly(machine, auditExclusions(machine, current));
    expect('machine' in fixed).toBe(true);
    expect(fixed.conditional).toEqual([]);
    expect(fixed.unresolved).toEqual([]);
    expect(fixed.exclusions.length).toBeGreaterThan(0);
    expect(fixed.exclusions.length).toBeLessThan(machine.exclusions.length);
  });
});

describe('renderAuditFix', () => {
  it('renders only the missing items, those an installer or Defender would add included', () => {
    const out = renderAuditFix(sesam, auditExclusions(sesam, current), 'defender-powershell');
    expect(out.data).toMatchObject({ paths: expect.arrayContaining(['F:\\']) });
    expect((out.data as { paths: string[] }).paths).not.toContain('E:\\');
    // The BSR Pro pattern is the installer's; missing here, so it is in the fix.
    expect((out.data as { paths: string[] }).paths.some((p) => p.includes('BSR Pro'))).toBe(true);
    expect(out.skipped).toEqual([]);
  });

  it('renders for every target of the platform, a review format listing the managed item without includeManaged', () => {
    const report = auditExclusions(sesam, current);
    for (const target of ['defender-powershell', 'defender-gpo', 'defender-intune', 'json', 'csv', 'markdown'] as const) {
      const out = renderAuditFix(sesam, report, target);
      expect(out.text, target).toContain('BSR Pro');
      expect(out.skipped, target).toEqual([]);
    }
  });

  it('renders for a scanner without managed items, too', () => {
    const kerio = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
    const report = auditExclusions(kerio, parseCurrentExclusions('ExcludePath ^/opt/kerio/mailserver/store/\n', 'clamav-clamd'));
    expect(renderAuditFix(kerio, report, 'clamav-clamd').data).toEqual({ patterns: ['^/opt/kerio/mailserver(/|$)'] });
  });
});

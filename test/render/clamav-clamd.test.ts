import { describe, expect, it } from 'vitest';
import { renderClamavClamd } from '../../src/render/clamav-clamd.js';
import { expectError } from '../helpers.js';
import { KERIO_LINUX, SESAM_WINDOWS, withValues } from './cases.js';

describe('renderClamavClamd', () => {
  it('writes anchored ExcludePath lines', () => {
    const lines = renderClamavClamd(withValues(KERIO_LINUX, ['/opt/kerio/mailserver', '/srv/a+b (x)'])).text.split('\n').filter((l) => l.startsWith('ExcludePath'));
    expect(lines).toEqual(['ExcludePath ^/opt/kerio/mailserver(/|$)', 'ExcludePath ^/srv/a\\+b \\(x\\)(/|$)']);
  });

  it('skips processes with a comment and a reason', () => {
    const out = renderClamavClamd(withValues(KERIO_LINUX, ['/usr/bin/x'], 'process'));
    expect(out.skipped).toEqual([{ rule: 'test/hostile-0', value: '/usr/bin/x', reason: 'ClamAV has no process exclusion' }]);
    expect(out.text).toContain('# Skipped test/hostile-0 (/usr/bin/x): ClamAV has no process exclusion.');
    expect(out.warnings.join(' ')).toContain('cannot be expressed');
  });

  it('lists the lines to delete for the uninstall form', () => {
    const text = renderClamavClamd(KERIO_LINUX, { action: 'remove' }).text;
    expect(text).toContain('# delete: ExcludePath ^/opt/kerio/mailserver(/|$)');
    expect(text.split('\n').some((l) => l.startsWith('ExcludePath'))).toBe(false);
  });

  it('refuses Windows resolutions and control characters', () => {
    expectError(() => renderClamavClamd(SESAM_WINDOWS), 'TARGET_PLATFORM_MISMATCH');
    expectError(() => renderClamavClamd(withValues(KERIO_LINUX, ['/x\nExcludePath .*'])), 'UNSAFE_VALUE');
  });
});

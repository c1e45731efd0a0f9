import { describe, expect, it } from 'vitest';
import { renderClamavClamscan } from '../../src/render/clamav-clamscan.js';
import { expectError } from '../helpers.js';
import { KERIO_LINUX, SESAM_WINDOWS, withValues } from './cases.js';

describe('renderClamavClamscan', () => {
  it('builds --exclude-dir and --exclude arguments', () => {
    expect(renderClamavClamscan(KERIO_LINUX).data).toEqual(['-r', '--exclude-dir=^/opt/kerio/mailserver(/|$)', '--exclude=^/opt/kerio/mailserver/']);
    expect(renderClamavClamscan(withValues(KERIO_LINUX, ['.vhdx'], 'extension')).data).toEqual(['-r', '--exclude=\\.vhdx$']);
    expect(renderClamavClamscan(withValues(KERIO_LINUX, ['/etc/a.conf'], 'file')).data).toEqual(['-r', '--exclude=^/etc/a\\.conf$']);
  });

  it('single-quotes each pattern in the script', () => {
    expect(renderClamavClamscan(withValues(KERIO_LINUX, ["/srv/it's"])).text).toContain("'--exclude-dir=^/srv/it'\\''s(/|$)'");
  });

  it('has no remove form and refuses Windows resolutions', () => {
    expectError(() => renderClamavClamscan(KERIO_LINUX, { action: 'remove' }), 'INVALID_OPTION');
    expectError(() => renderClamavClamscan(SESAM_WINDOWS), 'TARGET_PLATFORM_MISMATCH');
  });
});

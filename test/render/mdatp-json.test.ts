import { describe, expect, it } from 'vitest';
import { renderMdatpJson } from '../../src/render/mdatp-json.js';
import { resolveExclusions } from '../../src/index.js';
import { expectError } from '../helpers.js';
import { KERIO_LINUX, SESAM_WINDOWS } from './cases.js';

describe('renderMdatpJson', () => {
  it('writes every entry with explicit epp scopes', () => {
    const r = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux', variables: { DATA_STORE_VOLUMES: '/srv/store' } });
    const data = renderMdatpJson(r).data as { exclusionSettings: { exclusions: Record<string, unknown>[] } };
    expect(data.exclusionSettings.exclusions).toEqual([
      { $type: 'excludedPath', isDirectory: true, path: '/opt/sesam', scopes: ['epp'] },
      { $type: 'excludedPath', isDirectory: true, path: '/var/opt/sesam/var', scopes: ['epp'] },
      { $type: 'excludedPath', isDirectory: true, path: '/srv/store', scopes: ['epp'] },
    ]);
  });

  it('says to merge, and has no remove form', () => {
    expect(renderMdatpJson(KERIO_LINUX).warnings[0]).toContain('merge this fragment');
    expectError(() => renderMdatpJson(KERIO_LINUX, { action: 'remove' }), 'INVALID_OPTION');
  });

  it('is Linux only', () => {
    expectError(() => renderMdatpJson(SESAM_WINDOWS), 'TARGET_PLATFORM_MISMATCH');
    expectError(() => renderMdatpJson(resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'macos' })), 'TARGET_PLATFORM_MISMATCH');
  });
});

import { describe, expect, it } from 'vitest';
import { renderExclusions } from '../../src/render/render-exclusions.js';
import type { RenderTarget } from '../../src/render/types.js';
import { resolveExclusions } from '../../src/resolve/resolve-exclusions.js';
import { ASR_HYPERV, KERIO_LINUX, KERIO_MACOS, SESAM_WINDOWS } from './cases.js';

// One resolution per workload pack, as an admin would ask for it.
const DOCKER_LINUX = resolveExclusions({ product: 'docker', roles: ['host'], platform: 'linux' });
const SCSM_MANAGEMENT = resolveExclusions({ product: 'scsm', roles: ['management-server'], platform: 'windows' });
const DC_2019 = resolveExclusions({ product: 'windows-server', roles: ['domain-controller'], platform: 'windows', osVersion: '2019' });
const CM_CLIENT = resolveExclusions({ product: 'configmgr', roles: ['client'], platform: 'windows' });
const SQL_2022 = resolveExclusions({ product: 'sql-server', version: '2022', roles: ['database-engine'], platform: 'windows' });

// Golden files: the exact bytes of every target for the three reference resolutions (install and uninstall forms).
// Review a change to them like code; `npx vitest run -u test/render/golden.test.ts` rewrites them.
const WINDOWS: [RenderTarget, string][] = [
  ['defender-powershell', 'ps1'],
  ['defender-gpo', 'reg'],
  ['defender-intune', 'txt'],
];
const POSIX: [RenderTarget, string][] = [
  ['mdatp-cli', 'sh'],
  ['mdatp-json', 'json'],
  ['clamav-clamd', 'conf'],
  ['clamav-clamscan', 'sh'],
];
const MACOS: [RenderTarget, string][] = [['mdatp-plist', 'plist']];
const ANY: [RenderTarget, string][] = [
  ['json', 'json'],
  ['csv', 'csv'],
  ['markdown', 'md'],
];
const REMOVABLE = new Set<RenderTarget>(['defender-powershell', 'defender-gpo', 'defender-intune', 'mdatp-cli', 'clamav-clamd']);

describe.each([
  ['sep-sesam-5.0.0-server-windows-postgresql', SESAM_WINDOWS, [...WINDOWS, ...ANY]],
  ['kerio-connect-server-linux', KERIO_LINUX, [...POSIX, ...ANY]],
  ['azure-site-recovery-hyper-v-host', ASR_HYPERV, [...WINDOWS, ...ANY]],
  ['docker-host-linux', DOCKER_LINUX, [...POSIX, ...ANY]],
  ['sql-server-2022-database-engine', SQL_2022, [...WINDOWS, ...ANY]],
  ['scsm-management-server', SCSM_MANAGEMENT, [...WINDOWS, ...ANY]],
  ['windows-server-domain-controller-2019', DC_2019, [...WINDOWS, ...ANY]],
  ['configmgr-client', CM_CLIENT, [...WINDOWS, ...ANY]],
  ['kerio-connect-server-macos', KERIO_MACOS, MACOS],
] as const)('%s', (name, resolution, targets) => {
  it.each(targets)('%s', async (target, ext) => {
    const out = renderExclusions(resolution, target);
    expect(out.text).toBe(renderExclusions(resolution, target).text);
    await expect(out.text).toMatchFileSnapshot(`golden/${name}/${target}.${ext}`);
    if (REMOVABLE.has(target)) {
      await expect(renderExclusions(resolution, target, { action: 'remove' }).text).toMatchFileSnapshot(
        `golden/${name}/${target}.remove.${ext}`,
      );
    }
  });
});

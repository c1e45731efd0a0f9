// One test per statement of KB 327453 "Recommended antivirus exclusions for Configuration Manager site servers, site
// systems, and clients" (ms.date 03/25/2022, the newer revision d06158ec), over the public functions.
import { describe, expect, it } from 'vitest';
import { resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';
import { loadPacks } from '../data/load.js';

type Query = Parameters<typeof resolveExclusions<'configmgr'>>[0];
const cm = (role: Query['roles'][number], extra: Partial<Query> = {}) =>
  resolveExclusions({ product: 'configmgr', roles: [role], platform: 'windows', ...extra });
const own = (r: Resolution) => r.exclusions.filter((i) => i.rule.startsWith('configmgr/')).map((i) => i.value);
const CM = '%ProgramFiles%\\Microsoft Configuration Manager';

describe('Configuration Manager (KB 327453)', () => {
  it('the pinned revision is the newer of the two with ms.date 03/25/2022', () => {
    expect(loadPacks().find((p) => p.id === 'configmgr')!.sources[0]!.docVersion).toContain('d06158ec29dbef4f076ddc4cf20c70ade060afff');
  });

  it("default installation folders are variables with the article's defaults, assumed with a warning", () => {
    const r = cm('client');
    expect(r.warnings.map((w) => w.code)).toContain('DEFAULTS_ASSUMED');
    expect(own(cm('site-server', { variables: { CM_INSTALL_DIR: 'D:\\CM' } }))).toContain('D:\\CM\\Inboxes');
  });

  it('site servers: Inboxes, Logs, EasySetupPayload and ContentLib_drive\\SCCMContentLib (remote content library noted)', () => {
    const r = cm('site-server');
    expect(own(r)).toEqual([`${CM}\\Inboxes`, `${CM}\\Logs`, `${CM}\\EasySetupPayload`, 'C:\\SCCMContentLib']);
    expect(r.exclusions[3]!.notes!.join(' ')).toMatch(/remote content library/);
  });

  it('management points: ServiceData, either outboxes folder, POL00000.pol; the outgoing-files advice is a note', () => {
    const r = cm('management-point');
    expect(own(r)).toEqual([
      '%ProgramFiles%\\SMS_CCM\\ServiceData',
      `${CM}\\MP\\OUTBOXES`,
      '%ProgramFiles%\\SMS_CCM\\PolReqStaging\\POL00000.pol',
    ]);
    expect(own(cm('management-point', { variables: { CM_INSTALL_DRIVE: 'E:' } }))).toContain('E:\\SMS\\MP\\OUTBOXES');
    expect(r.exclusions[0]!.notes!.join(' ')).toMatch(/Scan only incoming files/);
  });

  it('distribution points: ServiceData and the content library and package folders on ContentLib_drive', () => {
    expect(own(cm('distribution-point', { variables: { CM_CONTENTLIB_DRIVE: 'E:', CM_CONTENTLIB_DRIVE_LETTER: 'E' } }))).toEqual([
      '%Windir%\\CCM\\ServiceData',
      'E:\\SCCMContentLib',
      'E:\\SMS_DP$',
      'E:\\SMSPKG',
      'E:\\SMSPKGSIG',
      'E:\\SMSSIG$',
      'E:\\SMSPKGE$',
    ]);
  });

  it("site database servers: SQL Server's own guidance, included with its via", () => {
    const r = cm('site-database-server');
    expect(r.exclusions.find((i) => i.value === 'sqlservr.exe')!.via).toEqual([
      { product: 'configmgr', role: 'site-database-server' },
      { product: 'sql-server', role: 'database-engine' },
    ]);
    const include = loadPacks().find((p) => p.id === 'configmgr')!.includes[0]!;
    expect(include).toMatchObject({ product: 'sql-server', roles: ['database-engine'], provenance: 'vendor-page' });
  });

  it("clients: the client folder's .sdf files, ServiceData, ScriptStore, Logs, temp and the fixed Windows folders", () => {
    expect(own(cm('client'))).toEqual([
      '%Windir%\\CCM\\*.sdf',
      '%Windir%\\CCM\\ServiceData',
      '%Windir%\\CCM\\ScriptStore',
      '%Windir%\\CCM\\Logs',
      '%Windir%\\CCM\\temp',
      'C:\\Windows\\CCMCache',
      'C:\\Windows\\CCMSetup',
      'C:\\Windows\\Setup\\Scripts',
      'C:\\Windows\\SMSTSPostUpgrade',
      'C:\\Program Files\\Microsoft Policy Platform\\authorityDb\\*.sdf',
    ]);
  });

  it('process exclusions only "if aggressive antivirus programs consider Configuration Manager executables to be high-risk"', () => {
    const off = cm('client');
    expect(off.exclusions.some((i) => i.kind === 'process')).toBe(false);
    expect(off.conditional.filter((i) => i.kind === 'process').every((i) => i.condition.features![0] === 'aggressive-antivirus')).toBe(
      true,
    );
    const on = cm('client', { features: ['aggressive-antivirus'] });
    expect(on.exclusions.filter((i) => i.kind === 'process').map((i) => i.value)).toEqual([
      '%Windir%\\CCM\\Ccmexec.exe',
      '%Windir%\\CCM\\Ccmrepair.exe',
      '%Windir%\\CCM\\ScClient.exe',
      '%Windir%\\CCM\\CcmAADBroker.exe',
      '%Windir%\\CCM\\RemCtrl\\CmRcService.exe',
      '%windir%\\CCMSetup\\Ccmsetup.exe',
      '%windir%\\CCMSetup\\autoupgrade\\Ccmsetup*.exe',
    ]);
    expect(on.exclusions.at(-1)!.notes!.join(' ')).toMatch(/1910/);
  });

  it('site processes: Smsexec and Sitecomp on site systems; Smswriter and Cmupdate on the site server; Smssqlbkup on the database server', () => {
    const site = cm('site-server', { features: ['aggressive-antivirus'] });
    expect(own(site).filter((v) => v.endsWith('.exe'))).toEqual([
      `${CM}\\bin\\x64\\Smsexec.exe`,
      `${CM}\\bin\\x64\\Sitecomp.exe`,
      `${CM}\\bin\\x64\\Smswriter.exe`,
      `${CM}\\bin\\x64\\Cmupdate.exe`,
    ]);
    expect(own(cm('management-point', { features: ['aggressive-antivirus'] }))).toContain('%ProgramFiles%\\SMS_CCM\\Ccmexec.exe');
    expect(own(cm('site-database-server', { features: ['aggressive-antivirus'] }))).toContain(`${CM}\\bin\\x64\\Smssqlbkup.exe`);
  });
});

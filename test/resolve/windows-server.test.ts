// One test per statement of "Microsoft Defender Antivirus exclusions on Windows Server" (defender-docs 006b8a9f,
// ms.date 08/21/2023): built-in exclusions on every Windows version, automatic role exclusions on Windows Server 2016
// and later, over the public functions.
import { describe, expect, it } from 'vitest';
import { renderExclusions, resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';
import { expectError } from '../helpers.js';

type Role = Parameters<typeof resolveExclusions<'windows-server'>>[0]['roles'][number];
const ws = (role: Role, extra: Partial<Parameters<typeof resolveExclusions<'windows-server'>>[0]> = {}) =>
  resolveExclusions({ product: 'windows-server', roles: [role], platform: 'windows', ...extra });
const values = (r: Resolution) => r.exclusions.map((i) => i.value);
const byValue = (r: Resolution, value: string) => r.exclusions.find((i) => i.value === value)!;

describe('automatic server-role exclusions: Defender applies them itself on Windows Server 2016 and later', () => {
  it('on 2019 the items carry managedBy (Defender, no range left); on 2012 R2 they do not; without a release the range stays', () => {
    expect(byValue(ws('domain-controller', { osVersion: '2019' }), '%windir%\\Ntds\\ntds.dit').managedBy).toMatchObject({
      scanner: 'defender',
      by: 'Defender automatic server-role exclusions',
    });
    expect(byValue(ws('domain-controller', { osVersion: '2019' }), '%windir%\\Ntds\\ntds.dit').managedBy!.osVersions).toBeUndefined();
    expect(byValue(ws('domain-controller', { osVersion: '2012 R2' }), '%windir%\\Ntds\\ntds.dit').managedBy).toBeUndefined();
    expect(byValue(ws('domain-controller'), '%windir%\\Ntds\\ntds.dit').managedBy!.osVersions).toBe('>=2016');
  });

  it('a Defender script on 2019 leaves them out with a comment; on 2012 R2 it adds them', () => {
    const on2019 = renderExclusions(ws('domain-controller', { osVersion: '2019' }), 'defender-powershell');
    expect(on2019.text).not.toContain('Add-MpPreference');
    expect(on2019.text).toContain(
      '#   windows-server/lsass-process: %systemroot%\\System32\\lsass.exe (managed by the Defender automatic server-role exclusions',
    );
    const on2012 = renderExclusions(ws('domain-controller', { osVersion: '2012-r2' }), 'defender-powershell');
    expect(on2012.text).toContain("Add-MpPreference -ExclusionPath '%windir%\\Ntds\\ntds.dit'");
    expect(on2012.text).toContain("Add-MpPreference -ExclusionProcess '%systemroot%\\System32\\lsass.exe'");
    expect(on2012.skipped).toEqual([]);
  });

  it('without a release, Defender targets treat them as managed and say the release would settle it', () => {
    const out = renderExclusions(ws('dns-server'), 'defender-gpo');
    expect(out.skipped.map((s) => s.reason)).toContain(
      "managed by the Defender automatic server-role exclusions (applied when the role is installed on Windows Server 2016 and later, at the role's default paths only; real-time protection only; unless DisableAutoExclusions is on); only on OS releases >=2016, and no release was given: pass it to settle this",
    );
  });

  it('every other scanner target renders them: a review CSV, and Defender with --include-managed', () => {
    const r = ws('web-server', { osVersion: '2022' });
    expect(renderExclusions(r, 'csv').text).toContain('%SystemRoot%\\system32\\inetsrv\\w3wp.exe');
    expect(renderExclusions(r, 'defender-powershell', { includeManaged: true }).text).toContain(
      "Add-MpPreference -ExclusionProcess '%SystemRoot%\\system32\\inetsrv\\w3wp.exe'",
    );
  });

  it('"Automatic exclusions only apply to real-time protection", "only exclude default paths", 2012 R2 has none: in the notes', () => {
    const notes = byValue(ws('dhcp-server'), '%systemroot%\\System32\\DHCP\\*\\*.mdb').notes!.join(' ');
    expect(notes).toMatch(/default locations/);
    expect(notes).toMatch(/2012 R2 does not apply automatic role exclusions/);
    expect(notes).toMatch(/some, but not all/);
  });
});

describe('"A few important points": automatic exclusions apply to real-time protection only and can be turned off', () => {
  const automaticRoles = [
    'domain-controller',
    'dns-server',
    'dhcp-server',
    'web-server',
    'wsus',
    'print-server',
    'file-and-storage',
    'hyper-v',
  ] as const;

  it('every automatic server-role item says so in managedBy: scans real-time, disabledBy DisableAutoExclusions', () => {
    for (const role of automaticRoles) {
      const managed = ws(role, { osVersion: '2019' }).exclusions.filter((i) => i.managedBy !== undefined);
      expect(managed.length).toBeGreaterThan(0);
      for (const item of managed) {
        expect(item.managedBy).toEqual({
          by: 'Defender automatic server-role exclusions',
          scanner: 'defender',
          note: "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
          disabledBy: 'DisableAutoExclusions',
          scans: 'real-time',
        });
      }
    }
  });

  it('built-in exclusions carry neither: the page states both for the automatic ones only', () => {
    for (const item of ws('base', { osVersion: '2019' }).exclusions) {
      expect(item.managedBy!.by).toBe('Defender built-in exclusions');
      expect(item.managedBy!.disabledBy).toBeUndefined();
      expect(item.managedBy!.scans).toBeUndefined();
    }
  });

  it('a Defender script names both limits for each item it leaves out', () => {
    const out = renderExclusions(ws('hyper-v', { osVersion: '2022' }), 'defender-powershell');
    expect(out.text).not.toContain('Add-MpPreference');
    expect(out.text).toContain(
      "#   windows-server/hyper-v-vmms-process: %systemroot%\\System32\\Vmms.exe (managed by the Defender automatic server-role exclusions (applied when the role is installed on Windows Server 2016 and later, at the role's default paths only; real-time protection only; unless DisableAutoExclusions is on))",
    );
  });
});

describe('Hyper-V exclusions: "delivered automatically when you install the Hyper-V role"', () => {
  // The page's table, as written: file types, folders, processes.
  const FILE_TYPES = ['*.vhd', '*.vhdx', '*.avhd', '*.avhdx', '*.vsv', '*.iso', '*.rct', '*.vmcx', '*.vmrs'];
  const FOLDERS = [
    '%ProgramData%\\Microsoft\\Windows\\Hyper-V',
    '%ProgramFiles%\\Hyper-V',
    '%SystemDrive%\\ProgramData\\Microsoft\\Windows\\Hyper-V\\Snapshots',
    '%Public%\\Documents\\Hyper-V\\Virtual Hard Disks',
  ];
  const PROCESSES = ['%systemroot%\\System32\\Vmms.exe', '%systemroot%\\System32\\Vmwp.exe'];
  const r = ws('hyper-v', { osVersion: '2019' });
  const ofKind = (kind: string) => r.exclusions.filter((i) => i.kind === kind);

  it('file types as extension rules, folders as recursive directory rules, processes by full path: nothing more', () => {
    expect(ofKind('extension').map((i) => `*${i.value}`)).toEqual(FILE_TYPES);
    expect(ofKind('directory').map((i) => i.value)).toEqual(FOLDERS);
    expect(ofKind('directory').every((i) => i.recursive)).toBe(true);
    expect(ofKind('process').map((i) => i.value)).toEqual(PROCESSES);
    expect(r.exclusions).toHaveLength(FILE_TYPES.length + FOLDERS.length + PROCESSES.length);
    expect(r.conditional).toEqual([]);
    expect(r.unresolved).toEqual([]);
  });

  it('each cites the Hyper-V section of the page, row by row, as vendor-page', () => {
    const row = { extension: 'File types', directory: 'Folders', process: 'Processes' } as Record<string, string>;
    for (const item of r.exclusions) {
      expect(item.source.id).toBe('W1');
      expect(item.source.section).toBe(`Automatic server role exclusions: Hyper-V exclusions: ${row[item.kind]}`);
      expect(item.provenance).toBe('vendor-page');
      expect(item.notes).toContain('The page lists some, but not all, of the built-in and automatic exclusions.');
    }
  });

  it('Defender manages them on 2016 and later only; on 2012 R2 they are yours to set', () => {
    expect(r.exclusions.every((i) => i.managedBy?.by === 'Defender automatic server-role exclusions')).toBe(true);
    expect(ws('hyper-v', { osVersion: '2012 R2' }).exclusions.every((i) => i.managedBy === undefined)).toBe(true);
    expect(ws('hyper-v').exclusions.every((i) => i.managedBy?.osVersions === '>=2016')).toBe(true);
  });

  it('.iso is high risk: Defender excludes every disc image on the host', () => {
    const iso = r.exclusions.find((i) => i.value === '.iso')!;
    expect([iso.risk, iso.riskNote]).toEqual(['high', expect.stringContaining('anywhere on it')]);
  });
});

describe('built-in exclusions: operating system files on every Windows version', () => {
  it("temp.edb, Windows Update, Windows Security, Group Policy, WINS, FRS, DFSR files and the DFSR processes: always Defender's own", () => {
    for (const osVersion of ['2012-r2', '2022']) {
      const r = ws('base', { osVersion });
      expect(values(r)).toEqual(
        expect.arrayContaining([
          '%windir%\\SoftwareDistribution\\Datastore\\*\\tmp.edb',
          '%ProgramData%\\Microsoft\\Search\\Data\\Applications\\Windows\\windows.edb',
          '%windir%\\SoftwareDistribution\\Datastore\\*\\Res\\*.log',
          '%windir%\\Security\\database\\*.sdb',
          '%allusersprofile%\\NTUser.pol',
          '%systemroot%\\System32\\Wins\\*\\*.mdb',
          '%systemroot%\\SysWow64\\LogFiles',
          '%windir%\\Ntfrs\\jet\\*\\Ntfrs.jdb',
          '%systemroot%\\Sysvol\\*\\Ntfrs_cmp*',
          '%systemdrive%\\System Volume Information\\DFSR\\$db_normal$',
          '%systemdrive%\\System Volume Information\\DFSR\\Fsr*.jrs',
          '%systemroot%\\System32\\dfsrs.exe',
        ]),
      );
      expect(r.exclusions.every((i) => i.managedBy?.by === 'Defender built-in exclusions' && i.managedBy.osVersions === undefined)).toBe(
        true,
      );
      expect(renderExclusions(r, 'defender-powershell').text).not.toContain('Add-MpPreference');
      expect(renderExclusions(r, 'csv').text).toContain('Ntfrs.jdb');
    }
  });
});

describe('role lists', () => {
  it('SYSVOL files (automatic) and the AD DS database, logs, working folder and processes', () => {
    const r = ws('domain-controller', { osVersion: '2012-r2' });
    expect(values(r)).toEqual(
      expect.arrayContaining([
        '%systemroot%\\Sysvol\\Domain\\*.admx',
        '%systemroot%\\Sysvol\\Domain\\*Scripts.ini',
        '%windir%\\Ntds\\ntds.dit',
        '%windir%\\Ntds\\EDB*.log',
        '%windir%\\Ntds\\TEMP.edb',
        '%windir%\\Ntds\\Edb.chk',
        '%systemroot%\\System32\\ntfrs.exe',
      ]),
    );
    expect(values(r)).not.toContain('.inf');
  });

  it('lsass.exe on domain controllers is high risk, saying why', () => {
    const lsass = byValue(ws('domain-controller'), '%systemroot%\\System32\\lsass.exe');
    expect(lsass.risk).toBe('high');
    expect(lsass.riskNote).toMatch(/credential thieves/);
  });

  it("SYSVOL replicated by FRS or by DFSR: a feature each, with the page's files in Sysvol\\Domain or Sysvol_DFSR\\Domain", () => {
    const r = ws('domain-controller', { osVersion: '2012-r2' });
    expect(r.conditional.filter((i) => i.condition.features?.[0] === 'sysvol-dfsr')).toHaveLength(10);
    const dfsr = ws('domain-controller', { osVersion: '2012-r2', features: ['sysvol-dfsr'] });
    expect(values(dfsr)).toEqual(
      expect.arrayContaining(['%systemroot%\\Sysvol_DFSR\\Domain\\*.inf', '%systemroot%\\Sysvol_DFSR\\Domain\\Registry.tmp']),
    );
    const frs = ws('domain-controller', { osVersion: '2012-r2', features: ['sysvol-frs'] });
    expect(byValue(frs, '%systemroot%\\Sysvol\\Domain\\*.adm').duplicates.map((d) => d.rule)).toEqual(['windows-server/sysvol-frs-adm']);
    expect(values(frs)).toContain('%systemroot%\\Sysvol\\Domain\\Registry.tmp');
  });

  it('DHCP Server: five patterns under System32\\DHCP', () => {
    expect(values(ws('dhcp-server')).filter((v) => v.startsWith('%systemroot%\\System32\\DHCP\\'))).toHaveLength(5);
  });

  it('DNS Server: log, dns, scc and BOOT patterns, and dns.exe', () => {
    expect(values(ws('dns-server'))).toEqual([
      '%systemroot%\\System32\\Dns\\*\\*.log',
      '%systemroot%\\System32\\Dns\\*\\*.dns',
      '%systemroot%\\System32\\Dns\\*\\*.scc',
      '%systemroot%\\System32\\Dns\\*\\BOOT',
      '%systemroot%\\System32\\dns.exe',
    ]);
  });

  it('File and Storage Services: ClusterStorage and mscs; the cluster account temp folder once you name it', () => {
    expect(values(ws('file-and-storage'))).toEqual(['%SystemDrive%\\ClusterStorage', '%SystemDrive%\\mscs']);
    expect(values(ws('file-and-storage', { variables: { CLUSTER_SERVICE_TEMP_DIR: 'D:\\ClusterTemp' } }))).toContain('D:\\ClusterTemp');
  });

  it("a temp folder inside a user profile is refused, even the cluster account's: Microsoft's common-mistakes page says never", () => {
    const error = expectError(
      () => ws('file-and-storage', { variables: { CLUSTER_SERVICE_TEMP_DIR: 'C:\\Users\\cliusr\\AppData\\Local\\Temp' } }),
      'UNSAFE_VALUE',
    );
    expect(error.message).toContain('Common mistakes to avoid when defining exclusions');
  });

  it('Print Server: .shd, .spl, the printers folder (corrected %system32%, high risk, never the parent) and spoolsv.exe', () => {
    const r = ws('print-server');
    expect(values(r)).toEqual(['.shd', '.spl', '%SystemRoot%\\System32\\spool\\printers', 'spoolsv.exe']);
    const spool = byValue(r, '%SystemRoot%\\System32\\spool\\printers');
    expect(spool.correction!.original).toBe('%system32%\\spool\\printers\\*');
    expect([spool.risk, spool.riskNote]).toEqual(['high', expect.stringContaining('%Windir%\\System32\\Spool')]);
  });

  it('Web Server: five folders (wwwroot high risk), both w3wp.exe (high risk, Exchange dropped it in 2023) and php-cgi.exe', () => {
    const r = ws('web-server');
    expect(values(r)).toHaveLength(8);
    expect(byValue(r, '%systemDrive%\\inetpub\\wwwroot').risk).toBe('high');
    for (const w3wp of ['%SystemRoot%\\system32\\inetsrv\\w3wp.exe', '%SystemRoot%\\SysWOW64\\inetsrv\\w3wp.exe']) {
      expect(byValue(r, w3wp).risk).toBe('high');
      expect(byValue(r, w3wp).riskNote).toMatch(/Exchange.*February 2023/);
    }
    expect(values(r)).toContain('%SystemDrive%\\PHP5433\\php-cgi.exe');
  });

  it('WSUS: WSUSContent, UpdateServicesDBFiles and the SoftwareDistribution Datastore and Download folders', () => {
    expect(values(ws('wsus'))).toEqual([
      '%systemroot%\\WSUS\\WSUSContent',
      '%systemroot%\\WSUS\\UpdateServicesDBFiles',
      '%systemroot%\\SoftwareDistribution\\Datastore',
      '%systemroot%\\SoftwareDistribution\\Download',
    ]);
  });
});

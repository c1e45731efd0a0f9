// One test per statement of KB 309422 "Configure antivirus software to work with SQL Server" (ms.date 05/26/2025),
// with the folder numbers of "File locations for default and named instances of SQL Server", over the public API.
import { describe, expect, it } from 'vitest';
import { renderExclusions, resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';
import { loadPacks } from '../data/load.js';

type Extra = Partial<Parameters<typeof resolveExclusions<'sql-server'>>[0]>;
const sql = (extra: Extra = {}) =>
  resolveExclusions({ product: 'sql-server', roles: ['database-engine'], platform: 'windows', version: '2022', ...extra });
const values = (r: Resolution) => r.exclusions.map((i) => i.value);
const item = (r: Resolution, rule: string) => r.exclusions.find((i) => i.rule === `sql-server/${rule}`)!;
const conditional = (r: Resolution) => r.conditional.map((i) => [i.rule, i.condition.features]);
const PF = '%ProgramFiles%\\Microsoft SQL Server';

describe('SQL Server versions and instances (file-locations page)', () => {
  it.each([
    ['2014', 'MSSQL12', '120'],
    ['2016', 'MSSQL13', '130'],
    ['2017', 'MSSQL14', '140'],
    ['2019', 'MSSQL15', '150'],
    ['2022', 'MSSQL16', '160'],
  ])('SQL Server %s: the instance folder is %s.MSSQLSERVER, the shared folder %s', (version, folder, nnn) => {
    const r = sql({ version });
    expect(values(r)).toContain(`${PF}\\${folder}.MSSQLSERVER\\MSSQL\\DATA`);
    expect(values(r)).toContain(`${PF}\\${nnn}\\Shared\\SQLDumper.exe`);
    expect(r.warnings.map((w) => w.code)).toContain('DEFAULTS_ASSUMED');
  });

  it('a named instance: the instance name is a variable (default MSSQLSERVER); several instances give several folders', () => {
    const r = sql({ version: '2019', variables: { SQL_INSTANCE_NAME: ['SALES', 'HR'] } });
    expect(values(r)).toEqual(expect.arrayContaining([`${PF}\\MSSQL15.SALES\\MSSQL\\DATA`, `${PF}\\MSSQL15.HR\\MSSQL\\Backup`]));
    expect(values(r).some((v) => v.includes('MSSQLSERVER'))).toBe(false);
  });

  it('folders moved by the DBA are passed as they are; the instance root moves everything under it', () => {
    const moved = sql({ variables: { SQL_DATA_DIRS: ['E:\\Data'], SQL_INSTANCE_ROOT: ['D:\\SQL\\MSSQL16.MSSQLSERVER'] } });
    expect(values(moved)).toEqual(expect.arrayContaining(['E:\\Data', 'D:\\SQL\\MSSQL16.MSSQLSERVER\\MSSQL\\Backup']));
  });

  it('SQL Server 2025: the page gives no folder number, so the instance folders wait for SQL_MAJOR and SQL_NNN', () => {
    const r = sql({ version: '2025' });
    expect(r.unresolved.map((i) => i.rule).sort()).toEqual([
      'sql-server/backup-dirs',
      'sql-server/data-dirs',
      'sql-server/sqldumper-process',
    ]);
    expect(r.unresolved.find((i) => i.rule === 'sql-server/data-dirs')!.variables).toEqual(['SQL_DATA_DIRS']);
    const given = sql({ version: '2025', variables: { SQL_MAJOR: '17', SQL_NNN: '170' } });
    expect(values(given)).toContain(`${PF}\\MSSQL17.MSSQLSERVER\\MSSQL\\DATA`);
  });

  it('both sources are cited with their pinned revisions', () => {
    const pack = loadPacks().find((p) => p.id === 'sql-server')!;
    expect(pack.sources.map((s) => s.docVersion)).toEqual([
      expect.stringContaining('fdd72a755a73201fe815a9edb2f71dea6097dc9a'),
      expect.stringContaining('4e7efce5847a0a69d5d3b7d36cb1807492aab591'),
    ]);
    expect(item(sql(), 'data-dirs').source.section).toContain('default data directory');
  });
});

describe('KB 309422: Database Engine', () => {
  it('processes: sqlservr.exe, sqlagent.exe, sqlbrowser.exe (bare names) and SQLDumper, stored with <nnn> and a correction', () => {
    const r = sql();
    const processes = r.exclusions.filter((i) => i.kind === 'process').map((i) => i.value);
    expect(processes).toEqual(['sqlservr.exe', 'sqlagent.exe', 'sqlbrowser.exe', `${PF}\\160\\Shared\\SQLDumper.exe`]);
    expect(item(r, 'sqldumper-process').correction!.original).toBe('%ProgramFiles%\\Microsoft SQL Server\\1<NN>\\Shared\\SQLDumper.exe');
  });

  it('data files (.mdf, .ldf, .ndf) and their default folder; "a database ... might be marked as suspect"', () => {
    const r = sql();
    expect(values(r)).toEqual(expect.arrayContaining(['.mdf', '.ldf', '.ndf', `${PF}\\MSSQL16.MSSQLSERVER\\MSSQL\\DATA`]));
    expect(item(r, 'mdf-extension').rationale).toMatch(/suspect/);
  });

  it('backup files (.bak, .trn) and their default folder; .bak is machine-wide and generic: high risk', () => {
    const r = sql();
    expect(values(r)).toEqual(expect.arrayContaining(['.bak', '.trn', `${PF}\\MSSQL16.MSSQLSERVER\\MSSQL\\Backup`]));
    expect(item(r, 'bak-extension').risk).toBe('high');
  });

  it.each([
    ['trace files', '.trc'],
    ['Extended Event file targets', '.xel'],
    ['Extended Event file targets', '.xem'],
    ['SQL audit files', '.sqlaudit'],
    ['SQL query files (high risk: any .sql on the machine)', '.sql'],
    ['exception dump files', '.mdmp'],
  ])('%s: %s', (_what, ext) => {
    expect(values(sql())).toContain(ext);
  });

  it('the LOG folder and the CPE registry key are where .xel and .mdmp files go: notes, not rules', () => {
    expect(item(sql(), 'xel-extension').notes!.join(' ')).toMatch(/LOG folder/);
    expect(item(sql(), 'mdmp-extension').notes!.join(' ')).toMatch(/CPE/);
  });

  it('Full-Text catalog files: the FTDATA folders, with the full-text feature; the "Process/Executable file" heading is recorded', () => {
    expect(conditional(sql())).toContainEqual(['sql-server/ftdata-dirs', ['full-text']]);
    const r = sql({ features: ['full-text'] });
    expect(values(r)).toContain(`${PF}\\MSSQL16.MSSQLSERVER\\MSSQL\\FTDATA`);
    expect(item(r, 'ftdata-dirs').notes!.join(' ')).toMatch(/headed "Process\/Executable file" but lists the FTDATA folders/);
  });

  it('FILESTREAM: the containers and <drive>:\\RsFxName, caller-given, with the filestream feature; the Defender note', () => {
    const r = sql({ features: ['filestream'], variables: { FILESTREAM_CONTAINERS: ['F:\\FS\\Docs'], FILESTREAM_DRIVES: ['F:'] } });
    expect(values(r)).toEqual(expect.arrayContaining(['F:\\FS\\Docs', 'F:\\RsFxName']));
    expect(item(r, 'filestream-containers').notes!.join(' ')).toMatch(/Defender/);
    expect(sql({ features: ['filestream'] }).unresolved.map((i) => i.rule)).toEqual([
      'sql-server/filestream-containers',
      'sql-server/filestream-rsfx',
    ]);
  });

  it('Remote Blob Storage files: the bullet describes Reporting Services temporary files and logs; recorded on the SSRS folders', () => {
    const r = resolveExclusions({ product: 'sql-server', roles: ['reporting-services'], platform: 'windows', version: '2019' });
    expect(item(r, 'ssrs-dir').notes!.join(' ')).toMatch(/Remote Blob Storage files.*RSTempFiles and LogFiles/);
  });

  it('In-Memory OLTP: xtp_<t/p>_<dbid>_<objid> files only as patterns in DATA\\xtp, never machine-wide; checkpoint files in the containers', () => {
    const r = sql({ features: ['in-memory-oltp'], variables: { FILESTREAM_CONTAINERS: ['F:\\Mem'] } });
    const xtp = r.exclusions.filter((i) => i.rule.startsWith('sql-server/xtp-') && i.kind === 'glob').map((i) => i.value);
    expect(xtp).toEqual(
      ['c', 'dll', 'obj', 'out', 'pdb', 'xml'].map((ext) => `${PF}\\MSSQL16.MSSQLSERVER\\MSSQL\\DATA\\xtp\\xtp_*_*_*.${ext}`),
    );
    expect(values(r)).not.toContain('.dll');
    expect(values(r)).toContain('F:\\Mem');
    expect(item(r, 'xtp-dll-files').notes!.join(' ')).toMatch(/never as a machine-wide extension/);
  });

  it('Replication: the COM folders (x64 and x86) with <NNN>, the snapshot folder, and the Distribution Agent .lob files from 2017', () => {
    const r = sql({ features: ['replication'], variables: { DISTRIBUTION_AGENT_TEMP_DIRS: ['C:\\Users\\repl\\AppData\\Local\\Temp'] } });
    expect(values(r)).toEqual(
      expect.arrayContaining([
        `${PF}\\160\\COM`,
        '%ProgramFiles(x86)%\\Microsoft SQL Server\\160\\COM',
        `${PF}\\MSSQL16.MSSQLSERVER\\MSSQL\\ReplData`,
        'C:\\Users\\repl\\AppData\\Local\\Temp\\*.lob',
      ]),
    );
    const old = sql({ version: '2016', features: ['replication'], variables: { DISTRIBUTION_AGENT_TEMP_DIRS: ['C:\\T'] } });
    expect(values(old).some((v) => v.endsWith('.lob'))).toBe(false);
    expect(values(r)).not.toContain('.idx');
  });

  it('Failover cluster instances: Q:\\ and the MSDTC directory are yours to give; the cluster folder comes from the failover-cluster pack', () => {
    const r = sql({ features: ['failover-cluster-instance'], variables: { QUORUM_DISK: 'Q:', MSDTC_DRIVE: 'M:' } });
    expect(values(r)).toEqual(expect.arrayContaining(['Q:\\', 'M:\\MSDTC', '%Systemroot%\\Cluster', '%systemroot%\\Cluster\\clussvc.exe']));
    expect(item(r, 'fci-quorum-drive').risk).toBe('high');
    const cluster = r.exclusions.find((i) => i.value === '%Systemroot%\\Cluster')!;
    expect(cluster.via).toEqual([
      { product: 'sql-server', role: 'database-engine' },
      { product: 'failover-cluster', role: 'node' },
    ]);
    const include = loadPacks().find((p) => p.id === 'sql-server')!.includes[0]!;
    expect(include).toMatchObject({ product: 'failover-cluster', roles: ['node'], when: ['failover-cluster-instance'] });
    expect(include.source.section).toContain('C:\\Windows\\Cluster');
    // A stand-alone instance: the cluster items are only conditional.
    const standalone = sql();
    expect(values(standalone)).not.toContain('%Systemroot%\\Cluster');
    expect(conditional(standalone)).toContainEqual(['failover-cluster/cluster-dir', ['failover-cluster-instance']]);
  });

  it('PolyBase: mpdwsvc.exe and the PolyBase log folder in the instance folder, with the polybase feature', () => {
    const r = sql({ features: ['polybase'] });
    expect(values(r)).toEqual(
      expect.arrayContaining([
        `${PF}\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\Polybase\\mpdwsvc.exe`,
        `${PF}\\MSSQL16.MSSQLSERVER\\MSSQL\\Log\\Polybase`,
      ]),
    );
  });

  it('renders for Defender with the machine variables kept', () => {
    const text = renderExclusions(sql(), 'defender-powershell').text;
    expect(text).toContain(`Add-MpPreference -ExclusionPath '${PF}\\MSSQL16.MSSQLSERVER\\MSSQL\\DATA'`);
    expect(text).toContain("Add-MpPreference -ExclusionProcess 'sqlservr.exe'");
  });
});

describe('KB 309422: Analysis Services, Integration Services, Reporting Services, Power BI Report Server', () => {
  const role = (
    r: 'analysis-services' | 'integration-services' | 'reporting-services' | 'power-bi-report-server',
    version = '2022',
    extra: Extra = {},
  ) => resolveExclusions({ product: 'sql-server', roles: [r], platform: 'windows', version, ...extra });

  it('SSAS: MSMDSrv.exe and the DataDir, TempDir, BackupDir and LogDir defaults in MSAS<NN>.<InstanceName> (2016 → MSAS13)', () => {
    expect(values(role('analysis-services', '2016'))).toEqual([
      `${PF}\\MSAS13.MSSQLSERVER\\OLAP\\bin\\MSMDSrv.exe`,
      `${PF}\\MSAS13.MSSQLSERVER\\OLAP\\Data`,
      `${PF}\\MSAS13.MSSQLSERVER\\OLAP\\Temp`,
      `${PF}\\MSAS13.MSSQLSERVER\\OLAP\\Backup`,
      `${PF}\\MSAS13.MSSQLSERVER\\OLAP\\Log`,
    ]);
  });

  it('SSAS: partition folders outside the data directory, once named', () => {
    expect(role('analysis-services').unresolved).toEqual([]);
    expect(values(role('analysis-services', '2022', { variables: { SSAS_PARTITION_DIRS: ['P:\\Parts'] } }))).toContain('P:\\Parts');
  });

  it('SSIS: ISServerExec.exe, DTExec.exe and the DTS folder under <VersionNum>, %Program Files% corrected', () => {
    const r = role('integration-services', '2019');
    expect(values(r)).toEqual([`${PF}\\150\\DTS\\Binn\\ISServerExec.exe`, `${PF}\\150\\DTS\\Binn\\DTExec.exe`, `${PF}\\150\\DTS`]);
    expect(r.exclusions.every((i) => i.correction!.original.startsWith('%Program Files%'))).toBe(true);
  });

  it('SSRS 2014: the service in MSRS12.<InstanceName> and the Reporting Services folder', () => {
    expect(values(role('reporting-services', '2014'))).toEqual([
      `${PF}\\MSRS12.MSSQLSERVER\\Reporting Services\\ReportServer\\Bin\\ReportingServicesService.exe`,
      `${PF}\\MSRS12.MSSQLSERVER\\Reporting Services`,
    ]);
  });

  it('SSRS 2016 adds the portal web host', () => {
    expect(values(role('reporting-services', '2016'))).toContain(
      `${PF}\\MSRS13.MSSQLSERVER\\Reporting Services\\RSWebApp\\Microsoft.ReportingServices.Portal.WebHost.exe`,
    );
  });

  it('SSRS 2017 and later: four processes and two folders under Microsoft SQL Server Reporting Services', () => {
    const expected = [
      '%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\Management\\RSManagement.exe',
      '%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\Portal\\RSPortal.exe',
      '%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\ReportServer\\bin\\ReportingServicesService.exe',
      '%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\RSHostingService\\RSHostingService.exe',
      '%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS',
      '%ProgramFiles%\\Microsoft SQL Server Reporting Services\\Shared Tools',
    ];
    expect(values(role('reporting-services', '2017'))).toEqual(expected);
    expect(values(role('reporting-services', '2025'))).toEqual(expected);
  });

  it('Power BI Report Server: ten processes and two folders under Microsoft Power BI Report Server', () => {
    const r = role('power-bi-report-server');
    expect(r.exclusions.filter((i) => i.kind === 'process')).toHaveLength(10);
    expect(values(r)).toEqual(
      expect.arrayContaining([
        '%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\ASEngine\\msmdsrv.exe',
        '%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\Microsoft.Mashup.Container.NetFX45.exe',
        '%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS',
        '%ProgramFiles%\\Microsoft Power BI Report Server\\Shared Tools',
      ]),
    );
  });
});

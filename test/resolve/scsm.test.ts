// One test per statement of KB 2787044 "Configure antivirus exclusions in a System Center Service Manager environment"
// (ms.date 05/21/2024), over the bundled data and the public functions.
import { describe, expect, it } from 'vitest';
import { resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';
import { loadPacks } from '../data/load.js';

const scsm = (role: 'management-server' | 'database-server') => resolveExclusions({ product: 'scsm', roles: [role], platform: 'windows' });
const values = (r: Resolution) => r.exclusions.map((i) => i.value);

describe('Service Manager (KB 2787044)', () => {
  it('"to avoid potential performance issues due to antivirus scanning operations": the reason on every own item', () => {
    for (const item of scsm('management-server').exclusions) expect(item.rationale).toMatch(/performance problems/);
  });

  it('management servers: the five processes, as bare names ("All instances of MonitoringHost.exe")', () => {
    const r = scsm('management-server');
    expect(r.exclusions.filter((i) => i.kind === 'process').map((i) => i.value)).toEqual([
      'MonitoringHost.exe',
      'HealthService.exe',
      'Microsoft.Mom.ConfigServiceHost.exe',
      'Microsoft.Mom.Sdk.ServiceHost.exe',
      'Microsoft.EnterpriseManagement.ServiceManager.UI.Console.exe',
    ]);
    expect(r.exclusions[0]!.notes!.join(' ')).toMatch(/all instances/);
  });

  it('management servers: the installation folder and its subfolders', () => {
    const dir = scsm('management-server').exclusions.find((i) => i.kind === 'directory')!;
    expect([dir.value, dir.recursive]).toEqual(['C:\\Program Files\\Microsoft System Center\\Service Manager', true]);
  });

  it('management servers: .EDB, .CHK and .LOG, machine-wide, stored in lower case; .log is high risk', () => {
    const r = scsm('management-server');
    const exts = r.exclusions.filter((i) => i.kind === 'extension');
    expect(exts.map((i) => i.value)).toEqual(['.edb', '.chk', '.log']);
    expect(exts.find((i) => i.value === '.log')!.risk).toBe('high');
    expect(exts[0]!.notes!.join(' ')).toMatch(/\.EDB in capitals/);
  });

  it("database servers: .MDF, .NDF and .LDF, merged with SQL Server's own; the example MSSQL.1 folders are notes", () => {
    const r = scsm('database-server');
    const mdf = r.exclusions.find((i) => i.value === '.mdf')!;
    expect(mdf.rule).toBe('scsm/mdf-extension');
    expect(mdf.duplicates.map((d) => d.rule)).toEqual(['sql-server/mdf-extension']);
    expect(values(r)).toEqual(expect.arrayContaining(['.ndf', '.ldf']));
    expect(mdf.notes!.join(' ')).toMatch(/MSSQL\.1/);
  });

  it("database servers are SQL Servers: they include SQL Server's Database Engine guidance, graded derived, with its via", () => {
    const r = scsm('database-server');
    const sqlservr = r.exclusions.find((i) => i.value === 'sqlservr.exe')!;
    expect(sqlservr.via).toEqual([
      { product: 'scsm', role: 'database-server' },
      { product: 'sql-server', role: 'database-engine' },
    ]);
    const include = loadPacks().find((p) => p.id === 'scsm')!.includes[0]!;
    expect(include).toMatchObject({ role: 'database-server', product: 'sql-server', roles: ['database-engine'], provenance: 'derived' });
    expect(include.source.section).toContain('For SQL Servers hosting the Service Manager related databases');
  });
});

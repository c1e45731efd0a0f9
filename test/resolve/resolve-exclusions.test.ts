// One test per statement of the vendor pages the packs are built from, over the bundled data and the public function.
import { describe, expect, it } from 'vitest';
import { resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';
import { expectError } from '../helpers.js';

const values = (r: Resolution) => r.exclusions.map((i) => i.value);
const rules = (items: { rule: string }[]) => items.map((i) => i.rule);

describe('SEP sesam (wiki "Antivirus Exclusions for SEP sesam", 5.1.0)', () => {
  const sesam = (extra: Partial<Parameters<typeof resolveExclusions<'sep-sesam'>>[0]> = {}) =>
    resolveExclusions({ product: 'sep-sesam', version: '5.1.0', roles: ['server'], platform: 'windows', ...extra });

  it.each(['server', 'client', 'rds'] as const)(
    'excludes SESAM_BIN and SESAM_VAR with subfolders on the %s (Windows and Linux)',
    (role) => {
      const linux = resolveExclusions({ product: 'sep-sesam', version: '5.1.0', roles: [role], platform: 'linux' });
      expect(values(linux)).toEqual(expect.arrayContaining(['/opt/sesam', '/var/opt/sesam/var']));
      expect(linux.exclusions.filter((i) => i.kind === 'directory').every((i) => i.recursive)).toBe(true);
      const windows = sesam({ roles: [role] });
      expect(values(windows)).toContain('C:\\Program Files\\SEPsesam');
      // On Windows both trees default to the installation root: one item, the second rule kept as a duplicate.
      expect(windows.exclusions.find((i) => i.rule === 'sep-sesam/sesam-bin-dir')!.duplicates.map((d) => d.rule)).toEqual([
        'sep-sesam/sesam-var-dir',
      ]);
    },
  );

  it('excludes the partitions holding data stores on the Server and RDS, once you name them', () => {
    expect(rules(sesam().unresolved)).toEqual(['sep-sesam/data-store-volumes']);
    expect(rules(sesam({ roles: ['rds'] }).unresolved)).toEqual(['sep-sesam/data-store-volumes']);
    expect(sesam({ roles: ['client'] }).unresolved).toEqual([]);
    const given = sesam({ variables: { DATA_STORE_VOLUMES: ['E:', 'F:\\'] } });
    expect(given.exclusions.filter((i) => i.kind === 'volume').map((i) => i.value)).toEqual(['E:\\', 'F:\\']);
    expect(given.unresolved).toEqual([]);
  });

  describe('5.0.0 Jaglion: also exclude the PostgreSQL process when PostgreSQL is used', () => {
    const postgres = (version: string, features: 'postgresql'[] = ['postgresql']) =>
      values(sesam({ version, features })).includes('postgres.exe');
    it.each([
      ['5.0.0', true],
      ['5.0.0.3', true],
      ['5.0', true],
      ['Jaglion', true],
      ['jaglion', true],
      ['5.1.0', false],
      ['5.1.0.6', false],
      ['Apollon', false],
      ['9.9.9', false],
      ['4.4.3.84', false],
    ])('version %s -> postgres.exe excluded: %s', (version, expected) => expect(postgres(version)).toBe(expected));

    it('is conditional on the postgresql feature when the caller did not mention it', () => {
      const r = sesam({ version: '5.0.0' });
      expect(values(r)).not.toContain('postgres.exe');
      expect(r.conditional.map((i) => [i.value, i.condition])).toEqual([['postgres.exe', { features: ['postgresql'] }]]);
    });

    it('is Windows only', () => {
      const linux = resolveExclusions({
        product: 'sep-sesam',
        version: '5.0.0',
        roles: ['server'],
        platform: 'linux',
        features: ['postgresql'],
      });
      expect(JSON.stringify([linux.exclusions, linux.conditional, linux.unresolved])).not.toContain('postgres');
    });

    it('records how the page was read', () => {
      const item = sesam({ version: '5.0.0', features: ['postgresql'] }).exclusions.find((i) => i.value === 'postgres.exe')!;
      expect(item.provenance).toBe('derived');
      expect(item.notes!.join(' ')).toMatch(/5\.0\.0 Jaglion only.*not applying to 5\.1\.0/);
    });

    it('warns outside the documented versions and rejects non-versions', () => {
      expect(sesam({ version: '9.9.9' }).warnings.map((w) => w.code)).toContain('VERSION_NEWER_THAN_DOCUMENTED');
      expect(sesam({ version: 'Beefalo' }).warnings.map((w) => w.code)).toContain('VERSION_OLDER_THAN_DOCUMENTED');
      expect(sesam({ version: '5.0.0.3' }).query).toMatchObject({ effectiveVersion: '5.0.0.3', documentedVersion: '5.0.0' });
      const error = expectError(() => sesam({ version: 'banana' }), 'INVALID_VERSION');
      expect(error.choices).toEqual(expect.arrayContaining(['5.0.0', '5.1.0', 'Jaglion', 'Apollon']));
    });
  });

  it('reports the exclusions SEP sesam adds to Defender itself, flagged as installer-managed', () => {
    const bsr = sesam().exclusions.find((i) => i.rule === 'sep-sesam/bsr-pro-files')!;
    expect(bsr.value).toBe('C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*');
    expect(bsr.managedBy).toMatchObject({ by: 'SEP sesam installer', scanner: 'defender' });
    expect(bsr.correction!.original).toBe('<SESAM_ROOT>/SEP sesam BSR Pro/*.*');
    const stores = sesam({ variables: { DATA_STORE_DIRS: ['E:\\sesam\\store1'] } }).exclusions.find(
      (i) => i.rule === 'sep-sesam/data-store-dirs-defender',
    )!;
    expect(stores).toMatchObject({ value: 'E:\\sesam\\store1', managedBy: { by: 'SEP sesam installer' } });
    expect(rules(sesam().exclusions)).not.toContain('sep-sesam/data-store-dirs-defender');
  });
});

describe('Kerio Connect (GFI "Antivirus Exclusions for Kerio Connect")', () => {
  const kerio = (platform: 'windows' | 'linux' | 'macos', variables = {}) =>
    resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform, variables });

  it('excludes the installation, store, archive and backup directories at their Windows defaults', () => {
    expect(values(kerio('windows'))).toEqual([
      'C:\\Program Files\\Kerio\\MailServer',
      'C:\\Program Files\\Kerio\\MailServer\\store',
      'C:\\Program Files\\Kerio\\MailServer\\store\\archive',
      'C:\\Program Files\\Kerio\\MailServer\\store\\backup',
    ]);
  });

  it('excludes /usr/local/kerio/mailserver on macOS and /opt/kerio/mailserver on Linux', () => {
    expect(values(kerio('macos'))).toEqual(['/usr/local/kerio/mailserver']);
    expect(values(kerio('linux'))).toEqual(['/opt/kerio/mailserver']);
  });

  it('excludes moved store, archive and backup directories where the console shows them', () => {
    const moved = kerio('linux', { KERIO_STORE_DIR: '/srv/kerio/store', KERIO_BACKUP_DIR: '/backup/kerio' });
    expect(values(moved)).toEqual(['/opt/kerio/mailserver', '/srv/kerio/store', '/backup/kerio']);
    expect(moved.unresolved).toEqual([]);
  });

  it('excludes the Offline Connector folders on the client, per user once named', () => {
    const client = resolveExclusions({ product: 'kerio-connect', roles: ['outlook-connector'] as const, platform: 'windows' });
    expect(values(client)).toEqual([
      'C:\\Program Files (x86)\\Kerio\\Outlook Connector (Offline Edition)',
      'C:\\Program Files (x86)\\Kerio\\UpdaterService',
    ]);
    expect(client.unresolved.map((i) => i.variables)).toEqual([['KOFF_USERS']]);
    const named = resolveExclusions({
      product: 'kerio-connect',
      roles: ['outlook-connector'],
      platform: 'windows',
      variables: { KOFF_USERS: ['anna', 'ben'] },
    });
    expect(values(named)).toContain('C:\\Users\\anna\\AppData\\Local\\Kerio\\Outlook Connector');
    expect(values(named)).toContain('C:\\Users\\ben\\AppData\\Local\\Kerio\\Outlook Connector');
  });

  it('has the Offline Connector on Windows only', () => {
    expectError(
      () => resolveExclusions({ product: 'kerio-connect', roles: ['outlook-connector'], platform: 'linux' }),
      'UNSUPPORTED_PLATFORM',
    );
  });
});

describe('Azure Site Recovery (KB 3186955) and the Microsoft articles it points to', () => {
  const asr = (roles: Parameters<typeof resolveExclusions<'azure-site-recovery'>>[0]['roles'], extra = {}) =>
    resolveExclusions({ product: 'azure-site-recovery', roles, ...extra });

  it('VMM servers: everything in KB 3119208, plus %ProgramData%\\ASRLogs', () => {
    const r = asr(['scvmm-to-azure/vmm-server']);
    expect(values(r)[0]).toBe('%ProgramData%\\ASRLogs');
    expect(values(r)).toEqual(expect.arrayContaining(['.vhdx', 'Vmmservice.exe', 'VmmAgent.exe', 'VmmAdminUI.exe']));
    const agent = r.exclusions.find((i) => i.value === 'VmmAgent.exe')!;
    expect(agent.via).toEqual([
      { product: 'azure-site-recovery', role: 'scvmm-to-azure/vmm-server' },
      { product: 'scvmm', role: 'vmm-server' },
    ]);
  });

  it('clustered services: KB 250355', () => {
    const r = asr(['scvmm-to-azure/cluster-node']);
    expect(values(r)).toEqual(['%Systemroot%\\Cluster', '%systemroot%\\Cluster\\clussvc.exe', '%systemroot%\\Cluster\\rhs.exe']);
    expect(r.unresolved.map((i) => i.variables[0])).toEqual(['QUORUM_DISK', 'CLUSTER_SERVICE_TEMP_DIR']);
    expect(values(asr(['scvmm-to-azure/cluster-node'], { variables: { QUORUM_DISK: 'Q:' } }))).toContain('Q:\\Cluster');
  });

  it("Hyper-V servers: everything in KB 3105657, plus the agent's Scratch and Temp folders", () => {
    const r = asr(['hyper-v-to-azure/hyper-v-host']);
    expect(values(r).slice(0, 2)).toEqual([
      '%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\Scratch',
      '%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\Temp',
    ]);
    expect(values(r)).toEqual(
      expect.arrayContaining(['.vhdx', '.vmgs', '%ProgramData%\\Microsoft\\Windows\\Hyper-V', '%systemroot%\\System32\\Vmms.exe']),
    );
  });

  it('passes the OS release into the included Hyper-V pack: Vmsp.exe from 2016, Vmcompute.exe from 2019', () => {
    const has = (osVersion?: string) => {
      const r = asr(['hyper-v-to-azure/hyper-v-host'], osVersion ? { osVersion } : {});
      return [values(r).includes('%systemroot%\\System32\\Vmsp.exe'), values(r).includes('%systemroot%\\System32\\Vmcompute.exe')];
    };
    expect(has('2012 R2')).toEqual([false, false]);
    expect(has('2016')).toEqual([true, false]);
    expect(has('Windows Server 2019')).toEqual([true, true]);
    expect(has('2025')).toEqual([true, true]);
    expect(has()).toEqual([false, false]);
    expect(asr(['hyper-v-to-azure/hyper-v-host']).conditional.map((i) => i.condition.osVersions)).toEqual(
      expect.arrayContaining(['>=2016', '>=2019']),
    );
    expectError(() => asr(['hyper-v-to-azure/hyper-v-host'], { osVersion: '2008' }), 'INVALID_OS_VERSION');
  });

  it('VMware to VMware source servers: the Scout agent path, a moved cache, and InMageClusterLog on MSCS volumes', () => {
    const r = asr(['vmware-to-vmware/source-server']);
    expect(values(r)).toEqual(['C:\\Program Files (x86)\\InMage Systems']);
    expect(r.conditional.map((i) => i.rule)).toEqual(['azure-site-recovery/inmage-cluster-log-dirs']);
    const clustered = asr(['vmware-to-vmware/source-server'], {
      features: ['mscs-cluster-volumes'],
      variables: { MSCS_CLUSTER_VOLUMES: ['G:', 'H:\\'], APPLICATION_CACHE_DIR: 'D:\\ASRCache' },
    });
    expect(values(clustered)).toEqual([
      'C:\\Program Files (x86)\\InMage Systems',
      'D:\\ASRCache',
      'G:\\InMageClusterLog',
      'H:\\InMageClusterLog',
    ]);
    // The article's hostconfigwxcommon.exe is read as where to look the cache up, not as a misprinted folder: a note, no correction.
    expect(clustered.exclusions[1]!.correction).toBeUndefined();
    expect(clustered.exclusions[1]!.notes!.join(' ')).toMatch(/hostconfigwxcommon\.exe.*configuration program/);
  });

  it('VMware to VMware master targets: Scout MT path, retention log volumes, C:\\SRV', () => {
    const r = asr(['vmware-to-vmware/master-target']);
    expect(values(r)).toEqual(['C:\\Program Files (x86)\\InMage Systems', 'C:\\SRV']);
    expect(r.unresolved.map((i) => [i.rule, i.kind, i.risk])).toEqual([['azure-site-recovery/retention-log-volumes', 'volume', 'high']]);
  });

  it('VMware to Azure source servers: both agents, with the missing space corrected', () => {
    const r = asr(['vmware-to-azure/configuration-server']);
    expect(values(r)).toEqual([
      'C:\\Program Files (x86)\\Azure Site Recovery',
      'C:\\Program Files\\Microsoft Azure Recovery Services Agent',
    ]);
    expect(r.exclusions[0]!.correction!.original).toBe('C:\\Program Files(x86)\\Azure Site Recovery');
  });

  it('protected VMs: the guest agent folder', () => {
    expect(values(asr(['vmware-to-azure/protected-vm']))).toEqual(['C:\\Program Files (x86)\\Azure Site Recovery']);
  });

  it('de-duplicates across included packs by expanded value, case-insensitively, keeping the other rule', () => {
    const r = asr(['hyper-v-to-azure/hyper-v-host', 'scvmm-to-azure/vmm-server']);
    const vhdx = r.exclusions.filter((i) => i.value === '.vhdx');
    expect(vhdx).toHaveLength(1);
    expect(vhdx[0]!.rule).toBe('hyper-v/vhdx-extension');
    // Defender's automatic Hyper-V exclusions (windows-server, through hyper-v's host role) name it too.
    expect(vhdx[0]!.duplicates.map((d) => d.rule)).toEqual(['windows-server/hyper-v-vhdx-extension', 'scvmm/vhdx-extension']);
    const keys = r.exclusions.map((i) => `${i.kind}:${i.value.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('can be limited to vendor-stated rules', () => {
    const r = asr(['hyper-v-to-azure/hyper-v-host'], { osVersion: '2022', provenance: ['vendor-page', 'vendor-other-page'] });
    expect(values(r)).not.toContain('%systemroot%\\System32\\Vmcompute.exe');
    expect(values(r)).toContain('%systemroot%\\System32\\Vmsp.exe');
  });
});

describe('defaults that follow the real location', () => {
  it('SEP Directory Layout: on Windows <SESAM_BIN> and <SESAM_VAR> are in the same location as <SESAM_ROOT>', () => {
    const result = resolveExclusions({
      product: 'sep-sesam',
      roles: ['server'],
      platform: 'windows',
      variables: { SESAM_ROOT: 'D:\\SEPsesam' },
    });
    const values = result.exclusions.map((item) => item.value);
    expect(values).toContain('D:\\SEPsesam');
    expect(values).toContain('D:\\SEPsesam\\SEP sesam BSR Pro\\*.*');
    expect(values.some((value) => value.startsWith('C:\\Program Files\\SEPsesam'))).toBe(false);
  });

  it('Kerio Connect on Windows: store, archive and backup sit inside the installation directory and move with it', () => {
    const result = resolveExclusions({
      product: 'kerio-connect',
      roles: ['server'],
      platform: 'windows',
      variables: { KERIO_INSTALL_DIR: 'E:\\Kerio', KERIO_BACKUP_DIR: 'F:\\Backup' },
    });
    expect(result.exclusions.map((item) => item.value)).toEqual([
      'E:\\Kerio',
      'E:\\Kerio\\store',
      'E:\\Kerio\\store\\archive',
      'F:\\Backup',
      ...result.exclusions.slice(4).map((item) => item.value),
    ]);
    expect(result.exclusions.slice(4).every((item) => !item.value.startsWith('E:\\Kerio'))).toBe(true);
  });

  it('names every variable whose default was used, those merged into another item too', () => {
    const result = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'windows' });
    expect(result.warnings.find((w) => w.code === 'DEFAULTS_ASSUMED')?.message).toContain('SESAM_BIN, SESAM_ROOT, SESAM_VAR');
  });
});

describe('merging items', () => {
  it("keeps the highest risk of the rules it merges, with that rule's reason", () => {
    const result = resolveExclusions({
      product: 'sep-sesam',
      roles: ['server'],
      platform: 'linux',
      variables: { SESAM_VAR: '/srv/store', DATA_STORE_VOLUMES: '/srv/store' },
    });
    const merged = result.exclusions.filter((item) => item.value === '/srv/store');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.risk).toBe('high');
    expect(merged[0]!.riskNote).toBeTruthy();
    expect(merged[0]!.duplicates.map((d) => d.rule)).toEqual(['sep-sesam/data-store-volumes']);
  });
});

describe('roots', () => {
  it('keeps the backslash of a root through resolving', () => {
    for (const root of ['\\\\?\\E:\\', 'E:\\']) {
      const result = resolveExclusions({
        product: 'sep-sesam',
        roles: ['server'],
        platform: 'windows',
        variables: { DATA_STORE_VOLUMES: root },
      });
      expect(result.exclusions.map((item) => item.value)).toContain(root);
    }
  });

  it('refuses the system drive as a data-store volume, naming the reason and the source', () => {
    for (const root of ['%SystemDrive%\\', '%SystemDrive%', 'C:', 'C:\\', 'c:/', '\\\\?\\C:\\']) {
      const error = expectError(
        () => resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'windows', variables: { DATA_STORE_VOLUMES: root } }),
        'UNSAFE_VALUE',
      );
      expect(error.message).toContain('system drive');
      expect(error.message).toContain('Common mistakes to avoid when defining exclusions');
    }
  });
});

// How the bundled data reads its sources, one test per reading, phrased as the source phrases it.
// Over the public API (resolveExclusions, getProduct); the include's source and grade are read from data/ directly.
import { describe, expect, it } from 'vitest';
import { getProduct, resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';
import { loadPacks } from '../data/load.js';

/** Every rule a resolution touches, in any bucket, merged duplicates included. */
const allRules = (r: Resolution) =>
  new Set([
    ...r.exclusions.flatMap((i) => [i.rule, ...i.duplicates.map((d) => d.rule)]),
    ...r.conditional.map((i) => i.rule),
    ...r.unresolved.map((i) => i.rule),
  ]);
const values = (r: Resolution) => r.exclusions.map((i) => i.value);
const pack = (id: string) => loadPacks().find((p) => p.id === id)!;

describe('provenance: a rule stated on the KB its pack is built from is vendor-page', () => {
  it("`--provenance vendor-page` on hyper-v lists the KB's items (KB 3105657); Vmcompute.exe, whose OS bound is our reading, stays derived", () => {
    const r = resolveExclusions({
      product: 'hyper-v',
      roles: ['host', 'file-server'],
      platform: 'windows',
      osVersion: '2022',
      provenance: ['vendor-page'],
    });
    expect(values(r)).toEqual(
      expect.arrayContaining([
        '.vhdx',
        '.vmgs',
        '%ProgramData%\\Microsoft\\Windows\\Hyper-V',
        '%systemroot%\\System32\\Vmms.exe',
        '%systemroot%\\System32\\Vmsp.exe',
      ]),
    );
    expect(values(r)).not.toContain('%systemroot%\\System32\\Vmcompute.exe');
    const derived = resolveExclusions({
      product: 'hyper-v',
      roles: ['host'],
      platform: 'windows',
      osVersion: '2022',
      provenance: ['derived'],
    });
    expect(values(derived)).toEqual(['%systemroot%\\System32\\Vmcompute.exe']);
  });

  it('KB 3119208 and KB 250355 state every rule of their packs: nothing is graded as coming from another page', () => {
    for (const id of ['hyper-v', 'scvmm', 'failover-cluster']) {
      expect(
        pack(id)
          .rules.filter((r) => r.provenance === 'vendor-other-page')
          .map((r) => r.id),
      ).toEqual([]);
    }
    const scvmm = resolveExclusions({
      product: 'scvmm',
      roles: ['vmm-server', 'managed-host'],
      platform: 'windows',
      provenance: ['vendor-page'],
    });
    expect(values(scvmm)).toEqual(
      expect.arrayContaining(['.vhdx', 'Vmmservice.exe', 'Vmms.exe', 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V']),
    );
    const cluster = resolveExclusions({ product: 'failover-cluster', roles: ['node'], platform: 'windows', provenance: ['vendor-page'] });
    expect(values(cluster)).toEqual(['%Systemroot%\\Cluster', '%systemroot%\\Cluster\\clussvc.exe', '%systemroot%\\Cluster\\rhs.exe']);
  });
});

describe('KB 3186955 (Azure Site Recovery), SCVMM to Azure', () => {
  it('KB 3186955: VMM servers include all exclusions of KB 3119208', () => {
    const query = {
      platform: 'windows' as const,
      features: ['cluster-shared-volumes' as const],
      variables: {
        VHD_DIRS: 'D:\\VHDs',
        REPLICA_DIRS: 'D:\\Replica',
        CSV_VOLUME_IDS: '\\\\?\\Volume{83843316-a7f8-4cf7-b8c3-003186740fbd}\\',
        VM_FILE_SHARES: 'E:\\Shares\\VMs',
      },
    };
    const asr = resolveExclusions({ product: 'azure-site-recovery', roles: ['scvmm-to-azure/vmm-server'], ...query });
    const kb = resolveExclusions({ product: 'scvmm', roles: ['vmm-server', 'library-server', 'managed-host', 'file-server'], ...query });
    const missing = [...allRules(kb)].filter((rule) => !allRules(asr).has(rule));
    expect(missing).toEqual([]);
    expect(asr.exclusions.find((i) => i.value === 'Vmms.exe')!.via).toEqual([
      { product: 'azure-site-recovery', role: 'scvmm-to-azure/vmm-server' },
      { product: 'scvmm', role: 'managed-host' },
    ]);
    const include = pack('azure-site-recovery').includes.find((i) => i.role === 'scvmm-to-azure/vmm-server')!;
    expect(include.roles).toEqual(pack('scvmm').roles.map((r) => r.id));
    expect(include.source.section).toContain(
      '"VMM servers should include all exclusions that are detailed in the following Microsoft Knowledge Base (KB) article"',
    );
  });
});

describe('KB 3119208 (System Center VMM and managed hosts)', () => {
  it('KB 3119208: the folders are where "these file types are typically found"; each folder rule says we exclude it whole', () => {
    const r = resolveExclusions({
      product: 'scvmm',
      roles: ['managed-host'],
      platform: 'windows',
      features: ['cluster-shared-volumes'],
      variables: { VHD_DIRS: 'D:\\VHDs', REPLICA_DIRS: 'D:\\Replica' },
    });
    const folders = r.exclusions.filter((i) => i.kind === 'directory');
    expect(folders.map((i) => i.rule).sort()).toEqual([
      'scvmm/cluster-storage-dir',
      'scvmm/custom-vhd-dirs',
      'scvmm/replica-dirs',
      'scvmm/snapshot-dir',
      'scvmm/vhd-dir',
      'scvmm/vm-config-dir',
    ]);
    for (const item of folders) expect(item.notes!.join(' ')).toMatch(/file type exclusions.*typically found.*whole folder/);
  });

  it('KB 3119208: the exclusions apply on Scale-Out File Servers (scvmm file-server includes hyper-v file-server)', () => {
    const r = resolveExclusions({ product: 'scvmm', roles: ['file-server'], platform: 'windows' });
    expect(values(r)).toEqual(expect.arrayContaining(['.vhd', '.vhdx', '.avhd', '.avhdx', '.vsv', '.iso']));
    expect(
      r.exclusions.every((i) => i.via.map((v) => `${v.product}/${v.role}`).join(' > ') === 'scvmm/file-server > hyper-v/file-server'),
    ).toBe(true);
    expect(r.unresolved.map((i) => [i.rule, i.variables])).toEqual([['hyper-v/vm-file-shares', ['VM_FILE_SHARES']]]);
    const shares = resolveExclusions({
      product: 'scvmm',
      roles: ['file-server'],
      platform: 'windows',
      variables: { VM_FILE_SHARES: ['E:\\Shares\\VMs'] },
    });
    expect(values(shares)).toContain('E:\\Shares\\VMs');
    expect(getProduct('scvmm').includes).toEqual([{ role: 'file-server', product: 'hyper-v', roles: ['file-server'] }]);
    const include = pack('scvmm').includes[0]!;
    expect(include.source.section).toContain('"including Scale-Out File Servers (SOF)"');
    expect(include.source.section).toContain('"set the appropriate exclusions (as noted earlier) on the file server"');
  });
});

describe('KB 3105657 (Hyper-V hosts): "Any custom replication data directories, if you\'re using Hyper-V Replica"', () => {
  const host = (extra = {}) => resolveExclusions({ product: 'hyper-v', roles: ['host'], platform: 'windows', osVersion: '2022', ...extra });

  it('Hyper-V Replica on without folders → unresolved; not mentioned → conditional', () => {
    const on = host({ features: ['hyper-v-replica'] });
    expect(on.unresolved.map((i) => [i.rule, i.variables])).toEqual([['hyper-v/replica-dirs', ['REPLICA_DIRS']]]);
    expect(on.unresolved[0]!.hint).toMatch(/^REPLICA_DIRS: /);
    const unmentioned = host();
    const replica = unmentioned.conditional.filter((i) => i.rule === 'hyper-v/replica-dirs');
    expect(replica.map((i) => [i.condition, i.variables])).toEqual([[{ features: ['hyper-v-replica'] }, ['REPLICA_DIRS']]]);
    expect(unmentioned.unresolved).toEqual([]);
    const given = host({ features: ['hyper-v-replica'], variables: { REPLICA_DIRS: ['R:\\Replica'] } });
    expect(values(given)).toContain('R:\\Replica');
  });

  it('REPLICA_DIRS is described as the article describes it: Hyper-V Replica, no Azure Site Recovery', () => {
    const variable = getProduct('hyper-v').variables.find((v) => v.name === 'REPLICA_DIRS')!;
    expect(variable.description).toMatch(/Hyper-V Replica/);
    expect(variable.description).not.toMatch(/Azure|Site Recovery/);
  });
});

describe('wording that says no more than the source', () => {
  it('SEP sesam: a data store\'s Defender exclusion "ensures that the data stored within the datastore is not scanned by Windows Defender" (nothing about other scanners)', () => {
    const r = resolveExclusions({
      product: 'sep-sesam',
      version: '5.1.0',
      roles: ['server'],
      platform: 'windows',
      variables: { DATA_STORE_DIRS: ['E:\\store1'] },
    });
    const item = r.exclusions.find((i) => i.rule === 'sep-sesam/data-store-dirs-defender')!;
    expect(item.rationale).not.toMatch(/another scanner|other scanner/i);
    expect(item.rationale).toMatch(/Defender/);
  });

  it('KB 3186955: "The C:\\SRV path and all subfolders" (no purpose given)', () => {
    const item = resolveExclusions({ product: 'azure-site-recovery', roles: ['vmware-to-vmware/master-target'] }).exclusions.find(
      (i) => i.value === 'C:\\SRV',
    )!;
    expect(item.rationale).not.toMatch(/uses this folder|during replication/);
    expect(item.rationale).toMatch(/gives no reason/);
  });

  it('KB 3186955: for a cache "configured separately, check here" … hostconfigwxcommon.exe … "Check the Application cache on the Agent tab": a reading, not a typo', () => {
    const r = resolveExclusions({
      product: 'azure-site-recovery',
      roles: ['vmware-to-vmware/source-server', 'vmware-to-vmware/master-target'],
      variables: { APPLICATION_CACHE_DIR: 'D:\\AppCache', TARGET_CACHE_DIR: 'D:\\TargetCache' },
    });
    for (const rule of ['azure-site-recovery/application-cache-dir', 'azure-site-recovery/target-cache-dir']) {
      const item = r.exclusions.find((i) => i.rule === rule)!;
      expect(item.correction).toBeUndefined();
      expect(item.notes!.join(' ')).toMatch(/hostconfigwxcommon\.exe.*We read the executable as the agent's configuration program/);
    }
  });

  it('SEP sesam: Grolar = 4.4.3 is cited from the 4.4.3 Updating page, which says "procedures that were available up to 4.4.3 Grolar"', () => {
    const scheme = getProduct('sep-sesam').versionScheme;
    const grolar = scheme.type === 'numeric' ? scheme.codenames!.find((c) => c.name === 'Grolar')! : undefined;
    expect(grolar).toMatchObject({ version: '4.4.3', source: { id: 'S4b' } });
    expect(grolar!.source.section).toContain('"procedures that were available up to 4.4.3 Grolar"');
    expect(grolar!.source.section).not.toContain('a version ≤ 4.4.3 Grolar');
  });

  it('KB 3105657: *.mrt and *.xml are in the 12/26/2023 revision and not in the 09/08/2020 one; only these two were compared', () => {
    const r = resolveExclusions({ product: 'hyper-v', roles: ['host'], platform: 'windows' });
    for (const value of ['.mrt', '.xml']) {
      const notes = r.exclusions.find((i) => i.value === value)!.notes!.join(' ');
      expect(notes).not.toMatch(/Listed since/);
      expect(notes).toMatch(/two revisions .*compared.*09\/08\/2020.*12\/26\/2023/);
    }
  });

  it('KB 250355: "the \\Cluster folder on the quorum hard disk": without the drive the item is unresolved, and the hint says so', () => {
    const r = resolveExclusions({ product: 'failover-cluster', roles: ['node'], platform: 'windows' });
    const item = r.unresolved.find((i) => i.rule === 'failover-cluster/quorum-cluster-dir')!;
    expect(item.hint).not.toMatch(/Leave it unset/);
    expect(item.hint).toMatch(/unresolved/);
  });

  it('Kerio Connect: the article writes "C:\\Program Files\\Kerio\\MailServer\\"; the default is stored without the trailing backslash, and its note says so', () => {
    const item = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'windows' }).exclusions.find(
      (i) => i.rule === 'kerio-connect/install-dir',
    )!;
    expect(item.value).toBe('C:\\Program Files\\Kerio\\MailServer');
    const variable = getProduct('kerio-connect').variables.find((v) => v.name === 'KERIO_INSTALL_DIR')!;
    expect(variable.defaults!.windows!.note).toContain('trailing backslash (C:\\Program Files\\Kerio\\MailServer\\)');
  });
});

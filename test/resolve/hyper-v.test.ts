// Hyper-V hosts: KB 3105657's recommendations, and Defender's automatic Hyper-V exclusions ("Microsoft Defender
// Antivirus exclusions on Windows Server", Hyper-V exclusions) that the host role includes from windows-server.
import { describe, expect, it } from 'vitest';
import { getProduct, renderExclusions, resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';

const host = (osVersion?: string) =>
  resolveExclusions({ product: 'hyper-v', roles: ['host'], platform: 'windows', ...(osVersion ? { osVersion } : {}) });
const byValue = (r: Resolution, value: string) => r.exclusions.find((i) => i.value === value)!;
const DEFENDER = {
  by: 'Defender automatic server-role exclusions',
  scanner: 'defender',
  note: "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
  disabledBy: 'DisableAutoExclusions',
  scans: 'real-time',
};

describe('the host role includes windows-server/hyper-v, citing the Defender page', () => {
  it('is declared as an include with source W1', () => {
    const hyperV = getProduct('hyper-v');
    expect(hyperV.includes).toEqual([{ role: 'host', product: 'windows-server', roles: ['hyper-v'] }]);
    expect(hyperV.sources.map((s) => s.id)).toEqual(['M2', 'W1']);
  });

  it('on 2019 the .vhd item (KB 3105657) is managed by Defender, standing for both rules', () => {
    const vhd = byValue(host('2019'), '.vhd');
    expect(vhd.rule).toBe('hyper-v/vhd-extension');
    expect(vhd.source.id).toBe('M2');
    expect(vhd.duplicates.map((d) => d.rule)).toEqual(['windows-server/hyper-v-vhd-extension']);
    expect(vhd.duplicates[0]!.via).toEqual([
      { product: 'hyper-v', role: 'host' },
      { product: 'windows-server', role: 'hyper-v' },
    ]);
    expect(vhd.managedBy).toEqual(DEFENDER);
  });

  it('on 2012 R2 it is not managed (Defender applies no role exclusions there); without a release it keeps the range', () => {
    expect(byValue(host('2012 R2'), '.vhd').managedBy).toBeUndefined();
    expect(byValue(host(), '.vhd').managedBy).toEqual({ ...DEFENDER, osVersions: '>=2016' });
  });

  it('only what the Defender page lists is managed: Vmsp.exe, .vhds, .mrt, .bin, .xml, .vmgs stay the caller’s', () => {
    const r = host('2022');
    const managed = r.exclusions.filter((i) => i.managedBy !== undefined).map((i) => i.value);
    expect(managed).toEqual([
      '.vhd',
      '.vhdx',
      '.avhd',
      '.avhdx',
      '.iso',
      '.rct',
      '.vsv',
      '.vmcx',
      '.vmrs',
      '%ProgramData%\\Microsoft\\Windows\\Hyper-V',
      '%Public%\\Documents\\Hyper-V\\Virtual Hard Disks',
      '%SystemDrive%\\ProgramData\\Microsoft\\Windows\\Hyper-V\\Snapshots',
      '%systemroot%\\System32\\Vmms.exe',
      '%systemroot%\\System32\\Vmwp.exe',
      '%ProgramFiles%\\Hyper-V',
    ]);
    for (const value of [
      '.vhds',
      '.mrt',
      '.bin',
      '.xml',
      '.vmgs',
      '%systemroot%\\System32\\Vmsp.exe',
      '%systemroot%\\System32\\Vmcompute.exe',
    ]) {
      expect(byValue(r, value).managedBy).toBeUndefined();
    }
  });

  it('the folder KB 3105657 does not name, %ProgramFiles%\\Hyper-V, reaches the host from the Defender page', () => {
    const programFiles = byValue(host('2019'), '%ProgramFiles%\\Hyper-V');
    expect(programFiles.rule).toBe('windows-server/hyper-v-program-files-dir');
    expect(programFiles.source.section).toBe('Automatic server role exclusions: Hyper-V exclusions: Folders');
    expect(programFiles.via.map((s) => `${s.product}/${s.role}`)).toEqual(['hyper-v/host', 'windows-server/hyper-v']);
  });

  it('a Defender script on 2019 adds only what Defender does not; on 2012 R2 it adds them all', () => {
    const on2019 = renderExclusions(host('2019'), 'defender-powershell');
    expect(on2019.text).not.toContain("-ExclusionExtension '.vhd'\n");
    expect(on2019.text).toContain("Add-MpPreference -ExclusionExtension '.vhds'");
    expect(on2019.text).toContain("Add-MpPreference -ExclusionProcess '%systemroot%\\System32\\Vmsp.exe'");
    expect(on2019.skipped.map((s) => s.rule)).toContain('hyper-v/vhd-extension');
    const on2012 = renderExclusions(host('2012 R2'), 'defender-powershell');
    expect(on2012.text).toContain("Add-MpPreference -ExclusionExtension '.vhd'");
    expect(on2012.text).toContain("Add-MpPreference -ExclusionPath '%ProgramFiles%\\Hyper-V'");
    expect(on2012.skipped).toEqual([]);
  });
});

describe('the file-server role does not include them: the page ties them to installing the Hyper-V role', () => {
  it('no item of a VM file server is managed by Defender, and none comes from windows-server', () => {
    const r = resolveExclusions({
      product: 'hyper-v',
      roles: ['file-server'],
      osVersion: '2019',
      variables: { VM_FILE_SHARES: ['D:\\VMs'] },
    });
    expect(r.exclusions.length).toBeGreaterThan(0);
    expect(r.exclusions.every((i) => i.managedBy === undefined && i.duplicates.length === 0)).toBe(true);
    expect(r.exclusions.flatMap((i) => i.via).some((step) => step.product === 'windows-server')).toBe(false);
  });
});

describe("windows-server's features", () => {
  it('are not offered to a Hyper-V host: the hyper-v role of windows-server uses none of them', () => {
    const error = (() => {
      try {
        resolveExclusions({ product: 'hyper-v', roles: ['host'], features: ['sysvol-frs'] });
      } catch (e) {
        return e as { code: string; choices: string[] };
      }
    })();
    expect(error?.code).toBe('UNKNOWN_FEATURE');
    expect(error?.choices).toEqual(['cluster-shared-volumes', 'hyper-v-replica']);
  });
});

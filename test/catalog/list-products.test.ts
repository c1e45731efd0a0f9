import { describe, expect, it } from 'vitest';
import { listProducts } from '../../src/catalog/list-products.js';
import { loadPacks, packIds } from '../data/load.js';

describe('listProducts', () => {
  const products = listProducts();

  it('lists every pack in data/ by its id, sorted', () => {
    expect(products.length).toBeGreaterThan(0);
    expect(products.map((p) => p.id)).toEqual(packIds());
  });

  it.each(loadPacks().map((p) => [p.id, p] as const))(
    '%s: name, vendor, roles, platforms and documented versions as its pack declares them',
    (id, pack) => {
      expect(products.find((p) => p.id === id)).toMatchObject({
        id,
        name: pack.name,
        vendor: pack.vendor,
        platforms: pack.platforms,
        roles: pack.roles.map((r) => r.id),
        documentedVersions: pack.documentedVersions,
      });
    },
  );

  it('reports roles in the order the packs declare them', () => {
    const roles = (id: string) => products.find((p) => p.id === id)?.roles;
    expect(products.find((p) => p.id === 'sep-sesam')).toMatchObject({
      roles: ['server', 'client', 'rds'],
      platforms: ['windows', 'linux'],
      documentedVersions: ['5.0.0', '5.1.0'],
    });
    expect(roles('kerio-connect')).toEqual(['server', 'outlook-connector']);
    expect(roles('hyper-v')).toEqual(['host', 'file-server']);
    expect(roles('scvmm')).toEqual(['vmm-server', 'library-server', 'managed-host', 'file-server']);
    expect(roles('failover-cluster')).toEqual(['node']);
    expect(roles('azure-site-recovery')).toEqual([
      'scvmm-to-azure/vmm-server',
      'scvmm-to-azure/cluster-node',
      'hyper-v-to-azure/hyper-v-host',
      'vmware-to-vmware/source-server',
      'vmware-to-vmware/master-target',
      'vmware-to-azure/configuration-server',
      'vmware-to-azure/protected-vm',
    ]);
  });
});

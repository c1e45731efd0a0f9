import { describe, expect, it } from 'vitest';
import { listProducts } from '../../src/catalog/list-products.js';

describe('listProducts', () => {
  it('lists the six bundled products with their roles and platforms', () => {
    const products = listProducts();
    expect(products.map((p) => p.id)).toEqual(['azure-site-recovery', 'failover-cluster', 'hyper-v', 'kerio-connect', 'scvmm', 'sep-sesam']);
    expect(products.find((p) => p.id === 'sep-sesam')).toMatchObject({ roles: ['server', 'client', 'rds'], platforms: ['windows', 'linux'], documentedVersions: ['5.0.0', '5.1.0'] });
    expect(products.find((p) => p.id === 'kerio-connect')!.roles).toEqual(['server', 'outlook-connector']);
    expect(products.find((p) => p.id === 'hyper-v')!.roles).toEqual(['host', 'file-server']);
    expect(products.find((p) => p.id === 'scvmm')!.roles).toEqual(['vmm-server', 'library-server', 'managed-host', 'file-server']);
    expect(products.find((p) => p.id === 'failover-cluster')!.roles).toEqual(['node']);
    expect(products.find((p) => p.id === 'azure-site-recovery')!.roles).toEqual([
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

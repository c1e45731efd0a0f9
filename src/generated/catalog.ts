// Generated from data/*.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledCatalog } from '../catalog/types.js';
import { product as azureSiteRecovery } from './data/azure-site-recovery.js';
import { product as configmgr } from './data/configmgr.js';
import { product as docker } from './data/docker.js';
import { product as failoverCluster } from './data/failover-cluster.js';
import { product as hyperV } from './data/hyper-v.js';
import { product as kerioConnect } from './data/kerio-connect.js';
import { product as scsm } from './data/scsm.js';
import { product as scvmm } from './data/scvmm.js';
import { product as sepSesam } from './data/sep-sesam.js';
import { product as sqlServer } from './data/sql-server.js';
import { product as windowsServer } from './data/windows-server.js';

/** Every bundled product, compiled at build time. */
export const BUNDLED_CATALOG: CompiledCatalog = {
  products: {
    "azure-site-recovery": azureSiteRecovery,
    "configmgr": configmgr,
    "docker": docker,
    "failover-cluster": failoverCluster,
    "hyper-v": hyperV,
    "kerio-connect": kerioConnect,
    "scsm": scsm,
    "scvmm": scvmm,
    "sep-sesam": sepSesam,
    "sql-server": sqlServer,
    "windows-server": windowsServer,
  },
};

// Generated from data/*.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledCatalog } from '../catalog/types.js';
import { azureSiteRecovery } from './data/azure-site-recovery.js';
import { configmgr } from './data/configmgr.js';
import { docker } from './data/docker.js';
import { failoverCluster } from './data/failover-cluster.js';
import { hyperV } from './data/hyper-v.js';
import { kerioConnect } from './data/kerio-connect.js';
import { scsm } from './data/scsm.js';
import { scvmm } from './data/scvmm.js';
import { sepSesam } from './data/sep-sesam.js';
import { sqlServer } from './data/sql-server.js';
import { windowsServer } from './data/windows-server.js';

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

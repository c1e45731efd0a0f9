// Generated from data/*.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledCatalog } from '../catalog/types.js';
import { azureSiteRecovery } from './data/azure-site-recovery.js';
import { failoverCluster } from './data/failover-cluster.js';
import { hyperV } from './data/hyper-v.js';
import { kerioConnect } from './data/kerio-connect.js';
import { scvmm } from './data/scvmm.js';
import { sepSesam } from './data/sep-sesam.js';

/** Every bundled product, compiled at build time. */
export const BUNDLED_CATALOG: CompiledCatalog = {
  products: {
    "azure-site-recovery": azureSiteRecovery,
    "failover-cluster": failoverCluster,
    "hyper-v": hyperV,
    "kerio-connect": kerioConnect,
    "scvmm": scvmm,
    "sep-sesam": sepSesam,
  },
};

// Generated from data/*.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
export { azureSiteRecovery } from './azure-site-recovery.js';
export { configmgr } from './configmgr.js';
export { docker } from './docker.js';
export { failoverCluster } from './failover-cluster.js';
export { hyperV } from './hyper-v.js';
export { kerioConnect } from './kerio-connect.js';
export { scsm } from './scsm.js';
export { scvmm } from './scvmm.js';
export { sepSesam } from './sep-sesam.js';
export { sqlServer } from './sql-server.js';
export { windowsServer } from './windows-server.js';
export { BUNDLED_CATALOG } from '../catalog.js';
export { NEVER_EXCLUDE_MATCHERS, NEVER_EXCLUDE_OTHERS, NEVER_EXCLUDE_PATHS, WINDOWS_MACHINE_VARIABLES } from '../never-exclude.js';

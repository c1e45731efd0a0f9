// Generated from data/*.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.

/** The ids of each bundled product: roles, platforms, features and variables a query may use. */
export interface BundledIds {
  "azure-site-recovery": {
    role: "hyper-v-to-azure/hyper-v-host" | "scvmm-to-azure/cluster-node" | "scvmm-to-azure/vmm-server" | "vmware-to-azure/configuration-server" | "vmware-to-azure/protected-vm" | "vmware-to-vmware/master-target" | "vmware-to-vmware/source-server";
    platform: "windows";
    feature: "cluster-shared-volumes" | "mscs-cluster-volumes";
    variable: "APPLICATION_CACHE_DIR" | "CLUSTER_SERVICE_TEMP_DIR" | "CSV_VOLUME_IDS" | "MSCS_CLUSTER_VOLUMES" | "QUORUM_DISK" | "REPLICA_DIRS" | "RETENTION_LOG_VOLUMES" | "TARGET_CACHE_DIR" | "VHD_DIRS" | "VM_CONFIG_DIRS" | "VM_FILE_SHARES";
  };
  "failover-cluster": {
    role: "node";
    platform: "windows";
    feature: never;
    variable: "CLUSTER_SERVICE_TEMP_DIR" | "QUORUM_DISK";
  };
  "hyper-v": {
    role: "file-server" | "host";
    platform: "windows";
    feature: "cluster-shared-volumes";
    variable: "REPLICA_DIRS" | "VHD_DIRS" | "VM_CONFIG_DIRS" | "VM_FILE_SHARES";
  };
  "kerio-connect": {
    role: "outlook-connector" | "server";
    platform: "linux" | "macos" | "windows";
    feature: never;
    variable: "KERIO_ARCHIVE_DIR" | "KERIO_BACKUP_DIR" | "KERIO_INSTALL_DIR" | "KERIO_STORE_DIR" | "KOFF_USERS";
  };
  "scvmm": {
    role: "library-server" | "managed-host" | "vmm-server";
    platform: "windows";
    feature: "cluster-shared-volumes";
    variable: "CSV_VOLUME_IDS" | "REPLICA_DIRS" | "VHD_DIRS";
  };
  "sep-sesam": {
    role: "client" | "rds" | "server";
    platform: "linux" | "windows";
    feature: "postgresql";
    variable: "DATA_STORE_DIRS" | "DATA_STORE_VOLUMES" | "SESAM_BIN" | "SESAM_ROOT" | "SESAM_VAR";
  };
}

/** Ids of the bundled products. */
export type ProductId = keyof BundledIds;

/** Role ids of product `P`. */
export type RoleId<P extends ProductId> = BundledIds[P]['role'];

/** Platforms of product `P`. */
export type PlatformId<P extends ProductId> = BundledIds[P]['platform'];

/** Feature ids a query for product `P` may switch on (its own and those of products it includes). */
export type FeatureId<P extends ProductId> = BundledIds[P]['feature'];

/** Variable names a query for product `P` may set (its own and those of products it includes). */
export type VariableName<P extends ProductId> = BundledIds[P]['variable'];

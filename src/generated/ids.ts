// Generated from data/*.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.

/** The ids of each bundled product: roles, platforms, features and variables a query may use. */
export interface BundledIds {
  /** Azure Site Recovery (Microsoft). */
  "azure-site-recovery": {
    /** Role ids. */
    role: "hyper-v-to-azure/hyper-v-host" | "scvmm-to-azure/cluster-node" | "scvmm-to-azure/vmm-server" | "vmware-to-azure/configuration-server" | "vmware-to-azure/protected-vm" | "vmware-to-vmware/master-target" | "vmware-to-vmware/source-server";
    /** Platforms. */
    platform: "windows";
    /** Feature ids, with those of included products. */
    feature: "cluster-shared-volumes" | "hyper-v-replica" | "mscs-cluster-volumes" | "sysvol-dfsr" | "sysvol-frs";
    /** Variable names, with those of included products. */
    variable: "APPLICATION_CACHE_DIR" | "CLUSTER_SERVICE_TEMP_DIR" | "CSV_VOLUME_IDS" | "MSCS_CLUSTER_VOLUMES" | "QUORUM_DISK" | "REPLICA_DIRS" | "RETENTION_LOG_VOLUMES" | "TARGET_CACHE_DIR" | "VHD_DIRS" | "VM_CONFIG_DIRS" | "VM_FILE_SHARES";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: "2012 R2" | "2012-r2" | "2016" | "2019" | "2022" | "2025" | "Windows Server 2012 R2" | "Windows Server 2016" | "Windows Server 2019" | "Windows Server 2022" | "Windows Server 2025";
  };
  /** Microsoft Configuration Manager (Microsoft). */
  "configmgr": {
    /** Role ids. */
    role: "client" | "distribution-point" | "management-point" | "site-database-server" | "site-server";
    /** Platforms. */
    platform: "windows";
    /** Feature ids, with those of included products. */
    feature: "aggressive-antivirus" | "failover-cluster-instance" | "filestream" | "full-text" | "in-memory-oltp" | "polybase" | "replication";
    /** Variable names, with those of included products. */
    variable: "CLUSTER_SERVICE_TEMP_DIR" | "CM_CLIENT_DIR" | "CM_CONTENTLIB_DRIVE" | "CM_CONTENTLIB_DRIVE_LETTER" | "CM_INSTALL_DIR" | "CM_INSTALL_DRIVE" | "CM_MP_INSTALL_DIR" | "DISTRIBUTION_AGENT_TEMP_DIRS" | "FILESTREAM_CONTAINERS" | "FILESTREAM_DRIVES" | "MSDTC_DRIVE" | "QUORUM_DISK" | "SQL_BACKUP_DIRS" | "SQL_DATA_DIRS" | "SQL_FTDATA_DIRS" | "SQL_INSTANCE_NAME" | "SQL_INSTANCE_ROOT" | "SQL_MAJOR" | "SQL_NNN" | "SQL_REPLDATA_DIRS" | "SQL_SHARED_DIR" | "SQL_SHARED_DIR_X86" | "SSAS_BACKUP_DIRS" | "SSAS_DATA_DIRS" | "SSAS_INSTANCE_ROOT" | "SSAS_LOG_DIR" | "SSAS_PARTITION_DIRS" | "SSAS_TEMP_DIR" | "SSRS_INSTANCE_ROOT";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: never;
  };
  /** Docker (Docker, Inc.). */
  "docker": {
    /** Role ids. */
    role: "host";
    /** Platforms. */
    platform: "linux" | "macos" | "windows";
    /** Feature ids, with those of included products. */
    feature: never;
    /** Variable names, with those of included products. */
    variable: "DOCKER_USER_HOME";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: never;
  };
  /** Windows Server Failover Clustering (Microsoft). */
  "failover-cluster": {
    /** Role ids. */
    role: "node";
    /** Platforms. */
    platform: "windows";
    /** Feature ids, with those of included products. */
    feature: never;
    /** Variable names, with those of included products. */
    variable: "CLUSTER_SERVICE_TEMP_DIR" | "QUORUM_DISK";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: never;
  };
  /** Hyper-V (Microsoft). */
  "hyper-v": {
    /** Role ids. */
    role: "file-server" | "host";
    /** Platforms. */
    platform: "windows";
    /** Feature ids, with those of included products. */
    feature: "cluster-shared-volumes" | "hyper-v-replica" | "sysvol-dfsr" | "sysvol-frs";
    /** Variable names, with those of included products. */
    variable: "CLUSTER_SERVICE_TEMP_DIR" | "REPLICA_DIRS" | "VHD_DIRS" | "VM_CONFIG_DIRS" | "VM_FILE_SHARES";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: "2012 R2" | "2012-r2" | "2016" | "2019" | "2022" | "2025" | "Windows Server 2012 R2" | "Windows Server 2016" | "Windows Server 2019" | "Windows Server 2022" | "Windows Server 2025";
  };
  /** Kerio Connect (GFI Software). */
  "kerio-connect": {
    /** Role ids. */
    role: "outlook-connector" | "server";
    /** Platforms. */
    platform: "linux" | "macos" | "windows";
    /** Feature ids, with those of included products. */
    feature: never;
    /** Variable names, with those of included products. */
    variable: "KERIO_ARCHIVE_DIR" | "KERIO_BACKUP_DIR" | "KERIO_INSTALL_DIR" | "KERIO_STORE_DIR" | "KOFF_USERS";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: never;
  };
  /** System Center Service Manager (Microsoft). */
  "scsm": {
    /** Role ids. */
    role: "database-server" | "management-server";
    /** Platforms. */
    platform: "windows";
    /** Feature ids, with those of included products. */
    feature: "failover-cluster-instance" | "filestream" | "full-text" | "in-memory-oltp" | "polybase" | "replication";
    /** Variable names, with those of included products. */
    variable: "CLUSTER_SERVICE_TEMP_DIR" | "DISTRIBUTION_AGENT_TEMP_DIRS" | "FILESTREAM_CONTAINERS" | "FILESTREAM_DRIVES" | "MSDTC_DRIVE" | "QUORUM_DISK" | "SQL_BACKUP_DIRS" | "SQL_DATA_DIRS" | "SQL_FTDATA_DIRS" | "SQL_INSTANCE_NAME" | "SQL_INSTANCE_ROOT" | "SQL_MAJOR" | "SQL_NNN" | "SQL_REPLDATA_DIRS" | "SQL_SHARED_DIR" | "SQL_SHARED_DIR_X86" | "SSAS_BACKUP_DIRS" | "SSAS_DATA_DIRS" | "SSAS_INSTANCE_ROOT" | "SSAS_LOG_DIR" | "SSAS_PARTITION_DIRS" | "SSAS_TEMP_DIR" | "SSRS_INSTANCE_ROOT";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: never;
  };
  /** System Center Virtual Machine Manager (Microsoft). */
  "scvmm": {
    /** Role ids. */
    role: "file-server" | "library-server" | "managed-host" | "vmm-server";
    /** Platforms. */
    platform: "windows";
    /** Feature ids, with those of included products. */
    feature: "cluster-shared-volumes" | "hyper-v-replica" | "sysvol-dfsr" | "sysvol-frs";
    /** Variable names, with those of included products. */
    variable: "CLUSTER_SERVICE_TEMP_DIR" | "CSV_VOLUME_IDS" | "REPLICA_DIRS" | "VHD_DIRS" | "VM_CONFIG_DIRS" | "VM_FILE_SHARES";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: "2012 R2" | "2012-r2" | "2016" | "2019" | "2022" | "2025" | "Windows Server 2012 R2" | "Windows Server 2016" | "Windows Server 2019" | "Windows Server 2022" | "Windows Server 2025";
  };
  /** SEP sesam (SEP AG). */
  "sep-sesam": {
    /** Role ids. */
    role: "client" | "rds" | "server";
    /** Platforms. */
    platform: "linux" | "windows";
    /** Feature ids, with those of included products. */
    feature: "postgresql";
    /** Variable names, with those of included products. */
    variable: "DATA_STORE_DIRS" | "DATA_STORE_VOLUMES" | "SESAM_BIN" | "SESAM_ROOT" | "SESAM_VAR";
    /** Documented versions and codenames. */
    version: "5.0.0" | "5.1.0" | "Apollon" | "Beefalo" | "Beefalo V2" | "Grolar" | "Jaglion";
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: never;
  };
  /** Microsoft SQL Server (Microsoft). */
  "sql-server": {
    /** Role ids. */
    role: "analysis-services" | "database-engine" | "integration-services" | "power-bi-report-server" | "reporting-services";
    /** Platforms. */
    platform: "windows";
    /** Feature ids, with those of included products. */
    feature: "failover-cluster-instance" | "filestream" | "full-text" | "in-memory-oltp" | "polybase" | "replication";
    /** Variable names, with those of included products. */
    variable: "CLUSTER_SERVICE_TEMP_DIR" | "DISTRIBUTION_AGENT_TEMP_DIRS" | "FILESTREAM_CONTAINERS" | "FILESTREAM_DRIVES" | "MSDTC_DRIVE" | "QUORUM_DISK" | "SQL_BACKUP_DIRS" | "SQL_DATA_DIRS" | "SQL_FTDATA_DIRS" | "SQL_INSTANCE_NAME" | "SQL_INSTANCE_ROOT" | "SQL_MAJOR" | "SQL_NNN" | "SQL_REPLDATA_DIRS" | "SQL_SHARED_DIR" | "SQL_SHARED_DIR_X86" | "SSAS_BACKUP_DIRS" | "SSAS_DATA_DIRS" | "SSAS_INSTANCE_ROOT" | "SSAS_LOG_DIR" | "SSAS_PARTITION_DIRS" | "SSAS_TEMP_DIR" | "SSRS_INSTANCE_ROOT";
    /** Documented versions and codenames. */
    version: "2014" | "2016" | "2017" | "2019" | "2022" | "2025";
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: never;
  };
  /** Windows Server roles (Microsoft). */
  "windows-server": {
    /** Role ids. */
    role: "base" | "dhcp-server" | "dns-server" | "domain-controller" | "file-and-storage" | "hyper-v" | "print-server" | "web-server" | "wsus";
    /** Platforms. */
    platform: "windows";
    /** Feature ids, with those of included products. */
    feature: "sysvol-dfsr" | "sysvol-frs";
    /** Variable names, with those of included products. */
    variable: "CLUSTER_SERVICE_TEMP_DIR";
    /** Documented versions and codenames. */
    version: never;
    /** OS releases of the product and of the products it includes: ids, names and short names. */
    osVersion: "2012 R2" | "2012-r2" | "2016" | "2019" | "2022" | "2025" | "Windows Server 2012 R2" | "Windows Server 2016" | "Windows Server 2019" | "Windows Server 2022" | "Windows Server 2025";
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

/** The versions product `P` documents, and its codenames (a query may also give other version text). */
export type KnownVersion<P extends ProductId> = BundledIds[P]['version'];

/** The OS releases rules of product `P` (or of the products it includes) name, in the spellings a query may use. */
export type KnownOsVersion<P extends ProductId> = BundledIds[P]['osVersion'];

/** The ids of each bundled product a query may use, as data (sorted), for the guards over user input. */
export const QUERY_IDS: {
  readonly [P in ProductId]: {
    readonly roles: readonly RoleId<P>[];
    readonly platforms: readonly PlatformId<P>[];
    readonly features: readonly FeatureId<P>[];
    readonly variables: readonly VariableName<P>[];
  };
} = {
  "azure-site-recovery": {
    "roles": [
      "hyper-v-to-azure/hyper-v-host",
      "scvmm-to-azure/cluster-node",
      "scvmm-to-azure/vmm-server",
      "vmware-to-azure/configuration-server",
      "vmware-to-azure/protected-vm",
      "vmware-to-vmware/master-target",
      "vmware-to-vmware/source-server"
    ],
    "platforms": [
      "windows"
    ],
    "features": [
      "cluster-shared-volumes",
      "hyper-v-replica",
      "mscs-cluster-volumes",
      "sysvol-dfsr",
      "sysvol-frs"
    ],
    "variables": [
      "APPLICATION_CACHE_DIR",
      "CLUSTER_SERVICE_TEMP_DIR",
      "CSV_VOLUME_IDS",
      "MSCS_CLUSTER_VOLUMES",
      "QUORUM_DISK",
      "REPLICA_DIRS",
      "RETENTION_LOG_VOLUMES",
      "TARGET_CACHE_DIR",
      "VHD_DIRS",
      "VM_CONFIG_DIRS",
      "VM_FILE_SHARES"
    ]
  },
  "configmgr": {
    "roles": [
      "client",
      "distribution-point",
      "management-point",
      "site-database-server",
      "site-server"
    ],
    "platforms": [
      "windows"
    ],
    "features": [
      "aggressive-antivirus",
      "failover-cluster-instance",
      "filestream",
      "full-text",
      "in-memory-oltp",
      "polybase",
      "replication"
    ],
    "variables": [
      "CLUSTER_SERVICE_TEMP_DIR",
      "CM_CLIENT_DIR",
      "CM_CONTENTLIB_DRIVE",
      "CM_CONTENTLIB_DRIVE_LETTER",
      "CM_INSTALL_DIR",
      "CM_INSTALL_DRIVE",
      "CM_MP_INSTALL_DIR",
      "DISTRIBUTION_AGENT_TEMP_DIRS",
      "FILESTREAM_CONTAINERS",
      "FILESTREAM_DRIVES",
      "MSDTC_DRIVE",
      "QUORUM_DISK",
      "SQL_BACKUP_DIRS",
      "SQL_DATA_DIRS",
      "SQL_FTDATA_DIRS",
      "SQL_INSTANCE_NAME",
      "SQL_INSTANCE_ROOT",
      "SQL_MAJOR",
      "SQL_NNN",
      "SQL_REPLDATA_DIRS",
      "SQL_SHARED_DIR",
      "SQL_SHARED_DIR_X86",
      "SSAS_BACKUP_DIRS",
      "SSAS_DATA_DIRS",
      "SSAS_INSTANCE_ROOT",
      "SSAS_LOG_DIR",
      "SSAS_PARTITION_DIRS",
      "SSAS_TEMP_DIR",
      "SSRS_INSTANCE_ROOT"
    ]
  },
  "docker": {
    "roles": [
      "host"
    ],
    "platforms": [
      "linux",
      "macos",
      "windows"
    ],
    "features": [],
    "variables": [
      "DOCKER_USER_HOME"
    ]
  },
  "failover-cluster": {
    "roles": [
      "node"
    ],
    "platforms": [
      "windows"
    ],
    "features": [],
    "variables": [
      "CLUSTER_SERVICE_TEMP_DIR",
      "QUORUM_DISK"
    ]
  },
  "hyper-v": {
    "roles": [
      "file-server",
      "host"
    ],
    "platforms": [
      "windows"
    ],
    "features": [
      "cluster-shared-volumes",
      "hyper-v-replica",
      "sysvol-dfsr",
      "sysvol-frs"
    ],
    "variables": [
      "CLUSTER_SERVICE_TEMP_DIR",
      "REPLICA_DIRS",
      "VHD_DIRS",
      "VM_CONFIG_DIRS",
      "VM_FILE_SHARES"
    ]
  },
  "kerio-connect": {
    "roles": [
      "outlook-connector",
      "server"
    ],
    "platforms": [
      "linux",
      "macos",
      "windows"
    ],
    "features": [],
    "variables": [
      "KERIO_ARCHIVE_DIR",
      "KERIO_BACKUP_DIR",
      "KERIO_INSTALL_DIR",
      "KERIO_STORE_DIR",
      "KOFF_USERS"
    ]
  },
  "scsm": {
    "roles": [
      "database-server",
      "management-server"
    ],
    "platforms": [
      "windows"
    ],
    "features": [
      "failover-cluster-instance",
      "filestream",
      "full-text",
      "in-memory-oltp",
      "polybase",
      "replication"
    ],
    "variables": [
      "CLUSTER_SERVICE_TEMP_DIR",
      "DISTRIBUTION_AGENT_TEMP_DIRS",
      "FILESTREAM_CONTAINERS",
      "FILESTREAM_DRIVES",
      "MSDTC_DRIVE",
      "QUORUM_DISK",
      "SQL_BACKUP_DIRS",
      "SQL_DATA_DIRS",
      "SQL_FTDATA_DIRS",
      "SQL_INSTANCE_NAME",
      "SQL_INSTANCE_ROOT",
      "SQL_MAJOR",
      "SQL_NNN",
      "SQL_REPLDATA_DIRS",
      "SQL_SHARED_DIR",
      "SQL_SHARED_DIR_X86",
      "SSAS_BACKUP_DIRS",
      "SSAS_DATA_DIRS",
      "SSAS_INSTANCE_ROOT",
      "SSAS_LOG_DIR",
      "SSAS_PARTITION_DIRS",
      "SSAS_TEMP_DIR",
      "SSRS_INSTANCE_ROOT"
    ]
  },
  "scvmm": {
    "roles": [
      "file-server",
      "library-server",
      "managed-host",
      "vmm-server"
    ],
    "platforms": [
      "windows"
    ],
    "features": [
      "cluster-shared-volumes",
      "hyper-v-replica",
      "sysvol-dfsr",
      "sysvol-frs"
    ],
    "variables": [
      "CLUSTER_SERVICE_TEMP_DIR",
      "CSV_VOLUME_IDS",
      "REPLICA_DIRS",
      "VHD_DIRS",
      "VM_CONFIG_DIRS",
      "VM_FILE_SHARES"
    ]
  },
  "sep-sesam": {
    "roles": [
      "client",
      "rds",
      "server"
    ],
    "platforms": [
      "linux",
      "windows"
    ],
    "features": [
      "postgresql"
    ],
    "variables": [
      "DATA_STORE_DIRS",
      "DATA_STORE_VOLUMES",
      "SESAM_BIN",
      "SESAM_ROOT",
      "SESAM_VAR"
    ]
  },
  "sql-server": {
    "roles": [
      "analysis-services",
      "database-engine",
      "integration-services",
      "power-bi-report-server",
      "reporting-services"
    ],
    "platforms": [
      "windows"
    ],
    "features": [
      "failover-cluster-instance",
      "filestream",
      "full-text",
      "in-memory-oltp",
      "polybase",
      "replication"
    ],
    "variables": [
      "CLUSTER_SERVICE_TEMP_DIR",
      "DISTRIBUTION_AGENT_TEMP_DIRS",
      "FILESTREAM_CONTAINERS",
      "FILESTREAM_DRIVES",
      "MSDTC_DRIVE",
      "QUORUM_DISK",
      "SQL_BACKUP_DIRS",
      "SQL_DATA_DIRS",
      "SQL_FTDATA_DIRS",
      "SQL_INSTANCE_NAME",
      "SQL_INSTANCE_ROOT",
      "SQL_MAJOR",
      "SQL_NNN",
      "SQL_REPLDATA_DIRS",
      "SQL_SHARED_DIR",
      "SQL_SHARED_DIR_X86",
      "SSAS_BACKUP_DIRS",
      "SSAS_DATA_DIRS",
      "SSAS_INSTANCE_ROOT",
      "SSAS_LOG_DIR",
      "SSAS_PARTITION_DIRS",
      "SSAS_TEMP_DIR",
      "SSRS_INSTANCE_ROOT"
    ]
  },
  "windows-server": {
    "roles": [
      "base",
      "dhcp-server",
      "dns-server",
      "domain-controller",
      "file-and-storage",
      "hyper-v",
      "print-server",
      "web-server",
      "wsus"
    ],
    "platforms": [
      "windows"
    ],
    "features": [
      "sysvol-dfsr",
      "sysvol-frs"
    ],
    "variables": [
      "CLUSTER_SERVICE_TEMP_DIR"
    ]
  }
};

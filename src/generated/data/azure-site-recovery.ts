// Generated from data/azure-site-recovery.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Azure Site Recovery (Microsoft), compiled. */
export const azureSiteRecovery: CompiledProduct = {
  "id": "azure-site-recovery",
  "name": "Azure Site Recovery",
  "vendor": "Microsoft",
  "description": "Azure Site Recovery (Azure Recovery Services) replication software, by deployment scenario: SCVMM to Azure, Hyper-V to Azure, VMware to VMware and VMware to Azure. Roles on VMM servers, Hyper-V hosts and cluster nodes also take Microsoft's exclusions for those products.",
  "versionScheme": {
    "type": "none"
  },
  "documentedVersions": [],
  "documentedTuples": [],
  "platforms": [
    "windows"
  ],
  "roles": [
    {
      "id": "scvmm-to-azure/vmm-server",
      "name": "SCVMM to Azure: VMM server",
      "description": "A System Center VMM server (the article names SC 2012 R2 VMM) in a deployment that replicates VMM-managed VMs to Azure.",
      "platforms": [
        "windows"
      ]
    },
    {
      "id": "scvmm-to-azure/cluster-node",
      "name": "SCVMM to Azure: cluster node",
      "description": "A node of a Hyper-V cluster on which VMM and the Azure Recovery Services agent are installed.",
      "platforms": [
        "windows"
      ]
    },
    {
      "id": "hyper-v-to-azure/hyper-v-host",
      "name": "Hyper-V to Azure: Hyper-V host",
      "description": "A Hyper-V server running the Azure Recovery Services agent, replicating its VMs to Azure.",
      "platforms": [
        "windows"
      ]
    },
    {
      "id": "vmware-to-vmware/source-server",
      "name": "VMware to VMware: source server",
      "description": "A protected source server running the Scout agent.",
      "platforms": [
        "windows"
      ]
    },
    {
      "id": "vmware-to-vmware/master-target",
      "name": "VMware to VMware: master target",
      "description": "A master-target server running Scout MT, which receives the replicated data.",
      "platforms": [
        "windows"
      ]
    },
    {
      "id": "vmware-to-azure/configuration-server",
      "name": "VMware to Azure: configuration, process or master target server",
      "description": "A Site Recovery infrastructure server of a VMware-to-Azure deployment: configuration server, process server or master target.",
      "platforms": [
        "windows"
      ]
    },
    {
      "id": "vmware-to-azure/protected-vm",
      "name": "VMware to Azure: protected VM",
      "description": "A guest virtual machine protected by Site Recovery, running its guest agent.",
      "platforms": [
        "windows"
      ]
    }
  ],
  "features": [
    {
      "id": "mscs-cluster-volumes",
      "description": "The source server uses MSCS cluster volumes."
    }
  ],
  "variables": {
    "APPLICATION_CACHE_DIR": {
      "name": "APPLICATION_CACHE_DIR",
      "description": "The application cache folder of the Scout agent on a source server, when it is configured outside the installation path.",
      "type": "path",
      "hint": "The Application cache setting on the Agent tab.",
      "multiple": false
    },
    "MSCS_CLUSTER_VOLUMES": {
      "name": "MSCS_CLUSTER_VOLUMES",
      "description": "The root of each MSCS cluster volume of the source server.",
      "type": "path",
      "hint": "The drive letters or mount points of the MSCS cluster volumes on the source server.",
      "multiple": true
    },
    "TARGET_CACHE_DIR": {
      "name": "TARGET_CACHE_DIR",
      "description": "The target cache folder of the master target, when it is configured outside the installation path.",
      "type": "path",
      "hint": "The Application cache setting on the Agent tab (the article points there for the target cache too).",
      "multiple": false
    },
    "RETENTION_LOG_VOLUMES": {
      "name": "RETENTION_LOG_VOLUMES",
      "description": "Each volume of the master target that holds retention logs.",
      "type": "path",
      "hint": "The retention volumes chosen for the master target when protection was set up (drive letter or mount point of each).",
      "multiple": true
    }
  },
  "sources": {
    "A1": {
      "id": "A1",
      "title": "Recommended antivirus exclusions for Azure Recovery Services (KB 3186955)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/azure/site-recovery/getting-started/asr-recommended-antivirus-exclusions",
      "docVersion": "ms.date 10/10/2020 (seed copy; same rules in MicrosoftDocs/SupportArticles-docs commit 03bc52bef875f55ec902389faf6de271f8661346)",
      "retrieved": "2026-11-22"
    }
  },
  "rules": [
    {
      "id": "asrlogs-dir",
      "kind": "directory",
      "value": "%ProgramData%\\ASRLogs",
      "recursive": true,
      "risk": "low",
      "rationale": "Site Recovery writes its logs here on the VMM server; scanning every write slows the provider and can lock log files.",
      "source": {
        "id": "A1",
        "section": "SCVMM to Azure > SC 2012 R2 VMM servers: \"Additionally, exclude items from the following location\""
      },
      "provenance": "vendor-page"
    },
    {
      "id": "mars-scratch-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\Scratch",
      "recursive": true,
      "risk": "low",
      "rationale": "The Recovery Services agent stages replication data in its scratch folder; scanning it slows replication and can lock staged files.",
      "source": {
        "id": "A1",
        "section": "Hyper-V to Azure > Hyper-V Servers (ASR Agent): \"exclude all items from the following locations\""
      },
      "provenance": "vendor-page"
    },
    {
      "id": "mars-temp-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\Temp",
      "recursive": true,
      "risk": "low",
      "rationale": "The agent keeps short-lived working files here; scanning them slows the agent and can lock files it is about to reuse.",
      "source": {
        "id": "A1",
        "section": "Hyper-V to Azure > Hyper-V Servers (ASR Agent): \"exclude all items from the following locations\""
      },
      "provenance": "vendor-page"
    },
    {
      "id": "scout-agent-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\InMage Systems",
      "recursive": true,
      "risk": "low",
      "rationale": "The Scout agent runs from here and, by default, keeps its application cache here; scanning it slows replication of the source server.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware > Source servers: the installation path of the Scout agent"
      },
      "provenance": "vendor-page",
      "notes": [
        "This is the default installation path; if the agent was installed elsewhere, exclude that path instead."
      ]
    },
    {
      "id": "application-cache-dir",
      "kind": "directory",
      "value": "{APPLICATION_CACHE_DIR}",
      "recursive": true,
      "risk": "low",
      "rationale": "Changed data waits in the application cache before it is sent on; scanning it slows replication and can lock cached files.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware > Source servers: the Application cache directory"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "APPLICATION_CACHE_DIR"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "Where a cache configured separately is to be found, the article says \"check here\", gives C:\\Program Files (x86)\\InMage Systems\\hostconfigwxcommon.exe and points to the Application cache setting on the Agent tab. We read the executable as the agent's configuration program in which the cache location is looked up, not as a misprinted folder, so no default is taken from it. By default the cache lies under the installation path, which another rule already excludes, so only a custom cache location is emitted."
      ]
    },
    {
      "id": "inmage-cluster-log-dirs",
      "kind": "directory",
      "value": "{MSCS_CLUSTER_VOLUMES}\\InMageClusterLog",
      "recursive": true,
      "risk": "low",
      "rationale": "On clustered source servers the agent keeps a log folder on every cluster volume; scanning it slows the agent and can lock its log files.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware > Source servers: \"In case of MSCS cluster volumes, exclude the InMageClusterLog folder under every cluster volume\""
      },
      "provenance": "vendor-page",
      "when": [
        "mscs-cluster-volumes"
      ],
      "variables": [
        "MSCS_CLUSTER_VOLUMES"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "scout-mt-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\InMage Systems",
      "recursive": true,
      "risk": "low",
      "rationale": "Scout MT runs from here and, by default, keeps its target cache here; scanning it slows writing the replicated data.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware > Master-target (MT) servers: the installation path of Scout MT"
      },
      "provenance": "vendor-page",
      "notes": [
        "This is the default installation path; if Scout MT was installed elsewhere, exclude that path instead."
      ]
    },
    {
      "id": "target-cache-dir",
      "kind": "directory",
      "value": "{TARGET_CACHE_DIR}",
      "recursive": true,
      "risk": "low",
      "rationale": "Incoming replicated data passes through the target cache; scanning it slows replication and can lock cached files.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware > Master-target (MT) servers: the target cache directory"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "TARGET_CACHE_DIR"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "Where a cache configured separately is to be found, the article says \"check here\", gives C:\\Program Files (x86)\\InMage Systems\\hostconfigwxcommon.exe and points to the Application cache setting on the Agent tab. We read the executable as the agent's configuration program in which the cache location is looked up, not as a misprinted folder, so no default is taken from it. By default the cache lies under the installation path, which another rule already excludes, so only a custom cache location is emitted."
      ]
    },
    {
      "id": "retention-log-volumes",
      "kind": "volume",
      "value": "{RETENTION_LOG_VOLUMES}",
      "recursive": true,
      "risk": "high",
      "rationale": "Retention logs take a constant stream of replicated changes; scanning them slows the master target and can lock log files it must keep writing.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware > Master-target (MT) servers: \"All Retention log volumes\""
      },
      "provenance": "vendor-page",
      "variables": [
        "RETENTION_LOG_VOLUMES"
      ],
      "riskNote": "Excludes whole volumes: nothing stored on a retention log volume is scanned in real time."
    },
    {
      "id": "srv-dir",
      "kind": "directory",
      "value": "C:\\SRV",
      "recursive": true,
      "risk": "medium",
      "rationale": "The article lists this folder, with all its subfolders, among the exclusions for master-target servers; it gives no reason.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware > Master-target (MT) servers: \"The C:\\SRV path and all subfolders\""
      },
      "provenance": "vendor-page",
      "notes": [
        "The article does not say what the folder holds; it is rated like a data folder."
      ]
    },
    {
      "id": "asr-agent-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\Azure Site Recovery",
      "recursive": true,
      "risk": "low",
      "rationale": "The Site Recovery agent runs and keeps its working files here; scanning them slows replication.",
      "source": {
        "id": "A1",
        "section": "VMware to Azure > Source servers (Configuration Server, Process Server, Master Target): installation path of the Azure Site Recovery agent"
      },
      "provenance": "vendor-page",
      "correction": {
        "note": "A space is missing before \"(x86)\"; the same article writes the path correctly under Protected VMs, and that is the real 32-bit Program Files folder.",
        "original": "C:\\Program Files(x86)\\Azure Site Recovery"
      },
      "notes": [
        "This is the default installation path; if the agent was installed elsewhere, exclude that path instead."
      ]
    },
    {
      "id": "mars-agent-dir",
      "kind": "directory",
      "value": "C:\\Program Files\\Microsoft Azure Recovery Services Agent",
      "recursive": true,
      "risk": "low",
      "rationale": "The Recovery Services agent runs and stages data here; scanning it slows transfers to Azure.",
      "source": {
        "id": "A1",
        "section": "VMware to Azure > Source servers (Configuration Server, Process Server, Master Target): installation path of the Recovery Services agent"
      },
      "provenance": "vendor-page",
      "notes": [
        "This is the default installation path; if the agent was installed elsewhere, exclude that path instead.",
        "It contains the Scratch and Temp folders the Hyper-V to Azure role excludes through %ProgramFiles%."
      ]
    },
    {
      "id": "guest-agent-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\Azure Site Recovery",
      "recursive": true,
      "risk": "low",
      "rationale": "The guest agent tracks and sends the changes of the protected VM from this folder; scanning it slows replication inside the guest.",
      "source": {
        "id": "A1",
        "section": "VMware to Azure > Protected VMs: installation folder of the guest agent"
      },
      "provenance": "vendor-page",
      "notes": [
        "This is the default installation folder; if the agent was installed elsewhere, exclude that path instead."
      ]
    }
  ],
  "includes": {
    "scvmm-to-azure/vmm-server": [
      {
        "product": "scvmm",
        "roles": [
          "vmm-server",
          "library-server",
          "managed-host",
          "file-server"
        ]
      }
    ],
    "scvmm-to-azure/cluster-node": [
      {
        "product": "failover-cluster",
        "roles": [
          "node"
        ]
      }
    ],
    "hyper-v-to-azure/hyper-v-host": [
      {
        "product": "hyper-v",
        "roles": [
          "host"
        ]
      }
    ]
  },
  "index": {
    "windows": {
      "scvmm-to-azure/vmm-server": [
        0
      ],
      "scvmm-to-azure/cluster-node": [],
      "hyper-v-to-azure/hyper-v-host": [
        1,
        2
      ],
      "vmware-to-vmware/source-server": [
        3,
        4,
        5
      ],
      "vmware-to-vmware/master-target": [
        6,
        7,
        8,
        9
      ],
      "vmware-to-azure/configuration-server": [
        10,
        11
      ],
      "vmware-to-azure/protected-vm": [
        12
      ]
    }
  }
};

// Generated from data/azure-site-recovery.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Azure Site Recovery (Microsoft), compiled. */
export const product: CompiledProduct = {
  "id": "azure-site-recovery",
  "name": "Azure Site Recovery",
  "vendor": "Microsoft",
  "description": "Azure Site Recovery (Azure Recovery Services) replication components, by deployment scenario: SCVMM to Azure, Hyper-V to Azure, VMware to VMware and VMware to Azure. Roles that sit on VMM servers, Hyper-V hosts or cluster nodes include Microsoft's exclusions for those products.",
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
      "description": "A System Center VMM server (the article names SC 2012 R2 VMM) in an SCVMM-to-Azure deployment."
    },
    {
      "id": "scvmm-to-azure/cluster-node",
      "name": "SCVMM to Azure: cluster node",
      "description": "A Hyper-V cluster node where VMM and the Azure Recovery Services agent are installed."
    },
    {
      "id": "hyper-v-to-azure/hyper-v-host",
      "name": "Hyper-V to Azure: Hyper-V host",
      "description": "A Hyper-V host running the Azure Recovery Services agent."
    },
    {
      "id": "vmware-to-vmware/source-server",
      "name": "VMware to VMware: source server",
      "description": "A protected source server running the Scout agent."
    },
    {
      "id": "vmware-to-vmware/master-target",
      "name": "VMware to VMware: master target",
      "description": "A master-target server running Scout MT, which receives replicated data."
    },
    {
      "id": "vmware-to-azure/configuration-server",
      "name": "VMware to Azure: configuration server",
      "description": "A configuration server, process server or master target of a VMware-to-Azure deployment."
    },
    {
      "id": "vmware-to-azure/protected-vm",
      "name": "VMware to Azure: protected VM",
      "description": "A guest virtual machine protected by Azure Site Recovery, with its guest agent."
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
      "description": "The application cache folder of the Scout agent, when it was moved out of the installation path.",
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
      "description": "The target cache folder of the master target, when it was moved out of the installation path.",
      "type": "path",
      "hint": "The Application cache setting on the Agent tab.",
      "multiple": false
    },
    "RETENTION_LOG_VOLUMES": {
      "name": "RETENTION_LOG_VOLUMES",
      "description": "Each volume that holds retention logs on the master target.",
      "type": "path",
      "hint": "The retention volumes chosen for the master target when protection was set up.",
      "multiple": true
    }
  },
  "sources": {
    "A1": {
      "id": "A1",
      "title": "Recommended antivirus exclusions for Azure Recovery Services (KB 3186955)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/azure/site-recovery/getting-started/asr-recommended-antivirus-exclusions",
      "docVersion": "ms.date 10/10/2020 (MicrosoftDocs/SupportArticles-docs 03bc52be)",
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
      "rationale": "Site Recovery writes its logs here on the VMM server; scanning them slows the provider and can lock log files.",
      "source": {
        "id": "A1",
        "section": "SCVMM to Azure: VMM servers (\"Additionally, exclude items from the following location\")"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "mars-scratch-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\Scratch",
      "recursive": true,
      "risk": "low",
      "rationale": "The Recovery Services agent stages replication data in its scratch folder; scanning it slows replication.",
      "source": {
        "id": "A1",
        "section": "Hyper-V to Azure: Hyper-V servers (\"exclude all items from the following locations\")"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "mars-temp-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\Temp",
      "recursive": true,
      "risk": "low",
      "rationale": "The agent's temporary files change constantly during replication; scanning them slows it.",
      "source": {
        "id": "A1",
        "section": "Hyper-V to Azure: Hyper-V servers (\"exclude all items from the following locations\")"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "scout-install-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\InMage Systems",
      "recursive": true,
      "risk": "low",
      "rationale": "The Scout agent (and Scout MT) program folder, which by default also holds its cache; scanning it slows or blocks replication.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware: source servers and master-target servers, installation path of the Scout agent / Scout MT"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "Default installation path."
      ]
    },
    {
      "id": "application-cache-dir",
      "kind": "directory",
      "value": "{APPLICATION_CACHE_DIR}",
      "recursive": true,
      "risk": "low",
      "rationale": "Replication data is cached here before it is sent; scanning the cache slows replication.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware: source servers, application cache directory"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "APPLICATION_CACHE_DIR"
      ],
      "correction": {
        "note": "The article gives an executable as the default cache directory. The default cache lies under the installation path, which another rule already excludes, so only a cache moved elsewhere is emitted.",
        "original": "C:\\Program Files (x86)\\InMage Systems\\hostconfigwxcommon.exe"
      }
    },
    {
      "id": "inmage-cluster-log-dirs",
      "kind": "directory",
      "value": "{MSCS_CLUSTER_VOLUMES}\\InMageClusterLog",
      "recursive": true,
      "risk": "low",
      "rationale": "On clustered source servers the agent keeps a log folder on every cluster volume; scanning it slows replication.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware: source servers, InMageClusterLog folder under every MSCS cluster volume"
      },
      "provenance": "vendor-page",
      "when": [
        "mscs-cluster-volumes"
      ],
      "variables": [
        "MSCS_CLUSTER_VOLUMES"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "target-cache-dir",
      "kind": "directory",
      "value": "{TARGET_CACHE_DIR}",
      "recursive": true,
      "risk": "low",
      "rationale": "Incoming replication data is cached here on the master target; scanning it slows replication.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware: master-target servers, target cache directory"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "TARGET_CACHE_DIR"
      ],
      "correction": {
        "note": "The article gives an executable as the default cache directory. The default cache lies under the installation path, which another rule already excludes, so only a cache moved elsewhere is emitted.",
        "original": "C:\\Program Files (x86)\\InMage Systems\\hostconfigwxcommon.exe"
      }
    },
    {
      "id": "retention-log-volumes",
      "kind": "volume",
      "value": "{RETENTION_LOG_VOLUMES}",
      "recursive": true,
      "risk": "high",
      "rationale": "Retention logs let you recover to earlier points in time; scanning them slows the master target and a scanner lock can damage them.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware: master-target servers, all retention log volumes"
      },
      "provenance": "vendor-page",
      "variables": [
        "RETENTION_LOG_VOLUMES"
      ],
      "riskNote": "Excludes whole volumes: keep only retention logs on them."
    },
    {
      "id": "srv-dir",
      "kind": "directory",
      "value": "C:\\SRV",
      "recursive": true,
      "risk": "medium",
      "rationale": "The master target uses C:\\SRV and its subfolders for replication; scanning there slows or disturbs it.",
      "source": {
        "id": "A1",
        "section": "VMware to VMware: master-target servers, the C:\\SRV path and all subfolders"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "asr-agent-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\Azure Site Recovery",
      "recursive": true,
      "risk": "low",
      "rationale": "The Site Recovery agent (on protected VMs, the guest agent) tracks and sends changed data from here; scanning it slows replication.",
      "source": {
        "id": "A1",
        "section": "VMware to Azure: source servers (installation path of the Azure Site Recovery agent) and Protected VMs (guest agent installation folder)"
      },
      "provenance": "vendor-page",
      "correction": {
        "note": "Missing space in the source servers section; the same article writes C:\\Program Files (x86)\\Azure Site Recovery under Protected VMs.",
        "original": "C:\\Program Files(x86)\\Azure Site Recovery"
      },
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "Default installation path."
      ]
    },
    {
      "id": "mars-agent-dir",
      "kind": "directory",
      "value": "C:\\Program Files\\Microsoft Azure Recovery Services Agent",
      "recursive": true,
      "risk": "low",
      "rationale": "The Recovery Services agent's program and working folders; scanning them slows replication.",
      "source": {
        "id": "A1",
        "section": "VMware to Azure: source servers, installation path of the Recovery Services agent"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "Default installation path."
      ]
    }
  ],
  "includes": {
    "scvmm-to-azure/vmm-server": [
      {
        "product": "scvmm",
        "roles": [
          "vmm-server"
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
        3,
        6,
        7,
        8
      ],
      "vmware-to-azure/configuration-server": [
        9,
        10
      ],
      "vmware-to-azure/protected-vm": [
        9
      ]
    }
  }
};

// Generated from data/failover-cluster.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Windows Server Failover Clustering (Microsoft), compiled. */
export const product: CompiledProduct = {
  "id": "failover-cluster",
  "name": "Windows Server Failover Clustering",
  "vendor": "Microsoft",
  "description": "The Windows Server failover cluster service on each cluster node, for antivirus software that is not cluster-aware.",
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
      "id": "node",
      "name": "Cluster node",
      "description": "A server that is a node of a Windows failover cluster."
    }
  ],
  "features": [],
  "variables": {
    "QUORUM_DISK": {
      "name": "QUORUM_DISK",
      "description": "The drive of the cluster's quorum (witness) disk, such as Q:.",
      "type": "path",
      "hint": "The drive letter of the cluster's quorum (witness) disk, such as Q:. Leave it unset only if the cluster has no witness disk.",
      "multiple": false
    },
    "CLUSTER_SERVICE_TEMP_DIR": {
      "name": "CLUSTER_SERVICE_TEMP_DIR",
      "description": "The temporary folder of the account the Cluster Service runs as.",
      "type": "path",
      "hint": "The Temp folder in the profile of the cluster service account; the article's example is \\cliusr\\Local Settings\\Temp (the CLIUSR account).",
      "multiple": false
    }
  },
  "sources": {
    "M3": {
      "id": "M3",
      "title": "Antivirus software that isn't cluster-aware may cause problems with Cluster Services (KB 250355)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/windows-server/high-availability/not-cluster-aware-antivirus-software-cause-issue",
      "docVersion": "ms.date 12/26/2023 (MicrosoftDocs/SupportArticles-docs 08a0de45)",
      "retrieved": "2026-11-22"
    }
  },
  "rules": [
    {
      "id": "quorum-cluster-dir",
      "kind": "directory",
      "value": "{QUORUM_DISK}\\Cluster",
      "recursive": true,
      "risk": "medium",
      "rationale": "The cluster keeps its configuration on the quorum disk; a scanner that is not cluster-aware can lock those files and take cluster resources offline.",
      "source": {
        "id": "M3",
        "section": "Directory: the path of the quorum disk (for example Q:\\Cluster)"
      },
      "provenance": "vendor-other-page",
      "variables": [
        "QUORUM_DISK"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article gives Q:\\Cluster as an example; the drive letter differs per cluster, so it is a value only you know."
      ]
    },
    {
      "id": "cluster-dir",
      "kind": "directory",
      "value": "%Systemroot%\\Cluster",
      "recursive": true,
      "risk": "low",
      "rationale": "The node's cluster database and logs live here and are written constantly by the cluster service.",
      "source": {
        "id": "M3",
        "section": "Directory: %Systemroot%\\Cluster"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "cluster-service-temp-dir",
      "kind": "directory",
      "value": "{CLUSTER_SERVICE_TEMP_DIR}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The cluster service works with temporary files in its account's temp folder; locking them disturbs cluster operations.",
      "source": {
        "id": "M3",
        "section": "Directory: temp folder of the Cluster Service account (for example \\cliusr\\Local Settings\\Temp)"
      },
      "provenance": "vendor-other-page",
      "variables": [
        "CLUSTER_SERVICE_TEMP_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article's example is a relative, older-style profile path; the real folder depends on the account and Windows version."
      ]
    },
    {
      "id": "clussvc-process",
      "kind": "process",
      "value": "%systemroot%\\Cluster\\clussvc.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Cluster Service process keeps the cluster database and quorum files open.",
      "source": {
        "id": "M3",
        "section": "Process"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens."
      ]
    },
    {
      "id": "rhs-process",
      "kind": "process",
      "value": "%systemroot%\\Cluster\\rhs.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Resource Hosting Subsystem runs the cluster's resource monitors, which bring disks and services online.",
      "source": {
        "id": "M3",
        "section": "Process"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens."
      ]
    }
  ],
  "includes": {},
  "index": {
    "windows": {
      "node": [
        0,
        1,
        2,
        3,
        4
      ]
    }
  }
};

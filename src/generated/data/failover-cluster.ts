// Generated from data/failover-cluster.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Windows Server Failover Clustering (Microsoft), compiled. */
export const failoverCluster: CompiledProduct = {
  "id": "failover-cluster",
  "name": "Windows Server Failover Clustering",
  "vendor": "Microsoft",
  "description": "The Cluster Service of Windows Server failover clusters, on every cluster node, for antivirus software that is not cluster-aware.",
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
      "description": "A server that is a node of a Windows Server failover cluster."
    }
  ],
  "features": [],
  "variables": {
    "QUORUM_DISK": {
      "name": "QUORUM_DISK",
      "description": "The drive of the cluster's quorum (witness) disk, such as Q:.",
      "type": "path",
      "hint": "The drive letter of the cluster's quorum (witness) disk, such as Q:. Until a value is given, the exclusion is listed as unresolved; a cluster without a quorum disk has no such folder to exclude.",
      "multiple": false
    },
    "CLUSTER_SERVICE_TEMP_DIR": {
      "name": "CLUSTER_SERVICE_TEMP_DIR",
      "description": "The temporary folder of the account the Cluster Service runs as.",
      "type": "path",
      "hint": "The full local path of the Temp folder in the Cluster Service account's profile. The article's example, \\cliusr\\Local Settings\\Temp, is a relative path in the old (Windows XP/Server 2003) profile layout and cannot be used as written. A folder inside a user profile (C:\\Users\\<name>\\AppData\\Local\\Temp) is refused: Microsoft's \"Common mistakes to avoid when defining exclusions\" page says never to exclude a user's Temp folder.",
      "multiple": false
    }
  },
  "sources": {
    "M3": {
      "id": "M3",
      "title": "Antivirus software that isn't cluster-aware may cause problems with Cluster Services (KB 250355)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/windows-server/high-availability/not-cluster-aware-antivirus-software-cause-issue",
      "docVersion": "ms.date 12/26/2023 (MicrosoftDocs/SupportArticles-docs commit 08a0de456a6c276c63b6845337c04f06448f3205)",
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
      "rationale": "The cluster keeps its data on the quorum disk; a scanner that does not understand shared disks can hold those files and cause resource failures or failed moves of groups between nodes.",
      "source": {
        "id": "M3",
        "section": "Workaround > Directory: the \\Cluster folder on the quorum hard disk (example Q:\\Cluster)"
      },
      "provenance": "vendor-page",
      "variables": [
        "QUORUM_DISK"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article gives Q:\\Cluster as an example; the drive letter differs per cluster, so only you know the value."
      ]
    },
    {
      "id": "cluster-dir",
      "kind": "directory",
      "value": "%Systemroot%\\Cluster",
      "recursive": true,
      "risk": "low",
      "rationale": "The node's cluster service files, configuration database and logs live here and change constantly while the cluster runs.",
      "source": {
        "id": "M3",
        "section": "Workaround > Directory: the %Systemroot%\\Cluster folder"
      },
      "provenance": "vendor-page",
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "cluster-service-temp-dir",
      "kind": "directory",
      "value": "{CLUSTER_SERVICE_TEMP_DIR}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The Cluster Service writes temporary files in its account's temp folder; scanner locks on them can disturb cluster operations.",
      "source": {
        "id": "M3",
        "section": "Workaround > Directory: the temp folder for the Cluster Service account (example \\cliusr\\Local Settings\\Temp)"
      },
      "provenance": "vendor-page",
      "variables": [
        "CLUSTER_SERVICE_TEMP_DIR"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article's example is a relative path in an old profile layout; the real folder depends on the account and the Windows release, so only you know the value."
      ]
    },
    {
      "id": "clussvc-process",
      "kind": "process",
      "value": "%systemroot%\\Cluster\\clussvc.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Cluster Service keeps the cluster configuration and quorum files open and moves resources between nodes.",
      "source": {
        "id": "M3",
        "section": "Workaround > Process: clussvc.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says this file \"may have to\" be configured as a process exclusion; a process exclusion stops real-time scanning of the files the process opens."
      ]
    },
    {
      "id": "rhs-process",
      "kind": "process",
      "value": "%systemroot%\\Cluster\\rhs.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Resource Hosting Subsystem runs the resource monitors that bring cluster disks and services online.",
      "source": {
        "id": "M3",
        "section": "Workaround > Process: rhs.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says this file \"may have to\" be configured as a process exclusion; a process exclusion stops real-time scanning of the files the process opens."
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

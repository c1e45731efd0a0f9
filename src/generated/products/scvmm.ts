// Generated from data/scvmm.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** System Center Virtual Machine Manager (Microsoft), compiled. */
export const product: CompiledProduct = {
  "id": "scvmm",
  "name": "System Center Virtual Machine Manager",
  "vendor": "Microsoft",
  "description": "System Center Virtual Machine Manager (VMM): the VMM management server, its library servers and shares, and the Hyper-V hosts and host clusters it manages. The article covers System Center 2012 and 2012 R2 VMM.",
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
      "id": "vmm-server",
      "name": "VMM management server",
      "description": "The server running the VMM management service."
    },
    {
      "id": "library-server",
      "name": "VMM library server",
      "description": "A server holding VMM library shares (disk images, ISO files, templates)."
    },
    {
      "id": "managed-host",
      "name": "VMM-managed Hyper-V host",
      "description": "A Hyper-V host or host-cluster node managed by VMM."
    }
  ],
  "features": [
    {
      "id": "cluster-shared-volumes",
      "description": "The hosts store virtual machines on Cluster Shared Volumes (C:\\ClusterStorage)."
    }
  ],
  "variables": {
    "VHD_DIRS": {
      "name": "VHD_DIRS",
      "description": "Virtual hard disk folders other than the default.",
      "type": "path",
      "hint": "Hyper-V Manager > Hyper-V Settings > Virtual Hard Disks, and the disk paths in each virtual machine's settings.",
      "multiple": true
    },
    "REPLICA_DIRS": {
      "name": "REPLICA_DIRS",
      "description": "Folders that receive replication data (Hyper-V Replica or Azure Site Recovery).",
      "type": "path",
      "hint": "Hyper-V Settings > Replication Configuration, the replica storage location.",
      "multiple": true
    },
    "CSV_VOLUME_IDS": {
      "name": "CSV_VOLUME_IDS",
      "description": "The volume id (\\\\?\\Volume{GUID}\\) of each Cluster Shared Volume.",
      "type": "path",
      "hint": "Run mountvol on a cluster node; each CSV is listed as \\\\?\\Volume{GUID}\\ with its C:\\ClusterStorage mount point.",
      "multiple": true
    }
  },
  "sources": {
    "M1": {
      "id": "M1",
      "title": "Recommended antivirus exclusions for System Center Virtual Machine Manager and managed hosts (KB 3119208)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/system-center/vmm/antivirus-exclusions-for-managed-hosts",
      "docVersion": "ms.date 04/09/2024 (MicrosoftDocs/SupportArticles-docs d07311de)",
      "retrieved": "2026-11-22"
    }
  },
  "rules": [
    {
      "id": "vhd-extension",
      "kind": "extension",
      "value": ".vhd",
      "recursive": false,
      "risk": "medium",
      "rationale": "Virtual hard disks in libraries and on hosts are large and kept open; scanning them slows or breaks VM deployment and operation.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article names these file types for the files stored in VMM libraries and library shares and on managed hosts and host clusters."
      ]
    },
    {
      "id": "vhdx-extension",
      "kind": "extension",
      "value": ".vhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "VHDX virtual hard disks in libraries and on hosts are large and kept open; scanning them slows or breaks VM deployment and operation.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article names these file types for the files stored in VMM libraries and library shares and on managed hosts and host clusters."
      ]
    },
    {
      "id": "avhd-extension",
      "kind": "extension",
      "value": ".avhd",
      "recursive": false,
      "risk": "medium",
      "rationale": "Checkpoint differencing disks change with every guest write; scanning them slows or breaks the VM.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article names these file types for the files stored in VMM libraries and library shares and on managed hosts and host clusters."
      ]
    },
    {
      "id": "avhdx-extension",
      "kind": "extension",
      "value": ".avhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "Checkpoint differencing disks (VHDX) change with every guest write; scanning them slows or breaks the VM.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article names these file types for the files stored in VMM libraries and library shares and on managed hosts and host clusters."
      ]
    },
    {
      "id": "vsv-extension",
      "kind": "extension",
      "value": ".vsv",
      "recursive": false,
      "risk": "medium",
      "rationale": "Saved-state files are written when VMs save or migrate; scanning them can make those operations fail.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article names these file types for the files stored in VMM libraries and library shares and on managed hosts and host clusters."
      ]
    },
    {
      "id": "iso-extension",
      "kind": "extension",
      "value": ".iso",
      "recursive": false,
      "risk": "high",
      "rationale": "Disc images in libraries are copied to hosts and attached to VMs; scanning them slows deployments and a lock can fail the attach.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions"
      },
      "provenance": "vendor-other-page",
      "riskNote": ".iso is a generic disc-image type: excluding it everywhere also hides downloaded images, which can carry malware.",
      "notes": [
        "The article names these file types for the files stored in VMM libraries and library shares and on managed hosts and host clusters."
      ]
    },
    {
      "id": "vm-config-dir",
      "kind": "directory",
      "value": "C:\\ProgramData\\Microsoft\\Windows\\Hyper-V",
      "recursive": true,
      "risk": "medium",
      "rationale": "The default folder of VM configuration files on a managed host, with its subfolders.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: default virtual machine configuration directory"
      },
      "provenance": "vendor-other-page"
    },
    {
      "id": "vhd-dir",
      "kind": "directory",
      "value": "C:\\Users\\Public\\Documents\\Hyper-V\\Virtual Hard Disks",
      "recursive": true,
      "risk": "medium",
      "rationale": "The default folder of virtual hard disks on a managed host.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: default virtual hard disk directory"
      },
      "provenance": "vendor-other-page"
    },
    {
      "id": "snapshot-dir",
      "kind": "directory",
      "value": "C:\\ProgramData\\Microsoft\\Windows\\Hyper-V\\Snapshots",
      "recursive": true,
      "risk": "medium",
      "rationale": "The default folder of checkpoint files on a managed host.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: default snapshot directory"
      },
      "provenance": "vendor-other-page"
    },
    {
      "id": "cluster-storage-dir",
      "kind": "directory",
      "value": "C:\\ClusterStorage",
      "recursive": true,
      "risk": "medium",
      "rationale": "Cluster Shared Volumes mounted below C:\\ClusterStorage hold the VMs of a host cluster.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: Cluster Shared Volumes (C:\\ClusterStorage and any subdirectories)"
      },
      "provenance": "vendor-other-page",
      "when": [
        "cluster-shared-volumes"
      ]
    },
    {
      "id": "csv-volume-ids",
      "kind": "volume",
      "value": "{CSV_VOLUME_IDS}",
      "recursive": true,
      "risk": "high",
      "rationale": "A scanner that excludes CSVs only by their C:\\ClusterStorage path can still reach them through the volume id; excluding each CSV volume id closes that gap.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: note on excluding CSVs by volume ID (mountvol)"
      },
      "provenance": "vendor-other-page",
      "when": [
        "cluster-shared-volumes"
      ],
      "variables": [
        "CSV_VOLUME_IDS"
      ],
      "riskNote": "Excludes whole volumes: everything stored on a CSV goes unscanned.",
      "notes": [
        "The article says the older method of excluding each C:\\ClusterStorage\\Volume<x> path is no longer used and points to the volume id instead."
      ]
    },
    {
      "id": "custom-vhd-dirs",
      "kind": "directory",
      "value": "{VHD_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Virtual hard disks kept outside the default folder need the same exclusion.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: custom virtual hard disk directories"
      },
      "provenance": "vendor-other-page",
      "skipIfUnset": true,
      "variables": [
        "VHD_DIRS"
      ]
    },
    {
      "id": "replica-dirs",
      "kind": "directory",
      "value": "{REPLICA_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "With Hyper-V Replica or Azure Site Recovery, replicated VM data arrives continuously in the replication folders.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: custom replication data directories (Hyper-V Replica or Azure Site Recovery)"
      },
      "provenance": "vendor-other-page",
      "skipIfUnset": true,
      "variables": [
        "REPLICA_DIRS"
      ]
    },
    {
      "id": "vmms-process",
      "kind": "process",
      "value": "Vmms.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Virtual Machine Management service on a managed host reads and writes VM configuration and state files.",
      "source": {
        "id": "M1",
        "section": "More information: process exclusions for Hyper-V hosts"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only; a name-only exclusion matches that name in any folder."
      ]
    },
    {
      "id": "vmwp-process",
      "kind": "process",
      "value": "Vmwp.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The VM worker process runs each virtual machine and does its disk and memory I/O.",
      "source": {
        "id": "M1",
        "section": "More information: process exclusions for Hyper-V hosts"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only; a name-only exclusion matches that name in any folder."
      ]
    },
    {
      "id": "vmmservice-process",
      "kind": "process",
      "value": "Vmmservice.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The VMM management service works with library and VM files while it deploys and manages VMs.",
      "source": {
        "id": "M1",
        "section": "More information: process exclusions for VMM servers"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only and assigns it to VMM servers."
      ]
    },
    {
      "id": "vmmagent-process",
      "kind": "process",
      "value": "VmmAgent.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The VMM agent carries out VMM operations on the machine.",
      "source": {
        "id": "M1",
        "section": "More information: process exclusions for VMM servers"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only and assigns it to VMM servers."
      ]
    },
    {
      "id": "vmmadminui-process",
      "kind": "process",
      "value": "VmmAdminUI.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The VMM console works with library files when administrators manage VMs.",
      "source": {
        "id": "M1",
        "section": "More information: process exclusions for VMM servers"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only and assigns it to VMM servers."
      ]
    }
  ],
  "includes": {},
  "index": {
    "windows": {
      "vmm-server": [
        0,
        1,
        2,
        3,
        4,
        5,
        15,
        16,
        17
      ],
      "library-server": [
        0,
        1,
        2,
        3,
        4,
        5
      ],
      "managed-host": [
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14
      ]
    }
  }
};

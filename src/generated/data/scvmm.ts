// Generated from data/scvmm.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** System Center Virtual Machine Manager (Microsoft), compiled. */
export const scvmm: CompiledProduct = {
  "id": "scvmm",
  "name": "System Center Virtual Machine Manager",
  "vendor": "Microsoft",
  "description": "Microsoft's management server for Hyper-V hosts and clusters (System Center VMM 2012 and 2012 R2 named by the article), its library servers and the hosts it manages.",
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
      "name": "VMM server",
      "description": "The server that runs the Virtual Machine Manager management service."
    },
    {
      "id": "library-server",
      "name": "VMM library server",
      "description": "A server whose VMM library shares hold virtual disks, ISO images and other resources VMM deploys."
    },
    {
      "id": "managed-host",
      "name": "Managed Hyper-V host",
      "description": "A Hyper-V host, or a node of a Hyper-V host cluster, managed by VMM."
    },
    {
      "id": "file-server",
      "name": "File server for virtual machines",
      "description": "A file server, such as a Scale-Out File Server, that keeps the virtual machine files of VMM-managed hosts on SMB 3.0 shares. It takes the exclusions of the Hyper-V pack's file-server role."
    }
  ],
  "features": [
    {
      "id": "cluster-shared-volumes",
      "description": "The hosts use Cluster Shared Volumes (mounted below C:\\ClusterStorage)."
    }
  ],
  "variables": {
    "VHD_DIRS": {
      "name": "VHD_DIRS",
      "description": "Folders other than the default that hold virtual hard disks.",
      "type": "path",
      "hint": "Hyper-V Manager > Hyper-V Settings > Virtual Hard Disks, and the disk paths shown in each virtual machine's settings.",
      "multiple": true
    },
    "REPLICA_DIRS": {
      "name": "REPLICA_DIRS",
      "description": "Folders that receive replication data (Hyper-V Replica or Azure Site Recovery).",
      "type": "path",
      "hint": "Hyper-V Manager > Hyper-V Settings > Replication Configuration on the replica server (the storage location for replica files).",
      "multiple": true
    },
    "CSV_VOLUME_IDS": {
      "name": "CSV_VOLUME_IDS",
      "description": "The volume id (\\\\?\\Volume{GUID}\\) of each Cluster Shared Volume.",
      "type": "path",
      "hint": "Run mountvol in an elevated command prompt on a cluster node: each CSV is listed as \\\\?\\Volume{GUID}\\ followed by its C:\\ClusterStorage\\Volume<n> mount point.",
      "multiple": true
    }
  },
  "sources": {
    "M1": {
      "id": "M1",
      "title": "Recommended antivirus exclusions for System Center Virtual Machine Manager and managed hosts (KB 3119208)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/system-center/vmm/antivirus-exclusions-for-managed-hosts",
      "docVersion": "ms.date 04/09/2024 (MicrosoftDocs/SupportArticles-docs commit d07311de37be0db393e768873238012c4b7d89c5)",
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
      "rationale": "VMM copies virtual disks between libraries and hosts and VMs keep them open while running; scanning them slows deployments and can block VM start-up.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: \"All VHD, VHDX, AVHD, AVHDX, VSV, and ISO files\""
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks for file type exclusions on the VMM server, the VMM libraries and the managed hosts, for files of this type stored in libraries and library shares and on Hyper-V hosts and host clusters. A file type exclusion applies machine-wide."
      ]
    },
    {
      "id": "vhdx-extension",
      "kind": "extension",
      "value": ".vhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "VHDX disks are copied by VMM and kept open by running VMs; a scanner lock can fail a deployment or a VM start.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: \"All VHD, VHDX, AVHD, AVHDX, VSV, and ISO files\""
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks for file type exclusions on the VMM server, the VMM libraries and the managed hosts, for files of this type stored in libraries and library shares and on Hyper-V hosts and host clusters. A file type exclusion applies machine-wide."
      ]
    },
    {
      "id": "avhd-extension",
      "kind": "extension",
      "value": ".avhd",
      "recursive": false,
      "risk": "medium",
      "rationale": "Checkpoint differencing disks take all writes of a VM after a checkpoint; scanning them stalls the guest.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: \"All VHD, VHDX, AVHD, AVHDX, VSV, and ISO files\""
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks for file type exclusions on the VMM server, the VMM libraries and the managed hosts, for files of this type stored in libraries and library shares and on Hyper-V hosts and host clusters. A file type exclusion applies machine-wide."
      ]
    },
    {
      "id": "avhdx-extension",
      "kind": "extension",
      "value": ".avhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "VHDX checkpoint disks take all writes of a VM after a checkpoint; scanning them stalls the guest or breaks the checkpoint chain.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: \"All VHD, VHDX, AVHD, AVHDX, VSV, and ISO files\""
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks for file type exclusions on the VMM server, the VMM libraries and the managed hosts, for files of this type stored in libraries and library shares and on Hyper-V hosts and host clusters. A file type exclusion applies machine-wide."
      ]
    },
    {
      "id": "vsv-extension",
      "kind": "extension",
      "value": ".vsv",
      "recursive": false,
      "risk": "medium",
      "rationale": "Saved device state of a VM is written and read on save, checkpoint and resume; a scanner lock can make these fail.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: \"All VHD, VHDX, AVHD, AVHDX, VSV, and ISO files\""
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks for file type exclusions on the VMM server, the VMM libraries and the managed hosts, for files of this type stored in libraries and library shares and on Hyper-V hosts and host clusters. A file type exclusion applies machine-wide."
      ]
    },
    {
      "id": "iso-extension",
      "kind": "extension",
      "value": ".iso",
      "recursive": false,
      "risk": "high",
      "rationale": "Disc images stored in libraries are copied to hosts and attached to VMs; scanning them slows deployments and a lock can fail the attach.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: \"All VHD, VHDX, AVHD, AVHDX, VSV, and ISO files\""
      },
      "provenance": "vendor-page",
      "riskNote": "A machine-wide .iso exclusion also skips disc images downloaded or copied anywhere on the machine, which can carry malware. Where the scanner allows it, limit the exclusion to library shares and VM folders.",
      "notes": [
        "The article asks for file type exclusions on the VMM server, the VMM libraries and the managed hosts, for files of this type stored in libraries and library shares and on Hyper-V hosts and host clusters. A file type exclusion applies machine-wide."
      ]
    },
    {
      "id": "vm-config-dir",
      "kind": "directory",
      "value": "C:\\ProgramData\\Microsoft\\Windows\\Hyper-V",
      "recursive": true,
      "risk": "medium",
      "rationale": "Hyper-V's default folder for VM configuration and state files on a managed host; a scanner there can lock files Hyper-V needs to register and run VMs.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: default virtual machine configuration directory and its subdirectories"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article lists this folder under its file type exclusions, as one of the places where VHD, VHDX, AVHD, AVHDX, VSV and ISO files are typically found; it does not say to exclude the folder as such. We exclude the whole folder, so other files in it are not scanned either.",
        "The article asks for this folder when the default location is in use."
      ]
    },
    {
      "id": "vhd-dir",
      "kind": "directory",
      "value": "C:\\Users\\Public\\Documents\\Hyper-V\\Virtual Hard Disks",
      "recursive": true,
      "risk": "medium",
      "rationale": "The default folder for virtual disks on a managed host; the disks in it are open and changing while VMs run.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: default virtual machine virtual hard disk files directory and its subdirectories"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article lists this folder under its file type exclusions, as one of the places where VHD, VHDX, AVHD, AVHDX, VSV and ISO files are typically found; it does not say to exclude the folder as such. We exclude the whole folder, so other files in it are not scanned either.",
        "The article asks for this folder when the default location is in use."
      ]
    },
    {
      "id": "snapshot-dir",
      "kind": "directory",
      "value": "C:\\ProgramData\\Microsoft\\Windows\\Hyper-V\\Snapshots",
      "recursive": true,
      "risk": "medium",
      "rationale": "Checkpoint files land here by default and are written whenever a checkpoint is taken or merged.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: default snapshot files directory and its subdirectories"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article lists this folder under its file type exclusions, as one of the places where VHD, VHDX, AVHD, AVHDX, VSV and ISO files are typically found; it does not say to exclude the folder as such. We exclude the whole folder, so other files in it are not scanned either.",
        "The article asks for this folder when the default location is in use.",
        "This folder lies inside C:\\ProgramData\\Microsoft\\Windows\\Hyper-V, so it is already covered; the article lists it separately."
      ]
    },
    {
      "id": "cluster-storage-dir",
      "kind": "directory",
      "value": "C:\\ClusterStorage",
      "recursive": true,
      "risk": "medium",
      "rationale": "Cluster Shared Volumes are mounted below this folder and hold the VMs of a host cluster; scanning them slows and can block VM disk access.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: default Cluster Shared Volumes (CSV) paths and any subdirectories"
      },
      "provenance": "vendor-page",
      "when": [
        "cluster-shared-volumes"
      ],
      "notes": [
        "The article lists this folder under its file type exclusions, as one of the places where VHD, VHDX, AVHD, AVHDX, VSV and ISO files are typically found; it does not say to exclude the folder as such. We exclude the whole folder, so other files in it are not scanned either."
      ]
    },
    {
      "id": "csv-volume-ids",
      "kind": "volume",
      "value": "{CSV_VOLUME_IDS}",
      "recursive": true,
      "risk": "high",
      "rationale": "VMs on a Cluster Shared Volume are used by the cluster nodes while they run; Microsoft now asks to exclude each CSV by its volume id, which ties the exclusion to the volume rather than to its mount path.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: note under the CSV paths (\"The new method is to set the exclusion using the Volume ID\")"
      },
      "provenance": "vendor-page",
      "when": [
        "cluster-shared-volumes"
      ],
      "variables": [
        "CSV_VOLUME_IDS"
      ],
      "riskNote": "Excludes whole volumes: nothing stored on a Cluster Shared Volume is scanned in real time.",
      "notes": [
        "The article says the older method of excluding each C:\\ClusterStorage\\volume(x) path is no longer used and that the exclusion is set by volume id instead, found with mountvol.",
        "The article still lists C:\\ClusterStorage itself; both rules are kept."
      ]
    },
    {
      "id": "custom-vhd-dirs",
      "kind": "directory",
      "value": "{VHD_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Virtual disks kept outside the default folder are open and changing while their VMs run, like the default ones.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: any applicable custom virtual hard disk drive directories"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "VHD_DIRS"
      ],
      "notes": [
        "The article lists this folder under its file type exclusions, as one of the places where VHD, VHDX, AVHD, AVHDX, VSV and ISO files are typically found; it does not say to exclude the folder as such. We exclude the whole folder, so other files in it are not scanned either.",
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "replica-dirs",
      "kind": "directory",
      "value": "{REPLICA_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Replicated VM data is written into these folders continuously; scanning it slows replication and can lock replica files.",
      "source": {
        "id": "M1",
        "section": "Set antivirus file type exclusions: any custom replication data directories (Hyper-V Replica or Azure Site Recovery)"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "REPLICA_DIRS"
      ],
      "notes": [
        "The article lists this folder under its file type exclusions, as one of the places where VHD, VHDX, AVHD, AVHDX, VSV and ISO files are typically found; it does not say to exclude the folder as such. We exclude the whole folder, so other files in it are not scanned either.",
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "vmms-process",
      "kind": "process",
      "value": "Vmms.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Virtual Machine Management service on a managed host creates and updates VM configuration and state files.",
      "source": {
        "id": "M1",
        "section": "More information: Hyper-V processes to set as process exclusions on all Hyper-V hosts"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says these processes \"may have to\" be set as process exclusions; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only; a name-only process exclusion matches that name in any folder."
      ]
    },
    {
      "id": "vmwp-process",
      "kind": "process",
      "value": "Vmwp.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The worker process of each running VM creates and updates its memory, device and runtime state files.",
      "source": {
        "id": "M1",
        "section": "More information: Hyper-V processes to set as process exclusions on all Hyper-V hosts"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says these processes \"may have to\" be set as process exclusions; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only; a name-only process exclusion matches that name in any folder."
      ]
    },
    {
      "id": "vmmservice-process",
      "kind": "process",
      "value": "Vmmservice.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The VMM management service works with library and VM files while it deploys and manages VMs; a scanner can slow or block that work.",
      "source": {
        "id": "M1",
        "section": "More information: VMM processes to set as process exclusions on all VMM servers"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says these processes \"may have to\" be set as process exclusions; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only and names VMM servers as the machines to set it on; a name-only process exclusion matches that name in any folder."
      ]
    },
    {
      "id": "vmmagent-process",
      "kind": "process",
      "value": "VmmAgent.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The VMM agent runs VMM jobs on the machine; Microsoft lists it among the processes to exclude on VMM servers.",
      "source": {
        "id": "M1",
        "section": "More information: VMM processes to set as process exclusions on all VMM servers"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says these processes \"may have to\" be set as process exclusions; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only and names VMM servers as the machines to set it on; a name-only process exclusion matches that name in any folder."
      ]
    },
    {
      "id": "vmmadminui-process",
      "kind": "process",
      "value": "VmmAdminUI.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "Microsoft lists the VMM console process among those whose file access a scanner can disturb on VMM servers.",
      "source": {
        "id": "M1",
        "section": "More information: VMM processes to set as process exclusions on all VMM servers"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says these processes \"may have to\" be set as process exclusions; a process exclusion stops real-time scanning of the files the process opens.",
        "The article gives the image name only and names VMM servers as the machines to set it on; a name-only process exclusion matches that name in any folder."
      ]
    }
  ],
  "includes": {
    "file-server": [
      {
        "product": "hyper-v",
        "roles": [
          "file-server"
        ]
      }
    ]
  },
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
      ],
      "file-server": []
    }
  }
};

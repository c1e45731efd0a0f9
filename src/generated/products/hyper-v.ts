// Generated from data/hyper-v.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Hyper-V (Microsoft), compiled. */
export const product: CompiledProduct = {
  "id": "hyper-v",
  "name": "Hyper-V",
  "vendor": "Microsoft",
  "description": "The Windows Server hypervisor role. Covers hosts that run virtual machines and servers that store virtual machine files for them over SMB.",
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
      "id": "host",
      "name": "Hyper-V host",
      "description": "A physical server with the Hyper-V role running virtual machines."
    },
    {
      "id": "file-server",
      "name": "File server for virtual machines",
      "description": "A server that stores virtual machine files on SMB 3.0 shares for Hyper-V hosts."
    }
  ],
  "features": [
    {
      "id": "cluster-shared-volumes",
      "description": "The hosts store virtual machines on Cluster Shared Volumes (C:\\ClusterStorage)."
    }
  ],
  "variables": {
    "VM_CONFIG_DIRS": {
      "name": "VM_CONFIG_DIRS",
      "description": "Virtual machine configuration folders other than the default.",
      "type": "path",
      "hint": "Hyper-V Manager > Hyper-V Settings > Virtual Machines, and the configuration location in each virtual machine's settings.",
      "multiple": true
    },
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
    "VM_FILE_SHARES": {
      "name": "VM_FILE_SHARES",
      "description": "SMB 3.0 shares (their local folders on the file server) that hold virtual machine files.",
      "type": "path",
      "hint": "The local folders, on the file server, of the shares Hyper-V hosts use for virtual machine storage.",
      "multiple": true
    }
  },
  "sources": {
    "M2": {
      "id": "M2",
      "title": "Recommended antivirus exclusions for Hyper-V hosts (KB 3105657)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/windows-server/virtualization/antivirus-exclusions-for-hyper-v-hosts",
      "docVersion": "ms.date 12/26/2023 (MicrosoftDocs/SupportArticles-docs c443d8d9)",
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
      "rationale": "Virtual hard disk files are open and changing while VMs run; scanning them can fail VM start-up and hurts disk performance.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "vhdx-extension",
      "kind": "extension",
      "value": ".vhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "Virtual hard disk files (VHDX) are open and changing while VMs run; scanning them can fail VM start-up and hurts disk performance.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "avhd-extension",
      "kind": "extension",
      "value": ".avhd",
      "recursive": false,
      "risk": "medium",
      "rationale": "Differencing disks of checkpoints change with every guest write; scanning them slows or breaks the VM.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "avhdx-extension",
      "kind": "extension",
      "value": ".avhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "Differencing disks of checkpoints (VHDX format) change with every guest write; scanning them slows or breaks the VM.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "vhds-extension",
      "kind": "extension",
      "value": ".vhds",
      "recursive": false,
      "risk": "medium",
      "rationale": "VHD Set files back shared virtual disks used by guest clusters; a scanner lock can take the shared disk away from the guests.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "vhdpmem-extension",
      "kind": "extension",
      "value": ".vhdpmem",
      "recursive": false,
      "risk": "medium",
      "rationale": "Virtual persistent-memory disk files are mapped into VMs; scanning them interferes with the guest.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "iso-extension",
      "kind": "extension",
      "value": ".iso",
      "recursive": false,
      "risk": "high",
      "rationale": "Disc images attached to VMs are held open by the VM; a scanner lock can make the attach fail.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "riskNote": ".iso is a generic disc-image type: excluding it everywhere also hides downloaded images, which can carry malware.",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "rct-extension",
      "kind": "extension",
      "value": ".rct",
      "recursive": false,
      "risk": "medium",
      "rationale": "Resilient Change Tracking files record changed blocks for backups; interfering with them breaks incremental backups of VMs.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "mrt-extension",
      "kind": "extension",
      "value": ".mrt",
      "recursive": false,
      "risk": "medium",
      "rationale": "Modified Region Table files accompany change tracking for VM disks; a scanner lock on them disturbs backups.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide.",
        "Listed since the revision of 12/26/2023; the 09/08/2020 revision did not have it."
      ]
    },
    {
      "id": "vsv-extension",
      "kind": "extension",
      "value": ".vsv",
      "recursive": false,
      "risk": "medium",
      "rationale": "Saved-state files are written when VMs save or migrate; scanning them can make save, restore or migration fail.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "bin-extension",
      "kind": "extension",
      "value": ".bin",
      "recursive": false,
      "risk": "high",
      "rationale": "Memory-state files of saved VMs are large and written at save time; scanning them slows or breaks saving and restoring VMs.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "riskNote": ".bin is a generic extension used by many programs: excluding it machine-wide hides far more than VM memory files.",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "xml-extension",
      "kind": "extension",
      "value": ".xml",
      "recursive": false,
      "risk": "high",
      "rationale": "Older (version 1) VM configuration files are XML; a scanner lock on them can stop the VM management service from reading a VM.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "riskNote": ".xml is used by countless programs: a machine-wide exclusion removes a lot of coverage. Prefer excluding the VM configuration folders.",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide.",
        "Listed since the revision of 12/26/2023; the 09/08/2020 revision did not have it."
      ]
    },
    {
      "id": "vmcx-extension",
      "kind": "extension",
      "value": ".vmcx",
      "recursive": false,
      "risk": "medium",
      "rationale": "VM configuration files (version 2 format) are read and written by the VM management service; locking them breaks VM management.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "vmrs-extension",
      "kind": "extension",
      "value": ".vmrs",
      "recursive": false,
      "risk": "medium",
      "rationale": "VM runtime-state files are written while VMs run; scanning them slows or breaks the VM.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "vmgs-extension",
      "kind": "extension",
      "value": ".vmgs",
      "recursive": false,
      "risk": "medium",
      "rationale": "VM guest-state files hold the guest's firmware and security state; a scanner lock can keep the VM from starting.",
      "source": {
        "id": "M2",
        "section": "Files"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to do that, and it applies machine-wide."
      ]
    },
    {
      "id": "vm-config-dir",
      "kind": "directory",
      "value": "%ProgramData%\\Microsoft\\Windows\\Hyper-V",
      "recursive": true,
      "risk": "medium",
      "rationale": "The default location of virtual machine configuration files and their subfolders.",
      "source": {
        "id": "M2",
        "section": "Directory: default virtual machine configuration directory and its subdirectories"
      },
      "provenance": "vendor-other-page"
    },
    {
      "id": "vhd-dir",
      "kind": "directory",
      "value": "%Public%\\Documents\\Hyper-V\\Virtual Hard Disks",
      "recursive": true,
      "risk": "medium",
      "rationale": "The default location of virtual hard disk files.",
      "source": {
        "id": "M2",
        "section": "Directory: default virtual hard disk drive directory"
      },
      "provenance": "vendor-other-page"
    },
    {
      "id": "snapshot-dir",
      "kind": "directory",
      "value": "%SystemDrive%\\ProgramData\\Microsoft\\Windows\\Hyper-V\\Snapshots",
      "recursive": true,
      "risk": "medium",
      "rationale": "The default location of checkpoint (snapshot) files.",
      "source": {
        "id": "M2",
        "section": "Directory: default snapshot files directory"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "Normally inside the configuration folder excluded above; listed because the article lists it."
      ]
    },
    {
      "id": "cluster-storage-dir",
      "kind": "directory",
      "value": "C:\\ClusterStorage",
      "recursive": true,
      "risk": "medium",
      "rationale": "Cluster Shared Volumes are mounted below C:\\ClusterStorage and hold the VMs of a host cluster; scanning them from every node disturbs the cluster.",
      "source": {
        "id": "M2",
        "section": "Directory: Cluster Shared Volumes (C:\\ClusterStorage and its subdirectories)"
      },
      "provenance": "vendor-other-page",
      "when": [
        "cluster-shared-volumes"
      ]
    },
    {
      "id": "custom-vm-config-dirs",
      "kind": "directory",
      "value": "{VM_CONFIG_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "VM configuration folders moved away from the default need the same exclusion as the default folder.",
      "source": {
        "id": "M2",
        "section": "Directory: custom virtual machine configuration directories"
      },
      "provenance": "vendor-other-page",
      "skipIfUnset": true,
      "variables": [
        "VM_CONFIG_DIRS"
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
        "id": "M2",
        "section": "Directory: custom virtual hard disk drive directories"
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
      "rationale": "With Hyper-V Replica, replicated VM files arrive continuously in the replication folders; scanning them slows or breaks replication.",
      "source": {
        "id": "M2",
        "section": "Directory: custom replication data directories, if you are using Hyper-V Replica"
      },
      "provenance": "vendor-other-page",
      "skipIfUnset": true,
      "variables": [
        "REPLICA_DIRS"
      ]
    },
    {
      "id": "vm-file-shares",
      "kind": "directory",
      "value": "{VM_FILE_SHARES}",
      "recursive": true,
      "risk": "medium",
      "rationale": "When VMs run from SMB 3.0 shares, the file server holds their disks and configuration; its scanner must leave those folders alone as a host's would.",
      "source": {
        "id": "M2",
        "section": "Directory: SMB 3.0 file shares that store virtual machine files"
      },
      "provenance": "vendor-other-page",
      "variables": [
        "VM_FILE_SHARES"
      ]
    },
    {
      "id": "vmms-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmms.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Virtual Machine Management service reads and writes VM configuration and state files.",
      "source": {
        "id": "M2",
        "section": "Process"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens."
      ]
    },
    {
      "id": "vmwp-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmwp.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One VM worker process runs each virtual machine and does its disk and memory I/O.",
      "source": {
        "id": "M2",
        "section": "Process"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens."
      ]
    },
    {
      "id": "vmsp-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmsp.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "From Windows Server 2016 a VM security process runs beside each worker process and handles the VM's state.",
      "source": {
        "id": "M2",
        "section": "Process (Windows Server 2016 and later)"
      },
      "provenance": "vendor-other-page",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens."
      ],
      "osVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ],
      "osVersionsText": ">=2016"
    },
    {
      "id": "vmcompute-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmcompute.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Host Compute Service manages VMs and containers and writes their runtime state.",
      "source": {
        "id": "M2",
        "section": "Process (note \"Starting with Windows Server 2019\")"
      },
      "provenance": "derived",
      "notes": [
        "The article says these processes \"may have to\" be excluded as processes; a process exclusion stops real-time scanning of the files the process opens.",
        "Microsoft's text stops after \"Starting with Windows Server 2019\"; we read it as Windows Server 2019 and later."
      ],
      "osVersions": [
        {
          "min": [
            2
          ],
          "minInclusive": true
        }
      ],
      "osVersionsText": ">=2019"
    }
  ],
  "includes": {},
  "index": {
    "windows": {
      "host": [
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
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        21,
        23,
        24,
        25,
        26
      ],
      "file-server": [
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
        14,
        22
      ]
    }
  },
  "osVersionScheme": {
    "windows": {
      "type": "train",
      "releases": [
        {
          "id": "2012-r2",
          "name": "Windows Server 2012 R2"
        },
        {
          "id": "2016",
          "name": "Windows Server 2016"
        },
        {
          "id": "2019",
          "name": "Windows Server 2019"
        },
        {
          "id": "2022",
          "name": "Windows Server 2022"
        },
        {
          "id": "2025",
          "name": "Windows Server 2025"
        }
      ]
    }
  }
};

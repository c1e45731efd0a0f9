// Generated from data/hyper-v.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Hyper-V (Microsoft), compiled. */
export const hyperV: CompiledProduct = {
  "id": "hyper-v",
  "name": "Hyper-V",
  "vendor": "Microsoft",
  "description": "The Windows Server hypervisor role: physical hosts that run virtual machines, and file servers that keep virtual machine files on SMB 3.0 shares for them. On Windows Server 2016 and later Microsoft Defender Antivirus excludes some of these by itself when the Hyper-V role is installed (the windows-server pack's hyper-v role, which the host role includes).",
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
      "description": "A physical server with the Hyper-V role that runs virtual machines."
    },
    {
      "id": "file-server",
      "name": "File server for virtual machines",
      "description": "A server that stores virtual machine files on SMB 3.0 shares used by Hyper-V hosts."
    }
  ],
  "features": [
    {
      "id": "cluster-shared-volumes",
      "description": "The hosts use Cluster Shared Volumes (mounted below C:\\ClusterStorage)."
    },
    {
      "id": "hyper-v-replica",
      "description": "Hyper-V Replica is used on the host (the article then asks for any custom replication data directories)."
    }
  ],
  "variables": {
    "VM_CONFIG_DIRS": {
      "name": "VM_CONFIG_DIRS",
      "description": "Folders other than the default that hold virtual machine configuration files.",
      "type": "path",
      "hint": "Hyper-V Manager > Hyper-V Settings > Virtual Machines, and the configuration location shown in each virtual machine's settings.",
      "multiple": true
    },
    "VHD_DIRS": {
      "name": "VHD_DIRS",
      "description": "Folders other than the default that hold virtual hard disks.",
      "type": "path",
      "hint": "Hyper-V Manager > Hyper-V Settings > Virtual Hard Disks, and the disk paths shown in each virtual machine's settings.",
      "multiple": true
    },
    "REPLICA_DIRS": {
      "name": "REPLICA_DIRS",
      "description": "Custom folders that hold Hyper-V Replica replication data.",
      "type": "path",
      "hint": "Hyper-V Manager > Hyper-V Settings > Replication Configuration on the replica server (the storage location for replica files).",
      "multiple": true
    },
    "VM_FILE_SHARES": {
      "name": "VM_FILE_SHARES",
      "description": "The local folders, on the file server, of the SMB 3.0 shares that hold virtual machine files.",
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
      "docVersion": "ms.date 12/26/2023 (MicrosoftDocs/SupportArticles-docs commit c443d8d947a086348d304613ee36ecf034abcfb6)",
      "retrieved": "2026-11-22"
    },
    "W1": {
      "id": "W1",
      "title": "Microsoft Defender Antivirus exclusions on Windows Server",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/configure-server-exclusions-microsoft-defender-antivirus",
      "docVersion": "ms.date 08/21/2023 (MicrosoftDocs/defender-docs commit 006b8a9fc08a5ddf851f292a593b271d24ee06f8)",
      "retrieved": "2026-11-30"
    }
  },
  "rules": [
    {
      "id": "vhd-extension",
      "kind": "extension",
      "value": ".vhd",
      "recursive": false,
      "risk": "medium",
      "rationale": "Running VMs hold their virtual disks open and write to them all the time; a scanner that locks or rescans them can stop VMs from starting and slows their disk I/O.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Virtual Hard Disk file (*.vhd)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "vhdx-extension",
      "kind": "extension",
      "value": ".vhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "VHDX virtual disks are open and changing while their VMs run; scanning them can block VM start-up and slows every disk access of the guest.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Virtual Hard Disk v2 file (*.vhdx)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "avhd-extension",
      "kind": "extension",
      "value": ".avhd",
      "recursive": false,
      "risk": "medium",
      "rationale": "After a checkpoint all writes of the VM go to this differencing disk, so a scanner lock on it stalls the guest.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Virtual Hard Disk snapshot file (*.avhd)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "avhdx-extension",
      "kind": "extension",
      "value": ".avhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "Differencing disks of VHDX checkpoints take every write of the VM; scanning them stalls the guest or breaks the checkpoint chain.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Virtual Hard Disk v2 snapshot file (*.avhdx)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "vhds-extension",
      "kind": "extension",
      "value": ".vhds",
      "recursive": false,
      "risk": "medium",
      "rationale": "A VHD Set describes a disk shared by several VMs; if a scanner holds it, the shared disk may fail to attach.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: VHD Set file (*.vhds)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "vhdpmem-extension",
      "kind": "extension",
      "value": ".vhdpmem",
      "recursive": false,
      "risk": "medium",
      "rationale": "Virtual persistent-memory disks are mapped into running VMs; scanner interference breaks or slows the device.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Virtual PMEM VHD file (*.vhdpmem)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "iso-extension",
      "kind": "extension",
      "value": ".iso",
      "recursive": false,
      "risk": "high",
      "rationale": "Disc images attached to VMs are kept open by Hyper-V; a scanner lock can make attaching the image or starting the VM fail.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Virtual Optical Disk images (*.iso)"
      },
      "provenance": "vendor-page",
      "riskNote": "A machine-wide .iso exclusion also skips disc images downloaded or copied anywhere on the server, which can carry malware. Where the scanner allows it, limit the exclusion to the folders that hold VM media.",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "rct-extension",
      "kind": "extension",
      "value": ".rct",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V updates change-tracking files as the virtual disk changes; a lock on them can break the tracking that incremental backups rely on.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Resilient Change Tracking file (*.rct)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "mrt-extension",
      "kind": "extension",
      "value": ".mrt",
      "recursive": false,
      "risk": "medium",
      "rationale": "Modified-region tables are kept next to the virtual disk and updated as it changes; a scanner lock can break change tracking.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Modified Region Table file (*.mrt)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide.",
        "Of the two revisions of the article compared, 09/08/2020 and 12/26/2023, only the later one lists it."
      ]
    },
    {
      "id": "vsv-extension",
      "kind": "extension",
      "value": ".vsv",
      "recursive": false,
      "risk": "medium",
      "rationale": "The saved device state of a VM is written when it is saved or checkpointed and read when it resumes; a scanner lock can make either fail.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Device state file (*.vsv)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "bin-extension",
      "kind": "extension",
      "value": ".bin",
      "recursive": false,
      "risk": "high",
      "rationale": "The saved memory of a VM is written and read by its worker process on save, checkpoint and resume; a scanner lock can make these fail.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: Memory state file (*.bin)"
      },
      "provenance": "vendor-page",
      "riskNote": ".bin is a generic extension used by many programs, firmware files and installers; a machine-wide exclusion leaves all of them unscanned. Where the scanner allows it, limit the exclusion to the VM folders.",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "xml-extension",
      "kind": "extension",
      "value": ".xml",
      "recursive": false,
      "risk": "high",
      "rationale": "Older VM configuration versions keep their settings in XML files; if a scanner locks or quarantines one, Hyper-V can lose the VM.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: VM Configuration file (*.xml)"
      },
      "provenance": "vendor-page",
      "riskNote": "XML files are everywhere on a server (settings, data, documents); a machine-wide .xml exclusion leaves all of them unscanned. Where the scanner allows it, limit the exclusion to the VM configuration folders.",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide.",
        "Of the two revisions of the article compared, 09/08/2020 and 12/26/2023, only the later one lists it."
      ]
    },
    {
      "id": "vmcx-extension",
      "kind": "extension",
      "value": ".vmcx",
      "recursive": false,
      "risk": "medium",
      "rationale": "The VM management service reads and writes these configuration files; a scanner lock can make VMs disappear from Hyper-V Manager or fail to start.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: VM Configuration v2 file (*.vmcx)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "vmrs-extension",
      "kind": "extension",
      "value": ".vmrs",
      "recursive": false,
      "risk": "medium",
      "rationale": "Runtime state files are open while the VM runs and are rewritten on save; scanning them interferes with running and resuming VMs.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: VM Runtime State file (*.vmrs)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "vmgs-extension",
      "kind": "extension",
      "value": ".vmgs",
      "recursive": false,
      "risk": "medium",
      "rationale": "The guest state file belongs to the VM and is needed every time it starts; a scanner lock can stop the VM from starting.",
      "source": {
        "id": "M2",
        "section": "Configurations > Files: VM Guest State file (*.vmgs)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks to exclude the directories that contain files of this type; an extension exclusion is the common way to implement that, and it applies machine-wide."
      ]
    },
    {
      "id": "vm-config-dir",
      "kind": "directory",
      "value": "%ProgramData%\\Microsoft\\Windows\\Hyper-V",
      "recursive": true,
      "risk": "medium",
      "rationale": "Hyper-V's default folder for VM configuration and state files; a scanner there can lock files the management service needs to register and run VMs.",
      "source": {
        "id": "M2",
        "section": "Configurations > Directory: default virtual machine configuration directory and any of its subdirectories"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks for this folder when the default location is in use."
      ]
    },
    {
      "id": "vhd-dir",
      "kind": "directory",
      "value": "%Public%\\Documents\\Hyper-V\\Virtual Hard Disks",
      "recursive": true,
      "risk": "medium",
      "rationale": "The default folder for new virtual hard disks; the disks in it are open and changing while VMs run.",
      "source": {
        "id": "M2",
        "section": "Configurations > Directory: default virtual hard disk files directory and any of its subdirectories"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks for this folder when the default location is in use."
      ]
    },
    {
      "id": "snapshot-dir",
      "kind": "directory",
      "value": "%SystemDrive%\\ProgramData\\Microsoft\\Windows\\Hyper-V\\Snapshots",
      "recursive": true,
      "risk": "medium",
      "rationale": "Checkpoint files land here by default and are written whenever a checkpoint is taken or merged.",
      "source": {
        "id": "M2",
        "section": "Configurations > Directory: default snapshot files directory and any of its subdirectories"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article asks for this folder when the default location is in use.",
        "With the usual values of %SystemDrive% and %ProgramData% this folder lies inside %ProgramData%\\Microsoft\\Windows\\Hyper-V, so it is already covered; the article lists it separately."
      ]
    },
    {
      "id": "cluster-storage-dir",
      "kind": "directory",
      "value": "C:\\ClusterStorage",
      "recursive": true,
      "risk": "medium",
      "rationale": "Cluster Shared Volumes are mounted below this folder and hold the VMs of a host cluster; scanning them through every node slows and can block VM disk access.",
      "source": {
        "id": "M2",
        "section": "Configurations > Directory: default Cluster Shared Volumes path and any of its subdirectories"
      },
      "provenance": "vendor-page",
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
      "rationale": "VM configuration files kept outside the default folder are just as sensitive to scanner locks.",
      "source": {
        "id": "M2",
        "section": "Configurations > Directory: any custom virtual machine configuration directories"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "VM_CONFIG_DIRS"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
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
        "id": "M2",
        "section": "Configurations > Directory: any custom virtual hard disk drive directories"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "VHD_DIRS"
      ],
      "notes": [
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
        "id": "M2",
        "section": "Configurations > Directory: any custom replication data directories (Hyper-V Replica)"
      },
      "provenance": "vendor-page",
      "when": [
        "hyper-v-replica"
      ],
      "variables": [
        "REPLICA_DIRS"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "vm-file-shares",
      "kind": "directory",
      "value": "{VM_FILE_SHARES}",
      "recursive": true,
      "risk": "medium",
      "rationale": "VM disks and configuration files on the share are used live by the hosts over SMB; a scanner on the file server locks and slows them as a local one would.",
      "source": {
        "id": "M2",
        "section": "Configurations > Directory: SMB 3.0 file shares on which you store virtual machine files"
      },
      "provenance": "vendor-page",
      "variables": [
        "VM_FILE_SHARES"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article asks for this only where antivirus software runs on the file server. Give the local folder each share points to."
      ]
    },
    {
      "id": "vmms-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmms.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Virtual Machine Management service creates and updates VM configuration and state files.",
      "source": {
        "id": "M2",
        "section": "Configurations > Process: Vmms.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says this file \"may have to\" be configured as a process exclusion; a process exclusion stops real-time scanning of the files the process opens."
      ]
    },
    {
      "id": "vmwp-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmwp.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The worker process of each running VM creates and updates its memory, device and runtime state files.",
      "source": {
        "id": "M2",
        "section": "Configurations > Process: Vmwp.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says this file \"may have to\" be configured as a process exclusion; a process exclusion stops real-time scanning of the files the process opens."
      ]
    },
    {
      "id": "vmsp-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmsp.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "From Windows Server 2016 on, Microsoft lists this Hyper-V process next to Vmms.exe and Vmwp.exe as one whose file access a scanner can disturb.",
      "source": {
        "id": "M2",
        "section": "Configurations > Process: Vmsp.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article says this file \"may have to\" be configured as a process exclusion; a process exclusion stops real-time scanning of the files the process opens.",
        "The article asks for it starting with Windows Server 2016."
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
      "rationale": "The Host Compute Service opens device and runtime state files of VMs, as the article notes for .vsv and .vmrs files.",
      "source": {
        "id": "M2",
        "section": "Configurations > Process: Vmcompute.exe"
      },
      "provenance": "derived",
      "notes": [
        "Microsoft's own text for this entry is cut off after \"Starting with Windows Server 2019\" (in every revision seen); we read it as Windows Server 2019 and later. The process itself is named by the article; only the OS bound is our reading.",
        "Unlike the other entries, the article does not finish the sentence saying it \"may have to\" be a process exclusion; we treat it like the others."
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
  "includes": {
    "host": [
      {
        "product": "windows-server",
        "roles": [
          "hyper-v"
        ]
      }
    ]
  },
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

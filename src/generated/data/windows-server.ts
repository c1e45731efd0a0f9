// Generated from data/windows-server.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Windows Server roles (Microsoft), compiled. */
export const windowsServer: CompiledProduct = {
  "id": "windows-server",
  "name": "Windows Server roles",
  "vendor": "Microsoft",
  "description": "Windows Server itself and its built-in server roles (Active Directory Domain Services, DNS Server, DHCP Server, Web Server (IIS), WSUS, Print Server, File and Storage Services, Hyper-V), as Microsoft Defender Antivirus excludes them by itself: built-in exclusions on every Windows version, automatic role exclusions on Windows Server 2016 and later. For other scanners, for Windows Server 2012 R2, for scheduled and on-demand scans, and for roles at non-default paths, these are the exclusions to set by hand.",
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
      "id": "base",
      "name": "Every Windows Server",
      "description": "What Microsoft Defender Antivirus excludes on every Windows (Server) machine: operating system files."
    },
    {
      "id": "domain-controller",
      "name": "Domain controller",
      "description": "A server with the Active Directory Domain Services role."
    },
    {
      "id": "dns-server",
      "name": "DNS Server",
      "description": "A server with the DNS Server role."
    },
    {
      "id": "dhcp-server",
      "name": "DHCP Server",
      "description": "A server with the DHCP Server role."
    },
    {
      "id": "web-server",
      "name": "Web Server (IIS)",
      "description": "A server with the Web Server (IIS) role."
    },
    {
      "id": "wsus",
      "name": "Windows Server Update Services",
      "description": "A server with the Windows Server Update Services (WSUS) role."
    },
    {
      "id": "print-server",
      "name": "Print Server",
      "description": "A server with the Print Server role."
    },
    {
      "id": "file-and-storage",
      "name": "File and Storage Services",
      "description": "A server with the File and Storage Services role."
    },
    {
      "id": "hyper-v",
      "name": "Hyper-V",
      "description": "A server with the Hyper-V role: a host that runs virtual machines."
    }
  ],
  "features": [
    {
      "id": "sysvol-frs",
      "description": "The domain's SYSVOL is replicated by the File Replication Service (FRS): it is in %systemroot%\\Sysvol\\Domain."
    },
    {
      "id": "sysvol-dfsr",
      "description": "The domain's SYSVOL is replicated by DFS Replication (DFSR): it is in %systemroot%\\Sysvol_DFSR\\Domain."
    }
  ],
  "variables": {
    "CLUSTER_SERVICE_TEMP_DIR": {
      "name": "CLUSTER_SERVICE_TEMP_DIR",
      "description": "The temporary folder of the account the Cluster Service runs as.",
      "type": "path",
      "hint": "The full local path of the Temp folder in the Cluster Service account's profile; the Defender page writes it %clusterserviceaccount%\\Local Settings\\Temp, which is not a variable Windows expands. A folder inside a user profile is refused, as Microsoft's \"Common mistakes to avoid when defining exclusions\" page says never to exclude a user's Temp folder.",
      "multiple": false
    }
  },
  "sources": {
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
      "id": "temp-edb-wu",
      "kind": "glob",
      "value": "%windir%\\SoftwareDistribution\\Datastore\\*\\tmp.edb",
      "recursive": false,
      "risk": "low",
      "rationale": "A Windows database file that Defender leaves to the operating system.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows \"temp.edb\" files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "temp-edb-search",
      "kind": "file",
      "value": "%ProgramData%\\Microsoft\\Search\\Data\\Applications\\Windows\\windows.edb",
      "recursive": false,
      "risk": "low",
      "rationale": "A Windows database file that Defender leaves to the operating system.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows \"temp.edb\" files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "windows-update-1",
      "kind": "glob",
      "value": "%windir%\\SoftwareDistribution\\Datastore\\*\\Datastore.edb",
      "recursive": false,
      "risk": "low",
      "rationale": "Windows Update's datastore files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Update files or Automatic Update files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "windows-update-2",
      "kind": "glob",
      "value": "%windir%\\SoftwareDistribution\\Datastore\\*\\edb.chk",
      "recursive": false,
      "risk": "low",
      "rationale": "Windows Update's datastore files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Update files or Automatic Update files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "windows-update-3",
      "kind": "glob",
      "value": "%windir%\\SoftwareDistribution\\Datastore\\*\\edb\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "Windows Update's datastore files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Update files or Automatic Update files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "windows-update-4",
      "kind": "glob",
      "value": "%windir%\\SoftwareDistribution\\Datastore\\*\\Edb\\*.jrs",
      "recursive": false,
      "risk": "low",
      "rationale": "Windows Update's datastore files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Update files or Automatic Update files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "windows-update-5",
      "kind": "glob",
      "value": "%windir%\\SoftwareDistribution\\Datastore\\*\\Res\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "Windows Update's datastore files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Update files or Automatic Update files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "security-database-chk",
      "kind": "glob",
      "value": "%windir%\\Security\\database\\*.chk",
      "recursive": false,
      "risk": "low",
      "rationale": "Files of the Windows security database.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Security files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "security-database-edb",
      "kind": "glob",
      "value": "%windir%\\Security\\database\\*.edb",
      "recursive": false,
      "risk": "low",
      "rationale": "Files of the Windows security database.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Security files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "security-database-jrs",
      "kind": "glob",
      "value": "%windir%\\Security\\database\\*.jrs",
      "recursive": false,
      "risk": "low",
      "rationale": "Files of the Windows security database.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Security files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "security-database-log",
      "kind": "glob",
      "value": "%windir%\\Security\\database\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "Files of the Windows security database.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Security files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "security-database-sdb",
      "kind": "glob",
      "value": "%windir%\\Security\\database\\*.sdb",
      "recursive": false,
      "risk": "low",
      "rationale": "Files of the Windows security database.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Windows Security files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "gp-ntuser-pol",
      "kind": "file",
      "value": "%allusersprofile%\\NTUser.pol",
      "recursive": false,
      "risk": "low",
      "rationale": "A Group Policy file of the machine.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Group Policy files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "gp-machine-registry-pol",
      "kind": "file",
      "value": "%SystemRoot%\\System32\\GroupPolicy\\Machine\\registry.pol",
      "recursive": false,
      "risk": "low",
      "rationale": "A Group Policy file of the machine.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Group Policy files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "gp-user-registry-pol",
      "kind": "file",
      "value": "%SystemRoot%\\System32\\GroupPolicy\\User\\registry.pol",
      "recursive": false,
      "risk": "low",
      "rationale": "A Group Policy file of the machine.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Group Policy files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "wins-chk",
      "kind": "glob",
      "value": "%systemroot%\\System32\\Wins\\*\\*.chk",
      "recursive": false,
      "risk": "low",
      "rationale": "WINS database files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: WINS files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "wins-log",
      "kind": "glob",
      "value": "%systemroot%\\System32\\Wins\\*\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "WINS database files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: WINS files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "wins-mdb",
      "kind": "glob",
      "value": "%systemroot%\\System32\\Wins\\*\\*.mdb",
      "recursive": false,
      "risk": "low",
      "rationale": "WINS database files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: WINS files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "logfiles-dir",
      "kind": "directory",
      "value": "%systemroot%\\System32\\LogFiles",
      "recursive": true,
      "risk": "low",
      "rationale": "A folder the page lists with the WINS files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: WINS files (%systemroot%\\System32\\LogFiles\\)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page writes the folder with a trailing backslash; stored without it, like every folder.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "syswow64-logfiles-dir",
      "kind": "directory",
      "value": "%systemroot%\\SysWow64\\LogFiles",
      "recursive": true,
      "risk": "low",
      "rationale": "A folder the page lists with the WINS files.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: WINS files (%systemroot%\\SysWow64\\LogFiles\\)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page writes the folder with a trailing backslash; stored without it, like every folder.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "frs-working-edb-chk",
      "kind": "glob",
      "value": "%windir%\\Ntfrs\\jet\\sys\\*\\edb.chk",
      "recursive": false,
      "risk": "low",
      "rationale": "File Replication Service (FRS) files that Defender leaves to the operating system.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: Files in the FRS working folder (registry: NtFrs\\Parameters\\Working Directory)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "frs-working-jdb",
      "kind": "glob",
      "value": "%windir%\\Ntfrs\\jet\\*\\Ntfrs.jdb",
      "recursive": false,
      "risk": "low",
      "rationale": "File Replication Service (FRS) files that Defender leaves to the operating system.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: Files in the FRS working folder (registry: NtFrs\\Parameters\\Working Directory)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "frs-working-log",
      "kind": "glob",
      "value": "%windir%\\Ntfrs\\jet\\log\\*\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "File Replication Service (FRS) files that Defender leaves to the operating system.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: Files in the FRS working folder (registry: NtFrs\\Parameters\\Working Directory)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "frs-db-log",
      "kind": "glob",
      "value": "%windir%\\Ntfrs\\*\\Edb\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "File Replication Service (FRS) files that Defender leaves to the operating system.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: FRS Database log files (registry: Ntfrs\\Parameters\\DB Log File Directory)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "frs-staging",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\*\\Ntfrs_cmp*",
      "recursive": false,
      "risk": "low",
      "rationale": "File Replication Service (FRS) files that Defender leaves to the operating system.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: The FRS staging folder (registry: Replica Sets\\GUID\\Replica Set Stage)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page writes this pattern with a trailing backslash (a folder); stored without it, as a pattern whose matches are excluded.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "frs-preinstall",
      "kind": "glob",
      "value": "%systemroot%\\SYSVOL\\domain\\DO_NOT_REMOVE_NtFrs_PreInstall_Directory\\*\\Ntfrs*",
      "recursive": false,
      "risk": "low",
      "rationale": "File Replication Service (FRS) files that Defender leaves to the operating system.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: The FRS preinstall folder (Replica_root\\DO_NOT_REMOVE_NtFrs_PreInstall_Directory)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page writes this pattern with a trailing backslash (a folder); stored without it, as a pattern whose matches are excluded.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-1",
      "kind": "file",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\$db_normal$",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-2",
      "kind": "glob",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\FileIDTable_*",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-3",
      "kind": "glob",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\SimilarityTable_*",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-4",
      "kind": "glob",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\*.XML",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-5",
      "kind": "file",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\$db_dirty$",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-6",
      "kind": "file",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\$db_clean$",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-7",
      "kind": "file",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\$db_lostl$",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-8",
      "kind": "file",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\Dfsr.db",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-9",
      "kind": "glob",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\*.frx",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-10",
      "kind": "glob",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-11",
      "kind": "glob",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\Fsr*.jrs",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-12",
      "kind": "file",
      "value": "%systemdrive%\\System Volume Information\\DFSR\\Tmp.edb",
      "recursive": false,
      "risk": "low",
      "rationale": "DFS Replication's database and working files at their default location.",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: File Replication Service (FRS) exclusions: the Distributed File System Replication (DFSR) database and working folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page says that for custom DFSR locations the automatic exclusions are to be opted out of and the exclusions set by hand.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsr-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\dfsr.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "A DFS Replication service process (dfsr.exe, dfsrs.exe).",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Process exclusions for built-in operating system files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "dfsrs-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\dfsrs.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "A DFS Replication service process (dfsr.exe, dfsrs.exe).",
      "source": {
        "id": "W1",
        "section": "Built-in exclusions: Process exclusions for built-in operating system files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "by": "Defender built-in exclusions",
        "scanner": "defender",
        "note": "built in for operating system files on every Windows version, Windows Server 2012 R2 onboarded to Defender for Endpoint included; not shown in the exclusion lists"
      },
      "notes": [
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ]
    },
    {
      "id": "hyper-v-vhd-extension",
      "kind": "extension",
      "value": ".vhd",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V virtual hard disk files (VHD).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.vhd; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-vhdx-extension",
      "kind": "extension",
      "value": ".vhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V virtual hard disk files in the VHDX format.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.vhdx; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-avhd-extension",
      "kind": "extension",
      "value": ".avhd",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V checkpoint differencing disk files (AVHD).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.avhd; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-avhdx-extension",
      "kind": "extension",
      "value": ".avhdx",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V checkpoint differencing disk files in the VHDX format (AVHDX).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.avhdx; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-vsv-extension",
      "kind": "extension",
      "value": ".vsv",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V saved-state files (VSV).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.vsv; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-iso-extension",
      "kind": "extension",
      "value": ".iso",
      "recursive": false,
      "risk": "high",
      "rationale": "Disc image files, listed among the Hyper-V file types.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "riskNote": "Defender applies this to every .iso file on the host, so disc images downloaded or copied anywhere on it, which can carry malware, also go unscanned by real-time protection.",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.iso; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-rct-extension",
      "kind": "extension",
      "value": ".rct",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V resilient change tracking files (RCT).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.rct; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-vmcx-extension",
      "kind": "extension",
      "value": ".vmcx",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V virtual machine configuration files (VMCX).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.vmcx; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-vmrs-extension",
      "kind": "extension",
      "value": ".vmrs",
      "recursive": false,
      "risk": "medium",
      "rationale": "Hyper-V virtual machine runtime state files (VMRS).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: File types"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.vmrs; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-config-dir",
      "kind": "directory",
      "value": "%ProgramData%\\Microsoft\\Windows\\Hyper-V",
      "recursive": true,
      "risk": "medium",
      "rationale": "The Hyper-V folder under ProgramData.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: Folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-program-files-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Hyper-V",
      "recursive": true,
      "risk": "medium",
      "rationale": "The Hyper-V folder under Program Files, installed with the role.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: Folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "KB 3105657, Microsoft's article on antivirus exclusions for Hyper-V hosts (the hyper-v pack), does not ask for this folder; only this page lists it.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-snapshots-dir",
      "kind": "directory",
      "value": "%SystemDrive%\\ProgramData\\Microsoft\\Windows\\Hyper-V\\Snapshots",
      "recursive": true,
      "risk": "medium",
      "rationale": "The Hyper-V Snapshots folder under ProgramData.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: Folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "With the usual values of %SystemDrive% and %ProgramData% this folder lies inside %ProgramData%\\Microsoft\\Windows\\Hyper-V; the page lists it separately.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-vhd-dir",
      "kind": "directory",
      "value": "%Public%\\Documents\\Hyper-V\\Virtual Hard Disks",
      "recursive": true,
      "risk": "medium",
      "rationale": "The Virtual Hard Disks folder of Hyper-V under the public Documents folder.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: Folders"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-vmms-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmms.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Hyper-V Virtual Machine Management service (Vmms.exe).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: Processes"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "KB 3105657 (the hyper-v pack) also lists Vmsp.exe from Windows Server 2016 on, and Vmcompute.exe; this page lists neither, so they are not counted as Defender's own.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "hyper-v-vmwp-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\Vmwp.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Hyper-V virtual machine worker process (Vmwp.exe).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Hyper-V exclusions: Processes"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "KB 3105657 (the hyper-v pack) also lists Vmsp.exe from Windows Server 2016 on, and Vmcompute.exe; this page lists neither, so they are not counted as Defender's own.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-adm",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.adm",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-admx",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.admx",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-adml",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.adml",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-registry-pol",
      "kind": "file",
      "value": "%systemroot%\\Sysvol\\Domain\\Registry.pol",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-aas",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.aas",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-inf",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.inf",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "Kept to the SYSVOL folder, never a machine-wide extension: Defender's list of exclusion mistakes names .inf among the extensions never to exclude.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-scripts-ini",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*Scripts.ini",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-ins",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.ins",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-oscfilter-ini",
      "kind": "file",
      "value": "%systemroot%\\Sysvol\\Domain\\Oscfilter.ini",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: SYSVOL files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntds-dit",
      "kind": "file",
      "value": "%windir%\\Ntds\\ntds.dit",
      "recursive": false,
      "risk": "medium",
      "rationale": "Active Directory's database, transaction log and working files, open and written while the domain controller runs.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: NTDS database files (registry: NTDS\\Parameters\\DSA Database File)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry value that holds the real location; AD DS moved elsewhere needs these set by hand.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntds-pat",
      "kind": "file",
      "value": "%windir%\\Ntds\\ntds.pat",
      "recursive": false,
      "risk": "medium",
      "rationale": "Active Directory's database, transaction log and working files, open and written while the domain controller runs.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: NTDS database files (registry: NTDS\\Parameters\\DSA Database File)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry value that holds the real location; AD DS moved elsewhere needs these set by hand.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntds-edb-log",
      "kind": "glob",
      "value": "%windir%\\Ntds\\EDB*.log",
      "recursive": false,
      "risk": "medium",
      "rationale": "Active Directory's database, transaction log and working files, open and written while the domain controller runs.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: The AD DS transaction log files (registry: NTDS\\Parameters\\Database Log Files Path)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry value that holds the real location; AD DS moved elsewhere needs these set by hand.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntds-res-log",
      "kind": "glob",
      "value": "%windir%\\Ntds\\Res*.log",
      "recursive": false,
      "risk": "medium",
      "rationale": "Active Directory's database, transaction log and working files, open and written while the domain controller runs.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: The AD DS transaction log files (registry: NTDS\\Parameters\\Database Log Files Path)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry value that holds the real location; AD DS moved elsewhere needs these set by hand.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntds-edb-jrs",
      "kind": "glob",
      "value": "%windir%\\Ntds\\Edb*.jrs",
      "recursive": false,
      "risk": "medium",
      "rationale": "Active Directory's database, transaction log and working files, open and written while the domain controller runs.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: The AD DS transaction log files (registry: NTDS\\Parameters\\Database Log Files Path)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry value that holds the real location; AD DS moved elsewhere needs these set by hand.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntds-ntds-pat",
      "kind": "glob",
      "value": "%windir%\\Ntds\\Ntds*.pat",
      "recursive": false,
      "risk": "medium",
      "rationale": "Active Directory's database, transaction log and working files, open and written while the domain controller runs.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: The AD DS transaction log files (registry: NTDS\\Parameters\\Database Log Files Path)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry value that holds the real location; AD DS moved elsewhere needs these set by hand.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntds-temp-edb",
      "kind": "file",
      "value": "%windir%\\Ntds\\TEMP.edb",
      "recursive": false,
      "risk": "medium",
      "rationale": "Active Directory's database, transaction log and working files, open and written while the domain controller runs.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: The AD DS transaction log files (TEMP.edb), and the NTDS working folder (Temp.edb) (registry: NTDS\\Parameters\\DSA Working Directory)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page lists TEMP.edb under the transaction log files and Temp.edb under the working folder; Windows names are not case-sensitive, so one rule stands for both.",
        "The page names the registry value that holds the real location; AD DS moved elsewhere needs these set by hand.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntds-edb-chk",
      "kind": "file",
      "value": "%windir%\\Ntds\\Edb.chk",
      "recursive": false,
      "risk": "medium",
      "rationale": "Active Directory's database, transaction log and working files, open and written while the domain controller runs.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: The NTDS working folder (registry: NTDS\\Parameters\\DSA Working Directory)"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry value that holds the real location; AD DS moved elsewhere needs these set by hand.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ntfrs-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\ntfrs.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The File Replication Service process, listed with AD DS.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: Process exclusions for AD DS and AD DS-related support files"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "lsass-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\lsass.exe",
      "recursive": false,
      "risk": "high",
      "rationale": "The Local Security Authority process, listed with AD DS.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Active Directory exclusions: Process exclusions for AD DS and AD DS-related support files"
      },
      "provenance": "vendor-page",
      "riskNote": "lsass.exe holds the credentials of the machine and of logged-on users and is the process credential thieves target; a process exclusion stops real-time scanning of every file it opens.",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "sysvol-frs-adm",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.adm",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-frs-admx",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.admx",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-frs-adml",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.adml",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-frs-registry-pol",
      "kind": "file",
      "value": "%systemroot%\\Sysvol\\Domain\\Registry.pol",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-frs-registry-tmp",
      "kind": "file",
      "value": "%systemroot%\\Sysvol\\Domain\\Registry.tmp",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-frs-aas",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.aas",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-frs-inf",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.inf",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters.",
        "Kept to the SYSVOL folder, never a machine-wide extension: Defender's list of exclusion mistakes names .inf among the extensions never to exclude."
      ]
    },
    {
      "id": "sysvol-frs-scripts-ini",
      "kind": "file",
      "value": "%systemroot%\\Sysvol\\Domain\\Scripts.ini",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-frs-ins",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol\\Domain\\*.ins",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-frs-oscfilter-ini",
      "kind": "file",
      "value": "%systemroot%\\Sysvol\\Domain\\Oscfilter.ini",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-frs"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-adm",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\*.adm",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-admx",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\*.admx",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-adml",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\*.adml",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-registry-pol",
      "kind": "file",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\Registry.pol",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-registry-tmp",
      "kind": "file",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\Registry.tmp",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-aas",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\*.aas",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-inf",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\*.inf",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters.",
        "Kept to the SYSVOL folder, never a machine-wide extension: Defender's list of exclusion mistakes names .inf among the extensions never to exclude."
      ]
    },
    {
      "id": "sysvol-dfsr-scripts-ini",
      "kind": "file",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\Scripts.ini",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-ins",
      "kind": "glob",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\*.ins",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "sysvol-dfsr-oscfilter-ini",
      "kind": "file",
      "value": "%systemroot%\\Sysvol_DFSR\\Domain\\Oscfilter.ini",
      "recursive": false,
      "risk": "low",
      "rationale": "Group Policy files in the domain's SYSVOL, which domain controllers replicate.",
      "source": {
        "id": "W1",
        "section": "Turning off scanning of files in the Sysvol\\Sysvol folder or the SYSVOL_DFSR\\Sysvol folder: %systemroot%\\Sysvol_DFSR\\Domain and the files to exclude"
      },
      "provenance": "vendor-page",
      "when": [
        "sysvol-dfsr"
      ],
      "notes": [
        "The page asks for these files in the folder \"and all its subfolders\"; a pattern matches files of the folder itself only, so files in subfolders are not covered (name the subfolders if you need them).",
        "The page's default location; the active SYSVOL path is the SysVol value under HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\Netlogon\\Parameters."
      ]
    },
    {
      "id": "dhcp-mdb",
      "kind": "glob",
      "value": "%systemroot%\\System32\\DHCP\\*\\*.mdb",
      "recursive": false,
      "risk": "low",
      "rationale": "The DHCP Server's database and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DHCP Server exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry values that hold the real locations (DatabasePath, DhcpLogFilePath, BackupDatabasePath under DHCPServer\\Parameters).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dhcp-pat",
      "kind": "glob",
      "value": "%systemroot%\\System32\\DHCP\\*\\*.pat",
      "recursive": false,
      "risk": "low",
      "rationale": "The DHCP Server's database and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DHCP Server exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry values that hold the real locations (DatabasePath, DhcpLogFilePath, BackupDatabasePath under DHCPServer\\Parameters).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dhcp-log",
      "kind": "glob",
      "value": "%systemroot%\\System32\\DHCP\\*\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "The DHCP Server's database and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DHCP Server exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry values that hold the real locations (DatabasePath, DhcpLogFilePath, BackupDatabasePath under DHCPServer\\Parameters).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dhcp-chk",
      "kind": "glob",
      "value": "%systemroot%\\System32\\DHCP\\*\\*.chk",
      "recursive": false,
      "risk": "low",
      "rationale": "The DHCP Server's database and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DHCP Server exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry values that hold the real locations (DatabasePath, DhcpLogFilePath, BackupDatabasePath under DHCPServer\\Parameters).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dhcp-edb",
      "kind": "glob",
      "value": "%systemroot%\\System32\\DHCP\\*\\*.edb",
      "recursive": false,
      "risk": "low",
      "rationale": "The DHCP Server's database and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DHCP Server exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry values that hold the real locations (DatabasePath, DhcpLogFilePath, BackupDatabasePath under DHCPServer\\Parameters).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dns-log",
      "kind": "glob",
      "value": "%systemroot%\\System32\\Dns\\*\\*.log",
      "recursive": false,
      "risk": "low",
      "rationale": "The DNS Server's zone and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DNS Server exclusions: File and folder exclusions for the DNS Server role"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dns-dns",
      "kind": "glob",
      "value": "%systemroot%\\System32\\Dns\\*\\*.dns",
      "recursive": false,
      "risk": "low",
      "rationale": "The DNS Server's zone and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DNS Server exclusions: File and folder exclusions for the DNS Server role"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dns-scc",
      "kind": "glob",
      "value": "%systemroot%\\System32\\Dns\\*\\*.scc",
      "recursive": false,
      "risk": "low",
      "rationale": "The DNS Server's zone and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DNS Server exclusions: File and folder exclusions for the DNS Server role"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dns-boot",
      "kind": "glob",
      "value": "%systemroot%\\System32\\Dns\\*\\BOOT",
      "recursive": false,
      "risk": "low",
      "rationale": "The DNS Server's zone and log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DNS Server exclusions: File and folder exclusions for the DNS Server role"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "dns-process",
      "kind": "process",
      "value": "%systemroot%\\System32\\dns.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The DNS Server process (dns.exe).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: DNS Server exclusions: Process exclusions for the DNS Server role"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "cluster-storage-dir",
      "kind": "directory",
      "value": "%SystemDrive%\\ClusterStorage",
      "recursive": true,
      "risk": "medium",
      "rationale": "A folder the page lists for File and Storage Services.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: File and Storage Services exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says these do not include exclusions for the Clustering role (see the failover-cluster pack).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "cluster-service-temp-dir",
      "kind": "directory",
      "value": "{CLUSTER_SERVICE_TEMP_DIR}",
      "recursive": true,
      "risk": "low",
      "rationale": "A folder the page lists for File and Storage Services.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: File and Storage Services exclusions (%clusterserviceaccount%\\Local Settings\\Temp)"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "CLUSTER_SERVICE_TEMP_DIR"
      ],
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says these do not include exclusions for the Clustering role (see the failover-cluster pack).",
        "The page writes %clusterserviceaccount%\\Local Settings\\Temp, which is not a Windows variable: only you know the folder, and the rule is emitted once you give it.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "mscs-dir",
      "kind": "directory",
      "value": "%SystemDrive%\\mscs",
      "recursive": true,
      "risk": "low",
      "rationale": "A folder the page lists for File and Storage Services.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: File and Storage Services exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says these do not include exclusions for the Clustering role (see the failover-cluster pack).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "shd-extension",
      "kind": "extension",
      "value": ".shd",
      "recursive": false,
      "risk": "medium",
      "rationale": "Print spool files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Print Server exclusions: File type exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.shd; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "spl-extension",
      "kind": "extension",
      "value": ".spl",
      "recursive": false,
      "risk": "medium",
      "rationale": "Print spool files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Print Server exclusions: File type exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page writes *.spl; an extension exclusion applies machine-wide.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "spool-printers-dir",
      "kind": "directory",
      "value": "%SystemRoot%\\System32\\spool\\printers",
      "recursive": true,
      "risk": "high",
      "rationale": "The print spool folder, where print jobs are written (registry: Control\\Print\\Printers\\DefaultSpoolDirectory).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Print Server exclusions: Folder exclusions (%system32%\\spool\\printers\\*)"
      },
      "provenance": "vendor-page",
      "riskNote": "Defender's page \"Common mistakes to avoid when defining exclusions\" (https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus, ms.date 07/18/2023) says not to exclude its parent, %Windir%\\System32\\Spool, among folders where malicious files can get dropped; only the printers folder is excluded here, never the parent.",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "correction": {
        "note": "%system32% is not a Windows variable; the folder is %SystemRoot%\\System32. The trailing \\* (everything in the folder) is stored as the folder itself.",
        "original": "%system32%\\spool\\printers\\*"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "spoolsv-process",
      "kind": "process",
      "value": "spoolsv.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The print spooler service process (spoolsv.exe).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Print Server exclusions: Process exclusions for the Print Server role"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page gives the bare process name; a process exclusion by name matches that name in any folder.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "iis-temp-compressed-dir",
      "kind": "directory",
      "value": "%SystemRoot%\\IIS Temporary Compressed Files",
      "recursive": true,
      "risk": "low",
      "rationale": "A folder of IIS's temporary, compiled or log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Web Server exclusions: Folder exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "inetpub-temp-compressed-dir",
      "kind": "directory",
      "value": "%SystemDrive%\\inetpub\\temp\\IIS Temporary Compressed Files",
      "recursive": true,
      "risk": "low",
      "rationale": "A folder of IIS's temporary, compiled or log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Web Server exclusions: Folder exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "inetpub-asp-compiled-dir",
      "kind": "directory",
      "value": "%SystemDrive%\\inetpub\\temp\\ASP Compiled Templates",
      "recursive": true,
      "risk": "low",
      "rationale": "A folder of IIS's temporary, compiled or log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Web Server exclusions: Folder exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "inetpub-logs-dir",
      "kind": "directory",
      "value": "%systemDrive%\\inetpub\\logs",
      "recursive": true,
      "risk": "low",
      "rationale": "A folder of IIS's temporary, compiled or log files.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Web Server exclusions: Folder exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "inetpub-wwwroot-dir",
      "kind": "directory",
      "value": "%systemDrive%\\inetpub\\wwwroot",
      "recursive": true,
      "risk": "high",
      "rationale": "The default web site's content folder.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Web Server exclusions: Folder exclusions"
      },
      "provenance": "vendor-page",
      "riskNote": "The folder holds the web content a server publishes: a web shell dropped there is not scanned in real time.",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "w3wp-process",
      "kind": "process",
      "value": "%SystemRoot%\\system32\\inetsrv\\w3wp.exe",
      "recursive": false,
      "risk": "high",
      "rationale": "The IIS worker process (w3wp.exe).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Web Server exclusions: Process exclusions for the Web Server role"
      },
      "provenance": "vendor-page",
      "riskNote": "The IIS worker process runs the web applications; files it opens, web shells and backdoor modules included, are no longer scanned in real time. Exchange's own guidance dropped its w3wp.exe exclusion in February 2023, saying such exclusions may prevent detections of IIS webshells and backdoor modules (The Exchange Team Blog, \"Update on the Exchange Server Antivirus Exclusions\", https://techcommunity.microsoft.com/t5/exchange-team-blog/update-on-the-exchange-server-antivirus-exclusions/ba-p/3751464, February 2023).",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "w3wp-x86-process",
      "kind": "process",
      "value": "%SystemRoot%\\SysWOW64\\inetsrv\\w3wp.exe",
      "recursive": false,
      "risk": "high",
      "rationale": "The 32-bit IIS worker process (w3wp.exe).",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Web Server exclusions: Process exclusions for the Web Server role"
      },
      "provenance": "vendor-page",
      "riskNote": "The IIS worker process runs the web applications; files it opens, web shells and backdoor modules included, are no longer scanned in real time. Exchange's own guidance dropped its w3wp.exe exclusion in February 2023, saying such exclusions may prevent detections of IIS webshells and backdoor modules (The Exchange Team Blog, \"Update on the Exchange Server Antivirus Exclusions\", https://techcommunity.microsoft.com/t5/exchange-team-blog/update-on-the-exchange-server-antivirus-exclusions/ba-p/3751464, February 2023).",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "php-cgi-process",
      "kind": "process",
      "value": "%SystemDrive%\\PHP5433\\php-cgi.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "A PHP process the page lists for the Web Server role.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Web Server exclusions: Process exclusions for the Web Server role"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page lists this one PHP path, PHP5433, as it is; it matters only where PHP is installed there.",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "wsus-content-dir",
      "kind": "directory",
      "value": "%systemroot%\\WSUS\\WSUSContent",
      "recursive": true,
      "risk": "medium",
      "rationale": "A WSUS content, database or Windows Update folder.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Windows Server Update Services exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry key that holds the real WSUS folder (HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Update Services\\Server\\Setup).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "wsus-db-dir",
      "kind": "directory",
      "value": "%systemroot%\\WSUS\\UpdateServicesDBFiles",
      "recursive": true,
      "risk": "low",
      "rationale": "A WSUS content, database or Windows Update folder.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Windows Server Update Services exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry key that holds the real WSUS folder (HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Update Services\\Server\\Setup).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "softwaredistribution-datastore-dir",
      "kind": "directory",
      "value": "%systemroot%\\SoftwareDistribution\\Datastore",
      "recursive": true,
      "risk": "low",
      "rationale": "A WSUS content, database or Windows Update folder.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Windows Server Update Services exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry key that holds the real WSUS folder (HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Update Services\\Server\\Setup).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "softwaredistribution-download-dir",
      "kind": "directory",
      "value": "%systemroot%\\SoftwareDistribution\\Download",
      "recursive": true,
      "risk": "medium",
      "rationale": "A WSUS content, database or Windows Update folder.",
      "source": {
        "id": "W1",
        "section": "Automatic server role exclusions: Windows Server Update Services exclusions"
      },
      "provenance": "vendor-page",
      "managedBy": {
        "osVersions": ">=2016",
        "by": "Defender automatic server-role exclusions",
        "scanner": "defender",
        "note": "applied when the role is installed on Windows Server 2016 and later, at the role's default paths only",
        "disabledBy": "DisableAutoExclusions",
        "scans": "real-time"
      },
      "notes": [
        "The page names the registry key that holds the real WSUS folder (HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Update Services\\Server\\Setup).",
        "The page says the automatic exclusions apply only to the default locations; a role installed elsewhere needs its exclusions set by hand, and opting out of automatic exclusions (DisableAutoExclusions) leaves them all to you.",
        "Windows Server 2012 R2 does not apply automatic role exclusions: there they are yours to set.",
        "The page lists some, but not all, of the built-in and automatic exclusions.",
        "Defender's own exclusion: another scanner, or a scheduled or on-demand Defender scan, needs it set by hand."
      ],
      "managedOsVersions": [
        {
          "min": [
            1
          ],
          "minInclusive": true
        }
      ]
    }
  ],
  "includes": {},
  "index": {
    "windows": {
      "base": [
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
        22,
        23,
        24,
        25,
        26,
        27,
        28,
        29,
        30,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        38,
        39
      ],
      "domain-controller": [
        55,
        56,
        57,
        58,
        59,
        60,
        61,
        62,
        63,
        64,
        65,
        66,
        67,
        68,
        69,
        70,
        71,
        72,
        73,
        74,
        75,
        76,
        77,
        78,
        79,
        80,
        81,
        82,
        83,
        84,
        85,
        86,
        87,
        88,
        89,
        90,
        91,
        92,
        93
      ],
      "dns-server": [
        99,
        100,
        101,
        102,
        103
      ],
      "dhcp-server": [
        94,
        95,
        96,
        97,
        98
      ],
      "web-server": [
        111,
        112,
        113,
        114,
        115,
        116,
        117,
        118
      ],
      "wsus": [
        119,
        120,
        121,
        122
      ],
      "print-server": [
        107,
        108,
        109,
        110
      ],
      "file-and-storage": [
        104,
        105,
        106
      ],
      "hyper-v": [
        40,
        41,
        42,
        43,
        44,
        45,
        46,
        47,
        48,
        49,
        50,
        51,
        52,
        53,
        54
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

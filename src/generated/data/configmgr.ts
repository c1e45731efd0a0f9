// Generated from data/configmgr.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Microsoft Configuration Manager (Microsoft), compiled. */
export const configmgr: CompiledProduct = {
  "id": "configmgr",
  "name": "Microsoft Configuration Manager",
  "vendor": "Microsoft",
  "description": "Microsoft Configuration Manager (System Center Configuration Manager, current branch): site servers, site systems (management points, distribution points, site database servers) and the clients they manage.",
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
      "id": "site-server",
      "name": "Site server",
      "description": "A Configuration Manager site server."
    },
    {
      "id": "management-point",
      "name": "Management point",
      "description": "A site system with the management point role."
    },
    {
      "id": "distribution-point",
      "name": "Distribution point",
      "description": "A site system with the distribution point role."
    },
    {
      "id": "site-database-server",
      "name": "Site database server",
      "description": "The SQL Server that hosts the site database."
    },
    {
      "id": "client",
      "name": "Client",
      "description": "A computer managed by Configuration Manager with the client installed."
    }
  ],
  "features": [
    {
      "id": "aggressive-antivirus",
      "description": "Your antivirus program treats Configuration Manager executables (.exe) as high-risk processes: only then does the article ask for process exclusions."
    }
  ],
  "variables": {
    "CM_INSTALL_DIR": {
      "name": "CM_INSTALL_DIR",
      "description": "The Configuration Manager installation folder on the site server.",
      "type": "path",
      "hint": "The folder chosen when the site was installed (the article's \"ConfigMgr installation folder\").",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "%ProgramFiles%\\Microsoft Configuration Manager",
          "source": {
            "id": "K1",
            "section": "Default installation folders: ConfigMgr installation folder"
          }
        }
      }
    },
    "CM_MP_INSTALL_DIR": {
      "name": "CM_MP_INSTALL_DIR",
      "description": "The management point's installation folder.",
      "type": "path",
      "hint": "The SMS_CCM folder of the management point (the article's \"MP installation folder\").",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "%ProgramFiles%\\SMS_CCM",
          "source": {
            "id": "K1",
            "section": "Default installation folders: MP installation folder"
          }
        }
      }
    },
    "CM_CLIENT_DIR": {
      "name": "CM_CLIENT_DIR",
      "description": "The Configuration Manager client's installation folder.",
      "type": "path",
      "hint": "The client's folder (the article's \"Client installation folder\").",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "%Windir%\\CCM",
          "source": {
            "id": "K1",
            "section": "Default installation folders: Client installation folder"
          }
        }
      }
    },
    "CM_CONTENTLIB_DRIVE": {
      "name": "CM_CONTENTLIB_DRIVE",
      "description": "The drive that holds the content library and package shares (the article's ContentLib_drive).",
      "type": "path",
      "hint": "The drive of the SCCMContentLib folder on the site server or distribution point.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\",
          "source": {
            "id": "K1",
            "section": "Default installation folders: ContentLib_drive (\"The path will vary. The default path is the C:\\ drive.\")"
          }
        }
      }
    },
    "CM_CONTENTLIB_DRIVE_LETTER": {
      "name": "CM_CONTENTLIB_DRIVE_LETTER",
      "description": "The letter of the content library drive, as used in the SMSPKG<letter>$ share folder name.",
      "type": "name",
      "hint": "The letter of CM_CONTENTLIB_DRIVE, such as C.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C",
          "source": {
            "id": "K1",
            "section": "Default installation folders: ContentLib_drive (\"The default path is the C:\\ drive.\")"
          }
        }
      }
    },
    "CM_INSTALL_DRIVE": {
      "name": "CM_INSTALL_DRIVE",
      "description": "The drive of a management point whose outboxes are in \\SMS\\MP\\OUTBOXES (the article's \"Installation drive\").",
      "type": "path",
      "hint": "The drive that holds the SMS\\MP\\OUTBOXES folder on the management point, if that is where its outboxes are.",
      "multiple": false
    }
  },
  "sources": {
    "K1": {
      "id": "K1",
      "title": "Recommended antivirus exclusions for Configuration Manager site servers, site systems, and clients (KB 327453)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/mem/configmgr/endpoint-protection/recommended-antivirus-exclusions",
      "docVersion": "ms.date 03/25/2022, the newer of two revisions with that date (MicrosoftDocs/SupportArticles-docs commit d06158ec29dbef4f076ddc4cf20c70ade060afff; the older, 01415d693b899d70adfcc97d2bfb7814800058a6, has other lists)",
      "retrieved": "2026-11-30"
    }
  },
  "rules": [
    {
      "id": "site-inboxes-dir",
      "kind": "directory",
      "value": "{CM_INSTALL_DIR}\\Inboxes",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site servers: ConfigMgr installation folder\\Inboxes"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_INSTALL_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "site-logs-dir",
      "kind": "directory",
      "value": "{CM_INSTALL_DIR}\\Logs",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site servers: ConfigMgr installation folder\\Logs"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_INSTALL_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "site-easysetuppayload-dir",
      "kind": "directory",
      "value": "{CM_INSTALL_DIR}\\EasySetupPayload",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site servers: ConfigMgr installation folder\\EasySetupPayload"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_INSTALL_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "site-contentlib-dir",
      "kind": "directory",
      "value": "{CM_CONTENTLIB_DRIVE}\\SCCMContentLib",
      "recursive": true,
      "risk": "medium",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site servers: ContentLib_drive\\SCCMContentLib"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CONTENTLIB_DRIVE"
      ],
      "notes": [
        "The article notes that with a remote content library this folder is not on the site server.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "mp-servicedata-dir",
      "kind": "directory",
      "value": "{CM_MP_INSTALL_DIR}\\ServiceData",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Management points: MP installation folder\\ServiceData"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_MP_INSTALL_DIR"
      ],
      "notes": [
        "The article's one advice that is not an exclusion: on management points, turn off the scanning of outgoing files (files copied to a remote location); for Windows Defender, set \"Configure monitoring for incoming and outgoing file and program activity\" to \"Scan only incoming files\".",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "mp-outboxes-dir",
      "kind": "directory",
      "value": "{CM_INSTALL_DIR}\\MP\\OUTBOXES",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Management points: either ConfigMgr installation folder\\MP\\OUTBOXES"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_INSTALL_DIR"
      ],
      "notes": [
        "The article asks for either this folder or Installation drive\\SMS\\MP\\OUTBOXES, whichever the management point has; this one is listed by default, the other once you give CM_INSTALL_DRIVE.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "mp-sms-outboxes-dir",
      "kind": "directory",
      "value": "{CM_INSTALL_DRIVE}\\SMS\\MP\\OUTBOXES",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Management points: or Installation drive\\SMS\\MP\\OUTBOXES"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "CM_INSTALL_DRIVE"
      ],
      "notes": [
        "Emitted once you give the installation drive: the article's alternative to ConfigMgr installation folder\\MP\\OUTBOXES.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "mp-pol00000-file",
      "kind": "file",
      "value": "{CM_MP_INSTALL_DIR}\\PolReqStaging\\POL00000.pol",
      "recursive": false,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "File exclusions for MPs: POL00000.pol in MP installation folder\\PolReqStaging"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_MP_INSTALL_DIR"
      ]
    },
    {
      "id": "dp-servicedata-dir",
      "kind": "directory",
      "value": "{CM_CLIENT_DIR}\\ServiceData",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Distribution points: Client installation folder\\ServiceData"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CLIENT_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "dp-sccmcontentlib-dir",
      "kind": "directory",
      "value": "{CM_CONTENTLIB_DRIVE}\\SCCMContentLib",
      "recursive": true,
      "risk": "medium",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Distribution points: ContentLib_drive\\SCCMContentLib"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CONTENTLIB_DRIVE"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "dp-sms-dp-dir",
      "kind": "directory",
      "value": "{CM_CONTENTLIB_DRIVE}\\SMS_DP$",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Distribution points: ContentLib_drive\\SMS_DP$"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CONTENTLIB_DRIVE"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "dp-smspkg-dir",
      "kind": "directory",
      "value": "{CM_CONTENTLIB_DRIVE}\\SMSPKG",
      "recursive": true,
      "risk": "medium",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Distribution points: ContentLib_drive\\SMSPKG"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CONTENTLIB_DRIVE"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "dp-smspkgsig-dir",
      "kind": "directory",
      "value": "{CM_CONTENTLIB_DRIVE}\\SMSPKGSIG",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Distribution points: ContentLib_drive\\SMSPKGSIG"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CONTENTLIB_DRIVE"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "dp-smssig-dir",
      "kind": "directory",
      "value": "{CM_CONTENTLIB_DRIVE}\\SMSSIG$",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Distribution points: ContentLib_drive\\SMSSIG$"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CONTENTLIB_DRIVE"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "dp-smspkg-letter-dir",
      "kind": "directory",
      "value": "{CM_CONTENTLIB_DRIVE}\\SMSPKG{CM_CONTENTLIB_DRIVE_LETTER}$",
      "recursive": true,
      "risk": "medium",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for site systems: Distribution points: ContentLib_drive\\SMSPKGDrive_Letter$"
      },
      "provenance": "derived",
      "variables": [
        "CM_CONTENTLIB_DRIVE",
        "CM_CONTENTLIB_DRIVE_LETTER"
      ],
      "notes": [
        "The article writes SMSPKGDrive_Letter$; read as SMSPKG followed by the drive's letter and $ (SMSPKGC$ on drive C:), with the content library drive's letter.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-sdf-files",
      "kind": "glob",
      "value": "{CM_CLIENT_DIR}\\*.sdf",
      "recursive": false,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: Client installation folder\\*.sdf"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CLIENT_DIR"
      ]
    },
    {
      "id": "client-servicedata-dir",
      "kind": "directory",
      "value": "{CM_CLIENT_DIR}\\ServiceData",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: Client installation folder\\ServiceData"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CLIENT_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-scriptstore-dir",
      "kind": "directory",
      "value": "{CM_CLIENT_DIR}\\ScriptStore",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: Client installation folder\\ScriptStore"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CLIENT_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-logs-dir",
      "kind": "directory",
      "value": "{CM_CLIENT_DIR}\\Logs",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: Client installation folder\\Logs"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CLIENT_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-temp-dir",
      "kind": "directory",
      "value": "{CM_CLIENT_DIR}\\temp",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: Client installation folder\\temp"
      },
      "provenance": "vendor-page",
      "variables": [
        "CM_CLIENT_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-ccmcache-dir",
      "kind": "directory",
      "value": "C:\\Windows\\CCMCache",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: C:\\Windows\\CCMCache"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article writes this folder with its drive, not over a variable; stored as written.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-ccmsetup-dir",
      "kind": "directory",
      "value": "C:\\Windows\\CCMSetup",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: C:\\Windows\\CCMSetup"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article writes this folder with its drive, not over a variable; stored as written.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-setup-scripts-dir",
      "kind": "directory",
      "value": "C:\\Windows\\Setup\\Scripts",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: C:\\Windows\\Setup\\Scripts"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article writes this folder with its drive, not over a variable; stored as written.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-smstspostupgrade-dir",
      "kind": "directory",
      "value": "C:\\Windows\\SMSTSPostUpgrade",
      "recursive": true,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: C:\\Windows\\SMSTSPostUpgrade"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article writes this folder with its drive, not over a variable; stored as written.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "client-policy-platform-sdf-files",
      "kind": "glob",
      "value": "C:\\Program Files\\Microsoft Policy Platform\\authorityDb\\*.sdf",
      "recursive": false,
      "risk": "low",
      "rationale": "The article's symptoms of real-time scanning on Configuration Manager systems include failed site-system installs, backlogs in the inboxes and outboxes, inaccurate client inventory and deployments that do not install; it recommends these real-time protection exclusions to prevent them.",
      "source": {
        "id": "K1",
        "section": "Folder exclusions for clients: C:\\Program Files\\Microsoft Policy Platform\\authorityDb\\*.sdf"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "smsexec-process",
      "kind": "process",
      "value": "{CM_INSTALL_DIR}\\bin\\x64\\Smsexec.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Site and site systems: ConfigMgr installation folder\\bin\\x64\\Smsexec.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_INSTALL_DIR"
      ],
      "notes": [
        "Listed for the site and site systems without naming roles: stored for every site-system role of this pack."
      ]
    },
    {
      "id": "sitecomp-process",
      "kind": "process",
      "value": "{CM_INSTALL_DIR}\\bin\\x64\\Sitecomp.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Site and site systems: ConfigMgr installation folder\\bin\\x64\\Sitecomp.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_INSTALL_DIR"
      ],
      "notes": [
        "Listed for the site and site systems without naming roles: stored for every site-system role of this pack."
      ]
    },
    {
      "id": "smswriter-process",
      "kind": "process",
      "value": "{CM_INSTALL_DIR}\\bin\\x64\\Smswriter.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Site and site systems: ConfigMgr installation folder\\bin\\x64\\Smswriter.exe (site server only)"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_INSTALL_DIR"
      ]
    },
    {
      "id": "cmupdate-process",
      "kind": "process",
      "value": "{CM_INSTALL_DIR}\\bin\\x64\\Cmupdate.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Site and site systems: ConfigMgr installation folder\\bin\\x64\\Cmupdate.exe (site server only)"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_INSTALL_DIR"
      ]
    },
    {
      "id": "smssqlbkup-process",
      "kind": "process",
      "value": "{CM_INSTALL_DIR}\\bin\\x64\\Smssqlbkup.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Site and site systems: ConfigMgr installation folder\\bin\\x64\\Smssqlbkup.exe, or SQLFQDN\\bin\\x64\\Smssqlbkup.exe (site database server only)"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_INSTALL_DIR"
      ],
      "notes": [
        "The article's alternative, SQLFQDN\\bin\\x64\\Smssqlbkup.exe, starts with a server name rather than a folder and is not stored; if the file is elsewhere on your site database server, exclude it at its real path."
      ]
    },
    {
      "id": "mp-ccmexec-process",
      "kind": "process",
      "value": "{CM_MP_INSTALL_DIR}\\Ccmexec.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Site and site systems: MP installation folder\\Ccmexec.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_MP_INSTALL_DIR"
      ]
    },
    {
      "id": "client-ccmexec-process",
      "kind": "process",
      "value": "{CM_CLIENT_DIR}\\Ccmexec.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Client: Client installation folder\\Ccmexec.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_CLIENT_DIR"
      ]
    },
    {
      "id": "client-ccmrepair-process",
      "kind": "process",
      "value": "{CM_CLIENT_DIR}\\Ccmrepair.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Client: Client installation folder\\Ccmrepair.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_CLIENT_DIR"
      ]
    },
    {
      "id": "client-scclient-process",
      "kind": "process",
      "value": "{CM_CLIENT_DIR}\\ScClient.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Client: Client installation folder\\ScClient.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_CLIENT_DIR"
      ]
    },
    {
      "id": "client-ccmaadbroker-process",
      "kind": "process",
      "value": "{CM_CLIENT_DIR}\\CcmAADBroker.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Client: Client installation folder\\CcmAADBroker.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_CLIENT_DIR"
      ]
    },
    {
      "id": "client-cmrcservice-process",
      "kind": "process",
      "value": "{CM_CLIENT_DIR}\\RemCtrl\\CmRcService.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Client: Client installation folder\\RemCtrl\\CmRcService.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "variables": [
        "CM_CLIENT_DIR"
      ]
    },
    {
      "id": "client-ccmsetup-process",
      "kind": "process",
      "value": "%windir%\\CCMSetup\\Ccmsetup.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Client: %windir%\\CCMSetup\\Ccmsetup.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ]
    },
    {
      "id": "client-ccmsetup-autoupgrade-process",
      "kind": "process",
      "value": "%windir%\\CCMSetup\\autoupgrade\\Ccmsetup*.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for process exclusions only if aggressive antivirus programs consider Configuration Manager executables to be high-risk processes.",
      "source": {
        "id": "K1",
        "section": "Process exclusions: Client: %windir%\\CCMSetup\\autoupgrade\\Ccmsetup*.exe"
      },
      "provenance": "vendor-page",
      "when": [
        "aggressive-antivirus"
      ],
      "notes": [
        "The article notes that from current branch version 1910 this file is named Ccmsetup.<Packageid>.<PackageVersion>.exe; the pattern Ccmsetup*.exe matches both names."
      ]
    }
  ],
  "includes": {
    "site-database-server": [
      {
        "product": "sql-server",
        "roles": [
          "database-engine"
        ]
      }
    ]
  },
  "index": {
    "windows": {
      "site-server": [
        0,
        1,
        2,
        3,
        25,
        26,
        27,
        28
      ],
      "management-point": [
        4,
        5,
        6,
        7,
        25,
        26,
        30
      ],
      "distribution-point": [
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        25,
        26
      ],
      "site-database-server": [
        25,
        26,
        29
      ],
      "client": [
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
        31,
        32,
        33,
        34,
        35,
        36,
        37
      ]
    }
  }
};

// Generated from data/sep-sesam.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** SEP sesam (SEP AG), compiled. */
export const product: CompiledProduct = {
  "id": "sep-sesam",
  "name": "SEP sesam",
  "vendor": "SEP AG",
  "description": "Backup and restore software. A SEP sesam Server drives backups, Clients are the machines being backed up, and Remote Device Servers (RDS) write to data stores (including deduplication stores) on behalf of the Server.",
  "versionScheme": {
    "type": "numeric",
    "maxParts": 4,
    "codenames": [
      {
        "name": "Apollon",
        "version": "5.1.0",
        "source": {
          "id": "S1",
          "section": "Page banner: \"latest SEP sesam documentation version 5.1.0 Apollon\""
        }
      },
      {
        "name": "Jaglion",
        "version": "5.0.0",
        "source": {
          "id": "S1",
          "section": "Recommended antivirus exclusion rules, note on version 5.0.0 Jaglion"
        }
      },
      {
        "name": "Beefalo",
        "version": "4.4.3",
        "source": {
          "id": "S4",
          "section": "4.4.3 Beefalo: Updating SEP sesam (\"introduced in 4.4.3 Beefalo\")"
        }
      },
      {
        "name": "Beefalo V2",
        "version": "4.4.3",
        "source": {
          "id": "S4",
          "section": "4.4.3 Beefalo: Updating SEP sesam (\"fine-tuned in 4.4.3 Beefalo V2\")"
        }
      },
      {
        "name": "Grolar",
        "version": "4.4.3",
        "source": {
          "id": "S4b",
          "section": "Updating SEP sesam, 4.4.3 (\"If you are running a version ≤ 4.4.3 Grolar\")"
        }
      }
    ]
  },
  "documentedVersions": [
    "5.0.0",
    "5.1.0"
  ],
  "documentedTuples": [
    [
      5,
      0,
      0
    ],
    [
      5,
      1,
      0
    ]
  ],
  "platforms": [
    "windows",
    "linux"
  ],
  "roles": [
    {
      "id": "server",
      "name": "SEP sesam Server",
      "description": "The machine running the SEP sesam Server: it schedules and controls backups and can hold data stores itself."
    },
    {
      "id": "client",
      "name": "SEP sesam Client",
      "description": "A machine whose data SEP sesam backs up and restores."
    },
    {
      "id": "rds",
      "name": "Remote Device Server",
      "description": "A SEP sesam Remote Device Server (RDS), which writes backup data to its own data stores for the Server."
    }
  ],
  "features": [
    {
      "id": "postgresql",
      "description": "SEP sesam uses PostgreSQL as its database."
    }
  ],
  "variables": {
    "SESAM_ROOT": {
      "name": "SESAM_ROOT",
      "description": "The SEP sesam installation root on Windows.",
      "type": "path",
      "hint": "Chosen in the installer; the installer default is C:\\Program Files\\SEPsesam.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\SEPsesam",
          "source": {
            "id": "S2",
            "section": "Windows: <SESAM_ROOT> default"
          }
        }
      }
    },
    "SESAM_BIN": {
      "name": "SESAM_BIN",
      "description": "The SEP sesam program tree (binaries under bin\\..., skel).",
      "type": "path",
      "hint": "On Windows the installation root; on Linux /opt/sesam for RPM/DEB packages. The real locations are recorded in /etc/sesam2000.ini on Linux.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\SEPsesam",
          "source": {
            "id": "S2",
            "section": "Windows: <SESAM_BIN> is the same location as <SESAM_ROOT>"
          }
        },
        "linux": {
          "value": "/opt/sesam",
          "source": {
            "id": "S2",
            "section": "Linux package installation: <SESAM_BIN>"
          }
        }
      }
    },
    "SESAM_VAR": {
      "name": "SESAM_VAR",
      "description": "The SEP sesam variable data tree (ini files, database, logs, work and temporary files). On Windows the Directory Layout page puts it in the installation root, while a 5.1.0 \"sm_main status\" sample shows var data under D:\\ProgramData\\SEPsesam\\var: pass the real location if it differs.",
      "type": "path",
      "hint": "On Windows the folder that holds var\\ini; on Linux /var/opt/sesam/var for RPM/DEB packages (see /etc/sesam2000.ini).",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\SEPsesam",
          "source": {
            "id": "S2",
            "section": "Windows: <SESAM_VAR> is the same location as <SESAM_ROOT>"
          }
        },
        "linux": {
          "value": "/var/opt/sesam/var",
          "source": {
            "id": "S2",
            "section": "Linux package installation: <SESAM_VAR>"
          }
        }
      }
    },
    "DATA_STORE_VOLUMES": {
      "name": "DATA_STORE_VOLUMES",
      "description": "Each partition (volume) that holds a SEP sesam data store or deduplication store.",
      "type": "path",
      "hint": "The drives or mount points that hold the data stores and deduplication stores configured in SEP sesam.",
      "multiple": true
    },
    "DATA_STORE_DIRS": {
      "name": "DATA_STORE_DIRS",
      "description": "The directory of each SEP sesam data store.",
      "type": "path",
      "hint": "The paths of the data stores configured in SEP sesam.",
      "multiple": true
    }
  },
  "sources": {
    "S1": {
      "id": "S1",
      "title": "Antivirus Exclusions for SEP sesam",
      "url": "https://wiki.sep.de/wiki/index.php/Special:MyLanguage/Antivirus_Exclusions_for_SEP_sesam",
      "docVersion": "5.1.0 Apollon",
      "retrieved": "2026-11-22"
    },
    "S2": {
      "id": "S2",
      "title": "Directory Layout",
      "url": "https://wiki.sep.de/wiki/index.php/Special:MyLanguage/Directory_Layout",
      "docVersion": "5.1.0 Apollon",
      "retrieved": "2026-11-22"
    },
    "S4": {
      "id": "S4",
      "title": "Updating SEP sesam (4.4.3 Beefalo)",
      "url": "https://wiki.sep.de/wiki/index.php/Special:MyLanguage/4_4_3_Beefalo:Updating_SEP_sesam",
      "docVersion": "4.4.3 Beefalo",
      "retrieved": "2026-11-22"
    },
    "S4b": {
      "id": "S4b",
      "title": "Updating SEP sesam (4.4.3)",
      "url": "https://wiki.sep.de/wiki/index.php/4_4_3:Updating_SEP_sesam/en",
      "docVersion": "4.4.3 Grolar",
      "retrieved": "2026-11-22"
    }
  },
  "rules": [
    {
      "id": "sesam-bin-dir",
      "kind": "directory",
      "value": "{SESAM_BIN}",
      "recursive": true,
      "risk": "low",
      "rationale": "Scanning the SEP sesam program files slows installation and the GUI and can block SEP sesam processes, which makes Server and Client unreachable.",
      "source": {
        "id": "S1",
        "section": "Recommended antivirus exclusion rules: SESAM_BIN directory including all subfolders"
      },
      "provenance": "vendor-page",
      "variables": [
        "SESAM_BIN"
      ]
    },
    {
      "id": "sesam-var-dir",
      "kind": "directory",
      "value": "{SESAM_VAR}",
      "recursive": true,
      "risk": "low",
      "rationale": "SEP sesam keeps its configuration, database, logs and working files here; scanning them while jobs run can abort backups or corrupt the files.",
      "source": {
        "id": "S1",
        "section": "Recommended antivirus exclusion rules: SESAM_VAR directory including all subfolders"
      },
      "provenance": "vendor-page",
      "variables": [
        "SESAM_VAR"
      ]
    },
    {
      "id": "data-store-volumes",
      "kind": "volume",
      "value": "{DATA_STORE_VOLUMES}",
      "recursive": true,
      "risk": "high",
      "rationale": "Backup data written to data stores can be flagged and damaged by a scanner, which makes it useless for restores, and scanning slows every backup.",
      "source": {
        "id": "S1",
        "section": "Recommended antivirus exclusion rules: all partitions on which the data stores (data stores and deduplication stores) are configured"
      },
      "provenance": "vendor-page",
      "variables": [
        "DATA_STORE_VOLUMES"
      ],
      "riskNote": "Excludes whole partitions: keep only backup data on them, since anything else stored there is no longer scanned either."
    },
    {
      "id": "postgres-process",
      "kind": "process",
      "value": "postgres.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The page lists SEP sesam processes to exclude where a scanner lets you switch off child-process monitoring; for 5.0.0 that list also takes in the PostgreSQL server process when SEP sesam runs its database on PostgreSQL.",
      "source": {
        "id": "S1",
        "section": "Recommended antivirus exclusion rules: note under \"On Windows:\" (\"in version 5.0.0 Jaglion, you must also exclude the postgres process, if it is used\")"
      },
      "provenance": "derived",
      "when": [
        "postgresql"
      ],
      "notes": [
        "The page states this for version 5.0.0 Jaglion only. It is the 5.1.0 Apollon documentation, so we read the exclusion as not applying to 5.1.0 and later.",
        "The page does not spell out the executable; postgres.exe is the name PostgreSQL documents for its database server process (PostgreSQL documentation, \"postgres — PostgreSQL database server\", https://www.postgresql.org/docs/current/app-postgres.html).",
        "The note sits in the Windows process list, so the rule is stored for Windows only.",
        "\"If it is used\" is read as \"if PostgreSQL is the SEP sesam database\".",
        "The surrounding list is meant for scanners on which the Child Process Monitoring option is switched off; the rest of that process list could not be recovered from the page and is not included."
      ],
      "versions": [
        {
          "min": [
            5,
            0,
            0
          ],
          "minInclusive": true,
          "max": [
            5,
            1,
            0
          ],
          "maxInclusive": false
        }
      ]
    },
    {
      "id": "bsr-pro-files",
      "kind": "glob",
      "value": "{SESAM_ROOT}\\SEP sesam BSR Pro\\*.*",
      "recursive": false,
      "risk": "low",
      "rationale": "SEP sesam BSR Pro, the Windows disaster-recovery tool, is excluded so the scanner does not interfere with it.",
      "source": {
        "id": "S1",
        "section": "SEP sesam exclusion rules for Windows Defender"
      },
      "provenance": "vendor-page",
      "variables": [
        "SESAM_ROOT"
      ],
      "managedBy": {
        "by": "SEP sesam installer",
        "scanner": "Microsoft Defender Antivirus",
        "note": "added during installation and every update, removed when SEP sesam is uninstalled"
      },
      "correction": {
        "note": "The page writes forward slashes for a Windows-only Defender rule; the value is stored with Windows backslashes.",
        "original": "<SESAM_ROOT>/SEP sesam BSR Pro/*.*"
      },
      "notes": [
        "SEP does not say whether files in subfolders of \"SEP sesam BSR Pro\" are meant."
      ]
    },
    {
      "id": "data-store-dirs-defender",
      "kind": "directory",
      "value": "{DATA_STORE_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "SEP sesam adds each data store folder to Defender itself so that stored backup data is not scanned; other scanners need the same folders excluded.",
      "source": {
        "id": "S1",
        "section": "SEP sesam exclusion rules for Windows Defender: exclusion added when a datastore is created"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "DATA_STORE_DIRS"
      ],
      "managedBy": {
        "by": "SEP sesam installer",
        "scanner": "Microsoft Defender Antivirus",
        "note": "added when a data store is created, removed when it is deleted"
      }
    }
  ],
  "includes": {},
  "index": {
    "windows": {
      "server": [
        0,
        1,
        2,
        3,
        4,
        5
      ],
      "client": [
        0,
        1,
        3,
        4
      ],
      "rds": [
        0,
        1,
        2,
        3,
        4,
        5
      ]
    },
    "linux": {
      "server": [
        0,
        1,
        2
      ],
      "client": [
        0,
        1
      ],
      "rds": [
        0,
        1,
        2
      ]
    }
  }
};

// Generated from data/sep-sesam.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** SEP sesam (SEP AG), compiled. */
export const sepSesam: CompiledProduct = {
  "id": "sep-sesam",
  "name": "SEP sesam",
  "vendor": "SEP AG",
  "description": "Backup and restore software. The SEP sesam Server plans and runs backups, Clients are the machines whose data is backed up, and Remote Device Servers (RDS) write backup data to data stores, including deduplication stores.",
  "versionScheme": {
    "type": "numeric",
    "maxParts": 4,
    "codenames": [
      {
        "name": "Apollon",
        "version": "5.1.0",
        "source": {
          "id": "S1",
          "section": "Page banner (\"latest SEP sesam documentation version 5.1.0 Apollon\")"
        }
      },
      {
        "name": "Jaglion",
        "version": "5.0.0",
        "source": {
          "id": "S1",
          "section": "Recommended antivirus exclusion rules: note under \"On Windows:\" (\"in version 5.0.0 Jaglion\")"
        }
      },
      {
        "name": "Beefalo",
        "version": "4.4.3",
        "source": {
          "id": "S4a",
          "section": "Updating SEP sesam, 4.4.3 Beefalo documentation (\"introduced in 4.4.3 Beefalo\")"
        }
      },
      {
        "name": "Beefalo V2",
        "version": "4.4.3",
        "source": {
          "id": "S4a",
          "section": "Updating SEP sesam, 4.4.3 Beefalo documentation (\"fine-tuned in 4.4.3 Beefalo V2\")"
        }
      },
      {
        "name": "Grolar",
        "version": "4.4.3",
        "source": {
          "id": "S4b",
          "section": "Updating SEP sesam, 4.4.3 documentation: introduction (\"procedures that were available up to 4.4.3 Grolar\")"
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
      "description": "The machine running the SEP sesam Server, which schedules and controls backups and restores and may hold data stores itself."
    },
    {
      "id": "client",
      "name": "SEP sesam Client",
      "description": "A machine with the SEP sesam Client installed, whose data is backed up and restored."
    },
    {
      "id": "rds",
      "name": "Remote Device Server",
      "description": "A SEP sesam Remote Device Server (RDS), which receives backup data for the Server and writes it to its own data stores."
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
      "description": "The SEP sesam installation folder on Windows.",
      "type": "path",
      "hint": "The folder chosen in the SEP sesam installer (Directory Layout calls it <SESAM_ROOT>).",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\SEPsesam",
          "source": {
            "id": "S2",
            "section": "Windows: <SESAM_ROOT>"
          }
        }
      }
    },
    "SESAM_BIN": {
      "name": "SESAM_BIN",
      "description": "The SEP sesam program tree (executables under bin, templates under skel).",
      "type": "path",
      "hint": "On Windows the installation folder; on Linux the real location is recorded in /etc/sesam2000.ini.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "{SESAM_ROOT}",
          "source": {
            "id": "S2",
            "section": "Windows: <SESAM_BIN> (same location as <SESAM_ROOT>)"
          }
        },
        "linux": {
          "value": "/opt/sesam",
          "source": {
            "id": "S2",
            "section": "Linux (RPM/DEB packages): <SESAM_BIN>"
          }
        }
      }
    },
    "SESAM_VAR": {
      "name": "SESAM_VAR",
      "description": "The SEP sesam variable data tree (configuration, database, logs, work and temporary files). Directory Layout puts it in the installation folder on Windows, but the 5.1.0 \"SEP sesam Processes\" page shows an sm_main status sample with var data under D:\\ProgramData\\SEPsesam\\var, so pass the real location when it differs.",
      "type": "path",
      "hint": "On Windows the folder that contains var\\ini; on Linux the real location is recorded in /etc/sesam2000.ini.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "{SESAM_ROOT}",
          "source": {
            "id": "S2",
            "section": "Windows: <SESAM_VAR> (same location as <SESAM_ROOT>)"
          }
        },
        "linux": {
          "value": "/var/opt/sesam/var",
          "source": {
            "id": "S2",
            "section": "Linux (RPM/DEB packages): <SESAM_VAR>"
          }
        }
      }
    },
    "DATA_STORE_VOLUMES": {
      "name": "DATA_STORE_VOLUMES",
      "description": "Every partition that holds a SEP sesam data store or deduplication store.",
      "type": "path",
      "hint": "The drives or mount points that hold the data stores and deduplication stores configured in SEP sesam.",
      "multiple": true
    },
    "DATA_STORE_DIRS": {
      "name": "DATA_STORE_DIRS",
      "description": "The directory of each SEP sesam data store (for the exclusion the SEP sesam installer adds to Microsoft Defender).",
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
    "S4a": {
      "id": "S4a",
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
      "rationale": "Scanning the SEP sesam programs slows installation and the GUI, and a scanner that blocks them can leave Server and Client unreachable.",
      "source": {
        "id": "S1",
        "section": "Recommended antivirus exclusion rules: \"SESAM_BIN directory including all subfolders\""
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
      "rationale": "SEP sesam writes its configuration, database, logs and working files here while jobs run; a scanner holding these files can abort backups and restores.",
      "source": {
        "id": "S1",
        "section": "Recommended antivirus exclusion rules: \"SESAM_VAR directory including all subfolders\""
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
      "rationale": "A scanner can mistake saved backup data for a threat and damage it, so it can no longer be restored; scanning it also slows every backup and restore.",
      "source": {
        "id": "S1",
        "section": "Recommended antivirus exclusion rules: partitions on which the data stores (data stores and deduplication stores) are configured"
      },
      "provenance": "vendor-page",
      "variables": [
        "DATA_STORE_VOLUMES"
      ],
      "riskNote": "Excludes whole partitions: anything else kept on them is no longer scanned either, so they should hold backup data only."
    },
    {
      "id": "postgres-process",
      "kind": "process",
      "value": "postgres.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "When SEP sesam 5.0.0 keeps its database in PostgreSQL, the database server is one more SEP sesam program whose file access a scanner can slow down or block.",
      "source": {
        "id": "S1",
        "section": "Recommended antivirus exclusion rules: note under \"On Windows:\" about version 5.0.0 Jaglion and the postgres process"
      },
      "provenance": "derived",
      "when": [
        "postgresql"
      ],
      "notes": [
        "The page states this for 5.0.0 Jaglion only; we read it as not applying to 5.1.0 Apollon, since the page itself is the 5.1.0 documentation.",
        "The page does not spell out the executable. PostgreSQL documents its database server program as postgres, which is postgres.exe on Windows (PostgreSQL documentation, \"postgres — PostgreSQL database server\", https://www.postgresql.org/docs/current/app-postgres.html, version \"current\").",
        "The note sits in the Windows process list, so the rule is stored for Windows only.",
        "\"If it is used\" is read as \"if PostgreSQL is the SEP sesam database\".",
        "The surrounding process list is meant for scanners on which the Child Process Monitoring option can be switched off; the rest of that list could not be recovered from the page and is not included."
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
      "rationale": "The files of SEP sesam BSR Pro, the Windows disaster-recovery tool, are kept out of scanning so the scanner cannot get in the way of a system recovery.",
      "source": {
        "id": "S1",
        "section": "SEP sesam exclusion rules for Windows Defender: exclusions added during installation and update"
      },
      "provenance": "vendor-page",
      "variables": [
        "SESAM_ROOT"
      ],
      "managedBy": {
        "by": "SEP sesam installer",
        "scanner": "defender",
        "note": "added during installation and every update, removed when SEP sesam is uninstalled"
      },
      "correction": {
        "note": "The page writes forward slashes for a rule that exists only in Windows Defender; the value is stored with Windows backslashes.",
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
      "rationale": "SEP sesam keeps Defender from scanning the backup data in each data store, so that backups and restores are not slowed down by it.",
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
        "scanner": "defender",
        "note": "added when a data store is created, removed when it is deleted"
      },
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
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

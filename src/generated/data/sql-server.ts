// Generated from data/sql-server.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Microsoft SQL Server (Microsoft), compiled. */
export const sqlServer: CompiledProduct = {
  "id": "sql-server",
  "name": "Microsoft SQL Server",
  "vendor": "Microsoft",
  "description": "Microsoft's relational database server on Windows, with its Analysis Services, Integration Services, PolyBase and Reporting Services components, and Power BI Report Server.",
  "versionScheme": {
    "type": "train",
    "releases": [
      {
        "id": "2014",
        "name": "SQL Server 2014"
      },
      {
        "id": "2016",
        "name": "SQL Server 2016"
      },
      {
        "id": "2017",
        "name": "SQL Server 2017"
      },
      {
        "id": "2019",
        "name": "SQL Server 2019"
      },
      {
        "id": "2022",
        "name": "SQL Server 2022"
      },
      {
        "id": "2025",
        "name": "SQL Server 2025"
      }
    ]
  },
  "documentedVersions": [
    "2014",
    "2016",
    "2017",
    "2019",
    "2022",
    "2025"
  ],
  "documentedTuples": [
    [
      0
    ],
    [
      1
    ],
    [
      2
    ],
    [
      3
    ],
    [
      4
    ],
    [
      5
    ]
  ],
  "platforms": [
    "windows"
  ],
  "roles": [
    {
      "id": "database-engine",
      "name": "Database Engine",
      "description": "A server running an instance of the SQL Server Database Engine (stand-alone or a failover cluster instance)."
    },
    {
      "id": "analysis-services",
      "name": "Analysis Services (SSAS)",
      "description": "A server running an instance of SQL Server Analysis Services."
    },
    {
      "id": "integration-services",
      "name": "Integration Services (SSIS)",
      "description": "A server running SQL Server Integration Services packages."
    },
    {
      "id": "reporting-services",
      "name": "Reporting Services (SSRS)",
      "description": "A server running SQL Server Reporting Services."
    },
    {
      "id": "power-bi-report-server",
      "name": "Power BI Report Server",
      "description": "A server running Power BI Report Server."
    }
  ],
  "features": [
    {
      "id": "failover-cluster-instance",
      "description": "The Database Engine runs as a failover cluster instance (Always On FCI) on a Windows failover cluster."
    },
    {
      "id": "filestream",
      "description": "Databases use FILESTREAM (containers of type FILESTREAM in sys.database_files)."
    },
    {
      "id": "full-text",
      "description": "Full-Text Search is used and keeps full-text catalogs in the instance's FTDATA folder."
    },
    {
      "id": "replication",
      "description": "The instance takes part in SQL Server replication (executables and server-side COM objects, snapshot folder, the Distribution Agent)."
    },
    {
      "id": "in-memory-oltp",
      "description": "Databases use In-Memory OLTP (memory-optimized tables or natively compiled stored procedures)."
    },
    {
      "id": "polybase",
      "description": "The PolyBase Engine and Data Movement services are installed with the instance."
    }
  ],
  "variables": {
    "SQL_INSTANCE_NAME": {
      "name": "SQL_INSTANCE_NAME",
      "description": "The name of the SQL Server instance (MSSQLSERVER for the default instance).",
      "type": "name",
      "hint": "The instance name shown by SQL Server Configuration Manager, such as MSSQLSERVER for the default instance or the name of a named instance; give each instance on the server.",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "MSSQLSERVER",
          "source": {
            "id": "Q1",
            "section": "SQL Server data files: default data directory table, row \"SQL Server default instance\" (MSSQL<NN>.MSSQLSERVER)"
          }
        }
      }
    },
    "SQL_MAJOR": {
      "name": "SQL_MAJOR",
      "description": "The two-digit version number in the instance folder names (MSSQL16 and MSAS16 for SQL Server 2022).",
      "type": "name",
      "hint": "The number after MSSQL in the instance folder under %ProgramFiles%\\Microsoft SQL Server. The file-locations page read lists SQL Server 2012 to 2022; it gives no number for SQL Server 2025, so for 2025 only you know the value.",
      "multiple": false,
      "versionDefaults": {
        "windows": [
          {
            "value": "12",
            "versions": "2014",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, {nn} for SQL Server 2014"
            }
          },
          {
            "value": "13",
            "versions": "2016",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, {nn} for SQL Server 2016"
            }
          },
          {
            "value": "14",
            "versions": "2017",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, {nn} for SQL Server 2017"
            }
          },
          {
            "value": "15",
            "versions": "2019",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, {nn} for SQL Server 2019"
            }
          },
          {
            "value": "16",
            "versions": "2022",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, {nn} for SQL Server 2022"
            }
          }
        ]
      }
    },
    "SQL_NNN": {
      "name": "SQL_NNN",
      "description": "The three-digit version number of the shared-features folders (160 for SQL Server 2022).",
      "type": "name",
      "hint": "The numbered folder under %ProgramFiles%\\Microsoft SQL Server that holds COM, DTS and Shared. The file-locations page read lists SQL Server 2012 to 2022; it gives no number for SQL Server 2025, so for 2025 only you know the value.",
      "multiple": false,
      "versionDefaults": {
        "windows": [
          {
            "value": "120",
            "versions": "2014",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, nnn for SQL Server 2014"
            }
          },
          {
            "value": "130",
            "versions": "2016",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, nnn for SQL Server 2016"
            }
          },
          {
            "value": "140",
            "versions": "2017",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, nnn for SQL Server 2017"
            }
          },
          {
            "value": "150",
            "versions": "2019",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, nnn for SQL Server 2019"
            }
          },
          {
            "value": "160",
            "versions": "2022",
            "source": {
              "id": "Q2",
              "section": "Shared files for all instances of SQL Server: version table, nnn for SQL Server 2022"
            }
          }
        ]
      }
    },
    "SQL_INSTANCE_ROOT": {
      "name": "SQL_INSTANCE_ROOT",
      "description": "The Database Engine instance folder, MSSQL<NN>.<InstanceName>.",
      "type": "path",
      "hint": "The folder of the instance chosen in Setup (Instance root directory); by default under %ProgramFiles%\\Microsoft SQL Server.",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "%ProgramFiles%\\Microsoft SQL Server\\MSSQL{SQL_MAJOR}.{SQL_INSTANCE_NAME}",
          "source": {
            "id": "Q1",
            "section": "SQL Server data files: default data directory table (%ProgramFiles%\\Microsoft SQL Server\\MSSQL<NN>.<InstanceName>)"
          },
          "note": "The article's folder up to the instance folder, written over SQL_MAJOR and SQL_INSTANCE_NAME (<NN> and <InstanceName>), so that the data, backup, full-text and replication folders follow a moved instance."
        }
      }
    },
    "SQL_DATA_DIRS": {
      "name": "SQL_DATA_DIRS",
      "description": "The folders that hold the databases' data and log files (.mdf, .ndf, .ldf).",
      "type": "path",
      "hint": "The default data and log folders in the instance's Database Settings, and every folder that holds a database file (sys.master_files); database administrators can place them in any directory.",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "{SQL_INSTANCE_ROOT}\\MSSQL\\DATA",
          "source": {
            "id": "Q1",
            "section": "SQL Server data files: default data directory (...\\MSSQL<NN>.<InstanceName>\\MSSQL\\DATA)"
          }
        }
      }
    },
    "SQL_BACKUP_DIRS": {
      "name": "SQL_BACKUP_DIRS",
      "description": "The folders that hold backup files (.bak, .trn).",
      "type": "path",
      "hint": "The default backup folder in the instance's Database Settings, and every folder backups are written to.",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "{SQL_INSTANCE_ROOT}\\MSSQL\\Backup",
          "source": {
            "id": "Q1",
            "section": "SQL Server backup files: default backup directory (...\\MSSQL<NN>.<InstanceName>\\MSSQL\\Backup)"
          }
        }
      }
    },
    "SQL_FTDATA_DIRS": {
      "name": "SQL_FTDATA_DIRS",
      "description": "The folders that hold full-text catalog files.",
      "type": "path",
      "hint": "The instance's FTDATA folder, and any other folder full-text catalogs are kept in.",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "{SQL_INSTANCE_ROOT}\\MSSQL\\FTDATA",
          "source": {
            "id": "Q1",
            "section": "Full-Text catalog files: table (...\\MSSQL<NN>.<InstanceName>\\MSSQL\\FTDATA)"
          }
        }
      }
    },
    "SQL_REPLDATA_DIRS": {
      "name": "SQL_REPLDATA_DIRS",
      "description": "The replication snapshot folders.",
      "type": "path",
      "hint": "The snapshot folder set in the Distributor properties (Publishers), and any alternate snapshot folder.",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "{SQL_INSTANCE_ROOT}\\MSSQL\\ReplData",
          "source": {
            "id": "Q1",
            "section": "Replication: Files in the Replication Snapshot folder (\\Microsoft SQL Server\\MSSQL<NN>.MSSQLSERVER\\MSSQL\\ReplData)"
          },
          "note": "The article writes the path from \\Microsoft SQL Server on, for the default instance; it is read as the ReplData folder of the instance folder, like the other instance folders."
        }
      }
    },
    "SQL_SHARED_DIR": {
      "name": "SQL_SHARED_DIR",
      "description": "The folder of SQL Server's shared features, which holds the numbered folders (160 …) with COM, DTS and Shared.",
      "type": "path",
      "hint": "The shared feature directory chosen in Setup; by default %ProgramFiles%\\Microsoft SQL Server.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "%ProgramFiles%\\Microsoft SQL Server",
          "source": {
            "id": "Q1",
            "section": "SQL Server processes to exclude: SQLDumper (%ProgramFiles%\\Microsoft SQL Server\\1<NN>\\Shared\\SQLDumper.exe)"
          }
        }
      }
    },
    "SQL_SHARED_DIR_X86": {
      "name": "SQL_SHARED_DIR_X86",
      "description": "The folder of SQL Server's 32-bit shared features.",
      "type": "path",
      "hint": "The shared feature directory (x86) chosen in Setup; by default %ProgramFiles(x86)%\\Microsoft SQL Server.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "%ProgramFiles(x86)%\\Microsoft SQL Server",
          "source": {
            "id": "Q1",
            "section": "Replication: executables and server-side COM objects, x86 default location (<drive>:\\Program Files (x86)\\Microsoft SQL Server\\<NNN>\\COM\\)"
          },
          "note": "The article writes <drive>:\\Program Files (x86); stored as %ProgramFiles(x86)%, that folder on the system drive. Give the real folder if the shared features are on another drive."
        }
      }
    },
    "FILESTREAM_CONTAINERS": {
      "name": "FILESTREAM_CONTAINERS",
      "description": "The folders of the database files whose type in sys.database_files is FILESTREAM (FILESTREAM data and memory-optimized filegroups).",
      "type": "path",
      "hint": "SELECT physical_name FROM sys.database_files WHERE type_desc = 'FILESTREAM', in each database that has such files.",
      "multiple": true
    },
    "FILESTREAM_DRIVES": {
      "name": "FILESTREAM_DRIVES",
      "description": "The root drive of each FILESTREAM folder structure, such as E:.",
      "type": "path",
      "hint": "The drive of each path found for FILESTREAM_CONTAINERS.",
      "multiple": true
    },
    "QUORUM_DISK": {
      "name": "QUORUM_DISK",
      "description": "The drive of the cluster's quorum disk, such as Q:.",
      "type": "path",
      "hint": "The drive letter of the failover cluster's quorum (witness) disk; the article's example is Q:\\.",
      "multiple": false
    },
    "MSDTC_DRIVE": {
      "name": "MSDTC_DRIVE",
      "description": "The drive that holds the MSDTC directory of the cluster, such as M:.",
      "type": "path",
      "hint": "The drive of the clustered MSDTC resource's disk.",
      "multiple": false
    },
    "DISTRIBUTION_AGENT_TEMP_DIRS": {
      "name": "DISTRIBUTION_AGENT_TEMP_DIRS",
      "description": "The temporary folder of each account that runs a Distribution Agent.",
      "type": "path",
      "hint": "The Temp folder in the profile of the account the Distribution Agent job runs as; the article's example is C:\\Users\\<DistributionAgentAccount>\\AppData\\Temp.",
      "multiple": true
    },
    "SSAS_INSTANCE_ROOT": {
      "name": "SSAS_INSTANCE_ROOT",
      "description": "The Analysis Services instance folder, MSAS<NN>.<InstanceName>.",
      "type": "path",
      "hint": "The Analysis Services folder chosen in Setup; by default under %ProgramFiles%\\Microsoft SQL Server.",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "%ProgramFiles%\\Microsoft SQL Server\\MSAS{SQL_MAJOR}.{SQL_INSTANCE_NAME}",
          "source": {
            "id": "Q1",
            "section": "SSAS processes to exclude: table (%ProgramFiles%\\Microsoft SQL Server\\MSAS<ID>.<InstanceName>) and its example MSAS13.MSSQLSERVER for Analysis Services 2016"
          },
          "note": "The article calls <ID> a build ID; its 2016 example (MSAS13) and the file-locations page (MSAS{nn}) show it is the version number SQL_MAJOR. The data, temp, backup and log tables write C:\\Program Files where the process table writes %ProgramFiles%; all are written over this folder."
        }
      }
    },
    "SSAS_DATA_DIRS": {
      "name": "SSAS_DATA_DIRS",
      "description": "The Analysis Services data directory (DataDir).",
      "type": "path",
      "hint": "The DataDir property of the Analysis Services instance (server properties in SQL Server Management Studio).",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "{SSAS_INSTANCE_ROOT}\\OLAP\\Data",
          "source": {
            "id": "Q1",
            "section": "Data directory for Analysis Services: table (...\\MSAS<ID>.<InstanceName>\\OLAP\\Data)"
          }
        }
      }
    },
    "SSAS_TEMP_DIR": {
      "name": "SSAS_TEMP_DIR",
      "description": "The Analysis Services temporary files directory (TempDir).",
      "type": "path",
      "hint": "The TempDir property of the Analysis Services instance (server properties in SQL Server Management Studio).",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "{SSAS_INSTANCE_ROOT}\\OLAP\\Temp",
          "source": {
            "id": "Q1",
            "section": "Temporary files for Analysis Services: table (...\\MSAS<ID>.<InstanceName>\\OLAP\\Temp)"
          }
        }
      }
    },
    "SSAS_BACKUP_DIRS": {
      "name": "SSAS_BACKUP_DIRS",
      "description": "The Analysis Services backup directory (BackupDir), and any folder backups are written to.",
      "type": "path",
      "hint": "The BackupDir property of the Analysis Services instance (server properties in SQL Server Management Studio).",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "{SSAS_INSTANCE_ROOT}\\OLAP\\Backup",
          "source": {
            "id": "Q1",
            "section": "The backup files for Analysis Services: table (...\\MSAS<ID>.<InstanceName>\\OLAP\\Backup)"
          }
        }
      }
    },
    "SSAS_LOG_DIR": {
      "name": "SSAS_LOG_DIR",
      "description": "The Analysis Services log files directory (LogDir).",
      "type": "path",
      "hint": "The LogDir property of the Analysis Services instance (server properties in SQL Server Management Studio).",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "{SSAS_INSTANCE_ROOT}\\OLAP\\Log",
          "source": {
            "id": "Q1",
            "section": "The directory that holds Analysis Services log files: table (...\\MSAS<ID>.<InstanceName>\\OLAP\\Log)"
          }
        }
      }
    },
    "SSAS_PARTITION_DIRS": {
      "name": "SSAS_PARTITION_DIRS",
      "description": "Partition storage folders outside the Analysis Services data directory.",
      "type": "path",
      "hint": "The Storage location of each partition (Partition Wizard, Processing and Storage Locations page) that is not in the default data directory.",
      "multiple": true
    },
    "SSRS_INSTANCE_ROOT": {
      "name": "SSRS_INSTANCE_ROOT",
      "description": "The Reporting Services 2014 or 2016 instance folder, MSRS<NN>.<InstanceName>.",
      "type": "path",
      "hint": "The Reporting Services instance folder under %ProgramFiles%\\Microsoft SQL Server.",
      "multiple": true,
      "defaults": {
        "windows": {
          "value": "%ProgramFiles%\\Microsoft SQL Server\\MSRS{SQL_MAJOR}.{SQL_INSTANCE_NAME}",
          "source": {
            "id": "Q2",
            "section": "File locations and registry mapping: MSRS followed by the major version number, a period and the instance name"
          },
          "note": "The KB writes %ProgramFiles%\\Microsoft SQL Server\\<InstanceID>.<InstanceName>; the file-locations page gives the Reporting Services instance ID as MSRS, the version number and the instance name."
        }
      }
    }
  },
  "sources": {
    "Q1": {
      "id": "Q1",
      "title": "Configure antivirus software to work with SQL Server (KB 309422)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/sql/database-engine/security/antivirus-and-sql-server",
      "docVersion": "ms.date 05/26/2025 (MicrosoftDocs/SupportArticles-docs commit fdd72a755a73201fe815a9edb2f71dea6097dc9a)",
      "retrieved": "2026-11-30"
    },
    "Q2": {
      "id": "Q2",
      "title": "File locations for default and named instances of SQL Server",
      "url": "https://learn.microsoft.com/en-us/sql/sql-server/install/file-locations-for-default-and-named-instances-of-sql-server",
      "docVersion": "ms.date 04/07/2025 (MicrosoftDocs/sql-docs text, read from its copy in jermyh-geneyx/sql-docs at commit 4e7efce5847a0a69d5d3b7d36cb1807492aab591; the MicrosoftDocs/sql-docs revision held here, d6db352cbc7b9f7aa9ccf8e1fc00ee251de2e37c, is the older ms.date 08/25/2017 text)",
      "retrieved": "2026-11-30"
    }
  },
  "rules": [
    {
      "id": "sqlservr-process",
      "kind": "process",
      "value": "sqlservr.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The SQL Server Database Engine process (sqlservr.exe). The article lists it among the processes to exclude, without a reason of its own.",
      "source": {
        "id": "Q1",
        "section": "SQL Server processes to exclude from virus scanning: sqlservr.exe (SQL Server Database Engine)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the bare process name; a process exclusion by name matches that name in any folder.",
        "The article points to \"Services installed by SQL Server\" for an updated list of services and file paths."
      ]
    },
    {
      "id": "sqlagent-process",
      "kind": "process",
      "value": "sqlagent.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The SQL Server Agent process (sqlagent.exe). The article lists it among the processes to exclude, without a reason of its own.",
      "source": {
        "id": "Q1",
        "section": "SQL Server processes to exclude from virus scanning: sqlagent.exe (SQL Server Agent)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the bare process name; a process exclusion by name matches that name in any folder."
      ]
    },
    {
      "id": "sqlbrowser-process",
      "kind": "process",
      "value": "sqlbrowser.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The SQL Server Browser service. The article lists it among the processes to exclude, without a reason of its own.",
      "source": {
        "id": "Q1",
        "section": "SQL Server processes to exclude from virus scanning: sqlbrowser.exe (SQL Server Browser service)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the bare process name; a process exclusion by name matches that name in any folder."
      ]
    },
    {
      "id": "sqldumper-process",
      "kind": "process",
      "value": "{SQL_SHARED_DIR}\\{SQL_NNN}\\Shared\\SQLDumper.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The SQLDumper utility, which writes dump files of SQL Server. The article lists it among the processes to exclude, without a reason of its own.",
      "source": {
        "id": "Q1",
        "section": "SQL Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft SQL Server\\1<NN>\\Shared\\SQLDumper.exe (SQLDumper utility)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SQL_SHARED_DIR",
        "SQL_NNN"
      ],
      "correction": {
        "note": "The article writes the numbered folder as 1<NN>, while its own placeholder <NN> is the two-digit version (16 for SQL Server 2022) and the file-locations page names the shared folder <nnn> (160 for SQL Server 2022). Stored with the three-digit number SQL_NNN, the folder the file-locations page gives.",
        "original": "%ProgramFiles%\\Microsoft SQL Server\\1<NN>\\Shared\\SQLDumper.exe"
      }
    },
    {
      "id": "mdf-extension",
      "kind": "extension",
      "value": ".mdf",
      "recursive": false,
      "risk": "medium",
      "rationale": "SQL Server data files. A scanner that holds a database file open when SQL Server opens the database can get the database marked suspect. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL Server data files: file name extension .mdf"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide."
      ]
    },
    {
      "id": "ldf-extension",
      "kind": "extension",
      "value": ".ldf",
      "recursive": false,
      "risk": "medium",
      "rationale": "SQL Server transaction log files. A scanner that holds a database file open when SQL Server opens the database can get the database marked suspect. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL Server data files: file name extension .ldf"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide."
      ]
    },
    {
      "id": "ndf-extension",
      "kind": "extension",
      "value": ".ndf",
      "recursive": false,
      "risk": "medium",
      "rationale": "SQL Server secondary data files. A scanner that holds a database file open when SQL Server opens the database can get the database marked suspect. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL Server data files: file name extension .ndf"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide."
      ]
    },
    {
      "id": "bak-extension",
      "kind": "extension",
      "value": ".bak",
      "recursive": false,
      "risk": "high",
      "rationale": "SQL Server backup files. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL Server backup files: file name extension .bak"
      },
      "provenance": "vendor-page",
      "riskNote": "Excludes every .bak file on the machine, the backup files of any program, not only SQL Server's.",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The failover cluster section adds that backup files written to disk can be excluded."
      ]
    },
    {
      "id": "trn-extension",
      "kind": "extension",
      "value": ".trn",
      "recursive": false,
      "risk": "medium",
      "rationale": "SQL Server transaction log backup files. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL Server backup files: file name extension .trn"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The failover cluster section adds that backup files written to disk can be excluded."
      ]
    },
    {
      "id": "trc-extension",
      "kind": "extension",
      "value": ".trc",
      "recursive": false,
      "risk": "medium",
      "rationale": "SQL Server trace files. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Trace files: file name extension .trc"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The article says these files appear when SQL tracing is configured manually or C2 auditing is on."
      ]
    },
    {
      "id": "xel-extension",
      "kind": "extension",
      "value": ".xel",
      "recursive": false,
      "risk": "medium",
      "rationale": "Extended Events file targets. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Extended Event file targets: typically saved as .xel"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The article adds that system-generated files are saved in the instance's LOG folder; it gives no other path."
      ]
    },
    {
      "id": "xem-extension",
      "kind": "extension",
      "value": ".xem",
      "recursive": false,
      "risk": "medium",
      "rationale": "Extended Events file targets. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Extended Event file targets: typically saved as .xem"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The article adds that system-generated files are saved in the instance's LOG folder; it gives no other path."
      ]
    },
    {
      "id": "sqlaudit-extension",
      "kind": "extension",
      "value": ".sqlaudit",
      "recursive": false,
      "risk": "medium",
      "rationale": "SQL Server Audit files. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL audit files: file name extension .sqlaudit"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide."
      ]
    },
    {
      "id": "sql-extension",
      "kind": "extension",
      "value": ".sql",
      "recursive": false,
      "risk": "high",
      "rationale": "Files that hold Transact-SQL statements. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL query files: typically the .sql file name extension"
      },
      "provenance": "vendor-page",
      "riskNote": "Excludes every .sql file on the machine, whoever wrote it and whatever it holds, not only SQL Server's own.",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide."
      ]
    },
    {
      "id": "mdmp-extension",
      "kind": "extension",
      "value": ".mdmp",
      "recursive": false,
      "risk": "medium",
      "rationale": "SQL Server's exception memory dump files. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Exception dump files: typically the .mdmp file name extension"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The article adds that these files are saved in the instance's \\LOG subfolder or in the folder that HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Microsoft SQL Server\\<instance name>\\CPE points to."
      ]
    },
    {
      "id": "data-dirs",
      "kind": "directory",
      "value": "{SQL_DATA_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The folders of the data files. A scanner that holds a database file open when SQL Server opens the database can get the database marked suspect. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL Server data files: \"By default, the data files are located in the following directories\" (default data directory table)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SQL_DATA_DIRS"
      ],
      "notes": [
        "The section is one of the \"files or directories\" to exclude; the data directory is read as an exclusion of its own, not only as where the .mdf, .ndf and .ldf files are.",
        "The article adds that database administrators can place data files in any directory: pass every folder that holds them.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "DBCC CHECKDB's temporary files (<Database_data_filename.extension>_MSSQL_DBCC<database_id_of_snapshot>) are named in the article without a folder; no separate rule."
      ]
    },
    {
      "id": "backup-dirs",
      "kind": "directory",
      "value": "{SQL_BACKUP_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The folders of the backup files. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "SQL Server backup files: \"By default, the backup folders are located in the following directories\" (default backup directory table)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SQL_BACKUP_DIRS"
      ],
      "notes": [
        "Read like the data directory: the default backup folder is an exclusion of its own.",
        "The article adds that backup files can be placed in any directory: pass every folder backups go to.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "ftdata-dirs",
      "kind": "directory",
      "value": "{SQL_FTDATA_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The full-text catalog folders. A scanner that holds a catalog file open when Full-Text Search needs it can cause problems with the full-text catalog. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Full-Text catalog files: table (default and named instance, ...\\MSSQL\\FTDATA)"
      },
      "provenance": "vendor-page",
      "when": [
        "full-text"
      ],
      "variables": [
        "SQL_FTDATA_DIRS"
      ],
      "notes": [
        "The table's column is headed \"Process/Executable file\" but lists the FTDATA folders; they are stored as folders.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "filestream-containers",
      "kind": "directory",
      "value": "{FILESTREAM_CONTAINERS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The folders of FILESTREAM data, whose files have no particular extension; the article warns that not excluding FILESTREAM files from Defender slows backup and restore. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Filestream data files: \"Files are present under the folder structure identified by the container type FILESTREAM from sys.database_files\""
      },
      "provenance": "vendor-page",
      "when": [
        "filestream"
      ],
      "variables": [
        "FILESTREAM_CONTAINERS"
      ],
      "notes": [
        "The article notes that Windows Server 2016 and later turn Microsoft Defender on, and that Defender must be set to exclude FILESTREAM files or backup and restore slow down.",
        "The files have no particular extension, so the folders are excluded.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "filestream-rsfx",
      "kind": "directory",
      "value": "{FILESTREAM_DRIVES}\\RsFxName",
      "recursive": true,
      "risk": "medium",
      "rationale": "A location the article lists with FILESTREAM data, on the drive of the FILESTREAM folder structure. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Filestream data files: <drive>:\\RsFxName"
      },
      "provenance": "vendor-page",
      "when": [
        "filestream"
      ],
      "variables": [
        "FILESTREAM_DRIVES"
      ],
      "notes": [
        "The article writes <drive>:\\RsFxName and says only that <drive> is the root drive of the FILESTREAM folder structure; RsFxName is stored as written, the article does not say more about it."
      ]
    },
    {
      "id": "xtp-c-files",
      "kind": "glob",
      "value": "{SQL_DATA_DIRS}\\xtp\\xtp_*_*_*.c",
      "recursive": false,
      "risk": "medium",
      "rationale": "In-Memory OLTP files of natively compiled stored procedures and memory-optimized tables. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "In-memory OLTP files: file format xtp_<t/p>_<dbid>_<objid>.c, \"typically stored in an xtp subfolder under the DATA directory\""
      },
      "provenance": "vendor-page",
      "when": [
        "in-memory-oltp"
      ],
      "variables": [
        "SQL_DATA_DIRS"
      ],
      "notes": [
        "The placeholders <t/p>, <dbid> and <objid> are written as *.",
        "Kept to the xtp folder under the data folders, never as a machine-wide extension: Defender's list of exclusion mistakes names .dll among the extensions never to exclude.",
        "The article says \"typically\"; files of memory-optimized objects elsewhere are not covered."
      ]
    },
    {
      "id": "xtp-dll-files",
      "kind": "glob",
      "value": "{SQL_DATA_DIRS}\\xtp\\xtp_*_*_*.dll",
      "recursive": false,
      "risk": "medium",
      "rationale": "In-Memory OLTP files of natively compiled stored procedures and memory-optimized tables. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "In-memory OLTP files: file format xtp_<t/p>_<dbid>_<objid>.dll, \"typically stored in an xtp subfolder under the DATA directory\""
      },
      "provenance": "vendor-page",
      "when": [
        "in-memory-oltp"
      ],
      "variables": [
        "SQL_DATA_DIRS"
      ],
      "notes": [
        "The placeholders <t/p>, <dbid> and <objid> are written as *.",
        "Kept to the xtp folder under the data folders, never as a machine-wide extension: Defender's list of exclusion mistakes names .dll among the extensions never to exclude.",
        "The article says \"typically\"; files of memory-optimized objects elsewhere are not covered."
      ]
    },
    {
      "id": "xtp-obj-files",
      "kind": "glob",
      "value": "{SQL_DATA_DIRS}\\xtp\\xtp_*_*_*.obj",
      "recursive": false,
      "risk": "medium",
      "rationale": "In-Memory OLTP files of natively compiled stored procedures and memory-optimized tables. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "In-memory OLTP files: file format xtp_<t/p>_<dbid>_<objid>.obj, \"typically stored in an xtp subfolder under the DATA directory\""
      },
      "provenance": "vendor-page",
      "when": [
        "in-memory-oltp"
      ],
      "variables": [
        "SQL_DATA_DIRS"
      ],
      "notes": [
        "The placeholders <t/p>, <dbid> and <objid> are written as *.",
        "Kept to the xtp folder under the data folders, never as a machine-wide extension: Defender's list of exclusion mistakes names .dll among the extensions never to exclude.",
        "The article says \"typically\"; files of memory-optimized objects elsewhere are not covered."
      ]
    },
    {
      "id": "xtp-out-files",
      "kind": "glob",
      "value": "{SQL_DATA_DIRS}\\xtp\\xtp_*_*_*.out",
      "recursive": false,
      "risk": "medium",
      "rationale": "In-Memory OLTP files of natively compiled stored procedures and memory-optimized tables. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "In-memory OLTP files: file format xtp_<t/p>_<dbid>_<objid>.out, \"typically stored in an xtp subfolder under the DATA directory\""
      },
      "provenance": "vendor-page",
      "when": [
        "in-memory-oltp"
      ],
      "variables": [
        "SQL_DATA_DIRS"
      ],
      "notes": [
        "The placeholders <t/p>, <dbid> and <objid> are written as *.",
        "Kept to the xtp folder under the data folders, never as a machine-wide extension: Defender's list of exclusion mistakes names .dll among the extensions never to exclude.",
        "The article says \"typically\"; files of memory-optimized objects elsewhere are not covered."
      ]
    },
    {
      "id": "xtp-pdb-files",
      "kind": "glob",
      "value": "{SQL_DATA_DIRS}\\xtp\\xtp_*_*_*.pdb",
      "recursive": false,
      "risk": "medium",
      "rationale": "In-Memory OLTP files of natively compiled stored procedures and memory-optimized tables. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "In-memory OLTP files: file format xtp_<t/p>_<dbid>_<objid>.pdb, \"typically stored in an xtp subfolder under the DATA directory\""
      },
      "provenance": "vendor-page",
      "when": [
        "in-memory-oltp"
      ],
      "variables": [
        "SQL_DATA_DIRS"
      ],
      "notes": [
        "The placeholders <t/p>, <dbid> and <objid> are written as *.",
        "Kept to the xtp folder under the data folders, never as a machine-wide extension: Defender's list of exclusion mistakes names .dll among the extensions never to exclude.",
        "The article says \"typically\"; files of memory-optimized objects elsewhere are not covered."
      ]
    },
    {
      "id": "xtp-xml-files",
      "kind": "glob",
      "value": "{SQL_DATA_DIRS}\\xtp\\xtp_*_*_*.xml",
      "recursive": false,
      "risk": "medium",
      "rationale": "In-Memory OLTP files of natively compiled stored procedures and memory-optimized tables. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "In-memory OLTP files: file format xtp_<t/p>_<dbid>_<objid>.xml, \"typically stored in an xtp subfolder under the DATA directory\""
      },
      "provenance": "vendor-page",
      "when": [
        "in-memory-oltp"
      ],
      "variables": [
        "SQL_DATA_DIRS"
      ],
      "notes": [
        "The placeholders <t/p>, <dbid> and <objid> are written as *.",
        "Kept to the xtp folder under the data folders, never as a machine-wide extension: Defender's list of exclusion mistakes names .dll among the extensions never to exclude.",
        "The article says \"typically\"; files of memory-optimized objects elsewhere are not covered."
      ]
    },
    {
      "id": "xtp-checkpoint-containers",
      "kind": "directory",
      "value": "{FILESTREAM_CONTAINERS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "In-Memory OLTP checkpoint and delta files, which have no particular extension. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "In-memory OLTP files: checkpoint and delta files, \"under the folder structure identified by the container type FILESTREAM from sys.database_files\""
      },
      "provenance": "vendor-page",
      "when": [
        "in-memory-oltp"
      ],
      "variables": [
        "FILESTREAM_CONTAINERS"
      ],
      "notes": [
        "These files have no particular extension, so the folders are excluded.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "replication-com-dir",
      "kind": "directory",
      "value": "{SQL_SHARED_DIR}\\{SQL_NNN}\\COM",
      "recursive": true,
      "risk": "medium",
      "rationale": "The replication executables and server-side COM objects. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Replication: executables and server-side COM objects, x64 default location (<drive>:\\Program Files\\Microsoft SQL Server\\<NNN>\\COM\\)"
      },
      "provenance": "vendor-page",
      "when": [
        "replication"
      ],
      "variables": [
        "SQL_SHARED_DIR",
        "SQL_NNN"
      ],
      "notes": [
        "The article's example for SQL Server 2022 is <drive>:\\Program Files\\Microsoft SQL Server\\160\\COM\\; <drive> is the drive of the shared features (SQL_SHARED_DIR).",
        "The article's lead-in also speaks of DBCC CHECKDB's temporary files; that sentence adds no location to this list."
      ]
    },
    {
      "id": "replication-com-dir-x86",
      "kind": "directory",
      "value": "{SQL_SHARED_DIR_X86}\\{SQL_NNN}\\COM",
      "recursive": true,
      "risk": "medium",
      "rationale": "The 32-bit replication executables and server-side COM objects. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Replication: executables and server-side COM objects, x86 default location (<drive>:\\Program Files (x86)\\Microsoft SQL Server\\<NNN>\\COM\\)"
      },
      "provenance": "vendor-page",
      "when": [
        "replication"
      ],
      "variables": [
        "SQL_SHARED_DIR_X86",
        "SQL_NNN"
      ]
    },
    {
      "id": "replication-lob-files",
      "kind": "glob",
      "value": "{DISTRIBUTION_AGENT_TEMP_DIRS}\\*.lob",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Distribution Agent's temporary .lob files; the article links them to the error \"The distribution agent failed to create temporary files\".",
      "source": {
        "id": "Q1",
        "section": "Replication: from SQL Server 2017 CU22 (SQL Server 2019 RTM and later), the Distribution Agent's temporary files (*.lob) in the AppData folder of its account"
      },
      "provenance": "vendor-page",
      "when": [
        "replication"
      ],
      "variables": [
        "DISTRIBUTION_AGENT_TEMP_DIRS"
      ],
      "notes": [
        "The article says this holds for transactional replication whose Distribution Agent uses the OLEDB streaming profile or the -UseOledbStreaming parameter.",
        "From SQL Server 2017 CU22: the version scheme has no cumulative updates, so 2017 before CU22 is included too; earlier versions use the COM folder, already listed.",
        "The account's temp folder is yours to give; the article's example is C:\\Users\\<DistributionAgentAccount>\\AppData\\Temp\\*.lob."
      ],
      "versions": [
        {
          "min": [
            2
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "replication-snapshot-dirs",
      "kind": "directory",
      "value": "{SQL_REPLDATA_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The replication snapshot files. Excluding them may improve SQL Server performance and keeps them from being locked when SQL Server must use them (the article's reason for this list).",
      "source": {
        "id": "Q1",
        "section": "Replication: Files in the Replication Snapshot folder"
      },
      "provenance": "vendor-page",
      "when": [
        "replication"
      ],
      "variables": [
        "SQL_REPLDATA_DIRS"
      ],
      "notes": [
        "The article says these files typically have extensions such as .sch, .idx, .bcp, .pre, .cft, .dri, .trg or .prc; they describe the folder's files and are not stored as machine-wide extension exclusions.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "fci-quorum-drive",
      "kind": "volume",
      "value": "{QUORUM_DISK}",
      "recursive": true,
      "risk": "high",
      "rationale": "On a cluster that runs antivirus software, the article asks to exclude the quorum drive too.",
      "source": {
        "id": "Q1",
        "section": "Considerations for Failover Cluster instances (Always On FCI): Q:\\ (Quorum drive)"
      },
      "provenance": "vendor-page",
      "when": [
        "failover-cluster-instance"
      ],
      "variables": [
        "QUORUM_DISK"
      ],
      "riskNote": "Excludes the whole quorum drive: nothing else kept on it is scanned either.",
      "notes": [
        "The article gives Q:\\ as the quorum drive; the drive letter differs per cluster, so only you know it.",
        "The article asks for cluster-aware antivirus software on a cluster, and to ask its vendor about cluster-aware versions."
      ]
    },
    {
      "id": "fci-msdtc-dir",
      "kind": "directory",
      "value": "{MSDTC_DRIVE}\\MSDTC",
      "recursive": true,
      "risk": "medium",
      "rationale": "On a cluster that runs antivirus software, the article asks to exclude the MSDTC directory on the MSDTC drive too.",
      "source": {
        "id": "Q1",
        "section": "Considerations for Failover Cluster instances (Always On FCI): MSDTC directory in the MSDTC drive"
      },
      "provenance": "vendor-page",
      "when": [
        "failover-cluster-instance"
      ],
      "variables": [
        "MSDTC_DRIVE"
      ],
      "notes": [
        "Only you know the drive of the clustered MSDTC resource.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "polybase-process",
      "kind": "process",
      "value": "{SQL_INSTANCE_ROOT}\\MSSQL\\Binn\\Polybase\\mpdwsvc.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The PolyBase Engine and Data Movement services, one executable run with different command-line parameters. Excluding it improves performance and keeps files from being locked when the PolyBase service must use them (the article's reason).",
      "source": {
        "id": "Q1",
        "section": "PolyBase processes to exclude: PolyBase Engine service, PolyBase Data Movement (DMS) and Engine services (...\\<InstanceID>.<InstanceName>\\MSSQL\\Binn\\Polybase\\mpdwsvc.exe)"
      },
      "provenance": "vendor-page",
      "when": [
        "polybase"
      ],
      "variables": [
        "SQL_INSTANCE_ROOT"
      ],
      "notes": [
        "The article writes the instance folder as <InstanceID>.<InstanceName>; it is read as the Database Engine instance folder MSSQL<NN>.<InstanceName> (SQL_INSTANCE_ROOT), the folder that holds MSSQL\\Binn."
      ]
    },
    {
      "id": "polybase-log-dir",
      "kind": "directory",
      "value": "{SQL_INSTANCE_ROOT}\\MSSQL\\Log\\Polybase",
      "recursive": true,
      "risk": "low",
      "rationale": "PolyBase's log files. Excluding them improves performance and keeps them from being locked when the PolyBase service must use them (the article's reason).",
      "source": {
        "id": "Q1",
        "section": "PolyBase directories to exclude: PolyBase log files (...\\<InstanceID>.<InstanceName>\\MSSQL\\Log\\Polybase\\)"
      },
      "provenance": "vendor-page",
      "when": [
        "polybase"
      ],
      "variables": [
        "SQL_INSTANCE_ROOT"
      ],
      "notes": [
        "Read with the same instance folder as the PolyBase process rule.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "msmdsrv-process",
      "kind": "process",
      "value": "{SSAS_INSTANCE_ROOT}\\OLAP\\bin\\MSMDSrv.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The Analysis Services server process; the article lists it among the processes that can be excluded.",
      "source": {
        "id": "Q1",
        "section": "SSAS processes to exclude from virus scanning: table (...\\MSAS<ID>.<InstanceName>\\OLAP\\bin\\MSMDSrv.exe)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SSAS_INSTANCE_ROOT"
      ]
    },
    {
      "id": "ssas-data-dirs",
      "kind": "directory",
      "value": "{SSAS_DATA_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The folder that holds all Analysis Services data files. Excluding them improves Analysis Services performance and keeps them from being locked when the service must use them (the article's reason).",
      "source": {
        "id": "Q1",
        "section": "Data directory for Analysis Services: the DataDir property and its default"
      },
      "provenance": "vendor-page",
      "variables": [
        "SSAS_DATA_DIRS"
      ],
      "notes": [
        "The section is for Analysis Services 2012 and later, which covers every version of this pack.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "ssas-temp-dir",
      "kind": "directory",
      "value": "{SSAS_TEMP_DIR}",
      "recursive": true,
      "risk": "low",
      "rationale": "The folder of Analysis Services' temporary files during processing. Excluding them improves Analysis Services performance and keeps them from being locked when the service must use them (the article's reason).",
      "source": {
        "id": "Q1",
        "section": "Temporary files for Analysis Services: the TempDir property (empty by default: the default directory is used)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SSAS_TEMP_DIR"
      ],
      "notes": [
        "The article says TempDir is empty by default and the default directory is then used.",
        "The section is for Analysis Services 2012 and later, which covers every version of this pack.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "ssas-backup-dirs",
      "kind": "directory",
      "value": "{SSAS_BACKUP_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The folder of Analysis Services backup files. Excluding them improves Analysis Services performance and keeps them from being locked when the service must use them (the article's reason).",
      "source": {
        "id": "Q1",
        "section": "The backup files for Analysis Services: the BackupDir property and its default"
      },
      "provenance": "vendor-page",
      "variables": [
        "SSAS_BACKUP_DIRS"
      ],
      "notes": [
        "The article adds that any backup command can point elsewhere and that backups can be copied elsewhere for restore: pass those folders too.",
        "The section is for Analysis Services 2012 and later, which covers every version of this pack.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "ssas-log-dir",
      "kind": "directory",
      "value": "{SSAS_LOG_DIR}",
      "recursive": true,
      "risk": "low",
      "rationale": "The folder of Analysis Services log files. Excluding them improves Analysis Services performance and keeps them from being locked when the service must use them (the article's reason).",
      "source": {
        "id": "Q1",
        "section": "The directory that holds Analysis Services log files: the LogDir property and its default"
      },
      "provenance": "vendor-page",
      "variables": [
        "SSAS_LOG_DIR"
      ],
      "notes": [
        "The section is for Analysis Services 2012 and later, which covers every version of this pack.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "ssas-partition-dirs",
      "kind": "directory",
      "value": "{SSAS_PARTITION_DIRS}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Storage locations of partitions created outside the default data directory; the article says to exclude them too.",
      "source": {
        "id": "Q1",
        "section": "Directories for partitions not stored in the default data directories for Analysis Services 2012 and later versions"
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "SSAS_PARTITION_DIRS"
      ],
      "notes": [
        "Emitted only when you name such folders: partitions in the default data directory are covered by the data directory.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "isserverexec-process",
      "kind": "process",
      "value": "{SQL_SHARED_DIR}\\{SQL_NNN}\\DTS\\Binn\\ISServerExec.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The SSIS process the article lists for the SSIS instance; it gives no reason of its own for processes.",
      "source": {
        "id": "Q1",
        "section": "SSIS processes to exclude from virus scanning: SSIS instance (%Program Files%\\Microsoft SQL Server\\<VersionNum>\\DTS\\Binn\\ISServerExec.exe)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SQL_SHARED_DIR",
        "SQL_NNN"
      ],
      "correction": {
        "note": "The article writes %Program Files% with a space, which is not a Windows variable; stored as %ProgramFiles% (SQL_SHARED_DIR's default).",
        "original": "%Program Files%\\Microsoft SQL Server\\<VersionNum>\\DTS\\Binn\\ISServerExec.exe"
      },
      "notes": [
        "The article's placeholder <VersionNum> is read as the three-digit folder number SQL_NNN: the file-locations page puts Integration Services in <Install Directory>\\nnn\\DTS\\."
      ]
    },
    {
      "id": "dtexec-process",
      "kind": "process",
      "value": "{SQL_SHARED_DIR}\\{SQL_NNN}\\DTS\\Binn\\DTExec.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "DTExec, which the article lists for the DTSExec instance; it gives no reason of its own for processes.",
      "source": {
        "id": "Q1",
        "section": "SSIS processes to exclude from virus scanning: DTSExec instance (%Program Files%\\Microsoft SQL Server\\<VersionNum>\\DTS\\Binn\\DTExec.exe)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SQL_SHARED_DIR",
        "SQL_NNN"
      ],
      "correction": {
        "note": "The article writes %Program Files% with a space, which is not a Windows variable; stored as %ProgramFiles% (SQL_SHARED_DIR's default).",
        "original": "%Program Files%\\Microsoft SQL Server\\<VersionNum>\\DTS\\Binn\\DTExec.exe"
      },
      "notes": [
        "The article's placeholder <VersionNum> is read as the three-digit folder number SQL_NNN: the file-locations page puts Integration Services in <Install Directory>\\nnn\\DTS\\."
      ]
    },
    {
      "id": "dts-dir",
      "kind": "directory",
      "value": "{SQL_SHARED_DIR}\\{SQL_NNN}\\DTS",
      "recursive": true,
      "risk": "low",
      "rationale": "The Integration Services folder. Excluding it improves performance and keeps its files from being locked when the SSIS service must use them (the article's reason).",
      "source": {
        "id": "Q1",
        "section": "SSIS directories to exclude from virus scanning: %Program Files%\\Microsoft SQL Server\\<VersionNum>\\DTS"
      },
      "provenance": "vendor-page",
      "variables": [
        "SQL_SHARED_DIR",
        "SQL_NNN"
      ],
      "correction": {
        "note": "The article writes %Program Files% with a space, which is not a Windows variable; stored as %ProgramFiles% (SQL_SHARED_DIR's default).",
        "original": "%Program Files%\\Microsoft SQL Server\\<VersionNum>\\DTS"
      },
      "notes": [
        "The article's placeholder <VersionNum> is read as the three-digit folder number SQL_NNN: the file-locations page puts Integration Services in <Install Directory>\\nnn\\DTS\\.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "ssrs-service-process-2014-2016",
      "kind": "process",
      "value": "{SSRS_INSTANCE_ROOT}\\Reporting Services\\ReportServer\\Bin\\ReportingServicesService.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Reporting Services processes the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS processes to exclude from virus scanning: SSRS 2014 and SSRS 2016 (...\\<InstanceID>.<InstanceName>\\Reporting Services\\ReportServer\\Bin\\ReportingServicesService.exe)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SSRS_INSTANCE_ROOT"
      ],
      "versions": [
        {
          "max": [
            1
          ],
          "maxInclusive": true
        }
      ]
    },
    {
      "id": "ssrs-portal-webhost-process-2016",
      "kind": "process",
      "value": "{SSRS_INSTANCE_ROOT}\\Reporting Services\\RSWebApp\\Microsoft.ReportingServices.Portal.WebHost.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Reporting Services processes the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS processes to exclude from virus scanning: SSRS 2016 (...\\Reporting Services\\RSWebApp\\Microsoft.ReportingServices.Portal.WebHost.exe)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SSRS_INSTANCE_ROOT"
      ],
      "versions": [
        {
          "min": [
            1
          ],
          "minInclusive": true,
          "max": [
            1
          ],
          "maxInclusive": true
        }
      ]
    },
    {
      "id": "ssrs-dir-2014-2016",
      "kind": "directory",
      "value": "{SSRS_INSTANCE_ROOT}\\Reporting Services",
      "recursive": true,
      "risk": "low",
      "rationale": "One of the Reporting Services directories the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS directories to exclude from virus scanning: SSRS 2014 and SSRS 2016 (...\\<InstanceID>.<InstanceName>\\Reporting Services)"
      },
      "provenance": "vendor-page",
      "variables": [
        "SSRS_INSTANCE_ROOT"
      ],
      "notes": [
        "The KB's \"Remote Blob Storage files\" bullet, under the Database Engine, describes the folder of Reporting Services' temporary files and logs (RSTempFiles and LogFiles) without a path; that bullet is not a rule of its own.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ],
      "versions": [
        {
          "max": [
            1
          ],
          "maxInclusive": true
        }
      ]
    },
    {
      "id": "ssrs-rsmanagement-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\Management\\RSManagement.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Reporting Services processes the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS processes to exclude from virus scanning: SSRS 2017 and later versions (%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\Management\\RSManagement.exe)"
      },
      "provenance": "vendor-page",
      "versions": [
        {
          "min": [
            2
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ssrs-rsportal-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\Portal\\RSPortal.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Reporting Services processes the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS processes to exclude from virus scanning: SSRS 2017 and later versions (%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\Portal\\RSPortal.exe)"
      },
      "provenance": "vendor-page",
      "versions": [
        {
          "min": [
            2
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ssrs-service-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\ReportServer\\bin\\ReportingServicesService.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Reporting Services processes the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS processes to exclude from virus scanning: SSRS 2017 and later versions (%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\ReportServer\\bin\\ReportingServicesService.exe)"
      },
      "provenance": "vendor-page",
      "versions": [
        {
          "min": [
            2
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ssrs-rshostingservice-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\RSHostingService\\RSHostingService.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Reporting Services processes the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS processes to exclude from virus scanning: SSRS 2017 and later versions (%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS\\RSHostingService\\RSHostingService.exe)"
      },
      "provenance": "vendor-page",
      "versions": [
        {
          "min": [
            2
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ssrs-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS",
      "recursive": true,
      "risk": "low",
      "rationale": "One of the Reporting Services directories the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS directories to exclude from virus scanning: SSRS 2017 and later versions (%ProgramFiles%\\Microsoft SQL Server Reporting Services\\SSRS)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The KB's \"Remote Blob Storage files\" bullet, under the Database Engine, describes the folder of Reporting Services' temporary files and logs (RSTempFiles and LogFiles) without a path; that bullet is not a rule of its own.",
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ],
      "versions": [
        {
          "min": [
            2
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "ssrs-shared-tools-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Microsoft SQL Server Reporting Services\\Shared Tools",
      "recursive": true,
      "risk": "low",
      "rationale": "One of the Reporting Services directories the article says must be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "SSRS directories to exclude from virus scanning: SSRS 2017 and later versions (%ProgramFiles%\\Microsoft SQL Server Reporting Services\\Shared Tools)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ],
      "versions": [
        {
          "min": [
            2
          ],
          "minInclusive": true
        }
      ]
    },
    {
      "id": "pbirs-msmdsrv-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\ASEngine\\msmdsrv.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\ASEngine\\msmdsrv.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-rsmanagement-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\Management\\RSManagement.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\Management\\RSManagement.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-rsoffice-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\Office\\RSOffice.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\Office\\RSOffice.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-rsportal-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\Portal\\RSPortal.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\Portal\\RSPortal.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-microsoft-mashup-container-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\Microsoft.Mashup.Container.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\Microsoft.Mashup.Container.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-microsoft-mashup-container-netfx40-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\Microsoft.Mashup.Container.NetFX40.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\Microsoft.Mashup.Container.NetFX40.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-microsoft-mashup-container-netfx45-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\Microsoft.Mashup.Container.NetFX45.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\Microsoft.Mashup.Container.NetFX45.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-rspowerbi-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\RSPowerBI.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\PowerBI\\RSPowerBI.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-reportingservicesservice-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\ReportServer\\bin\\ReportingServicesService.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\ReportServer\\bin\\ReportingServicesService.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-rshostingservice-process",
      "kind": "process",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\RSHostingService\\RSHostingService.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "One of the Power BI Report Server processes the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server processes to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS\\RSHostingService\\RSHostingService.exe"
      },
      "provenance": "vendor-page"
    },
    {
      "id": "pbirs-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS",
      "recursive": true,
      "risk": "low",
      "rationale": "One of the Power BI Report Server directories the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server directories to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\PBIRS"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    },
    {
      "id": "pbirs-shared-tools-dir",
      "kind": "directory",
      "value": "%ProgramFiles%\\Microsoft Power BI Report Server\\Shared Tools",
      "recursive": true,
      "risk": "low",
      "rationale": "One of the Power BI Report Server directories the article says can be excluded; it gives no reason of its own for them.",
      "source": {
        "id": "Q1",
        "section": "Power BI Report Server directories to exclude from virus scanning: %ProgramFiles%\\Microsoft Power BI Report Server\\Shared Tools"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
      ]
    }
  ],
  "includes": {
    "database-engine": [
      {
        "product": "failover-cluster",
        "roles": [
          "node"
        ],
        "when": [
          "failover-cluster-instance"
        ]
      }
    ]
  },
  "index": {
    "windows": {
      "database-engine": [
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
        34
      ],
      "analysis-services": [
        35,
        36,
        37,
        38,
        39,
        40
      ],
      "integration-services": [
        41,
        42,
        43
      ],
      "reporting-services": [
        44,
        45,
        46,
        47,
        48,
        49,
        50,
        51,
        52
      ],
      "power-bi-report-server": [
        53,
        54,
        55,
        56,
        57,
        58,
        59,
        60,
        61,
        62,
        63,
        64
      ]
    }
  },
  "versionDefaults": {
    "SQL_MAJOR": {
      "windows": [
        {
          "versions": [
            {
              "min": [
                0
              ],
              "minInclusive": true,
              "max": [
                0
              ],
              "maxInclusive": true
            }
          ],
          "value": "12"
        },
        {
          "versions": [
            {
              "min": [
                1
              ],
              "minInclusive": true,
              "max": [
                1
              ],
              "maxInclusive": true
            }
          ],
          "value": "13"
        },
        {
          "versions": [
            {
              "min": [
                2
              ],
              "minInclusive": true,
              "max": [
                2
              ],
              "maxInclusive": true
            }
          ],
          "value": "14"
        },
        {
          "versions": [
            {
              "min": [
                3
              ],
              "minInclusive": true,
              "max": [
                3
              ],
              "maxInclusive": true
            }
          ],
          "value": "15"
        },
        {
          "versions": [
            {
              "min": [
                4
              ],
              "minInclusive": true,
              "max": [
                4
              ],
              "maxInclusive": true
            }
          ],
          "value": "16"
        }
      ]
    },
    "SQL_NNN": {
      "windows": [
        {
          "versions": [
            {
              "min": [
                0
              ],
              "minInclusive": true,
              "max": [
                0
              ],
              "maxInclusive": true
            }
          ],
          "value": "120"
        },
        {
          "versions": [
            {
              "min": [
                1
              ],
              "minInclusive": true,
              "max": [
                1
              ],
              "maxInclusive": true
            }
          ],
          "value": "130"
        },
        {
          "versions": [
            {
              "min": [
                2
              ],
              "minInclusive": true,
              "max": [
                2
              ],
              "maxInclusive": true
            }
          ],
          "value": "140"
        },
        {
          "versions": [
            {
              "min": [
                3
              ],
              "minInclusive": true,
              "max": [
                3
              ],
              "maxInclusive": true
            }
          ],
          "value": "150"
        },
        {
          "versions": [
            {
              "min": [
                4
              ],
              "minInclusive": true,
              "max": [
                4
              ],
              "maxInclusive": true
            }
          ],
          "value": "160"
        }
      ]
    }
  }
};

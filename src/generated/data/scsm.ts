// Generated from data/scsm.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** System Center Service Manager (Microsoft), compiled. */
export const scsm: CompiledProduct = {
  "id": "scsm",
  "name": "System Center Service Manager",
  "vendor": "Microsoft",
  "description": "Microsoft's IT service management product: management servers run the Service Manager services and console, and SQL Server hosts its databases.",
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
      "id": "management-server",
      "name": "Service Manager management server",
      "description": "A server that runs a Service Manager management server."
    },
    {
      "id": "database-server",
      "name": "Service Manager database server",
      "description": "A SQL Server that hosts the Service Manager databases."
    }
  ],
  "features": [],
  "variables": {},
  "sources": {
    "M1": {
      "id": "M1",
      "title": "Configure antivirus exclusions in a System Center Service Manager environment (KB 2787044)",
      "url": "https://learn.microsoft.com/en-us/troubleshoot/system-center/scsm/configure-antivirus-exclusions",
      "docVersion": "ms.date 05/21/2024 (MicrosoftDocs/SupportArticles-docs commit 7407391a09ead82656469165f9832cd971886b83); original product versions System Center 2016, 2012 R2 and 2012 SP1 Service Manager",
      "retrieved": "2026-11-30"
    }
  },
  "rules": [
    {
      "id": "monitoringhost-process",
      "kind": "process",
      "value": "MonitoringHost.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the following processes: All instances of MonitoringHost.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the bare process name; a process exclusion by name matches that name in any folder, where Defender's guidance prefers full paths.",
        "The article says all instances of MonitoringHost.exe."
      ]
    },
    {
      "id": "healthservice-process",
      "kind": "process",
      "value": "HealthService.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the following processes: HealthService.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the bare process name; a process exclusion by name matches that name in any folder, where Defender's guidance prefers full paths."
      ]
    },
    {
      "id": "microsoft-mom-configservicehost-process",
      "kind": "process",
      "value": "Microsoft.Mom.ConfigServiceHost.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the following processes: Microsoft.Mom.ConfigServiceHost.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the bare process name; a process exclusion by name matches that name in any folder, where Defender's guidance prefers full paths."
      ]
    },
    {
      "id": "microsoft-mom-sdk-servicehost-process",
      "kind": "process",
      "value": "Microsoft.Mom.Sdk.ServiceHost.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the following processes: Microsoft.Mom.Sdk.ServiceHost.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the bare process name; a process exclusion by name matches that name in any folder, where Defender's guidance prefers full paths."
      ]
    },
    {
      "id": "microsoft-enterprisemanagement-servicemanager-ui-console-process",
      "kind": "process",
      "value": "Microsoft.EnterpriseManagement.ServiceManager.UI.Console.exe",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the following processes: Microsoft.EnterpriseManagement.ServiceManager.UI.Console.exe"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the bare process name; a process exclusion by name matches that name in any folder, where Defender's guidance prefers full paths."
      ]
    },
    {
      "id": "install-dir",
      "kind": "directory",
      "value": "C:\\Program Files\\Microsoft System Center\\Service Manager",
      "recursive": true,
      "risk": "low",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the following folder and its subfolders"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article gives the folder with its drive and does not say whether Service Manager can be installed elsewhere; stored as written."
      ]
    },
    {
      "id": "edb-extension",
      "kind": "extension",
      "value": ".edb",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the files with the following extensions: .EDB"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension without a folder; an extension exclusion applies machine-wide.",
        "The article writes .EDB in capitals; stored in lower case, the form every extension takes here (Windows compares file names without regard to case)."
      ]
    },
    {
      "id": "chk-extension",
      "kind": "extension",
      "value": ".chk",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the files with the following extensions: .CHK"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension without a folder; an extension exclusion applies machine-wide.",
        "The article writes .CHK in capitals; stored in lower case, the form every extension takes here (Windows compares file names without regard to case)."
      ]
    },
    {
      "id": "log-extension",
      "kind": "extension",
      "value": ".log",
      "recursive": false,
      "risk": "high",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager management servers: Exclude the files with the following extensions: .LOG"
      },
      "provenance": "vendor-page",
      "riskNote": "Excludes every .log file on the machine, the logs of every program, not only Service Manager's.",
      "notes": [
        "The article names the extension without a folder; an extension exclusion applies machine-wide.",
        "The article writes .LOG in capitals; stored in lower case, the form every extension takes here (Windows compares file names without regard to case)."
      ]
    },
    {
      "id": "mdf-extension",
      "kind": "extension",
      "value": ".mdf",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager database servers: configure the exclusion for the files with the following extensions: .MDF"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The article writes .MDF in capitals; stored in lower case, the form every extension takes here (Windows compares file names without regard to case).",
        "The article adds that the files are often in a folder like E:\\Program Files\\Microsoft SQL Server\\MSSQL.1\\MSSQL\\Data or ...\\MSSQL.1\\MSSQL\\Log: examples in an old SQL Server folder layout, not rules."
      ]
    },
    {
      "id": "ndf-extension",
      "kind": "extension",
      "value": ".ndf",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager database servers: configure the exclusion for the files with the following extensions: .NDF"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The article writes .NDF in capitals; stored in lower case, the form every extension takes here (Windows compares file names without regard to case).",
        "The article adds that the files are often in a folder like E:\\Program Files\\Microsoft SQL Server\\MSSQL.1\\MSSQL\\Data or ...\\MSSQL.1\\MSSQL\\Log: examples in an old SQL Server folder layout, not rules."
      ]
    },
    {
      "id": "ldf-extension",
      "kind": "extension",
      "value": ".ldf",
      "recursive": false,
      "risk": "medium",
      "rationale": "The article asks for these exclusions to avoid performance problems caused by antivirus scanning in a Service Manager environment.",
      "source": {
        "id": "M1",
        "section": "For Service Manager database servers: configure the exclusion for the files with the following extensions: .LDF"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the extension; an extension exclusion applies machine-wide.",
        "The article writes .LDF in capitals; stored in lower case, the form every extension takes here (Windows compares file names without regard to case).",
        "The article adds that the files are often in a folder like E:\\Program Files\\Microsoft SQL Server\\MSSQL.1\\MSSQL\\Data or ...\\MSSQL.1\\MSSQL\\Log: examples in an old SQL Server folder layout, not rules."
      ]
    }
  ],
  "includes": {
    "database-server": [
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
      "management-server": [
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8
      ],
      "database-server": [
        9,
        10,
        11
      ]
    }
  }
};

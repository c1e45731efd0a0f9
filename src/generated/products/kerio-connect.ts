// Generated from data/kerio-connect.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Kerio Connect (GFI Software), compiled. */
export const product: CompiledProduct = {
  "id": "kerio-connect",
  "name": "Kerio Connect",
  "vendor": "GFI Software",
  "description": "Mail and groupware server (formerly Kerio MailServer), with the Kerio Outlook Connector (Offline Edition) add-in that keeps a local copy of mailboxes on Windows PCs.",
  "versionScheme": {
    "type": "none"
  },
  "documentedVersions": [],
  "documentedTuples": [],
  "platforms": [
    "windows",
    "linux",
    "macos"
  ],
  "roles": [
    {
      "id": "server",
      "name": "Kerio Connect server",
      "description": "The machine running the Kerio Connect mail server."
    },
    {
      "id": "outlook-connector",
      "name": "Kerio Outlook Connector (Offline Edition) client",
      "description": "A Windows PC where Outlook uses the Kerio Outlook Connector (Offline Edition) with its local mailbox store.",
      "platforms": [
        "windows"
      ]
    }
  ],
  "features": [],
  "variables": {
    "KERIO_INSTALL_DIR": {
      "name": "KERIO_INSTALL_DIR",
      "description": "The Kerio Connect installation directory.",
      "type": "path",
      "hint": "Chosen at installation; the defaults are the ones this article lists.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\Kerio\\MailServer",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Kerio Connect Installation directory"
          }
        },
        "linux": {
          "value": "/opt/kerio/mailserver",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Linux"
          }
        },
        "macos": {
          "value": "/usr/local/kerio/mailserver",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: macOS"
          }
        }
      }
    },
    "KERIO_STORE_DIR": {
      "name": "KERIO_STORE_DIR",
      "description": "The Kerio Connect store directory (mailboxes).",
      "type": "path",
      "hint": "Administration Console > Configuration > Advanced Options > Store Directory.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\Kerio\\MailServer\\store",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Kerio Connect Mailstore directory"
          }
        }
      }
    },
    "KERIO_ARCHIVE_DIR": {
      "name": "KERIO_ARCHIVE_DIR",
      "description": "The Kerio Connect archive directory.",
      "type": "path",
      "hint": "Administration Console > Configuration > Archiving and Backup > Archiving.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\Kerio\\MailServer\\store\\archive",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Kerio Connect Archive directory"
          }
        }
      }
    },
    "KERIO_BACKUP_DIR": {
      "name": "KERIO_BACKUP_DIR",
      "description": "The Kerio Connect backup target directory.",
      "type": "path",
      "hint": "Administration Console > Configuration > Archiving and Backup > Backup.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\Kerio\\MailServer\\store\\backup",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Kerio Connect Backup directory"
          }
        }
      }
    },
    "KOFF_USERS": {
      "name": "KOFF_USERS",
      "description": "Windows user names of the people who use the Kerio Outlook Connector (Offline Edition) on the PC.",
      "type": "name",
      "hint": "The profile folder names under C:\\Users of the Outlook users on this PC.",
      "multiple": true
    }
  },
  "sources": {
    "K1": {
      "id": "K1",
      "title": "Antivirus Exclusions for Kerio Connect",
      "url": "https://support.kerioconnect.gfi.com/hc/en-us/articles/360015201699-Antivirus-Exclusions-for-Kerio-Connect",
      "docVersion": "GFI support article 360015201699 (undated)",
      "retrieved": "2026-11-22"
    }
  },
  "rules": [
    {
      "id": "install-dir",
      "kind": "directory",
      "value": "{KERIO_INSTALL_DIR}",
      "recursive": true,
      "risk": "low",
      "rationale": "A scanner that locks or quarantines Kerio Connect's own files breaks webmail and administration loading, slows the server and can corrupt data.",
      "source": {
        "id": "K1",
        "section": "Directories to be excluded: Kerio Connect Installation directory; macOS; Linux"
      },
      "provenance": "vendor-page",
      "variables": [
        "KERIO_INSTALL_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The macOS and Linux paths appear in the article as sub-items of the Offline Connector list through a formatting slip; they are the server installation directories."
      ]
    },
    {
      "id": "store-dir",
      "kind": "directory",
      "value": "{KERIO_STORE_DIR}",
      "recursive": true,
      "risk": "medium",
      "rationale": "The store holds every mailbox; scanning or quarantining message files there disrupts mail flow and can damage mailboxes.",
      "source": {
        "id": "K1",
        "section": "Directories to be excluded: Kerio Connect Mailstore directory; \"For the store directory, navigate to ...\""
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "KERIO_STORE_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article gives the default for Windows only. On Linux and macOS the default store lies inside the installation directory already excluded, so a location is emitted only when you pass a moved one."
      ]
    },
    {
      "id": "archive-dir",
      "kind": "directory",
      "value": "{KERIO_ARCHIVE_DIR}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Archived messages are written here continuously; a scanner interfering with them risks damaged archives.",
      "source": {
        "id": "K1",
        "section": "Directories to be excluded: Kerio Connect Archive directory; \"For the Archive directory, navigate to ...\""
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "KERIO_ARCHIVE_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article gives the default for Windows only; elsewhere a location is emitted only when you pass it."
      ]
    },
    {
      "id": "backup-dir",
      "kind": "directory",
      "value": "{KERIO_BACKUP_DIR}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Kerio Connect writes its backups here; a scanner locking backup files can make backups fail or leave them incomplete.",
      "source": {
        "id": "K1",
        "section": "Directories to be excluded: Kerio Connect Backup directory; \"For the Backup directory, navigate to ...\""
      },
      "provenance": "vendor-page",
      "skipIfUnset": true,
      "variables": [
        "KERIO_BACKUP_DIR"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article gives the default for Windows only; elsewhere a location is emitted only when you pass it."
      ]
    },
    {
      "id": "koff-program-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\Kerio\\Outlook Connector (Offline Edition)",
      "recursive": true,
      "risk": "low",
      "rationale": "The Offline Connector's program files; scanning them can block the add-in Outlook depends on.",
      "source": {
        "id": "K1",
        "section": "Kerio Connect Offline Connector (default locations on client machine)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "Default location; it differs if another folder was chosen at installation."
      ]
    },
    {
      "id": "koff-user-data-dir",
      "kind": "directory",
      "value": "C:\\Users\\{KOFF_USERS}\\AppData\\Local\\Kerio\\Outlook Connector",
      "recursive": true,
      "risk": "medium",
      "rationale": "Each user's local copy of the mailbox lives here; a scanner locking these files disturbs synchronisation with the server.",
      "source": {
        "id": "K1",
        "section": "Kerio Connect Offline Connector (default locations on client machine)"
      },
      "provenance": "vendor-page",
      "variables": [
        "KOFF_USERS"
      ],
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "One folder per Windows user; Defender does not expand user-profile variables, so each user's folder is listed by name."
      ]
    },
    {
      "id": "koff-updater-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\Kerio\\UpdaterService",
      "recursive": true,
      "risk": "low",
      "rationale": "The Kerio updater service installs new versions of the connector; scanning its files can block updates.",
      "source": {
        "id": "K1",
        "section": "Kerio Connect Offline Connector (default locations on client machine)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The article names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively."
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
        3
      ],
      "outlook-connector": [
        4,
        5,
        6
      ]
    },
    "linux": {
      "server": [
        0,
        1,
        2,
        3
      ]
    },
    "macos": {
      "server": [
        0,
        1,
        2,
        3
      ]
    }
  }
};

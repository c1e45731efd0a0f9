// Generated from data/kerio-connect.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Kerio Connect (GFI Software), compiled. */
export const kerioConnect: CompiledProduct = {
  "id": "kerio-connect",
  "name": "Kerio Connect",
  "vendor": "GFI Software",
  "description": "Mail and groupware server (formerly Kerio MailServer), together with the Kerio Outlook Connector (Offline Edition), an Outlook add-in that keeps a local copy of the mailbox on Windows PCs.",
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
      "description": "The machine that runs the Kerio Connect mail server."
    },
    {
      "id": "outlook-connector",
      "name": "Kerio Outlook Connector (Offline Edition)",
      "description": "A Windows PC on which Outlook uses the Kerio Outlook Connector (Offline Edition) and keeps a local mailbox store.",
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
      "hint": "The folder chosen when Kerio Connect was installed.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "C:\\Program Files\\Kerio\\MailServer",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Kerio Connect Installation directory"
          },
          "note": "The article writes this default with a trailing backslash (C:\\Program Files\\Kerio\\MailServer\\); it is stored without it, like the other folders."
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
      "description": "The Kerio Connect store directory, which holds the mailboxes.",
      "type": "path",
      "hint": "Administration Console > Configuration > Advanced Options > Store Directory.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "{KERIO_INSTALL_DIR}\\store",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Kerio Connect Mailstore directory"
          },
          "note": "The article gives C:\\Program Files\\Kerio\\MailServer\\store, inside the default installation directory; written over KERIO_INSTALL_DIR so that it follows an installation elsewhere."
        }
      }
    },
    "KERIO_ARCHIVE_DIR": {
      "name": "KERIO_ARCHIVE_DIR",
      "description": "The directory Kerio Connect archives messages to.",
      "type": "path",
      "hint": "Administration Console > Configuration > Archiving and Backup > Archiving.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "{KERIO_INSTALL_DIR}\\store\\archive",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Kerio Connect Archive directory"
          },
          "note": "The article gives C:\\Program Files\\Kerio\\MailServer\\store\\archive, inside the default installation directory; written over KERIO_INSTALL_DIR so that it follows an installation elsewhere."
        }
      }
    },
    "KERIO_BACKUP_DIR": {
      "name": "KERIO_BACKUP_DIR",
      "description": "The directory Kerio Connect writes its backups to.",
      "type": "path",
      "hint": "Administration Console > Configuration > Archiving and Backup > Backup.",
      "multiple": false,
      "defaults": {
        "windows": {
          "value": "{KERIO_INSTALL_DIR}\\store\\backup",
          "source": {
            "id": "K1",
            "section": "Directories to be excluded: Kerio Connect Backup directory"
          },
          "note": "The article gives C:\\Program Files\\Kerio\\MailServer\\store\\backup, inside the default installation directory; written over KERIO_INSTALL_DIR so that it follows an installation elsewhere."
        }
      }
    },
    "KOFF_USERS": {
      "name": "KOFF_USERS",
      "description": "The Windows user names of the people who use the Kerio Outlook Connector (Offline Edition) on the PC.",
      "type": "name",
      "hint": "The profile folder names under C:\\Users of the Outlook users on the PC.",
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
      "rationale": "A scanner that locks or quarantines Kerio Connect's own files can stop webmail and the administration interface from loading, slow the server down and corrupt data.",
      "source": {
        "id": "K1",
        "section": "Directories to be excluded: Kerio Connect Installation directory; macOS; Linux"
      },
      "provenance": "vendor-page",
      "variables": [
        "KERIO_INSTALL_DIR"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The macOS and Linux paths appear in the article under the Offline Connector bullet through a formatting slip; they are server installation directories."
      ]
    },
    {
      "id": "store-dir",
      "kind": "directory",
      "value": "{KERIO_STORE_DIR}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Every mailbox lives in the store; a scanner that locks or quarantines message files there disturbs mail delivery and can damage mailboxes.",
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
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article gives a default for Windows only, so the rule is emitted there by default; on Linux and macOS it is emitted only when you pass the moved location."
      ]
    },
    {
      "id": "archive-dir",
      "kind": "directory",
      "value": "{KERIO_ARCHIVE_DIR}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Kerio Connect keeps writing archived messages here; a scanner interfering with these files can leave the archive damaged or incomplete.",
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
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article gives a default for Windows only, so the rule is emitted there by default; on Linux and macOS it is emitted only when you pass the location."
      ]
    },
    {
      "id": "backup-dir",
      "kind": "directory",
      "value": "{KERIO_BACKUP_DIR}",
      "recursive": true,
      "risk": "medium",
      "rationale": "Kerio Connect writes its backups here; a scanner locking backup files can make a backup fail or leave it incomplete.",
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
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article gives a default for Windows only, so the rule is emitted there by default; on Linux and macOS it is emitted only when you pass the location."
      ]
    },
    {
      "id": "koff-program-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\Kerio\\Outlook Connector (Offline Edition)",
      "recursive": true,
      "risk": "low",
      "rationale": "These are the program files of the Outlook add-in; a scanner blocking them can keep Outlook from working with Kerio Connect.",
      "source": {
        "id": "K1",
        "section": "Directories to be excluded: Kerio Connect Offline Connector (default locations on client machine)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "Default location; the article says it differs if another folder was chosen during installation."
      ]
    },
    {
      "id": "koff-user-data-dir",
      "kind": "directory",
      "value": "C:\\Users\\{KOFF_USERS}\\AppData\\Local\\Kerio\\Outlook Connector",
      "recursive": true,
      "risk": "medium",
      "rationale": "Each user's local copy of the mailbox is kept here; a scanner locking these files disturbs synchronisation with the server and can damage the local store.",
      "source": {
        "id": "K1",
        "section": "Directories to be excluded: Kerio Connect Offline Connector (default locations on client machine)"
      },
      "provenance": "vendor-page",
      "variables": [
        "KOFF_USERS"
      ],
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "The article writes <username> in the path; the rule yields one folder per user name given, since Defender does not expand user-profile variables."
      ]
    },
    {
      "id": "koff-updater-dir",
      "kind": "directory",
      "value": "C:\\Program Files (x86)\\Kerio\\UpdaterService",
      "recursive": true,
      "risk": "low",
      "rationale": "The Kerio updater service keeps the connector up to date; a scanner blocking its files can stop updates from installing.",
      "source": {
        "id": "K1",
        "section": "Directories to be excluded: Kerio Connect Offline Connector (default locations on client machine)"
      },
      "provenance": "vendor-page",
      "notes": [
        "The source names the folder without saying whether subfolders are meant; scanners exclude a folder's contents recursively.",
        "Default location; the article says it differs if another folder was chosen during installation."
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

// Generated from data/never-exclude.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { NeverExcludeEntry, NeverExcludeMatchers } from '../types/never-exclude.js';
import type { Platform } from '../types/pack.js';

/** The roots and folders that must never be excluded (what the value rules refuse), each with its reason and source. */
export const NEVER_EXCLUDE_PATHS: readonly NeverExcludeEntry[] = [
  {
    "kind": "root",
    "platforms": [
      "windows"
    ],
    "value": "%SystemDrive%\\",
    "reason": "the system drive: excluding it stops scanning Windows and every program on it",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: %systemdrive%, C:, C:\\, C:\\*"
    }
  },
  {
    "kind": "root",
    "platforms": [
      "windows"
    ],
    "value": "C:\\",
    "reason": "the system drive: excluding it stops scanning Windows and every program on it",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: %systemdrive%, C:, C:\\, C:\\*"
    }
  },
  {
    "kind": "root",
    "platforms": [
      "windows"
    ],
    "value": "\\\\?\\GLOBALROOT\\",
    "match": "prefix",
    "reason": "the NT object namespace: a path under it can name a whole device or volume",
    "source": {
      "id": "MS-NAMING",
      "title": "Naming Files, Paths, and Namespaces",
      "url": "https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file",
      "docVersion": "Win32 file I/O documentation",
      "retrieved": "2026-11-30",
      "section": "Win32 device namespaces"
    }
  },
  {
    "kind": "root",
    "platforms": [
      "windows"
    ],
    "value": "\\\\.\\",
    "match": "prefix",
    "reason": "the Win32 device namespace (\\\\.\\PhysicalDrive0, \\\\.\\C:): a whole disk or volume, not a folder",
    "source": {
      "id": "MS-NAMING",
      "title": "Naming Files, Paths, and Namespaces",
      "url": "https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file",
      "docVersion": "Win32 file I/O documentation",
      "retrieved": "2026-11-30",
      "section": "Win32 device namespaces"
    }
  },
  {
    "kind": "root",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "/",
    "reason": "the filesystem root: excluding it stops scanning the whole machine",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions (Linux and macOS): /"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Users",
    "reason": "every user profile: downloads, mail attachments and browser caches are where malware lands",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: C:\\Users\\ or C:\\Users\\*"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Users\\<UserProfileName>\\AppData\\Local\\Temp",
    "reason": "a user's temporary folder, where downloaded and unpacked malware runs from (SharePoint's service-account Temp is the page's one exception, for file-level antivirus in SharePoint)",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: C:\\Users\\<UserProfileName>\\AppData\\Local\\Temp\\"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Users\\<UserProfileName>\\AppData\\LocalLow\\Temp",
    "reason": "a user's low-integrity temporary folder, where downloaded malware runs from",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: C:\\Users\\<UserProfileName>\\AppData\\LocalLow\\Temp\\"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Temp",
    "reason": "a shared temporary folder, where malware is dropped and run from",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: C:\\Temp, C:\\Temp\\, C:\\Temp\\*"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Windows\\Temp",
    "reason": "the system temporary folder, where installers and malware unpack and run",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: %Windir%\\Temp, C:\\Windows\\Temp"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Windows\\Prefetch",
    "reason": "the prefetch folder, which malware abuses to persist and hide",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: %Windir%\\Prefetch, C:\\Windows\\Prefetch"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Windows\\System32\\Spool",
    "reason": "the print spooler's folder, a known route for privilege escalation",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: %Windir%\\System32\\Spool, C:\\Windows\\System32\\Spool"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Windows\\System32\\CatRoot2",
    "reason": "the catalog database of signed system files, which malware tampers with",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: C:\\Windows\\System32\\CatRoot2"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "windows"
    ],
    "value": "C:\\Program Files\\Java",
    "reason": "the Java runtime: its processes run downloaded code",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions: %ProgramFiles%\\Java, C:\\Program Files\\Java"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "/bin",
    "reason": "essential system programs: a replaced binary would go unseen",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions (Linux and macOS): /bin, /sbin, /usr/lib"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "/sbin",
    "reason": "system administration programs: a replaced binary would go unseen",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions (Linux and macOS): /bin, /sbin, /usr/lib"
    }
  },
  {
    "kind": "folder",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "/usr/lib",
    "reason": "system libraries: a replaced library would go unseen",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Folder exclusions (Linux and macOS): /bin, /sbin, /usr/lib"
    }
  }
];

/** The same roots and folders compiled for matching on each platform (see `compileNeverExclude`). */
export const NEVER_EXCLUDE_MATCHERS: Readonly<Record<Platform, NeverExcludeMatchers>> = {
  "windows": {
    "exact": [
      [
        "c:\\",
        0
      ],
      [
        "c:\\users",
        4
      ],
      [
        "c:\\temp",
        7
      ],
      [
        "c:\\windows\\temp",
        8
      ],
      [
        "c:\\windows\\prefetch",
        9
      ],
      [
        "c:\\windows\\system32\\spool",
        10
      ],
      [
        "c:\\windows\\system32\\catroot2",
        11
      ],
      [
        "c:\\program files\\java",
        12
      ]
    ],
    "patterns": [
      {
        "at": 2,
        "source": "^\\\\\\\\\\?\\\\globalroot\\\\",
        "flags": "i",
        "lead": "\\"
      },
      {
        "at": 3,
        "source": "^\\\\\\\\\\.\\\\",
        "flags": "i",
        "lead": "\\"
      },
      {
        "at": 5,
        "source": "^c:\\\\users\\\\[^\\\\]+\\\\appdata\\\\local\\\\temp$",
        "flags": "",
        "lead": "c:\\users\\"
      },
      {
        "at": 6,
        "source": "^c:\\\\users\\\\[^\\\\]+\\\\appdata\\\\locallow\\\\temp$",
        "flags": "",
        "lead": "c:\\users\\"
      }
    ]
  },
  "linux": {
    "exact": [
      [
        "/",
        0
      ],
      [
        "/bin",
        1
      ],
      [
        "/sbin",
        2
      ],
      [
        "/usr/lib",
        3
      ]
    ],
    "patterns": []
  },
  "macos": {
    "exact": [
      [
        "/",
        0
      ],
      [
        "/bin",
        1
      ],
      [
        "/sbin",
        2
      ],
      [
        "/usr/lib",
        3
      ]
    ],
    "patterns": []
  }
};

/** The processes and extensions that must never be excluded (for the audit), each with its reason and source. */
export const NEVER_EXCLUDE_OTHERS: readonly NeverExcludeEntry[] = [
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".7z",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".bat",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".bin",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".cab",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".cmd",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".com",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".cpl",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".dll",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".exe",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".fla",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".gif",
    "reason": "a file type that carries or launches code (the page lists .gif, .jpg, .jpeg and .png only for environments without strict update policies)",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".gz",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".hta",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".inf",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".java",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".jar",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".job",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".jpeg",
    "reason": "a file type that carries or launches code (the page lists .gif, .jpg, .jpeg and .png only for environments without strict update policies)",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".jpg",
    "reason": "a file type that carries or launches code (the page lists .gif, .jpg, .jpeg and .png only for environments without strict update policies)",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".js",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".ko",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".ko.gz",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".msi",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".ocx",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".png",
    "reason": "a file type that carries or launches code (the page lists .gif, .jpg, .jpeg and .png only for environments without strict update policies)",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".ps1",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".py",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".rar",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".reg",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".scr",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".sys",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".tar",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".tmp",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".url",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".vbe",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".vbs",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".wsf",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "extension",
    "platforms": [
      "windows",
      "linux",
      "macos"
    ],
    "value": ".zip",
    "reason": "a file type that carries or launches code: every file of this type would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "File extension exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "AcroRd32.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "addinprocess.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "addinprocess32.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "addinutil.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "bash.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "bginfo.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "bitsadmin.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "cdb.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "csi.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "cmd.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "cscript.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "dbghost.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "dbgsvc.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "dnx.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "dotnet.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "excel.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "fsi.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "fsiAnyCpu.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "iexplore.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "java.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "kd.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "lxssmanager.dll",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "msbuild.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "mshta.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "ntkd.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "ntsd.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "outlook.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "psexec.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "powerpnt.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "powershell.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "rcsi.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "svchost.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "schtasks.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "system.management.automation.dll",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "windbg.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "winword.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "wmic.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "wscript.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "windows"
    ],
    "value": "wuauclt.exe",
    "reason": "a process that runs arbitrary scripts, documents or downloaded code: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "bash",
    "reason": "an interpreter or shell: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions (Linux and macOS)"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "java",
    "reason": "an interpreter or shell: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions (Linux and macOS)"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "python",
    "reason": "an interpreter or shell: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions (Linux and macOS)"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "python3",
    "reason": "an interpreter or shell: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions (Linux and macOS)"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "sh",
    "reason": "an interpreter or shell: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions (Linux and macOS)"
    }
  },
  {
    "kind": "process",
    "platforms": [
      "linux",
      "macos"
    ],
    "value": "zsh",
    "reason": "an interpreter or shell: everything it opens would go unscanned",
    "source": {
      "id": "MS-MISTAKES",
      "title": "Common mistakes to avoid when defining exclusions",
      "url": "https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus",
      "docVersion": "ms.date 07/18/2023",
      "retrieved": "2026-11-30",
      "section": "Process exclusions (Linux and macOS)"
    }
  }
];

/** The machine environment variables Defender expands in Windows values, by upper-case name, with their values (Configure and validate exclusions based on file extension and folder location, "System environment variables"). */
export const WINDOWS_MACHINE_VARIABLES: Readonly<Record<string, string>> = {
  "ALLUSERSPROFILE": "C:\\ProgramData",
  "PROGRAMDATA": "C:\\ProgramData",
  "PROGRAMFILES": "C:\\Program Files",
  "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
  "PUBLIC": "C:\\Users\\Public",
  "SYSTEMDRIVE": "C:",
  "SYSTEMROOT": "C:\\Windows",
  "WINDIR": "C:\\Windows"
};

// Generated from data/docker.json by scripts/generate.ts. Do not edit: run `npx vitest run -u test/generated`.
import type { CompiledProduct } from '../../catalog/types.js';

/** Docker (Docker, Inc.), compiled. */
export const docker: CompiledProduct = {
  "id": "docker",
  "name": "Docker",
  "vendor": "Docker, Inc.",
  "description": "The Docker container engine and Docker Desktop: the host keeps images, containers' writable layers and volumes in its Docker data directory.",
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
      "id": "host",
      "name": "Docker host",
      "description": "A machine that runs Docker: Docker Engine on Linux or Windows Server, or Docker Desktop on a Mac."
    }
  ],
  "features": [],
  "variables": {
    "DOCKER_USER_HOME": {
      "name": "DOCKER_USER_HOME",
      "description": "The home folder of a macOS user account that runs Docker Desktop; the page writes it $HOME.",
      "type": "path",
      "hint": "The home folder ($HOME) of each Mac user account that runs Docker Desktop, as an absolute path; `echo $HOME` in that user's Terminal prints it. A scanner that runs as another account does not expand $HOME to this user's folder.",
      "multiple": true
    }
  },
  "sources": {
    "D1": {
      "id": "D1",
      "title": "Antivirus software and Docker",
      "url": "https://docs.docker.com/engine/security/antivirus/",
      "docVersion": "docker/docs commit 4d2ec6b3a1b138b88fac46afa580b77b1320b9ab (engine/security/antivirus.md; the page has no date of its own)",
      "retrieved": "2026-11-30"
    }
  },
  "rules": [
    {
      "id": "data-dir-linux",
      "kind": "directory",
      "value": "/var/lib/docker",
      "recursive": true,
      "risk": "high",
      "rationale": "A scanner that scans the files Docker uses can lock them so that Docker commands hang.",
      "source": {
        "id": "D1",
        "section": "Second paragraph: the Docker data directory, \"/var/lib/docker on Linux\""
      },
      "provenance": "vendor-page",
      "riskNote": "The data directory holds images, the writable layers of containers and volumes: the page warns that viruses or malware in them are no longer detected once it is excluded.",
      "notes": [
        "The page offers this as \"one way to reduce these problems\", not as a requirement.",
        "The page suggests, for those who exclude the data directory, a recurring task that stops Docker, scans the data directory and starts Docker again."
      ]
    },
    {
      "id": "data-dir-windows",
      "kind": "directory",
      "value": "%ProgramData%\\docker",
      "recursive": true,
      "risk": "high",
      "rationale": "A scanner that scans the files Docker uses can lock them so that Docker commands hang.",
      "source": {
        "id": "D1",
        "section": "Second paragraph: the Docker data directory, \"%ProgramData%\\docker on Windows Server\""
      },
      "provenance": "vendor-page",
      "riskNote": "The data directory holds images, the writable layers of containers and volumes: the page warns that viruses or malware in them are no longer detected once it is excluded.",
      "notes": [
        "The page names this folder for Windows Server; it says nothing of Docker Desktop on Windows client editions.",
        "The page offers this as \"one way to reduce these problems\", not as a requirement.",
        "The page suggests, for those who exclude the data directory, a recurring task that stops Docker, scans the data directory and starts Docker again."
      ]
    },
    {
      "id": "data-dir-macos",
      "kind": "directory",
      "value": "{DOCKER_USER_HOME}/Library/Containers/com.docker.docker",
      "recursive": true,
      "risk": "high",
      "rationale": "A scanner that scans the files Docker uses can lock them so that Docker commands hang.",
      "source": {
        "id": "D1",
        "section": "Second paragraph: the Docker data directory, \"$HOME/Library/Containers/com.docker.docker/ on Mac\""
      },
      "provenance": "vendor-page",
      "variables": [
        "DOCKER_USER_HOME"
      ],
      "riskNote": "The data directory holds images, the writable layers of containers and volumes: the page warns that viruses or malware in them are no longer detected once it is excluded.",
      "notes": [
        "The page writes the folder under $HOME, the home folder of the user who runs Docker Desktop; the home folder is yours to give (DOCKER_USER_HOME), once per user account. It is stored without the page's trailing slash, like every folder.",
        "The page offers this as \"one way to reduce these problems\", not as a requirement.",
        "The page suggests, for those who exclude the data directory, a recurring task that stops Docker, scans the data directory and starts Docker again."
      ]
    }
  ],
  "includes": {},
  "index": {
    "windows": {
      "host": [
        1
      ]
    },
    "linux": {
      "host": [
        0
      ]
    },
    "macos": {
      "host": [
        2
      ]
    }
  }
};

// A private shell lab for the proofs that run our scripts on real shells: bash and dash (Debian's /bin/sh), checked
// to be present (a proof never skips), and a temporary root whose bin/ holds stub executables placed first in PATH.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The shells every script is run under. */
export const SHELLS = ['bash', 'dash'] as const;

/**
 * Throws, naming what to install, when one of the tools is missing: a proof never skips.
 *
 * @param tools - the commands needed
 * @param install - what to install (the Debian package)
 * @param proof - what needs them, for the message
 */
export function requireTools(tools: readonly string[], install: string, proof: string): void {
  for (const tool of tools) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      throw new Error(`${tool} is missing: ${proof} needs it; install ${install} (the proofs do not skip)`);
    }
  }
}

/** A temporary root with a bin/ of stubs first in PATH. */
export interface ShellLab {
  /** The temporary root. */
  root: string;
  /** Writes an executable `bin/<name>` from its lines (a `#!/bin/sh` script). */
  stub(name: string, lines: readonly string[]): void;
  /** Runs `script` under `shell` with the stubs first in PATH, HOME unset to a path that does not exist, and `env`. */
  run(shell: string, script: string, env?: Record<string, string>, cwd?: string): SpawnSyncReturns<string>;
  /** Removes the root. */
  remove(): void;
}

/**
 * A new lab under the system's temporary folder.
 *
 * @param prefix - the temporary folder's name prefix
 * @returns the lab
 */
export function shellLab(prefix: string): ShellLab {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  return {
    root,
    stub: (name, lines) => writeFileSync(join(bin, name), ['#!/bin/sh', ...lines, ''].join('\n'), { mode: 0o755 }),
    run: (shell, script, env = {}, cwd = root) =>
      spawnSync(shell, [script], { encoding: 'utf8', cwd, env: { PATH: `${bin}:${process.env.PATH}`, HOME: '/nonexistent', ...env } }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

// A private ClamAV lab for the proofs: a temporary root with a tree of marked files, a signature database made with
// sigtool from the marker (no freshclam, no network), and clamd daemons started on a private socket and stopped again.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { requireTools } from './shell-lab.js';

/** Throws, naming the package to install, when one of the tools is missing: a proof never skips. */
export function requireClamavTools(tools: readonly string[], install: string): void {
  requireTools(tools, install, 'the ClamAV proofs');
}

/** A lab: its root, the tree of marked files, the signature database, and clamd. */
export interface ClamavLab {
  /** The temporary root (real path). */
  root: string;
  /** The tree of marked files. */
  tree: string;
  /** The signature database (one MD5 signature of the marker). */
  db: string;
  /** Writes the marker into every tree-relative file, and the signature database. */
  plant(files: readonly string[]): void;
  /** Starts clamd with `config` after a private socket, database and log; waits for its socket, at most 60 s. */
  startClamd(name: string, config: string): Promise<{ clamd: ChildProcess; conf: string }>;
  /** Stops one clamd (SIGTERM, then SIGKILL after 10 s). */
  stop(clamd: ChildProcess): Promise<void>;
  /** Stops every clamd still running and removes the root. */
  dispose(): Promise<void>;
  /** The tree-relative paths a scan's output reported FOUND, sorted. */
  found(output: string): string[];
}

/**
 * Makes a lab under a fresh temporary folder.
 *
 * @param prefix - the temporary folder's name prefix
 * @param marker - the text every planted file holds (and the signature matches)
 */
export function clamavLab(prefix: string, marker: string): ClamavLab {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const tree = join(root, 'tree');
  const db = join(root, 'db');
  const daemons = new Set<ChildProcess>();

  async function stop(clamd: ChildProcess): Promise<void> {
    daemons.delete(clamd);
    if (clamd.exitCode !== null || clamd.signalCode !== null) return;
    const exited = new Promise((resolve) => clamd.once('exit', resolve));
    clamd.kill('SIGTERM');
    const timer = setTimeout(() => clamd.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  return {
    root,
    tree,
    db,
    plant(files) {
      for (const file of files) {
        mkdirSync(dirname(join(tree, file)), { recursive: true });
        writeFileSync(join(tree, file), marker);
      }
      mkdirSync(db);
      mkdirSync(join(root, 'tmp'));
      writeFileSync(join(root, 'marker'), marker);
      const sig = spawnSync('sigtool', ['--md5', join(root, 'marker')], { encoding: 'utf8' });
      expect(sig.status, sig.stderr).toBe(0);
      writeFileSync(join(db, 'test.hdb'), sig.stdout);
    },
    async startClamd(name, config) {
      const socket = join(root, `${name}.sock`);
      const conf = join(root, `${name}.conf`);
      const log = join(root, `${name}.log`);
      writeFileSync(
        conf,
        [
          `LocalSocket ${socket}`,
          `DatabaseDirectory ${db}`,
          'Foreground yes',
          `LogFile ${log}`,
          `TemporaryDirectory ${join(root, 'tmp')}`,
          config,
        ].join('\n'),
      );
      const clamd = spawn('clamd', ['-c', conf], { stdio: 'ignore' });
      daemons.add(clamd);
      const deadline = Date.now() + 60_000;
      while (!existsSync(socket) && clamd.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const why = existsSync(log) ? readFileSync(log, 'utf8') : '(no log)';
      expect(clamd.exitCode, `clamd exited early:\n${why}`).toBeNull();
      expect(existsSync(socket), `clamd did not open its socket within 60 s:\n${why}`).toBe(true);
      return { clamd, conf };
    },
    stop,
    async dispose() {
      for (const clamd of daemons) await stop(clamd);
      rmSync(root, { recursive: true, force: true });
    },
    found(output) {
      return output
        .split('\n')
        .filter((line) => line.endsWith(' FOUND'))
        .map((line) => {
          expect(line.startsWith(tree), line).toBe(true);
          return line.slice(tree.length, line.lastIndexOf(': '));
        })
        .sort();
    },
  };
}

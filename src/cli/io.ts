/**
 * What the CLI needs from the outside world, so tests can run it in-process with fakes.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Streams, environment and file writing. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Whether standard output is a terminal (colour allowed unless NO_COLOR is set). */
  isTTY: boolean;
  /** Environment variables. */
  env: Readonly<Record<string, string | undefined>>;
  /** Writes a whole file atomically. */
  writeFile(path: string, content: string): void;
}

/**
 * Writes `content` to `path` atomically: to a temporary file in the same folder, then renamed over the target,
 * so a failed run never leaves a half-written file.
 *
 * @param path - the target file
 * @param content - the content
 */
export function writeFileAtomic(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The real process's I/O. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    writeFile: writeFileAtomic,
  };
}

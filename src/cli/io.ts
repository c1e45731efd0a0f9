/**
 * What the CLI needs from the outside world, so tests can run it in-process with fakes.
 *
 * @module
 */
import {
  chmodSync,
  lstatSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Streams, environment and file writing. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Whether standard output is a terminal (colour allowed unless NO_COLOR is set). */
  isTTY: boolean;
  /** The terminal's width in columns, when standard output is a terminal (full text output wraps to it). */
  columns?: number;
  /** Environment variables. */
  env: Readonly<Record<string, string | undefined>>;
  /** Writes a whole file atomically. */
  writeFile(path: string, content: string): void;
  /** Reads a whole text file (UTF-8); `-` reads standard input. */
  readText(path: string): string;
}

/** The largest input file (`--machine`) read: a machine file is a few hundred bytes. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** A refusal to read an input file: not a regular file, or larger than {@link MAX_INPUT_BYTES}. */
export class InputFileError extends Error {}

/**
 * Reads a whole input file as UTF-8 text, or standard input for `-`. Only regular files (or standard input) of at most
 * {@link MAX_INPUT_BYTES} are read.
 *
 * @param path - the file, or `-`
 * @param stdin - reads standard input whole (the real one by default)
 * @returns the text
 * @throws InputFileError for a directory, device, FIFO or socket, or a file too large; Node's errors (ENOENT, EACCES …)
 */
export function readTextInput(path: string, stdin: () => Buffer = () => readFileSync(0)): string {
  let buffer: Buffer;
  if (path === '-') buffer = stdin();
  else {
    const stats = statSync(path);
    if (!stats.isFile()) throw new InputFileError(`${path} is ${kindOf(stats)}; give a regular file or - for standard input`);
    if (stats.size > MAX_INPUT_BYTES) throw new InputFileError(`${path} is larger than ${MAX_INPUT_BYTES} bytes`);
    buffer = readFileSync(path);
  }
  if (buffer.length > MAX_INPUT_BYTES)
    throw new InputFileError(`${path === '-' ? 'standard input' : path} is larger than ${MAX_INPUT_BYTES} bytes`);
  return buffer.toString('utf8');
}

/** A refusal to write an output file: not a regular file (a device, FIFO, socket or directory). */
export class OutputFileError extends Error {
  /** A code like Node's own (`ENOTREG`), for the exit status. */
  readonly code = 'ENOTREG';
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Where writing `path` lands: a symbolic link is followed to its target (the link stays a link), and anything that
 * exists there must be a regular file, whose permissions the new content keeps.
 *
 * @param path - the output path
 * @returns the real path to replace, and the mode to keep (undefined for a new file)
 * @throws OutputFileError for devices, FIFOs, sockets and directories; Node's errors for the rest (ELOOP …)
 */
export function outputTarget(path: string): { path: string; mode: number | undefined } {
  let target = path;
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (link) {
    try {
      target = realpathSync(path);
    } catch (error) {
      // A dangling link: write the file it names.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      target = resolve(dirname(path), readlinkSync(path));
    }
  }
  try {
    const stats = statSync(target);
    if (!stats.isFile()) throw new OutputFileError(`${target} is ${kindOf(stats)}; --output writes regular files only`);
    return { path: target, mode: stats.mode & 0o7777 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: target, mode: undefined };
    throw error;
  }
}

/** How many temporary names {@link writeFileAtomic} tries before it gives up (each one taken by another file). */
const TEMP_ATTEMPTS = 8;

/**
 * A temporary name in `dir`: short (so a target with a long name still fits) and random, from `Math.random` rather
 * than `node:crypto`, whose loading costs every run a few milliseconds: the name need not be secret, because the file
 * is created only when no file (or link) has that name.
 */
function temporaryName(dir: string, random: () => number): string {
  return join(dir, `.avx-${random().toString(36).slice(2, 14).padEnd(12, '0')}.tmp`);
}

/**
 * Writes `content` to `path` atomically: to a temporary file with a short name in the same folder, then renamed
 * over the target, so a failed run never leaves a half-written file. A symbolic link is written through (its target
 * gets the content); an existing file keeps its permissions; devices, FIFOs, sockets and directories are refused.
 * The temporary file is created exclusively: a name that is taken (a file or a link) is never written through, and
 * another name is drawn.
 *
 * @param path - the target file
 * @param content - the content
 * @param random - draws the temporary names (tests pass their own)
 * @throws OutputFileError when the path is not a regular file; Node's errors otherwise (EEXIST when every temporary
 *   name tried was taken)
 */
export function writeFileAtomic(path: string, content: string, random: () => number = Math.random): void {
  const target = outputTarget(path);
  const dir = dirname(target.path);
  for (let attempt = 1; ; attempt++) {
    const temp = temporaryName(dir, random);
    try {
      writeFileSync(temp, content, { flag: 'wx', mode: target.mode ?? 0o666 });
    } catch (error) {
      // A taken name is another file's: left alone. Anything else (ENOSPC …) may have left a partial file of ours.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        if (attempt < TEMP_ATTEMPTS) continue;
      } else rmSync(temp, { force: true });
      throw error;
    }
    try {
      if (target.mode !== undefined) chmodSync(temp, target.mode);
      renameSync(temp, target.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return;
  }
}

/**
 * What to do when standard output fails: a closed pipe (`| head -1`) ends the run quietly; any other failure
 * (`> /dev/full`) is one line on standard error and exit status 1.
 *
 * @param error - the stream's error
 * @param exit - ends the process with a status
 * @param stderr - writes to standard error
 */
export function onStdoutError(error: NodeJS.ErrnoException, exit: (code: number) => void, stderr: (text: string) => void): void {
  if (error.code === 'EPIPE') {
    exit(process.exitCode === undefined ? 0 : Number(process.exitCode));
    return;
  }
  stderr(`av-exclusions: cannot write to standard output: ${error.code ?? error.message}\n`);
  exit(1);
}

/** The real process's I/O. */
export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) =>
    onStdoutError(
      error,
      (code) => process.exit(code),
      (text) => void process.stderr.write(text),
    ),
  );
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    env: process.env,
    writeFile: writeFileAtomic,
    readText: (path) => readTextInput(path),
  };
}

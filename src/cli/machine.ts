/**
 * `resolve --machine FILE`: reading a machine file (or standard input) and resolving it with the bundled catalog.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import { oneLine, quote } from '../internal/quote.js';
import { resolveMachineImpl } from '../resolve/resolve-machine.js';
import type { MachineResolution } from '../types/resolution.js';
import { type CliIo, InputFileError } from './io.js';

/** A machine file that cannot be read (missing, unreadable, not a regular file, too large): exit 2. */
export class MachineFileError extends Error {}

/** What a resolve option is called when `--machine` makes it a conflict. */
export const MACHINE_CONFLICTS = ['role', 'version', 'feature', 'platform', 'os-version', 'provenance'] as const;

function describeReadError(error: unknown): string {
  if (error instanceof InputFileError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a folder on its path is a file',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
  };
  if (typeof code === 'string') return `${reasons[code] ?? oneLine(String((error as Error).message))} (${code})`;
  throw error;
}

/**
 * Reads a machine file as JSON: `-` is standard input; a leading byte-order mark is allowed.
 *
 * @param io - the CLI's I/O
 * @param path - the file, or `-`
 * @returns the parsed JSON value (checked by the resolver)
 * @throws MachineFileError when the file cannot be read; AvExclusionsError `INVALID_QUERY` when it is not JSON
 */
export function readMachineInput(io: CliIo, path: string): unknown {
  const name = path === '-' ? 'on standard input' : quote(path);
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    throw new MachineFileError(`cannot read the machine file ${name}: ${describeReadError(error)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AvExclusionsError('INVALID_QUERY', `the machine file ${name} is not JSON: ${oneLine((error as Error).message)}`);
  }
}

/**
 * Reads a machine file and resolves it with the bundled catalog. `--set` values are added to the file's `variables`
 * (a name given both ways takes the command line's values).
 *
 * @param io - the CLI's I/O
 * @param path - the file, or `-`
 * @param sets - values from `--set`, if any
 * @returns the machine's resolution
 * @throws MachineFileError, AvExclusionsError (its message led by the JSON path of the offending field)
 */
export function resolveMachineFile(io: CliIo, path: string, sets: Record<string, string[]> | undefined): MachineResolution {
  const machine = readMachineInput(io, path);
  if (sets && typeof machine === 'object' && machine !== null && !Array.isArray(machine)) {
    const record = machine as Record<string, unknown>;
    const given = record.variables;
    if (given === undefined || (typeof given === 'object' && given !== null && !Array.isArray(given))) {
      record.variables = Object.assign(Object.create(null), given, sets);
    }
  }
  return resolveMachineImpl(BUNDLED_CATALOG, machine);
}

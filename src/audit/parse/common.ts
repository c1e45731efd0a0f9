/**
 * What every parser of a machine's exclusions shares: size caps, the `INVALID_CURRENT` error, JSON reading with a
 * location, and text decoding.
 *
 * @module
 */
import { AvExclusionsError } from '../../errors.js';
import { splitContextual } from '../../paths/match/defender.js';
import type { CurrentEntry, CurrentExclusions, CurrentFormat, EntryKind, EntryOrigin } from '../types.js';

/** The largest input a parser reads, in characters (16 Mi): larger input is refused, not truncated. */
export const MAX_CURRENT_CHARS = 16 * 1024 * 1024;

/** The most entries a parser returns from one input. */
export const MAX_CURRENT_ENTRIES = 100_000;

/**
 * The `INVALID_CURRENT` error, naming the format and where the problem is.
 *
 * @param format - the input format
 * @param location - a line (`line 3`) or JSON path (`$.ExclusionPath[2]`)
 * @param message - what is wrong
 * @returns the error to throw
 */
export function invalidCurrent(format: CurrentFormat, location: string, message: string): AvExclusionsError {
  return new AvExclusionsError('INVALID_CURRENT', `${format}: ${location}: ${message}`, { value: location });
}

/**
 * Checks the input's type and size before any parsing.
 *
 * @param format - the input format
 * @param input - what the caller passed
 * @returns the input as a string
 * @throws AvExclusionsError `INVALID_CURRENT` when it is not a string or is larger than {@link MAX_CURRENT_CHARS}
 */
export function checkInput(format: CurrentFormat, input: unknown): string {
  if (typeof input !== 'string') throw invalidCurrent(format, 'input', `expected text, got ${input === null ? 'null' : typeof input}`);
  if (input.length > MAX_CURRENT_CHARS) throw invalidCurrent(format, 'input', `larger than ${MAX_CURRENT_CHARS} characters`);
  return input;
}

/**
 * Parses JSON text, turning a syntax error into `INVALID_CURRENT` with the line and column where it was found.
 *
 * @param format - the input format
 * @param text - JSON text (a leading byte-order mark is ignored)
 * @returns the parsed value
 */
export function parseJson(format: CurrentFormat, text: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let location = 'JSON';
    if (at) {
      const before = body.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      location = `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    throw invalidCurrent(format, location, `not valid JSON (${message})`);
  }
}

/**
 * Adds an entry, refusing more than {@link MAX_CURRENT_ENTRIES}.
 *
 * @param result - the result being built
 * @param entry - the entry
 */
export function pushEntry(result: CurrentExclusions, entry: CurrentExclusions['entries'][number]): void {
  if (result.entries.length >= MAX_CURRENT_ENTRIES)
    throw invalidCurrent(result.format, entry.origin.location, `more than ${MAX_CURRENT_ENTRIES} entries`);
  result.entries.push(entry);
}

/** A JSON value's kind, for messages. */
export function jsonKind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** A JSON path step: `.name` for plain names, `["…"]` otherwise. */
export function jsonStep(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Defender entry, its contextual condition (`path\:{…}`) kept as its restriction; the text stays as found.
 *
 * @param kind - the list
 * @param text - the entry as found
 * @param origin - where it was found
 * @returns the entry
 */
export function defenderEntry(kind: EntryKind, text: string, origin: EntryOrigin): CurrentEntry {
  const contextual = kind === 'path' ? splitContextual(text) : null;
  return contextual ? { kind, text, origin, restriction: { condition: contextual.conditions } } : { kind, text, origin };
}

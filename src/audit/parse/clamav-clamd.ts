/**
 * The `clamav-clamd` input: `ExcludePath` and `OnAccessExcludePath` lines of a `clamd.conf`, read the way ClamAV
 * reads the file (`common/optparser.c`, `optparse`): `fgets` into a 1024-byte buffer, so a line longer than 1023 bytes
 * is read as several lines; leading blanks skipped; lines of two bytes or less and lines starting with `#` skipped;
 * the option name up to the first space or tab, compared case-sensitively; the value with blanks trimmed at both ends
 * (but not a carriage return); a value starting with `"` runs to the last `"`; an inline comment (`#` and what follows,
 * and the blanks before it) removed, even inside quotes, so a pattern can never hold a `#`.
 *
 * @module
 */
import type { CurrentExclusions } from '../types.js';
import { checkInput, invalidCurrent, pushEntry } from './common.js';

/** The `fgets` buffer size of ClamAV's configuration reader (`MAX_OPTION_LINE_LENGTH`): lines are read in pieces of 1023 bytes. */
export const CLAMD_LINE_BUFFER = 1024;

const FORMAT = 'clamav-clamd';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A physical line cut into the pieces `fgets` returns, each with its terminating newline when it has one. */
function pieces(line: Uint8Array, newline: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  const full = newline ? Uint8Array.of(...line, 0x0a) : line;
  for (let i = 0; i < full.length; i += CLAMD_LINE_BUFFER - 1) out.push(full.subarray(i, i + CLAMD_LINE_BUFFER - 1));
  return out;
}

const isBlank = (b: number | undefined) => b === 0x20 || b === 0x09;

/**
 * Reads the exclusions of a `clamd.conf`: every `ExcludePath` (tested by clamd and clamdscan on every scan) and
 * `OnAccessExcludePath` (on-access scanning only: `restriction.onAccessOnly`), each with its pattern exactly as ClamAV
 * keeps it and its line. Other options are not read. A line ClamAV would refuse (so that clamd does not start) is an
 * error: an `Example` line, an option without a value, an unclosed quote, an empty quoted value, a byte-order mark.
 * A line longer than 1023 bytes is read in pieces as ClamAV does, and a warning names it.
 *
 * @param input - the file's text
 * @returns the entries (origin `local`, location `line N`)
 * @throws AvExclusionsError `INVALID_CURRENT` with the line
 * @example
 * ```ts
 * parseClamavClamd('ExcludePath ^/proc/\nExcludePath /tmp # sloppy\n').entries.map((e) => e.text); // [ '^/proc/', '/tmp' ]
 * ```
 */
export function parseClamavClamd(input: string): CurrentExclusions {
  const text = checkInput(FORMAT, input);
  const result: CurrentExclusions = { format: FORMAT, scanner: 'clamav', entries: [], unreadable: [], warnings: [] };
  if (text.startsWith('\uFEFF'))
    throw invalidCurrent(FORMAT, 'line 1', 'starts with a byte-order mark, which clamd reads as part of the first option name');
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const last = index === lines.length - 1;
    if (last && raw === '') return;
    const bytes = encoder.encode(raw);
    const parts = pieces(bytes, !last);
    if (parts.length > 1)
      result.warnings.push(`line ${lineNo} is longer than ${CLAMD_LINE_BUFFER - 1} bytes: ClamAV reads it as ${parts.length} lines`);
    for (const part of parts) readPiece(part, `line ${lineNo}`, result);
  });
  return result;
}

/** One `fgets` piece, as `optparse` handles it. */
function readPiece(piece: Uint8Array, location: string, result: CurrentExclusions): void {
  const nul = piece.indexOf(0);
  let buff = nul >= 0 ? piece.subarray(0, nul) : piece;
  let i = 0;
  while (i < buff.length - 1 && isBlank(buff[i])) i++;
  buff = buff.subarray(i);
  if (buff.length <= 2 || buff[0] === 0x23) return;
  const line = decoder.decode(buff);
  if (line.startsWith('Example')) throw invalidCurrent(FORMAT, location, 'an "Example" line: clamd refuses to start until it is removed');
  const sep = buff.findIndex((b) => isBlank(b));
  if (sep < 0) throw invalidCurrent(FORMAT, location, 'an option without a value: clamd refuses to start');
  const name = decoder.decode(buff.subarray(0, sep));
  let arg = buff.subarray(sep + 1);
  let j = 0;
  while (j < arg.length - 1 && isBlank(arg[j])) j++;
  arg = arg.subarray(j);
  let end = arg.length;
  while (end >= 1 && (isBlank(arg[end - 1]) || arg[end - 1] === 0x0a)) end--;
  if (end === 0) throw invalidCurrent(FORMAT, location, `${name} without a value: clamd refuses to start`);
  arg = arg.subarray(0, end);
  if (arg[0] === 0x22) {
    const close = arg.lastIndexOf(0x22);
    if (close <= 0) throw invalidCurrent(FORMAT, location, `${name}: a value opened with " and not closed: clamd refuses to start`);
    arg = arg.subarray(1, close);
    if (arg.length === 0) throw invalidCurrent(FORMAT, location, `${name}: an empty quoted value: clamd refuses to start`);
  }
  if (name !== 'ExcludePath' && name !== 'OnAccessExcludePath') return;
  const hash = arg.indexOf(0x23);
  if (hash >= 0) {
    // strtok(arg, "#"): leading '#' skipped, then up to the next '#'.
    let start = 0;
    while (start < arg.length && arg[start] === 0x23) start++;
    if (start === arg.length)
      throw invalidCurrent(FORMAT, location, `${name}: a value that is only a comment (ClamAV's reading of it is undefined)`);
    let stop = start;
    while (stop < arg.length && arg[stop] !== 0x23) stop++;
    arg = arg.subarray(start, stop);
    let e = arg.length;
    while (e > 0 && isBlank(arg[e - 1])) e--;
    arg = arg.subarray(0, e);
    if (arg.length === 0)
      throw invalidCurrent(FORMAT, location, `${name}: a value that is only blanks before a comment (ClamAV's reading of it is undefined)`);
  }
  const pattern = decoder.decode(arg);
  if (pattern.endsWith('\r')) result.warnings.push(`${location}: the value ends with a carriage return, which ClamAV keeps in the pattern`);
  pushEntry(result, {
    kind: 'path',
    text: pattern,
    origin: { source: 'local', location },
    ...(name === 'OnAccessExcludePath' ? { restriction: { onAccessOnly: true } } : {}),
  });
}

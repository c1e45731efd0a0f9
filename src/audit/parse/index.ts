/**
 * One entry point over the parsers of a machine's exclusions: `parseCurrentExclusions(input, format)`.
 *
 * @module
 */
import { AvExclusionsError } from '../../errors.js';
import { describeValue } from '../../internal/quote.js';
import { unknownChoice } from '../../internal/suggest.js';
import type { CurrentExclusions, CurrentFormat } from '../types.js';
import { parseClamavClamd } from './clamav-clamd.js';
import { parseDefenderIntune } from './defender-intune.js';
import { parseDefenderMpPreferenceJson } from './defender-mppreference-json.js';
import { decodeRegFile, parseDefenderReg } from './defender-reg.js';
import { parseMdatpJson } from './mdatp-json.js';

/** Every input format {@link parseCurrentExclusions} reads. */
export const CURRENT_FORMATS: readonly CurrentFormat[] = /* @__PURE__ */ Object.freeze([
  'defender-mppreference-json',
  'defender-reg',
  'defender-intune',
  'mdatp-json',
  'clamav-clamd',
]);

/** The Windows formats, whose files may be UTF-16 LE with a byte-order mark (Windows PowerShell 5.1 writes it so). */
const WINDOWS_FORMATS: ReadonlySet<string> = /* @__PURE__ */ new Set(['defender-mppreference-json', 'defender-reg', 'defender-intune']);

function text(input: string | Uint8Array, format: CurrentFormat): string {
  if (typeof input === 'string') return input;
  // Windows text: UTF-16 LE or UTF-8, with or without a byte-order mark. Other files: UTF-8, a byte-order mark kept
  // for the parser to judge (clamd reads it as part of the first option name).
  return WINDOWS_FORMATS.has(format) ? decodeRegFile(input) : new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
}

/**
 * Reads what a machine excludes today, in one of the {@link CURRENT_FORMATS}: `Get-MpPreference` JSON, a `reg export`
 * of Defender's exclusion keys, Intune's Policy CSP lists, `mdatp_managed.json`, or a `clamd.conf`. Bytes are decoded
 * first (Windows formats: UTF-16 LE with a byte-order mark, or UTF-8; the others: UTF-8).
 *
 * @param input - the file's text or bytes
 * @param format - its format
 * @returns the entries, the unreadable lists and the parser's notes
 * @throws AvExclusionsError `INVALID_OPTION` (an unknown format, with the valid ones), `INVALID_CURRENT` (bad input,
 *   with the line or JSON path)
 * @example
 * ```ts
 * import { parseCurrentExclusions } from 'av-exclusions';
 * console.log(parseCurrentExclusions('{"ExclusionPath":"C:\\\\Temp"}', 'defender-mppreference-json').entries[0]?.text); // 'C:\\Temp'
 * ```
 */
export function parseCurrentExclusions(input: string | Uint8Array, format: CurrentFormat): CurrentExclusions {
  if (typeof format !== 'string' || !CURRENT_FORMATS.includes(format)) {
    throw unknownChoice('INVALID_OPTION', 'current format', format, CURRENT_FORMATS);
  }
  if (format === 'defender-reg') return parseDefenderReg(input);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new AvExclusionsError('INVALID_CURRENT', `${format}: input: expected text or bytes, got ${describeValue(input)}`, {
      value: input,
    });
  }
  const body = text(input, format);
  switch (format) {
    case 'defender-mppreference-json':
      return parseDefenderMpPreferenceJson(body);
    case 'defender-intune':
      return parseDefenderIntune(body);
    case 'mdatp-json':
      return parseMdatpJson(body);
    default:
      return parseClamavClamd(body);
  }
}

/**
 * The `defender-reg` input: a `reg export` (REGEDIT5 `.reg` file) of Defender's exclusion keys.
 *
 * @module
 */
import type { CurrentExclusions, EntryKind, EntrySource } from '../types.js';
import { checkInput, defenderEntry, invalidCurrent, pushEntry } from './common.js';

const FORMAT = 'defender-reg';

const LISTS: Readonly<Record<string, EntryKind>> = { paths: 'path', processes: 'process', extensions: 'extension' };

/** `HKEY_LOCAL_MACHINE\SOFTWARE\[Policies\]Microsoft\Windows Defender\Exclusions[\List]`, any case, `HKLM` allowed. */
const KEY = /^(?:HKEY_LOCAL_MACHINE|HKLM)\\SOFTWARE\\(Policies\\)?Microsoft\\Windows Defender\\Exclusions(?:\\([^\\]+))?$/i;

/**
 * Decodes a `.reg` file's bytes: UTF-16 LE with its byte-order mark (what `reg export` and regedit write), UTF-8 with or
 * without one.
 *
 * @param bytes - the file's bytes
 * @returns the text
 * @example
 * ```ts
 * decodeRegFile(Uint8Array.of(0xff, 0xfe, 0x41, 0x00)); // 'A'
 * ```
 */
export function decodeRegFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes.subarray(3));
  return new TextDecoder().decode(bytes);
}

/** Reads a quoted `.reg` string starting at `at` (the opening `"`): `\\` and `\"` unescaped. Returns the text and the index after the closing quote. */
function quoted(line: string, at: number): [string, number] | null {
  let out = '';
  for (let i = at + 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      out += line[++i];
      continue;
    }
    if (c === '"') return [out, i + 1];
    out += c;
  }
  return null;
}

/**
 * Reads the exclusion lists from a `.reg` export of the local key (`HKLM\SOFTWARE\Microsoft\Windows Defender\Exclusions`,
 * origin `local`) and/or the policy key (`HKLM\SOFTWARE\Policies\Microsoft\Windows Defender\Exclusions`, origin
 * `policy`, where Group Policy writes): under `Paths`, `Processes` and `Extensions` each value name is an entry (its
 * data, `dword:00000000` or `"0"`, is not used). `DisableAutoExclusions` in either `Exclusions` key is read. Other keys
 * are skipped. Text or bytes: bytes are decoded with {@link decodeRegFile}. Our own `defender-gpo` output reads back.
 *
 * @param input - the file's text, or its bytes
 * @returns the entries (location: `line N`)
 * @throws AvExclusionsError `INVALID_CURRENT` with the line (no `Windows Registry Editor Version 5.00` or `REGEDIT4`
 *   header, an unclosed key or value name, a removal `"x"=-` under an exclusion list: that is a script, not an export)
 * @example
 * ```ts
 * const reg = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Paths]\r\n"C:\\\\Data"=dword:00000000\r\n';
 * parseDefenderReg(reg).entries[0]; // { kind: 'path', text: 'C:\\Data', origin: { source: 'local', location: 'line 4' } }
 * ```
 */
export function parseDefenderReg(input: string | Uint8Array): CurrentExclusions {
  const text = checkInput(FORMAT, input instanceof Uint8Array ? decodeRegFile(input) : input).replace(/^\uFEFF/, '');
  const result: CurrentExclusions = { format: FORMAT, scanner: 'defender', entries: [], unreadable: [], warnings: [] };
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !/^(Windows Registry Editor Version 5\.00|REGEDIT4)$/.test(lines[first]!.trim()))
    throw invalidCurrent(FORMAT, `line ${first + 1}`, 'not a .reg file: expected "Windows Registry Editor Version 5.00"');
  let section: { source: EntrySource; list?: EntryKind; parent: boolean } | null = null;
  for (let i = first + 1; i < lines.length; i++) {
    const location = `line ${i + 1}`;
    let line = lines[i]!.trim();
    if (line === '' || line.startsWith(';')) continue;
    if (line.startsWith('[')) {
      if (!line.endsWith(']')) throw invalidCurrent(FORMAT, location, 'a key without its closing ]');
      const name = line.slice(1, -1);
      if (name.startsWith('-')) {
        if (KEY.test(name.slice(1)))
          result.warnings.push(`${location}: deletes the key ${name.slice(1)}: a script, not an export; ignored`);
        section = null;
        continue;
      }
      const key = KEY.exec(name);
      if (!key) {
        section = null;
        continue;
      }
      const source: EntrySource = key[1] ? 'policy' : 'local';
      if (key[2] === undefined) section = { source, parent: true };
      else {
        const list = LISTS[key[2].toLowerCase()];
        section = list ? { source, list, parent: false } : null;
      }
      continue;
    }
    // Continuation lines of hex data end with "\"; join them so that a value never spills into the next one.
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.trim();
    if (!section) continue;
    if (!line.startsWith('"')) continue; // @= (default value): not an entry
    const name = quoted(line, 0);
    if (!name) throw invalidCurrent(FORMAT, location, 'a value name without its closing "');
    const [valueName, after] = name;
    const data = line.slice(after).replace(/^\s*=\s*/, '');
    if (section.parent) {
      if (valueName.toLowerCase() === 'disableautoexclusions') {
        const dword = /^dword:([0-9a-f]{8})$/i.exec(data);
        if (dword) result.disableAutoExclusions = Number.parseInt(dword[1]!, 16) !== 0;
        else result.warnings.push(`${location}: DisableAutoExclusions is not a dword (${data}); ignored`);
      }
      continue;
    }
    if (data === '-') throw invalidCurrent(FORMAT, location, `removes "${valueName}": a script, not an export`);
    if (valueName === '') {
      result.warnings.push(`${location}: an empty value name, ignored`);
      continue;
    }
    pushEntry(result, defenderEntry(section.list!, valueName, { source: section.source, location }));
  }
  return result;
}

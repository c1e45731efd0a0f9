/**
 * The `defender-intune` input: the Policy CSP exclusion settings (`ExcludedPaths`, `ExcludedExtensions`,
 * `ExcludedProcesses`) as an admin copies them out of Intune: `|`-separated values (the CSP's format) or one entry per
 * line (the Intune page's wording for paths and processes).
 *
 * @module
 */
import type { CurrentExclusions, EntryKind } from '../types.js';
import { checkInput, defenderEntry, invalidCurrent, pushEntry } from './common.js';

const FORMAT = 'defender-intune';

const SETTINGS: Readonly<Record<string, EntryKind>> = {
  excludedpaths: 'path',
  excludedprocesses: 'process',
  excludedextensions: 'extension',
};

const HEADER = /^(?:OMA-URI\s*:\s*\S*\/)?(Excluded(?:Paths|Processes|Extensions))\s*(?:[:=]\s*(.*))?$/i;

/** Options for {@link parseDefenderIntune}. */
export interface DefenderIntuneOptions {
  /** The list a text without setting names holds. */
  list?: EntryKind;
}

/**
 * Reads Intune exclusion settings. Each setting starts with its name (`ExcludedPaths`, optionally as the OMA-URI
 * `./Device/Vendor/MSFT/Policy/Config/Defender/ExcludedPaths`, optionally followed by `:` or `=` and values); the values
 * follow, `|`-separated, one per line, or both, and a `Value:` line (the form the `defender-intune` renderer writes)
 * holds values too. `Data type:` lines, blank lines and `#` comments are skipped. Text without setting names is read as
 * the list given in `options.list`. Entries have origin `mdm`.
 *
 * @param input - the text
 * @param options - `list` for a bare list
 * @returns the entries (location: `line N`)
 * @throws AvExclusionsError `INVALID_CURRENT` with the line when values come before any setting name and no `list`
 *   was given
 * @example
 * ```ts
 * parseDefenderIntune('ExcludedExtensions: lib|obj\nExcludedPaths:\nC:\\Example\nC:\\Example1').entries.map((e) => e.text);
 * // [ 'lib', 'obj', 'C:\\Example', 'C:\\Example1' ]
 * ```
 */
export function parseDefenderIntune(input: string, options: DefenderIntuneOptions = {}): CurrentExclusions {
  const text = checkInput(FORMAT, input);
  const result: CurrentExclusions = { format: FORMAT, scanner: 'defender', entries: [], unreadable: [], warnings: [] };
  let list: EntryKind | undefined = options.list;
  const add = (values: string, location: string) => {
    if (!list)
      throw invalidCurrent(
        FORMAT,
        location,
        'values before any setting name: start with ExcludedPaths, ExcludedProcesses or ExcludedExtensions',
      );
    for (const value of values.split('|')) {
      const v = value.trim();
      if (v !== '') pushEntry(result, defenderEntry(list, v, { source: 'mdm', location }));
    }
  };
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      const location = `line ${i + 1}`;
      if (line === '' || line.startsWith('#') || /^data type\s*:/i.test(line)) return;
      const header = HEADER.exec(line);
      if (header) {
        list = SETTINGS[header[1]!.toLowerCase()];
        if (header[2]) add(header[2], location);
        return;
      }
      const value = /^value\s*:\s*(.*)$/i.exec(line);
      add(value ? value[1]! : line, location);
    });
  return result;
}

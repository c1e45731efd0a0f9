/**
 * The `mdatp-json` input: Defender for Endpoint's managed configuration, `mdatp_managed.json` (Linux), or the same
 * settings exported from a macOS profile as JSON.
 *
 * @module
 */
import type { CurrentEntry, CurrentExclusions, EntryKind } from '../types.js';
import { checkInput, invalidCurrent, isObject, jsonKind, jsonStep, parseJson, pushEntry } from './common.js';

const FORMAT = 'mdatp-json';

const TYPES: Readonly<Record<string, { kind: EntryKind; field: string }>> = {
  excludedPath: { kind: 'path', field: 'path' },
  excludedFileExtension: { kind: 'extension', field: 'extension' },
  excludedFileName: { kind: 'process', field: 'name' },
};

/**
 * Reads the exclusions of `mdatp_managed.json`: `exclusionSettings.exclusions` (each with its `scopes`; none given
 * means global, as Microsoft's page says) and the legacy `antivirusEngine.exclusions` (no scopes: antivirus only,
 * `epp`). Each item's `$type` says what it is: `excludedPath` (`path`, `isDirectory`, default false),
 * `excludedFileExtension` (`extension`, with or without the dot) or `excludedFileName` (a process, `name`: a file name
 * or full path). Origin `policy`. Items of another `$type` are skipped with a warning; the merge policies are noted.
 *
 * @param input - the JSON text
 * @returns the entries (location: the JSON path)
 * @throws AvExclusionsError `INVALID_CURRENT` with the JSON path (not JSON, a list that is not an array, an item without
 *   its text field, scopes that are not an array of text)
 * @example
 * ```ts
 * const r = parseMdatpJson('{"exclusionSettings":{"exclusions":[{"$type":"excludedPath","isDirectory":true,"path":"/opt/x","scopes":["epp"]}]}}');
 * r.entries[0]; // { kind: 'path', text: '/opt/x', isDirectory: true, restriction: { scopes: ['epp'] }, origin: { … } }
 * ```
 */
export function parseMdatpJson(input: string): CurrentExclusions {
  const root = parseJson(FORMAT, checkInput(FORMAT, input));
  if (!isObject(root)) throw invalidCurrent(FORMAT, '$', `expected an object, found ${jsonKind(root)}`);
  const result: CurrentExclusions = { format: FORMAT, scanner: 'mdatp', entries: [], unreadable: [], warnings: [] };
  const lists: [section: string, legacy: boolean][] = [
    ['exclusionSettings', false],
    ['antivirusEngine', true],
  ];
  for (const [section, legacy] of lists) {
    const holder = root[section];
    if (holder === undefined || holder === null) continue;
    const base = `$${jsonStep(section)}`;
    if (!isObject(holder)) throw invalidCurrent(FORMAT, base, `expected an object, found ${jsonKind(holder)}`);
    const merge = legacy ? holder.exclusionsMergePolicy : holder.mergePolicy;
    if (typeof merge === 'string') result.warnings.push(`${base}: merge policy "${merge}"`);
    const list = holder.exclusions;
    if (list === undefined || list === null) continue;
    const path = `${base}.exclusions`;
    if (!Array.isArray(list)) throw invalidCurrent(FORMAT, path, `expected an array, found ${jsonKind(list)}`);
    list.forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (!isObject(item)) throw invalidCurrent(FORMAT, at, `expected an object, found ${jsonKind(item)}`);
      const type = item.$type;
      const spec = typeof type === 'string' ? TYPES[type] : undefined;
      if (!spec) {
        result.warnings.push(`${at}: $type ${JSON.stringify(type)} is not an exclusion type this audit reads; skipped`);
        return;
      }
      const text = item[spec.field];
      if (typeof text !== 'string' || text === '')
        throw invalidCurrent(FORMAT, `${at}.${spec.field}`, `${type} needs "${spec.field}" as non-empty text, found ${jsonKind(text)}`);
      const entry: CurrentEntry = { kind: spec.kind, text, origin: { source: 'policy', location: `${at}.${spec.field}` } };
      if (spec.kind === 'path') {
        const dir = item.isDirectory;
        if (dir !== undefined && typeof dir !== 'boolean')
          throw invalidCurrent(FORMAT, `${at}.isDirectory`, `expected true or false, found ${jsonKind(dir)}`);
        entry.isDirectory = dir === true;
      }
      const scopes = item.scopes;
      if (legacy) entry.restriction = { scopes: ['epp'] };
      else if (scopes !== undefined) {
        if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string'))
          throw invalidCurrent(FORMAT, `${at}.scopes`, 'expected an array of scope names');
        entry.restriction = { scopes: [...(scopes as string[])] };
      }
      pushEntry(result, entry);
    });
  }
  return result;
}

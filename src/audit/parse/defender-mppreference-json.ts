/**
 * The `defender-mppreference-json` input: `Get-MpPreference | ConvertTo-Json` (or the collector's forced-array form).
 *
 * @module
 */
import type { CurrentExclusions, EntryKind } from '../types.js';
import { checkInput, defenderEntry, invalidCurrent, isObject, jsonKind, jsonStep, parseJson, pushEntry } from './common.js';

const FORMAT = 'defender-mppreference-json';

/** The `Get-MpPreference` lists read, and their kinds. */
export const MPPREFERENCE_LISTS: readonly { property: string; kind: EntryKind }[] = [
  { property: 'ExclusionPath', kind: 'path' },
  { property: 'ExclusionProcess', kind: 'process' },
  { property: 'ExclusionExtension', kind: 'extension' },
];

/**
 * Whether a value is one of Defender's placeholders for a list it will not show: `N/A: Must be an administrator to
 * view exclusions` (an unelevated session) or `N/A: Administrators are not allowed to view exclusions`
 * (`HideExclusionsFromLocalAdmins`). Any text starting with `N/A:` counts, in any case.
 *
 * @param value - a list item
 * @returns whether it is a placeholder
 */
export function isHiddenPlaceholder(value: string): boolean {
  // Most items do not hold `n/a:` at all: the regular expression runs only on those that do.
  return (value.includes('/a:') || value.includes('/A:')) && /^\s*n\/a:/i.test(value);
}

/** A property looked up without regard to case (PowerShell names are case-insensitive). */
function property(object: Record<string, unknown>, name: string): [key: string, value: unknown] | undefined {
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : [key, object[key]];
}

/**
 * Reads `Get-MpPreference` as JSON: the `ExclusionPath`, `ExclusionProcess` and `ExclusionExtension` lists in every
 * shape `ConvertTo-Json` writes them — an array, a bare string (one item, unrolled by the pipeline), `null` or absent
 * (no items), and Windows PowerShell 5.1's `{"value": […], "Count": n}` — and `DisableAutoExclusions`. A list holding
 * an `N/A: …` placeholder is **unreadable** (its items are unknown), never empty. The lists are the merged, effective
 * ones (origin `effective`): Get-MpPreference does not say who set each entry.
 *
 * @param input - the JSON text
 * @returns the entries (location: the JSON path), unreadable lists, `disableAutoExclusions`
 * @throws AvExclusionsError `INVALID_CURRENT` with the JSON path (not JSON, not an object, an item that is not text)
 * @example
 * ```ts
 * const r = parseDefenderMpPreferenceJson('{"ExclusionPath":"C:\\\\Data","ExclusionProcess":["N/A: Must be an administrator to view exclusions"]}');
 * r.entries[0]?.text; // 'C:\\Data'
 * r.unreadable[0]?.kind; // 'process'
 * ```
 */
export function parseDefenderMpPreferenceJson(input: string): CurrentExclusions {
  let root = parseJson(FORMAT, checkInput(FORMAT, input));
  let base = '$';
  if (Array.isArray(root) && root.length === 1) {
    root = root[0];
    base = '$[0]';
  }
  if (!isObject(root)) throw invalidCurrent(FORMAT, base, `expected the object Get-MpPreference returns, found ${jsonKind(root)}`);
  const result: CurrentExclusions = { format: FORMAT, scanner: 'defender', entries: [], unreadable: [], warnings: [] };
  for (const { property: name, kind } of MPPREFERENCE_LISTS) {
    const found = property(root, name);
    if (!found) continue;
    const [key, raw] = found;
    let path = `${base}${jsonStep(key)}`;
    let value = raw;
    if (isObject(value) && property(value, 'value')) {
      const [inner, list] = property(value, 'value')!;
      path += jsonStep(inner);
      value = list;
    }
    if (value === null || value === undefined) continue;
    const list: unknown[] = Array.isArray(value) ? value : [value];
    // Each item's location is the list's path and its index: the common start is made once.
    const start = `${path}[`;
    const at = (i: number) => (Array.isArray(value) ? `${start}${i}]` : path);
    const placeholder = list.findIndex((v) => typeof v === 'string' && isHiddenPlaceholder(v));
    if (placeholder >= 0) {
      result.unreadable.push({ kind, origin: { source: 'effective', location: at(placeholder) }, text: list[placeholder] as string });
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item !== 'string') throw invalidCurrent(FORMAT, at(i), `expected text, found ${jsonKind(item)}`);
      if (item.trim() === '') {
        result.warnings.push(`${at(i)}: an empty item, ignored`);
        continue;
      }
      pushEntry(result, defenderEntry(kind, item, { source: 'effective', location: at(i) }));
    }
  }
  const auto = property(root, 'DisableAutoExclusions');
  if (auto) {
    const [key, value] = auto;
    if (typeof value === 'boolean') result.disableAutoExclusions = value;
    else if (value === 0 || value === 1) result.disableAutoExclusions = value === 1;
    else if (value !== null) result.warnings.push(`${base}${jsonStep(key)}: expected true or false, found ${jsonKind(value)}; ignored`);
  }
  return result;
}

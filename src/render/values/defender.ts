/**
 * The values the Defender targets (`defender-powershell`, `defender-gpo`, `defender-intune`) write: which list an
 * item goes to, and the checked, root-aware string.
 *
 * @module
 */
import { AvExclusionsError } from '../../errors.js';
import type { RuleKind } from '../../types/pack.js';
import type { ExclusionItem } from '../../types/resolution.js';
import type { RenderTarget } from '../types.js';
import { assertRenderable } from './check.js';

/**
 * Which Defender list an item goes to, by kind.
 *
 * @param kind - the item's kind
 * @returns `ExclusionProcess` for processes, `ExclusionExtension` for extensions, `ExclusionPath` for the rest
 */
export function defenderList(kind: RuleKind): 'ExclusionPath' | 'ExclusionProcess' | 'ExclusionExtension' {
  return kind === 'process' ? 'ExclusionProcess' : kind === 'extension' ? 'ExclusionExtension' : 'ExclusionPath';
}

/** What the Defender script targets put in `data`: the exact strings passed to each Defender list, in output order. */
export interface DefenderExclusionLists {
  /** Values for `ExclusionPath`: directories, files, patterns, volumes. */
  paths: string[];
  /** Values for `ExclusionProcess`. */
  processes: string[];
  /** Values for `ExclusionExtension`. */
  extensions: string[];
}

/**
 * Groups the rendered values of a Defender target by list, keeping their order: the `data` of `defender-powershell`
 * and `defender-gpo`, so an installer can pass the same strings through its own runner.
 *
 * @param entries - each rendered value with its list (see {@link defenderList})
 * @returns the values by list
 * @example
 * ```ts
 * console.log(defenderLists([{ list: 'ExclusionPath', value: 'C:\\Data' }, { list: 'ExclusionProcess', value: 'app.exe' }]));
 * // { paths: [ 'C:\\Data' ], processes: [ 'app.exe' ], extensions: [] }
 * ```
 */
export function defenderLists(entries: readonly { list: ReturnType<typeof defenderList>; value: string }[]): DefenderExclusionLists {
  const pick = (list: ReturnType<typeof defenderList>) => entries.filter((e) => e.list === list).map((e) => e.value);
  return { paths: pick('ExclusionPath'), processes: pick('ExclusionProcess'), extensions: pick('ExclusionExtension') };
}

/** What stays a root when its trailing backslash is taken away: `C:`, `%SystemDrive%`, `\\?\C:`, `\\?\Volume{…}`. */
const ROOT_WITHOUT_BACKSLASH = /^(?:[A-Za-z]:|%SystemDrive%|\\\\\?\\[A-Za-z]:|\\\\\?\\Volume\{[^}]*\})$/i;

/**
 * The string every Defender target writes for an item. The value is checked first (no control characters, no
 * `{NAME}` placeholder, only the machine `%VARIABLES%` Defender expands, not empty). A directory is written without
 * trailing backslashes (`C:\Data\` becomes `C:\Data`; Defender treats both the same, and the bare form is the one to
 * remove later), except where the backslash is the root (`C:\`, `%SystemDrive%\`, `\\?\Volume{…}\`): `C:` alone would
 * mean "the current folder of drive C". Volumes (`E:\`) and every other kind stay exactly as given.
 *
 * @param item - an exclusion of a Windows resolution
 * @param target - the Defender target, for messages
 * @returns the value to write
 * @throws AvExclusionsError `UNSAFE_VALUE`
 * @example
 * ```ts
 * const item = { kind: 'directory', value: 'C:\\Data\\' } as const;
 * console.log(defenderValue(item, 'defender-gpo')); // 'C:\\Data'
 * console.log(defenderValue({ ...item, value: 'C:\\' }, 'defender-gpo')); // 'C:\\'
 * ```
 */
export function defenderValue(item: Pick<ExclusionItem, 'kind' | 'value'>, target: RenderTarget): string {
  const value = item.value;
  assertRenderable(value, 'windows', target);
  if (value.trim() === '') {
    throw new AvExclusionsError('UNSAFE_VALUE', `an empty ${item.kind} value cannot be a Defender exclusion (target "${target}")`, {
      value,
    });
  }
  if (item.kind !== 'directory' || !value.endsWith('\\')) return value;
  const bare = value.replace(/\\+$/, '');
  if (bare === '') return value;
  return ROOT_WITHOUT_BACKSLASH.test(bare) ? `${bare}\\` : bare;
}

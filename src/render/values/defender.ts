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

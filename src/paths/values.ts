/**
 * What makes a value valid: one module answering "what is wrong with this value, for this kind on this platform?",
 * as a list of problems, for each purpose: a pack's value ({@link packValueProblems}), a caller's variable value
 * ({@link variableValueProblems}) and a value about to be written into a scanner format ({@link targetValueProblems}).
 * `checkPacks` reports the problems; the query reader and the renderers throw them as `AvExclusionsError`. One
 * function per purpose, so a bundle carries only the rules it uses.
 *
 * @module
 */
import type { Platform, RuleKind, VariableType } from '../types/pack.js';
import { isAbsolutePath, normalizePath } from './normalize.js';
import { PLACEHOLDER } from './template.js';
import { MACHINE_VARIABLES, USER_VARIABLES, windowsVariablesIn } from './windows-variables.js';

/** Characters no value may hold: C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The same characters, every occurrence (for replacing them). */
export const CONTROL_CHARACTERS_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Kinds whose value is a path (as opposed to a process name or an extension). */
export const PATH_KINDS: ReadonlySet<RuleKind> = new Set(['directory', 'file', 'glob', 'volume']);

/** A problem with a value, and the choices that would be valid where there are some. */
export interface ValueProblem {
  /** What is wrong, phrased to follow the value (`contains a control character`). */
  message: string;
  /** Valid choices (the machine variables Defender expands, for an unknown variable). */
  choices?: readonly string[];
}

/**
 * The problems of the `%NAME%` variables in a Windows value: user-profile variables (Defender runs as SYSTEM, so they
 * never point at a real user's folder) and variables Defender does not expand.
 *
 * @param value - a Windows value
 * @param describe - how the value is named in messages (`"C:\x"`, `uses`)
 * @returns the problems, in order of appearance
 * @example
 * ```ts
 * windowsVariableProblems('%TEMP%\\x', 'uses').map((p) => p.message);
 * // [ 'uses the user-profile variable %TEMP%, which Defender never expands to a real user\'s folder' ]
 * ```
 */
export function windowsVariableProblems(value: string, describe: string): ValueProblem[] {
  if (!value.includes('%')) return [];
  const problems: ValueProblem[] = [];
  for (const name of windowsVariablesIn(value)) {
    if (USER_VARIABLES.includes(name)) {
      problems.push({ message: `${describe} the user-profile variable %${name}%, which Defender never expands to a real user's folder` });
    } else if (!(name in MACHINE_VARIABLES)) {
      problems.push({
        message: `${describe} %${name}%, which is not a machine variable Defender expands`,
        choices: Object.keys(MACHINE_VARIABLES),
      });
    }
  }
  return problems;
}

/** Cheap test before the regex-based normalisation: could this value differ from its normal form? */
function mayNeedNormalizing(value: string, windows: boolean): boolean {
  return windows ? value.includes('/') || value.includes('\\\\') || /^[A-Za-z]:$/.test(value) : value.includes('//');
}

/**
 * Everything wrong with a pack's value (a rule's value with variables replaced by defaults or stand-ins, or a path
 * variable's default): only machine `%VARIABLES%` on Windows, no Windows syntax elsewhere, extensions as `.ext`,
 * processes as image names or absolute paths, other kinds absolute and in normal form, no trailing separator.
 *
 * @param value - the value
 * @param kind - the rule's kind (`directory` for a path variable's default)
 * @param platform - the rule's platform
 * @returns the problems (empty when the value is sound)
 * @example
 * ```ts
 * packValueProblems('C:\\Data\\', 'directory', 'windows'); // [ '"C:\\Data\\" ends with a separator' ]
 * ```
 */
export function packValueProblems(value: string, kind: RuleKind, platform: Platform): string[] {
  const problems: string[] = [];
  const windows = platform === 'windows';
  if (windows) {
    for (const problem of windowsVariableProblems(value, 'uses')) problems.push(problem.message);
  } else if (value.includes('\\') || (value.includes('%') && /%[^%]+%/.test(value))) {
    problems.push(`"${value}" looks like a Windows value but the rule is for ${platform}`);
  }
  if (kind === 'extension') {
    if (!/^\.[a-z0-9]+$/.test(value)) problems.push(`extension "${value}" must look like ".ext" (lower case)`);
    return problems;
  }
  if (kind === 'process') {
    const bareName = windows ? !/[\\/]/.test(value) : !value.includes('/');
    if (!bareName && !isAbsolutePath(value, platform))
      problems.push(`process "${value}" must be an image name or an absolute ${platform} path`);
    return problems;
  }
  if (!isAbsolutePath(value, platform)) problems.push(`"${value}" is not an absolute ${platform} path`);
  else if (mayNeedNormalizing(value, windows) && normalizePath(value, platform) !== value && !/[\\/]$/.test(value)) {
    problems.push(`"${value}" is not in normal form (expected "${normalizePath(value, platform)}")`);
  }
  if (windows && value.includes('/')) problems.push(`"${value}" uses "/" in a Windows path`);
  if (value.length > 1 && /[\\/]$/.test(value) && !/^[A-Za-z]:\\$/.test(value)) problems.push(`"${value}" ends with a separator`);
  return problems;
}

/**
 * Everything wrong with a caller's variable value: control characters, surrounding spaces, a `{NAME}` placeholder; a
 * name with path characters; a path that is not absolute for its platform, or holds Windows' forbidden characters.
 *
 * @param value - the value
 * @param type - the variable's type
 * @param platform - the query's platform
 * @returns the problems, the most basic first (empty when the value is sound)
 * @example
 * ```ts
 * variableValueProblems('opt/kerio', 'path', 'linux'); // [ 'expected an absolute linux path' ]
 * ```
 */
export function variableValueProblems(value: string, type: VariableType, platform: Platform): string[] {
  if (CONTROL_CHARACTERS.test(value)) return ['control characters are not allowed'];
  if (value.trim() !== value || value === '') return ['empty or surrounded by spaces'];
  if (PLACEHOLDER.test(value)) return ['a value cannot contain a {VARIABLE} placeholder'];
  if (type === 'name') return /[\\/:*?"<>|%]/.test(value) ? ['expected a plain name, without path characters'] : [];
  if (!isAbsolutePath(value, platform)) return [`expected an absolute ${platform} path`];
  if (platform === 'windows' && /[*?"<>|]/.test(value.replace(/^\\\\\?\\/, ''))) return ['a Windows path cannot contain * ? " < > |'];
  return [];
}

/**
 * Everything wrong with a value about to be written into a scanner format: control characters, a `{NAME}` placeholder
 * left, and on Windows variables Defender does not expand for a real user (user-profile or unknown ones).
 *
 * @param value - the value
 * @param platform - the resolution's platform
 * @returns the problems (empty when the value is sound)
 * @example
 * ```ts
 * targetValueProblems('%APPDATA%\\x', 'windows')[0]?.message;
 * // "uses the user-profile variable %APPDATA%, which Defender never expands to a real user's folder"
 * ```
 */
export function targetValueProblems(value: string, platform: Platform): ValueProblem[] {
  if (CONTROL_CHARACTERS.test(value)) return [{ message: 'contains a control character' }];
  if (PLACEHOLDER.test(value)) return [{ message: 'still holds a {VARIABLE} placeholder; resolve it with a value first' }];
  if (platform !== 'windows') return [];
  return windowsVariableProblems(value, 'uses');
}

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
import { neverExcludeMatch } from './never-exclude.js';
import { isAbsolutePath, normalizePath } from './normalize.js';
import { PLACEHOLDER } from './template.js';
import { MACHINE_VARIABLES, USER_VARIABLES, windowsVariablesIn } from './windows-variables.js';

/** Characters no value may hold: C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Characters that disguise what a value says, refused in every value: the bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069), the zero-width characters (U+200B–U+200D, U+FEFF) and UTF-16 surrogates without their partner.
 * They make a script, a review table or a terminal show another path than the one excluded.
 */
export const DISGUISING_CHARACTERS =
  /[\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The same characters, every occurrence (for replacing them). */
export const CONTROL_CHARACTERS_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** The longest value accepted (Linux's PATH_MAX; Windows' long paths are longer, but no exclusion needs more). */
export const MAX_VALUE_LENGTH = 4096;

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
/**
 * What is wrong with the characters of a value, if anything: control characters, then disguising ones
 * ({@link DISGUISING_CHARACTERS}).
 *
 * @param value - any value
 * @returns the problem, or undefined
 * @example
 * ```ts
 * characterProblem('C:\\Data\u202e'); // 'contains a bidirectional control, zero-width character or lone surrogate'
 * ```
 */
export function characterProblem(value: string): string | undefined {
  if (CONTROL_CHARACTERS.test(value)) return 'contains a control character';
  if (DISGUISING_CHARACTERS.test(value)) return 'contains a bidirectional control, zero-width character or lone surrogate';
  return undefined;
}

/** A `.` or `..` element in a Windows path (after a `\\?\` or `\\.\` prefix). */
const WINDOWS_DOT_SEGMENT = /(?:^|[\\/])\.\.?(?:[\\/]|$)/;

/**
 * Whether a path holds a `.` or `..` element, which hides what it names (`C:\Windows\..` is the drive root).
 *
 * @param value - a path
 * @param platform - its platform
 * @returns whether it has such an element
 * @example
 * ```ts
 * hasDotSegment('C:\\Windows\\..', 'windows'); // true
 * ```
 */
export function hasDotSegment(value: string, platform: Platform): boolean {
  if (platform === 'windows') return WINDOWS_DOT_SEGMENT.test(value.replace(/^\\\\[?.]\\/, ''));
  return /(?:^|\/)\.\.?(?:\/|$)/.test(value);
}

/** Why a path must not be excluded, with the page that says so. */
export interface UnsafePath {
  /** What is wrong, phrased to follow the value: `would exclude …: <reason>`. */
  message: string;
  /** The source: title, section and address. */
  source: string;
}

/**
 * Whether a path would disarm the scanner: a filesystem root, a whole system drive, a device namespace or a folder on
 * the never-exclude list (`data/never-exclude.json`). A volume rule may name a data drive (`E:\`, `/srv/store`),
 * never the system drive or `/`.
 *
 * @param value - the path (normalised or not)
 * @param kind - the kind it is used as (only path kinds are checked)
 * @param platform - its platform
 * @returns the reason and its source, or undefined when the path is not on the list
 * @example
 * ```ts
 * unsafePathProblem('/', 'directory', 'linux')?.message; // 'would exclude the filesystem root: …'
 * unsafePathProblem('E:\\', 'volume', 'windows'); // undefined
 * ```
 */
export function unsafePathProblem(value: string, kind: RuleKind, platform: Platform): UnsafePath | undefined {
  // Only path kinds can match: neverExcludeMatch passes processes and extensions over.
  const entry = neverExcludeMatch(value, kind, platform);
  if (!entry) return undefined;
  const { source } = entry;
  return {
    message: `would exclude ${entry.reason}`,
    source: `${source.title}, "${source.section}" (${source.docVersion}, ${source.url})`,
  };
}

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
 * @param excluded - whether the value is itself excluded (a rule's value), rather than a part of what rules exclude
 *   (a variable's default such as a drive, which rules extend with folders): only then do roots and never-exclude
 *   folders count against it
 * @returns the problems (empty when the value is sound)
 * @example
 * ```ts
 * packValueProblems('C:\\Data\\', 'directory', 'windows'); // [ '"C:\\Data\\" ends with a separator' ]
 * ```
 */
export function packValueProblems(value: string, kind: RuleKind, platform: Platform, excluded = true): string[] {
  const problems: string[] = [];
  const windows = platform === 'windows';
  const characters = characterProblem(value);
  if (characters) problems.push(`"${value}" ${characters}`);
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
  if (hasDotSegment(value, platform)) problems.push(`"${value}" has a "." or ".." element, which hides what it names`);
  const unsafe = excluded ? unsafePathProblem(value, kind, platform) : undefined;
  if (unsafe) problems.push(`"${value}" ${unsafe.message} (${unsafe.source})`);
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
  if (DISGUISING_CHARACTERS.test(value)) return ['bidirectional controls, zero-width characters and lone surrogates are not allowed'];
  if (value.length > MAX_VALUE_LENGTH) return [`longer than ${MAX_VALUE_LENGTH} characters`];
  if (value.trim() !== value || value === '') return ['empty or surrounded by spaces'];
  if (PLACEHOLDER.test(value)) return ['a value cannot contain a {VARIABLE} placeholder'];
  if (type === 'name') return /[\\/:*?"<>|%]/.test(value) ? ['expected a plain name, without path characters'] : [];
  if (!isAbsolutePath(value, platform)) return [`expected an absolute ${platform} path`];
  if (platform === 'windows' && /[*?"<>|]/.test(value.replace(/^\\\\\?\\/, ''))) return ['a Windows path cannot contain * ? " < > |'];
  if (platform !== 'windows' && /[*?]/.test(value)) return ['a path cannot contain * or ? (Defender for Endpoint reads them as wildcards)'];
  if (hasDotSegment(value, platform)) return ['a path cannot hold a "." or ".." element; give the real path'];
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
  const characters = characterProblem(value);
  if (characters) return [{ message: characters }];
  if (PLACEHOLDER.test(value)) return [{ message: 'still holds a {VARIABLE} placeholder; resolve it with a value first' }];
  if (platform !== 'windows') return [];
  return windowsVariableProblems(value, 'uses');
}

/**
 * The comparison form of the never-exclude paths: the key of a path as the list compares it, and each platform's
 * entries compiled into exact keys and patterns. The build compiles the list with {@link compileNeverExclude} into
 * `src/generated/never-exclude.ts`, so the resolver only computes a value's key ({@link pathKey}) and looks it up.
 *
 * @module
 */
import type { NeverExcludeEntry, NeverExcludeMatchers } from '../types/never-exclude.js';
import type { Platform } from '../types/pack.js';
import { normalizePath } from './normalize.js';
import { expandMachineVariables } from './windows-variables.js';

// Made once: a regular expression literal in a function is a new object at each call.
const STARTS_WITH_LETTER = /^[A-Za-z]/;
const ENDS_WITH_SEPARATOR_OR_STAR = /[\\*]$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The comparison form of a path: Windows values expanded, normalised, lower-cased, without a `\\?\` before a drive. */
export function pathKey(value: string, platform: Platform): string {
  if (platform !== 'windows')
    return normalizePath(value, platform)
      .replace(/(?<=.)\/\*$/, '')
      .replace(/^\/\*$/, '/');
  let path = normalizePath(value.includes('%') ? expandMachineVariables(value) : value, 'windows');
  path = path.replace(/^\\\\[?.]\\(?=[A-Za-z]:)/, '').replace(/\\\*$/, '\\');
  if (/^[A-Za-z]:$/.test(path)) path += '\\';
  if (path.length > 3 && path.endsWith('\\') && !/^\\\\\?\\volume\{/i.test(path)) path = path.slice(0, -1);
  return path.toLowerCase();
}

/**
 * {@link pathKey} of a plain Windows drive path below its root (no variable, forward slash, doubled or trailing
 * separator, trailing `*`): its lower case, without the general path's regular expressions; undefined for any other
 * value. For a caller that keys many values (the audit keys every entry it reads); the value rules need no fast path.
 *
 * @param value - a Windows value
 * @returns its key, or undefined when only {@link pathKey} can tell
 * @example
 * ```ts
 * plainDriveKey('C:\\Program Files\\SEPsesam'); // 'c:\\program files\\sepsesam'
 * plainDriveKey('%ProgramFiles%\\SEPsesam'); // undefined
 * ```
 */
export function plainDriveKey(value: string): string | undefined {
  return value.length > 3 &&
    value.charCodeAt(1) === 58 &&
    value.charCodeAt(2) === 92 &&
    STARTS_WITH_LETTER.test(value) &&
    !ENDS_WITH_SEPARATOR_OR_STAR.test(value) &&
    !value.includes('%') &&
    !value.includes('/') &&
    !value.includes('\\\\')
    ? value.toLowerCase()
    : undefined;
}

/** An entry's pattern: its key with each `<Name>` as one path element, anchored (a prefix entry only at its start). */
function patternOf(entry: NeverExcludeEntry, platform: Platform): { source: string; flags: string } {
  const key = entry.match === 'prefix' ? entry.value.toLowerCase() : pathKey(entry.value, platform);
  const source = key
    .split(/(<[^>]+>)/)
    .map((part) => (part.startsWith('<') ? (platform === 'windows' ? '[^\\\\]+' : '[^/]+') : escapeRegExp(part)))
    .join('');
  return { source: `^${source}${entry.match === 'prefix' ? '' : '$'}`, flags: entry.match === 'prefix' ? 'i' : '' };
}

/** The start every value an entry's pattern matches has in its compared form: most values are ruled out by it. */
function leadOf(entry: NeverExcludeEntry, platform: Platform): string {
  if (entry.match !== 'prefix') return pathKey(entry.value, platform).split('<')[0]!;
  const first = firstCharacter(entry.value, platform);
  return first === '<' ? '' : first;
}

/** A value's first character in its compared form, lower case (normalising turns only a `/` on Windows into `\`). */
export function firstCharacter(value: string, platform: Platform): string {
  const first = value.charAt(0);
  return platform === 'windows' && first === '/' ? '\\' : first.toLowerCase();
}

/**
 * One platform's never-exclude paths compiled for matching: each entry naming one exact path by its key (the first
 * entry of a key wins), the others (placeholders, prefixes) as patterns, each with its position in the platform's
 * list, so that the first entry that matches wins.
 *
 * @param paths - the never-exclude roots and folders, in the list's order
 * @param platform - the platform
 * @returns the exact keys and the patterns
 */
export function compileNeverExclude(paths: readonly NeverExcludeEntry[], platform: Platform): NeverExcludeMatchers {
  const exact: [string, number][] = [];
  const patterns: NeverExcludeMatchers['patterns'] = [];
  paths
    .filter((e) => e.platforms.includes(platform))
    .forEach((entry, at) => {
      // An exact entry's pattern is its key, escaped and anchored: a key lookup gives the same answer.
      if (entry.match !== 'prefix' && !entry.value.includes('<')) {
        const key = pathKey(entry.value, platform);
        if (!exact.some(([k]) => k === key)) exact.push([key, at]);
      } else patterns.push({ at, ...patternOf(entry, platform), lead: leadOf(entry, platform) });
    });
  return { exact, patterns };
}

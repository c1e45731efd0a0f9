/**
 * The never-exclude list (`data/never-exclude.json`, compiled at build time) and the one rule that says whether a
 * path would exclude a filesystem root, a whole drive or a folder on it. The value rules (`src/paths/values.ts`)
 * refuse such values; the audit reads the same list for its verdicts.
 *
 * @module
 */
import { NEVER_EXCLUDE_OTHERS, NEVER_EXCLUDE_PATHS } from '../generated/never-exclude.js';
import type { NeverExcludeEntry } from '../types/never-exclude.js';
import type { Platform, RuleKind } from '../types/pack.js';
import { normalizePath } from './normalize.js';
import { expandMachineVariables } from './windows-variables.js';

/** Every never-exclude entry (roots, folders, processes, extensions), each with its reason and source. */
export const NEVER_EXCLUDE: readonly NeverExcludeEntry[] = /* @__PURE__ */ (() => [...NEVER_EXCLUDE_PATHS, ...NEVER_EXCLUDE_OTHERS])();

interface Matcher {
  /** The entry's position in the platform's list (the first entry that matches wins). */
  at: number;
  entry: NeverExcludeEntry;
  pattern: RegExp;
  /** What the compared form must start with (lower case; for a prefix entry, its first character only): most values
   * are ruled out by it without the regular expression. */
  lead: string;
}

/** One platform's entries: those naming one exact path by their key, the others (placeholders, prefixes) as patterns. */
interface Matchers {
  list: NeverExcludeEntry[];
  exact: Map<string, number>;
  patterns: Matcher[];
}

const matchers = new Map<Platform, Matchers>();

// Made once: a regular expression literal in a function is a new object at each call.
const STARTS_WITH_LETTER = /^[A-Za-z]/;
const ENDS_WITH_SEPARATOR_OR_STAR = /[\\*]$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The comparison form of a path: Windows values expanded, normalised, lower-cased, without a `\\?\` before a drive. */
function pathKey(value: string, platform: Platform): string {
  if (platform !== 'windows')
    return normalizePath(value, platform)
      .replace(/(?<=.)\/\*$/, '')
      .replace(/^\/\*$/, '/');
  // A drive path below the root with no variable, forward slash, doubled or trailing separator or trailing `*` is
  // already in comparison form but for its case.
  if (
    value.length > 3 &&
    value.charCodeAt(1) === 58 &&
    value.charCodeAt(2) === 92 &&
    STARTS_WITH_LETTER.test(value) &&
    !ENDS_WITH_SEPARATOR_OR_STAR.test(value) &&
    !value.includes('%') &&
    !value.includes('/') &&
    !value.includes('\\\\')
  )
    return value.toLowerCase();
  let path = normalizePath(value.includes('%') ? expandMachineVariables(value) : value, 'windows');
  path = path.replace(/^\\\\[?.]\\(?=[A-Za-z]:)/, '').replace(/\\\*$/, '\\');
  if (/^[A-Za-z]:$/.test(path)) path += '\\';
  if (path.length > 3 && path.endsWith('\\') && !/^\\\\\?\\volume\{/i.test(path)) path = path.slice(0, -1);
  return path.toLowerCase();
}

function compile(entry: NeverExcludeEntry, platform: Platform): RegExp {
  const key = entry.match === 'prefix' ? entry.value.toLowerCase() : pathKey(entry.value, platform);
  const source = key
    .split(/(<[^>]+>)/)
    .map((part) => (part.startsWith('<') ? (platform === 'windows' ? '[^\\\\]+' : '[^/]+') : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}${entry.match === 'prefix' ? '' : '$'}`, entry.match === 'prefix' ? 'i' : '');
}

/** The start every value an entry's pattern matches has in its compared form (see {@link Matcher}). */
function leadOf(entry: NeverExcludeEntry, platform: Platform): string {
  if (entry.match !== 'prefix') return pathKey(entry.value, platform).split('<')[0]!;
  const first = firstCharacter(entry.value, platform);
  return first === '<' ? '' : first;
}

/** A value's first character in its compared form, lower case (normalising turns only a `/` on Windows into `\`). */
function firstCharacter(value: string, platform: Platform): string {
  const first = value.charAt(0);
  return platform === 'windows' && first === '/' ? '\\' : first.toLowerCase();
}

function matchersFor(platform: Platform): Matchers {
  let found = matchers.get(platform);
  if (!found) {
    const list = NEVER_EXCLUDE_PATHS.filter((e) => e.platforms.includes(platform));
    const exact = new Map<string, number>();
    const patterns: Matcher[] = [];
    list.forEach((entry, at) => {
      // An exact entry's pattern is its key, escaped and anchored: a key lookup gives the same answer.
      if (entry.match !== 'prefix' && !entry.value.includes('<')) {
        const key = pathKey(entry.value, platform);
        if (!exact.has(key)) exact.set(key, at);
      } else patterns.push({ at, entry, pattern: compile(entry, platform), lead: leadOf(entry, platform) });
    });
    found = { list, exact, patterns };
    matchers.set(platform, found);
  }
  return found;
}

/**
 * The never-exclude entry a path would exclude, if any: a filesystem root, a whole drive, a device namespace or a
 * folder on the list. A data drive (`E:\`) or a mount point (`/srv/store`) is not on it: volume rules name them, and
 * vendors ask for whole data drives (a cluster's quorum disk). Processes and extensions are not paths and are never
 * matched here.
 *
 * @param value - a path (Windows paths may use machine variables)
 * @param kind - the kind of the rule or variable the value is for (processes and extensions never match)
 * @param platform - its platform
 * @returns the entry, or undefined when the path is not on the list
 * @example
 * ```ts
 * neverExcludeMatch('%SystemDrive%\\', 'directory', 'windows')?.reason; // 'the system drive: …'
 * neverExcludeMatch('E:\\', 'volume', 'windows'); // undefined
 * neverExcludeMatch('/srv/store', 'volume', 'linux'); // undefined
 * ```
 */
export function neverExcludeMatch(value: string, kind: RuleKind, platform: Platform): NeverExcludeEntry | undefined {
  if (kind === 'process' || kind === 'extension') return undefined;
  const key = pathKey(value, platform);
  const { list, exact, patterns } = matchersFor(platform);
  let best = exact.get(key) ?? list.length;
  let plain: string | undefined;
  for (const { at, entry, pattern, lead } of patterns) {
    if (at >= best) break;
    if (entry.match === 'prefix') {
      if (lead !== '' && firstCharacter(value, platform) !== lead) continue;
      plain ??= platform === 'windows' ? normalizePath(value, platform) : key;
    } else if (!key.startsWith(lead)) continue;
    if (pattern.test(entry.match === 'prefix' ? plain! : key)) {
      best = at;
      break;
    }
  }
  return list[best];
}

/**
 * The never-exclude list (`data/never-exclude.json`, compiled at build time) and the one rule that says whether a
 * path would exclude a filesystem root, a whole drive or a folder on it. The value rules (`src/paths/values.ts`)
 * refuse such values; the audit reads the same list for its verdicts.
 *
 * @module
 */
import { NEVER_EXCLUDE_MATCHERS, NEVER_EXCLUDE_OTHERS, NEVER_EXCLUDE_PATHS } from '../generated/never-exclude.js';
import type { NeverExcludeEntry } from '../types/never-exclude.js';
import type { Platform, RuleKind } from '../types/pack.js';
import { firstCharacter, pathKey } from './never-exclude-keys.js';
import { normalizePath } from './normalize.js';

/** Every never-exclude entry (roots, folders, processes, extensions), each with its reason and source. */
export const NEVER_EXCLUDE: readonly NeverExcludeEntry[] = /* @__PURE__ */ (() => [...NEVER_EXCLUDE_PATHS, ...NEVER_EXCLUDE_OTHERS])();

/** One platform's entries: those naming one exact path by their key, the others (placeholders, prefixes) as patterns. */
interface Matchers {
  list: NeverExcludeEntry[];
  exact: Map<string, number>;
  /** Each with its position in `list` (the first entry that matches wins) and the start its compared form has. */
  patterns: { at: number; pattern: RegExp; lead: string }[];
}

const matchers = new Map<Platform, Matchers>();

function matchersFor(platform: Platform): Matchers {
  let found = matchers.get(platform);
  if (!found) {
    const { exact, patterns } = NEVER_EXCLUDE_MATCHERS[platform];
    found = {
      list: NEVER_EXCLUDE_PATHS.filter((e) => e.platforms.includes(platform)),
      exact: new Map(exact),
      patterns: patterns.map(({ at, source, flags, lead }) => ({ at, pattern: new RegExp(source, flags), lead })),
    };
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
 * @param known - the value's {@link pathKey} when the caller has it already (the audit keys every entry once)
 * @returns the entry, or undefined when the path is not on the list
 * @example
 * ```ts
 * neverExcludeMatch('%SystemDrive%\\', 'directory', 'windows')?.reason; // 'the system drive: …'
 * neverExcludeMatch('E:\\', 'volume', 'windows'); // undefined
 * neverExcludeMatch('/srv/store', 'volume', 'linux'); // undefined
 * ```
 */
export function neverExcludeMatch(value: string, kind: RuleKind, platform: Platform, known?: string): NeverExcludeEntry | undefined {
  if (kind === 'process' || kind === 'extension') return undefined;
  const key = known ?? pathKey(value, platform);
  const { list, exact, patterns } = matchersFor(platform);
  let best = exact.get(key) ?? list.length;
  let plain: string | undefined;
  for (const { at, pattern, lead } of patterns) {
    if (at >= best) break;
    const entry = list[at]!;
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

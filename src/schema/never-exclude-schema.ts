/**
 * The zod schema of `data/never-exclude.json` (shape only; the source references are checked by
 * {@link checkNeverExclude}). Used by the tests and the build, never by the core bundle.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { NeverExcludeFile } from '../types/never-exclude.js';
import { NEVER_EXCLUDE_KINDS } from '../types/never-exclude.js';
import { PLATFORMS } from '../types/pack.js';

const text = z.string().check(z.minLength(1));

/** The zod schema of `data/never-exclude.json`. */
export const NeverExcludeFileSchema: z.ZodMiniType<NeverExcludeFile> = z.strictObject({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.string()),
  sources: z
    .array(
      z.strictObject({
        id: text,
        title: text,
        url: z.string().check(z.regex(/^https:\/\/\S+$/)),
        docVersion: text,
        retrieved: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
      }),
    )
    .check(z.minLength(1)),
  machineVariables: z.strictObject({
    source: z.strictObject({ id: text, section: text }),
    // Upper-case names (`PROGRAMFILES(X86)`), each standing for a drive or a folder on it.
    values: z.record(z.string().check(z.regex(/^[A-Z][A-Z0-9_()]*$/)), z.string().check(z.regex(/^[A-Z]:(?:\\[^\\]+)*$/))),
  }),
  entries: z.array(
    z.strictObject({
      kind: z.enum(NEVER_EXCLUDE_KINDS),
      platforms: z.array(z.enum(PLATFORMS)).check(z.minLength(1)),
      value: text,
      match: z.optional(z.enum(['exact', 'prefix'])),
      reason: text,
      source: z.strictObject({ id: text, section: text }),
    }),
  ),
});

/**
 * The problems of a never-exclude file beyond its shape: unknown or duplicate source ids, duplicate entries, no
 * machine variable.
 *
 * @param file - the parsed file
 * @returns the problems, each with its JSON path (empty when the file is sound)
 */
export function checkNeverExclude(file: NeverExcludeFile): string[] {
  const issues: string[] = [];
  const ids = new Set<string>();
  file.sources.forEach((source, i) => {
    if (ids.has(source.id)) issues.push(`$.sources[${i}].id: duplicate source id "${source.id}"`);
    ids.add(source.id);
  });
  if (!ids.has(file.machineVariables.source.id))
    issues.push(`$.machineVariables.source.id: unknown source "${file.machineVariables.source.id}"`);
  if (Object.keys(file.machineVariables.values).length === 0) issues.push('$.machineVariables.values: no variable');
  const seen = new Set<string>();
  file.entries.forEach((entry, i) => {
    if (!ids.has(entry.source.id)) issues.push(`$.entries[${i}].source.id: unknown source "${entry.source.id}"`);
    for (const platform of entry.platforms) {
      const key = `${entry.kind} ${platform} ${entry.value.toLowerCase()}`;
      if (seen.has(key)) issues.push(`$.entries[${i}]: duplicate entry ${entry.kind} "${entry.value}" on ${platform}`);
      seen.add(key);
    }
  });
  return issues;
}

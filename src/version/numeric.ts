/**
 * The `numeric` scheme: dotted numeric versions (`5.1.0`, `5.0.0.3`) with our own comparison (semver cannot tell
 * `4.4.3.84` from `4.4.3.3`: its coerce drops the fourth part), and codenames. Its ranges (semver's grammar) are
 * compiled in `numeric-range.ts`, apart, so that semver stays out of what the resolver loads.
 *
 * @module
 */
import type { NumericVersionScheme } from '../types/pack.js';
import type { VersionReader, VersionSchemeRules } from './types.js';

/** One to six dotted parts of one to nine digits, after an optional `v`. */
const NUMERIC = /^v?\d{1,9}(?:\.\d{1,9}){0,5}$/;

/**
 * Parses `5`, `5.0`, `5.0.0`, `5.0.0.3` (an optional leading `v`) into numbers.
 *
 * @param value - the version text
 * @param maxParts - the most parts the scheme allows
 * @returns the parts given (not padded), or null when it is not a numeric version of at most `maxParts` parts
 * @example
 * ```ts
 * parseNumericVersion('5.0.0.3', 4); // [5, 0, 0, 3]
 * parseNumericVersion('banana', 4);  // null
 * ```
 */
export function parseNumericVersion(value: string, maxParts: number): number[] | null {
  const text = value.trim();
  if (!NUMERIC.test(text)) return null;
  const parts = text.replace(/^v/, '').split('.').map(Number);
  return parts.length <= maxParts ? parts : null;
}

/**
 * What reading a query's version needs of a numeric scheme: codenames, partial versions, builds with more parts.
 *
 * @param scheme - the pack's scheme
 * @returns its reader
 * @example
 * ```ts
 * const reader = numericReader({ type: 'numeric', maxParts: 4, codenames: [] });
 * reader.read('5.0', { versions: ['5.0.0', '5.1.0'], tuples: [[5, 0, 0], [5, 1, 0]] }); // { tuple: [5, 0, 0], effective: '5.0.0' }
 * ```
 */
export function numericReader(scheme: NumericVersionScheme): VersionReader {
  const codenames = scheme.codenames ?? [];
  return {
    versioned: true,
    expected: `a version of up to ${scheme.maxParts} numeric parts or a codename`,
    read(text, documented) {
      const folded = text.toLowerCase().replace(/\s+/g, ' ');
      const codename = codenames.find((c) => c.name.toLowerCase() === folded);
      const effective = codename ? codename.version : text;
      const tuple = parseNumericVersion(effective, scheme.maxParts);
      if (!tuple) return null;
      // A partial version (`5.0`, `5`) stands for the newest documented version it prefixes.
      const depth = Math.max(...documented.tuples.map((d) => d.length));
      if (tuple.length < depth) {
        for (let i = documented.tuples.length - 1; i >= 0; i--) {
          const candidate = documented.tuples[i]!;
          if (tuple.every((p, j) => candidate[j] === p)) return { tuple: candidate, effective: documented.versions[i]! };
        }
      }
      return { tuple, effective };
    },
    choices: (documented) => [...documented, ...codenames.map((c) => c.name)],
  };
}

/**
 * The rules of a numeric scheme: its {@link numericReader}, and what pack checks, compilation and the CLI add.
 *
 * @param scheme - the pack's scheme
 * @returns its rules
 * @example
 * ```ts
 * const rules = numericScheme({ type: 'numeric', maxParts: 4, codenames: [] });
 * rules.parse('5.0.0.3'); // [5, 0, 0, 3]
 * ```
 */
export function numericScheme(scheme: NumericVersionScheme): VersionSchemeRules {
  const codenames = scheme.codenames ?? [];
  return {
    ...numericReader(scheme),
    parse: (text) => parseNumericVersion(text, scheme.maxParts),
    describe: (documented) => {
      const lines = [`documented ${documented.join(', ')}`];
      if (codenames.length) lines.push(`codenames: ${codenames.map((c) => `${c.name} = ${c.version}`).join(', ')}`);
      return lines;
    },
  };
}

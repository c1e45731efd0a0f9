/**
 * The `none` scheme: the guidance is the same for every version of the product.
 *
 * @module
 */
import type { VersionSchemeRules } from './scheme.js';

/** The rules of the `none` scheme: nothing parses, nothing to choose. */
export const noneScheme: VersionSchemeRules = {
  versioned: false,
  expected: 'no version',
  parse: () => null,
  read: () => null,
  choices: () => [],
  describe: () => ['the guidance does not depend on the product version'],
};

/**
 * The `none` scheme: the guidance is the same for every version of the product.
 *
 * @module
 */
import type { VersionReader, VersionSchemeRules } from './types.js';

/** What reading a query's version needs of the `none` scheme: nothing reads, nothing to choose. */
export const noneReader: VersionReader = {
  versioned: false,
  expected: 'no version',
  read: () => null,
  choices: () => [],
};

/** The rules of the `none` scheme: nothing parses, nothing to choose. */
export const noneScheme: VersionSchemeRules = /* @__PURE__ */ (() => ({
  ...noneReader,
  parse: () => null,
  describe: () => ['the guidance does not depend on the product version'],
}))();

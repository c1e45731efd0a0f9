/**
 * Reading a query's product version in the product's scheme.
 *
 * @module
 */
import type { CompiledProduct } from '../catalog/types.js';
import { AvExclusionsError } from '../errors.js';
import { choicesTail, suggest } from '../internal/suggest.js';
import type { ResolutionWarning } from '../types/resolution.js';
import { compareTuples, parseNumericVersion } from '../version/numeric.js';
import { findRelease } from '../version/train.js';

/** The version a query resolves to. */
export interface ReadVersion {
  /** The version used for matching (tuple), or null for versionless products. */
  tuple: number[] | null;
  /** That version as text, or null. */
  effective: string | null;
  /** The documented version whose guidance applies, or null. */
  documented: string | null;
  /** Warnings about how the version was read. */
  warnings: ResolutionWarning[];
}

function versionChoices(product: CompiledProduct): string[] {
  const scheme = product.versionScheme;
  const codenames = scheme.type === 'numeric' ? (scheme.codenames ?? []).map((c) => c.name) : [];
  return [...product.documentedVersions, ...codenames];
}

/**
 * Reads `version` for `product`: codenames, partial versions (`5.0` = the newest documented 5.0.x), 4-part builds.
 *
 * @param product - the compiled product
 * @param version - the query's version, if any
 * @returns the version to match with, the documented version applied, warnings
 * @throws AvExclusionsError `INVALID_VERSION`
 */
export function readVersion(product: CompiledProduct, version: string | undefined): ReadVersion {
  const scheme = product.versionScheme;
  const warnings: ResolutionWarning[] = [];
  if (scheme.type === 'none') {
    if (version !== undefined) {
      warnings.push({
        code: 'VERSION_NOT_APPLICABLE',
        message: `${product.name}'s guidance does not depend on the product version; "${version}" was not used`,
      });
    }
    return { tuple: null, effective: null, documented: null, warnings };
  }
  const documented = product.documentedTuples;
  const newest = documented.length - 1;
  if (version === undefined) {
    warnings.push({
      code: 'VERSION_DEFAULTED',
      message: `no version given: the newest documented version, ${product.documentedVersions[newest]}, was applied`,
    });
    return { tuple: documented[newest]!, effective: product.documentedVersions[newest]!, documented: product.documentedVersions[newest]!, warnings };
  }

  let tuple: number[] | null = null;
  let effective = version.trim();
  if (scheme.type === 'numeric') {
    const folded = effective.toLowerCase().replace(/\s+/g, ' ');
    const codename = (scheme.codenames ?? []).find((c) => c.name.toLowerCase() === folded);
    if (codename) effective = codename.version;
    tuple = parseNumericVersion(effective, scheme.maxParts);
    // A partial version (`5.0`, `5`) stands for the newest documented version it prefixes.
    if (tuple) {
      const parts = tuple;
      const depth = Math.max(...documented.map((d) => d.length));
      if (parts.length < depth) {
        for (let i = newest; i >= 0; i--) {
          if (parts.every((p, j) => documented[i]![j] === p)) {
            tuple = documented[i]!;
            effective = product.documentedVersions[i]!;
            break;
          }
        }
      }
    }
  } else {
    const index = findRelease(effective, scheme);
    if (index >= 0) {
      tuple = [index];
      effective = scheme.releases[index]!.id;
    }
  }
  if (!tuple) {
    const choices = versionChoices(product);
    const expected = scheme.type === 'numeric' ? `a version of up to ${scheme.maxParts} numeric parts or a codename` : 'a release name';
    throw new AvExclusionsError(
      'INVALID_VERSION',
      `invalid version "${version}" for ${product.id}: expected ${expected}${choicesTail(choices, suggest(version, choices))}`,
      { value: version, choices, suggestion: suggest(version, choices) },
    );
  }

  // The documented version that applies: the newest one not newer than the version (compared on documented depth).
  const depth = Math.max(...documented.map((d) => d.length));
  const head = tuple.slice(0, depth);
  let applied = -1;
  for (let i = newest; i >= 0; i--) {
    if (compareTuples(documented[i]!, head) <= 0) {
      applied = i;
      break;
    }
  }
  if (applied < 0) {
    warnings.push({
      code: 'VERSION_OLDER_THAN_DOCUMENTED',
      message: `version ${version} is older than any documented version (${product.documentedVersions.join(', ')}); rules were matched against ${effective}, and older releases may need exclusions the sources do not list`,
    });
  } else if (applied === newest && compareTuples(head, documented[newest]!) > 0) {
    warnings.push({
      code: 'VERSION_NEWER_THAN_DOCUMENTED',
      message: `version ${version} is newer than the newest documented version (${product.documentedVersions[newest]}); that version's guidance was applied`,
    });
  }
  return { tuple, effective, documented: applied < 0 ? null : product.documentedVersions[applied]!, warnings };
}

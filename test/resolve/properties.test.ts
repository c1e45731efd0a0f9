// Invariants of the resolver over the bundled catalog, for arbitrary input (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachedFeatures } from '../../src/catalog/include-graph.js';
import { BUNDLED_CATALOG } from '../../src/generated/catalog.js';
import { AvExclusionsError, getProduct, listProducts, resolveExclusions } from '../../src/index.js';
import type { ExclusionQuery } from '../../src/resolve/query.js';
import { readQuery } from '../../src/resolve/read-query.js';

const resolve = resolveExclusions as (query: ExclusionQuery) => ReturnType<typeof resolveExclusions>;
const products = listProducts();

// Queries made of valid ids with some noise mixed in, so both answers and errors are exercised.
const query = fc.constantFrom(...products.map((p) => p.id)).chain((id) => {
  const info = getProduct(id as never);
  const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
  return fc.record(
    {
      product: fc.oneof({ weight: 9, arbitrary: fc.constant(id) }, { weight: 1, arbitrary: fc.string() }),
      roles: fc.array(fc.oneof({ weight: 9, arbitrary: pick(info.roles) }, { weight: 1, arbitrary: fc.string() }), {
        minLength: 0,
        maxLength: 3,
      }),
      platform: fc.oneof(pick(info.platforms), fc.string()),
      version: fc.oneof(pick([...info.documentedVersions, '5.0.0.3', 'Jaglion', '9.9.9']), fc.string()),
      osVersion: fc.oneof(pick(['2012 R2', '2016', '2019', '2025']), fc.string()),
      features: fc.array(fc.oneof(pick<string>([...info.features.map((f) => f.id), 'x']), fc.string()), { maxLength: 2 }),
      variables: fc.dictionary(
        fc.oneof(pick<string>([...info.variables.map((v) => v.name), 'X']), fc.string()),
        fc.oneof(fc.constantFrom('C:\\Data', '/srv/data', 'E:', 'user1'), fc.string(), fc.array(fc.string(), { maxLength: 2 })),
        { maxKeys: 2 },
      ),
    },
    { requiredKeys: ['product', 'roles'] },
  );
});

// Valid queries only: every field drawn from what the product accepts on the chosen platform.
const PATHS = { windows: ['C:\\Data', 'E:\\', 'D:\\Store\\x'], linux: ['/srv/data', '/mnt/store'], macos: ['/Volumes/Data'] } as const;
const validQuery = fc.constantFrom(...products.map((p) => p.id)).chain((id) => {
  const info = getProduct(id as never);
  return fc
    .constantFrom(...info.platforms)
    .chain((platform) => {
      const available = info.roleDetails.filter((r) => !r.platforms || r.platforms.includes(platform)).map((r) => r.id);
      return fc.uniqueArray(fc.constantFrom(...available), { minLength: 1, maxLength: 3 }).map((roles) => ({ platform, roles }));
    })
    .chain(({ platform, roles }) => {
      // Features and variables of the products these roles reach (an unreached product's ids are unknown to the query;
      // of an included product, only the features its reached roles use).
      const read = readQuery(BUNDLED_CATALOG, { product: id, roles, platform });
      const reached = read.products;
      const features = [...reachedFeatures(read.products[0]!, read.reached)];
      const versions = [
        ...info.documentedVersions,
        ...(info.versionScheme.type === 'numeric' ? (info.versionScheme.codenames ?? []).map((c) => c.name) : []),
      ];
      const releases = info.osVersions[platform] ?? [];
      const variables = [...new Map(reached.flatMap((p) => Object.values(p.variables)).map((v) => [v.name, v])).values()].map((v) => {
        const values = v.type === 'name' ? ['svc-backup', 'ann'] : PATHS[platform];
        return [
          v.name,
          v.multiple ? fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 2 }) : fc.constantFrom(...values),
        ] as const;
      });
      return fc.record(
        {
          product: fc.constant(id),
          platform: fc.constant(platform),
          roles: fc.constant(roles),
          version: versions.length ? fc.constantFrom(...versions) : fc.constant(undefined),
          osVersion: releases.length ? fc.constantFrom(...releases) : fc.constant(undefined),
          features: fc.subarray(features),
          variables: variables.length ? fc.record(Object.fromEntries(variables), { requiredKeys: [] }) : fc.constant({}),
        },
        { requiredKeys: ['product', 'platform', 'roles', 'variables'] },
      );
    });
});

describe('resolver invariants', () => {
  it('resolves every valid query, and most of them with at least one exclusion', () => {
    let withItems = 0;
    const runs = 600;
    fc.assert(
      fc.property(validQuery, (q) => {
        const result = resolve(q as ExclusionQuery);
        expect(result.query.product).toBe(q.product);
        if (result.exclusions.length > 0) withItems++;
      }),
      { numRuns: runs },
    );
    expect(withItems).toBeGreaterThan(runs / 2);
  });

  it('answers or throws AvExclusionsError, never anything else', () => {
    fc.assert(
      fc.property(query, (q) => {
        try {
          resolve(q as ExclusionQuery);
        } catch (error) {
          expect(error).toBeInstanceOf(AvExclusionsError);
          expect((error as AvExclusionsError).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic and never lists one location twice', () => {
    fc.assert(
      fc.property(query, (q) => {
        let first: ReturnType<typeof resolve>;
        try {
          first = resolve(q as ExclusionQuery);
        } catch {
          return;
        }
        expect(resolve(q as ExclusionQuery)).toEqual(first);
        const keys = first.exclusions.map(
          (i) =>
            `${i.kind === 'process' ? 'p' : i.kind === 'extension' ? 'e' : 'f'}:${i.platform === 'windows' ? i.value.toLowerCase() : i.value}`,
        );
        expect(new Set(keys).size).toBe(keys.length);
        for (const item of first.exclusions) expect(item.value).not.toMatch(/\{[A-Z][A-Z0-9_]*\}/);
      }),
      { numRuns: 800 },
    );
  });
});

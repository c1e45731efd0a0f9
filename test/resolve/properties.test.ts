// Invariants of the resolver over the bundled catalog, for arbitrary input (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvExclusionsError, getProduct, listProducts, resolveExclusions } from '../../src/index.js';
import type { ExclusionQuery } from '../../src/resolve/query.js';

const resolve = resolveExclusions as (query: ExclusionQuery) => ReturnType<typeof resolveExclusions>;
const products = listProducts();

// Queries made of valid ids with some noise mixed in, so both answers and errors are exercised.
const query = fc
  .constantFrom(...products.map((p) => p.id))
  .chain((id) => {
    const info = getProduct(id as never);
    const pick = <T,>(values: readonly T[]) => fc.constantFrom(...values);
    return fc.record(
      {
        product: fc.oneof({ weight: 9, arbitrary: fc.constant(id) }, { weight: 1, arbitrary: fc.string() }),
        roles: fc.array(fc.oneof({ weight: 9, arbitrary: pick(info.roles) }, { weight: 1, arbitrary: fc.string() }), { minLength: 0, maxLength: 3 }),
        platform: fc.oneof(pick(info.platforms), fc.string()),
        version: fc.oneof(pick([...info.documentedVersions, '5.0.0.3', 'Jaglion', '9.9.9']), fc.string()),
        osVersion: fc.oneof(pick(['2012 R2', '2016', '2019', '2025']), fc.string()),
        features: fc.array(fc.oneof(pick(info.features.map((f) => f.id).concat('x')), fc.string()), { maxLength: 2 }),
        variables: fc.dictionary(
          fc.oneof(pick(info.variables.map((v) => v.name).concat('X')), fc.string()),
          fc.oneof(fc.constantFrom('C:\\Data', '/srv/data', 'E:', 'user1'), fc.string(), fc.array(fc.string(), { maxLength: 2 })),
          { maxKeys: 2 },
        ),
      },
      { requiredKeys: ['product', 'roles'] },
    );
  });

describe('resolver invariants', () => {
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
        let first;
        try {
          first = resolve(q as ExclusionQuery);
        } catch {
          return;
        }
        expect(resolve(q as ExclusionQuery)).toEqual(first);
        const keys = first.exclusions.map((i) => `${i.kind === 'process' ? 'p' : i.kind === 'extension' ? 'e' : 'f'}:${i.platform === 'windows' ? i.value.toLowerCase() : i.value}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const item of first.exclusions) expect(item.value).not.toMatch(/\{[A-Z][A-Z0-9_]*\}/);
      }),
      { numRuns: 800 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  findIncludeCycles,
  includesByRole,
  reachableProducts,
  reachRoles,
  roleOnPlatform,
  viaOf,
} from '../../src/catalog/include-graph.js';
import { packs } from '../fixtures/packs.js';
import { compileOrThrow } from '../helpers.js';

interface Node {
  id: string;
  roles: string[];
  includes: Record<string, { product: string; roles: string[] }[]>;
}

const node = (id: string, includes: Node['includes'] = {}, roles = ['r']): Node => ({ id, roles, includes });

/** A chain p0/r -> p1/r -> … -> p(n-1)/r. */
function chain(length: number): Record<string, Node> {
  const products: Record<string, Node> = {};
  for (let i = 0; i < length; i++) products[`p${i}`] = node(`p${i}`, i + 1 < length ? { r: [{ product: `p${i + 1}`, roles: ['r'] }] } : {});
  return products;
}

describe('include graph', () => {
  it('groups includes by role in declaration order', () => {
    expect(
      includesByRole([
        { role: 'a', product: 'x', roles: ['1'] },
        { role: 'b', product: 'y', roles: ['2'] },
        { role: 'a', product: 'z', roles: ['3'] },
      ]),
    ).toEqual({
      a: [
        { product: 'x', roles: ['1'] },
        { product: 'z', roles: ['3'] },
      ],
      b: [{ product: 'y', roles: ['2'] }],
    });
  });

  it('finds the products a product reaches, passing over unknown ones', () => {
    const products = {
      a: node('a', {
        r: [
          { product: 'b', roles: ['r'] },
          { product: 'missing', roles: ['r'] },
        ],
      }),
      b: node('b', { r: [{ product: 'c', roles: ['r'] }] }),
      c: node('c'),
    };
    expect(reachableProducts(products, products.a).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('reaches roles depth-first in declaration order, first path winning, with the chain that reached each', () => {
    const products = {
      a: node(
        'a',
        {
          r: [
            { product: 'b', roles: ['r'] },
            { product: 'c', roles: ['r'] },
          ],
          s: [{ product: 'c', roles: ['r'] }],
        },
        ['r', 's'],
      ),
      b: node('b', { r: [{ product: 'c', roles: ['r'] }] }),
      c: node('c'),
    };
    const reached = reachRoles(products, products.a, ['r', 's'], () => true);
    expect(reached.map((x) => `${x.product.id}/${x.role}`)).toEqual(['a/r', 'b/r', 'c/r', 'a/s']);
    expect(viaOf(reached[2]!)).toEqual([
      { product: 'a', role: 'r' },
      { product: 'b', role: 'r' },
      { product: 'c', role: 'r' },
    ]);
    expect(reachRoles(products, products.a, ['r'], (p) => p.id !== 'b').map((x) => x.product.id)).toEqual(['a', 'c']);
  });

  it('enters only roles that exist on the platform', () => {
    const catalog = compileOrThrow(packs);
    const reached = reachRoles(catalog.products, catalog.products.alpha!, ['host'], roleOnPlatform('linux'));
    expect(reached.map((x) => `${x.product.id}/${x.role}`)).toEqual(['alpha/host']);
  });

  it('walks a chain 4,000 deep without overflowing the stack', () => {
    const products = chain(4000);
    expect(reachRoles(products, products.p0!, ['r'], () => true)).toHaveLength(4000);
    expect(reachableProducts(products, products.p0!)).toHaveLength(4000);
    expect(findIncludeCycles(products)).toEqual([]);
  });

  it('reports each include cycle with the chain that closes it', () => {
    const products = {
      a: node('a', { r: [{ product: 'b', roles: ['r'] }] }),
      b: node('b', { r: [{ product: 'a', roles: ['r'] }] }),
      c: node('c', { r: [{ product: 'c', roles: ['r'] }] }),
    };
    expect(findIncludeCycles(products)).toEqual([
      { product: 'a', chain: ['a/r', 'b/r', 'a/r'] },
      { product: 'c', chain: ['c/r', 'c/r'] },
    ]);
    const long = chain(5000);
    long.p4999!.includes = { r: [{ product: 'p0', roles: ['r'] }] };
    expect(findIncludeCycles(long)).toHaveLength(1);
  });
});

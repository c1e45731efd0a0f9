/**
 * The include graph: "role R of product P also needs roles S of product Q". One home for every walk over it — the
 * products a product reaches, the roles a query reaches (with the chain that reached each), and include cycles — used
 * by the pack checks, `describe`, the query reader and the code generator. Every walk is iterative, so a caller's
 * pack with an include chain thousands deep cannot overflow the stack.
 *
 * @module
 */
import type { Platform } from '../types/pack.js';
import type { ViaStep } from '../types/resolution.js';
import type { CompiledInclude, CompiledProduct } from './types.js';

/** What a walk needs of a product: its id and its includes by role. */
export interface GraphProduct {
  /** Product id. */
  id: string;
  /** Includes by including role. */
  includes: Readonly<Record<string, readonly CompiledInclude[]>>;
}

/**
 * A pack's includes grouped by including role, in declaration order: the form every walk reads.
 *
 * @param includes - a pack's `includes`
 * @returns includes by role
 * @example
 * ```ts
 * includesByRole([{ role: 'r', product: 'b', roles: ['s'] }]); // { r: [ { product: 'b', roles: [ 's' ] } ] }
 * ```
 */
export function includesByRole(
  includes: readonly { role: string; product: string; roles: string[]; when?: string[] }[],
): Record<string, CompiledInclude[]> {
  const byRole: Record<string, CompiledInclude[]> = {};
  for (const include of includes) {
    if (!Object.hasOwn(byRole, include.role)) byRole[include.role] = [];
    const compiled: CompiledInclude = { product: include.product, roles: include.roles };
    if (include.when?.length) compiled.when = include.when;
    byRole[include.role]!.push(compiled);
  }
  return byRole;
}

/** Products by id. */
export type GraphProducts<P extends GraphProduct> = Readonly<Record<string, P>>;

/**
 * Every product a product reaches through includes, itself first, then breadth-first in declaration order. Includes
 * naming a product not in `products` are passed over (the pack checks report them).
 *
 * @param products - products by id
 * @param start - the product to start from
 * @returns the products reached
 * @example
 * ```ts
 * const products = { a: { id: 'a', includes: { r: [{ product: 'b', roles: ['s'] }] } }, b: { id: 'b', includes: {} } };
 * reachableProducts(products, products.a).map((p) => p.id); // [ 'a', 'b' ]
 * ```
 */
export function reachableProducts<P extends GraphProduct>(products: GraphProducts<P>, start: P): P[] {
  const out = new Set<P>([start]);
  for (const product of out) {
    for (const includes of Object.values(product.includes)) {
      for (const include of includes) {
        const target = Object.hasOwn(products, include.product) ? products[include.product] : undefined;
        if (target) out.add(target);
      }
    }
  }
  return [...out];
}

/** A role reached from a query, directly or through includes. */
export interface ReachedRole<P extends GraphProduct = GraphProduct> {
  /** The product. */
  product: P;
  /** The role id. */
  role: string;
  /** The role that included this one, or null for a queried role. */
  parent: ReachedRole<P> | null;
  /** Features the include chain needs on (conditional includes on the way), sorted; absent: none. */
  when?: string[];
}

/**
 * The include chain that reached a role: from the queried product's role to this one.
 *
 * @param reached - a reached role
 * @returns fresh steps, the queried role first
 * @example
 * ```ts
 * const root = { product: { id: 'a', includes: {} }, role: 'r', parent: null };
 * viaOf({ product: { id: 'b', includes: {} }, role: 's', parent: root }); // [ { product: 'a', role: 'r' }, { product: 'b', role: 's' } ]
 * ```
 */
export function viaOf(reached: ReachedRole): ViaStep[] {
  const steps: ViaStep[] = [];
  for (let r: ReachedRole | null = reached; r; r = r.parent) steps.push({ product: r.product.id, role: r.role });
  return steps.reverse();
}

/**
 * Walks the include graph from a query's roles: every (product, role) that exists on the platform, each once, the
 * first path found winning. Order: depth-first in declaration order (a queried role, then what it includes, then the
 * next queried role), the order items come out in.
 *
 * @param products - products by id
 * @param start - the queried product
 * @param roles - the queried roles
 * @param exists - whether a role of a product exists on the platform (roles that do not are not entered)
 * @returns the roles reached
 * @example
 * ```ts
 * const products = { a: { id: 'a', includes: { r: [{ product: 'b', roles: ['s'] }] } }, b: { id: 'b', includes: {} } };
 * reachRoles(products, products.a, ['r'], () => true).map((x) => `${x.product.id}/${x.role}`); // [ 'a/r', 'b/s' ]
 * ```
 */
export function reachRoles<P extends GraphProduct>(
  products: GraphProducts<P>,
  start: P,
  roles: readonly string[],
  exists: (product: P, role: string) => boolean,
): ReachedRole<P>[] {
  const reached: ReachedRole<P>[] = [];
  const seen = new Set<string>();
  const stack: ReachedRole<P>[] = [];
  for (let i = roles.length - 1; i >= 0; i--) stack.push({ product: start, role: roles[i]!, parent: null });
  while (stack.length) {
    const node = stack.pop()!;
    const key = `${node.product.id}\u0000${node.role}`;
    if (seen.has(key) || !exists(node.product, node.role)) continue;
    seen.add(key);
    reached.push(node);
    const children: ReachedRole<P>[] = [];
    for (const include of node.product.includes[node.role] ?? []) {
      const target = Object.hasOwn(products, include.product) ? products[include.product] : undefined;
      if (!target) continue;
      const when = include.when ? [...new Set([...(node.when ?? []), ...include.when])].sort() : node.when;
      for (const role of include.roles)
        children.push(when ? { product: target, role, parent: node, when } : { product: target, role, parent: node });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return reached;
}

/**
 * The role existence test for one platform, from a compiled product's index.
 *
 * @param platform - the platform
 * @returns whether a role of a compiled product exists there
 */
export function roleOnPlatform(
  platform: Platform,
): (product: { index: Partial<Record<Platform, Record<string, number[]>>> }, role: string) => boolean {
  return (product, role) => product.index[platform]?.[role] !== undefined;
}

/**
 * Include cycles over (product, role) nodes, each as the chain that closes it (`a/r -> b/s -> a/r`).
 *
 * @param products - products by id, with their role ids
 * @returns one entry per cycle found: the product where it closes and the chain
 * @example
 * ```ts
 * const a = { id: 'a', roles: ['r'], includes: { r: [{ product: 'a', roles: ['r'] }] } };
 * findIncludeCycles({ a }); // [ { product: 'a', chain: [ 'a/r', 'a/r' ] } ]
 * ```
 */
export function findIncludeCycles<P extends GraphProduct & { roles: readonly string[] }>(
  products: GraphProducts<P>,
): { product: string; chain: string[] }[] {
  const cycles: { product: string; chain: string[] }[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  interface Frame {
    product: string;
    role: string;
    next: { product: string; role: string }[];
  }
  const frame = (product: string, role: string): Frame => ({
    product,
    role,
    next: (products[product]?.includes[role] ?? [])
      .filter((include) => Object.hasOwn(products, include.product))
      .flatMap((include) => include.roles.map((r) => ({ product: include.product, role: r }))),
  });
  for (const product of Object.values(products)) {
    for (const role of product.roles) {
      if (state.has(`${product.id}/${role}`)) continue;
      const path: Frame[] = [frame(product.id, role)];
      state.set(`${product.id}/${role}`, 'visiting');
      while (path.length) {
        const top = path[path.length - 1]!;
        const next = top.next.shift();
        if (!next) {
          state.set(`${top.product}/${top.role}`, 'done');
          path.pop();
          continue;
        }
        const key = `${next.product}/${next.role}`;
        const status = state.get(key);
        if (status === 'done') continue;
        if (status === 'visiting') {
          cycles.push({ product: next.product, chain: [...path.map((f) => `${f.product}/${f.role}`), key] });
          continue;
        }
        state.set(key, 'visiting');
        path.push(frame(next.product, next.role));
      }
    }
  }
  return cycles;
}

/**
 * The features a query may switch on, given the roles it reaches: every feature of the queried product, and of each
 * other product reached, the features its reached roles' rules or the include chain depend on. A feature of an
 * included product that only roles the query does not reach use is not offered (a Hyper-V host does not take the
 * domain controller's SYSVOL features of `windows-server`).
 *
 * @param product - the queried product
 * @param reached - the roles reached from the query ({@link reachRoles})
 * @returns the feature ids, unsorted, each once
 */
export function reachedFeatures(
  product: Pick<CompiledProduct, 'features'>,
  reached: readonly ReachedRole<Pick<CompiledProduct, 'id' | 'includes' | 'index' | 'rules'>>[],
): Set<string> {
  const features = new Set(product.features.map((f) => f.id));
  for (const r of reached) {
    for (const feature of r.when ?? []) features.add(feature);
    for (const byRole of Object.values(r.product.index)) {
      for (const position of byRole?.[r.role] ?? []) for (const feature of r.product.rules[position]!.when ?? []) features.add(feature);
    }
  }
  return features;
}

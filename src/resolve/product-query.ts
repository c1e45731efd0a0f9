/**
 * The query of a product entry point (`av-exclusions/products/<id>`): a bundled query without `product`.
 *
 * @module
 */
import type { ProductId } from '../generated/ids.js';
import type { BundledQuery } from './bundled-query.js';

/** A {@link BundledQuery} for product `P`, where `product` may be left out. */
export type ProductQuery<P extends ProductId> = Omit<BundledQuery<P>, 'product'> & { product?: P };

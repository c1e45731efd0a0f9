// What the benchmark needs from the source: the compiler, the resolver and the bundled catalog.
export { compilePacks } from '../src/catalog/compile-packs.js';
export { resolveImpl } from '../src/resolve/resolve-impl.js';
export { BUNDLED_CATALOG } from '../src/generated/catalog.js';

// What the benchmark needs from the source: the compiler, the resolver and the bundled catalog.
export { checkPacks } from '../src/catalog/check-packs.js';
export { compilePacks } from '../src/catalog/compile-packs.js';
export { BUNDLED_CATALOG } from '../src/generated/catalog.js';
export { resolveImpl } from '../src/resolve/resolve-impl.js';

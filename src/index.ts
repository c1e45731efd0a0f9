/**
 * av-exclusions: which antivirus exclusions server software needs, as sourced data, a pure resolver, renderers for
 * scanners and an audit. This entry never loads zod; `av-exclusions/schema` holds the schema and `createCatalog`.
 *
 * @module
 */
export { resolveExclusions } from './resolve/resolve-exclusions.js';
export { listProducts } from './catalog/list-products.js';
export { getProduct } from './catalog/get-product.js';
export { renderExclusions, RENDER_TARGETS } from './render/render-exclusions.js';
export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode } from './errors.js';
export type { BundledQuery } from './resolve/bundled-query.js';
export type { ExclusionQuery } from './resolve/query.js';
export type { ProductInfo, ProductSummary, IncludeInfo } from './catalog/describe.js';
export type { BundledIds, ProductId, RoleId, PlatformId, FeatureId, VariableName } from './generated/ids.js';
export type * from './types/resolution.js';
export type * from './types/pack.js';
export type { RenderOptions, RenderOutput, RenderTarget, SkippedItem } from './render/types.js';

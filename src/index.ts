/**
 * av-exclusions: which antivirus exclusions server software needs, as sourced data, a pure resolver, renderers for
 * scanners and an audit. This entry never loads zod; `av-exclusions/schema` holds the schema and `createCatalog`.
 *
 * @module
 */

export type { IncludeInfo, ProductInfo, ProductSummary, VariableInfo } from './catalog/describe.js';
export { getProduct } from './catalog/get-product.js';
export { listProducts } from './catalog/list-products.js';
export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode } from './errors.js';
export type { BundledIds, FeatureId, PlatformId, ProductId, RoleId, VariableName } from './generated/ids.js';
export { RENDER_TARGETS, renderExclusions } from './render/render-exclusions.js';
export type { RenderOptions, RenderOutput, RenderTarget, SkippedItem } from './render/types.js';
export type { BundledQuery } from './resolve/bundled-query.js';
export type { ExclusionQuery } from './resolve/query.js';
export { resolveExclusions } from './resolve/resolve-exclusions.js';
export type * from './types/pack.js';
export type * from './types/resolution.js';

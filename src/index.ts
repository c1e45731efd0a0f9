/**
 * av-exclusions: which antivirus exclusions server software needs, as sourced data, a pure resolver and renderers
 * for scanners. This entry never loads zod; `av-exclusions/schema` holds the schema and `createCatalog`;
 * `av-exclusions/products/<id>` holds the resolver of one product with only its data.
 *
 * @module
 */

export {
  AUDIT_VERDICTS,
  type AuditOptions,
  type AuditResolution,
  type AutomaticAnswer,
  auditExclusions,
  automaticCoverage,
  ENTRY_VERDICTS,
  ITEM_VERDICTS,
} from './audit/audit.js';
export { COLLECT_FORMATS, type CollectFormat, type CollectorScript, collectorScript } from './audit/collect.js';
export { missingOnly, renderAuditFix } from './audit/fix.js';
export {
  AUDIT_CSV_COLUMNS,
  AUDIT_FORMATS,
  type AuditFormat,
  type AuditFormatOptions,
  type AuditTextStyle,
  formatAuditReport,
} from './audit/format.js';
export { CURRENT_FORMATS, parseCurrentExclusions } from './audit/parse/index.js';
export type * from './audit/types.js';
export type {
  BundledProductInfo,
  BundledProductSummary,
  IncludeInfo,
  ProductInfo,
  ProductSummary,
  VariableInfo,
} from './catalog/describe.js';
export { getProduct } from './catalog/get-product.js';
export { isFeatureOf, isPlatformOf, isProductId, isRoleOf, isVariableOf } from './catalog/guards.js';
export { listProducts } from './catalog/list-products.js';
export { AvExclusionsError, type AvExclusionsErrorDetails, type ErrorCode, isAvExclusionsError } from './errors.js';
export type {
  BundledIds,
  FeatureId,
  KnownOsVersion,
  KnownVersion,
  PlatformId,
  ProductId,
  RoleId,
  VariableName,
} from './generated/ids.js';
export type { ClamdPatterns } from './render/clamav-clamd.js';
export type { IntuneSettings } from './render/defender-intune.js';
export type { MdatpCliCommands } from './render/mdatp-cli.js';
export type { MdatpExclusion, MdatpManagedFragment } from './render/mdatp-json.js';
export type { MdatpPlistSettings } from './render/mdatp-plist.js';
export { RENDER_TARGETS, renderExclusions } from './render/render-exclusions.js';
export type { RenderOptions, RenderOutput, RenderTarget, SkippedItem } from './render/types.js';
export type { DefenderExclusionLists } from './render/values/defender.js';
export type { MdatpEntry, MdatpExtensionEntry, MdatpPathEntry, MdatpProcessEntry } from './render/values/mdatp.js';
export type { BundledQuery } from './resolve/bundled-query.js';
export type { ExclusionQuery } from './resolve/query.js';
export { resolveExclusions } from './resolve/resolve-exclusions.js';
export { type BundledMachine, type BundledMachineProduct, resolveMachine } from './resolve/resolve-machine.js';
export type * from './types/pack.js';
export { RULE_KIND_TITLES } from './types/pack.js';
export type * from './types/resolution.js';

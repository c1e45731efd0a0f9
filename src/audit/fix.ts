/**
 * The fix for an audit: what the machine is missing, rendered in a scanner's format. One home for "which items go
 * into the fix", shared by the CLI's `audit --fix` and the page.
 *
 * @module
 */
import { renderExclusions } from '../render/render-exclusions.js';
import { includeManagedApplies } from '../render/target.js';
import { targetSpec } from '../render/targets.js';
import type { RenderOutput, RenderTarget } from '../render/types.js';
import type { AnyResolution, ExclusionItem } from '../types/resolution.js';
import type { AuditReport } from './types.js';

const identity = (item: Pick<ExclusionItem, 'rule' | 'value'>): string => `${item.rule}\u0000${item.value}`;

/**
 * The resolution of only the missing items: the exclusions whose recommended item the audit found `missing`, matched
 * by rule and value (a rule with several values may be missing some of them only); nothing conditional or unresolved.
 *
 * @param resolution - the audited resolution (a product's or a machine's)
 * @param report - the audit's report for it
 * @returns a fresh resolution of the same kind with only the missing exclusions
 */
export function missingOnly<R extends AnyResolution>(resolution: R, report: AuditReport): R {
  const missing = new Set(report.recommended.filter((r) => r.verdict === 'missing').map((r) => identity(r.item)));
  return {
    ...resolution,
    exclusions: resolution.exclusions.filter((item) => missing.has(identity(item))),
    conditional: [],
    unresolved: [],
  };
}

/**
 * Renders the missing items (install form). An item an installer or Defender itself would normally add is rendered
 * too: on this machine it is missing.
 *
 * @param resolution - the audited resolution
 * @param report - the audit's report for it
 * @param target - a scanner format
 * @returns the rendered fix
 * @throws AvExclusionsError as {@link renderExclusions} does (a target of another platform, an unknown target)
 * @example
 * ```ts
 * import { auditExclusions, parseCurrentExclusions, renderAuditFix, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * // Only the store is excluded on the server: the install directory is missing.
 * const report = auditExclusions(resolution, parseCurrentExclusions('ExcludePath ^/opt/kerio/mailserver/store/\n', 'clamav-clamd'));
 * console.log(renderAuditFix(resolution, report, 'clamav-clamd').data); // { patterns: [ '^/opt/kerio/mailserver(/|$)' ] }
 * ```
 */
export function renderAuditFix(resolution: AnyResolution, report: AuditReport, target: RenderTarget): RenderOutput {
  // A target of a scanner would leave the managed items out; a review format lists them anyway (and refuses the option).
  const spec = targetSpec(target);
  return renderExclusions(missingOnly(resolution, report), target, {
    action: 'add',
    includeManaged: spec !== undefined && includeManagedApplies(spec),
  });
}

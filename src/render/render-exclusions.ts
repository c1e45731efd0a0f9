import { unknownChoice } from '../internal/suggest.js';
import type { AnyResolution } from '../types/resolution.js';
import { assertIncludeManaged, readRenderOptions, renderWith } from './target.js';
import { TARGETS, targetSpec } from './targets.js';
import type { RenderOptions, RenderOutput, RenderTarget } from './types.js';

/** Every target id `renderExclusions` accepts. */
export const RENDER_TARGETS: readonly RenderTarget[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(TARGETS) as RenderTarget[],
);

/**
 * Renders a resolution into what a scanner or a reviewer accepts. Every target goes through the same steps: the
 * options are checked (`includeManaged: true` only for a target of a scanner; the action defaults to `add`, and a
 * target without an uninstall form refuses `remove`), then the platform, then the items an installer or the scanner
 * itself already adds (`managedBy` names the target's scanner) are left out (unless `includeManaged`) and the kinds the
 * scanner cannot express are skipped, each with its reason.
 *
 * @param resolution - a resolution (from `resolveExclusions`, from `resolveMachine` for a machine running several
 *   products, or built by the caller)
 * @param target - the output format
 * @param options - `action: 'remove'` for the uninstall form; `includeManaged` to render installer-managed items
 *   (targets of a scanner only: a review format, `json`, `csv` or `markdown`, lists them anyway and refuses `true`)
 * @returns the text, its structured form for JSON targets, skipped items and warnings
 * @throws AvExclusionsError `UNKNOWN_TARGET`, `TARGET_PLATFORM_MISMATCH`, `UNSAFE_VALUE`, `INVALID_OPTION` (a bad
 *   option, `remove` for a target without an uninstall form, `includeManaged: true` for a review format)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * const { text } = renderExclusions(resolution, 'clamav-clamd');
 * console.log(text.split('\n').filter((line) => line.startsWith('ExcludePath')));
 * // [ 'ExcludePath ^/opt/kerio/mailserver(/|$)' ]
 * ```
 */
export function renderExclusions(resolution: AnyResolution, target: RenderTarget, options: RenderOptions = {}): RenderOutput {
  const spec = targetSpec(target);
  if (!spec) {
    throw unknownChoice('UNKNOWN_TARGET', 'render target', target, RENDER_TARGETS);
  }
  const checked = readRenderOptions(options);
  assertIncludeManaged(spec, checked, Object.values(TARGETS));
  return renderWith(spec, resolution, checked);
}

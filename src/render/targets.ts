/**
 * The target registry: every render target's contract, in one place.
 *
 * @module
 */
import { CLAMAV_CLAMD } from './clamav-clamd.js';
import { CLAMAV_CLAMSCAN } from './clamav-clamscan.js';
import { CSV } from './csv.js';
import { DEFENDER_GPO } from './defender-gpo.js';
import { DEFENDER_INTUNE } from './defender-intune.js';
import { DEFENDER_POWERSHELL } from './defender-powershell.js';
import { JSON_TARGET } from './json.js';
import { MARKDOWN } from './markdown.js';
import { MDATP_CLI } from './mdatp-cli.js';
import { MDATP_JSON } from './mdatp-json.js';
import { MDATP_PLIST } from './mdatp-plist.js';
import type { TargetSpec } from './target.js';
import type { RenderTarget } from './types.js';

/** Every target's contract, by id, in the order `RENDER_TARGETS` lists them. */
export const TARGETS: Readonly<Record<RenderTarget, TargetSpec>> = /* @__PURE__ */ Object.freeze({
  'defender-powershell': DEFENDER_POWERSHELL,
  'defender-gpo': DEFENDER_GPO,
  'defender-intune': DEFENDER_INTUNE,
  'mdatp-cli': MDATP_CLI,
  'mdatp-json': MDATP_JSON,
  'mdatp-plist': MDATP_PLIST,
  'clamav-clamd': CLAMAV_CLAMD,
  'clamav-clamscan': CLAMAV_CLAMSCAN,
  json: JSON_TARGET,
  csv: CSV,
  markdown: MARKDOWN,
});

/**
 * The contract of a target id, or `undefined` when the id is not a target (own keys only, so `toString` is none).
 *
 * @param target - any value
 * @returns the target's contract, or `undefined`
 */
export function targetSpec(target: unknown): TargetSpec | undefined {
  return typeof target === 'string' && Object.hasOwn(TARGETS, target) ? TARGETS[target as RenderTarget] : undefined;
}

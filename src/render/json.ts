/**
 * The `json` target: the Resolution itself, as stable JSON.
 *
 * @module
 */
import type { AnyResolution } from '../types/resolution.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';

function render({ resolution }: RenderContext): FormatResult {
  const text = JSON.stringify(resolution, null, 2);
  return { lines: [text], data: JSON.parse(text) as AnyResolution };
}

/** The `json` target: any platform, the resolution as it is, LF. */
export const JSON_TARGET: TargetSpec = {
  id: 'json',
  platforms: ['windows', 'linux', 'macos'],
  actions: ['add', 'remove'],
  scanner: null,
  eol: '\n',
  render,
};

/**
 * Renders a resolution as JSON: exactly what `resolveExclusions` returns (the `Resolution` type documents every
 * field: `query`, `exclusions`, `conditional`, `unresolved`, `warnings`), or `resolveMachine` (a `MachineResolution`,
 * with `machine` too), with nothing added, dropped or reordered.
 * `text` is `JSON.stringify(resolution, null, 2)` plus a final newline: two-space indentation, keys in the order the
 * resolution holds them (the resolver's order, so the same query gives the same bytes), values escaped as JSON, so
 * any path is data. `data` is a deep copy of the resolution made from that text (changing it cannot change the
 * resolution; fields whose value is `undefined` are absent, as in the text).
 *
 * Works for every platform and ignores the options (JSON has no install or uninstall form), so it throws nothing on
 * account of the platform or the action. Read it back with `JSON.parse` and it is a `Resolution` the other renderers
 * accept.
 *
 * @param resolution - the resolution (any platform)
 * @param options - ignored, but `action` must be `add` or `remove` when given
 * @returns `text` (the JSON) and `data` (a deep copy of the resolution)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * const { text, data } = renderExclusions(resolution, 'json');
 * console.log(JSON.parse(text).exclusions[0].value); // '/opt/kerio/mailserver'
 * console.log(data !== resolution && JSON.stringify(data) === JSON.stringify(resolution)); // true
 * ```
 */
export function renderJson(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(JSON_TARGET, resolution, options);
}

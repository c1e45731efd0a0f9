/**
 * The `json` target: the Resolution itself, as stable JSON.
 *
 * @module
 */
import type { Resolution } from '../types/resolution.js';
import type { RenderOptions, RenderOutput } from './types.js';

/**
 * Renders a resolution as JSON: exactly what `resolveExclusions` returns (see the `Resolution` type for every
 * field), two-space indented, keys in the library's order, newline-terminated. Any platform; never throws.
 *
 * @param resolution - the resolution
 * @param _options - ignored (JSON has no install or uninstall form)
 * @returns `text` (the JSON) and `data` (a deep copy of the resolution)
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * const { text } = renderExclusions(resolution, 'json');
 * console.log(JSON.parse(text).exclusions[0].value); // '/opt/kerio/mailserver'
 * ```
 */
export function renderJson(resolution: Resolution, _options: RenderOptions = {}): RenderOutput {
  const text = `${JSON.stringify(resolution, null, 2)}\n`;
  return { target: 'json', text, data: JSON.parse(text) as unknown, skipped: [], warnings: [] };
}

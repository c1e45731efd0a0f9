/**
 * `renderExclusions`: one entry point over every renderer.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import { choicesTail, suggest } from '../internal/suggest.js';
import type { Resolution } from '../types/resolution.js';
import { renderClamavClamd } from './clamav-clamd.js';
import { renderClamavClamscan } from './clamav-clamscan.js';
import { renderCsv } from './csv.js';
import { renderDefenderGpo } from './defender-gpo.js';
import { renderDefenderIntune } from './defender-intune.js';
import { renderDefenderPowerShell } from './defender-powershell.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderMdatpCli } from './mdatp-cli.js';
import { renderMdatpJson } from './mdatp-json.js';
import type { RenderOptions, RenderOutput, RenderTarget } from './types.js';

type Renderer = (resolution: Resolution, options?: RenderOptions) => RenderOutput;

const RENDERERS: Record<RenderTarget, Renderer> = {
  'defender-powershell': renderDefenderPowerShell,
  'defender-gpo': renderDefenderGpo,
  'defender-intune': renderDefenderIntune,
  'mdatp-cli': renderMdatpCli,
  'mdatp-json': renderMdatpJson,
  'clamav-clamd': renderClamavClamd,
  'clamav-clamscan': renderClamavClamscan,
  json: renderJson,
  csv: renderCsv,
  markdown: renderMarkdown,
};

/** Every target id `renderExclusions` accepts. */
export const RENDER_TARGETS: readonly RenderTarget[] = Object.freeze(Object.keys(RENDERERS) as RenderTarget[]);

/**
 * Renders a resolution into what a scanner or a reviewer accepts.
 *
 * @param resolution - a resolution (from `resolveExclusions`, or built by the caller)
 * @param target - the output format
 * @param options - `action: 'remove'` for the uninstall form; `includeManaged` to render installer-managed items
 * @returns the text, its structured form for JSON targets, skipped items and warnings
 * @throws AvExclusionsError `UNKNOWN_TARGET`, `TARGET_PLATFORM_MISMATCH`, `UNSAFE_VALUE`, `INVALID_OPTION`
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * const { text } = renderExclusions(resolution, 'clamav-clamd');
 * console.log(text.split('\n').filter((line) => line.startsWith('ExcludePath')));
 * // [ 'ExcludePath ^/opt/kerio/mailserver(/|$)' ]
 * ```
 */
export function renderExclusions(resolution: Resolution, target: RenderTarget, options: RenderOptions = {}): RenderOutput {
  const render = typeof target === 'string' && Object.hasOwn(RENDERERS, target) ? RENDERERS[target] : undefined;
  if (!render) {
    const suggestion = typeof target === 'string' ? suggest(target, RENDER_TARGETS) : undefined;
    throw new AvExclusionsError('UNKNOWN_TARGET', `unknown render target "${String(target)}"${choicesTail(RENDER_TARGETS, suggestion)}`, {
      value: target,
      choices: RENDER_TARGETS,
      suggestion,
    });
  }
  if (options.action !== undefined && options.action !== 'add' && options.action !== 'remove') {
    throw new AvExclusionsError('INVALID_OPTION', `unknown action "${String(options.action)}"; valid: add, remove`, {
      value: options.action,
      choices: ['add', 'remove'],
    });
  }
  return render(resolution, options);
}

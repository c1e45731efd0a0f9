/**
 * The CLI's list of render targets (`av-exclusions targets`), from the target registry.
 *
 * @module
 */
import { SCANNER_NAMES } from '../render/scanners.js';
import type { TargetSpec } from '../render/target.js';
import type { Style } from './format-text.js';

/** A target as `targets --format json` lists it. */
export interface TargetSummary {
  /** Target id (`--format` value). */
  id: string;
  /** Platforms whose resolutions it renders. */
  platforms: string[];
  /** `add` and, where it has an uninstall form, `remove` (`--action`). */
  actions: string[];
  /** The scanner it configures, or null for review formats. */
  scanner: string | null;
  /** Line endings of its output. */
  lineEndings: 'CRLF' | 'LF';
  /** Why it has no uninstall form, when it has none. */
  noRemoveForm?: string;
}

/**
 * Summarises the target registry.
 *
 * @param specs - the registry's targets
 * @returns one summary per target, in registry order
 */
export function summarizeTargets(specs: readonly TargetSpec[]): TargetSummary[] {
  return specs.map((spec) => {
    const summary: TargetSummary = {
      id: spec.id,
      platforms: [...spec.platforms],
      actions: [...spec.actions],
      scanner: spec.scanner === null ? null : SCANNER_NAMES[spec.scanner],
      lineEndings: spec.eol === '\r\n' ? 'CRLF' : 'LF',
    };
    if (spec.noRemoveForm !== undefined) summary.noRemoveForm = spec.noRemoveForm;
    return summary;
  });
}

/**
 * Renders the target list for people: one line per target with its platforms, actions and scanner.
 *
 * @param targets - the summaries
 * @param style - styling
 * @returns the text, newline-terminated
 */
export function formatTargets(targets: readonly TargetSummary[], style: Style): string {
  const width = Math.max(...targets.map((t) => t.id.length));
  const lines = targets.map(
    (t) =>
      `${style.bold(t.id.padEnd(width))}  ${t.platforms.join(', ')}; ${t.actions.join(' and ')}; ` +
      `${t.scanner ?? 'review format, no scanner'}; ${t.lineEndings}`,
  );
  lines.push('', style.dim('Use one with: av-exclusions resolve <product> ... --format <target> [--action remove]'));
  return `${lines.join('\n')}\n`;
}

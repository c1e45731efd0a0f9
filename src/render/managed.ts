/**
 * How a managed exclusion's limits read in every output (script comments, text, markdown): one home for the words.
 *
 * @module
 */
import type { ManagedBy } from '../types/pack.js';

/**
 * The limits a managed exclusion's fields state, as short phrases: `real-time protection only` (`scans`) and
 * `unless <setting> is on` (`disabledBy`).
 *
 * @param managed - the item's `managedBy`
 * @returns the phrases, empty when it states neither
 */
export function managedLimits(managed: ManagedBy): string[] {
  const limits: string[] = [];
  if (managed.scans === 'real-time') limits.push('real-time protection only');
  if (typeof managed.disabledBy === 'string') limits.push(`unless ${managed.disabledBy} is on`);
  return limits;
}

/**
 * A managed item's note followed by its limits ({@link managedLimits}), `; `-separated: what every output shows
 * after "managed by the …".
 *
 * @param managed - the item's `managedBy`
 * @returns one line of text
 */
export function managedText(managed: ManagedBy): string {
  return [managed.note, ...managedLimits(managed)].join('; ');
}

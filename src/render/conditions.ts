/**
 * Conditional items as outputs report them: not rendered, each with what would make it apply (a feature to switch on,
 * an OS release to give). Shared by the pipeline (`RenderOutput.conditional`) and the comment blocks.
 *
 * @module
 */
import type { AnyResolution, ItemCondition } from '../types/resolution.js';
import type { SkippedItem } from './types.js';

/**
 * What would make a conditional item apply, in words.
 *
 * @param condition - the item's condition
 * @param platform - the resolution's platform
 * @returns the condition as text (`with feature csv on; on windows releases >=2016`)
 */
export function conditionText(condition: ItemCondition, platform: string): string {
  const parts: string[] = [];
  if (condition.features?.length) parts.push(`with feature${condition.features.length > 1 ? 's' : ''} ${condition.features.join(', ')} on`);
  if (condition.osVersions !== undefined) parts.push(`on ${platform} releases ${condition.osVersions}`);
  return parts.join('; ');
}

/**
 * The conditional items as a scanner output reports them: not rendered, each with what would make it apply.
 *
 * @param resolution - the resolution rendered
 * @returns one entry per conditional item
 */
export function conditionalItems(resolution: AnyResolution): SkippedItem[] {
  return resolution.conditional.map((item) => {
    const entry: SkippedItem = { rule: item.rule, reason: `applies only ${conditionText(item.condition, resolution.query.platform)}` };
    if (item.value !== undefined) entry.value = item.value;
    return entry;
  });
}

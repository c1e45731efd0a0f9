/**
 * The checks every value goes through before a renderer writes it: no control characters, no `{NAME}` placeholder
 * left, and on Windows only the machine variables Defender expands itself. The rules live in `src/paths/values.ts`;
 * this module turns their answers into the renderers' errors.
 *
 * @module
 */
import { AvExclusionsError } from '../../errors.js';
import { CONTROL_CHARACTERS, targetValueProblems } from '../../paths/values.js';
import type { Platform } from '../../types/pack.js';
import type { RenderTarget } from '../types.js';

/**
 * Throws `UNSAFE_VALUE` when a value holds a control character (newline, NUL, …): no target can carry one safely
 * and no real path needs one.
 *
 * @param value - the value to check
 * @param target - the target id, for the message
 * @throws AvExclusionsError `UNSAFE_VALUE`
 */
export function assertNoControlCharacters(value: string, target: RenderTarget): void {
  if (CONTROL_CHARACTERS.test(value)) {
    throw new AvExclusionsError('UNSAFE_VALUE', `a value for "${target}" contains a control character: ${JSON.stringify(value)}`, {
      value,
    });
  }
}

/**
 * Checks a value before it goes into a scanner format (the rules are `targetValueProblems` in `src/paths/values.ts`):
 * no control characters, no `{NAME}` placeholder left, and on Windows only the machine variables Defender expands
 * itself (`%ProgramData%` …); user-profile variables would point at the SYSTEM profile, and others are not expanded.
 *
 * @param value - the value
 * @param platform - its platform
 * @param target - the target id, for messages
 * @throws AvExclusionsError `UNSAFE_VALUE`
 */
export function assertRenderable(value: string, platform: Platform, target: RenderTarget): void {
  assertNoControlCharacters(value, target);
  const [problem] = targetValueProblems(value, platform);
  if (problem) {
    const details = problem.choices ? { value, choices: problem.choices } : { value };
    throw new AvExclusionsError('UNSAFE_VALUE', `"${value}" ${problem.message}`, details);
  }
}

/**
 * The checks every value goes through before a renderer writes it: no control characters, no `{NAME}` placeholder
 * left, and on Windows only the machine variables Defender expands itself. The one home of these checks in the
 * renderers.
 *
 * @module
 */
import { AvExclusionsError } from '../../errors.js';
import { MACHINE_VARIABLES, USER_VARIABLES, windowsVariablesIn } from '../../paths/windows-variables.js';
import type { Platform } from '../../types/pack.js';
import type { RenderTarget } from '../types.js';

/** C0 and C1 control characters, and the Unicode line and paragraph separators. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

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
 * Checks a value before it goes into a scanner format: no control characters, no `{NAME}` placeholder left, and on
 * Windows only the machine variables Defender expands itself (`%ProgramData%` …); user-profile variables would
 * point at the SYSTEM profile, and others are not expanded at all.
 *
 * @param value - the value
 * @param platform - its platform
 * @param target - the target id, for messages
 * @throws AvExclusionsError `UNSAFE_VALUE`
 */
export function assertRenderable(value: string, platform: Platform, target: RenderTarget): void {
  assertNoControlCharacters(value, target);
  if (/\{[A-Z][A-Z0-9_]*\}/.test(value)) {
    throw new AvExclusionsError('UNSAFE_VALUE', `"${value}" still holds a {VARIABLE} placeholder; resolve it with a value first`, { value });
  }
  if (platform !== 'windows') return;
  for (const name of windowsVariablesIn(value)) {
    if (USER_VARIABLES.includes(name)) {
      throw new AvExclusionsError('UNSAFE_VALUE', `"${value}" uses %${name}%, which Defender expands to the SYSTEM profile, not a user's; give the real path`, { value });
    }
    if (!(name in MACHINE_VARIABLES)) {
      throw new AvExclusionsError('UNSAFE_VALUE', `"${value}" uses %${name}%, which is not a machine variable Defender expands; give the real path`, {
        value,
        choices: Object.keys(MACHINE_VARIABLES),
      });
    }
  }
}

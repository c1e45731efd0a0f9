/**
 * "Did you mean" support for error messages.
 *
 * @module
 */
import { AvExclusionsError, type ErrorCode } from '../errors.js';
import { describeValue } from './quote.js';

/** The longest value (and choice) a suggestion is looked for. */
export const MAX_SUGGEST_LENGTH = 64;

/** The most choices a suggestion is looked for among. */
export const MAX_SUGGEST_CHOICES = 1000;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The choice closest to `value`, when it is close enough to be a likely typo (or a prefix/suffix match).
 *
 * @param value - what the caller wrote
 * @param choices - the valid choices
 * @returns the suggestion, or undefined
 */
export function suggest(value: string, choices: readonly string[]): string | undefined {
  // Bounded work: no suggestion for a long value, nor among very many choices (each comparison is quadratic).
  if (value.length > MAX_SUGGEST_LENGTH || choices.length > MAX_SUGGEST_CHOICES) return undefined;
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const choice of choices) {
    if (choice.length > MAX_SUGGEST_LENGTH) continue;
    const hay = choice.toLowerCase();
    if (hay === needle) return choice;
    let score = distance(needle, hay);
    // A choice holding the value (`hyper-v-host` for `host`, `a/b` for `b`) counts as one edit away.
    if (needle.length >= 3 && hay.includes(needle)) score = Math.min(score, 1);
    if (score < bestScore) {
      bestScore = score;
      best = choice;
    }
  }
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return bestScore <= limit ? best : undefined;
}

const MAX_LISTED = 50;

/**
 * A message tail listing the choices and the suggestion: `; valid: a, b, c (did you mean "b"?)`.
 *
 * @param choices - valid choices
 * @param suggestion - the suggestion, if any
 * @returns the tail
 */
export function choicesTail(choices: readonly string[], suggestion: string | undefined): string {
  const shown = choices.length > MAX_LISTED ? [...choices.slice(0, MAX_LISTED), `… (${choices.length - MAX_LISTED} more)`] : choices;
  const list = choices.length ? `; valid: ${shown.join(', ')}` : '';
  return list + (suggestion ? ` (did you mean "${suggestion}"?)` : '');
}

/**
 * The error for a value that is not one of a fixed list: `unknown <what> <value>; valid: …`, with a did-you-mean.
 *
 * @param code - the error code (`INVALID_OPTION`, `UNKNOWN_TARGET` …)
 * @param what - what the value is, for the message (`render target`, `audit format`)
 * @param value - what was given (any value: it is described, never trusted)
 * @param choices - the valid values
 * @returns the error to throw
 * @example
 * ```ts
 * import { unknownChoice } from './suggest.js';
 * console.log(unknownChoice('INVALID_OPTION', 'format', 'jsn', ['text', 'json']).message); // 'unknown format "jsn"; valid: text, json (did you mean "json"?)'
 * ```
 */
export function unknownChoice(code: ErrorCode, what: string, value: unknown, choices: readonly string[]): AvExclusionsError {
  const suggestion = typeof value === 'string' ? suggest(value, choices) : undefined;
  return new AvExclusionsError(code, `unknown ${what} ${describeValue(value)}${choicesTail(choices, suggestion)}`, {
    value,
    choices,
    ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * Safe text for messages: every value, whatever it is (a BigInt, a cyclic object, a revoked proxy, an object whose
 * `toJSON` or getters throw), becomes one printable line. Used wherever a message echoes what a caller gave.
 *
 * @module
 */

/** The longest echo of a caller's value in a message. */
const MAX_ECHO = 120;

/** Characters escaped in echoes: controls, line separators, bidirectional controls, zero-width ones, surrogates. */
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff\ud800-\udfff"\\]/g;

/**
 * A string in double quotes with every character that could paint a terminal, forge a line or disguise the text
 * escaped (`\n`, `\u001b`, `\u202e`, …), shortened to a readable length.
 *
 * @param text - the text
 * @returns the quoted text
 * @example
 * ```ts
 * quote('a\nb'); // '"a\\nb"'
 * ```
 */
export function quote(text: string): string {
  const short = text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
  return `"${short.replace(ESCAPED, escapeOne)}"`;
}

function escapeOne(c: string): string {
  if (c === '"' || c === '\\') return `\\${c}`;
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A whole message as one safe line: controls, line separators, bidirectional controls, zero-width characters and
 * surrogates escaped (a valid surrogate pair is kept), quotes and backslashes left as they are.
 *
 * @param text - the message
 * @returns the line
 * @example
 * ```ts
 * oneLine('bad\nsecond line'); // 'bad\\nsecond line'
 * ```
 */
export function oneLine(text: string): string {
  return text.replace(
    /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff\ud800-\udfff]/g,
    (c) => (c.length === 2 ? c : escapeOne(c)),
  );
}

/**
 * Any value as one safe line for a message: strings quoted ({@link quote}), numbers, booleans, `null`, `undefined` and
 * BigInts as written, arrays and objects by their kind. Never throws and never calls a caller's code.
 *
 * @param value - anything
 * @returns the description
 * @example
 * ```ts
 * describeValue(1n); // '1n'
 * describeValue({ a: 1 }); // 'an object'
 * ```
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return quote(value as string);
  if (type === 'bigint') return `${value}n`;
  if (type === 'symbol' || type === 'function') return `a ${type}`;
  // Numbers, booleans, undefined and null as written; objects by their kind (a revoked proxy cannot say which).
  if (type !== 'object' || value === null) return String(value);
  try {
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'an object';
  }
}

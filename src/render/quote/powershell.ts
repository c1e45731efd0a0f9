/**
 * PowerShell single-quoted strings. Inside `'…'` nothing expands (`$`, backticks, `$(…)` stay literal); the only
 * character to escape is the single quote, which PowerShell also recognises in its typographic forms U+2018, U+2019,
 * U+201A and U+201B. Each is escaped by doubling it, as PowerShell's own `CodeGeneration.EscapeSingleQuotedStringContent`
 * does.
 *
 * @module
 */

const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/**
 * Quotes a value as a PowerShell single-quoted string literal.
 *
 * @param value - any text without control characters (check with `assertNoControlCharacters` first)
 * @returns the literal, quotes included
 * @example
 * ```ts
 * console.log(quotePowerShell("C:\\O'Brien\\$(x)")); // "'C:\\O''Brien\\$(x)'"
 * ```
 */
export function quotePowerShell(value: string): string {
  return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

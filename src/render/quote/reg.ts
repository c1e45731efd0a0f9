/**
 * Strings in `.reg` files (REGEDIT5): inside `"…"`, a backslash is written `\\` and a double quote `\"`.
 *
 * @module
 */

/**
 * Quotes a value name or string value for a `.reg` file.
 *
 * @param value - any text without control characters
 * @returns the quoted string
 * @example
 * ```ts
 * console.log(quoteReg('C:\\Program Files\\A "B"')); // '"C:\\\\Program Files\\\\A \\"B\\""'
 * ```
 */
export function quoteReg(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

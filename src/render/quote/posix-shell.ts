/**
 * POSIX shell single-quoted words. Inside `'…'` no character is special to any POSIX shell (`$`, backticks, `\`,
 * `"`, `;`, `|`, `&`, `*`, `?`, `~`, `#`, spaces and newlines are all literal); the only character that cannot appear
 * inside is `'` itself, so it is written as `'\''` (close the quote, an escaped quote, reopen the quote).
 *
 * @module
 */

/**
 * Quotes a value as exactly one POSIX shell word whose value is `value`, under `sh`, `dash`, `bash`, `zsh` and `ksh`.
 * The word is always quoted, even when nothing in it is special, so a reviewer sees one rule for every value. The
 * result cannot start an option by itself: a value starting with `-` is still passed as that argument, and whether the
 * receiving program reads it as an option is the caller's concern.
 *
 * @param value - any text; callers reject control characters first (they would survive quoting, but a newline
 *   inside a quoted word makes a script hard to review)
 * @returns the quoted word
 * @example
 * ```ts
 * console.log(quotePosixShell("/srv/it's $(here)")); // "'/srv/it'\\''s $(here)'"
 * console.log(quotePosixShell('')); // "''"
 * ```
 */
export function quotePosixShell(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

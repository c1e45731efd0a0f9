/**
 * CSV fields (RFC 4180): a field with a comma, double quote, CR, LF or leading/trailing whitespace is enclosed in
 * double quotes, with inner double quotes doubled.
 *
 * Spreadsheet formula injection: a field whose first non-blank character is `=`, `+`, `-` or `@` (or, defensively,
 * their full-width forms `＝ ＋ － ＠`), or that starts with a tab or CR, is prefixed with `'`, which spreadsheets
 * show as text instead of running it. The choice: this changes the field for a program reading the CSV (it sees the
 * `'`), but only for fields that start that way. Exclusion values never do (Windows and POSIX absolute paths start
 * with a letter, `\`, `/` or `%`, extensions with `.`); free text such as a rationale might, and there the `'` is the
 * lesser harm. Note that a spreadsheet that splits on `;` instead of `,` (some locales) reads fields differently and is
 * not covered.
 *
 * @module
 */

const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/**
 * Quotes one CSV field.
 *
 * @param value - the field
 * @returns the field as written in the file
 * @example
 * ```ts
 * console.log(quoteCsv('a, "b"')); // '"a, ""b"""'
 * console.log(quoteCsv('=1+2')); // "'=1+2"
 * ```
 */
export function quoteCsv(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

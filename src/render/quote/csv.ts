/**
 * CSV fields (RFC 4180): a field with a comma, double quote, CR, LF or surrounding spaces is enclosed in double
 * quotes, with inner double quotes doubled. A field a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or CR) is prefixed with `'` so it stays text.
 *
 * @module
 */

/**
 * Quotes one CSV field.
 *
 * @param value - the field
 * @returns the field as written in the file
 * @example
 * ```ts
 * quoteCsv('a, "b"'); // '"a, ""b"""'
 * quoteCsv('=1+2');   // "'=1+2"
 * ```
 */
export function quoteCsv(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

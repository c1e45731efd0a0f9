/**
 * Text in Markdown table cells.
 *
 * @module
 */

/**
 * Escapes text for a table cell: `\`, `|`, `*`, `_`, `` ` ``, `[`, `]`, `<`, `>` are backslash-escaped so the text shows
 * as written and cannot open links, HTML or code spans.
 *
 * @param text - plain text
 * @returns the cell text
 * @example
 * ```ts
 * markdownCell('a|b *c*'); // 'a\\|b \\*c\\*'
 * ```
 */
export function markdownCell(text: string): string {
  return text.replace(/[\\|*_`[\]<>#]/g, '\\$&');
}

/**
 * A value in a code span that shows backticks and pipes safely: the fence is longer than any backtick run inside,
 * and `|` is escaped for the table.
 *
 * @param value - the value
 * @returns the code span
 * @example
 * ```ts
 * markdownCode('C:\\a`b'); // '`` C:\\a`b ``'
 * ```
 */
export function markdownCode(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = longest > 0 || value.startsWith(' ') || value.endsWith(' ') ? ` ${value} ` : value;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

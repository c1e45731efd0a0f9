/**
 * Text and values in Markdown (CommonMark with GitHub's table extension) table cells.
 *
 * @module
 */

/**
 * Escapes free text for a table cell: line breaks and other control characters become spaces (a cell is one line),
 * and `\`, `|`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `<`, `>`, `#`, `&` are backslash-escaped, so the text shows as written
 * and cannot end the cell or open code, emphasis, links, HTML or entities.
 *
 * @param text - plain text
 * @returns the cell text
 * @example
 * ```ts
 * console.log(markdownCell('a|b *c*')); // 'a\\|b \\*c\\*'
 * ```
 */
export function markdownCell(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/[\\|*_~`[\]<>#&]/g, '\\$&');
}

/**
 * A value in a code span, shown exactly as written: the fence is one backtick longer than the longest backtick run
 * inside, a space pads the value when it holds a backtick or starts or ends with a space (CommonMark strips one on
 * each side), and `|` is written `\|` so the table keeps its cells (GitHub's table extension removes that backslash before
 * the code span is read). An empty value shows as `(empty)`. The value must hold no control characters (check
 * first); a value made only of spaces cannot be shown exactly.
 *
 * @param value - the value
 * @returns the code span
 * @example
 * ```ts
 * console.log(markdownCode('C:\\a`b')); // '`` C:\\a`b ``'
 * ```
 */
export function markdownCode(value: string): string {
  if (value === '') return '*(empty)*';
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = longest > 0 || value.startsWith(' ') || value.endsWith(' ') ? ` ${value} ` : value;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

/**
 * Wrapping text to a width (a terminal's, for the full text output of the CLI and of audit reports).
 *
 * @module
 */

/**
 * Wraps one line of text at spaces so that no line is longer than `width`, continuing with the line's own indent
 * plus `hang` spaces. A word longer than the room left (a URL, a path) stays whole on a line of its own: breaking it
 * would change what an admin copies. Without a width (output is not a terminal), the line is returned as it is.
 *
 * @param line - one line, without line breaks
 * @param width - the terminal's width in columns, or undefined
 * @param hang - extra indent of continuation lines
 * @returns the wrapped lines
 * @example
 * ```ts
 * wrapLine('    The var folder holds the database, logs and work files.', 30, 2);
 * // [ '    The var folder holds the', '      database, logs and work', '      files.' ]
 * ```
 */
export function wrapLine(line: string, width: number | undefined, hang = 2): string[] {
  if (width === undefined || line.length <= width) return [line];
  const indent = /^ */.exec(line)![0];
  const words = line.slice(indent.length).split(/ +/);
  const next = `${indent}${' '.repeat(hang)}`;
  const lines: string[] = [];
  let current = indent;
  let empty = true;
  for (const word of words) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = next;
      empty = true;
    }
    current += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(current);
  return lines;
}

/**
 * Text and comments in an XML 1.0 document (the XML property lists of the `mdatp-plist` target).
 *
 * @module
 */
import { AvExclusionsError } from '../../errors.js';

/** Characters XML 1.0 does not allow anywhere (outside its `Char` production), lone surrogates included. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NOT_XML_ALL = new RegExp(NOT_XML.source, 'g');

/**
 * Escapes a value for an element's text: `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`. A value holding a character XML
 * 1.0 cannot carry at all (most control characters, U+FFFE, U+FFFF, a lone surrogate) is refused: no escape exists
 * for it.
 *
 * @param value - the value
 * @returns the escaped text
 * @throws AvExclusionsError `UNSAFE_VALUE`
 * @example
 * ```ts
 * console.log(xmlText('/srv/a&b <x>')); // '/srv/a&amp;b &lt;x&gt;'
 * ```
 */
export function xmlText(value: string): string {
  if (NOT_XML.test(value)) {
    throw new AvExclusionsError('UNSAFE_VALUE', `${JSON.stringify(value)} holds a character an XML document cannot carry`, { value });
  }
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A one-line XML comment, `<!-- text -->`: line breaks and other characters XML cannot carry become spaces, and `--`,
 * which may not appear inside a comment, becomes `- -`.
 *
 * @param text - free text
 * @returns the comment
 * @example
 * ```ts
 * console.log(xmlComment('a -- b')); // '<!-- a - - b -->'
 * ```
 */
export function xmlComment(text: string): string {
  let body = text.replace(/[\r\n\u0085\u2028\u2029]/g, ' ').replace(NOT_XML_ALL, ' ');
  while (body.includes('--')) body = body.replace(/--/g, '- -');
  return `<!-- ${body} -->`;
}

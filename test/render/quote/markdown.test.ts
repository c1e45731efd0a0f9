import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownCell, markdownCode } from '../../../src/render/quote/markdown.js';

// markdown-it (a CommonMark parser with GitHub-style tables; installed with typedoc) reads the cells back.
interface Token {
  type: string;
  content: string;
  children: Token[] | null;
}
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: {
  html: boolean;
}) => { parse(src: string, env: object): Token[] };
const md = new MarkdownIt({ html: true });

/** The inline tokens of each body cell of a two-column table whose cells are `a` and `b`. */
function cells(a: string, b: string): Token[][] {
  const tokens = md.parse(`| A | B |\n|---|---|\n| ${a} | ${b} |\n`, {});
  const body = tokens.slice(tokens.findIndex((t) => t.type === 'tbody_open'));
  return body.filter((t) => t.type === 'inline').map((t) => t.children ?? []);
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

describe('markdown escaping', () => {
  it('escapes cell text', () => {
    expect(markdownCell('a|b *c* _d_ [e](f) <script> # ~~g~~ &amp; `h`')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<script\\> \\# \\~\\~g\\~\\~ \\&amp; \\`h\\`',
    );
    expect(markdownCell('two\nlines\r\nand\u2028more')).toBe('two lines  and more');
  });

  it('fences code spans longer than any backtick run and escapes pipes', () => {
    expect(markdownCode('C:\\x')).toBe('`C:\\x`');
    expect(markdownCode('a`b')).toBe('`` a`b ``');
    expect(markdownCode('a``b|c')).toBe('``` a``b\\|c ```');
    expect(markdownCode(' lead')).toBe('`  lead `');
    expect(markdownCode('')).toBe('*(empty)*');
  });

  it('a code span reads back as the value, in one cell, whatever the value holds', () => {
    const piece = fc.constantFrom('`', '``', '|', '\\', '\\|', ' ', '*', '_', '<b>', '[x](y)', '&amp;', '#', '$', '~', 'ü');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 10 }), (parts) => {
        const value = parts.join('').replace(CONTROL, '_');
        fc.pre(value.trim() !== '');
        const [first, second] = cells(markdownCode(value), 'end');
        expect(first!.map((t) => t.type)).toEqual(['code_inline']);
        expect(first![0]!.content).toBe(value);
        expect(second!.map((t) => t.content)).toEqual(['end']);
      }),
      { numRuns: 500 },
    );
  });

  it('free text reads back as plain text (no code, emphasis, link or HTML), in one cell', () => {
    const piece = fc.constantFrom(
      '`',
      '|',
      '\\',
      '\\|',
      '*',
      '**',
      '_',
      '~~',
      '<b>',
      '<script>x</script>',
      '[x](https://e.test)',
      '![i](y)',
      '&amp;',
      '&#65;',
      '#',
      ' ',
      'ü',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 10 }), (parts) => {
        const text = parts.join('');
        const [first, second] = cells(`x ${markdownCell(text)} x`, 'end');
        expect(first!.every((t) => t.type === 'text')).toBe(true);
        expect(first!.map((t) => t.content).join('')).toBe(`x ${text.replace(CONTROL, ' ')} x`);
        expect(second!.map((t) => t.content)).toEqual(['end']);
      }),
      { numRuns: 500 },
    );
  });
});

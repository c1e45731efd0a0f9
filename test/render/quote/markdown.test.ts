import { describe, expect, it } from 'vitest';
import { markdownCell, markdownCode } from '../../../src/render/quote/markdown.js';

describe('markdown escaping', () => {
  it('escapes cell text', () => {
    expect(markdownCell('a|b *c* _d_ [e](f) <script> #')).toBe('a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<script\\> \\#');
  });
  it('fences code spans longer than any backtick run and escapes pipes', () => {
    expect(markdownCode('C:\\x')).toBe('`C:\\x`');
    expect(markdownCode('a`b')).toBe('`` a`b ``');
    expect(markdownCode('a``b|c')).toBe('``` a``b\\|c ```');
  });
});

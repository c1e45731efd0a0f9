import { describe, expect, it } from 'vitest';
import { xmlComment, xmlText } from '../../../src/render/quote/xml.js';
import { expectError } from '../../helpers.js';

describe('xmlText', () => {
  it.each([
    ['/opt/sesam', '/opt/sesam'],
    ['/srv/a&b', '/srv/a&amp;b'],
    ['/srv/<x>', '/srv/&lt;x&gt;'],
    ['/srv/&amp;', '/srv/&amp;amp;'],
    ['/srv/it\'s "quoted"', '/srv/it\'s "quoted"'],
    ['/srv/ёж/😀', '/srv/ёж/😀'],
    ['/srv/]]>', '/srv/]]&gt;'],
  ])('%j → %j', (value, expected) => {
    expect(xmlText(value)).toBe(expected);
  });
  it.each(['\u0000', 'a\u0001b', '\u000b', '\ufffe', '\uffff', '\ud800', 'x\udc00'])('refuses %j', (value) => {
    expectError(() => xmlText(value), 'UNSAFE_VALUE');
  });
  it('keeps tab, line feed and carriage return, which XML allows', () => {
    expect(xmlText('a\tb')).toBe('a\tb');
  });
});

describe('xmlComment', () => {
  it.each([
    ['plain', '<!-- plain -->'],
    ['a--b', '<!-- a- -b -->'],
    ['a---b', '<!-- a- - -b -->'],
    ['ends with -', '<!-- ends with - -->'],
    ['two\nlines', '<!-- two lines -->'],
    ['nul\u0000here', '<!-- nul here -->'],
    ['<tag> & more', '<!-- <tag> & more -->'],
  ])('%j → %j', (text, expected) => {
    expect(xmlComment(text)).toBe(expected);
  });
  it('never holds -- between its markers', () => {
    for (const text of ['--', '---', '----', '- -- -', '-->', '<!--']) expect(xmlComment(text).slice(4, -3)).not.toContain('--');
  });
});

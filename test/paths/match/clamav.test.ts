import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLAMAV_MAX_REPEATS,
  clamavExcludes,
  clamavPathMatches,
  compileClamavEntry,
  keysForClamavItem,
  translateClamavPattern,
  utf8ByteString,
} from '../../../src/paths/match/clamav.js';
import type { MatchItem } from '../../../src/paths/match/types.js';
import type { RuleKind } from '../../../src/types/pack.js';

const item = (kind: RuleKind, value: string): MatchItem => ({ kind, value, platform: 'linux' });
const how = (pattern: string, kind: RuleKind, value: string) => compileClamavEntry(pattern).cover(item(kind, value))?.how ?? null;
const t = (pattern: string) => {
  const r = translateClamavPattern(pattern);
  if ('reason' in r) throw new Error(r.reason);
  return r;
};
const matches = (pattern: string, path: string) => clamavPathMatches(t(pattern), path);

describe('ClamAV ERE, as its regex library reads it', () => {
  it('searches anywhere in the path (unanchored)', () => {
    expect(matches('/tmp', '/home/u/tmpfile')).toBe(true);
    expect(matches('/tmp/', '/home/u/tmpfile')).toBe(false);
    expect(matches('tmp', '/home/u/tmpfile')).toBe(true);
    expect(matches('/opt/kerio', '/srv/x/opt/kerio/y')).toBe(true);
    expect(matches('^/opt/kerio', '/srv/x/opt/kerio/y')).toBe(false);
  });

  it('a pattern ending in / makes ClamAV append / to every path it tests (file or folder)', () => {
    expect(matches('^/proc/', '/proc')).toBe(true);
    expect(matches('^/proc/$', '/proc')).toBe(false);
    expect(matches('f\\.txt/', '/x/f.txt')).toBe(true);
    expect(matches('^/srv/data/', '/srv/data2')).toBe(false);
  });

  it('cuts the path to 510 bytes (with the appended /) or 512 bytes before matching', () => {
    const long = `/${'a'.repeat(600)}`;
    expect(matches('a{255}a{255}$', long)).toBe(true);
    expect(matches(`^/${'a'.repeat(200)}`, long)).toBe(true);
    expect(clamavPathMatches(t('x$'), `/${'a'.repeat(520)}x`)).toBe(false);
  });

  it('literals: \\x is x, { is literal unless a digit follows, an unmatched ) is literal', () => {
    expect(matches('\\d', '/d')).toBe(true);
    expect(matches('\\d', '/1')).toBe(false);
    expect(matches('a{', '/a{')).toBe(true);
    expect(matches('a{,2}', '/a{,2}')).toBe(true);
    expect(matches('a)', '/a)')).toBe(true);
    expect(matches('a\\.b', '/aXb')).toBe(false);
  });

  it('bracket expressions: ] and - first or last are literal, a backslash is literal, ASCII classes', () => {
    expect(matches('[]x]', '/]')).toBe(true);
    expect(matches('[a-]', '/-')).toBe(true);
    expect(matches('[\\d]', '/\\')).toBe(true);
    expect(matches('[\\d]', '/1')).toBe(false);
    expect(matches('^/[[:digit:]]+$', '/123')).toBe(true);
    expect(matches('^/[[:alpha:]]$', '/é')).toBe(false);
    expect(matches('^/[^/]$', '/x')).toBe(true);
    expect(matches('[!--]', '/,')).toBe(true);
  });

  it('. matches one byte: a two-byte character needs two', () => {
    expect(matches('^/.$', '/ü')).toBe(false);
    expect(matches('^/..$', '/ü')).toBe(true);
    expect(matches('^/ü$', '/ü')).toBe(true);
    expect(utf8ByteString('ü')).toBe('\u00c3\u00bc');
  });

  it('alternation, groups, repetition and counts', () => {
    expect(matches('^/(opt|srv)/app', '/srv/app')).toBe(true);
    expect(matches('^/a(b|c)?d$', '/ad')).toBe(true);
    expect(matches('^/a{2,3}$', '/aaaa')).toBe(false);
    expect(matches('^/a{2,}$', '/aaaa')).toBe(true);
    expect(matches('^/x()y$', '/xy')).toBe(true);
  });

  it('patterns ClamAV rejects, and syntax we cannot reproduce exactly, cannot be evaluated', () => {
    const reasons: [string, RegExp][] = [
      ['a|', /REG_EMPTY/],
      ['*a', /REG_BADRPT/],
      ['^*', /REG_BADRPT/],
      ['a**', /REG_BADRPT/],
      ['a{2', /REG_BADBR/],
      ['a{2,1}', /REG_BADBR/],
      ['a{256}', /REG_BADBR/],
      ['(a', /REG_EPAREN/],
      ['[a', /REG_EBRACK/],
      ['[z-a]', /REG_ERANGE/],
      ['[a-c-e]', /REG_ERANGE/],
      ['[[:nope:]]', /REG_ECTYPE/],
      ['a\\', /REG_EESCAPE/],
      ['{1}', /REG_BADRPT/],
      ['\\<tmp', /word boundary/],
      ['[[:<:]]tmp', /word boundary/],
      ['[[=a=]]', /equivalence/],
      ['[[.a.]]', /collating/],
      ['[ü]', /non-ASCII/],
      ['$*', /repeated \$/],
      ['(a*)*', /too costly/],
      ['(a|b)+', /too costly/],
      ['.*'.repeat(CLAMAV_MAX_REPEATS + 1), /too costly/],
    ];
    for (const [pattern, reason] of reasons) {
      const r = translateClamavPattern(pattern);
      expect('reason' in r && r.reason, pattern).toMatch(reason);
      const entry = compileClamavEntry(pattern);
      expect(entry.evaluable).toBe(false);
      expect(entry.cover(item('directory', '/x'))?.how).toBe('cannot-evaluate');
    }
    expect('regex' in translateClamavPattern('.*'.repeat(CLAMAV_MAX_REPEATS))).toBe(true);
    expect('regex' in translateClamavPattern('(a|b)?c')).toBe(true);
  });

  it('never throws, whatever the pattern', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'^$.[]()|*+?{}\\,:-=<>/a1ü'.split('')), maxLength: 14 }), (pattern) => {
        const r = translateClamavPattern(pattern);
        if ('regex' in r) expect(typeof r.regex.test('/a/b')).toBe('boolean');
        else expect(r.reason).toBeTruthy();
      }),
      { numRuns: 5000 },
    );
  });
});

describe('ClamAV coverage of recommended items', () => {
  it('folders: our own forms are exact; sloppy ones are wildcard, parent or partial', () => {
    expect(how('^/opt/kerio/mailserver/$', 'directory', '/opt/kerio/mailserver')).toBeNull(); // no / is appended: matches nothing
    for (const p of ['^/opt/kerio/mailserver(/|$)', '^/opt/kerio/mailserver/', '^/opt/kerio/mailserver$'])
      expect(how(p, 'directory', '/opt/kerio/mailserver'), p).toBe('exact');
    expect(how('^/opt/kerio/mailserver', 'directory', '/opt/kerio/mailserver')).toBe('wildcard');
    expect(how('mailserver', 'directory', '/opt/kerio/mailserver')).toBe('wildcard');
    expect(how('^/opt/kerio(/|$)', 'directory', '/opt/kerio/mailserver')).toBe('parent');
    expect(how('^/opt/kerio/mailserver/store(/|$)', 'directory', '/opt/kerio/mailserver')).toBe('partial');
    expect(how('\\.txt$', 'directory', '/opt/kerio/mailserver')).toBe('partial');
    expect(how('^/opt/kerio/mailserver(/|$)', 'directory', '/opt/kerio/mailserver2')).toBeNull();
    expect(how('^/opt/kerio/mailserver(/|$)', 'directory', '/srv/opt/kerio/mailserver')).toBeNull();
  });

  it('files: ^F$ is exact, a match by another pattern wildcard', () => {
    expect(how('^/etc/opt/app\\.conf$', 'file', '/etc/opt/app.conf')).toBe('exact');
    expect(how('app\\.conf', 'file', '/etc/opt/app.conf')).toBe('wildcard');
    expect(how('^/etc/opt/app\\.conf$', 'file', '/etc/opt/app.conf.bak')).toBeNull();
  });

  it('patterns: our own translation is exact; a broader regex only sampled', () => {
    const glob = '/var/log/sesam/sm_*.lo?';
    expect(how('^/var/log/sesam/sm_[^/]*\\.lo[^/]$', 'glob', glob)).toBe('exact');
    expect(how('^/var/log/sesam(/|$)', 'glob', glob)).toBe('parent');
    expect(how('sm_.*', 'glob', glob)).toBe('cannot-evaluate');
    expect(how('sm_x', 'glob', glob)).toBe('partial');
    expect(how('\\.txt$', 'glob', glob)).toBeNull();
  });

  it('extensions: \\.ext$ is exact, a shorter literal suffix wildcard, others sampled', () => {
    expect(how('\\.vhdx$', 'extension', '.vhdx')).toBe('exact');
    expect(how('\\.vhdx$', 'extension', 'vhdx')).toBe('exact');
    expect(how('vhdx$', 'extension', '.vhdx')).toBe('wildcard');
    expect(how('\\.(vhdx|vhd)$', 'extension', '.vhdx')).toBe('cannot-evaluate');
    expect(how('\\.vhd$', 'extension', '.vhdx')).toBeNull();
    expect(how('^/vm/', 'extension', '.vhdx')).toBeNull();
    expect(how('^/x/', 'extension', '.vhdx')).toBe('partial');
    expect(how('\\.VHDX$', 'extension', '.vhdx')).toBeNull();
  });

  it('never answers for processes or Windows items', () => {
    expect(how('.*', 'process', '/usr/bin/x')).toBeNull();
    expect(compileClamavEntry('.*').cover({ kind: 'directory', value: 'C:\\x', platform: 'windows' })).toBeNull();
  });

  it('clamavExcludes: a folder above that matches excludes everything below it', () => {
    expect(clamavExcludes(t('^/opt/kerio/mailserver$'), '/opt/kerio/mailserver/x/y')).toBe(true);
    expect(clamavExcludes(t('^/opt/kerio/mailserver$'), '/opt/kerio/mailserver2/x')).toBe(false);
  });

  it('OnAccessExcludePath before 1.5.0: a literal folder and everything below', () => {
    const entry = compileClamavEntry('/home/bofh/', { literal: true });
    expect(entry.cover(item('directory', '/home/bofh'))?.how).toBe('exact');
    expect(entry.cover(item('file', '/home/bofh/x'))?.how).toBe('parent');
    expect(entry.cover(item('directory', '/home/bofh2'))).toBeNull();
    expect(entry.cover(item('extension', '.x'))).toBeNull();
    expect(compileClamavEntry('/', { literal: true }).cover(item('file', '/x'))?.how).toBe('parent');
    expect(compileClamavEntry('home', { literal: true }).evaluable).toBe(false);
  });

  it('index keys: ^/first/… goes under its first folder; anything else under the root bucket', () => {
    expect(compileClamavEntry('^/opt/kerio(/|$)').keys).toEqual(['p:/opt', 'p:/…']);
    expect(compileClamavEntry('^/opt$').keys).toEqual(['p:/opt', 'p:/…']);
    expect(compileClamavEntry('^/op?t/').keys).toEqual(['p:']);
    expect(compileClamavEntry('/opt/').keys).toEqual(['p:']);
    expect(compileClamavEntry('^/(opt|srv)/').keys).toEqual(['p:']);
    expect(keysForClamavItem(item('directory', '/opt/x'))).toEqual(['p:', 'p:/opt']);
    expect(keysForClamavItem(item('extension', '.x'))).toEqual(['p:', 'p:/…']);
    expect(keysForClamavItem(item('volume', '/'))).toEqual(['p:', 'p:/…']);
  });
});

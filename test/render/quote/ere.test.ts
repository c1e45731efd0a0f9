import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  directoryContentsPattern,
  directoryPattern,
  escapeEre,
  extensionPattern,
  filePattern,
  globPattern,
} from '../../../src/render/quote/ere.js';
import { HOSTILE_PIECES } from '../fixtures/resolutions.js';

// JavaScript's RegExp agrees with POSIX ERE on everything these patterns use (anchors, alternation in a group,
// [^/], *, and a backslash before a metacharacter meaning that character). The ClamAV proof checks the same patterns
// with ClamAV's own regex engine.
const matches = (pattern: string, path: string) => new RegExp(pattern).test(path);

/** ClamAV's trailing-slash rule: a pattern ending in / is tested against the path with a / appended. */
const clamavMatches = (pattern: string, path: string) => matches(pattern, pattern.endsWith('/') ? `${path}/` : path);

describe('escapeEre', () => {
  it('escapes exactly the ERE metacharacters . [ ] ( ) { } * + ? | ^ $ \\', () => {
    expect(escapeEre('.[](){}*+?|^$\\')).toBe('\\.\\[\\]\\(\\)\\{\\}\\*\\+\\?\\|\\^\\$\\\\');
    expect(escapeEre('/srv/a b\'"#%~!&;<>`-_,:=@ü日本🙂')).toBe('/srv/a b\'"#%~!&;<>`-_,:=@ü日本🙂');
  });

  it('an escaped text matches itself and nothing a regex reading of it would also match', () => {
    expect(matches(`^${escapeEre('/a+b (x).d')}$`, '/a+b (x).d')).toBe(true);
    expect(matches(`^${escapeEre('/a+b (x).d')}$`, '/aab (x)xd')).toBe(false);
    expect(matches(`^${escapeEre('/x*')}$`, '/xxx')).toBe(false);
    expect(matches(`^${escapeEre('/a|/b')}$`, '/b')).toBe(false);
    expect(matches(`^${escapeEre('/[ab]')}$`, '/a')).toBe(false);
    expect(matches(`^${escapeEre('/^x$')}$`, '/^x$')).toBe(true);
  });

  it('any text matches itself exactly once escaped (property)', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 8 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), (value, extra) => {
        const pattern = `^${escapeEre(value)}$`;
        expect(matches(pattern, value)).toBe(true);
        expect(matches(pattern, value + extra)).toBe(false);
        expect(matches(pattern, extra + value)).toBe(false);
      }),
    );
  });
});

describe('anchored patterns', () => {
  it('directory: itself and everything below, not siblings or the same name elsewhere', () => {
    const p = directoryPattern('/opt/kerio/mailserver');
    expect(p).toBe('^/opt/kerio/mailserver(/|$)');
    for (const path of ['/opt/kerio/mailserver', '/opt/kerio/mailserver/store/x']) expect(clamavMatches(p, path)).toBe(true);
    for (const path of ['/opt/kerio/mailserver2', '/opt/kerio/mailserver.old', '/srv/x/opt/kerio/mailserver', '/opt/kerio'])
      expect(clamavMatches(p, path)).toBe(false);
  });

  it('directory: trailing slashes are ignored, the root is everything', () => {
    expect(directoryPattern('/var/opt/sesam/var/')).toBe('^/var/opt/sesam/var(/|$)');
    expect(directoryPattern('/srv//')).toBe('^/srv(/|$)');
    expect(directoryPattern('/')).toBe('^/');
    expect(directoryPattern('//')).toBe('^/');
  });

  it('directory contents (clamscan --exclude): below the directory and, by the trailing-slash rule, the directory itself', () => {
    const p = directoryContentsPattern('/var/opt/sesam/var/');
    expect(p).toBe('^/var/opt/sesam/var/');
    expect(clamavMatches(p, '/var/opt/sesam/var/db/x')).toBe(true);
    expect(clamavMatches(p, '/var/opt/sesam/var')).toBe(true);
    expect(clamavMatches(p, '/var/opt/sesam/varnish/x')).toBe(false);
    expect(directoryContentsPattern('/')).toBe('^/');
  });

  it('file: exactly one path', () => {
    const p = filePattern('/etc/a.conf');
    expect(p).toBe('^/etc/a\\.conf$');
    expect(matches(p, '/etc/a.conf')).toBe(true);
    for (const path of ['/etc/aXconf', '/etc/a.conf.bak', '/x/etc/a.conf', '/etc/a.conf/x']) expect(matches(p, path)).toBe(false);
  });

  it('glob: * and ? stay within one path element, everything else is literal', () => {
    const g = globPattern('/var/log/app-*.lo?');
    expect(g).toBe('^/var/log/app-[^/]*\\.lo[^/]$');
    for (const path of ['/var/log/app-1.log', '/var/log/app-.lox', '/var/log/app-a.b.log']) expect(matches(g, path)).toBe(true);
    for (const path of [
      '/var/log/app-1/x.log',
      '/var/log/app-1.logs',
      '/var/log/app-1Xlog',
      '/var/log/app-1.lo/',
      '/srv/var/log/app-1.log',
    ])
      expect(matches(g, path)).toBe(false);
    expect(globPattern('/srv/[a] (b)+*')).toBe('^/srv/\\[a\\] \\(b\\)\\+[^/]*$');
    expect(matches(globPattern('/srv/[a] (b)+*'), '/srv/[a] (b)+z')).toBe(true);
    expect(matches(globPattern('/srv/[a] (b)+*'), '/srv/a (b)+z')).toBe(false);
  });

  it('extension: anywhere, case-sensitive, a missing dot added', () => {
    const p = extensionPattern('.vhdx');
    expect(p).toBe('\\.vhdx$');
    expect(extensionPattern('vhdx')).toBe(p);
    expect(matches(p, '/x/disk.vhdx')).toBe(true);
    for (const path of ['/x/disk.VHDX', '/x/disk.vhdx.bak', '/x/diskvhdx', '/x/disk-vhdx']) expect(matches(p, path)).toBe(false);
    expect(extensionPattern('.tar.gz')).toBe('\\.tar\\.gz$');
  });
});

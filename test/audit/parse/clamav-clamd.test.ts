import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAMD_LINE_BUFFER, parseClamavClamd } from '../../../src/audit/parse/clamav-clamd.js';
import { AvExclusionsError } from '../../../src/errors.js';
import { renderClamavClamd } from '../../../src/render/clamav-clamd.js';
import { SESAM_LINUX } from '../../render/fixtures/resolutions.js';

const texts = (conf: string) => parseClamavClamd(conf).entries.map((e) => e.text);

describe('clamav-clamd: clamd.conf read as ClamAV reads it', () => {
  it('reads ExcludePath and OnAccessExcludePath with their lines; other options are not read', () => {
    const r = parseClamavClamd('# comment\nLocalSocket /run/c.sock\nExcludePath ^/proc/\n\n  OnAccessExcludePath /home/bofh\n');
    expect(r.entries).toEqual([
      { kind: 'path', text: '^/proc/', origin: { source: 'local', location: 'line 3' } },
      { kind: 'path', text: '/home/bofh', origin: { source: 'local', location: 'line 5' }, restriction: { onAccessOnly: true } },
    ]);
    expect(r.scanner).toBe('clamav');
  });

  it('trims blanks, keeps a carriage return, drops an inline comment (even inside quotes), unquotes to the last "', () => {
    expect(texts('ExcludePath \t ^/a(/|$) \t\n')).toEqual(['^/a(/|$)']);
    expect(parseClamavClamd('ExcludePath ^/a/\r\n').warnings[0]).toMatch(/carriage return/);
    expect(texts('ExcludePath ^/a/\r\n')).toEqual(['^/a/\r']);
    expect(texts('ExcludePath /tmp # sloppy\n')).toEqual(['/tmp']);
    expect(texts('ExcludePath "/my data/#x"\n')).toEqual(['/my data/']);
    expect(texts('ExcludePath "a"b"c\n')).toEqual(['a"b']);
    expect(texts('ExcludePath #x\n')).toEqual(['x']);
    expect(texts('ExcludePath ^/a b$\n')).toEqual(['^/a b$']);
  });

  it('skips lines of two bytes or less and lines starting with # (after blanks); names are case-sensitive', () => {
    expect(texts('a\n\n  # ExcludePath x\nexcludepath /x\nExcludePath y\n')).toEqual(['y']);
  });

  it('reads a line longer than 1023 bytes in pieces, as ClamAV does, and says so', () => {
    const prefix = '# ';
    const conf = `${prefix}${'x'.repeat(CLAMD_LINE_BUFFER - 1 - prefix.length)}ExcludePath .*\n`;
    const r = parseClamavClamd(conf);
    expect(r.entries.map((e) => e.text)).toEqual(['.*']);
    expect(r.warnings[0]).toMatch(/longer than 1023 bytes/);
    const ok = `ExcludePath ^/${'ü'.repeat(400)}\n`;
    expect(parseClamavClamd(ok).entries).toHaveLength(1);
  });

  it('our clamav-clamd renderer reads back to its own patterns, without a warning', () => {
    const out = renderClamavClamd(SESAM_LINUX);
    const lines = out.text.split('\n').filter((l) => l.startsWith('ExcludePath '));
    const r = parseClamavClamd(out.text);
    expect(r.entries.map((e) => `ExcludePath ${e.text}`)).toEqual(lines);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['Example\n', /Example/],
    ['ExcludePath\n', /without a value/],
    ['ExcludePath    \n', /without a value/],
    ['ExcludePath "abc\n', /not closed/],
    ['ExcludePath ""\n', /empty quoted/],
    ['ExcludePath ###\n', /only a comment/],
    ['\uFEFFExcludePath /x\n', /byte-order mark/],
  ])('refuses what stops clamd from starting: %j', (conf, message) => {
    expect(() => parseClamavClamd(conf)).toThrow(message);
    try {
      parseClamavClamd(conf);
    } catch (error) {
      expect((error as AvExclusionsError).code).toBe('INVALID_CURRENT');
      expect((error as AvExclusionsError).message).toMatch(/line 1/);
    }
  });

  it('any text in: entries or INVALID_CURRENT, never a crash', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('E', 'x', 'ExcludePath', ' ', '\t', '\n', '\r', '#', '"', '/', 'ü', '\0') }),
        (conf) => {
          try {
            parseClamavClamd(conf);
          } catch (error) {
            expect(error).toBeInstanceOf(AvExclusionsError);
            expect((error as AvExclusionsError).code).toBe('INVALID_CURRENT');
          }
        },
      ),
      { numRuns: 3000 },
    );
    expect(() => parseClamavClamd(42 as never)).toThrow(/expected text/);
  });
});

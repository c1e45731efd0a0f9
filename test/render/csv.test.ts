import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, renderCsv } from '../../src/render/csv.js';
import { expectError } from '../helpers.js';
import { KERIO_LINUX } from './cases.js';
import { readCsv } from './fixtures/readers.js';
import { HYPERV_WINDOWS, LINUX, SESAM_WINDOWS, withRationale, withValues } from './fixtures/resolutions.js';

const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('renderCsv', () => {
  const rows = readCsv(renderCsv(SESAM_WINDOWS).text);

  it('writes a header and one row per item of every bucket, managed items included', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[column('rule')]])).toEqual([
      ['exclusion', 'sep-sesam/sesam-bin-dir'],
      ['exclusion', 'sep-sesam/sesam-var-dir'],
      ['exclusion', 'sep-sesam/data-store-volumes'],
      ['exclusion', 'sep-sesam/postgres-process'],
      ['exclusion', 'sep-sesam/bsr-pro-files'],
      ['unresolved', 'sep-sesam/restore-dirs'],
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('fills every column from the item', () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[5]![i]]));
    expect(row).toEqual({
      bucket: 'exclusion',
      kind: 'glob',
      value: 'C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*',
      recursive: 'false',
      platform: 'windows',
      rule: 'sep-sesam/bsr-pro-files',
      rationale: 'SEP sesam BSR Pro, the Windows disaster-recovery tool, is excluded so the scanner does not interfere with it.',
      source_url: 'https://wiki.sep.de/wiki/index.php/Special:MyLanguage/Antivirus_Exclusions_for_SEP_sesam',
      source_section: 'Recommended antivirus exclusion rules',
      provenance: 'vendor-page',
      risk: 'low',
      managed_by: 'SEP sesam installer (Microsoft Defender Antivirus)',
      condition: '',
      needs: '',
      via: 'sep-sesam/server',
    });
    expect(rows[6]![column('value')]).toBe('');
    expect(rows[6]![column('needs')]).toBe('RESTORE_DIRS');
  });

  it('writes conditional items with their condition, and include chains', () => {
    const hyperv = readCsv(renderCsv(HYPERV_WINDOWS).text);
    const conditional = hyperv.filter((r) => r[0] === 'conditional');
    expect(conditional.map((r) => [r[column('value')], r[column('condition')]])).toEqual([
      ['%systemroot%\\System32\\Vmcompute.exe', 'os >=2019'],
      ['C:\\ClusterStorage', 'feature cluster-shared-volumes'],
    ]);
    expect(hyperv[2]![column('via')]).toBe('azure-site-recovery/hyper-v-to-azure/hyper-v-host > hyper-v/host');
  });

  it('works for any platform, with CRLF line endings, deterministically', () => {
    const text = renderCsv(LINUX).text;
    expect(
      readCsv(text)
        .slice(1)
        .map((r) => r[column('value')]),
    ).toEqual(['/opt/kerio/mailserver', '/var/opt/sesam/var']);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(renderCsv(KERIO_LINUX).text).toBe(renderCsv(KERIO_LINUX).text);
  });

  it('round-trips hostile values and free text; free text that looks like a formula gets a leading quote', () => {
    const text = fc
      .array(
        fc.oneof(fc.constantFrom('"', ',', '\r\n', '\n', ' ', '=', '+', '-', '@', ';', "'"), fc.string({ unit: 'grapheme', maxLength: 4 })),
        { maxLength: 8 },
      )
      .map((p) => p.join(''));
    const value = fc
      .array(fc.oneof(fc.constantFrom('"', ',', ' ', ';', "'", '$(x)', '%TEMP%'), fc.string({ unit: 'grapheme', maxLength: 4 })), {
        maxLength: 8,
      })
      .map((p) => `C:\\${p.join('')}`.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_'));
    fc.assert(
      fc.property(value, text, (v, rationale) => {
        const parsed = readCsv(renderCsv(withRationale(withValues(SESAM_WINDOWS, [v]), rationale)).text);
        expect(parsed[1]![column('value')]).toBe(v);
        expect(parsed[1]![column('rationale')]).toBe(/^(?:[\t\r]|\s*[=+\-@＝＋－＠])/.test(rationale) ? `'${rationale}` : rationale);
        expect(parsed).toHaveLength(3);
      }),
      { numRuns: 300 },
    );
    const formula = readCsv(renderCsv(withRationale(SESAM_WINDOWS, '=HYPERLINK("https://evil.test","x")')).text);
    expect(formula[1]![column('rationale')]).toBe('\'=HYPERLINK("https://evil.test","x")');
  });

  it('refuses a value with a control character', () => {
    expectError(() => renderCsv(withValues(SESAM_WINDOWS, ['C:\\a\nb'])), 'UNSAFE_VALUE');
  });
});

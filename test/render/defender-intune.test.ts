import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDefenderIntune } from '../../src/render/defender-intune.js';
import { expectError } from '../helpers.js';
import { HYPERV_WINDOWS, LINUX, SESAM_WINDOWS, withValues } from './fixtures/resolutions.js';

const URI = './Device/Vendor/MSFT/Policy/Config/Defender/';

describe('renderDefenderIntune', () => {
  it('joins each list with |, one setting per list that has items', () => {
    const out = renderDefenderIntune(HYPERV_WINDOWS);
    expect(out.data).toEqual({
      ExcludedPaths:
        '%ProgramData%\\ASRLogs|%ProgramData%\\Microsoft\\Windows\\Hyper-V|%Systemroot%\\Cluster|%SystemRoot%\\Cluster\\CLUSDB',
      ExcludedProcesses: '%systemroot%\\System32\\Vmms.exe|%systemroot%\\System32\\Vmwp.exe',
      ExcludedExtensions: '.vhdx|.iso',
    });
    expect(renderDefenderIntune(withValues(SESAM_WINDOWS, ['.vhdx'], 'extension')).data).toEqual({ ExcludedExtensions: '.vhdx' });
  });

  it('writes a readable block per setting: OMA-URI, data type String, value', () => {
    const text = renderDefenderIntune(SESAM_WINDOWS).text;
    expect(text).toContain(
      `\n\nOMA-URI: ${URI}ExcludedPaths\nData type: String\nValue: C:\\Program Files\\SEPsesam|D:\\SEPsesam\\var|E:\\\n`,
    );
    expect(text).toContain(`\n\nOMA-URI: ${URI}ExcludedProcesses\nData type: String\nValue: postgres.exe\n`);
    expect(text).not.toContain('ExcludedExtensions');
    expect(text.split('\n').filter((l) => l && !l.startsWith('#') && !/^(OMA-URI|Data type|Value): /.test(l))).toEqual([]);
    expect(text).not.toContain('\r');
  });

  it('leaves installer-managed and unresolved items out, in comments', () => {
    const out = renderDefenderIntune(SESAM_WINDOWS);
    expect(Object.values(out.data as object).join('|')).not.toContain('BSR Pro');
    expect(out.text).toContain('# Left out (managed): sep-sesam/bsr-pro-files');
    expect(out.text).toContain('#   sep-sesam/restore-dirs: needs RESTORE_DIRS');
    expect(out.skipped.map((s) => s.rule)).toEqual(['sep-sesam/bsr-pro-files']);
  });

  it('explains the uninstall form: the same strings, to remove from the profile', () => {
    const add = renderDefenderIntune(SESAM_WINDOWS);
    const remove = renderDefenderIntune(SESAM_WINDOWS, { action: 'remove' });
    expect(remove.data).toEqual(add.data);
    expect(remove.text).toContain('# Uninstall: remove these items from the profile.');
    expect(remove.text).toContain('keep the other items');
    expect(remove.text).toContain('If no item is left, delete the setting from the profile.');
    expect(remove.text).toContain(
      `OMA-URI: ${URI}ExcludedPaths\nData type: String\nRemove these items from the value: C:\\Program Files\\SEPsesam|D:\\SEPsesam\\var|E:\\\n`,
    );
    expect(remove.text).not.toMatch(/^Value: /m);
  });

  it('splitting a setting on | gives back the items, whatever else they hold', () => {
    const piece = fc.constantFrom('"', "'", ';', ',', ' ', '\\', '$(x)', '`', '&', '=', 'ü', '日本');
    const value = fc
      .array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 3 })), { minLength: 1, maxLength: 8 })
      .map((p) => `C:\\${p.join('')}x`.replace(/[|%{}\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_'));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), (values) => {
        const data = renderDefenderIntune(withValues(SESAM_WINDOWS, values, 'file')).data as Record<string, string>;
        expect(data.ExcludedPaths!.split('|')).toEqual(values);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses | inside a value, unsafe values and other platforms', () => {
    const error = expectError(() => renderDefenderIntune(withValues(SESAM_WINDOWS, ['C:\\a|b'])), 'UNSAFE_VALUE');
    expect(error.message).toContain('separator');
    for (const value of ['C:\\a\nb', '%LOCALAPPDATA%\\x', '{SESAM_BIN}', ''])
      expectError(() => renderDefenderIntune(withValues(SESAM_WINDOWS, [value])), 'UNSAFE_VALUE');
    expectError(() => renderDefenderIntune(LINUX), 'TARGET_PLATFORM_MISMATCH');
  });
});

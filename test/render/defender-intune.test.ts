import { describe, expect, it } from 'vitest';
import { renderDefenderIntune } from '../../src/render/defender-intune.js';
import { expectError } from '../helpers.js';
import { ASR_HYPERV, KERIO_LINUX, SESAM_WINDOWS, withValues } from './cases.js';

describe('renderDefenderIntune', () => {
  it('joins each list with |, one OMA-URI per setting', () => {
    const out = renderDefenderIntune(ASR_HYPERV);
    const data = out.data as Record<string, string>;
    expect(data.ExcludedProcesses).toBe('%systemroot%\\System32\\Vmms.exe|%systemroot%\\System32\\Vmwp.exe|%systemroot%\\System32\\Vmsp.exe|%systemroot%\\System32\\Vmcompute.exe');
    expect(data.ExcludedExtensions!.split('|')).toContain('.vmgs');
    expect(out.text).toContain('OMA-URI: ./Device/Vendor/MSFT/Policy/Config/Defender/ExcludedPaths\nData type: String\nValue: ');
  });

  it('leaves out settings without items and installer-managed items', () => {
    const data = renderDefenderIntune(SESAM_WINDOWS).data as Record<string, string>;
    expect(Object.keys(data)).toEqual(['ExcludedPaths', 'ExcludedProcesses']);
    expect(data.ExcludedPaths).toBe('C:\\Program Files\\SEPsesam');
  });

  it('explains the uninstall form', () => {
    expect(renderDefenderIntune(SESAM_WINDOWS, { action: 'remove' }).text).toContain('Uninstall: remove these items from the profile');
  });

  it('refuses | inside a value and other platforms', () => {
    expectError(() => renderDefenderIntune(withValues(SESAM_WINDOWS, ['C:\\a|b'])), 'UNSAFE_VALUE');
    expectError(() => renderDefenderIntune(KERIO_LINUX), 'TARGET_PLATFORM_MISMATCH');
  });
});

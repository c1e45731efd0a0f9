import { describe, expect, it } from 'vitest';
import { managedLimits, managedText } from '../../src/render/managed.js';

describe("managedLimits and managedText: what a managed item's disabledBy and scans mean, in words", () => {
  const base = { by: 'Defender automatic server-role exclusions', scanner: 'defender' as const, note: 'applied with the role' };

  it('say "real-time protection only" and "unless <setting> is on" after the note, when the fields are there', () => {
    const automatic = { ...base, scans: 'real-time' as const, disabledBy: 'DisableAutoExclusions' };
    expect(managedLimits(automatic)).toEqual(['real-time protection only', 'unless DisableAutoExclusions is on']);
    expect(managedText(automatic)).toBe('applied with the role; real-time protection only; unless DisableAutoExclusions is on');
    expect(managedText({ ...base, disabledBy: 'DisableAutoExclusions' })).toBe('applied with the role; unless DisableAutoExclusions is on');
  });

  it('add nothing to the note when neither field is there', () => {
    expect(managedLimits(base)).toEqual([]);
    expect(managedText(base)).toBe('applied with the role');
  });
});

import { describe, expect, it } from 'vitest';
import { SCANNER_NAMES, SCANNER_SHORT_NAMES, scannerName } from '../../src/render/scanners.js';
import { SCANNERS } from '../../src/types/pack.js';

describe('render/scanners', () => {
  it('names every scanner id', () => {
    expect(Object.keys(SCANNER_NAMES)).toEqual([...SCANNERS]);
    expect(Object.keys(SCANNER_SHORT_NAMES)).toEqual([...SCANNERS]);
    expect(scannerName('defender')).toBe('Microsoft Defender Antivirus');
    expect(scannerName('clamav')).toBe('ClamAV');
    expect(scannerName('Some Scanner')).toBe('Some Scanner');
    expect(scannerName('toString')).toBe('toString');
  });
});

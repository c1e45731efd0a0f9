import { describe, expect, it } from 'vitest';
import { fileName, mediaType, outputBytes } from '../../site/src/files.js';
import { RENDER_TARGETS } from '../../src/index.js';

describe('the downloaded file', () => {
  it('is named after the product, the target and the action, with the target extension', () => {
    expect(fileName('sep-sesam', 'defender-powershell', 'add')).toBe('sep-sesam-defender-powershell.ps1');
    expect(fileName('sep-sesam', 'defender-gpo', 'remove')).toBe('sep-sesam-defender-gpo-remove.reg');
    expect(fileName('kerio-connect', 'clamav-clamd', 'add')).toBe('kerio-connect-clamav-clamd.conf');
    expect(fileName('sep-sesam', 'defender-powershell', 'fix')).toBe('sep-sesam-defender-powershell-fix.ps1');
  });

  it('has a name for every target, made of safe characters only', () => {
    for (const target of RENDER_TARGETS)
      expect(fileName('x', target, 'add')).toMatch(/^x-[a-z-]+\.(ps1|reg|txt|sh|json|plist|conf|csv|md)$/);
    expect(fileName('../evil product\\x', 'json', 'add')).toBe('.._evil_product_x-json.json');
  });

  it('holds the text as UTF-8 with its own line endings and byte-order mark', () => {
    expect([...outputBytes('\uFEFFa\r\nä\n')]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0xc3, 0xa4, 0x0a]);
    expect(mediaType('a.json')).toBe('application/json;charset=utf-8');
    expect(mediaType('a.ps1')).toBe('text/plain;charset=utf-8');
  });
});

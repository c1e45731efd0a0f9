import { describe, expect, it } from 'vitest';
import { formatTargets, summarizeTargets } from '../../src/cli/format-targets.js';
import { makeStyle } from '../../src/cli/format-text.js';
import { RENDER_TARGETS } from '../../src/render/render-exclusions.js';
import { TARGETS } from '../../src/render/targets.js';

describe('targets', () => {
  const summaries = summarizeTargets(Object.values(TARGETS));
  it('summarises every target of the registry with its platforms, actions and scanner', () => {
    expect(summaries.map((t) => t.id)).toEqual([...RENDER_TARGETS]);
    expect(summaries.find((t) => t.id === 'defender-powershell')).toEqual({
      id: 'defender-powershell',
      platforms: ['windows'],
      actions: ['add', 'remove'],
      scanner: 'Microsoft Defender Antivirus',
      lineEndings: 'CRLF',
    });
    expect(summaries.find((t) => t.id === 'mdatp-json')).toMatchObject({ actions: ['add'], noRemoveForm: expect.any(String) });
    expect(summaries.find((t) => t.id === 'json')?.scanner).toBeNull();
  });
  it('prints one line per target', () => {
    const text = formatTargets(summaries, makeStyle(false, {}));
    expect(text.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('Use'))).toHaveLength(summaries.length);
    expect(text).toMatch(/^clamav-clamd +linux, macos; add and remove; ClamAV; LF$/m);
  });
});

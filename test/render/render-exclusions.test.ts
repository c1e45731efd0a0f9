import { describe, expect, it } from 'vitest';
import { resolveExclusions } from '../../src/index.js';
import { RENDER_TARGETS, renderExclusions } from '../../src/render/render-exclusions.js';
import { expectError } from '../helpers.js';

describe('renderExclusions', () => {
  const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });

  it('dispatches to the target', () => {
    expect(renderExclusions(resolution, 'json').target).toBe('json');
  });

  it('rejects unknown targets with the choices and a suggestion', () => {
    const error = expectError(() => renderExclusions(resolution, 'jsno' as never), 'UNKNOWN_TARGET');
    expect(error.choices).toEqual(RENDER_TARGETS);
    expect(error.suggestion).toBe('json');
    expectError(() => renderExclusions(resolution, 'toString' as never), 'UNKNOWN_TARGET');
  });

  it('rejects an unknown action', () => {
    expectError(() => renderExclusions(resolution, 'json', { action: 'delete' as never }), 'INVALID_OPTION');
  });
});

describe('nothing dropped in silence', () => {
  it('every scanner script for a Hyper-V host without an OS release names Vmsp.exe and Vmcompute.exe in its conditional block', () => {
    const resolution = resolveExclusions({ product: 'hyper-v', roles: ['host'] });
    expect(resolution.warnings.map((w) => w.code)).toContain('OS_VERSION_NEEDED');
    for (const target of ['defender-powershell', 'defender-gpo', 'defender-intune'] as const) {
      const out = renderExclusions(resolution, target);
      const comments = out.text.split(/\r?\n/).filter((line) => /^\s*[#;]/.test(line));
      for (const name of ['Vmsp.exe', 'Vmcompute.exe']) {
        expect(
          comments.some((line) => line.includes(name) && line.includes('on windows releases >=')),
          `${target} ${name}`,
        ).toBe(true);
        expect(
          out.text
            .split(/\r?\n/)
            .filter((line) => !/^\s*[#;]/.test(line))
            .join('\n'),
          `${target} ${name}`,
        ).not.toContain(name);
      }
      expect(out.conditional.map((item) => item.rule)).toEqual(
        expect.arrayContaining(['hyper-v/vmsp-process', 'hyper-v/vmcompute-process']),
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { AvExclusionsError } from '../../src/errors.js';
import { resolveExclusions } from '../../src/index.js';
import { RENDER_TARGETS, renderExclusions } from '../../src/render/render-exclusions.js';
import type { Resolution } from '../../src/types/resolution.js';
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

describe('renderExclusions with hand-built resolutions and options', () => {
  const good = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
  const broken = (edit: (item: Record<string, unknown>) => void) => {
    const copy = structuredClone(good) as unknown as { exclusions: Record<string, unknown>[] };
    edit(copy.exclusions[0]!);
    return copy as unknown as Resolution;
  };

  it.each([
    ['a number as value', (i: Record<string, unknown>) => void (i.value = 42)],
    ['a missing source', (i: Record<string, unknown>) => void delete i.source],
    ['an unknown kind', (i: Record<string, unknown>) => void (i.kind = 'bogus')],
    ['a BigInt rule', (i: Record<string, unknown>) => void (i.rule = 1n)],
  ])('refuses %s with a typed error, for every target', (_name, edit) => {
    for (const target of RENDER_TARGETS) {
      expect(() => renderExclusions(broken(edit), target)).toThrow(AvExclusionsError);
    }
  });

  it('refuses resolutions that cannot be read as data', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = Object.defineProperty({ ...good }, 'exclusions', {
      enumerable: true,
      get: () => {
        throw new Error('x');
      },
    });
    for (const value of [proxy, getter, null, 'x', { ...good, exclusions: [() => 1] }]) {
      expect(() => renderExclusions(value as never, 'clamav-clamd')).toThrow(AvExclusionsError);
    }
  });

  it('refuses options that are not options', () => {
    expectError(() => renderExclusions(good, 'clamav-clamd', 'remove' as never), 'INVALID_OPTION');
    expectError(() => renderExclusions(good, 'clamav-clamd', { includeManaged: 'false' } as never), 'INVALID_OPTION');
    expectError(() => renderExclusions(good, 'clamav-clamd', { action: 1n } as never), 'INVALID_OPTION');
    expectError(() => renderExclusions(good, 1n as never), 'UNKNOWN_TARGET');
  });
});

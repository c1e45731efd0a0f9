import { describe, expect, it } from 'vitest';
import schema from '../../data/schema.json' with { type: 'json' };
import { AvExclusionsError } from '../../src/errors.js';
import { resolveExclusions } from '../../src/index.js';
import { RENDER_TARGETS, renderExclusions } from '../../src/render/render-exclusions.js';
import { TARGETS } from '../../src/render/targets.js';
import type { Platform, Scanner } from '../../src/types/pack.js';
import type { Resolution } from '../../src/types/resolution.js';
import { expectError } from '../helpers.js';
import { SESAM_LINUX, SESAM_WINDOWS } from './fixtures/resolutions.js';

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

describe('includeManaged, by target', () => {
  /** The scanner ids a rule's `managedBy.scanner` can name, as the published JSON Schema says. */
  const nameable: readonly string[] = schema.properties.rules.items.properties.managedBy.properties.scanner.enum;
  /** The targets where an item can be managed: those configuring a scanner that `managedBy` can name. */
  const applies = RENDER_TARGETS.filter((id) => TARGETS[id].scanner !== null && nameable.includes(TARGETS[id].scanner!));

  /** SEP sesam on `platform`, its installer-managed item managed in `scanner` (when given). */
  function sesam(platform: Platform, scanner: Scanner | null): Resolution {
    const copy = structuredClone(platform === 'windows' ? SESAM_WINDOWS : SESAM_LINUX);
    copy.query.platform = platform;
    for (const item of [...copy.exclusions, ...copy.conditional, ...copy.unresolved]) {
      item.platform = platform;
      if (item.managedBy && scanner !== null) item.managedBy.scanner = scanner;
    }
    return copy;
  }

  it('applies to the targets of a scanner, and those only', () => {
    expect(applies.length).toBeGreaterThan(0);
    expect(applies.length).toBeLessThan(RENDER_TARGETS.length);
  });

  it.each(RENDER_TARGETS)('%s: renders with includeManaged true where an item can be managed, else INVALID_OPTION', (id) => {
    const spec = TARGETS[id];
    const resolution = sesam(spec.platforms[0]!, spec.scanner);
    const managed = resolution.exclusions.find((item) => item.managedBy)!.rule;
    if (applies.includes(id)) {
      // The option changes the output: the item managed in this target's scanner is rendered instead of left out.
      expect(renderExclusions(resolution, id).skipped.map((s) => s.rule)).toContain(managed);
      expect(renderExclusions(resolution, id, { includeManaged: true }).skipped.map((s) => s.rule)).not.toContain(managed);
    } else {
      const error = expectError(() => renderExclusions(resolution, id, { includeManaged: true }), 'INVALID_OPTION');
      expect(error.value).toBe(id);
      expect(error.choices).toEqual(applies);
      expect(error.message).toContain('includeManaged');
      expect(error.message).toContain(`"${id}"`);
      expect(error.message).toContain(applies.join(', '));
    }
    // `false` is accepted everywhere, and is the default.
    expect(renderExclusions(resolution, id, { includeManaged: false })).toEqual(renderExclusions(resolution, id));
  });

  it('mdatp-cli renders the item its installer manages in Defender for Endpoint with includeManaged', () => {
    expect(renderExclusions(SESAM_LINUX, 'mdatp-cli').text).not.toContain("'/opt/sesam/bsr/'");
    expect(renderExclusions(SESAM_LINUX, 'mdatp-cli', { includeManaged: true }).text).toContain(
      "mdatp exclusion folder add --path '/opt/sesam/bsr/' --scope epp",
    );
  });

  it('csv refuses includeManaged true, naming the option, the target and the targets it applies to', () => {
    const error = expectError(() => renderExclusions(SESAM_WINDOWS, 'csv', { includeManaged: true }), 'INVALID_OPTION');
    expect(error.message).toBe(
      'includeManaged applies to the formats that configure a scanner (only they leave out the exclusions an installer or ' +
        'the scanner itself already adds), not to "csv", a review format that lists every item; valid: defender-powershell, ' +
        'defender-gpo, defender-intune, mdatp-cli, mdatp-json, mdatp-plist, clamav-clamd, clamav-clamscan',
    );
  });
});

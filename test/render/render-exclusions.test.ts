import { describe, expect, it } from 'vitest';
import { RENDER_TARGETS, renderExclusions } from '../../src/render/render-exclusions.js';
import { resolveExclusions } from '../../src/index.js';
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

// A short run of the hostile-input fuzz shapes (the long run is `npm run fuzz`, result in bench/FUZZ.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeChecks } from '../../scripts/fuzz-check.mjs';
import { argv, query, renderCase } from '../../scripts/fuzz-shapes.mjs';
import { main } from '../../src/cli/main.js';
import { AvExclusionsError } from '../../src/errors.js';
import { RENDER_TARGETS, renderExclusions, resolveExclusions } from '../../src/index.js';

const checks = makeChecks({ resolveExclusions, renderExclusions, AvExclusionsError, RENDER_TARGETS, main });

describe('fuzz: every odd input is a typed error', () => {
  it('queries', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(['ok', 'typed']).toContain(checks.query(q));
      }),
      { numRuns: 1500 },
    );
  });
  it('render inputs', () => {
    fc.assert(
      fc.property(renderCase, fc.nat(), (c, i) => {
        expect(['ok', 'typed']).toContain(checks.render(c, i));
      }),
      { numRuns: 800 },
    );
  });
  it('command lines', () => {
    fc.assert(
      fc.property(argv, (a) => {
        expect(['ok', 'typed']).toContain(checks.argv(a));
      }),
      { numRuns: 800 },
    );
  });
});

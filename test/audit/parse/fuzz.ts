import fc from 'fast-check';
import { expect } from 'vitest';
import { AvExclusionsError } from '../../../src/errors.js';

/** Any text in: the parser returns, or throws INVALID_CURRENT; nothing else. */
export function neverCrashes(parse: (text: string) => unknown, units: string[]): void {
  const text = fc.oneof(fc.string({ unit: fc.constantFrom(...units), maxLength: 40 }), fc.string(), fc.json());
  fc.assert(
    fc.property(text, (input) => {
      try {
        parse(input);
      } catch (error) {
        expect(error).toBeInstanceOf(AvExclusionsError);
        expect((error as AvExclusionsError).code).toBe('INVALID_CURRENT');
      }
    }),
    { numRuns: 2000 },
  );
}

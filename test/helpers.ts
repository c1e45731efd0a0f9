/** Shared test helpers. */

import { expect } from 'vitest';
import { checkPacks } from '../src/catalog/check-packs.js';
import { compilePacks } from '../src/catalog/compile-packs.js';
import type { CompiledCatalog } from '../src/catalog/types.js';
import { AvExclusionsError } from '../src/errors.js';
import type { RulePack } from '../src/types/pack.js';

/** Compiles packs and fails the test on any issue. */
export function compileOrThrow(packs: readonly RulePack[]): CompiledCatalog {
  expect(checkPacks(packs)).toEqual([]);
  return compilePacks(packs);
}

/** Asserts `fn` throws an AvExclusionsError with `code`, and returns it. */
export function expectError(fn: () => unknown, code: string): AvExclusionsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AvExclusionsError);
    expect((error as AvExclusionsError).code).toBe(code);
    return error as AvExclusionsError;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

/** A deep copy of a pack, to break in one test. */
export function clonePack(pack: RulePack): RulePack {
  return JSON.parse(JSON.stringify(pack)) as RulePack;
}

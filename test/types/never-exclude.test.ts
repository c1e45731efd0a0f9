import { describe, expect, it } from 'vitest';
import file from '../../data/never-exclude.json' with { type: 'json' };
import { NEVER_EXCLUDE_KINDS, type NeverExcludeFile } from '../../src/types/never-exclude.js';

describe('never-exclude types', () => {
  it('name every kind the data uses', () => {
    const kinds = new Set((file as NeverExcludeFile).entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual([...NEVER_EXCLUDE_KINDS].sort());
  });
});

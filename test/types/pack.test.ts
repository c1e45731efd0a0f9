import { describe, expect, it } from 'vitest';
import schema from '../../data/schema.json' with { type: 'json' };
import { MANAGED_SCANS, PLATFORMS, PROVENANCE, RISKS, RULE_KINDS, SCANNERS, VARIABLE_TYPES } from '../../src/types/pack.js';

/** Every `enum` list in a JSON Schema, wherever it sits. */
function enums(node: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(node)) for (const item of node) enums(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' && Array.isArray(value)) out.push(value as string[]);
      else enums(value, out);
    }
  }
  return out;
}

describe('enumerations', () => {
  it('are declared once and reach the shipped JSON Schema unchanged', () => {
    const lists = enums(schema).map((list) => list.join(','));
    for (const list of [MANAGED_SCANS, PLATFORMS, PROVENANCE, RISKS, RULE_KINDS, SCANNERS, VARIABLE_TYPES])
      expect(lists).toContain(list.join(','));
  });
});

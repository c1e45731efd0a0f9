import { describe, expect, it } from 'vitest';
import { RulePackSchema, rulePackJsonSchema } from '../../src/schema/pack-schema.js';
import { alpha, beta } from '../fixtures/packs.js';
import { clonePack } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: packs broken on purpose, into shapes their type forbids
type Broken = Record<string, any>;

describe('RulePackSchema', () => {
  it('accepts sound packs', () => {
    expect(RulePackSchema.safeParse(alpha).success).toBe(true);
    expect(RulePackSchema.safeParse(beta).success).toBe(true);
  });

  it.each<[string, (p: Broken) => void, string]>([
    ['an unknown kind', (p) => (p.rules[0].kind = 'registry'), 'rules.0.kind'],
    ['a missing rationale', (p) => delete p.rules[0].rationale, 'rules.0.rationale'],
    ['an empty rationale', (p) => (p.rules[0].rationale = ''), 'rules.0.rationale'],
    ['a missing source', (p) => delete p.rules[0].source, 'rules.0.source'],
    ['an unknown provenance', (p) => (p.rules[0].provenance = 'vendor'), 'rules.0.provenance'],
    ['an unknown key', (p) => (p.rules[0].colour = 'red'), 'rules.0'],
    ['a bad id', (p) => (p.id = 'Alpha Product'), 'id'],
    ['a lower-case variable name', (p) => (p.variables[0].name = 'home'), 'variables.0.name'],
    ['a bad URL', (p) => (p.sources[0].url = 'example.test'), 'sources.0.url'],
    ['a bad retrieved date', (p) => (p.sources[0].retrieved = 'yesterday'), 'sources.0.retrieved'],
    ['an unknown platform', (p) => (p.platforms = ['windows', 'solaris']), 'platforms.1'],
    ['no roles', (p) => (p.roles = []), 'roles'],
    ['a fractional maxParts', (p) => (p.versionScheme.maxParts = 2.5), 'versionScheme'],
    ['a managedBy limited to an unknown kind of scan', (p) => (p.rules[4].managedBy.scans = 'on-demand'), 'rules.4.managedBy.scans'],
    ['an empty managedBy.disabledBy', (p) => (p.rules[4].managedBy.disabledBy = ''), 'rules.4.managedBy.disabledBy'],
  ])('rejects %s', (_name, change, path) => {
    const pack = clonePack(alpha) as unknown as Broken;
    change(pack);
    const result = RulePackSchema.safeParse(pack);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).join(' ')).toContain(path);
  });
});

describe('managedBy.disabledBy and managedBy.scans', () => {
  it('are accepted and kept as written', () => {
    const pack = clonePack(alpha);
    const managed = pack.rules.find((r) => r.id === 'managed')!;
    managed.managedBy = { ...managed.managedBy!, disabledBy: 'DisableAutoExclusions', scans: 'real-time' };
    const result = RulePackSchema.safeParse(pack);
    expect(result.success).toBe(true);
    expect(result.data!.rules.find((r) => r.id === 'managed')!.managedBy).toEqual({
      by: 'Alpha installer',
      scanner: 'defender',
      note: 'added at install',
      disabledBy: 'DisableAutoExclusions',
      scans: 'real-time',
    });
  });

  it('are optional, documented in the JSON Schema with scans limited to its one value', () => {
    const schema = JSON.stringify(rulePackJsonSchema());
    expect(schema).toContain('"disabledBy":{"type":"string","minLength":1}');
    expect(schema).toContain('"scans":{"type":"string","enum":["real-time"]}');
    expect(schema).toContain('"required":["by","scanner","note"]');
  });
});

describe('rulePackJsonSchema', () => {
  it('is a draft 2020-12 schema describing the pack', () => {
    const schema = rulePackJsonSchema() as { $schema: string; title: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('av-exclusions rule pack');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'rules', 'sources', 'versionScheme']));
    expect(Object.keys(schema.properties)).toContain('includes');
  });
});

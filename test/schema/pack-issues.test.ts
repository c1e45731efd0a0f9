import { describe, expect, it } from 'vitest';
import { describeSchemaIssues, jsonPath, rawPackProblems } from '../../src/schema/pack-issues.js';
import { RulePackSchema } from '../../src/schema/pack-schema.js';
import { loadPacks } from '../data/load.js';

const kerio = () => JSON.parse(JSON.stringify(loadPacks().find((p) => p.id === 'kerio-connect')));

// biome-ignore lint/suspicious/noExplicitAny: the tests break the pack's shape on purpose
function problems(change: (pack: Record<string, any>) => void): string[] {
  const pack = kerio();
  change(pack);
  const result = RulePackSchema.safeParse(pack);
  return result.success ? [] : describeSchemaIssues(result.error.issues as never, pack);
}

describe('describeSchemaIssues', () => {
  it('names the valid choices of an enum, with a did-you-mean', () => {
    expect(problems((p) => (p.rules[0].kind = 'folder'))).toEqual([
      '$.rules[0].kind: "folder" is not one of: directory, file, glob, extension, process, volume',
    ]);
    expect(problems((p) => (p.rules[0].kind = 'directry'))[0]).toContain('(did you mean "directory"?)');
  });
  it('names a missing field and the type it expects', () => {
    expect(problems((p) => delete p.rules[1].rationale)).toEqual(['$.rules[1].rationale: missing field "rationale" (expected string)']);
  });
  it('says what type was expected and what was found', () => {
    expect(problems((p) => (p.rules[2].recursive = 'yes'))).toEqual(['$.rules[2].recursive: expected boolean, got a string']);
  });
  it('names unknown fields', () => {
    expect(problems((p) => (p.extra = 1))).toEqual(['$.extra: unknown field "extra"']);
  });
  it('reports the problems of the version scheme the pack meant, by its type', () => {
    expect(problems((p) => (p.versionScheme = { type: 'numeric' }))).toEqual([
      '$.versionScheme.maxParts: missing field "maxParts" (expected number)',
    ]);
    expect(problems((p) => (p.versionScheme = { type: 'semver' }))[0]).toMatch(
      /^\$\.versionScheme: matches none of the allowed shapes \(its "type" must be one of: .*numeric/,
    );
  });
  it('accepts a pack without features, variables, includes or documented versions, as empty', () => {
    const pack = kerio();
    for (const key of ['features', 'includes']) delete pack[key];
    const result = RulePackSchema.safeParse(pack);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ features: [], includes: [] });
  });
});

describe('rawPackProblems', () => {
  it('reports __proto__ keys, which JSON.parse keeps as data, with their path', () => {
    const pack = JSON.parse('{"id":"x","rules":[{"__proto__":{"risk":"low"}}]}');
    expect(rawPackProblems(pack)).toEqual(['$.rules[0].__proto__: a "__proto__" key is not allowed']);
  });
  it('reports control, bidirectional and zero-width characters in any text', () => {
    const pack = { id: 'x', rules: [{ rationale: 'ok\u202e' }], name: 'a\u200bb', description: 'line\nbreak' };
    expect(rawPackProblems(pack)).toEqual([
      '$.rules[0].rationale: contains a bidirectional control, zero-width character or lone surrogate',
      '$.name: contains a bidirectional control, zero-width character or lone surrogate',
      '$.description: contains a control character',
    ]);
  });
  it('formats paths as JSON paths', () => expect(jsonPath(['rules', 0, 'a b'])).toBe('$.rules[0]["a b"]'));
});

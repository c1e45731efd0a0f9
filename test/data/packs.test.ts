import { describe, expect, it } from 'vitest';
import { formatPack } from '../../scripts/canonical-json.mjs';
import { checkPacks } from '../../src/catalog/check-packs.js';
import { BUNDLED_CATALOG } from '../../src/generated/catalog.js';
import { describeSchemaIssues, rawPackProblems } from '../../src/schema/pack-issues.js';
import { RulePackSchema } from '../../src/schema/pack-schema.js';
import type { RulePack } from '../../src/types/pack.js';
import { loadPacks, packFiles } from './load.js';

const files = packFiles();

describe('bundled rule packs', () => {
  it('holds the products the bundled catalog is built from, no more and no fewer', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(BUNDLED_CATALOG.products).sort()).toEqual(files.map((f) => f.file.replace(/\.json$/, '')));
  });

  describe.each(files)('$file', ({ file, text, json }) => {
    it('matches the schema', () => {
      const result = RulePackSchema.safeParse(json);
      expect(result.success ? [] : describeSchemaIssues(result.error.issues as never, json).map((i) => `${file}: ${i}`)).toEqual([]);
    });

    it('holds no __proto__ key and no control, bidirectional or zero-width character', () => {
      expect(rawPackProblems(json).map((i) => `${file}: ${i}`)).toEqual([]);
    });

    it('is named after its id and points at the schema', () => {
      const pack = json as RulePack;
      expect(`${pack.id}.json`).toBe(file);
      expect(pack.$schema).toBe('./schema.json');
    });

    it('is canonically formatted (run "npm run fix:data")', () => {
      expect(text).toBe(formatPack(json));
    });
  });

  it('passes every semantic check (references, ranges, includes, platform paths)', () => {
    expect(checkPacks(loadPacks())).toEqual([]);
  });
});

describe('dataset invariants', () => {
  const packs = loadPacks();

  it.each(packs.map((p) => [p.id, p] as const))('%s: every source, feature and variable is used', (_id, pack) => {
    const cited = new Set<string>([
      ...pack.rules.map((r) => r.source.id),
      ...pack.includes.map((i) => i.source.id),
      ...pack.variables.flatMap((v) => Object.values(v.defaults ?? {}).map((d) => d!.source.id)),
      ...pack.variables.flatMap((v) => Object.values(v.versionDefaults ?? {}).flatMap((list) => list!.map((d) => d.source.id))),
      ...(pack.versionScheme.type === 'numeric' ? (pack.versionScheme.codenames ?? []).map((c) => c.source.id) : []),
    ]);
    expect(pack.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    const when = new Set([...pack.rules.flatMap((r) => r.when ?? []), ...pack.includes.flatMap((i) => i.when ?? [])]);
    expect(pack.features.map((f) => f.id).filter((f) => !when.has(f))).toEqual([]);
    // A variable is used by a rule, or by another variable's default (a template over it).
    const defaults = pack.variables.flatMap((v) => [
      ...Object.values(v.defaults ?? {}).map((d) => d!.value),
      ...Object.values(v.versionDefaults ?? {}).flatMap((list) => list!.map((d) => d.value)),
    ]);
    const used = [...pack.rules.map((r) => r.value), ...defaults].join(' ');
    expect(pack.variables.map((v) => v.name).filter((n) => !used.includes(`{${n}}`))).toEqual([]);
  });

  it.each(packs.map((p) => [p.id, p] as const))('%s: every role has rules or includes', (_id, pack) => {
    for (const role of pack.roles) {
      const has = pack.rules.some((r) => r.roles.includes(role.id)) || pack.includes.some((i) => i.role === role.id);
      expect(has, role.id).toBe(true);
    }
  });

  it.each(packs.map((p) => [p.id, p] as const))('%s: corrections and derived or third-party facts are explained', (_id, pack) => {
    for (const rule of pack.rules) {
      if (rule.provenance === 'derived' || rule.provenance === 'third-party') expect(rule.notes?.length, rule.id).toBeGreaterThan(0);
      if (rule.correction) expect(rule.correction.original).not.toBe(rule.value);
    }
  });

  it('every source was retrieved on a real date and cites a real URL', () => {
    for (const pack of packs) {
      for (const source of pack.sources) {
        expect(Number.isNaN(Date.parse(source.retrieved)), `${pack.id}/${source.id}`).toBe(false);
        expect(() => new URL(source.url)).not.toThrow();
      }
    }
  });
});

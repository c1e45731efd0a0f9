import { describe, expect, it } from 'vitest';
import type { VersionScheme } from '../../src/types/pack.js';
import { noneScheme } from '../../src/version/none.js';
import { versionReader, versionScheme } from '../../src/version/scheme.js';

describe('versionScheme', () => {
  it('hands every scheme kind to its own module', () => {
    expect(versionScheme({ type: 'numeric', maxParts: 4 }).parse('5.0.0.3')).toEqual([5, 0, 0, 3]);
    expect(versionScheme({ type: 'train', releases: [{ id: '2016', name: 'WS 2016' }] }).parse('2016')).toEqual([0]);
    expect(versionScheme({ type: 'none' })).toBe(noneScheme);
  });
  it('says in words what a caller should write', () => {
    expect(versionScheme({ type: 'numeric', maxParts: 4 }).expected).toBe('a version of up to 4 numeric parts or a codename');
    expect(versionScheme({ type: 'train', releases: [{ id: '2016', name: 'WS 2016' }] }).expected).toBe('a release name');
  });
});

describe('versionReader', () => {
  const schemes: VersionScheme[] = [
    { type: 'numeric', maxParts: 4, codenames: [{ name: 'Apollon', version: '5.1.0', source: { id: 'S', section: 'x' } }] },
    { type: 'train', releases: [{ id: '2016', name: 'WS 2016' }] },
    { type: 'none' },
  ];
  const documented = {
    versions: ['5.0.0', '5.1.0'],
    tuples: [
      [5, 0, 0],
      [5, 1, 0],
    ],
  };

  it('reads and lists choices as the whole scheme does', () => {
    for (const scheme of schemes) {
      const reader = versionReader(scheme);
      const rules = versionScheme(scheme);
      expect(reader.versioned).toBe(rules.versioned);
      expect(reader.expected).toBe(rules.expected);
      for (const text of ['5.0', 'apollon', '2016', 'WS 2016', 'banana'])
        expect(reader.read(text, documented)).toEqual(rules.read(text, documented));
      expect(reader.choices(['5.0.0'])).toEqual(rules.choices(['5.0.0']));
    }
  });
  it('carries nothing only pack checks and the CLI use (parse, describe), so the resolver bundles none of it', () => {
    for (const scheme of schemes) {
      expect(Object.keys(versionReader(scheme)).sort()).toEqual(['choices', 'expected', 'read', 'versioned']);
    }
  });
});

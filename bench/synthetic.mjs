// A synthetic catalog for the scale benchmark: `count` products of `rules` rules each, shaped like real packs
// (a numeric version scheme, ten roles, version ranges on some rules, variables with defaults).
export function syntheticPacks(count, rules) {
  const source = { id: 'S', section: 'Exclusions' };
  const packs = [];
  for (let p = 0; p < count; p++) {
    const id = `product-${String(p).padStart(4, '0')}`;
    packs.push({
      id,
      name: `Product ${p}`,
      vendor: 'Synthetic',
      description: 'Generated for the scale benchmark.',
      versionScheme: { type: 'numeric', maxParts: 4 },
      documentedVersions: ['1.0.0', '2.0.0'],
      platforms: ['windows', 'linux'],
      roles: Array.from({ length: 10 }, (_, r) => ({ id: `role-${r}`, name: `Role ${r}`, description: 'A role.' })),
      features: [{ id: 'feature', description: 'A feature.' }],
      variables: [
        {
          name: 'ROOT',
          description: 'Install root.',
          hint: 'The installer.',
          type: 'path',
          multiple: false,
          defaults: { windows: { value: `C:\\Program Files\\P${p}`, source }, linux: { value: `/opt/p${p}`, source } },
        },
      ],
      sources: [{ id: 'S', title: 'Synthetic', url: 'https://example.test/', docVersion: '1', retrieved: '2026-11-22' }],
      rules: Array.from({ length: rules }, (_, r) => ({
        id: `rule-${r}`,
        kind: r % 7 === 0 ? 'process' : 'directory',
        value: r % 7 === 0 ? `p${r}.exe` : `{ROOT}${r % 2 ? '\\' : '/'}d${r}`.replace(/[\\/]/, '/'),
        recursive: r % 7 !== 0,
        roles: [`role-${r % 10}`],
        platforms: ['linux'],
        ...(r % 5 === 0 ? { versions: '>=2.0.0' } : {}),
        ...(r % 11 === 0 ? { when: ['feature'] } : {}),
        risk: 'low',
        rationale: 'Synthetic.',
        source,
        provenance: 'vendor-page',
      })),
      includes: [],
    });
  }
  return packs;
}

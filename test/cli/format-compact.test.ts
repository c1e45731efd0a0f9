import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../src/cli/format-compact.js';
import { makeStyle } from '../../src/cli/format-text.js';
import { resolveExclusions } from '../../src/index.js';
import { SESAM as SESAM_RESOLUTION } from '../audit/fixtures.js';

const plain = makeStyle(false, {});

describe('formatCompact', () => {
  it('gives one line per item with kind, value, risk and rule id, and one per warning', () => {
    const resolution = SESAM_RESOLUTION;
    const lines = formatCompact(resolution, plain).trimEnd().split('\n');
    const items = resolution.exclusions.length + resolution.conditional.length + resolution.unresolved.length;
    expect(lines).toHaveLength(1 + items + resolution.warnings.length);
    expect(lines[0]).toBe(
      `sep-sesam 5.0.0, server on windows: ${resolution.exclusions.length} exclusions, ${resolution.unresolved.length} unresolved`,
    );
    expect(lines).toContainEqual(expect.stringMatching(/^\+ process +postgres\.exe +medium +sep-sesam\/postgres-process$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^! volume +\{DATA_STORE_VOLUMES\} +high +sep-sesam\/data-store-volumes {2}needs DATA_STORE_VOLUMES$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^\+ glob .*sep-sesam\/bsr-pro-files {2}managed by the SEP sesam installer$/));
    expect(lines.at(-1)).toMatch(/^warning: default locations were assumed/);
  });
  it('marks conditional items with what would make them apply', () => {
    const text = formatCompact(resolveExclusions({ product: 'hyper-v', roles: ['host'] }), plain);
    expect(text).toMatch(/^\? process +%systemroot%\\System32\\Vmsp\.exe +medium +hyper-v\/vmsp-process {2}if OS >=2016$/m);
    expect(text).toMatch(/^\? directory +\{REPLICA_DIRS\} .*if --feature hyper-v-replica$/m);
  });
});

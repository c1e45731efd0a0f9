import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm run docs` must build the API site without a warning: every export documented, every link resolved.
describe('API documentation', () => {
  it('builds with typedoc, warnings treated as errors', () => {
    const out = mkdtempSync(join(tmpdir(), 'av-docs-'));
    try {
      const root = fileURLToPath(new URL('../..', import.meta.url));
      const r = spawnSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', out], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/warning/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What a run of the built executable loads from Node itself: every module a run loads costs it start-up time, so a
// run loads only what it uses (npm test builds dist/ first).
const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const RESOLVE = ['resolve', 'sep-sesam', '--version', '5.0.0', '--role', 'server', '--platform', 'windows', '--feature', 'postgresql'];

describe('the built-in modules a run of the executable loads', () => {
  let dir: string;
  let probe: string;
  beforeAll(() => {
    expect(existsSync(CLI), 'dist/cli.js is missing: run "npm run build"').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'av-exclusions-start-'));
    probe = join(dir, 'probe.cjs');
    // Preloaded with --require (CommonJS: loading fs this way evaluates none of its lazy parts): writes the modules
    // Node loaded after it to a file when the process exits.
    writeFileSync(
      probe,
      `const fs = require('node:fs');
const before = new Set(process.moduleLoadList);
process.on('exit', () => fs.writeFileSync(process.env.AVX_MODULES, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The built-in modules (`NativeModule x` without the prefix) the CLI loaded, and its exit status. */
  const loaded = (args: string[], stdio: 'pipe' | 'ignore' = 'pipe') => {
    const list = join(dir, `modules-${args[0]}-${stdio}.json`);
    const r = spawnSync(process.execPath, ['--require', probe, CLI, ...args], { stdio, env: { ...process.env, AVX_MODULES: list } });
    const modules = (JSON.parse(readFileSync(list, 'utf8')) as string[])
      .filter((m) => m.startsWith('NativeModule '))
      .map((m) => m.slice('NativeModule '.length));
    return { status: r.status, modules };
  };

  it('resolve --format json, to a pipe and to /dev/null, loads no crypto', () => {
    for (const stdio of ['pipe', 'ignore'] as const) {
      const { status, modules } = loaded([...RESOLVE, '--format', 'json'], stdio);
      expect(status).toBe(0);
      expect(modules).toContain('internal/util/parse_args/parse_args');
      expect(modules.filter((m) => /crypto/.test(m))).toEqual([]);
    }
  });

  it('loads crypto for none of the commands, writing --output included', () => {
    const output = join(dir, 'out.ps1');
    for (const args of [
      ['list'],
      ['targets'],
      [...RESOLVE, '--format', 'defender-powershell', '--output', output],
      ['completion', 'bash'],
    ]) {
      const { status, modules } = loaded(args);
      expect(status).toBe(0);
      expect(modules.filter((m) => /crypto/.test(m))).toEqual([]);
    }
    expect(readFileSync(output, 'utf8')).toContain('Add-MpPreference');
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// End to end: the built executable (npm test builds it first), spawned as a real process.
const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });

describe('the av-exclusions executable', () => {
  let dir: string;
  beforeAll(() => {
    expect(existsSync(CLI), 'dist/cli.js is missing: run "npm run build"').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'av-exclusions-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves sep-sesam 5.0.0 server on Windows with PostgreSQL (exit 0)', () => {
    const r = cli([
      'resolve',
      'sep-sesam',
      '--version',
      '5.0.0',
      '--role',
      'server',
      '--platform',
      'windows',
      '--feature',
      'postgresql',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const resolution = JSON.parse(r.stdout);
    expect(resolution.exclusions.map((i: { value: string }) => i.value)).toContain('postgres.exe');
  });

  it('exits 2 with one line on stderr for bad input', () => {
    const r = cli(['resolve', 'sep-sesam', '--role', 'master', '--platform', 'windows']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('valid: client, rds, server');
  });

  it('writes --output atomically and leaves no temporary file behind', () => {
    const out = join(dir, 'sesam.json');
    const r = cli(['resolve', 'sep-sesam', '--role', 'server', '--platform', 'linux', '--format', 'json', '--output', out]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).query.platform).toBe('linux');
    expect(readdirSync(dir)).toEqual(['sesam.json']);
  });

  it('exits 2 and writes nothing when the output folder does not exist', () => {
    const r = cli(['resolve', 'sep-sesam', '--role', 'server', '--platform', 'linux', '--output', join(dir, 'missing', 'x.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot write the output file');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('prints --version and --help', () => {
    expect(cli(['--version']).stdout.trim()).toBe(
      JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version,
    );
    expect(cli(['--help']).stdout).toContain('Usage:');
  });
});

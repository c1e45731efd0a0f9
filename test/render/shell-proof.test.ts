// Proof on real shells: each generated mdatp-cli script runs under bash and dash with a stub `mdatp` that records
// its arguments (NUL-separated); the recorded argv must equal the intended commands exactly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mdatpArguments, renderMdatpCli } from '../../src/render/mdatp-cli.js';
import type { Resolution } from '../../src/types/resolution.js';
import { KERIO_LINUX, withValues } from './cases.js';
import { resolveExclusions } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'av-shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHELLS = ['bash', 'dash'];
for (const shell of SHELLS) {
  if (spawnSync('sh', ['-c', `command -v ${shell}`]).status !== 0) throw new Error(`${shell} is missing: install it (apt-get install ${shell})`);
}

function runScript(shell: string, script: string, failOn?: string): { argv: string[][]; status: number | null; stderr: string } {
  const out = join(dir, 'argv');
  writeFileSync(out, '');
  const stub = `mdatp() { for a in "$@"; do printf '%s\\0' "$a"; done >> "$OUT"; printf '\\n\\0' >> "$OUT"; ${failOn ? `[ "$4" != ${JSON.stringify(failOn)} ] && [ "$5" != ${JSON.stringify(failOn)} ]` : 'true'}; }\n`;
  // The stub is defined first; the generated script follows unchanged (its shebang line is then a comment).
  const file = join(dir, 'script.sh');
  writeFileSync(file, stub + script);
  const r = spawnSync(shell, [file], { encoding: 'utf8', env: { PATH: process.env.PATH, OUT: out } });
  const argv = readFileSync(out, 'utf8')
    .split('\n\0')
    .filter(Boolean)
    .map((cmd) => cmd.split('\0').filter((_, i, all) => i < all.length - 1));
  return { argv, status: r.status, stderr: r.stderr };
}

function expected(resolution: Resolution, action: 'add' | 'remove'): string[][] {
  return resolution.exclusions.map((item) => mdatpArguments(item, action, resolution.query.platform === 'linux'));
}

describe.each(SHELLS)('mdatp-cli under %s', (shell) => {
  const sesam = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux', variables: { DATA_STORE_VOLUMES: ['/srv/store', '/mnt/dedup'] } });
  const macos = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'macos', variables: { KERIO_STORE_DIR: '/Volumes/Mail/store' } });

  it.each([
    ['kerio-connect linux', KERIO_LINUX],
    ['sep-sesam linux with data stores', sesam],
    ['kerio-connect macos', macos],
  ] as const)('%s: records exactly the intended commands, add and remove', (_name, resolution) => {
    for (const action of ['add', 'remove'] as const) {
      const r = runScript(shell, renderMdatpCli(resolution, { action }).text);
      expect(r.status).toBe(0);
      expect(r.argv).toEqual(expected(resolution, action));
    }
    expect(expected(sesam, 'add')[0]).toEqual(['exclusion', 'folder', 'add', '--path', '/opt/sesam/', '--scope', 'epp']);
    expect(expected(macos, 'add')[0]).toEqual(['exclusion', 'folder', 'add', '--path', '/usr/local/kerio/mailserver/']);
  });

  it('runs every command, reports a failure and exits 1', () => {
    const r = runScript(shell, renderMdatpCli(sesam).text, '/opt/sesam/');
    expect(r.status).toBe(1);
    expect(r.argv).toHaveLength(sesam.exclusions.length);
    expect(r.stderr).toContain('av-exclusions: failed: mdatp exclusion folder add --path /opt/sesam/ --scope epp');
  });

  it('hostile paths stay data', () => {
    const piece = fc.constantFrom("'", '"', '$(touch /tmp/pwned)', '`id`', ';', '|', '&', '*', '?', '[a]', ' ', '\\', '~', '-', '--help', 'ü', '日本', '#', '$HOME', '!');
    const path = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 10 }).map((parts) => `/srv/${parts.join('')}`.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_').replace(/\{([A-Z][A-Z0-9_]*)\}/g, '{$1 }'));
    const kind = fc.constantFrom('directory', 'file', 'glob', 'process') as fc.Arbitrary<'directory' | 'file' | 'glob' | 'process'>;
    fc.assert(
      fc.property(fc.array(path, { minLength: 1, maxLength: 3 }), kind, fc.constantFrom('add', 'remove') as fc.Arbitrary<'add' | 'remove'>, (values, k, action) => {
        const resolution = withValues(KERIO_LINUX, values, k);
        const r = runScript(shell, renderMdatpCli(resolution, { action }).text);
        expect(r.status).toBe(0);
        expect(r.argv).toEqual(expected(resolution, action));
      }),
      { numRuns: 60 },
    );
  });
});

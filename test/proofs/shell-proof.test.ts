import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveExclusions } from '../../src/index.js';
import { mdatpArguments, renderMdatpCli } from '../../src/render/mdatp-cli.js';
import type { RuleKind } from '../../src/types/pack.js';
import type { Resolution } from '../../src/types/resolution.js';
import { EMPTY_LINUX, HOSTILE_PIECES, KERIO_MACOS, SESAM_LINUX, withItems } from '../render/fixtures/resolutions.js';
import { requireTools, SHELLS, shellLab } from './shell-lab.js';

requireTools(SHELLS, 'bash and dash (apt-get install bash dash)', 'the shell proof (every mdatp-cli script under bash and dash)');

const lab = shellLab('av-shell-');
const dir = lab.root;
const PWNED = '/tmp/av-exclusions-pwned';

beforeAll(() => {
  // The stub: records "$#" and every argument, NUL-terminated; fails (exit 7) when an argument equals $FAIL_ON.
  lab.stub('mdatp', [
    'printf \'%s\\0\' "$#" "$@" >> "$OUT"',
    'for a in "$@"; do if [ -n "${FAIL_ON:-}" ] && [ "$a" = "$FAIL_ON" ]; then echo "stub: failing on $a" >&2; exit 7; fi; done',
    'exit 0',
  ]);
  rmSync(PWNED, { force: true });
});

afterAll(() => lab.remove());

/** Runs a script under `shell` and returns what the stub recorded: one argument vector per mdatp call. */
function runScript(shell: string, script: string, failOn = ''): { argv: string[][]; status: number | null; stderr: string } {
  const out = join(dir, 'argv');
  const file = join(dir, 'script.sh');
  writeFileSync(out, '');
  writeFileSync(file, script);
  const r = lab.run(shell, file, { OUT: out, FAIL_ON: failOn });
  const fields = readFileSync(out, 'utf8').split('\0');
  expect(fields.pop()).toBe('');
  const argv: string[][] = [];
  for (let i = 0; i < fields.length; ) {
    const count = Number(fields[i]);
    argv.push(fields.slice(i + 1, i + 1 + count));
    i += 1 + count;
  }
  return { argv, status: r.status, stderr: r.stderr };
}

/** The intended commands: one per distinct argument vector, in order (installer-managed items left out). */
function intended(resolution: Resolution, action: 'add' | 'remove'): string[][] {
  const platform = resolution.query.platform as 'linux' | 'macos';
  const seen = new Set<string>();
  const all: string[][] = [];
  for (const item of resolution.exclusions) {
    if (item.managedBy) continue;
    const args = ['mdatp', ...mdatpArguments(item, action, platform)].slice(1);
    if (seen.has(args.join('\0'))) continue;
    seen.add(args.join('\0'));
    all.push(args);
  }
  return all;
}

const SESAM_ADD = [
  ['exclusion', 'folder', 'add', '--path', '/opt/sesam/', '--scope', 'epp'],
  ['exclusion', 'folder', 'add', '--path', '/var/opt/sesam/var/', '--scope', 'epp'],
  ['exclusion', 'folder', 'add', '--path', '/mnt/store/', '--scope', 'epp'],
  ['exclusion', 'file', 'add', '--path', '/var/opt/sesam/var/ini/sm.ini', '--scope', 'epp'],
  ['exclusion', 'file', 'add', '--path', '/var/opt/sesam/var/log/sm_*.lo?', '--scope', 'epp'],
  ['exclusion', 'extension', 'add', '--name', '.vhdx', '--scope', 'epp'],
  ['exclusion', 'process', 'add', '--path', '/opt/sesam/bin/sesam/sm_main', '--scope', 'epp'],
  ['exclusion', 'process', 'add', '--name', 'postgres', '--scope', 'epp'],
  ['exclusion', 'folder', 'add', '--path', '/opt/kerio/mailserver/', '--scope', 'epp'],
];

describe.each(SHELLS)('mdatp-cli scripts under %s', (shell) => {
  it('SEP sesam on Linux: exactly the intended commands, install and uninstall', () => {
    const add = runScript(shell, renderMdatpCli(SESAM_LINUX).text);
    expect(add.status, add.stderr).toBe(0);
    expect(add.argv).toEqual(SESAM_ADD);
    const remove = runScript(shell, renderMdatpCli(SESAM_LINUX, { action: 'remove' }).text);
    expect(remove.status, remove.stderr).toBe(0);
    expect(remove.argv).toEqual(SESAM_ADD.map(([a, b, , ...rest]) => [a!, b!, 'remove', ...rest]));
  });

  it('installer-managed items are added only with includeManaged', () => {
    const r = runScript(shell, renderMdatpCli(SESAM_LINUX, { includeManaged: true }).text);
    expect(r.argv).toEqual([...SESAM_ADD, ['exclusion', 'folder', 'add', '--path', '/opt/sesam/bsr/', '--scope', 'epp']]);
  });

  it('Kerio Connect on macOS: no --scope', () => {
    for (const action of ['add', 'remove'] as const) {
      const r = runScript(shell, renderMdatpCli(KERIO_MACOS, { action }).text);
      expect(r.status, r.stderr).toBe(0);
      expect(r.argv).toEqual([
        ['exclusion', 'folder', action, '--path', '/usr/local/kerio/mailserver/'],
        ['exclusion', 'folder', action, '--path', '/Volumes/Mail/store/'],
        ['exclusion', 'extension', action, '--name', '.eml'],
      ]);
    }
  });

  it.each([
    ['kerio-connect server, linux', resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' })],
    [
      'sep-sesam server, linux, two data stores',
      resolveExclusions({
        product: 'sep-sesam',
        roles: ['server'],
        platform: 'linux',
        variables: { DATA_STORE_VOLUMES: ['/srv/store', '/mnt/dedup'] },
      }),
    ],
    [
      'kerio-connect server, macos',
      resolveExclusions({
        product: 'kerio-connect',
        roles: ['server'],
        platform: 'macos',
        variables: { KERIO_STORE_DIR: '/Volumes/Mail/store' },
      }),
    ],
  ] as const)('bundled data, %s: exactly the intended commands', (_name, resolution) => {
    for (const action of ['add', 'remove'] as const) {
      const r = runScript(shell, renderMdatpCli(resolution, { action }).text);
      expect(r.status, r.stderr).toBe(0);
      expect(r.argv).toEqual(intended(resolution, action));
      expect(r.argv.length).toBeGreaterThan(0);
    }
  });

  it('an empty resolution runs no command and succeeds', () => {
    const r = runScript(shell, renderMdatpCli(EMPTY_LINUX).text);
    expect(r.status).toBe(0);
    expect(r.argv).toEqual([]);
  });

  it('stops at the first command that fails (set -e) and exits non-zero', () => {
    const r = runScript(shell, renderMdatpCli(SESAM_LINUX).text, '/var/opt/sesam/var/');
    expect(r.status).toBe(7);
    expect(r.argv).toEqual(SESAM_ADD.slice(0, 2));
    expect(r.stderr).toContain('stub: failing on /var/opt/sesam/var/');
  });

  it('hostile paths stay data: one argument each, unchanged, nothing executed (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...HOSTILE_PIECES),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    // One path element: no control characters, no lone surrogates, no "/", no {NAME} placeholder, never blank, "." or "..".
    const segment = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => {
      const text = parts
        .join('')
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029/]/g, '_')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '_')
        .replace(/\{([A-Z][A-Z0-9_]*)\}/g, '{$1 }');
      return text.trim() === '' || text === '.' || text === '..' ? `_${text}` : text;
    });
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((segments) => `/${segments.join('/')}`);
    const entry: fc.Arbitrary<[RuleKind, string]> = fc.oneof(
      fc.tuple(fc.constantFrom<RuleKind>('directory', 'volume', 'file', 'glob', 'process'), path),
      fc.tuple(fc.constant<RuleKind>('extension'), segment),
      fc.tuple(
        fc.constant<RuleKind>('process'),
        segment.filter((s) => !s.startsWith('-')),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('add' as const, 'remove' as const),
        (entries, action) => {
          const resolution = withItems(EMPTY_LINUX, entries);
          const r = runScript(shell, renderMdatpCli(resolution, { action }).text);
          expect(r.status, r.stderr).toBe(0);
          expect(r.argv).toEqual(intended(resolution, action));
          // The recorded values are the item values themselves (a folder gains one trailing slash, an extension a dot).
          for (const [i, [kind, value]] of entries.entries()) {
            const args = mdatpArguments(resolution.exclusions[i]!, action, 'linux');
            expect(args[4]).toBe(
              kind === 'directory' || kind === 'volume'
                ? `${value}/`
                : kind === 'extension' && !value.startsWith('.')
                  ? `.${value}`
                  : value,
            );
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(existsSync(PWNED), 'a value was executed by the shell').toBe(false);
  });
});

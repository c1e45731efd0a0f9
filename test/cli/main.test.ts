import { describe, expect, it } from 'vitest';
import { SESAM as SESAM_RESOLUTION } from '../audit/fixtures.js';
import { packIds } from '../data/load.js';
import { type Run, run } from './run.js';

const SESAM = ['resolve', 'sep-sesam', '--version', '5.0.0', '--role', 'server', '--platform', 'windows', '--feature', 'postgresql'];

describe('av-exclusions resolve', () => {
  it('prints the exclusions grouped by kind, with rationale and source', () => {
    const r = run(SESAM);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Directories');
    expect(r.stdout).toContain('C:\\Program Files\\SEPsesam');
    expect(r.stdout).toContain('Processes');
    expect(r.stdout).toContain('postgres.exe');
    expect(r.stdout).toContain('source: ');
    expect(r.stdout).toContain('Unresolved');
    expect(r.stdout).toContain('--set DATA_STORE_VOLUMES=');
    expect(r.stdout).toContain('also required by: sep-sesam/sesam-var-dir (same location)');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('leaves the PostgreSQL process out for 5.1.0', () => {
    const r = run([...SESAM.slice(0, 3), '5.1.0', ...SESAM.slice(4)]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('postgres.exe');
  });

  it('prints the Resolution as JSON, exactly as the library returns it', () => {
    const r = run([...SESAM, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(SESAM_RESOLUTION);
  });

  it('takes --set values, repeated for multi-valued variables', () => {
    const r = run([...SESAM, '--set', 'DATA_STORE_VOLUMES=E:\\', '--set', 'DATA_STORE_VOLUMES=F:', '--format', 'json']);
    const resolution = JSON.parse(r.stdout);
    expect(resolution.unresolved).toEqual([]);
    expect(resolution.exclusions.map((i: { value: string }) => i.value)).toEqual(expect.arrayContaining(['E:\\', 'F:\\']));
  });

  it('colours only on a terminal, and never with NO_COLOR', () => {
    expect(run(SESAM, { isTTY: true }).stdout).toContain('\u001b[1m');
    expect(run(SESAM, { isTTY: true, env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('writes --output through the atomic writer, not stdout', () => {
    const r = run([...SESAM, '--format', 'json', '--output', 'out.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.files['out.json']!).query.product).toBe('sep-sesam');
  });
});

describe('av-exclusions list', () => {
  it('lists every product in data/', () => {
    const r = run(['list']);
    expect(r.code).toBe(0);
    for (const id of packIds()) expect(r.stdout).toContain(id);
  });

  it('describes one product, in text and JSON', () => {
    const text = run(['list', 'sep-sesam']);
    expect(text.stdout).toContain('Jaglion = 5.0.0');
    expect(text.stdout).toContain('postgresql');
    const json = JSON.parse(run(['list', 'azure-site-recovery', '--format', 'json']).stdout);
    expect(json.includes.map((i: { product: string }) => i.product)).toEqual(['scvmm', 'failover-cluster', 'hyper-v']);
  });
});

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['help'], ['help', 'resolve'], ['resolve', '--help'], ['list', '--help']])('%j prints usage', (...args) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage/);
  });
  it('prints the version', () => {
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
  it('names the commands in one line on stderr with exit 2 when called without a command', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'av-exclusions: give a command: list, resolve, audit, collect, targets, completion, help (run "av-exclusions --help" for usage)\n',
    );
  });
});

describe('bad input: exit 2, one line naming the choices, no stack', () => {
  it.each([
    [
      ['resolve', 'sep-sesma', '--role', 'server'],
      `unknown product "sep-sesma"; valid: ${[...packIds()].sort().join(', ')} (did you mean "sep-sesam"?)`,
    ],
    [['resolve', 'sep-sesam', '--role', 'master', '--platform', 'windows'], 'valid: client, rds, server'],
    [['resolve', 'sep-sesam', '--role', 'server'], 'give one of: windows, linux'],
    [['resolve', 'sep-sesam', '--role', 'server', '--platform', 'windows', '--version', 'banana'], 'invalid version "banana"'],
    [['resolve', 'sep-sesam', '--role', 'server', '--platform', 'windows', '--feature', 'postgres'], 'did you mean "postgresql"'],
    [['resolve', 'sep-sesam', '--role', 'server', '--platform', 'windows', '--set', 'NOPE=1'], 'unknown variable "NOPE"'],
    [['resolve', 'sep-sesam', '--platform', 'windows'], 'give at least one --role for sep-sesam: server, client, rds'],
    [['resolve', 'sep-sesam', '--role', 'server', '--platform', 'windows', '--format', 'yaml'], 'unknown format "yaml"'],
    [['resolve', 'sep-sesam', '--role', 'server', '--platform', 'windows', '--set', 'oops'], '--set takes NAME=VALUE'],
    [['resolve', 'sep-sesam', '--role', 'server', '--bogus'], 'unknown option "--bogus"'],
    [['resolve'], 'resolve needs a product'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['list', 'nope'], 'unknown product "nope"'],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`av-exclusions: `);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('av-exclusions resolve --format <target>', () => {
  it('renders a scanner format and reports render warnings on stderr', () => {
    const r = run([...SESAM, '--format', 'defender-powershell']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Add-MpPreference -ExclusionProcess 'postgres.exe'");
    expect(r.stdout).toContain('\r\n');
    expect(r.stderr).toContain('av-exclusions: warning: 1 managed exclusion(s) left out: an installer or the scanner itself adds them');
  });

  it('renders the uninstall form with --action remove', () => {
    const r = run([...SESAM, '--format', 'defender-powershell', '--action', 'remove']);
    expect(r.stdout).toContain("Remove-MpPreference -ExclusionProcess 'postgres.exe'");
    expect(r.stdout).not.toContain('Add-MpPreference');
  });

  it('renders installer-managed items with --include-managed', () => {
    expect(run([...SESAM, '--format', 'defender-gpo', '--include-managed']).stdout).toContain('SEP sesam BSR Pro');
  });

  it("refuses --include-managed with a review format in the library's words, exit 2", async () => {
    const { renderExclusions } = await import('../../src/index.js');
    const resolution = SESAM_RESOLUTION;
    let message = '';
    try {
      renderExclusions(resolution, 'json', { includeManaged: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('not to "json"');
    const r = run([...SESAM, '--format', 'json', '--include-managed']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`av-exclusions: ${message}\n`);
  });

  it('renders --include-managed with an mdatp format as the library does', async () => {
    const { renderExclusions, resolveExclusions } = await import('../../src/index.js');
    const resolution = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux' });
    for (const format of ['mdatp-cli', 'mdatp-json'] as const) {
      const r = run(['resolve', 'sep-sesam', '--role', 'server', '--platform', 'linux', '--format', format, '--include-managed']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(renderExclusions(resolution, format, { includeManaged: true }).text);
    }
  });

  it('--help names the formats that refuse --include-managed, as the target table has them', async () => {
    const { RENDER_TARGETS } = await import('../../src/index.js');
    const { TARGETS } = await import('../../src/render/targets.js');
    const help = run(['resolve', '--help']).stdout;
    const entry = help.slice(help.indexOf('  --include-managed'), help.indexOf('  --compact'));
    const review = RENDER_TARGETS.filter((id) => TARGETS[id].scanner === null);
    expect(entry).toContain(`(refused by text, ${review.slice(0, -1).join(', ')} and ${review.at(-1)}`);
  });

  it('writes a scanner format to --output', () => {
    const r = run([
      'resolve',
      'kerio-connect',
      '--role',
      'server',
      '--platform',
      'linux',
      '--format',
      'clamav-clamd',
      '--output',
      'clamd-kerio.conf',
    ]);
    expect(r.code).toBe(0);
    expect(r.files['clamd-kerio.conf']).toContain('ExcludePath ^/opt/kerio/mailserver(/|$)');
  });

  it.each([
    [[...SESAM, '--format', 'clamav-clamd'], 'target "clamav-clamd" renders linux/macos exclusions, but the resolution is for windows'],
    [[...SESAM, '--format', 'defender-powershell', '--action', 'delete'], 'unknown action "delete"'],
    [[...SESAM, '--action', 'remove'], '--action applies to scanner formats'],
    [
      ['resolve', 'kerio-connect', '--role', 'server', '--platform', 'linux', '--format', 'mdatp-json', '--action', 'remove'],
      'mdatp-json has no remove form',
    ],
    [
      [
        'resolve',
        'kerio-connect',
        '--role',
        'server',
        '--platform',
        'linux',
        '--format',
        'clamav-clamd',
        '--set',
        'KERIO_STORE_DIR=/srv/a\nb',
      ],
      'control characters are not allowed',
    ],
  ])('%j fails with exit 2', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });
});

describe('careless and hostile command lines', () => {
  const base = ['resolve', 'sep-sesam', '--role', 'server', '--platform', 'linux'];
  const oneLine = (r: Run) => {
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr).not.toContain('\u001b');
    return r.stderr;
  };

  it('refuses SESAM_BIN=/ naming the reason, and keeps DATA_STORE_VOLUMES=/srv/store', () => {
    const refused = run([...base, '--set', 'SESAM_BIN=/', '--format', 'clamav-clamd']);
    expect(oneLine(refused)).toContain('filesystem root');
    const ok = run([...base, '--set', 'DATA_STORE_VOLUMES=/srv/store', '--format', 'clamav-clamd']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('/srv/store');
  });

  it.each(['__proto__=x', 'constructor=x', 'toString=x'])('--set %s is one line, exit 2', (set) => {
    expect(oneLine(run([...base, '--set', set]))).toContain('unknown variable');
  });

  it.each([
    [['resolve', 'sep-sesam', '--role', 'server', '--bogus']],
    [['frobnicate']],
    [['help', 'foo']],
    [[...base, '--platform', 'windows']],
    [[...base, '--format', 'json', '--format', 'csv']],
    [[...base, '--output', 'a', '--output', 'b']],
    [[...base, '--format', 'markdown', '--include-managed']],
    [[...base, '--include-managed']],
    [[...base, '--format', 'clamav-clamscan', '--action', 'remove']],
    [[...base, '--action', 'remove']],
    [['resolve', 'sep-sesam', '--role', '\u001b[31mred\nforged: line']],
    [['frobnicate\u001b]0;title\u0007\nav-exclusions: forged']],
    [[...base, '--set', 'oops\nforged']],
  ])('%j: one line on stderr, exit 2, no escape sequences', (args) => {
    oneLine(run(args));
  });

  it('suggests the option meant', () => {
    expect(oneLine(run([...base, '--fromat', 'json']))).toContain('did you mean "--format"?');
  });

  it('--strict exits 3 when something is unresolved', () => {
    const r = run([...base, '--strict']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('unresolved');
    expect(run([...base, '--strict', '--set', 'DATA_STORE_VOLUMES=/srv/store', '--set', 'DATA_STORE_DIRS=/srv/dirs']).code).toBe(0);
  });

  it('--output - is standard output', () => {
    const r = run([...base, '--output', '-', '--format', 'clamav-clamd']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ExcludePath');
    expect(r.files).toEqual({});
  });

  it('follows no-color.org: an empty NO_COLOR does not disable colour; FORCE_COLOR is honoured', () => {
    expect(run(base, { isTTY: true, env: { NO_COLOR: '' } }).stdout).toContain('\u001b[');
    expect(run(base, { isTTY: true, env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(run(base, { isTTY: false, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(run(base, { isTTY: true, env: { FORCE_COLOR: '0' } }).stdout).not.toContain('\u001b[');
  });
});

describe('at a terminal', () => {
  it('resolve --compact prints one line per item with kind, value, risk and rule id', () => {
    const r = run([...SESAM, '--compact']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\+ process +postgres\.exe +medium +sep-sesam\/postgres-process$/m);
    expect(r.stdout.split('\n').every((line) => line.length < 200)).toBe(true);
  });
  it('refuses --compact with a scanner format', () => {
    const r = run([...SESAM, '--compact', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--compact applies to text output');
  });
  it('wraps reasons and notes to the terminal width, never values or URLs', () => {
    const r = run(SESAM, { isTTY: true, env: { NO_COLOR: '1' }, columns: 80 });
    const long = r.stdout.split('\n').filter((line) => line.length > 80);
    expect(long.every((line) => /https?:\/\/|^\s+- /.test(line.trim()) || /\S{40,}/.test(line))).toBe(true);
    expect(r.stdout).toContain('postgres.exe');
  });
  it('targets lists every target with its platforms and actions, as text or JSON', async () => {
    const { RENDER_TARGETS } = await import('../../src/index.js');
    const text = run(['targets']);
    expect(text.code).toBe(0);
    for (const target of RENDER_TARGETS) expect(text.stdout).toMatch(new RegExp(`^${target} `, 'm'));
    const json = JSON.parse(run(['targets', '--format', 'json']).stdout);
    expect(json.map((t: { id: string }) => t.id)).toEqual([...RENDER_TARGETS]);
  });
  it.each(['bash', 'zsh', 'fish', 'powershell'])('completion %s names every product and role from the data', async (shell) => {
    const { listProducts } = await import('../../src/index.js');
    const r = run(['completion', shell]);
    expect(r.code).toBe(0);
    for (const product of listProducts()) {
      expect(r.stdout).toContain(product.id);
      for (const role of product.roles) expect(r.stdout).toContain(role);
    }
    expect(r.stdout).toContain(shell === 'fish' ? '-l os-version' : '--os-version');
  });
  it('completion refuses an unknown shell with exit 2 and the choices', () => {
    const r = run(['completion', 'fsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('valid: bash, zsh, fish, powershell');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
  it('help knows the new commands', () => {
    expect(run(['help', 'targets']).stdout).toContain('Usage: av-exclusions targets');
    expect(run(['help', 'completion']).stdout).toContain('Usage: av-exclusions completion');
  });

  it('help help prints the main help (every command named in help has a help text)', () => {
    const r = run(['help', 'help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(run(['--help']).stdout);
    expect(run(['--help']).stdout).toContain('completion  a shell completion script');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MACHINE_CONFLICTS, MachineFileError, readMachineInput, resolveMachineFile } from '../../src/cli/machine.js';
import { resolveMachine } from '../../src/resolve/resolve-machine.js';
import machineFile from '../fixtures/machines/hyper-v-asr-sesam.json' with { type: 'json' };
import { expectError } from '../helpers.js';
import { run } from './run.js';

const FILE = 'test/fixtures/machines/hyper-v-asr-sesam.json';
const TEXT = JSON.stringify(machineFile);
const dir = mkdtempSync(join(tmpdir(), 'av-machine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A machine file in the temporary folder. */
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('av-exclusions resolve --machine', () => {
  it('resolves a machine file and names each product at the top', () => {
    const r = run(['resolve', '--machine', FILE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'Machine on windows (OS 2022), 3 product(s):',
      '  hyper-v, host',
      '  azure-site-recovery, hyper-v-to-azure/hyper-v-host',
      '  sep-sesam 5.1.0, client',
    ]);
    expect(r.stdout).toContain('also required by: hyper-v/vhds-extension (through azure-site-recovery) (same location)');
    expect(r.stdout).toContain(
      'also required by: windows-server/hyper-v-vhdx-extension, hyper-v/vhdx-extension (through azure-site-recovery), windows-server/hyper-v-vhdx-extension (through azure-site-recovery) (same location)',
    );
    expect(r.stdout).toContain('! sep-sesam: default locations were assumed');
  });

  it('reads standard input for "-", with or without a byte-order mark', () => {
    const fromFile = run(['resolve', '--machine', FILE]).stdout;
    expect(run(['resolve', '--machine', '-'], { stdin: TEXT }).stdout).toBe(fromFile);
    expect(run(['resolve', '--machine', '-'], { stdin: `\uFEFF${TEXT}` }).stdout).toBe(fromFile);
  });

  it('prints JSON exactly as resolveMachine returns it', () => {
    const r = run(['resolve', '--machine', FILE, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(resolveMachine(machineFile as never))));
  });

  it('renders a scanner format with the products in its header, warnings on stderr', () => {
    const r = run(['resolve', '--machine', FILE, '--format', 'defender-powershell']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Machine: platform: windows; OS: 2022; 3 product(s):\r\n');
    expect(r.stdout).toContain('#   Product: sep-sesam, version 5.1.0; roles: client.');
    expect(r.stdout).toContain("Add-MpPreference -ExclusionExtension '.vhds'");
    expect(r.stdout).not.toMatch(/Add-MpPreference[^\n]*SEP sesam BSR Pro/);
    const managedCount = resolveMachine(machineFile as never).exclusions.filter((i) => i.managedBy?.scanner === 'defender').length;
    expect(managedCount).toBeGreaterThan(1);
    expect(r.stderr).toContain(`av-exclusions: warning: ${managedCount} installer-managed exclusion(s) left to the product's installer`);
    const managed = run(['resolve', '--machine', FILE, '--format', 'defender-powershell', '--include-managed']);
    expect(managed.stdout).toMatch(/Add-MpPreference[^\n]*SEP sesam BSR Pro/);
    const remove = run(['resolve', '--machine', FILE, '--format', 'defender-powershell', '--action', 'remove']);
    expect(remove.stdout).toContain("Remove-MpPreference -ExclusionExtension '.vhds'");
  });

  it('prints one line per item with --compact, the products first', () => {
    const r = run(['resolve', '--machine', FILE, '--compact']);
    expect(r.stdout.split('\n')[0]).toBe(
      'hyper-v (host), azure-site-recovery (hyper-v-to-azure/hyper-v-host), sep-sesam 5.1.0 (client) on windows: 27 exclusions, 2 conditional',
    );
    expect(r.stdout).toContain('warning: sep-sesam: default locations were assumed');
  });

  it('writes --output', () => {
    const r = run(['resolve', '--machine', FILE, '--format', 'markdown', '--output', 'machine.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.files['machine.md']).toContain('# Antivirus exclusions: machine (hyper-v, azure-site-recovery, sep-sesam)');
  });

  it("adds --set values to the file's variables (the command line wins)", () => {
    const path = file('vars.json', { ...machineFile, variables: { SESAM_ROOT: 'E:\\SEPsesam' } });
    expect(run(['resolve', '--machine', path, '--compact']).stdout).toContain('E:\\SEPsesam');
    const r = run(['resolve', '--machine', path, '--compact', '--set', 'SESAM_ROOT=D:\\SEPsesam']);
    expect(r.stdout).toContain('D:\\SEPsesam');
    expect(r.stdout).not.toContain('E:\\SEPsesam');
  });

  it('exits 3 with --strict when an item is unresolved', () => {
    const machine = {
      platform: 'linux',
      products: [
        { product: 'sep-sesam', version: '5.1.0', roles: ['server'] },
        { product: 'kerio-connect', roles: ['server'] },
      ],
    };
    const r = run(['resolve', '--machine', '-', '--strict'], { stdin: JSON.stringify(machine) });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--strict: 1 item(s) unresolved');
    expect(run(['resolve', '--machine', '-'], { stdin: JSON.stringify(machine) }).code).toBe(0);
  });

  it('completes --machine with file names', () => {
    expect(run(['completion', 'bash']).stdout).toContain('--machine) COMPREPLY=($(compgen -f -- "$cur")); return ;;');
  });

  it('shows --machine in the help', () => {
    const r = run(['resolve', '--help']);
    expect(r.stdout).toContain('--machine FILE');
    expect(run(['--help']).stdout).toContain('av-exclusions resolve --machine FILE');
  });
});

describe('av-exclusions resolve --machine: usage and bad input (exit 2, one line)', () => {
  it.each<[string[], string]>([
    [['resolve', 'hyper-v', '--machine', FILE], 'drop a product ("hyper-v")'],
    [['resolve', '--machine', FILE, '--role', 'host'], 'drop --role'],
    [['resolve', '--machine', FILE, '--version', '5.1.0'], 'drop --version'],
    [['resolve', '--machine', FILE, '--feature', 'postgresql'], 'drop --feature'],
    [['resolve', '--machine', FILE, '--platform', 'windows'], 'drop --platform'],
    [['resolve', '--machine', FILE, '--os-version', '2019', '--provenance', 'vendor-page'], 'drop --os-version, --provenance'],
    [['resolve', '--machine', FILE, '--machine', FILE], '--machine may be given once'],
    [['resolve', '--machine', join(dir, 'missing.json')], 'cannot read the machine file'],
    [['resolve', '--machine', dir], 'is a directory; give a regular file or - for standard input'],
    [['resolve', '--machine', FILE, '--set', 'NOPE=1'], '$.variables: unknown variable "NOPE"'],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each<[string, string]>([
    ['{ "platform": "windows", ', 'the machine file on standard input is not JSON'],
    ['[]', '$: the machine must be an object'],
    [
      '{"platform":"windows","products":[{"product":"hyper-v","roles":["host"]},{"product":"sep-sesam","roles":[]}]}',
      '$.products[1].roles: give at least one role of sep-sesam',
    ],
    ['{"platform":"windows","products":[{"product":"hyper-v","roles":["hots"]}]}', '$.products[0].roles: unknown role for hyper-v: "hots"'],
    [
      '{"platform":"windows","products":[{"product":"hyper-v","roles":["host"]},{"product":"hyper-v","roles":["file-server"]}]}',
      '$.products[1].product: "hyper-v" is already listed',
    ],
    ['{"platform":"windows","products":[]}', '$.products: give at least one product'],
  ])('%s', (stdin, message) => {
    const r = run(['resolve', '--machine', '-'], { stdin });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`av-exclusions: ${r.stderr.slice('av-exclusions: '.length)}`);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names the missing file and the reason', () => {
    const r = run(['resolve', '--machine', join(dir, 'missing.json')]);
    expect(r.stderr).toBe(`av-exclusions: cannot read the machine file "${join(dir, 'missing.json')}": no such file (ENOENT)\n`);
  });
});

describe('src/cli/machine', () => {
  const io = (text: string) => ({ stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, writeFile: () => {}, readText: () => text });

  it('reads and parses, or says why not', () => {
    expect(readMachineInput(io(TEXT), '-')).toEqual(machineFile);
    expectError(() => readMachineInput(io('nope'), 'x.json'), 'INVALID_QUERY');
    const failing = {
      ...io(''),
      readText: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    };
    expect(() => readMachineInput(failing, 'x.json')).toThrow(MachineFileError);
    expect(() => readMachineInput(failing, 'x.json')).toThrow('cannot read the machine file "x.json": permission denied (EACCES)');
  });

  it('lets a bug (not an I/O error) through', () => {
    const buggy = {
      ...io(''),
      readText: () => {
        throw new TypeError('bug');
      },
    };
    expect(() => readMachineInput(buggy, 'x.json')).toThrow(TypeError);
  });

  it('does not mask a bad "variables" with --set values', () => {
    const text = JSON.stringify({ ...machineFile, variables: ['SESAM_ROOT'] });
    expect(expectError(() => resolveMachineFile(io(text), '-', { SESAM_ROOT: ['D:\\x'] }), 'INVALID_QUERY').message).toMatch(
      /^\$\.variables: /,
    );
  });

  it('lists the options --machine replaces', () => {
    expect([...MACHINE_CONFLICTS]).toEqual(['role', 'version', 'feature', 'platform', 'os-version', 'provenance']);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AuditIo } from '../../src/cli/audit.js';
import { main } from '../../src/cli/main.js';
import { auditExclusions, parseCurrentExclusions } from '../../src/index.js';
import { SESAM as SESAM_RESOLUTION } from '../audit/fixtures.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/current/${name}`, import.meta.url));

function run(args: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const files: Record<string, string> = {};
  const io: AuditIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
    writeFile: (path, content) => void (files[path] = content),
    // The machine file (--machine) is read as text; the --current files as bytes (readFile, readStdin).
    readText: (path) => readFileSync(path, 'utf8'),
    readStdin: () => new TextEncoder().encode(stdin ?? ''),
  };
  const code = main(args, io);
  return { code, stdout, stderr, files };
}

const SESAM = ['audit', 'sep-sesam', '--version', '5.0.0', '--role', 'server', '--platform', 'windows', '--feature', 'postgresql'];
const MPPREF = ['--current-format', 'defender-mppreference-json'];

describe('av-exclusions audit', () => {
  it('prints the report and exits 0 when it was produced, whatever it found', () => {
    const r = run([...SESAM, '--current', fixture('defender-mistakes.json'), ...MPPREF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  Dangerous (5)');
    expect(r.stdout).toContain('  - path C:\\Temp  (effective, $.ExclusionPath[1])');
  });

  it('prints the report as JSON, exactly as the library returns it', () => {
    const r = run([...SESAM, '--current', fixture('defender-bare-string.json'), ...MPPREF, '--format', 'json']);
    const resolution = SESAM_RESOLUTION;
    const current = parseCurrentExclusions(readFileSync(fixture('defender-bare-string.json')), 'defender-mppreference-json');
    expect(JSON.parse(r.stdout)).toEqual(auditExclusions(resolution, current));
  });

  it('reads --current more than once (local and policy exports) and - from standard input', () => {
    const r = run([
      ...SESAM,
      '--current',
      fixture('defender-local.reg'),
      '--current',
      fixture('defender-policy.reg'),
      '--current-format',
      'defender-reg',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('entry,dangerous unrelated,path,C:\\Temp,,policy,line 4,');
    const stdin = run([...SESAM, '--current', '-', ...MPPREF, '--format', 'json'], '{"ExclusionPath":"C:\\\\Temp"}');
    expect(JSON.parse(stdin.stdout).entries[0].entry.text).toBe('C:\\Temp');
  });

  it('exits 3 with --fail-on when a named verdict occurs, 0 when none does', () => {
    const r = run([...SESAM, '--current', fixture('defender-mistakes.json'), ...MPPREF, '--fail-on', 'missing,dangerous,redundant']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Recommended items');
    expect(r.stderr).toBe('av-exclusions: --fail-on: missing 1, dangerous 5, redundant 1\n');
    const clean = run([...SESAM, '--current', fixture('defender-bare-string.json'), ...MPPREF, '--fail-on', 'missing,dangerous']);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
  });

  it('exits 2 naming the valid verdicts for an unknown --fail-on name', () => {
    const r = run([...SESAM, '--current', fixture('defender-mistakes.json'), ...MPPREF, '--fail-on', 'missing,dangerus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'av-exclusions: unknown --fail-on verdict "dangerus"; valid: covered, covered-by-automatic, missing, unknown, needed, redundant, broader-than-needed, dangerous, unrelated (did you mean "dangerous"?)\n',
    );
  });

  it('exits 2 for bad input, showing the line or JSON path', () => {
    const bad = run([...SESAM, '--current', '-', ...MPPREF], '{"ExclusionPath":[1]}');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('av-exclusions: standard input: defender-mppreference-json: $.ExclusionPath[0]: expected text, found number\n');
    const missing = run([...SESAM, '--current', fixture('nope.json'), ...MPPREF]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^av-exclusions: cannot read the --current file ".*nope\.json": ENOENT\n$/);
    expect(run([...SESAM, '--current', fixture('defender-none.json')]).stderr).toBe(
      'av-exclusions: audit needs --current-format; valid: defender-mppreference-json, defender-reg, defender-intune, mdatp-json, clamav-clamd\n',
    );
    expect(run([...SESAM, ...MPPREF]).code).toBe(2);
    expect(run([...SESAM, '--current', fixture('defender-none.json'), '--current-format', 'clamav-clamd']).stderr).toMatch(
      /clamav list cannot be audited against a windows resolution/,
    );
    expect(run(['audit', '--current', fixture('defender-none.json'), ...MPPREF]).code).toBe(2);
    expect(run([...SESAM, '--curent', 'x']).stderr).toBe(
      'av-exclusions: unknown option "--curent" (did you mean "--current"?) (run "av-exclusions --help" for usage)\n',
    );
  });

  it('audits a machine file (--machine) as resolve reads it, several products at once', () => {
    const machine = fileURLToPath(new URL('../fixtures/machines/hyper-v-asr-sesam.json', import.meta.url));
    const r = run(['audit', '--machine', machine, '--current', fixture('defender-mistakes.json'), ...MPPREF, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const products = new Set(report.recommended.map((item: { item: { rule: string } }) => item.item.rule.split('/')[0]));
    expect([...products].sort()).toEqual(['azure-site-recovery', 'hyper-v', 'sep-sesam', 'windows-server']);
    // Windows Server 2022 with Hyper-V: Defender's automatic Hyper-V exclusions cover the virtual disks.
    const vhd = report.recommended.find((item: { item: { value: string } }) => item.item.value === '.vhd');
    expect(vhd.verdict).toBe('covered-by-automatic');

    expect(run(['audit', '--machine', '-', '--current', '-', ...MPPREF]).stderr).toMatch(
      /^av-exclusions: standard input can hold the machine file or the current list, not both/,
    );
    const conflict = run([
      'audit',
      'sep-sesam',
      '--machine',
      machine,
      '--role',
      'server',
      '--current',
      fixture('defender-none.json'),
      ...MPPREF,
    ]);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toBe(
      'av-exclusions: --machine takes the products, roles and platform from the file; drop a product ("sep-sesam"), --role (run "av-exclusions --help" for usage)\n',
    );
  });

  it('leaves out of --fix the values of a rule that are already excluded', () => {
    const r = run(
      [
        'audit',
        'sep-sesam',
        '--version',
        '5.1.0',
        '--role',
        'server',
        '--platform',
        'windows',
        '--set',
        'DATA_STORE_VOLUMES=E:\\',
        '--set',
        'DATA_STORE_VOLUMES=F:\\',
        '--current',
        '-',
        ...MPPREF,
        '--fix',
        'defender-powershell',
      ],
      '{"ExclusionPath":["E:\\\\"]}',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain("Add-MpPreference -ExclusionPath 'F:\\'");
    expect(r.stdout).not.toContain("'E:\\'");
  });

  it('prints with --fix a script of only the missing items, in a scanner format', () => {
    const r = run([...SESAM, '--current', fixture('defender-bare-string.json'), ...MPPREF, '--fix', 'defender-powershell']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('postgres.exe');
    expect(r.stdout).not.toContain('SEPsesam');
    const missing = run([...SESAM, '--current', fixture('defender-mistakes.json'), ...MPPREF, '--fix', 'defender-powershell']);
    expect(missing.stdout).toContain("Add-MpPreference -ExclusionProcess 'postgres.exe'");
    expect(missing.stdout).not.toContain('C:\\Program Files\\SEPsesam');
    expect(run([...SESAM, '--current', fixture('defender-mistakes.json'), ...MPPREF, '--fix', 'clamav-clamd']).code).toBe(2);
    expect(run([...SESAM, '--current', fixture('defender-mistakes.json'), ...MPPREF, '--fix', 'csv', '--format', 'json']).code).toBe(2);
  });

  it("adds Defender's own exclusions with --fix when they are off on the machine", () => {
    const dns = ['audit', 'windows-server', '--role', 'dns-server', '--os-version', '2019', ...MPPREF];
    const off = run([...dns, '--current', fixture('defender-none-auto-off.json'), '--fix', 'defender-powershell']);
    expect(off.stdout).toContain('System32\\dns.exe');
    const on = run([...dns, '--current', fixture('defender-none.json'), '--fix', 'defender-powershell']);
    expect(on.stdout).not.toContain('dns.exe');
  });

  it('writes --output through the atomic writer, the report or the script', () => {
    const r = run([...SESAM, '--current', fixture('defender-mistakes.json'), ...MPPREF, '--format', 'markdown', '--output', 'audit.md']);
    expect(r.stdout).toBe('');
    expect(r.files['audit.md']).toContain('## Existing entries (7)');
    const fix = run([
      ...SESAM,
      '--current',
      fixture('defender-mistakes.json'),
      ...MPPREF,
      '--fix',
      'defender-powershell',
      '--output',
      'fix.ps1',
    ]);
    expect(fix.files['fix.ps1']).toContain('postgres.exe');
  });

  it('has help, and is a command of the main help and of the completion scripts', () => {
    expect(run(['audit', '--help']).stdout).toMatch(/^Usage: av-exclusions audit <product>/);
    expect(run(['help', 'audit']).stdout).toMatch(/^Usage: av-exclusions audit <product>/);
    expect(run(['--help']).stdout).toContain('  audit       what a machine excludes today');
    const bash = run(['completion', 'bash']).stdout;
    expect(bash).toContain('--current-format) COMPREPLY=($(compgen -W "defender-mppreference-json defender-reg');
    expect(bash).toContain('--fail-on) COMPREPLY=($(compgen -W "covered covered-by-automatic missing');
  });
});

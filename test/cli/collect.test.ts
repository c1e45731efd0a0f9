import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { collectorScript } from '../../src/audit/collect.js';
import { COLLECT_OPTIONS, collectCommand, collectHelp } from '../../src/cli/collect.js';
import { expectError } from '../helpers.js';
import { run } from './run.js';

describe('av-exclusions collect', () => {
  it.each(['defender-powershell', 'mdatp-sh'] as const)('--format %s prints the collector script, exactly', (format) => {
    const r = run(['collect', '--format', format]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(collectorScript(format).text);
    expect(r.files).toEqual({});
  });

  it('--output writes the script through the atomic writer, CRLF kept for PowerShell; "-" is standard output', () => {
    const ps = run(['collect', '--format', 'defender-powershell', '--output', 'collect-defender.ps1']);
    expect(ps.code).toBe(0);
    expect(ps.stdout).toBe('');
    expect(ps.files).toEqual({ 'collect-defender.ps1': collectorScript('defender-powershell').text });
    expect(ps.files['collect-defender.ps1']).toMatch(/^# [^\r\n]*\r\n/);
    // ASCII: no byte-order mark is needed, as the defender-powershell renderer adds one only for non-ASCII scripts.
    expect(ps.files['collect-defender.ps1']!.startsWith('\uFEFF')).toBe(false);
    const sh = run(['collect', '--output', 'collect-mdatp.sh', '--format', 'mdatp-sh']);
    expect(sh.files).toEqual({ 'collect-mdatp.sh': collectorScript('mdatp-sh').text });
    const dash = run(['collect', '--format', 'mdatp-sh', '--output', '-']);
    expect(dash.stdout).toBe(collectorScript('mdatp-sh').text);
    expect(dash.files).toEqual({});
  });

  it('an unknown format exits 2 with one line naming the valid formats', () => {
    const r = run(['collect', '--format', 'defender-powershel']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'av-exclusions: unknown collector format "defender-powershel"; valid: defender-powershell, mdatp-sh (did you mean "defender-powershell"?)\n',
    );
  });

  it('a missing --format, an argument, an unknown or repeated option exit 2 with one line', () => {
    const cases: [string[], string][] = [
      [['collect'], 'av-exclusions: collect needs --format: defender-powershell or mdatp-sh\n'],
      [['collect', 'mdatp-sh'], 'collect takes no argument, got: "mdatp-sh"'],
      [['collect', '--format', 'mdatp-sh', '--outptu', 'x'], 'unknown option "--outptu" (did you mean "--output"?)'],
      [['collect', '--format', 'mdatp-sh', '--format', 'mdatp-sh'], '--format may be given once'],
      [['collect', '--format'], "option '--format <value>' argument missing"],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('--help and "help collect" show the formats, what each script does and how to feed the audit', () => {
    const help = run(['collect', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(collectHelp());
    expect(run(['help', 'collect']).stdout).toBe(collectHelp());
    expect(help.stdout).toMatch(/^Usage: av-exclusions collect --format defender-powershell\|mdatp-sh \[--output FILE\]\n/);
    expect(help.stdout).toContain('The script changes nothing on the server.');
    expect(help.stdout).toContain('powershell -ExecutionPolicy Bypass -File .\\collect-defender.ps1 -Path C:\\Temp\\mppreference.json');
    expect(help.stdout).toContain('--current mppreference.json --current-format defender-mppreference-json');
    expect(help.stdout).toContain('sudo sh collect-mdatp.sh > mdatp.json');
    expect(help.stdout).toContain('--current mdatp.json --current-format mdatp-json');
    expect(run(['--help']).stdout).toContain('  collect     a read-only script to run on a server');
  });

  it('the bash completion offers collect, its options and its formats', () => {
    const script = run(['completion', 'bash']).stdout;
    const complete = (...line: string[]): string[] => {
      const words = ['av-exclusions', ...line].map((w) => `'${w}'`).join(' ');
      const program = `${script}\nCOMP_WORDS=(${words}); COMP_CWORD=${line.length}; _av_exclusions; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const r = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean).sort();
    };
    expect(complete('col')).toEqual(['collect']);
    expect(complete('collect', '--')).toEqual(['--format', '--help', '--output']);
    expect(complete('collect', '--format', '')).toEqual(['defender-powershell', 'mdatp-sh']);
  });

  it('collectCommand: the script and the output file, refusals as INVALID_OPTION', () => {
    expect(collectCommand({ format: 'mdatp-sh' })).toEqual({ text: collectorScript('mdatp-sh').text });
    expect(collectCommand({ format: 'mdatp-sh', output: 'a.sh' })).toEqual({ text: collectorScript('mdatp-sh').text, output: 'a.sh' });
    expect(expectError(() => collectCommand({}), 'INVALID_OPTION').choices).toEqual(['defender-powershell', 'mdatp-sh']);
    expectError(() => collectCommand({ format: 'text' }), 'INVALID_OPTION');
    expect(Object.keys(COLLECT_OPTIONS)).toEqual(['format', 'output', 'help']);
  });
});

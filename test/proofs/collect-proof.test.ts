import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Language, type Node, Parser } from 'web-tree-sitter';
import { collectorScript, MDATP_MANAGED_JSON, MDATP_MANAGED_PLIST } from '../../src/audit/collect.js';
import { parseMdatpJson } from '../../src/audit/parse/mdatp-json.js';
import { requireTools, SHELLS, shellLab } from './shell-lab.js';

const require = createRequire(import.meta.url);
const FIXTURES = fileURLToPath(new URL('../fixtures/collect/', import.meta.url));

describe('the defender-powershell collector on a real PowerShell parser', () => {
  let parser: Parser;
  beforeAll(async () => {
    await Parser.init();
    parser = new Parser();
    parser.setLanguage(await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')));
  });

  interface Command {
    name: string;
    args: string[];
  }

  function analyse(script: string): { commands: Command[]; nodeTypes: Set<string>; assigned: string[] } {
    const tree = parser.parse(script)!;
    const commands: Command[] = [];
    const nodeTypes = new Set<string>();
    const assigned: string[] = [];
    const walk = (node: Node): void => {
      expect(node.type === 'ERROR' || node.isMissing, `syntax error at line ${node.startPosition.row + 1}: ${node.text}`).toBe(false);
      nodeTypes.add(node.type);
      if (node.type === 'command') {
        const elements = node.namedChildren.find((c) => c.type === 'command_elements');
        commands.push({
          name: node.namedChildren.find((c) => c.type === 'command_name')!.text,
          args: (elements?.namedChildren ?? []).filter((c) => c.type !== 'command_argument_sep').map((c) => c.text),
        });
      }
      if (node.type === 'left_assignment_expression') assigned.push(node.text);
      for (const child of node.children) walk(child);
    };
    walk(tree.rootNode);
    expect(tree.rootNode.hasError).toBe(false);
    return { commands, nodeTypes, assigned };
  }

  it('parses without errors, with no PowerShell 7 pipeline chain, CRLF and ASCII only', () => {
    const { text } = collectorScript('defender-powershell');
    expect(text).toMatch(/^[\u0000-\u007f]*$/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { nodeTypes } = analyse(text);
    expect(nodeTypes.has('pipeline_chain_tail')).toBe(false);
    expect(nodeTypes.has('param_block')).toBe(true);
  });

  it('runs only read-only commands: Get-MpPreference, filters, ConvertTo-Json -InputObject, warnings', () => {
    const { commands, assigned } = analyse(collectorScript('defender-powershell').text);
    const notNull = { name: 'Where-Object', args: ['{ $null -ne $_ }'] };
    expect(commands).toEqual([
      { name: 'Write-Warning', args: [expect.stringMatching(/^'This session is not elevated: .*'$/)] },
      { name: 'Get-MpPreference', args: [] },
      notNull,
      notNull,
      notNull,
      { name: 'Where-Object', args: ["{ $_ -like 'N/A:*' }"] },
      { name: 'Write-Warning', args: [expect.stringMatching(/^"Defender did not show every list/)] },
      { name: 'ConvertTo-Json', args: ['-InputObject', '$lists', '-Depth', '3'] },
      { name: 'New-Object', args: ['System.Text.UTF8Encoding', '-ArgumentList', '$false'] },
      { name: 'Write-Host', args: ['"Wrote $target"'] },
    ]);
    expect(assigned).toEqual(['$ErrorActionPreference', '$principal', '$preference', '$lists', '$hidden', '$json', '$target']);
  });

  it('the proof sees a syntax error, and a PowerShell 7 pipeline chain', () => {
    expect(() => analyse("$x = ConvertTo-Json -InputObject @{ a = 'b' ")).toThrow(/syntax error/);
    expect(analyse('Get-MpPreference && Write-Host done').nodeTypes.has('pipeline_chain_tail')).toBe(true);
  });
});

requireTools(SHELLS, 'bash and dash (apt-get install bash dash)', 'the collector proof (the mdatp-sh script under bash and dash)');

const lab = shellLab('av-collect-');
const root = lab.root;
const script = join(root, 'collect-mdatp.sh');
const linuxFile = join(root, 'etc/opt/microsoft/mdatp/managed/mdatp_managed.json');
const macFile = join(root, 'Library/Managed Preferences/com.microsoft.wdav.plist');
const plutilArgs = join(root, 'plutil-args');

beforeAll(() => {
  mkdirSync(join(root, 'etc/opt/microsoft/mdatp/managed'), { recursive: true });
  mkdirSync(join(root, 'Library/Managed Preferences'), { recursive: true });
  copyFileSync(join(FIXTURES, 'mdatp_managed.json'), linuxFile);
  copyFileSync(join(FIXTURES, 'com.microsoft.wdav.plist'), macFile);
  writeFileSync(script, collectorScript('mdatp-sh').text);
  // uname -s prints $FAKE_SYSTEM.
  lab.stub('uname', ['[ "$1" = -s ] || exit 9', 'printf \'%s\\n\' "$FAKE_SYSTEM"']);
  // plutil records its arguments (NUL-terminated) and prints what macOS's plutil prints for the fixture, or fails
  // like it when $PLUTIL_FAILS is set.
  lab.stub('plutil', [
    'printf \'%s\\0\' "$@" > "$PLUTIL_ARGS"',
    'if [ -n "${PLUTIL_FAILS:-}" ]; then echo "plutil: invalid object in plist for destination format" >&2; exit 1; fi',
    `cat '${join(FIXTURES, 'com.microsoft.wdav.json')}'`,
  ]);
});

afterAll(() => lab.remove());

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function collect(shell: string, env: Record<string, string>, cwd = root): Run {
  const r = lab.run(shell, script, { PLUTIL_ARGS: plutilArgs, ...env }, cwd);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const LINUX_ENTRIES = [
  ['path', '/opt/kerio/mailserver/', ['epp']],
  ['path', '/var/log/kerio/*.log', ['epp', 'global']],
  ['extension', '.eml', ['epp']],
  ['process', '/opt/kerio/mailserver/mailserver', undefined],
  ['path', '/var/opt/sesam/var/', ['epp']],
];

describe.each(SHELLS)('the mdatp-sh collector under %s', (shell) => {
  it('Linux: prints mdatp_managed.json exactly, and the mdatp-json parser reads every entry', () => {
    const r = collect(shell, { FAKE_SYSTEM: 'Linux', MDATP_MANAGED_JSON: linuxFile });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(linuxFile, 'utf8'));
    const read = parseMdatpJson(r.stdout);
    expect(read.entries.map((e) => [e.kind, e.text, e.restriction?.scopes])).toEqual(LINUX_ENTRIES);
    expect(read.entries[0]!.isDirectory).toBe(true);
  });

  it('Linux: a missing file is a message on standard error, nothing on standard output, exit 1', () => {
    const missing = join(root, 'etc/opt/microsoft/mdatp/managed/absent.json');
    const r = collect(shell, { FAKE_SYSTEM: 'Linux', MDATP_MANAGED_JSON: missing });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`collect-mdatp: no managed configuration at ${missing} (none is deployed on this machine, or it is elsewhere)\n`);
  });

  it("Linux: without the variable it reads Microsoft's path (absent here)", () => {
    expect(existsSync(MDATP_MANAGED_JSON)).toBe(false);
    const r = collect(shell, { FAKE_SYSTEM: 'Linux' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`no managed configuration at ${MDATP_MANAGED_JSON} `);
  });

  it('an empty file or a folder is refused the same way', () => {
    const empty = join(root, 'empty.json');
    writeFileSync(empty, '');
    for (const [file, message] of [
      [empty, `${empty} is empty`],
      [join(root, 'etc'), `${join(root, 'etc')} is not a regular file`],
    ] as const) {
      const r = collect(shell, { FAKE_SYSTEM: 'Linux', MDATP_MANAGED_JSON: file });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`collect-mdatp: ${message}\n`);
    }
  });

  it('a relative file name starting with "-" is read as a file, not an option', () => {
    writeFileSync(join(root, '-managed.json'), '{"exclusionSettings":{"exclusions":[]}}\n');
    const r = collect(shell, { FAKE_SYSTEM: 'Linux', MDATP_MANAGED_JSON: '-managed.json' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('{"exclusionSettings":{"exclusions":[]}}\n');
  });

  it('macOS: converts the managed profile with plutil (a path with a space) and the parser reads it', () => {
    rmSync(plutilArgs, { force: true });
    const r = collect(shell, { FAKE_SYSTEM: 'Darwin', MDATP_MANAGED_PLIST: macFile });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(plutilArgs, 'utf8').split('\0')).toEqual(['-convert', 'json', '-o', '-', macFile, '']);
    expect(r.stdout).toBe(`${readFileSync(join(FIXTURES, 'com.microsoft.wdav.json'), 'utf8').replace(/\n+$/, '')}\n`);
    const read = parseMdatpJson(r.stdout);
    expect(read.entries.map((e) => [e.kind, e.text, e.restriction?.scopes])).toEqual([
      ['path', '/usr/local/kerio/mailserver/', ['epp']],
      ['extension', '.eml', ['epp']],
    ]);
  });

  it("macOS: without the variable it reads Microsoft's path (absent here); a failing plutil prints nothing", () => {
    expect(existsSync(MDATP_MANAGED_PLIST)).toBe(false);
    const absent = collect(shell, { FAKE_SYSTEM: 'Darwin' });
    expect(absent.status).toBe(1);
    expect(absent.stdout).toBe('');
    expect(absent.stderr).toContain(`no managed configuration at ${MDATP_MANAGED_PLIST} `);
    const failing = collect(shell, { FAKE_SYSTEM: 'Darwin', MDATP_MANAGED_PLIST: macFile, PLUTIL_FAILS: '1' });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toBe('');
    expect(failing.stderr).toBe(
      `plutil: invalid object in plist for destination format\ncollect-mdatp: plutil could not convert ${macFile} to JSON\n`,
    );
  });
});

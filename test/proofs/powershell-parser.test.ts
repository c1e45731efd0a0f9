// The proof for defender-powershell, on a real PowerShell grammar: every generated script is parsed with
// tree-sitter-powershell (web-tree-sitter 0.27). A script must parse without ERROR or MISSING nodes, use no syntax
// beyond that of a plain script (node types), invoke only the intended commands (one per item, with the intended
// parameter), and every single-quoted argument must read back as the intended value. The grammar knows only the ASCII
// quote, while PowerShell also ends a literal at ‘ ’ ‚ ‛ (U+2018-U+201B); so each literal is read again with
// PowerShell's own tokenizer rule (fixtures/readers.ts), which must agree with the grammar on where it ends.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, type Node, Parser } from 'web-tree-sitter';
import { DISGUISING_CHARACTERS } from '../../src/paths/values.js';
import { renderDefenderPowerShell } from '../../src/render/defender-powershell.js';
import { defenderValue } from '../../src/render/values/defender.js';
import type { RuleKind } from '../../src/types/pack.js';
import type { Resolution } from '../../src/types/resolution.js';
import { expectError } from '../helpers.js';
import { ASR_HYPERV as ASR_HYPERV_RESOLVED, SESAM_WINDOWS as SESAM_RESOLVED } from '../render/cases.js';
import { decodeCp1252, readPowerShellLiteral } from '../render/fixtures/readers.js';
import { HYPERV_WINDOWS, SESAM_WINDOWS, VALUE_OF_KIND, withValues } from '../render/fixtures/resolutions.js';

const require = createRequire(import.meta.url);
let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')));
});

type Argument = string | { literal: string };
interface Command {
  name: string;
  args: Argument[];
}
interface Analysis {
  commands: Command[];
  /** Statements at the top level (comments excluded). */
  statements: number;
  variables: Set<string>;
  nodeTypes: Set<string>;
}

const LIST: Record<RuleKind, string> = {
  directory: '-ExclusionPath',
  file: '-ExclusionPath',
  glob: '-ExclusionPath',
  volume: '-ExclusionPath',
  process: '-ExclusionProcess',
  extension: '-ExclusionExtension',
};
const KINDS = Object.keys(LIST) as RuleKind[];

/** The fixed commands every script runs before its items: the read-only DisableLocalAdminMerge check. */
const PREAMBLE: Command[] = [
  {
    name: 'Get-ItemProperty',
    args: [
      '-Path',
      { literal: 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender' },
      '-Name',
      { literal: 'DisableLocalAdminMerge' },
      '-ErrorAction',
      'SilentlyContinue',
    ],
  },
  {
    name: 'Write-Warning',
    args: [
      { literal: 'Group Policy sets DisableLocalAdminMerge: Defender ignores exclusions added locally. Deliver them by policy instead.' },
    ],
  },
];

/** Reads a verbatim string node with PowerShell's rule and checks the grammar ends it at the same character. */
function literal(node: Node): string {
  const { value, end } = readPowerShellLiteral(node.text);
  expect(end, `PowerShell and the grammar disagree on where ${node.text} ends`).toBe(node.text.length - 1);
  return value;
}

function argument(node: Node): Argument {
  if (node.type === 'command_parameter' || node.type === 'generic_token') return node.text;
  // A single string argument: array_literal_expression > unary_expression > string_literal > verbatim_string_characters.
  const strings = node.descendantsOfType('verbatim_string_characters');
  expect(node.type).toBe('array_literal_expression');
  expect(strings.length, `one string per argument: ${node.text}`).toBe(1);
  expect(strings[0]!.text, 'the argument is the string and nothing else').toBe(node.text);
  return { literal: literal(strings[0]!) };
}

function analyse(text: string): Analysis {
  // PowerShell reads the byte-order mark as the encoding, not as script text; it is there exactly when needed.
  const ascii = /^[\u0000-\u007f]*$/.test(text);
  expect(text.startsWith('\uFEFF')).toBe(!ascii);
  const script = text.replace(/^\uFEFF/, '');
  expect(script.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const tree = parser.parse(script)!;
  const nodeTypes = new Set<string>();
  const variables = new Set<string>();
  const commands: Command[] = [];
  const walk = (node: Node): void => {
    expect(node.type === 'ERROR' || node.isMissing, `syntax error at ${node.startPosition.row + 1}: ${node.text}`).toBe(false);
    if (node.type === 'comment') return;
    nodeTypes.add(node.type);
    if (node.type === 'variable') variables.add(node.text);
    if (node.type === 'verbatim_string_characters') literal(node);
    if (node.type === 'command') {
      const elements = node.childForFieldName('command_elements') ?? node.namedChildren.find((c) => c.type === 'command_elements');
      commands.push({
        name: node.namedChildren.find((c) => c.type === 'command_name')!.text,
        args: (elements?.namedChildren ?? []).filter((c) => c.type !== 'command_argument_sep').map(argument),
      });
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.rootNode);
  expect(tree.rootNode.hasError).toBe(false);
  const list = tree.rootNode.namedChildren.find((c) => c.type === 'statement_list');
  const statements = (list?.namedChildren ?? []).filter((c) => c.type !== 'comment').length;
  return { commands, statements, variables, nodeTypes };
}

/** What a test expects a Defender path string to be: a directory loses trailing backslashes unless they are a root. */
function intended(kind: RuleKind, value: string): string {
  if (kind !== 'directory' || !value.endsWith('\\')) return value;
  const bare = value.replace(/\\+$/, '');
  if (bare === '') return value;
  return /^([A-Za-z]:|%SystemDrive%|\\\\\?\\[A-Za-z]:|\\\\\?\\Volume\{[^}]*\})$/i.test(bare) ? `${bare}\\` : bare;
}

let baselineTypes: Set<string> | undefined;

/** Renders, parses and checks one resolution; returns the analysis. */
function prove(resolution: Resolution, action: 'add' | 'remove', includeManaged = false): Analysis {
  const out = renderDefenderPowerShell(resolution, { action, includeManaged });
  const analysis = analyse(out.text);
  const rendered = resolution.exclusions.filter((i) => !out.skipped.some((s) => s.rule === i.rule));
  const cmdlet = action === 'add' ? 'Add-MpPreference' : 'Remove-MpPreference';
  expect(analysis.commands).toEqual([
    ...PREAMBLE,
    ...rendered.map((i) => ({ name: cmdlet, args: [LIST[i.kind], { literal: intended(i.kind, i.value) }] })),
  ]);
  // $ErrorActionPreference = 'Stop', $policy = …, if (…) { … }, then one statement per item.
  expect(analysis.statements).toBe(3 + rendered.length);
  expect(analysis.variables).toEqual(new Set(['$ErrorActionPreference', '$policy']));
  expect(out.text).toContain("\r\n$ErrorActionPreference = 'Stop'\r\n");
  expect(out.text).toMatch(/(^|\n)#Requires -RunAsAdministrator\r\n/);
  // No syntax beyond what the benign fixtures use: hostile values add no node type (no $(…), no script block, no
  // expandable string, no pipeline operator, no redirection …).
  if (rendered.length && baselineTypes) expect([...analysis.nodeTypes].filter((t) => !baselineTypes!.has(t))).toEqual([]);
  return analysis;
}

describe('defender-powershell on a real PowerShell parser', () => {
  const fixtures: [string, Resolution][] = [
    ['SEP sesam server (fixture)', SESAM_WINDOWS],
    ['ASR on a Hyper-V host (fixture)', HYPERV_WINDOWS],
    ['SEP sesam 5.0.0 server (resolved from the bundled data)', SESAM_RESOLVED],
    ['ASR on a Hyper-V host (resolved from the bundled data)', ASR_HYPERV_RESOLVED],
    [
      'every kind',
      { ...SESAM_WINDOWS, exclusions: KINDS.flatMap((kind) => withValues(SESAM_WINDOWS, [VALUE_OF_KIND[kind]], kind).exclusions) },
    ],
  ];

  beforeAll(() => {
    baselineTypes = new Set();
    for (const [, resolution] of fixtures)
      for (const action of ['add', 'remove'] as const)
        for (const t of analyse(renderDefenderPowerShell(resolution, { action }).text).nodeTypes) baselineTypes.add(t);
  });

  it.each(fixtures)('%s: parses, runs only the intended commands, with the intended strings (add and remove)', (_name, resolution) => {
    const add = prove(resolution, 'add');
    const remove = prove(resolution, 'remove');
    prove(resolution, 'add', true);
    // The uninstall form passes exactly the strings the install form added.
    expect(remove.commands.map((c) => c.args)).toEqual(add.commands.map((c) => c.args));
  });

  it('writes directories without a trailing backslash, keeps roots and volumes as they are', () => {
    const commands = prove(SESAM_WINDOWS, 'add').commands.slice(PREAMBLE.length);
    expect(commands.map((c) => c.args[1])).toEqual([
      { literal: 'C:\\Program Files\\SEPsesam' },
      { literal: 'D:\\SEPsesam\\var' },
      { literal: 'E:\\' },
      { literal: 'postgres.exe' },
    ]);
    const roots = withValues(SESAM_WINDOWS, [
      'C:\\',
      'C:\\\\',
      '%SystemDrive%\\',
      '\\\\?\\Volume{0e1a6c54-0000-0000-0000-100000000000}\\',
      '\\\\srv\\share\\',
    ]);
    expect(
      prove(roots, 'add')
        .commands.slice(PREAMBLE.length)
        .map((c) => c.args[1]),
    ).toEqual(
      ['C:\\', 'C:\\', '%SystemDrive%\\', '\\\\?\\Volume{0e1a6c54-0000-0000-0000-100000000000}\\', '\\\\srv\\share'].map((l) => ({
        literal: l,
      })),
    );
  });

  it('the PowerShell literal reader is honest: an unescaped typographic quote ends the string', () => {
    expect(readPowerShellLiteral("'a’b'")).toEqual({ value: 'a', end: 2 });
    expect(readPowerShellLiteral("'a’’b'")).toEqual({ value: 'a’b', end: 5 });
    expect(readPowerShellLiteral("‘a''b’")).toEqual({ value: "a'b", end: 5 });
  });

  const MACHINE = new Set([
    'ALLUSERSPROFILE',
    'PROGRAMDATA',
    'PROGRAMFILES',
    'PROGRAMFILES(X86)',
    'PUBLIC',
    'SYSTEMDRIVE',
    'SYSTEMROOT',
    'WINDIR',
  ]);
  /** Whether a Defender target must refuse the value: a {NAME} placeholder, or a %NAME% Defender does not expand. */
  const refused = (value: string): boolean =>
    DISGUISING_CHARACTERS.test(value) ||
    /\{[A-Z][A-Z0-9_]*\}/.test(value) ||
    [...value.matchAll(/%([^%\\/]+)%/g)].some((m) => !MACHINE.has(m[1]!.toUpperCase()));
  const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
  const piece = fc.constantFrom(
    "'",
    '‘',
    '’',
    '‚',
    '‛',
    "''",
    '‘’',
    '"',
    '“',
    '”',
    '„',
    '$',
    '$(Remove-Item C:\\ -Recurse)',
    '$env:TEMP',
    '${x}',
    '@(1)',
    '@{a=1}',
    '`',
    '`n',
    '`0',
    ';',
    '|',
    '||',
    '&',
    '&&',
    '>',
    '<',
    '2>&1',
    ' ',
    '\u00a0',
    '\u3000',
    '%',
    '100%',
    '%ProgramData%',
    '%SystemRoot%',
    '%USERPROFILE%',
    '%SESAM_ROOT%',
    '{SESAM_BIN}',
    '{x}',
    '#',
    '<#',
    '#>',
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    ',',
    '-',
    '--%',
    '-ExclusionPath',
    "'; Remove-Item C:\\ -Recurse; '",
    '’; Start-Process calc; ‘',
    'ü',
    'ё',
    'İ',
    '日本',
    '😀',
    '\u200b',
    '\u202e',
    '\\',
    '\\\\',
    '.',
    '*',
    '?',
  );
  const hostile = fc
    .array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 10 })
    .map((parts) => `C:\\${parts.join('')}`.replace(CONTROL, '_'));

  it('hostile values stay data: any Unicode, every quote kind, $(…), backticks, ; | & %, spaces', () => {
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...KINDS),
        fc.constantFrom('add' as const, 'remove' as const),
        (values, kind, action) => {
          const resolution = withValues(SESAM_WINDOWS, values, kind);
          if (values.some(refused)) {
            expectError(() => renderDefenderPowerShell(resolution, { action }), 'UNSAFE_VALUE');
            return;
          }
          const analysis = prove(resolution, action);
          // Exactly one command per item.
          expect(analysis.commands.length).toBe(PREAMBLE.length + values.length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses control characters anywhere in a value', () => {
    const control = fc.constantFrom(
      ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
      '\u007f',
      '\u0085',
      '\u009b',
      '\u2028',
      '\u2029',
    );
    fc.assert(
      fc.property(hostile, control, fc.nat(), fc.constantFrom(...KINDS), (value, c, at, kind) => {
        const i = at % (value.length + 1);
        expectError(
          () => renderDefenderPowerShell(withValues(SESAM_WINDOWS, [value.slice(0, i) + c + value.slice(i)], kind)),
          'UNSAFE_VALUE',
        );
      }),
      { numRuns: 200 },
    );
    for (const value of ['C:\\a\nRemove-Item C:\\', 'C:\\a\r\nb', 'C:\\a\u0000b', 'C:\\a\u2028b']) {
      expectError(() => renderDefenderPowerShell(withValues(SESAM_WINDOWS, [value])), 'UNSAFE_VALUE');
    }
  });

  it('refuses user and unknown variables, placeholders and empty values', () => {
    for (const value of ['%USERPROFILE%\\x', '%APPDATA%\\x', '%SESAM_ROOT%\\x', '{SESAM_ROOT}\\x', '', '   ']) {
      expectError(() => renderDefenderPowerShell(withValues(SESAM_WINDOWS, [value])), 'UNSAFE_VALUE');
    }
    expect(defenderValue({ kind: 'directory', value: '%ProgramFiles(x86)%\\X\\' }, 'defender-powershell')).toBe('%ProgramFiles(x86)%\\X');
  });

  it('a byte-order mark keeps Windows PowerShell 5.1 from reading a quote into UTF-8 bytes', () => {
    // ё is D1 91 in UTF-8; code page 1252 reads 0x91 as ‘, which PowerShell takes for a single quote.
    const out = renderDefenderPowerShell(withValues(SESAM_WINDOWS, ['C:\\ё; Remove-Item C:\\Windows -Recurse; ё']));
    expect(out.text.startsWith('\uFEFF')).toBe(true);
    expect(out.warnings.join(' ')).toContain('byte-order mark');
    const bytes = new TextEncoder().encode(out.text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // With the mark, a UTF-8 reader gets the script back; the literal reads back intact.
    const line = new TextDecoder('utf-8')
      .decode(bytes)
      .split('\r\n')
      .find((l) => l.startsWith('Add-MpPreference'))!;
    const start = line.indexOf("'");
    expect(readPowerShellLiteral(line, start)).toEqual({ value: 'C:\\ё; Remove-Item C:\\Windows -Recurse; ё', end: line.length - 1 });
    // Without it, a code page 1252 reader would end the literal inside the value and run the rest as code.
    const misread = decodeCp1252(bytes.slice(3))
      .split('\r\n')
      .find((l) => l.startsWith('Add-MpPreference'))!;
    expect(readPowerShellLiteral(misread, misread.indexOf("'")).end).toBeLessThan(misread.length - 1);
    // An ASCII-only script needs no mark.
    expect(renderDefenderPowerShell(withValues(SESAM_WINDOWS, ['C:\\Program Files\\SEPsesam'])).text.startsWith('#')).toBe(true);
  });
});

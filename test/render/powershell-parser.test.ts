// Proof on a real parser: every generated PowerShell script is parsed with tree-sitter-powershell (web-tree-sitter).
// The grammar does not know PowerShell's typographic single quotes (U+2018-U+201B end a string in PowerShell), so
// every string literal is also checked with a scanner that follows PowerShell's own tokenizer rule for them.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDefenderPowerShell } from '../../src/render/defender-powershell.js';
import type { Resolution } from '../../src/types/resolution.js';
import { expectError } from '../helpers.js';
import { ASR_HYPERV, SESAM_WINDOWS, withValues } from './cases.js';

const require = createRequire(import.meta.url);
let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
});

const QUOTES = "'\u2018\u2019\u201a\u201b";

/** PowerShell's rule for a single-quoted literal: a quote character followed by another one is an escaped quote. */
function scanSingleQuoted(text: string): { value: string; end: number } {
  expect(QUOTES.includes(text[0]!)).toBe(true);
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (QUOTES.includes(c)) {
      if (i + 1 < text.length && QUOTES.includes(text[i + 1]!)) {
        value += text[i + 1];
        i++;
        continue;
      }
      return { value, end: i };
    }
    value += c;
  }
  throw new Error(`unterminated string: ${text}`);
}

interface Command {
  name: string;
  parameters: string[];
  strings: string[];
}

function commands(script: string): { commands: Command[]; errors: number } {
  const tree = parser.parse(script)!;
  const found: Command[] = [];
  let errors = 0;
  const walk = (node: Node): void => {
    if (node.type === 'ERROR' || node.isMissing) errors++;
    if (node.type === 'command') {
      const name = node.children.find((c) => c.type === 'command_name')!.text;
      const parameters: string[] = [];
      const strings: string[] = [];
      const collect = (n: Node): void => {
        if (n.type === 'command_parameter') parameters.push(n.text);
        if (n.type === 'verbatim_string_characters') {
          const { value, end } = scanSingleQuoted(n.text);
          expect(end, `literal ${n.text} must end at its last character`).toBe(n.text.length - 1);
          strings.push(value);
        }
        for (const c of n.children) collect(c);
      };
      collect(node);
      found.push({ name, parameters, strings });
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.rootNode);
  return { commands: found, errors };
}

const EXPECTED_LIST = { directory: '-ExclusionPath', file: '-ExclusionPath', glob: '-ExclusionPath', volume: '-ExclusionPath', process: '-ExclusionProcess', extension: '-ExclusionExtension' } as const;

function check(resolution: Resolution, action: 'add' | 'remove'): void {
  const out = renderDefenderPowerShell(resolution, { action });
  const { commands: found, errors } = commands(out.text);
  expect(errors).toBe(0);
  const cmdlet = action === 'add' ? 'Add-MpPreference' : 'Remove-MpPreference';
  const changes = found.filter((c) => c.name !== 'Get-ItemProperty' && c.name !== 'Write-Warning');
  expect(new Set(found.map((c) => c.name))).toEqual(new Set(['Get-ItemProperty', 'Write-Warning', ...(changes.length ? [cmdlet] : [])]));
  const rendered = resolution.exclusions.filter((i) => !out.skipped.some((s) => s.rule === i.rule));
  expect(changes.map((c) => [c.parameters, c.strings])).toEqual(rendered.map((i) => [[EXPECTED_LIST[i.kind]], [i.value]]));
}

describe('defender-powershell on a real PowerShell parser', () => {
  it.each([
    ['sep-sesam 5.0.0 server', SESAM_WINDOWS],
    ['azure-site-recovery hyper-v host', ASR_HYPERV],
  ])('%s parses, runs only the intended commands, with the intended strings', (_name, resolution) => {
    check(resolution, 'add');
    check(resolution, 'remove');
  });

  it('keeps the scanner honest: an unescaped typographic quote would end the string', () => {
    expect(scanSingleQuoted("'a’b'")).toEqual({ value: 'a', end: 2 });
    expect(scanSingleQuoted("'a’’b'")).toEqual({ value: 'a’b', end: 5 });
  });

  it('hostile paths stay data: quotes of every kind, $(...), backticks, ; | & and Unicode', () => {
    const piece = fc.constantFrom("'", '‘', '’', '‚', '‛', '"', '$(Remove-Item C:\\ -Recurse)', '`', '`n', ';', '|', '&', ' ', 'ü', '日本', '\\', '#', '<#', '#>', '@(', '{', '}');
    const path = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 12 }).map((parts) => `C:\\${parts.join('')}`.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_'));
    const kind = fc.constantFrom('directory', 'process', 'extension', 'glob') as fc.Arbitrary<'directory' | 'process' | 'extension' | 'glob'>;
    fc.assert(
      fc.property(fc.array(path, { minLength: 1, maxLength: 4 }), kind, fc.constantFrom('add', 'remove') as fc.Arbitrary<'add' | 'remove'>, (values, k, action) => {
        const resolution = withValues(SESAM_WINDOWS, values.map((v) => v.replace(/%/g, 'pct').replace(/\{([A-Z][A-Z0-9_]*)\}/g, '{$1 }')), k);
        check(resolution, action);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses control characters and user or unknown variables', () => {
    for (const value of ['C:\\a\nRemove-Item C:\\', 'C:\\a\r\nb', 'C:\\a\u0000b', 'C:\\a\u2028b']) {
      expectError(() => renderDefenderPowerShell(withValues(SESAM_WINDOWS, [value])), 'UNSAFE_VALUE');
    }
    expectError(() => renderDefenderPowerShell(withValues(SESAM_WINDOWS, ['%USERPROFILE%\\x'])), 'UNSAFE_VALUE');
    expectError(() => renderDefenderPowerShell(withValues(SESAM_WINDOWS, ['%SESAM_ROOT%\\x'])), 'UNSAFE_VALUE');
    expectError(() => renderDefenderPowerShell(withValues(SESAM_WINDOWS, ['{SESAM_ROOT}\\x'])), 'UNSAFE_VALUE');
  });
});

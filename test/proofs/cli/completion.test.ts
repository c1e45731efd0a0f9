// The bash completion script, run by a real bash: what it offers at each position of a command line.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { completionScript } from '../../../src/cli/completion.js';
import { MODEL } from '../../fixtures/completion.js';

function complete(...line: string[]): string[] {
  const script = completionScript('bash', MODEL);
  const words = ['av-exclusions', ...line].map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const program = `${script}\nCOMP_WORDS=(${words}); COMP_CWORD=${line.length}; _av_exclusions; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
  it('completes commands, products, options and their values', () => {
    expect(complete('')).toEqual(['--help', '--version', 'list', 'resolve']);
    expect(complete('resolve', '')).toEqual(['hyper-v', 'sep-sesam']);
    expect(complete('resolve', 'sep-sesam', '--r')).toEqual(['--role']);
    expect(complete('resolve', 'sep-sesam', '--role', 'hy')).toEqual(['hyper-v-to-azure/hyper-v-host']);
    expect(complete('resolve', 'sep-sesam', '--set', 'S')).toEqual(['SESAM_ROOT=']);
    expect(complete('list', '--format', '')).toEqual(['json', 'text']);
  });
});

describe('PowerShell completion', () => {
  it('parses with the PowerShell grammar, without errors', async () => {
    const { createRequire } = await import('node:module');
    const { Language, Parser } = await import('web-tree-sitter');
    const require = createRequire(import.meta.url);
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')));
    const tree = parser.parse(completionScript('powershell', MODEL))!;
    expect(tree.rootNode.hasError).toBe(false);
    expect(tree.rootNode.text).toContain("Register-ArgumentCompleter -Native -CommandName 'av-exclusions'");
  });
});

import { describe, expect, it } from 'vitest';
import { COMPLETION_SHELLS, completionScript } from '../../src/cli/completion.js';
import { MODEL } from '../fixtures/completion.js';

describe('completionScript', () => {
  it.each(COMPLETION_SHELLS)('%s: names every command, option and id of the model', (shell) => {
    const script = completionScript(shell, MODEL);
    for (const word of [
      'list',
      'resolve',
      '--role',
      '--set',
      '--output',
      '--include-managed',
      'sep-sesam',
      'hyper-v-to-azure/hyper-v-host',
      'SESAM_ROOT=',
    ]) {
      expect(script, word).toContain(word.startsWith('--') && shell === 'fish' ? `-l ${word.slice(2)}` : word);
    }
  });
  it('refuses a word no id could hold instead of writing it into a script', () => {
    expect(() =>
      completionScript('bash', { commands: { list: { options: [], positional: 'product' } }, values: { product: ['a; rm -rf /'] } }),
    ).toThrow(/holds characters no id has/);
  });
});

import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotePosixShell } from '../../../../src/render/quote/posix-shell.js';
import { HOSTILE_PIECES } from '../../../render/fixtures/resolutions.js';

// Every shell the generated scripts may meet. dash is Debian's /bin/sh; a missing shell fails the test (install it).
const SHELLS = ['sh', 'dash', 'bash'] as const;
for (const shell of SHELLS) {
  if (spawnSync('sh', ['-c', `command -v ${shell}`]).status !== 0)
    throw new Error(`${shell} is missing: install it (apt-get install ${shell})`);
}

/** What a real shell makes of `printf '%s\0' <words>`: the argument list, split at NUL. */
function argv(shell: string, words: string): string[] {
  const r = spawnSync(shell, ['-c', `printf '%s\\0' ${words}`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: '/nonexistent' },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}

describe('quotePosixShell', () => {
  it.each([
    ['/opt/x', "'/opt/x'"],
    ["it's", "'it'\\''s'"],
    ["''", "''\\'''\\'''"],
    ['', "''"],
    ['$(rm -rf /) `x` ; | & * ~', "'$(rm -rf /) `x` ; | & * ~'"],
    ['C:\\trailing\\', "'C:\\trailing\\'"],
  ])('%j -> %s', (value, expected) => expect(quotePosixShell(value)).toBe(expected));

  it.each(SHELLS)('every hostile piece is one argument, unchanged, under %s', (shell) => {
    const values = [...HOSTILE_PIECES, HOSTILE_PIECES.join(''), `/srv/${HOSTILE_PIECES.join('/')}`, 'a\nb', '\t'];
    expect(argv(shell, values.map(quotePosixShell).join(' '))).toEqual(values);
  });

  it.each(SHELLS)('any string without NUL is one argument, unchanged, under %s (property)', (shell) => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...HOSTILE_PIECES));
    const value = fc.array(text, { maxLength: 6 }).map((parts) =>
      parts
        .join('')
        .replace(/\0/g, '')
        .replace(/[\uD800-\uDFFF]/g, '?'),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
        expect(argv(shell, values.map(quotePosixShell).join(' '))).toEqual(values);
      }),
      { numRuns: 40 },
    );
  });

  it('nothing in a quoted word expands: no command runs, no variable is read', () => {
    const r = spawnSync('sh', ['-c', `printf %s ${quotePosixShell('$(echo RAN)`echo RAN`${HOME}$HOME*')}`], {
      encoding: 'utf8',
      env: { HOME: '/h', PATH: process.env.PATH },
    });
    expect(r.stdout).toBe('$(echo RAN)`echo RAN`${HOME}$HOME*');
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { quotePosixShell } from '../../../src/render/quote/posix-shell.js';

describe('quotePosixShell', () => {
  it.each([
    ['/opt/x', "'/opt/x'"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf /) `x` ; | & * ~', "'$(rm -rf /) `x` ; | & * ~'"],
  ])('%j -> %s', (value, expected) => expect(quotePosixShell(value)).toBe(expected));

  it('round-trips through a real shell', () => {
    const value = `/srv/it's "q" $(x) \`y\` ; | & * ? [a] ~ \\ ü`;
    const r = spawnSync('sh', ['-c', `printf '%s' ${quotePosixShell(value)}`], { encoding: 'utf8' });
    expect(r.stdout).toBe(value);
  });
});

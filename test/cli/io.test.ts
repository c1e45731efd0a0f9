import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  InputFileError,
  MAX_INPUT_BYTES,
  OutputFileError,
  onStdoutError,
  processIo,
  readTextInput,
  writeFileAtomic,
} from '../../src/cli/io.js';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'av-io-'));
  afterEach(() => {
    for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
  });

  it('replaces the file in one step and leaves no temporary file', () => {
    writeFileSync(join(dir, 'a.txt'), 'old');
    writeFileAtomic(join(dir, 'a.txt'), 'new');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('fails cleanly when the folder does not exist', () => {
    expect(() => writeFileAtomic(join(dir, 'no', 'a.txt'), 'x')).toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('draws another temporary name when one is taken, leaving that file alone', () => {
    const draws = [0.5, 0.5, 0.25];
    const taken = join(dir, `.avx-${(0.5).toString(36).slice(2).padEnd(12, '0')}.tmp`);
    writeFileSync(taken, 'theirs');
    writeFileAtomic(join(dir, 'a.txt'), 'new', () => draws.shift()!);
    expect(draws).toEqual([]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
    expect(readFileSync(taken, 'utf8')).toBe('theirs');
    expect(readdirSync(dir).sort()).toEqual([taken.slice(dir.length + 1), 'a.txt'].sort());
  });

  it('gives up with EEXIST when every temporary name is taken, writing nothing', () => {
    const taken = join(dir, `.avx-${(0.5).toString(36).slice(2).padEnd(12, '0')}.tmp`);
    symlinkSync(join(dir, 'elsewhere'), taken);
    expect(() => writeFileAtomic(join(dir, 'a.txt'), 'new', () => 0.5)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(lstatSync(taken).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir)).toEqual([taken.slice(dir.length + 1)]);
  });

  it('fails cleanly when the target is a directory, keeping it', () => {
    const target = join(dir, 'd');
    writeFileSync(join(dir, 'keep'), 'k');
    mkdirSync(target);
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['d', 'keep']);
  });
});

describe('processIo', () => {
  it('wires the real process', () => {
    const io = processIo();
    expect(io.env).toBe(process.env);
    expect(typeof io.stdout).toBe('function');
    expect(typeof io.readText).toBe('function');
  });
});

describe('readTextInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'av-io-input-'));

  it('reads a file as UTF-8, and standard input for "-"', () => {
    writeFileSync(join(dir, 'm.json'), '{"a":"é"}');
    expect(readTextInput(join(dir, 'm.json'))).toBe('{"a":"é"}');
    expect(readTextInput('-', () => Buffer.from('from stdin'))).toBe('from stdin');
  });

  it('refuses what is not a regular file, and files too large', () => {
    expect(() => readTextInput(dir)).toThrow(InputFileError);
    expect(() => readTextInput('/dev/null')).toThrow(/a device/);
    writeFileSync(join(dir, 'big.json'), Buffer.alloc(MAX_INPUT_BYTES + 1, 32));
    expect(() => readTextInput(join(dir, 'big.json'))).toThrow(/larger than/);
    expect(() => readTextInput('-', () => Buffer.alloc(MAX_INPUT_BYTES + 1))).toThrow(/standard input is larger than/);
  });

  it("passes Node's errors on for a missing file", () => {
    expect(() => readTextInput(join(dir, 'missing.json'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('writeFileAtomic on what is not a regular file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'av-io-hostile-'));

  it('refuses devices and directories with one message', () => {
    expect(() => writeFileAtomic('/dev/null', 'x')).toThrow(OutputFileError);
    expect(() => writeFileAtomic('/dev/null', 'x')).toThrow(/a device/);
    mkdirSync(join(dir, 'd'));
    expect(() => writeFileAtomic(join(dir, 'd'), 'x')).toThrow(/a directory/);
  });

  it('refuses a FIFO', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => writeFileAtomic(fifo, 'x')).toThrow(/a FIFO/);
  });

  it('writes through a symbolic link, keeping the link and the mode', () => {
    const target = join(dir, 'real.txt');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    symlinkSync(target, join(dir, 'link.txt'));
    writeFileAtomic(join(dir, 'link.txt'), 'new');
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('does not fail on a long file name because of the temporary name', () => {
    const name = join(dir, `${'n'.repeat(250)}.txt`);
    writeFileAtomic(name, 'x');
    expect(readFileSync(name, 'utf8')).toBe('x');
  });
});

describe('onStdoutError', () => {
  it('ends quietly on a closed pipe, and with one line and status 1 otherwise', () => {
    const calls: (number | string)[] = [];
    onStdoutError(
      Object.assign(new Error('x'), { code: 'EPIPE' }),
      (c) => calls.push(c),
      (t) => calls.push(t),
    );
    expect(calls).toEqual([0]);
    calls.length = 0;
    onStdoutError(
      Object.assign(new Error('x'), { code: 'ENOSPC' }),
      (c) => calls.push(c),
      (t) => calls.push(t),
    );
    expect(calls).toEqual(['av-exclusions: cannot write to standard output: ENOSPC\n', 1]);
  });
});

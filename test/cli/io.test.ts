import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processIo, writeFileAtomic } from '../../src/cli/io.js';

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
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { oneOf, parseCommandArgs, parseSets, QUERY_OPTIONS, resolutionFromOptions, UsageError } from '../../src/cli/args.js';
import type { CliIo } from '../../src/cli/io.js';
import { AvExclusionsError } from '../../src/errors.js';

const io = { readText: (path: string) => readFileSync(path, 'utf8') } as unknown as CliIo;
const MACHINE = fileURLToPath(new URL('../fixtures/machines/hyper-v-asr-sesam.json', import.meta.url));

describe('parseCommandArgs', () => {
  it('suggests the option meant, and refuses a one-value option given twice', () => {
    expect(() => parseCommandArgs(['--rol', 'server'], QUERY_OPTIONS)).toThrow(
      new UsageError('unknown option "--rol" (did you mean "--role"?)'),
    );
    expect(() => parseCommandArgs(['--platform', 'linux', '--platform', 'windows'], QUERY_OPTIONS)).toThrow(
      new UsageError('--platform may be given once'),
    );
    expect(parseCommandArgs(['x', '--role', 'a', '--role', 'b'], QUERY_OPTIONS)).toMatchObject({
      values: { role: ['a', 'b'] },
      positionals: ['x'],
    });
  });
});

describe('parseSets', () => {
  it('reads NAME=VALUE (a value may hold "=") into a prototype-less record, and refuses a missing name', () => {
    const sets = parseSets(['A=1', 'A=2', 'B=x=y', '__proto__=z']);
    expect(Object.getPrototypeOf(sets)).toBeNull();
    expect({ ...sets }).toEqual({ A: ['1', '2'], B: ['x=y'], ['__proto__']: ['z'] });
    expect(() => parseSets(['=1'])).toThrow(UsageError);
    expect(() => parseSets(['A'])).toThrow('--set takes NAME=VALUE, got "A"');
  });
});

describe('oneOf', () => {
  it('returns a valid choice, or INVALID_OPTION naming the choices with a did-you-mean', () => {
    expect(oneOf('json', ['text', 'json'], 'format')).toBe('json');
    try {
      oneOf('jsn', ['text', 'json'], 'format');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AvExclusionsError);
      expect((error as AvExclusionsError).code).toBe('INVALID_OPTION');
      expect((error as AvExclusionsError).suggestion).toBe('json');
    }
  });
});

describe('resolutionFromOptions', () => {
  it('resolves one product from its options, with --set values', () => {
    const r = resolutionFromOptions(
      'resolve',
      { role: ['server'], platform: 'linux', set: ['KERIO_STORE_DIR=/srv/store'] },
      ['kerio-connect'],
      io,
    );
    expect('machine' in r).toBe(false);
    expect(r.exclusions.map((i) => i.value)).toContain('/srv/store');
  });

  it('resolves a machine file, which takes no product or product options', () => {
    const r = resolutionFromOptions('audit', { machine: MACHINE }, [], io);
    expect('machine' in r && r.machine.products.map((p) => p.product)).toEqual(['hyper-v', 'azure-site-recovery', 'sep-sesam']);
    expect(() => resolutionFromOptions('audit', { machine: MACHINE, version: '5.0.0' }, ['sep-sesam'], io)).toThrow(
      new UsageError('--machine takes the products, roles and platform from the file; drop a product ("sep-sesam"), --version'),
    );
  });

  it('names the command when the product is missing or doubled, and the roles when none is given', () => {
    expect(() => resolutionFromOptions('audit', {}, [], io)).toThrow(/^audit needs a product/);
    expect(() => resolutionFromOptions('resolve', { role: ['server'] }, ['a', 'b'], io)).toThrow('resolve takes one product, got: "a" "b"');
    expect(() => resolutionFromOptions('resolve', {}, ['sep-sesam'], io)).toThrow(
      'give at least one --role for sep-sesam: server, client, rds',
    );
  });
});

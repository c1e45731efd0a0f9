import { describe, expect, it } from 'vitest';
import { combinations, defaultCycles, readValues, variableReader } from '../../src/paths/variables.js';
import type { VariableDefinition } from '../../src/types/pack.js';

const source = { id: 'S', section: 'x' };
const variable = (name: string, defaults: VariableDefinition['defaults'] = undefined, multiple = false): VariableDefinition => ({
  name,
  description: name,
  hint: name,
  type: 'path',
  multiple,
  ...(defaults ? { defaults } : {}),
});
const byName = (...list: VariableDefinition[]) => Object.fromEntries(list.map((v) => [v.name, v]));

describe('variableReader', () => {
  const definitions = byName(
    variable('ROOT', { windows: { value: 'C:\\Program Files\\App', source }, linux: { value: '/opt/app', source } }),
    variable('BIN', { windows: { value: '{ROOT}', source } }),
    variable('STORE', { windows: { value: '{ROOT}\\store', source } }),
    variable('DATA', undefined, true),
    variable('PER_DATA', { windows: { value: '{DATA}\\cache', source } }),
  );

  it('uses a literal default and names it', () => {
    expect(variableReader(definitions, {}, 'windows')('ROOT')).toEqual({
      values: ['C:\\Program Files\\App'],
      defaultsUsed: ['ROOT'],
      fromCaller: false,
    });
  });
  it('resolves a default over another variable, following the caller value', () => {
    expect(variableReader(definitions, { ROOT: ['D:\\App'] }, 'windows')('STORE')).toEqual({
      values: ['D:\\App\\store'],
      defaultsUsed: ['STORE'],
      fromCaller: true,
    });
    expect(variableReader(definitions, {}, 'windows')('BIN')).toEqual({
      values: ['C:\\Program Files\\App'],
      defaultsUsed: ['BIN', 'ROOT'],
      fromCaller: false,
    });
  });
  it('prefers the caller value to any default', () => {
    expect(variableReader(definitions, { STORE: ['F:\\store'], ROOT: ['D:\\App'] }, 'windows')('STORE')).toEqual({
      values: ['F:\\store'],
      defaultsUsed: [],
      fromCaller: true,
    });
  });
  it('has no value when neither the caller nor a default (or a dependency) gives one', () => {
    const read = variableReader(definitions, {}, 'windows');
    expect(read('DATA')).toBeNull();
    expect(read('PER_DATA')).toBeNull();
    expect(variableReader(definitions, {}, 'linux')('BIN')).toBeNull();
    expect(read('UNKNOWN')).toBeNull();
  });
  it('expands a default once per value of a multi-valued dependency', () => {
    expect(variableReader(definitions, { DATA: ['E:\\', 'F:\\d'] }, 'windows')('PER_DATA')?.values).toEqual(['E:\\cache', 'F:\\d\\cache']);
  });
  it('gives up on a default cycle instead of looping', () => {
    const cyclic = byName(variable('A', { linux: { value: '{B}/a', source } }), variable('B', { linux: { value: '{A}/b', source } }));
    expect(variableReader(cyclic, {}, 'linux')('A')).toBeNull();
  });
});

describe('defaultCycles', () => {
  it('reports each cycle of defaults on a platform once', () => {
    const list = [
      variable('A', { linux: { value: '{B}/a', source } }),
      variable('B', { linux: { value: '{A}/b', source }, windows: { value: 'C:\\b', source } }),
      variable('C', { linux: { value: '{A}/c', source } }),
    ];
    expect(defaultCycles(list, 'linux')).toEqual([['A', 'B', 'A']]);
    expect(defaultCycles(list, 'windows')).toEqual([]);
  });
});

describe('combinations', () => {
  it('gives one assignment per combination of values', () => {
    expect(combinations(['A', 'B'], { A: ['1', '2'], B: ['x'] })).toEqual([
      { A: '1', B: 'x' },
      { A: '2', B: 'x' },
    ]);
    expect(combinations([], {})).toEqual([{}]);
  });
});

describe('readValues', () => {
  const definitions = byName(
    variable('ROOT', { windows: { value: 'C:\\App', source } }),
    variable('STORE', { windows: { value: '{ROOT}\\store', source } }),
    variable('VOLUMES', undefined, true),
    variable('LOGS'),
  );

  it('sums up the values of several variables: missing ones, defaults used in order, caller values', () => {
    const used = new Set<string>();
    const read = variableReader(definitions, { VOLUMES: ['E:\\'] }, 'windows', used);
    expect(readValues(['STORE', 'LOGS', 'VOLUMES', 'ROOT'], read)).toEqual({
      missing: ['LOGS'],
      values: { STORE: ['C:\\App\\store'], VOLUMES: ['E:\\'], ROOT: ['C:\\App'] },
      defaultsUsed: ['STORE', 'ROOT'],
      fromCaller: true,
    });
    expect([...used]).toEqual(['VOLUMES']);
  });

  it('reads on past a missing variable, so a caller value after it still counts as used, unless the whole set is needed', () => {
    const used = new Set<string>();
    const read = variableReader(definitions, { VOLUMES: ['E:\\'] }, 'windows', used);
    expect(readValues(['LOGS', 'VOLUMES'], read, ['X'], true)).toBeNull();
    expect(used.size).toBe(0);
    expect(readValues(['LOGS', 'VOLUMES'], read, ['X'])?.defaultsUsed).toEqual(['X']);
    expect([...used]).toEqual(['VOLUMES']);
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, renderCsv } from '../../src/render/csv.js';
import { resolveExclusions } from '../../src/index.js';

/** RFC 4180 reader for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('renderCsv', () => {
  const r = resolveExclusions({ product: 'sep-sesam', version: '5.0.0', roles: ['server'], platform: 'linux', variables: { SESAM_BIN: '/srv/a, "b"' } });
  const rows = parseCsv(renderCsv(r).text);

  it('writes a header and one row per item of every bucket', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['exclusion', 'exclusion', 'unresolved']);
  });

  it('round-trips values with commas and quotes', () => {
    expect(rows[1]![2]).toBe('/srv/a, "b"');
    expect(rows[3]![13]).toBe('DATA_STORE_VOLUMES');
    const windows = parseCsv(renderCsv(resolveExclusions({ product: 'sep-sesam', version: '5.0.0', roles: ['server'], platform: 'windows' })).text);
    expect(windows.find((row) => row[0] === 'conditional')![12]).toBe('feature postgresql');
  });
});

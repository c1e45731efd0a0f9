import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { resolveExclusions } from '../../src/index.js';

describe('renderJson', () => {
  const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });

  it('is the Resolution exactly, indented, newline-terminated', () => {
    const out = renderJson(resolution);
    expect(JSON.parse(out.text)).toEqual(resolution);
    expect(out.data).toEqual(resolution);
    expect(out.text.endsWith('}\n')).toBe(true);
    expect(out.text).toContain('\n  "query": {');
  });

  it('is deterministic and escapes hostile values as JSON', () => {
    const hostile = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux', variables: { KERIO_STORE_DIR: '/srv/"quoted"\\$(x)`y`' } });
    const out = renderJson(hostile);
    expect(out.text).toBe(renderJson(hostile).text);
    expect(JSON.parse(out.text).exclusions[1].value).toBe('/srv/"quoted"\\$(x)`y`');
  });
});

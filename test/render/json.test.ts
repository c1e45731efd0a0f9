import { describe, expect, it } from 'vitest';
import { resolveExclusions } from '../../src/index.js';
import { renderJson } from '../../src/render/json.js';
import { KERIO_MACOS, SESAM_LINUX, WINDOWS, withItems } from './fixtures/resolutions.js';

describe('renderJson', () => {
  it('is the Resolution exactly: text = JSON.stringify(resolution, null, 2) + newline, keys in order', () => {
    const out = renderJson(SESAM_LINUX);
    expect(out.text).toBe(`${JSON.stringify(SESAM_LINUX, null, 2)}\n`);
    expect(JSON.parse(out.text)).toEqual(SESAM_LINUX);
    expect(Object.keys(JSON.parse(out.text))).toEqual(['query', 'exclusions', 'conditional', 'unresolved', 'warnings']);
    expect(out).toMatchObject({ target: 'json', skipped: [], warnings: [] });
  });

  it('data is a deep copy: equal, but changing it does not change the resolution', () => {
    const resolution = structuredClone(SESAM_LINUX);
    const data = renderJson(resolution).data as typeof resolution;
    expect(data).toEqual(resolution);
    expect(data).not.toBe(resolution);
    data.exclusions[0]!.value = '/changed';
    data.query.roles.push('changed');
    expect(resolution).toEqual(SESAM_LINUX);
  });

  it('is what resolveExclusions returns, for every platform, and never throws on platform or action', () => {
    const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
    expect(JSON.parse(renderJson(resolution).text)).toEqual(resolution);
    for (const r of [WINDOWS, KERIO_MACOS, SESAM_LINUX]) {
      expect(renderJson(r, { action: 'remove' }).text).toBe(renderJson(r).text);
    }
  });

  it('is deterministic and keeps hostile values as JSON data', () => {
    const hostile = withItems(SESAM_LINUX, [
      ['directory', '/srv/"quoted"\\$(x)`y`\u2028'],
      ['directory', '/srv/\u0000'],
    ]);
    const out = renderJson(hostile);
    expect(out.text).toBe(renderJson(structuredClone(hostile)).text);
    expect(JSON.parse(out.text).exclusions.map((e: { value: string }) => e.value)).toEqual(['/srv/"quoted"\\$(x)`y`\u2028', '/srv/\u0000']);
    expect(out.text.split('\n').length).toBe(JSON.stringify(hostile, null, 2).split('\n').length + 1);
  });
});

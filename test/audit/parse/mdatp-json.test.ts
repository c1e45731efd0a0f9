import { describe, expect, it } from 'vitest';
import { parseMdatpJson as parse } from '../../../src/audit/parse/mdatp-json.js';
import { renderMdatpJson } from '../../../src/render/mdatp-json.js';
import { SESAM_LINUX } from '../../render/fixtures/resolutions.js';
import { neverCrashes } from './fuzz.js';

describe('mdatp-json: mdatp_managed.json', () => {
  it("reads Microsoft's example: scopes kept, no scope = global (no restriction), extensions with or without the dot", () => {
    const r = parse(
      JSON.stringify({
        exclusionSettings: {
          exclusions: [
            { $type: 'excludedPath', isDirectory: true, path: '/home/*/git', scopes: ['epp'] },
            { $type: 'excludedPath', isDirectory: false, path: '/var/log/system.log', scopes: ['epp', 'global'] },
            { $type: 'excludedFileExtension', extension: '.pdf', scopes: ['epp'] },
            { $type: 'excludedFileExtension', extension: 'pdf' },
            { $type: 'excludedFileName', name: '/bin/cat' },
          ],
          mergePolicy: 'admin_only',
        },
      }),
    );
    expect(r.entries).toEqual([
      {
        kind: 'path',
        text: '/home/*/git',
        isDirectory: true,
        restriction: { scopes: ['epp'] },
        origin: { source: 'policy', location: '$.exclusionSettings.exclusions[0].path' },
      },
      {
        kind: 'path',
        text: '/var/log/system.log',
        isDirectory: false,
        restriction: { scopes: ['epp', 'global'] },
        origin: { source: 'policy', location: '$.exclusionSettings.exclusions[1].path' },
      },
      {
        kind: 'extension',
        text: '.pdf',
        restriction: { scopes: ['epp'] },
        origin: { source: 'policy', location: '$.exclusionSettings.exclusions[2].extension' },
      },
      { kind: 'extension', text: 'pdf', origin: { source: 'policy', location: '$.exclusionSettings.exclusions[3].extension' } },
      { kind: 'process', text: '/bin/cat', origin: { source: 'policy', location: '$.exclusionSettings.exclusions[4].name' } },
    ]);
    expect(r.warnings).toEqual(['$.exclusionSettings: merge policy "admin_only"']);
    expect(r.scanner).toBe('mdatp');
  });

  it('reads the legacy antivirusEngine.exclusions as antivirus (epp) entries; isDirectory defaults to false', () => {
    const r = parse('{"antivirusEngine":{"exclusionsMergePolicy":"merge","exclusions":[{"$type":"excludedPath","path":"/opt/x"}]}}');
    expect(r.entries).toEqual([
      {
        kind: 'path',
        text: '/opt/x',
        isDirectory: false,
        restriction: { scopes: ['epp'] },
        origin: { source: 'policy', location: '$.antivirusEngine.exclusions[0].path' },
      },
    ]);
  });

  it('our mdatp-json output reads back', () => {
    const out = renderMdatpJson(SESAM_LINUX);
    const data = out.data as { exclusionSettings: { exclusions: Record<string, unknown>[] } };
    const r = parse(out.text);
    expect(r.entries.map((e) => e.text)).toEqual(data.exclusionSettings.exclusions.map((x) => x.path ?? x.extension ?? x.name));
  });

  it('skips unknown types with a warning; bad input: INVALID_CURRENT with the JSON path', () => {
    expect(parse('{"exclusionSettings":{"exclusions":[{"$type":"excludedHash"}]}}').warnings[0]).toMatch(
      /exclusions\[0\]: \$type "excludedHash"/,
    );
    expect(() => parse('{"exclusionSettings":{"exclusions":{}}}')).toThrow('$.exclusionSettings.exclusions: expected an array');
    expect(() => parse('{"exclusionSettings":{"exclusions":[{"$type":"excludedPath"}]}}')).toThrow(
      '$.exclusionSettings.exclusions[0].path',
    );
    expect(() => parse('{"exclusionSettings":{"exclusions":[{"$type":"excludedPath","path":"/x","isDirectory":"yes"}]}}')).toThrow(
      '.isDirectory',
    );
    expect(() => parse('{"exclusionSettings":{"exclusions":[{"$type":"excludedPath","path":"/x","scopes":"epp"}]}}')).toThrow('.scopes');
    expect(() => parse('{"exclusionSettings":3}')).toThrow('$.exclusionSettings: expected an object');
    expect(() => parse('[]')).toThrow('$: expected an object');
  });

  it('any text in: entries or INVALID_CURRENT', () => {
    neverCrashes(parse, ['{', '}', '[', ']', '"', ':', ',', 'exclusionSettings', 'exclusions', '$type', 'excludedPath', 'path', 'null']);
  });
});

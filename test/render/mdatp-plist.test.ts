import { describe, expect, it } from 'vitest';
import { type MdatpPlistSettings, renderMdatpPlist } from '../../src/render/mdatp-plist.js';
import { renderExclusions } from '../../src/render/render-exclusions.js';
import { expectError } from '../helpers.js';
import { KERIO_MACOS, SESAM_LINUX, WINDOWS, withItems } from './fixtures/resolutions.js';

/** The <string> values of the property list, XML entities read back. */
const strings = (text: string) =>
  [...text.matchAll(/<string>(.*?)<\/string>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

describe('renderMdatpPlist', () => {
  const out = renderMdatpPlist(KERIO_MACOS);
  const data = out.data as MdatpPlistSettings;

  it('is an XML property list of antivirusEngine > exclusions, entries with the Linux $type keys and no scopes', () => {
    expect(out.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC')).toBe(true);
    expect(out.text.endsWith('</dict>\n</plist>\n')).toBe(true);
    expect(data).toEqual({
      antivirusEngine: {
        exclusions: [
          { $type: 'excludedPath', isDirectory: true, path: '/usr/local/kerio/mailserver' },
          { $type: 'excludedPath', isDirectory: true, path: '/Volumes/Mail/store' },
          { $type: 'excludedFileExtension', extension: '.eml' },
        ],
      },
    });
    expect(out.text).not.toContain('scopes');
    expect(out.text).not.toContain('exclusionsMergePolicy');
  });

  it('holds in data exactly the values the text passes', () => {
    const hostile = withItems(KERIO_MACOS, [
      ['directory', '/Volumes/a&b <c>'],
      ['file', '/tmp/]]>x'],
      ['process', 'My App'],
      ['extension', '.a&b'],
      ['directory', '/srv/ёж -- x'],
    ]);
    for (const resolution of [KERIO_MACOS, hostile]) {
      const output = renderMdatpPlist(resolution);
      const entries = (output.data as MdatpPlistSettings).antivirusEngine.exclusions;
      const expected = entries.flatMap((e) => [e.$type, 'path' in e ? e.path : 'extension' in e ? e.extension : e.name]);
      expect(strings(output.text)).toEqual(expected);
      expect([...output.text.matchAll(/<(true|false)\/>/g)].map((m) => m[1] === 'true')).toEqual(
        entries.flatMap((e) => ('isDirectory' in e ? [e.isDirectory] : [])),
      );
    }
  });

  it('writes entries that come out the same once, with a comment naming the rule', () => {
    const twice = withItems(KERIO_MACOS, [
      ['directory', '/srv/x'],
      ['directory', '/srv/x/'],
    ]);
    const output = renderMdatpPlist(twice);
    expect((output.data as MdatpPlistSettings).antivirusEngine.exclusions).toHaveLength(1);
    expect(output.text).toContain('<!-- test/item-0: ');
  });

  it('says every time that the entries are to be merged into the deployed settings', () => {
    expect(out.warnings[0]).toMatch(/merge these entries into the antivirusEngine exclusions of the com\.microsoft\.wdav settings/);
  });

  it('has no remove form', () => {
    const error = expectError(() => renderMdatpPlist(KERIO_MACOS, { action: 'remove' }), 'INVALID_OPTION');
    expect(error.message).toContain('profile');
  });

  it('renders macOS only, naming mdatp-json for Linux; and mdatp-json names mdatp-plist for macOS', () => {
    expect(expectError(() => renderMdatpPlist(SESAM_LINUX), 'TARGET_PLATFORM_MISMATCH').message).toContain('use "mdatp-json"');
    expectError(() => renderMdatpPlist(WINDOWS), 'TARGET_PLATFORM_MISMATCH');
    const error = expectError(() => renderExclusions(KERIO_MACOS, 'mdatp-json'), 'TARGET_PLATFORM_MISMATCH');
    expect(error.message).toBe(
      'target "mdatp-json" renders linux exclusions, but the resolution is for macos; for macos use "mdatp-plist"',
    );
  });

  it('refuses values an XML document cannot carry', () => {
    expectError(() => renderMdatpPlist(withItems(KERIO_MACOS, [['directory', '/srv/\uffff']])), 'UNSAFE_VALUE');
  });

  it('writes an empty array when nothing is left', () => {
    const output = renderMdatpPlist({ ...KERIO_MACOS, exclusions: [] });
    expect(output.text).toContain('<key>exclusions</key>\n\t\t<array/>');
    expect(output.data).toEqual({ antivirusEngine: { exclusions: [] } });
  });
});

import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { expectError } from '../helpers.js';
import { HYPERV_WINDOWS, LINUX, SESAM_WINDOWS, withRationale, withValues } from './fixtures/resolutions.js';

// markdown-it (CommonMark with GitHub-style tables; installed with typedoc) reads the document back.
interface Token {
  type: string;
  tag: string;
  content: string;
  attrs: [string, string][] | null;
  children: Token[] | null;
}
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: {
  html: boolean;
}) => { parse(src: string, env: object): Token[] };
const md = new MarkdownIt({ html: true });

/** Each table of the document as rows of cells, each cell its inline tokens. */
function tables(text: string): Token[][][][] {
  const out: Token[][][][] = [];
  let rows: Token[][][] = [];
  let row: Token[][] = [];
  for (const t of md.parse(text, {})) {
    if (t.type === 'table_open') rows = [];
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'inline' && rows && row) row.push(t.children ?? []);
    if (t.type === 'tr_close') rows.push(row);
    if (t.type === 'table_close') out.push(rows);
  }
  return out;
}
const plain = (cell: Token[]) => cell.map((t) => t.content).join('');

describe('renderMarkdown', () => {
  const text = renderMarkdown(SESAM_WINDOWS).text;

  it('starts with a title and the query', () => {
    expect(text.split('\n').slice(0, 6)).toEqual([
      '# Antivirus exclusions: sep-sesam',
      '',
      '- Version: 5.0.0 (documented guidance: 5.0.0)',
      '- Roles: server',
      '- Platform: windows',
      '- Features: postgresql',
    ]);
  });

  it('has a review table: Item | Kind | Why | Source | Provenance | Risk, one row per exclusion', () => {
    const [exclusions] = tables(text);
    expect(exclusions![0]!.map(plain)).toEqual(['Item', 'Kind', 'Why', 'Source', 'Provenance', 'Risk']);
    const body = exclusions!.slice(1);
    expect(body.map((r) => r[0]!.map((t) => [t.type, t.content]))).toEqual(SESAM_WINDOWS.exclusions.map((i) => [['code_inline', i.value]]));
    const bsr = body[4]!;
    expect(plain(bsr[2]!)).toBe(
      'SEP sesam BSR Pro, the Windows disaster-recovery tool, is excluded so the scanner does not interfere with it. Managed by the SEP sesam installer in Microsoft Defender Antivirus.',
    );
    expect(bsr[3]!.find((t) => t.type === 'link_open')!.attrs).toEqual([
      ['href', 'https://wiki.sep.de/wiki/index.php/Special:MyLanguage/Antivirus_Exclusions_for_SEP_sesam'],
    ]);
    expect([plain(bsr[4]!), plain(bsr[5]!)]).toEqual(['vendor-page', 'low']);
    expect(plain(body[0]![1]!)).toBe('directory, with subfolders');
    expect(plain(body[0]![2]!)).toContain('Also required by sep-sesam/sesam-root-dir.');
    expect(plain(body[2]![2]!)).toContain('Excludes whole partitions');
  });

  it('says in the Why cell that a managed item holds for real-time protection only and unless its setting is on', () => {
    const automatic = structuredClone(SESAM_WINDOWS);
    const bsr = automatic.exclusions[4]!;
    bsr.managedBy = { ...bsr.managedBy!, scans: 'real-time', disabledBy: 'DisableAutoExclusions' };
    const [exclusions] = tables(renderMarkdown(automatic).text);
    expect(plain(exclusions![5]![2]!)).toContain(
      'Managed by the SEP sesam installer in Microsoft Defender Antivirus (real-time protection only; unless DisableAutoExclusions is on).',
    );
  });

  it('lists conditional and unresolved items and warnings in their own sections', () => {
    const hyperv = renderMarkdown(HYPERV_WINDOWS).text;
    expect(hyperv).toContain('## Would apply if (2)');
    const [, conditional, unresolved] = tables(hyperv);
    expect(conditional!.slice(1).map((r) => [r[0]![0]!.content, plain(r[1]!)])).toEqual([
      ['%systemroot%\\System32\\Vmcompute.exe', 'OS >=2019'],
      ['C:\\ClusterStorage', 'feature cluster-shared-volumes'],
    ]);
    expect(unresolved!.slice(1).map((r) => [r[0]![0]!.content, r[1]![0]!.content])).toEqual([['{VHD_DIRS}', 'VHD_DIRS']]);
    expect(text).toContain('## Need values only you know (1)');
    expect(text).toContain('## Warnings\n\n- default locations were assumed for SESAM\\_BIN;');
    expect(hyperv).not.toContain('## Warnings');
  });

  it('works for any platform, with LF line endings', () => {
    const linux = renderMarkdown(LINUX).text;
    expect(
      tables(linux)[0]!
        .slice(1)
        .map((r) => r[0]![0]!.content),
    ).toEqual(['/opt/kerio/mailserver', '/var/opt/sesam/var']);
    expect(linux).not.toContain('\r');
    expect(linux.endsWith('\n')).toBe(true);
  });

  it('keeps hostile values and text inside their cell, shown as written', () => {
    const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
    const piece = fc.constantFrom(
      '|',
      '\\|',
      '`',
      '``',
      '\\',
      '*',
      '_',
      '<script>x</script>',
      '[a](https://e.test)',
      '&amp;',
      '#',
      ' ',
      '$(x)',
      "'",
    );
    const value = fc
      .array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 8 })
      .map((p) => `/srv/${p.join('')}`.replace(CONTROL, '_'));
    const rationale = fc
      .array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 8 })
      .map((p) => `Why: ${p.join('')}.`);
    fc.assert(
      fc.property(value, rationale, (v, why) => {
        const [table] = tables(renderMarkdown(withRationale(withValues(LINUX, [v]), why)).text);
        const row = table![1]!;
        expect(row).toHaveLength(6);
        expect(row[0]!.map((t) => [t.type, t.content])).toEqual([['code_inline', v]]);
        expect(row[2]!.every((t) => t.type === 'text')).toBe(true);
        expect(plain(row[2]!)).toBe(why.replace(CONTROL, ' '));
        expect(plain(row[5]!)).toBe('low');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a value with a control character', () => {
    expectError(() => renderMarkdown(withValues(LINUX, ['/srv/a\nb'])), 'UNSAFE_VALUE');
  });
});

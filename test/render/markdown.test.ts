import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { resolveExclusions } from '../../src/index.js';
import { withValues } from './cases.js';

describe('renderMarkdown', () => {
  const r = resolveExclusions({ product: 'sep-sesam', version: '5.0.0', roles: ['server'], platform: 'windows' });
  const text = renderMarkdown(r).text;

  it('has a review table with item, why, source, provenance and risk', () => {
    expect(text).toContain('| Item | Kind | Why | Source | Provenance | Risk |');
    expect(text).toContain('| `C:\\Program Files\\SEPsesam` | directory, with subfolders |');
    expect(text).toContain('](https://wiki.sep.de/wiki/index.php/Special:MyLanguage/Antivirus_Exclusions_for_SEP_sesam) | vendor-page | low |');
  });

  it('lists conditional and unresolved items and warnings', () => {
    expect(text).toContain('## Would apply if (1)');
    expect(text).toContain('## Need values only you know (1)');
    expect(text).toContain('## Warnings');
  });

  it('keeps hostile values inside their cell', () => {
    const row = renderMarkdown(withValues(r, ['C:\\a|b`c'])).text.split('\n').find((l) => l.includes('a\\|b'))!;
    expect(row.startsWith('| `` C:\\a\\|b`c `` |')).toBe(true);
    expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });
});

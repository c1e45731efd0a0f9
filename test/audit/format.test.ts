import { describe, expect, it } from 'vitest';
import { auditExclusions } from '../../src/audit/audit.js';
import { AUDIT_CSV_COLUMNS, formatAuditReport } from '../../src/audit/format.js';
import { parseCurrentExclusions } from '../../src/audit/parse/index.js';
import { currentFixture, SESAM } from './fixtures.js';

const mistakes = currentFixture('defender-mistakes.json', 'defender-mppreference-json');
const report = auditExclusions(SESAM, mistakes);

describe('formatAuditReport: text', () => {
  const text = formatAuditReport(report, 'text');

  it('groups items and entries by verdict, each with its reason and source', () => {
    const lines = text.split('\n');
    const at = (line: string) => lines.indexOf(line);
    expect(lines[0]).toBe('Audit of the Microsoft Defender Antivirus exclusions on windows: 3 recommended item(s), 7 existing entries');
    expect(at('  Missing (1)')).toBeGreaterThan(at('Recommended items'));
    expect(at('  Covered (2)')).toBeGreaterThan(at('  Missing (1)'));
    expect(at('  - process postgres.exe  [sep-sesam/postgres-process]')).toBe(at('  Missing (1)') + 1);
    expect(lines[at('  - process postgres.exe  [sep-sesam/postgres-process]') + 1]).toBe('      no entry covers it');
    expect(at('  Dangerous (5)')).toBeGreaterThan(at('Existing entries'));
    const temp = lines.indexOf('  - path C:\\Temp  (effective, $.ExclusionPath[1])', at('  Dangerous (5)'));
    expect(lines[temp + 1]).toBe('      C:\\Temp: a shared temporary folder, where malware is dropped and run from');
    expect(lines[temp + 2]).toMatch(
      /^ {6}source: Common mistakes to avoid when defining exclusions, Folder exclusions: C:\\Temp, .* \(https:\/\/learn\.microsoft\.com\//,
    );
    // An entry with two verdicts is listed under each.
    expect(lines.filter((l) => l === '  - path C:\\Temp  (effective, $.ExclusionPath[1])')).toHaveLength(2);
    expect(text).toContain('  Cannot be evaluated (1)\n  - path %TEMP%\\Build  (effective, $.ExclusionPath[4])');
    expect(text).toContain('\nWarnings\n  ! 1 entry cannot be evaluated');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('wraps reasons to the width without breaking values, and styles only when asked', () => {
    const wrapped = formatAuditReport(report, 'text', { width: 60 });
    // Item and entry lines carry values, never broken; URLs stay whole on a line of their own.
    for (const line of wrapped.split('\n')) if (!/^ {2}- |^ +\(https:/.test(line)) expect(line.length, line).toBeLessThanOrEqual(60);
    expect(wrapped).toContain('https://learn.microsoft.com/en-us/defender-endpoint/common-exclusion-mistakes-microsoft-defender-antivirus');
    const styled = formatAuditReport(report, 'text', { style: { bold: (t) => `<b>${t}</b>`, dim: (t) => t, yellow: (t) => t } });
    expect(styled).toContain('<b>Recommended items</b>');
    expect(text).not.toContain('<b>');
  });

  it("shows a machine's control characters escaped, never raw", () => {
    const hostile = parseCurrentExclusions(JSON.stringify({ ExclusionPath: ['C:\\a\u001b[31m\u202eb'] }), 'defender-mppreference-json');
    const out = formatAuditReport(auditExclusions(SESAM, hostile), 'text');
    expect(out).toContain('C:\\a\\u001b[31m\\u202eb');
    expect(out).not.toMatch(/[\u001b\u202e]/);
    expect(formatAuditReport(auditExclusions(SESAM, hostile), 'markdown')).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('formatAuditReport: json, markdown, csv', () => {
  it('writes the report itself as JSON', () => {
    expect(JSON.parse(formatAuditReport(report, 'json'))).toEqual(report);
  });

  it('writes Markdown tables with values in code spans and text escaped', () => {
    const md = formatAuditReport(report, 'markdown');
    expect(md).toContain('| Verdict | Item | Kind | Rule | Reason | Source |');
    expect(md).toContain(
      '| missing | `postgres.exe` | process | sep-sesam/postgres-process | no entry covers it | [Antivirus Exclusions for SEP sesam, ',
    );
    expect(md).toContain(
      '| `C:\\Temp` | path | effective, $.ExclusionPath\\[1\\] | dangerous, unrelated | **dangerous**: C:\\\\Temp: a shared',
    );
    expect(md).toContain('**cannot be evaluated**: starts with a variable Defender does not expand for the SYSTEM account');
  });

  it('writes one CSV row per item and per entry, quoted like the csv target, formulas guarded', () => {
    const formula = parseCurrentExclusions(JSON.stringify({ ExclusionPath: ['=cmd|x', 'C:\\a,b'] }), 'defender-mppreference-json');
    const csv = formatAuditReport(auditExclusions(SESAM, formula), 'csv');
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(1 + 3 + 2 + 1);
    expect(rows[1]).toMatch(
      /^recommended,missing,directory,C:\\Program Files\\SEPsesam,sep-sesam\/sesam-bin-dir sep-sesam\/sesam-var-dir,,,,no entry covers it,https:/,
    );
    expect(rows[4]).toMatch(/^entry,,path,'=cmd\|x,,effective,\$\.ExclusionPath\[0\],,cannot be evaluated: /);
    expect(rows[5]).toMatch(/^entry,unrelated,path,"C:\\a,b",,effective,/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('refuses an unknown format, naming the valid ones', () => {
    expect(() => formatAuditReport(report, 'yaml' as never)).toThrow('unknown audit format "yaml"; valid: text, json, markdown, csv');
  });
});

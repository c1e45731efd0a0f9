import { describe, expect, it } from 'vitest';
import { expandTemplate, templateVariables } from '../../src/paths/template.js';

describe('templates', () => {
  it('lists variables once, in order', () => {
    expect(templateVariables('{A}\\x\\{B_2}\\{A}')).toEqual(['A', 'B_2']);
    expect(templateVariables('%ProgramData%\\ASRLogs')).toEqual([]);
  });
  it('expands values literally, even with $ patterns', () => {
    expect(expandTemplate('{A}\\x', { A: "C:\\$&'`$1" })).toBe("C:\\$&'`$1\\x");
  });
  it('leaves unknown tokens in place', () => {
    expect(expandTemplate('{A}\\{B}', { A: 'a' })).toBe('a\\{B}');
  });
});

import { describe, expect, it } from 'vitest';
import { wrapLine } from '../../src/internal/wrap.js';

describe('wrapLine', () => {
  it('leaves a line alone without a width or when it fits', () => {
    const line = `    ${'x '.repeat(100)}`;
    expect(wrapLine(line, undefined)).toEqual([line]);
    expect(wrapLine('  short', 80)).toEqual(['  short']);
  });
  it('wraps at spaces with a hanging indent, no line longer than the width', () => {
    const lines = wrapLine('    The var folder holds the SEP sesam database, logs and work files; scanning them slows every backup.', 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines[0]).toMatch(/^ {4}The/);
    expect(lines.slice(1).every((l) => /^ {6}\S/.test(l))).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(
      'The var folder holds the SEP sesam database, logs and work files; scanning them slows every backup.',
    );
  });
  it('never breaks a word longer than the room left, such as a URL', () => {
    const url = 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/virtualization/antivirus-exclusions-for-hyper-v-hosts';
    const lines = wrapLine(`    source: KB 3105657 (${url})`, 40);
    expect(lines).toContain(`      (${url})`);
  });
});

// Proof with a real property-list reader: Python's plistlib (the standard library's XML plist parser, built on expat)
// reads every `mdatp-plist` output, hostile values included, and must find exactly the object the renderer puts in
// `data`: the `com.microsoft.wdav` settings `antivirusEngine` > `exclusions`.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMdatpPlist } from '../../src/render/mdatp-plist.js';
import { xmlText } from '../../src/render/quote/xml.js';
import { mdatpEntry } from '../../src/render/values/mdatp.js';
import type { RuleKind } from '../../src/types/pack.js';
import type { Resolution } from '../../src/types/resolution.js';
import { KERIO_MACOS } from '../render/cases.js';
import { HOSTILE_PIECES, withItems } from '../render/fixtures/resolutions.js';

if (spawnSync('python3', ['-c', 'import plistlib']).status !== 0) {
  throw new Error('python3 with plistlib is missing: the plist proof does not skip');
}

/** Reads each document with plistlib.loads and prints the parsed objects as one JSON array. */
function readWithPlistlib(documents: string[]): unknown[] {
  const script = [
    'import json, plistlib, sys',
    'docs = json.load(sys.stdin)',
    'print(json.dumps([plistlib.loads(d.encode("utf-8"), fmt=plistlib.FMT_XML) for d in docs]))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(documents), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as unknown[];
}

const KINDS: RuleKind[] = ['directory', 'file', 'glob', 'extension', 'process', 'volume'];

function sampleValue(kind: RuleKind, piece: string, i: number): string {
  const name = `x${piece}${i}`.replace(/\//g, '_');
  if (kind === 'extension') return `.${name}`;
  if (kind === 'process') return name.replace(/^-+/, '');
  return `/srv/${name}`;
}

/** Whether the renderer takes the value (values it refuses, such as a `{NAME}` left over, are tested elsewhere). */
function renderable(kind: RuleKind, value: string): boolean {
  try {
    mdatpEntry({ rule: 'x', kind, value }, 'macos', 'mdatp-plist');
    xmlText(value);
    return true;
  } catch {
    return false;
  }
}

describe('mdatp-plist read back by plistlib', () => {
  it('the bundled Kerio Connect resolution on macOS', () => {
    const output = renderMdatpPlist(KERIO_MACOS);
    expect(readWithPlistlib([output.text])).toEqual([output.data]);
  });

  it('every kind with values hostile to XML, a shell or a regex', () => {
    const resolution: Resolution = withItems(
      KERIO_MACOS,
      HOSTILE_PIECES.flatMap((piece, i) => KINDS.map((kind) => [kind, sampleValue(kind, piece, i)] as const)).filter(([kind, value]) =>
        renderable(kind, value),
      ),
    );
    expect(resolution.exclusions.length).toBeGreaterThan(HOSTILE_PIECES.length * 3);
    const output = renderMdatpPlist(resolution);
    expect(readWithPlistlib([output.text])).toEqual([output.data]);
  });

  it('random printable paths, names and extensions (property)', () => {
    const documents: string[] = [];
    const expected: unknown[] = [];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...KINDS),
            fc
              .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
              .filter((s) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029/\ufffe\uffff]/.test(s)),
          ),
          { maxLength: 6 },
        ),
        (entries) => {
          const resolution = withItems(
            KERIO_MACOS,
            entries
              .map(([kind, text], i) => [kind, sampleValue(kind, text.trim() || 'x', i)] as const)
              .filter(([kind, value]) => renderable(kind, value)),
          );
          const output = renderMdatpPlist(resolution);
          documents.push(output.text);
          expected.push(output.data);
        },
      ),
      { numRuns: 150, seed: 20261130 },
    );
    expect(readWithPlistlib(documents)).toEqual(expected);
  });
});

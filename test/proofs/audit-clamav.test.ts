// Proof on a real scanner: the audit's ClamAV matching (src/paths/match/clamav.ts) against clamd itself (Debian
// packages clamav, clamav-daemon, clamdscan) with a private test signature (sigtool --md5 of a marker file; no network).
// A planted tree holds the Linux paths of real resolutions (Kerio Connect and SEP sesam servers), their look-alike
// siblings and copies nested elsewhere, the marker in every file. For each clamd.conf (ours, rendered by clamav-clamd,
// and hand-written sloppy ones), read by the audit's parser, the matcher's covered / not-covered answer for every file
// must equal what clamd reports through clamdscan. Patterns the matcher cannot evaluate are left out of clamd's
// configuration (so they cannot change the comparison) and counted.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClamavClamd } from '../../src/audit/parse/clamav-clamd.js';
import { clamavPathMatches, compileClamavEntry, translateClamavPattern } from '../../src/paths/match/clamav.js';
import { renderClamavClamd } from '../../src/render/clamav-clamd.js';
import { resolveExclusions } from '../../src/resolve/resolve-exclusions.js';
import type { Resolution } from '../../src/types/resolution.js';
import { EMPTY_LINUX, item, SESAM_SOURCE } from '../render/fixtures/resolutions.js';
import { clamavLab, requireClamavTools } from './clamav-lab.js';

requireClamavTools(['clamd', 'clamdscan', 'sigtool'], 'clamav (apt-get install clamav clamav-daemon clamdscan)');

const lab = clamavLab('av-audit-', 'AVEXCL-AUDIT-MARKER-41d2c7e0\n');
const { tree } = lab;

/** Real resolutions, every value moved under the tree, and one built by hand for the kinds the data has none of on Linux. */
function planted(): Resolution[] {
  const via = [{ product: 'sep-sesam', role: 'server' }];
  const hand: Resolution = {
    ...EMPTY_LINUX,
    exclusions: [
      item('linux', { rule: 'test/file', kind: 'file', template: '/etc/opt/app.conf', source: SESAM_SOURCE, via }),
      item('linux', { rule: 'test/glob', kind: 'glob', template: '/var/log/sesam/sm_*.lo?', source: SESAM_SOURCE, via }),
      item('linux', { rule: 'test/vhdx', kind: 'extension', template: '.vhdx', source: SESAM_SOURCE, via }),
      item('linux', { rule: 'test/store', kind: 'directory', template: '/srv/store', source: SESAM_SOURCE, via }),
    ],
  };
  return [
    hand,
    resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' }),
    resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux' }),
  ].map((r) => ({
    ...r,
    exclusions: r.exclusions
      .filter((e) => e.kind !== 'process')
      .map((e) => (e.kind === 'extension' ? e : { ...e, value: `${tree}${e.value}` })),
    unresolved: [],
    conditional: [],
  }));
}

const resolutions = planted();
const items = resolutions.flatMap((r) => r.exclusions);

/** Tree-relative files: inside each recommended path, beside it, and the same path nested elsewhere. */
function plantedFiles(): string[] {
  const files = new Set<string>([
    '/other/x.txt',
    '/tmpfile.txt',
    '/store/x.eml',
    '/a1.txt',
    '/data/app.conf/x',
    '/var/log/sesam/sm_1.logs',
    '/var/log/sesam/sm_1Xlog',
    '/etc/opt/appXconf',
    '/vm/disk.vhdx',
    '/vm/disk.VHDX',
    '/vm/diskvhdx',
  ]);
  for (const it of items) {
    if (it.kind === 'extension') {
      files.add(`/ext/a${it.value}`).add(`/ext/deep/b${it.value}`).add(`/ext/c${it.value}.bak`).add(`/ext/d${it.value.toUpperCase()}`);
      continue;
    }
    const rel = it.value.slice(tree.length);
    if (it.kind === 'glob') {
      const dir = rel.slice(0, rel.lastIndexOf('/'));
      files
        .add(rel.replace(/\*/g, 'x1').replace(/\?/g, 'g'))
        .add(`${dir}/unrelated.txt`)
        .add(`${dir}/sub/${rel.slice(rel.lastIndexOf('/') + 1).replace(/[*?]/g, 'y')}`);
      continue;
    }
    if (it.kind === 'file') {
      files.add(rel).add(`${rel}.bak`).add(`/nested${rel}`);
      continue;
    }
    files
      .add(`${rel}/f.txt`)
      .add(`${rel}/sub/deeper/g.log`)
      .add(`${rel}2/f.txt`)
      .add(`${rel}.old/f.txt`)
      .add(`${rel.slice(0, rel.lastIndexOf('/'))}/beside.txt`)
      .add(`/nested/copy${rel}/f.txt`);
  }
  return [...files].sort();
}

const FILES = plantedFiles();

/** Hand-written clamd.conf files an admin might have: unanchored, trailing slash, classes, alternation, `.*`. */
const SLOPPY: [name: string, conf: string][] = [
  ['unanchored', 'ExcludePath opt/kerio/mailserver'],
  ['unanchored-short', 'ExcludePath /sesam'],
  ['trailing-slash', 'ExcludePath /var/opt/sesam/'],
  ['trailing-slash-name', 'ExcludePath mailserver/'],
  ['file-then-slash', 'ExcludePath app\\.conf/'],
  ['anchored-no-end', `ExcludePath ^${tree}/opt/kerio/mailserver`],
  ['ours-by-hand', `ExcludePath ^${tree}/opt/kerio/mailserver(/|$)`],
  ['exact-dir-only', `ExcludePath ^${tree}/opt/kerio/mailserver$`],
  ['slash-dollar', `ExcludePath ^${tree}/opt/kerio/mailserver/$`],
  ['class-alpha', 'ExcludePath /opt/[[:alpha:]]+/mail[a-z]+(/|$)'],
  ['class-digit', 'ExcludePath [[:digit:]]\\.txt$'],
  ['negated-class', 'ExcludePath /ext/[^/]*\\.[a-z]+$'],
  ['bracket-literals', 'ExcludePath []x]|[.]old/'],
  ['alternation', 'ExcludePath /(kerio|sesam)/var'],
  ['alternation-ext', 'ExcludePath \\.(eml|bak)$'],
  ['dot-star', 'ExcludePath /nested/.*\\.txt$'],
  ['dot-star-anchored', `ExcludePath ^${tree}/.*/store/.*$`],
  ['escaped-slashes', 'ExcludePath \\/etc\\/opt\\/'],
  ['braces', 'ExcludePath sesam{1}/var{1,2}'],
  ['brace-literal', 'ExcludePath a{'],
  ['quoted-comment', 'ExcludePath "/opt/kerio/mailserver2" # look-alike only'],
  ['question', 'ExcludePath mailserver2?/'],
  ['everything', 'ExcludePath .*'],
  ['cannot-evaluate', 'ExcludePath \\<store\nExcludePath [[=a=]]\nExcludePath (a*)*x'],
];

beforeAll(() => lab.plant(FILES));
afterAll(() => lab.dispose());

/** Starts clamd with the given ExcludePath lines, scans the tree with clamdscan, returns the tree-relative FOUND files. */
async function scanWith(name: string, lines: string[]): Promise<string[]> {
  const { clamd, conf } = await lab.startClamd(name, [...lines, ''].join('\n'));
  try {
    const r = spawnSync('clamdscan', [`--config-file=${conf}`, '--no-summary', tree], { encoding: 'utf8', timeout: 60_000 });
    expect([0, 1], r.stderr).toContain(r.status);
    return lab.found(r.stdout);
  } finally {
    await lab.stop(clamd);
  }
}

/** Every folder above the tree, and the tree itself, which clamd never tests on its own here. */
const ABOVE = tree
  .split('/')
  .filter((p) => p !== '')
  .map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}`)
  .slice(0, -1)
  .concat('/');

const tally = { configs: 0, patterns: 0, cannotEvaluate: 0, files: 0, excluded: 0, scanned: 0 };

async function agree(name: string, confText: string): Promise<void> {
  const parsed = parseClamavClamd(confText);
  const evaluable = parsed.entries.filter((e) => compileClamavEntry(e.text).evaluable);
  tally.configs++;
  tally.patterns += parsed.entries.length;
  tally.cannotEvaluate += parsed.entries.length - evaluable.length;
  for (const e of evaluable) {
    const t = translateClamavPattern(e.text);
    // clamd tests the scanned folder itself but nothing above it: a pattern matching a folder above must match the tree too.
    if ('regex' in t && ABOVE.some((a) => clamavPathMatches(t, a)))
      expect(clamavPathMatches(t, tree), `${e.text} matches only above the tree`).toBe(true);
  }
  const matchers = evaluable.map((e) => compileClamavEntry(e.text));
  const expected = FILES.filter((f) => !matchers.some((m) => m.cover({ kind: 'file', value: `${tree}${f}`, platform: 'linux' }) !== null));
  const found = await scanWith(
    name,
    evaluable.map((e) => `ExcludePath ${e.text}`),
  );
  expect(found, name).toEqual(expected);
  tally.files += FILES.length;
  tally.scanned += found.length;
  tally.excluded += FILES.length - found.length;
}

describe('the audit matches ClamAV paths as clamd does', () => {
  it('the tree holds every kind of path of the planted resolutions', () => {
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['directory', 'file', 'glob', 'extension']));
    expect(FILES.length).toBeGreaterThan(40);
    expect(FILES.length).toBeLessThan(200);
  });

  it('without exclusions, every file is found (the signature works)', async () => {
    expect(await scanWith('none', [])).toEqual(FILES);
  });

  it.each(resolutions.map((r, i) => [`${r.query.product} ${i}`, i] as const))(
    'our clamav-clamd rendering for %s, read back by the audit parser',
    async (product, i) => {
      const text = renderClamavClamd(resolutions[i]!).text;
      await agree(`ours-${product.replace(' ', '-')}`, text);
      // Every recommended item of that resolution is covered, exactly, by the file rendered for it.
      const entries = parseClamavClamd(text).entries.map((e) => compileClamavEntry(e.text));
      for (const item of resolutions[i]!.exclusions) {
        const answers = entries.map((m) => m.cover(item)?.how).filter(Boolean);
        expect(answers, `${item.kind} ${item.value}`).toContain('exact');
      }
    },
  );

  it.each(SLOPPY)('hand-written clamd.conf: %s', async (name, conf) => {
    await agree(name, conf);
  });

  it('a folder the matcher calls covered has every planted file below it excluded by clamd', async () => {
    const conf = SLOPPY.filter(([n]) => n !== 'everything' && n !== 'cannot-evaluate')
      .map(([, c]) => c)
      .join('\n');
    const matchers = parseClamavClamd(conf).entries.map((e) => compileClamavEntry(e.text));
    const found = new Set(await scanWith('union', conf.split('\n')));
    for (const item of items.filter((i) => i.kind === 'directory')) {
      const how = matchers.map((m) => m.cover(item)?.how).filter((h) => h && h !== 'partial' && h !== 'cannot-evaluate');
      if (how.length === 0) continue;
      const below = FILES.filter((f) => `${tree}${f}`.startsWith(`${item.value}/`));
      expect(
        below.filter((f) => found.has(f)),
        item.value,
      ).toEqual([]);
    }
  });

  it('counts', () => {
    // Written to the test output so the report can quote them.
    console.log(`audit-clamav: ${JSON.stringify(tally)}`);
    expect(tally.cannotEvaluate).toBe(3);
    expect(tally.configs).toBe(SLOPPY.length + resolutions.length);
  });
});

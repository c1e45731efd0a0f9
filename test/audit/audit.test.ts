import { describe, expect, it } from 'vitest';
import { AUDIT_VERDICTS, auditExclusions, automaticCoverage } from '../../src/audit/audit.js';
import { coverage, indexEntries } from '../../src/audit/coverage.js';
import { parseCurrentExclusions } from '../../src/audit/parse/index.js';
import type { AuditReport, CurrentEntry, CurrentExclusions, EntryKind } from '../../src/audit/types.js';
import { resolveExclusions, resolveMachine } from '../../src/index.js';
import type { ExclusionItem, Resolution } from '../../src/types/resolution.js';
import { currentFixture as fixture, SESAM } from './fixtures.js';

const KERIO = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
const dns = (osVersion?: string) =>
  resolveExclusions({ product: 'windows-server', roles: ['dns-server'], ...(osVersion ? { osVersion } : {}) } as never) as Resolution;

const defender = (paths: string[], processes: string[] = [], extensions: string[] = []): CurrentExclusions =>
  parseCurrentExclusions(
    JSON.stringify({ ExclusionPath: paths, ExclusionProcess: processes, ExclusionExtension: extensions, DisableAutoExclusions: false }),
    'defender-mppreference-json',
  );

const item = (report: AuditReport, rule: string) => report.recommended.find((r) => r.item.rule === rule)!;
const entry = (report: AuditReport, text: string) => report.entries.find((e) => e.entry.text === text)!;

describe('auditExclusions: recommended items', () => {
  it('reads a bare-string ExclusionPath (the pipeline-unrolled form) as one entry that covers the item', () => {
    const report = auditExclusions(SESAM, fixture('defender-bare-string.json', 'defender-mppreference-json'));
    expect(report.entries.map((e) => e.entry.text)).toEqual(['%ProgramFiles%\\SEPsesam', 'postgres.exe']);
    expect(item(report, 'sep-sesam/sesam-bin-dir')).toMatchObject({
      verdict: 'covered',
      coveredBy: [{ entry: 0, text: '%ProgramFiles%\\SEPsesam', how: 'exact' }],
    });
    expect(item(report, 'sep-sesam/postgres-process').coveredBy).toEqual([{ entry: 1, text: 'postgres.exe', how: 'exact' }]);
    expect(item(report, 'sep-sesam/bsr-pro-files')).toMatchObject({ verdict: 'covered', coveredBy: [{ entry: 0, how: 'parent' }] });
    expect(report.entries[0]!.verdicts).toEqual(['needed']);
    expect(report.entries[0]!.neededBy).toEqual(['sep-sesam/sesam-bin-dir', 'sep-sesam/sesam-var-dir', 'sep-sesam/bsr-pro-files']);
    expect(report.readable).toBe(true);
  });

  it('makes the admin placeholder an unreadable list: every verdict unknown, never missing', () => {
    const report = auditExclusions(SESAM, fixture('defender-admin-placeholder.json', 'defender-mppreference-json'));
    expect(report.readable).toBe(false);
    expect(report.entries).toEqual([]);
    expect(report.recommended.map((r) => r.verdict)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(item(report, 'sep-sesam/sesam-bin-dir').reason).toBe('the path list cannot be read');
    expect(report.unreadable.map((u) => u.kind)).toEqual(['path', 'process', 'extension']);
    expect(report.warnings.filter((w) => w.code === 'LIST_UNREADABLE')).toHaveLength(3);
    expect(report.summary.missing).toBe(0);
  });

  it('counts a list as needed only when an item could be in it', () => {
    const current = defender(['C:\\Program Files\\SEPsesam'], ['postgres.exe']);
    current.unreadable.push({ kind: 'extension', origin: { source: 'effective', location: '$.ExclusionExtension' }, text: 'N/A: x' });
    const report = auditExclusions(SESAM, current);
    // Every item is covered by a readable list; the glob item could have been covered by an extension, but is covered already.
    expect(report.recommended.map((r) => r.verdict)).toEqual(['covered', 'covered', 'covered']);
    expect(report.readable).toBe(false);
    const onlyPaths = auditExclusions(SESAM, { ...current, entries: current.entries.slice(1) });
    expect(item(onlyPaths, 'sep-sesam/bsr-pro-files').verdict).toBe('unknown');
  });

  it('reads a %ProgramFiles% spelling of a C:\\Program Files item as the same folder', () => {
    const report = auditExclusions(SESAM, defender(['%PROGRAMFILES%\\sepsesam\\']));
    expect(item(report, 'sep-sesam/sesam-bin-dir')).toMatchObject({ verdict: 'covered', coveredBy: [{ how: 'exact' }] });
  });

  it('lists partial coverage but keeps the item missing, and says so', () => {
    const report = auditExclusions(SESAM, defender(['C:\\Program Files\\SEPsesam\\bin']));
    const bin = item(report, 'sep-sesam/sesam-bin-dir');
    expect(bin.verdict).toBe('missing');
    expect(bin.coveredBy).toEqual([
      { entry: 0, text: 'C:\\Program Files\\SEPsesam\\bin', how: 'partial', note: 'covers a part of the folder (something below it)' },
    ]);
    expect(bin.reason).toMatch(/^covered only partly by C:\\Program Files\\SEPsesam\\bin/);
    expect(report.entries[0]!.verdicts).toEqual(['needed']);
    expect(report.entries[0]!.reasons[0]!.reason).toContain('only partly');
  });

  it('judges an installer-managed item by the entries, saying the installer normally adds it', () => {
    const report = auditExclusions(SESAM, defender([]));
    const bsr = item(report, 'sep-sesam/bsr-pro-files');
    expect(bsr.verdict).toBe('missing');
    expect(bsr.reason).toBe(
      'no entry covers it; the SEP sesam installer normally adds it (added during installation and every update, removed when SEP sesam is uninstalled)',
    );
  });

  it('makes an item touched only by entries that cannot be evaluated unknown', () => {
    const report = auditExclusions(SESAM, defender(['C:\\Program Files\\SEPsesam\\*\\*\\*\\*\\*\\*\\*']));
    const bin = item(report, 'sep-sesam/sesam-bin-dir');
    expect(bin.verdict).toBe('unknown');
    expect(bin.cannotEvaluate).toEqual([
      { entry: 0, text: 'C:\\Program Files\\SEPsesam\\*\\*\\*\\*\\*\\*\\*', note: 'more than 6 wildcards, which Defender does not allow' },
    ]);
    expect(report.entries[0]).toMatchObject({
      evaluable: false,
      unevaluable: 'more than 6 wildcards, which Defender does not allow',
      verdicts: [],
    });
    expect(report.warnings.map((w) => w.code)).toContain('ENTRY_NOT_EVALUABLE');
  });
});

describe('auditExclusions: existing entries', () => {
  const report = auditExclusions(SESAM, fixture('defender-mistakes.json', 'defender-mppreference-json'));

  it('covers through a parent folder, and calls that folder broader than needed', () => {
    expect(item(report, 'sep-sesam/sesam-bin-dir').coveredBy[0]).toEqual({ entry: 0, text: 'C:\\Program Files', how: 'parent' });
    const programFiles = entry(report, 'C:\\Program Files');
    expect(programFiles.verdicts).toContain('needed');
    expect(programFiles.verdicts).toContain('broader-than-needed');
    expect(programFiles.reasons.find((r) => r.verdict === 'broader-than-needed')!.reason).toMatch(
      /^names a folder above every recommended item it covers/,
    );
  });

  it('calls C:\\Temp, powershell.exe, .ps1 and a user variable dangerous, with the never-exclude source', () => {
    const temp = entry(report, 'C:\\Temp');
    expect(temp.verdicts).toEqual(['dangerous', 'unrelated']);
    expect(temp.reasons[0]).toMatchObject({
      verdict: 'dangerous',
      reason: 'C:\\Temp: a shared temporary folder, where malware is dropped and run from',
      source: { id: 'MS-MISTAKES', section: 'Folder exclusions: C:\\Temp, C:\\Temp\\, C:\\Temp\\*' },
    });
    expect(entry(report, 'powershell.exe').reasons[0]).toMatchObject({ verdict: 'dangerous', source: { section: 'Process exclusions' } });
    expect(entry(report, '.ps1').reasons[0]).toMatchObject({ verdict: 'dangerous', source: { section: 'File extension exclusions' } });
    expect(entry(report, '%TEMP%\\Build')).toMatchObject({ evaluable: false, verdicts: ['dangerous'] });
    expect(entry(report, '%TEMP%\\Build').reasons[0]!.source!.section).toMatch(/^Using incorrect environment variables/);
  });

  it("calls an entry above one user's Temp folder dangerous, and one whose wildcards reach every user's", () => {
    const r = auditExclusions(
      SESAM,
      defender([
        'C:\\Users\\alice',
        '%SystemDrive%\\Users\\bob\\AppData',
        'C:\\Users\\*\\AppData',
        'C:\\Users\\carol\\AppData\\Local\\Temp',
        'C:\\Users\\dave\\Documents',
        'D:\\Users\\erin',
        'C:\\Users\\*\\Documents',
      ]),
    );
    const dangerous = (text: string) => entry(r, text).reasons.find((x) => x.verdict === 'dangerous');
    expect(dangerous('C:\\Users\\alice')).toEqual({
      verdict: 'dangerous',
      reason: expect.stringMatching(
        /^it excludes C:\\Users\\<UserProfileName>\\AppData\\Local\\Temp too, for the user it names \(parent\): /,
      ),
      source: expect.objectContaining({ id: 'MS-MISTAKES' }),
    });
    expect(dangerous('%SystemDrive%\\Users\\bob\\AppData')?.reason).toMatch(/for the user it names \(parent\)/);
    expect(dangerous('C:\\Users\\*\\AppData')?.reason).toMatch(
      /^it excludes C:\\Users\\<UserProfileName>\\AppData\\Local\\Temp too, for every user \(wildcard\)/,
    );
    // The Temp folder itself is on the list; folders beside it, and other drives, are not.
    expect(dangerous('C:\\Users\\carol\\AppData\\Local\\Temp')?.reason).toMatch(/^C:\\Users\\<UserProfileName>\\AppData\\Local\\Temp: /);
    for (const text of ['C:\\Users\\dave\\Documents', 'D:\\Users\\erin', 'C:\\Users\\*\\Documents'])
      expect(dangerous(text), text).toBeUndefined();
  });

  it('calls an entry that an earlier one covers redundant, naming it', () => {
    const bin = entry(report, 'C:\\Program Files\\SEPsesam\\bin');
    expect(bin.verdicts).toEqual(['needed', 'redundant']);
    expect(bin.reasons[1]!.reason).toBe('C:\\Program Files ($.ExclusionPath[0]) already covers everything it covers (parent)');
  });

  it('keeps the earlier of two entries that cover each other, and the first of two equal ones', () => {
    const r = auditExclusions(
      SESAM,
      defender(['C:\\Program Files\\SEPsesam\\', '%ProgramFiles%\\SEPsesam', 'C:\\Program Files\\SEPsesam\\']),
    );
    expect(r.entries.map((e) => e.verdicts)).toEqual([['needed'], ['needed', 'redundant'], ['needed', 'redundant']]);
    expect(r.entries[2]!.reasons[1]!.reason).toBe('the same entry is already there ($.ExclusionPath[0])');
  });

  it('reports an entry no product needs as unrelated, not condemned', () => {
    expect(entry(report, 'D:\\Data')).toMatchObject({
      verdicts: ['unrelated'],
      reasons: [{ verdict: 'unrelated', reason: 'no audited product needs it: it covers none of the 3 recommended items' }],
      neededBy: [],
    });
  });

  it('counts every verdict in the summary, zero included', () => {
    expect(Object.keys(report.summary)).toEqual([...AUDIT_VERDICTS]);
    // C:\Program Files is dangerous too: it excludes C:\Program Files\Java, on the never-exclude list.
    expect(entry(report, 'C:\\Program Files').reasons.find((r) => r.verdict === 'dangerous')!.reason).toMatch(
      /^it excludes C:\\Program Files\\Java too/,
    );
    expect(report.summary).toMatchObject({
      covered: 2,
      missing: 1,
      dangerous: 5,
      unrelated: 4,
      'broader-than-needed': 1,
      redundant: 1,
      needed: 2,
    });
  });

  it('calls an unanchored clamd.conf pattern broader than needed, and an anchored one not', () => {
    const loose = auditExclusions(KERIO, fixture('clamd-unanchored.conf', 'clamav-clamd'));
    expect(loose.recommended[0]).toMatchObject({ verdict: 'covered', coveredBy: [{ entry: 1, text: 'mailserver', how: 'wildcard' }] });
    expect(loose.entries[1]!.verdicts).toEqual(['needed', 'broader-than-needed']);
    expect(loose.entries[1]!.reasons[1]!.reason).toMatch(/^an unanchored pattern/);
    expect(loose.entries[0]!.verdicts).toEqual(['unrelated']);
    const tight = auditExclusions(KERIO, fixture('clamd-anchored.conf', 'clamav-clamd'));
    expect(tight.recommended[0]!.coveredBy).toEqual([{ entry: 0, text: '^/opt/kerio/mailserver(/|$)', how: 'exact' }]);
    expect(tight.entries[0]!.verdicts).toEqual(['needed']);
  });

  it('calls a ClamAV pattern that excludes the root dangerous', () => {
    const r = auditExclusions(KERIO, parseCurrentExclusions('ExcludePath ^/\n', 'clamav-clamd'));
    expect(r.entries[0]!.verdicts).toEqual(['needed', 'broader-than-needed', 'dangerous']);
  });

  it('calls an image name that covers a full-path item broader than needed', () => {
    const r = auditExclusions(dns('2012-r2'), defender([], ['dns.exe']));
    expect(item(r, 'windows-server/dns-process')).toMatchObject({ verdict: 'covered', coveredBy: [{ how: 'wildcard' }] });
    expect(r.entries[0]!.verdicts).toEqual(['needed', 'broader-than-needed']);
  });

  it('reads local and policy exports together, keeping each origin', () => {
    const r = auditExclusions(SESAM, [fixture('defender-local.reg', 'defender-reg'), fixture('defender-policy.reg', 'defender-reg')]);
    expect(r.entries.map((e) => [e.entry.text, e.entry.origin.source, e.verdicts])).toEqual([
      ['C:\\Program Files\\SEPsesam', 'local', ['needed']],
      ['postgres.exe', 'local', ['needed']],
      ['C:\\Temp', 'policy', ['dangerous', 'unrelated']],
    ]);
  });
});

describe("auditExclusions: Defender's automatic exclusions", () => {
  it('covers the DNS Server role on Windows Server 2019 by itself, real-time protection only', () => {
    const report = auditExclusions(dns('2019'), fixture('defender-none.json', 'defender-mppreference-json'));
    expect(report.recommended.map((r) => r.verdict)).toEqual(Array(5).fill('covered-by-automatic'));
    const log = item(report, 'windows-server/dns-log');
    expect(log.automaticBy).toEqual([{ rule: 'windows-server/dns-log', text: log.item.value, how: 'exact' }]);
    expect(log.reason).toContain('real-time protection only');
    expect(report.warnings.map((w) => w.code)).not.toContain('AUTO_EXCLUSIONS_ASSUMED');
  });

  it('says when DisableAutoExclusions was not stated and its default was assumed', () => {
    const unstated = parseCurrentExclusions('{"ExclusionPath":null}', 'defender-mppreference-json');
    const assumed = auditExclusions(dns('2019'), unstated);
    expect(assumed.summary['covered-by-automatic']).toBe(5);
    expect(assumed.warnings.map((w) => w.code)).toContain('AUTO_EXCLUSIONS_ASSUMED');
    expect(item(assumed, 'windows-server/dns-log').reason).toContain('its default (off) is assumed');
  });

  it('counts them missing when DisableAutoExclusions is on', () => {
    const report = auditExclusions(dns('2019'), fixture('defender-none-auto-off.json', 'defender-mppreference-json'));
    expect(report.disableAutoExclusions).toBe(true);
    expect(report.recommended.map((r) => r.verdict)).toEqual(Array(5).fill('missing'));
    expect(item(report, 'windows-server/dns-log').reason).toBe(
      "no entry covers it; Defender's automatic server-role exclusion for it is off: the input states DisableAutoExclusions is on",
    );
  });

  it('counts them missing on Windows Server 2012 R2, where Defender adds no role exclusions', () => {
    const report = auditExclusions(dns('2012-r2'), fixture('defender-none.json', 'defender-mppreference-json'));
    expect(report.recommended.map((r) => r.verdict)).toEqual(Array(5).fill('missing'));
  });

  it('makes them unknown when no OS release was given, and says to give one', () => {
    const report = auditExclusions(dns(), fixture('defender-none.json', 'defender-mppreference-json'));
    expect(report.recommended.map((r) => r.verdict)).toEqual(Array(5).fill('unknown'));
    expect(item(report, 'windows-server/dns-log').reason).toMatch(/on Windows Server >=2016 only .* no OS release was given$/);
    expect(report.warnings.map((w) => w.code)).toContain('OS_VERSION_NEEDED');
  });

  it("covers another recommended item that lies under one of Defender's automatic exclusions", () => {
    const wsus = resolveExclusions({ product: 'windows-server', roles: ['wsus'], osVersion: '2019' } as never) as Resolution;
    const datastore = wsus.exclusions.find((i) => /SoftwareDistribution\\Datastore$/i.test(i.value))!;
    const below: ExclusionItem = { ...SESAM.exclusions[0]!, rule: 'test/below-datastore', value: `${datastore.value}\\Sub` };
    const report = auditExclusions({ ...wsus, exclusions: [...wsus.exclusions, below] }, defender([]));
    expect(item(report, 'test/below-datastore')).toMatchObject({
      verdict: 'covered-by-automatic',
      automaticBy: [{ rule: datastore.rule, text: datastore.value, how: 'parent' }],
    });
  });

  it('keeps built-in exclusions on whatever DisableAutoExclusions says, and assumes nothing for them', () => {
    const base = resolveExclusions({ product: 'windows-server', roles: ['base'], osVersion: '2019' } as never) as Resolution;
    const builtIn = base.exclusions.filter((i) => i.managedBy?.by === 'Defender built-in exclusions');
    expect(builtIn.length).toBeGreaterThan(10);
    const off = auditExclusions({ ...base, exclusions: builtIn }, fixture('defender-none-auto-off.json', 'defender-mppreference-json'));
    expect(new Set(off.recommended.map((r) => r.verdict))).toEqual(new Set(['covered-by-automatic']));
    expect(off.recommended[0]!.reason).toBe(
      'Defender excludes it by itself: a built-in exclusion for operating system files, on every Windows version',
    );
    const unstated = auditExclusions({ ...base, exclusions: builtIn }, parseCurrentExclusions('{}', 'defender-mppreference-json'));
    expect(unstated.warnings.map((w) => w.code)).not.toContain('AUTO_EXCLUSIONS_ASSUMED');
  });

  it('reads what turns an automatic exclusion off from managedBy.disabledBy, and its scans from managedBy.scans', () => {
    const source = SESAM.exclusions[0]!.source;
    const managed = { by: 'Defender automatic server-role exclusions', scanner: 'defender' as const, note: 'n' };
    expect(
      automaticCoverage({ source, managedBy: { ...managed, disabledBy: 'DisableAutoExclusions', scans: 'real-time' } }, {}),
    ).toMatchObject({
      applies: true,
      kind: 'server-role',
      reason: expect.stringContaining('for real-time protection only'),
    });
    expect(automaticCoverage({ source, managedBy: managed }, {})).toBeNull();
  });

  it('audits a machine resolution: Hyper-V on Windows Server 2019, Defender covering its own part', () => {
    const machine = resolveMachine({ platform: 'windows', osVersion: '2019', products: [{ product: 'hyper-v', roles: ['host'] }] });
    const report = auditExclusions(machine, fixture('defender-none.json', 'defender-mppreference-json'));
    const verdict = (value: string) => report.recommended.find((r) => r.item.value.toLowerCase() === value.toLowerCase())?.verdict;
    expect(verdict('%systemroot%\\System32\\Vmms.exe')).toBe('covered-by-automatic');
    expect(verdict('%systemroot%\\System32\\Vmsp.exe')).toBe('missing');
    expect(report.osVersion).toBe('2019');
  });

  it('leaves installer-managed and other scanners alone', () => {
    expect(automaticCoverage(SESAM.exclusions[2]!, {})).toBeNull();
    expect(automaticCoverage(dns('2019').exclusions[0]!, { disableAutoExclusions: true })).toMatchObject({
      applies: false,
      kind: 'server-role',
    });
  });
});

describe('auditExclusions: input and output', () => {
  it('refuses lists of different scanners and a scanner of another platform', () => {
    const clamd = fixture('clamd-anchored.conf', 'clamav-clamd');
    expect(() => auditExclusions(SESAM, [defender([]), clamd])).toThrow(expect.objectContaining({ code: 'INVALID_CURRENT' }));
    expect(() => auditExclusions(SESAM, clamd)).toThrow(/a clamav list cannot be audited against a windows resolution/);
    expect(() => auditExclusions(SESAM, [])).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(auditExclusions(SESAM, [], { scanner: 'defender' }).recommended.map((r) => r.verdict)).toEqual([
      'missing',
      'missing',
      'missing',
    ]);
    expect(() => auditExclusions(SESAM, { nope: true } as never)).toThrow(/not a parsed exclusion list/);
  });

  it('returns fresh data: changing a report or the inputs afterwards changes nothing else', () => {
    const current = defender(['C:\\Program Files\\SEPsesam']);
    const first = auditExclusions(SESAM, current);
    const copy = structuredClone(first);
    first.recommended[0]!.item.value = 'changed';
    first.entries[0]!.entry.text = 'changed';
    expect(SESAM.exclusions[0]!.value).toBe('C:\\Program Files\\SEPsesam');
    expect(current.entries[0]!.text).toBe('C:\\Program Files\\SEPsesam');
    expect(auditExclusions(SESAM, current)).toEqual(copy);
  });

  it('refuses items holding a cycle or nested past any item shape, as a typed error', () => {
    const cyclic = structuredClone(SESAM) as Resolution;
    (cyclic.exclusions[0] as unknown as Record<string, unknown>).self = cyclic.exclusions[0];
    expect(() => auditExclusions(cyclic, defender([]))).toThrow(expect.objectContaining({ code: 'INVALID_QUERY' }));
    const deep = structuredClone(SESAM) as Resolution;
    let nested: unknown = 'x';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    (deep.exclusions[0] as unknown as Record<string, unknown>).extra = nested;
    expect(() => auditExclusions(deep, defender([]))).toThrow(/nested deeper than/);
  });

  it('copies the items deeply: equal to those of the resolution, sharing no object, a JSON `__proto__` key kept as a key', () => {
    const resolution = JSON.parse(JSON.stringify(SESAM).replace('"rule":', '"__proto__":{"odd":[1]},"rule":')) as Resolution;
    const report = auditExclusions(resolution, defender([]));
    const shared = (a: unknown, b: unknown): boolean =>
      typeof a === 'object' && a !== null && (a === b || Object.keys(a).some((k) => shared((a as never)[k], (b as never)[k])));
    expect(Object.hasOwn(report.recommended[0]!.item, '__proto__')).toBe(true);
    expect(JSON.stringify(report.recommended.map((r) => r.item))).toBe(JSON.stringify(resolution.exclusions));
    expect(report.recommended.some((r, i) => shared(r.item, resolution.exclusions[i]))).toBe(false);
  });

  it('finds by key exactly what testing every entry finds', () => {
    const texts: [EntryKind, string][] = [
      ['path', 'C:\\'],
      ['path', 'C:\\Program Files\\'],
      ['path', 'c:/program files/sepsesam/*'],
      ['path', 'C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\a.txt'],
      ['path', 'C:\\Program Files\\SEPsesam\\bin'],
      ['path', 'C:\\Program Files\\*\\SEP sesam BSR Pro'],
      ['path', 'C:\\*'],
      ['path', '%ProgramFiles%\\SEPsesam\\SEP sesam BSR Pro\\*.*'],
      ['path', 'C:\\Program Files\\SEPsesam\\:{PathType:folder}'],
      ['path', '\\\\?\\C:\\Program Files\\SEPsesam'],
      ['path', '%USERPROFILE%\\x'],
      ['process', 'postgres.exe'],
      ['process', 'C:\\pg\\bin\\postgres.exe'],
      ['process', 'C:\\*\\postgres.exe'],
      ['extension', '*'],
      ['extension', '.*'],
    ];
    const entries: CurrentEntry[] = texts.map(([kind, text], i) => ({
      kind,
      text,
      origin: { source: 'local', location: `line ${i + 1}` },
    }));
    const report = auditExclusions(SESAM, { format: 'defender-reg', scanner: 'defender', entries, unreadable: [], warnings: [] });
    const index = indexEntries(entries, 'defender', 'windows');
    for (const r of report.recommended) {
      const expected = coverage(index, { kind: r.item.kind, value: r.item.value, platform: 'windows' }).map((c) => [c.entry.text, c.how]);
      const got = [
        ...r.coveredBy.map((c) => [c.entry, c.text, c.how] as const),
        ...r.cannotEvaluate.map((c) => [c.entry, c.text, 'cannot-evaluate'] as const),
      ]
        .sort((a, b) => a[0] - b[0])
        .map(([, text, how]) => [text, how]);
      expect(got, r.item.rule).toEqual(expected);
    }
  });
});

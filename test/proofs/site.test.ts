import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditExclusions, parseCurrentExclusions, RENDER_TARGETS, type RenderTarget, resolveExclusions } from 'av-exclusions';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';

// The static page (site/), built with Vite into dist-site/ and served on 127.0.0.1, driven in Debian's Chromium.
// npm test builds dist/ first; this file builds the page itself, so it always tests the current source. Code run in the
// page is passed to page.evaluate as text: this project's TypeScript has no DOM types outside site/.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const SITE = join(ROOT, 'dist-site');
const CHROMIUM = '/usr/bin/chromium';

/** A query as URL parameters, which are the CLI's option names (`product` is the CLI's positional argument). */
type Params = [string, string][];

const ISSUE_PARAMS: Params = [
  ['product', 'sep-sesam'],
  ['version', '5.0.0'],
  ['role', 'server'],
  ['platform', 'windows'],
  ['feature', 'postgresql'],
  ['set', 'DATA_STORE_VOLUMES=E:\\'],
  ['format', 'defender-powershell'],
];

const search = (params: Params) => `?${new URLSearchParams(params).toString()}`;

/** The CLI arguments for the same parameters: `resolve <product> --name value ...` (`include-managed` is a flag). */
function cliArgs(params: Params): string[] {
  const product = params.find(([name]) => name === 'product')![1];
  const args = ['resolve', product];
  for (const [name, value] of params) {
    if (name === 'product') continue;
    if (name === 'include-managed') args.push('--include-managed');
    else args.push(`--${name}`, value);
  }
  return args;
}

let browser: Browser;
let context: BrowserContext;
let server: { url: string; close: () => Promise<void> };
let work: string;
const requests: string[] = [];
const problems: string[] = [];
const dialogs: string[] = [];
let outputs = 0;

/** Runs the CLI with `--output` and returns the file's bytes, or null and its message when it refuses (exit 2). */
async function cliOutput(params: Params): Promise<{ bytes: Buffer | null; stderr: string }> {
  const file = join(work, `out-${++outputs}`);
  return new Promise((done, fail) => {
    execFile(process.execPath, [CLI, ...cliArgs(params), '--output', file], { encoding: 'utf8' }, (error, _stdout, stderr) => {
      if (error && error.code !== 2) return fail(new Error(`${cliArgs(params).join(' ')}: ${stderr || error.message}`));
      if (error) return done({ bytes: null, stderr });
      const bytes = readFileSync(file);
      rmSync(file);
      done({ bytes, stderr });
    });
  });
}

function cliStdout(params: Params): string {
  const r = spawnSync(process.execPath, [CLI, ...cliArgs(params)], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** The fix script the Audit panel should download: the CLI's `audit … --fix <target> --output` file. */
async function fixBytes(params: Params, current: { text: string; format: string }, target: RenderTarget): Promise<Buffer> {
  const input = join(work, `current-${++outputs}`);
  const file = join(work, `fix-${outputs}`);
  writeFileSync(input, current.text);
  const args = [...cliArgs(params.filter(([name]) => name !== 'format')), '--current', input, '--current-format', current.format];
  args[0] = 'audit';
  const r = spawnSync(process.execPath, [CLI, ...args, '--fix', target, '--output', file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(file);
}

async function open(query = '', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('html[data-rendered], #errors:not(:empty)');
  return page;
}

const currentSearch = (page: Page) => page.evaluate<string>('location.search');
const currentParams = async (page: Page) => new URLSearchParams(await currentSearch(page));
const sorted = (values: string[]) => [...values].sort();
const exclusionValues = (page: Page) => page.locator('#exclusions li.item code.value').allTextContents();

async function download(page: Page): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
  return { bytes: readFileSync((await file.path())!), name: file.suggestedFilename() };
}

beforeAll(async () => {
  expect(existsSync(CLI), 'dist/cli.js is missing: run "npm run build"').toBe(true);
  expect(existsSync(CHROMIUM), 'Chromium is missing: apt-get install chromium (.ci/run installs it)').toBe(true);
  const built = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'site/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(built.status, built.stderr).toBe(0);
  work = mkdtempSync(join(tmpdir(), 'av-exclusions-site-'));
  server = await serveStatic(SITE);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  context = await browser.newContext({ acceptDownloads: true });
  context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the built page', () => {
  it('is static files: index.html with a Content-Security-Policy forbidding inline script, and assets', () => {
    const html = readFileSync(join(SITE, 'index.html'), 'utf8');
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toMatch(/\ssrc="/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});

describe('the page in Chromium', () => {
  it('labels every control: Product, Roles, Version, Platform, OS release, Features, each variable by name, Format', async () => {
    const page = await open(search(ISSUE_PARAMS));
    for (const label of ['Product', 'Version', 'Platform', 'OS release', 'Format', 'DATA_STORE_VOLUMES', 'SESAM_ROOT']) {
      await expect(page.getByLabel(label, { exact: true }).count(), label).resolves.toBe(1);
      await expect(page.getByText(label, { exact: true }).first().isVisible(), label).resolves.toBe(true);
    }
    for (const group of ['Roles', 'Features']) {
      await expect(page.getByRole('group', { name: group, exact: true }).count(), group).resolves.toBe(1);
    }
    await page.close();
  });

  it('lists postgres.exe with its rationale and source link for SEP sesam 5.0.0 / server / windows / postgresql; 5.1.0 removes it', async () => {
    const page = await open();
    await page.getByLabel('Product', { exact: true }).selectOption('sep-sesam');
    const roles = page.getByRole('group', { name: 'Roles', exact: true });
    await roles.getByLabel(/SEP sesam Server/).check();
    await page.getByLabel('Version', { exact: true }).fill('5.0.0');
    await page.getByLabel('Platform', { exact: true }).selectOption('windows');
    await page
      .getByRole('group', { name: 'Features', exact: true })
      .getByLabel(/postgresql/)
      .check();

    const expected = resolveExclusions({
      product: 'sep-sesam',
      version: '5.0.0',
      roles: ['server'],
      platform: 'windows',
      features: ['postgresql'],
    });
    const postgres = expected.exclusions.find((i) => i.value === 'postgres.exe')!;
    expect(postgres).toBeDefined();
    const item = page.locator('#exclusions li.item', { has: page.locator('code.value', { hasText: /^postgres\.exe$/ }) });
    await expect(item.count()).resolves.toBe(1);
    await expect(item.locator('.rationale').textContent()).resolves.toBe(postgres.rationale);
    const link = item.getByRole('link', { name: postgres.source.title });
    await expect(link.getAttribute('href')).resolves.toBe(postgres.source.url);
    const meta = (await item.locator('.meta').allTextContents()).join(' ');
    expect(meta).toContain(postgres.source.section);
    expect(meta).toContain(`Provenance: ${postgres.provenance}`);
    expect(meta).toContain(`Risk: ${postgres.risk}`);
    expect(sorted(await exclusionValues(page))).toEqual(sorted(expected.exclusions.map((i) => i.value)));

    await page.getByLabel('Version', { exact: true }).fill('5.1.0');
    await expect(exclusionValues(page)).resolves.not.toContain('postgres.exe');
    const newer = resolveExclusions({
      product: 'sep-sesam',
      version: '5.1.0',
      roles: ['server'],
      platform: 'windows',
      features: ['postgresql'],
    });
    expect(sorted(await exclusionValues(page))).toEqual(sorted(newer.exclusions.map((i) => i.value)));
    await page.close();
  });

  it('shows conditional items with what would make them apply, warnings and the include chain', async () => {
    const page = await open(
      search([
        ['product', 'azure-site-recovery'],
        ['role', 'hyper-v-to-azure/hyper-v-host'],
        ['format', 'markdown'],
      ]),
    );
    const expected = resolveExclusions({ product: 'azure-site-recovery', roles: ['hyper-v-to-azure/hyper-v-host'] });
    expect(expected.conditional.length).toBeGreaterThan(0);
    const conditional = await page.locator('#conditional li.item').allTextContents();
    expect(conditional).toHaveLength(expected.conditional.length);
    expect(conditional.join('\n')).toContain(
      `feature ${expected.conditional.find((i) => i.condition.features)!.condition.features![0]} is on`,
    );
    const warnings = await page.locator('#warnings li').allTextContents();
    expect(warnings).toEqual(expected.warnings.map((w) => w.message));
    const via = expected.exclusions.find((i) => i.via.length > 1)!;
    expect(await page.locator(`#exclusions li.item[data-rule="${via.rule}"] .meta`).allTextContents()).toContainEqual(
      expect.stringContaining(`Via: ${via.via.map((s) => `${s.product}/${s.role}`).join(' › ')}`),
    );

    // An item Defender manages says what its managedBy's fields limit it to.
    expect(await page.locator('#exclusions li.item[data-rule="hyper-v/vhd-extension"] .note.warn').allTextContents()).toContainEqual(
      expect.stringContaining('real-time protection only; unless DisableAutoExclusions is on'),
    );

    // Switching on a feature from a conditional item moves its items into the exclusions.
    await page.locator('#conditional button').first().click();
    await expect(page.locator('#conditional li.item').count()).resolves.toBeLessThan(expected.conditional.length);
    expect((await currentParams(page)).getAll('feature')).toHaveLength(1);
    await page.close();
  });

  it('shows unresolved items with the variables they need and where to find them', async () => {
    const page = await open(
      search([
        ['product', 'sep-sesam'],
        ['role', 'server'],
        ['platform', 'windows'],
      ]),
    );
    const expected = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'windows' });
    expect(expected.unresolved.length).toBeGreaterThan(0);
    const unresolved = await page.locator('#unresolved li.item').allTextContents();
    expect(unresolved).toHaveLength(expected.unresolved.length);
    for (const item of expected.unresolved) {
      expect(unresolved.join('\n')).toContain(`Needs ${item.variables.join(', ')}: ${item.hint}`);
    }
    await page.close();
  });

  it('shows a bad choice as the error next to the form (code, message, valid choices), nothing on the console', async () => {
    const before = problems.length;
    const page = await open(
      search([
        ['product', 'sep-sesam'],
        ['role', 'master'],
        ['platform', 'windows'],
      ]),
    );
    const errors = page.locator('#errors');
    await expect(errors.textContent()).resolves.toContain('UNKNOWN_ROLE');
    await expect(errors.textContent()).resolves.toContain('Valid: client, rds, server');
    await expect(
      page
        .getByRole('group', { name: 'Roles', exact: true })
        .getByLabel(/master/)
        .isChecked(),
    ).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Download', exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByLabel('Version', { exact: true }).fill('6.x');
    await expect(errors.textContent()).resolves.toMatch(/UNKNOWN_ROLE|INVALID_VERSION/);
    expect(problems.slice(before)).toEqual([]);
    await page.close();
  });

  it('downloads exactly the bytes the CLI writes with --output, for every target of several queries', { timeout: 240_000 }, async () => {
    const cases: Params[] = [
      ISSUE_PARAMS.filter(([name]) => name !== 'format'),
      [
        ['product', 'azure-site-recovery'],
        ['role', 'hyper-v-to-azure/hyper-v-host'],
        ['os-version', '2019'],
        ['feature', 'cluster-shared-volumes'],
        ['set', 'VHD_DIRS=D:\\Hyper-V\\Prüfung'],
        ['set', "VHD_DIRS=E:\\VMs 'quoted' & $dollar"],
      ],
      [
        ['product', 'kerio-connect'],
        ['role', 'server'],
        ['platform', 'linux'],
        ['set', 'KERIO_INSTALL_DIR=/srv/kerio mail/ü'],
      ],
      [
        ['product', 'sep-sesam'],
        ['role', 'server'],
        ['role', 'rds'],
        ['platform', 'windows'],
        ['action', 'remove'],
        ['include-managed', ''],
      ],
    ];
    // The CLI's files first, side by side; then the page's downloads, one by one.
    const expected = new Map<string, Promise<{ bytes: Buffer | null; stderr: string }>>();
    for (const params of cases)
      for (const target of RENDER_TARGETS)
        expected.set(search([...params, ['format', target]]), cliOutput([...params, ['format', target]]));
    await Promise.all(expected.values());
    let compared = 0;
    for (const params of cases) {
      const page = await open(search(params));
      for (const target of RENDER_TARGETS) {
        await page.getByLabel('Format', { exact: true }).selectOption(target);
        const withTarget: Params = [...params, ['format', target]];
        expect((await currentParams(page)).get('format')).toBe(target);
        const cli = await expected.get(search(withTarget))!;
        const button = page.getByRole('button', { name: 'Download', exact: true });
        if (cli.bytes === null) {
          // The CLI refuses (a target of another platform, no uninstall form): the page refuses the same way.
          await expect(button.isDisabled(), `${target}: ${cli.stderr}`).resolves.toBe(true);
          const message = cli.stderr.replace(/^av-exclusions: /, '').trim();
          await expect(page.locator('#render-errors').textContent()).resolves.toContain(message);
          continue;
        }
        const got = await download(page);
        expect(got.name).toMatch(new RegExp(`^${params[0]![1]}-${target}(-remove)?\\.[a-z0-9]+$`));
        expect(got.bytes.equals(cli.bytes), `${search(withTarget)}: the download differs from the CLI's --output`).toBe(true);
        compared++;
      }
      await page.close();
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it('fills the form from a shared URL and shows the same output as the CLI', async () => {
    const page = await open(search(ISSUE_PARAMS));
    await expect(page.getByLabel('Product', { exact: true }).inputValue()).resolves.toBe('sep-sesam');
    await expect(page.getByLabel('Version', { exact: true }).inputValue()).resolves.toBe('5.0.0');
    await expect(page.getByLabel('Platform', { exact: true }).inputValue()).resolves.toBe('windows');
    await expect(
      page
        .getByRole('group', { name: 'Roles', exact: true })
        .getByLabel(/SEP sesam Server/)
        .isChecked(),
    ).resolves.toBe(true);
    await expect(
      page
        .getByRole('group', { name: 'Features', exact: true })
        .getByLabel(/postgresql/)
        .isChecked(),
    ).resolves.toBe(true);
    await expect(page.getByLabel('DATA_STORE_VOLUMES', { exact: true }).inputValue()).resolves.toBe('E:\\');
    await expect(page.getByLabel('Format', { exact: true }).inputValue()).resolves.toBe('defender-powershell');
    // A textarea's value reads its line breaks as LF.
    const shown = await page.getByLabel('Output', { exact: true }).inputValue();
    expect(shown).toBe(cliStdout(ISSUE_PARAMS).replace(/\r\n/g, '\n'));
    expect(await currentSearch(page)).toBe(search(ISSUE_PARAMS));
    await page.close();
  });

  it('renders an mdatp format with include-managed, as the CLI does (no refusal: Defender for Endpoint items can be managed)', async () => {
    const params: Params = [
      ['product', 'sep-sesam'],
      ['role', 'server'],
      ['platform', 'linux'],
      ['format', 'mdatp-cli'],
      ['include-managed', ''],
    ];
    const expected = cliStdout(params);
    const page = await open(search(params));
    await expect(page.getByLabel("Also the items the product's installer adds itself").isChecked()).resolves.toBe(true);
    await expect(page.locator('#render-errors').textContent()).resolves.toBe('');
    await expect(page.getByLabel('Output', { exact: true }).inputValue()).resolves.toBe(expected);
    await page.close();
  });

  it('writes every change of the form into the URL, without adding history entries', async () => {
    const page = await open(search(ISSUE_PARAMS));
    const length = await page.evaluate<number>('history.length');
    await page.getByLabel('Version', { exact: true }).fill('Apollon');
    await page
      .getByRole('group', { name: 'Features', exact: true })
      .getByLabel(/postgresql/)
      .uncheck();
    await page.getByLabel('DATA_STORE_VOLUMES', { exact: true }).fill('E:\\\nF:\\');
    await page.getByLabel('Format', { exact: true }).selectOption('defender-gpo');
    await page.getByLabel('Uninstall (remove)').check();
    expect(await currentSearch(page)).toBe(
      search([
        ['product', 'sep-sesam'],
        ['version', 'Apollon'],
        ['role', 'server'],
        ['platform', 'windows'],
        ['set', 'DATA_STORE_VOLUMES=E:\\'],
        ['set', 'DATA_STORE_VOLUMES=F:\\'],
        ['format', 'defender-gpo'],
        ['action', 'remove'],
      ]),
    );
    await expect(page.evaluate<number>('history.length')).resolves.toBe(length);
    // The URL it wrote reproduces the page.
    const output = await page.getByLabel('Output', { exact: true }).inputValue();
    const again = await open(await currentSearch(page));
    await expect(again.getByLabel('Output', { exact: true }).inputValue()).resolves.toBe(output);
    await again.close();
    await page.close();
  });

  it('shows a hostile variable value as typed: no element created, nothing run', async () => {
    const hostile = `/opt/<img src=x onerror=alert(1)> "double" 'single' <script>alert(2)</script>`;
    const page = await open(
      search([
        ['product', 'kerio-connect'],
        ['role', 'server'],
        ['platform', 'linux'],
        ['format', 'mdatp-cli'],
      ]),
    );
    await page.getByLabel('KERIO_INSTALL_DIR', { exact: true }).fill(hostile);
    await expect(exclusionValues(page)).resolves.toContain(hostile);
    await expect(page.getByLabel('Output', { exact: true }).inputValue()).resolves.toContain("'single'");
    expect((await currentParams(page)).get('set')).toBe(`KERIO_INSTALL_DIR=${hostile}`);
    // On Windows the same characters are invalid in a path: the error message shows the value as text.
    await page.goto(
      `${server.url}${search([
        ['product', 'sep-sesam'],
        ['role', 'server'],
        ['platform', 'windows'],
      ])}`,
    );
    await page.getByLabel('DATA_STORE_DIRS', { exact: true }).fill(`D:\\<img src=x onerror=alert(1)> "q"`);
    await expect(page.locator('#errors').textContent()).resolves.toMatch(/invalid value .*<img src=x onerror=alert\(1\)>/);
    await page.waitForTimeout(300);
    await expect(page.evaluate<number>("document.querySelectorAll('img, script:not([src]), [onerror]').length")).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => /\/x$/.test(url))).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard, with a visible focus ring', async () => {
    const page = await open(search(ISSUE_PARAMS));
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>('document.activeElement?.id')).resolves.toBe('product');
    const outline = await page.evaluate<{ style: string; width: number }>(
      '({ style: getComputedStyle(document.activeElement).outlineStyle, width: parseFloat(getComputedStyle(document.activeElement).outlineWidth) })',
    );
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    // Tab to the first role, then to the second, and switch it on with the space bar.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>('document.activeElement.value')).resolves.toBe('client');
    await page.keyboard.press('Space');
    expect((await currentParams(page)).getAll('role')).toEqual(['server', 'client']);
    await page.close();
  });

  it('reads in light and dark schemes and fits a 400 px wide screen', async () => {
    const page = await open(search(ISSUE_PARAMS), { width: 400, height: 800 });
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(400);
    const colours = async () =>
      page.evaluate<string>('getComputedStyle(document.body).backgroundColor + " " + getComputedStyle(document.body).color');
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    expect(dark).not.toBe(light);
    await page.close();
  });

  describe('the Audit panel', () => {
    const query = {
      product: 'sep-sesam',
      version: '5.0.0',
      roles: ['server'],
      platform: 'windows',
      features: ['postgresql'],
      variables: { DATA_STORE_VOLUMES: ['E:\\'] },
    } as const;
    // Get-MpPreference | ConvertTo-Json as the pipeline writes a one-item list: a bare string. The folder holds one of
    // SEP sesam's recommended items (the BSR Pro files), spelled with a machine variable; powershell.exe is an
    // interpreter Microsoft says never to exclude.
    const MP_PREFERENCE = JSON.stringify({
      ExclusionPath: '%ProgramFiles%\\SEPsesam\\SEP sesam BSR Pro',
      ExclusionProcess: ['powershell.exe'],
      ExclusionExtension: null,
      DisableAutoExclusions: false,
    });
    const panel = (page: Page) => page.getByRole('region', { name: 'Audit', exact: true });
    const recommendedIn = (page: Page, verdict: string) =>
      page.locator(`#audit-recommended li.item[data-verdict="${verdict}"] code.value`).allTextContents();
    const entriesIn = (page: Page, verdict: string) =>
      page.locator(`#audit-entries li.item[data-verdict="${verdict}"] code.value`).allTextContents();

    it('shows the verdicts of a pasted Get-MpPreference list: one item covered, the others missing, powershell.exe dangerous', async () => {
      const page = await open(search(ISSUE_PARAMS));
      const audit = panel(page);
      await expect(audit.getByLabel('Current exclusions', { exact: true }).count()).resolves.toBe(1);
      await audit.getByLabel('Current exclusions', { exact: true }).fill(MP_PREFERENCE);
      await page.waitForSelector('#audit-recommended');
      await expect(audit.getByLabel('Current format', { exact: true }).inputValue()).resolves.toBe('defender-mppreference-json');

      const resolution = resolveExclusions(query as never);
      const report = auditExclusions(resolution, parseCurrentExclusions(MP_PREFERENCE, 'defender-mppreference-json'));
      const bsr = resolution.exclusions.find((i) => i.rule === 'sep-sesam/bsr-pro-files')!;
      expect(report.recommended.filter((r) => r.verdict === 'covered').map((r) => r.item.value)).toEqual([bsr.value]);
      await expect(recommendedIn(page, 'covered')).resolves.toEqual([bsr.value]);
      const missing = resolution.exclusions.filter((i) => i !== bsr).map((i) => i.value);
      expect(sorted(await recommendedIn(page, 'missing'))).toEqual(sorted(missing));
      await expect(entriesIn(page, 'dangerous')).resolves.toEqual(['powershell.exe']);
      const covered = page.locator('#audit-recommended li.item[data-verdict="covered"]');
      await expect(covered.locator('.rationale').textContent()).resolves.toBe(bsr.rationale);
      await expect(covered.getByRole('link', { name: bsr.source.title }).getAttribute('href')).resolves.toBe(bsr.source.url);
      await expect(covered.locator('.covered-by').textContent()).resolves.toContain('%ProgramFiles%\\SEPsesam\\SEP sesam BSR Pro');
      const dangerous = report.entries.find((e) => e.entry.text === 'powershell.exe')!;
      const reasons = await page.locator('#audit-entries li.item[data-verdict="dangerous"] .reason').allTextContents();
      expect(reasons).toEqual(dangerous.reasons.filter((r) => r.verdict === 'dangerous').map((r) => r.reason));
      for (const [verdict, count] of Object.entries(report.summary)) {
        await expect(page.locator(`#audit-summary li[data-verdict="${verdict}"]`).textContent()).resolves.toBe(`${verdict}: ${count}`);
      }

      // The format goes into the URL; the list never does.
      const params = await currentParams(page);
      expect(params.get('current-format')).toBe('defender-mppreference-json');
      expect(await currentSearch(page)).not.toMatch(/SEPsesam|BSR|ExclusionPath/i);
      expect(await currentSearch(page)).not.toContain('powershell.exe');

      // The filled panel fits the screen at every layout (one, two and three columns).
      for (const width of [400, 1100, 1600]) {
        await page.setViewportSize({ width, height: 900 });
        await expect(page.evaluate<number>('document.documentElement.scrollWidth'), `${width} px`).resolves.toBeLessThanOrEqual(width);
      }

      // Changing the choice above audits again: SEP sesam 5.1.0 no longer needs postgres.exe.
      await page.getByLabel('Version', { exact: true }).fill('5.1.0');
      await expect(recommendedIn(page, 'missing')).resolves.not.toContain('postgres.exe');
      await page.close();
    });

    it('reads a dropped UTF-16 .reg export and a chosen file, and picks the format from the content', async () => {
      const reg =
        'Windows Registry Editor Version 5.00\r\n\r\n' +
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions\\Paths]\r\n' +
        '"C:\\\\Program Files\\\\SEPsesam"=dword:00000000\r\n\r\n' +
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions\\Processes]\r\n' +
        '"postgres.exe"="0"\r\n';
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reg, 'utf16le')]);
      const resolution = resolveExclusions(query as never);
      const report = auditExclusions(resolution, parseCurrentExclusions(reg, 'defender-reg'));
      const expectedCovered = sorted(report.recommended.filter((r) => r.verdict === 'covered').map((r) => r.item.value));
      expect(expectedCovered).toContain('postgres.exe');

      const page = await open(search(ISSUE_PARAMS));
      const transfer = await page.evaluateHandle(
        `(() => { const t = new DataTransfer(); t.items.add(new File([new Uint8Array(${JSON.stringify([...bytes])})], 'exclusions.reg')); return t; })()`,
      );
      await panel(page).dispatchEvent('dragover', { dataTransfer: transfer });
      await panel(page).dispatchEvent('drop', { dataTransfer: transfer });
      await page.waitForSelector('#audit-recommended');
      await expect(page.getByLabel('Current format', { exact: true }).inputValue()).resolves.toBe('defender-reg');
      await expect(page.getByLabel('Current exclusions', { exact: true }).inputValue()).resolves.toBe(reg.replace(/\r\n/g, '\n'));
      expect(sorted(await recommendedIn(page, 'covered'))).toEqual(expectedCovered);
      await expect(page.locator('#audit-entries li.item').first().textContent()).resolves.toContain('policy');

      // The same bytes through the file input.
      const other = await open(search(ISSUE_PARAMS));
      await other
        .getByLabel('Or read it from a file', { exact: true })
        .setInputFiles({ name: 'x.reg', mimeType: 'text/plain', buffer: bytes });
      await other.waitForSelector('#audit-recommended');
      expect(sorted(await recommendedIn(other, 'covered'))).toEqual(expectedCovered);
      await other.close();
      await page.close();
    });

    it('shows a hostile entry as typed: no element created, nothing run', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const page = await open(search(ISSUE_PARAMS));
      await page
        .getByLabel('Current exclusions', { exact: true })
        .fill(JSON.stringify({ ExclusionPath: [hostile, `C:\\<script>alert(2)</script>`], ExclusionProcess: `"quoted" 'single'.exe` }));
      await page.waitForSelector('#audit-entries');
      const shown = await page.locator('#audit-entries li.item code.value').allTextContents();
      expect(shown).toContain(hostile);
      expect(shown).toContain(`"quoted" 'single'.exe`);
      await page.waitForTimeout(300);
      await expect(page.evaluate<number>("document.querySelectorAll('img, script:not([src]), [onerror]').length")).resolves.toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    });

    it("shows a list Defender hid from the session as unknown, never as empty, with the audit's warning", async () => {
      const hidden = JSON.stringify({ ExclusionPath: ['N/A: Must be an administrator to view exclusions'], ExclusionProcess: null });
      const resolution = resolveExclusions(query as never);
      const report = auditExclusions(resolution, parseCurrentExclusions(hidden, 'defender-mppreference-json'));
      const unknown = report.recommended.filter((r) => r.verdict === 'unknown').map((r) => r.item.value);
      expect(unknown.length).toBeGreaterThan(0);
      const page = await open(search(ISSUE_PARAMS));
      await page.getByLabel('Current exclusions', { exact: true }).fill(hidden);
      await page.waitForSelector('#audit-recommended');
      expect(sorted(await recommendedIn(page, 'unknown'))).toEqual(sorted(unknown));
      const warnings = await page.locator('#audit-warnings li').allTextContents();
      expect(warnings).toEqual(report.warnings.map((w) => w.message));
      expect(report.warnings.map((w) => w.code)).toContain('LIST_UNREADABLE');
      await page.close();
    });

    it("shows bad input as INVALID_CURRENT with its JSON path or line in the panel's own alert, and no console error", async () => {
      const before = problems.length;
      const page = await open(search(ISSUE_PARAMS));
      const alert = page.locator('#audit-errors');
      await page.getByLabel('Current exclusions', { exact: true }).fill('{"ExclusionPath":["C:\\\\Data", 42]}');
      await expect(alert.getAttribute('role')).resolves.toBe('alert');
      await expect(alert.textContent()).resolves.toContain('INVALID_CURRENT');
      await expect(alert.textContent()).resolves.toContain('$.ExclusionPath[1]');
      await page.getByLabel('Current format', { exact: true }).selectOption('clamav-clamd');
      await page.getByLabel('Current exclusions', { exact: true }).fill('ExcludePath\n');
      await expect(alert.textContent()).resolves.toContain('line 1');
      await expect(page.locator('#errors').textContent()).resolves.toBe('');
      await expect(page.getByRole('button', { name: 'Download fix' }).isDisabled()).resolves.toBe(true);
      expect(problems.slice(before)).toEqual([]);
      await page.close();
    });

    it('downloads a fix of only the missing items in the Format chosen under Take, byte for byte', { timeout: 120_000 }, async () => {
      const page = await open(search(ISSUE_PARAMS));
      await page.getByLabel('Current exclusions', { exact: true }).fill(MP_PREFERENCE);
      await page.waitForSelector('#audit-recommended');
      let compared = 0;
      for (const target of ['defender-powershell', 'defender-gpo', 'defender-intune', 'json', 'csv', 'markdown'] as const) {
        await page.getByLabel('Format', { exact: true }).selectOption(target);
        const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download fix' }).click()]);
        const bytes = readFileSync((await file.path())!);
        const expected = await fixBytes(ISSUE_PARAMS, { text: MP_PREFERENCE, format: 'defender-mppreference-json' }, target);
        expect(bytes.equals(expected), `${target}: the fix differs`).toBe(true);
        expect(file.suggestedFilename()).toMatch(new RegExp(`^sep-sesam-${target}-fix\\.[a-z0-9]+$`));
        const text = bytes.toString('utf8');
        expect(text).toContain('postgres.exe');
        expect(text).not.toContain('SEP sesam BSR Pro');
        compared++;
      }
      expect(compared).toBe(6);
      await page.close();
    });

    it('puts in the fix only the missing values of a rule that has several (one data-store volume covered, one not)', async () => {
      const params: Params = [
        ...ISSUE_PARAMS.filter(([name]) => name !== 'set'),
        ['set', 'DATA_STORE_VOLUMES=E:\\'],
        ['set', 'DATA_STORE_VOLUMES=F:\\'],
      ];
      const page = await open(search(params));
      await page.getByLabel('Current exclusions', { exact: true }).fill(JSON.stringify({ ExclusionPath: 'E:\\' }));
      await page.waitForSelector('#audit-recommended');
      await expect(recommendedIn(page, 'covered')).resolves.toEqual(['E:\\']);
      expect(await recommendedIn(page, 'missing')).toContain('F:\\');
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download fix' }).click()]);
      const lines = readFileSync((await file.path())!, 'utf8').split(/\r?\n/);
      expect(lines).toContain("Add-MpPreference -ExclusionPath 'F:\\'");
      expect(lines).not.toContain("Add-MpPreference -ExclusionPath 'E:\\'");
      await page.close();
    });
  });

  it('writes a screenshot of the main view (.tmp/site.png)', async () => {
    const page = await open(search(ISSUE_PARAMS), { width: 1600, height: 1000 });
    await page.emulateMedia({ colorScheme: 'light' });
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const file = join(ROOT, '.tmp/site.png');
    await page.screenshot({ path: file });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    // docs/site.png, shown by the README, is this file made smaller:
    // pngquant --quality 60-85 --strip --output docs/site.png .tmp/site.png
    await page.close();
  });

  it('sent no request anywhere but the local server, and logged no error', () => {
    expect(requests.length).toBeGreaterThan(0);
    const origin = new URL(server.url).origin;
    const outside = requests.filter((url) => new URL(url).origin !== origin && !url.startsWith(`blob:${origin}/`));
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});

// The static page's budgets (site/, built by Vite into dist-site/), measured for bench/run.mjs:
// - all its JavaScript, gzip -9: <= 60 KB;
// - time from navigation to the first rendered resolution in headless Chromium: <= 2x the time a blank page built by
//   the same toolchain (Vite, same settings) takes to run its script, both served from 127.0.0.1 and loaded
//   alternately in fresh browser contexts; the median of the paired ratios is reported.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../scripts/serve-static.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const ROUNDS = 21;
// The query of the README's example: what a shared link opens.
const QUERY = '?product=sep-sesam&version=5.0.0&role=server&platform=windows&feature=postgresql&format=defender-powershell';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Builds the page and the blank baseline, both with Vite; returns their folders (the blank one is temporary). */
async function buildBoth() {
  await build({ configFile: join(ROOT, 'site/vite.config.ts'), logLevel: 'silent' });
  const blank = mkdtempSync(join(tmpdir(), 'av-bench-blank-page-'));
  writeFileSync(
    join(blank, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>blank</title>' +
      '<script type="module" src="./main.js"></script></head><body></body></html>\n',
  );
  writeFileSync(join(blank, 'main.js'), "document.body.textContent = 'blank';\nperformance.mark('first-resolution');\n");
  await build({ root: blank, base: './', configFile: false, logLevel: 'silent', build: { outDir: join(blank, 'dist') } });
  return { site: join(ROOT, 'dist-site'), blank, blankDist: join(blank, 'dist') };
}

function javascriptGzip(folder) {
  const assets = join(folder, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
}

/** Milliseconds from navigation start to the page's `first-resolution` mark, in a fresh context. */
async function firstRender(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('first-resolution').length > 0);
    return await page.evaluate("performance.getEntriesByName('first-resolution')[0].startTime");
  } finally {
    await context.close();
  }
}

/**
 * Measures the page's budgets.
 *
 * @returns {Promise<{ name: string, measured: string, budget: string, ok: boolean }[]>} one entry per budget
 */
export async function measureSite() {
  if (!existsSync(CHROMIUM)) {
    return [
      {
        name: 'static page: first rendered resolution, headless Chromium',
        measured: `not measured: no ${CHROMIUM}`,
        budget: '<= 2x blank page',
        ok: false,
      },
    ];
  }
  const { site, blank, blankDist } = await buildBoth();
  const results = [];
  const gzip = javascriptGzip(site);
  results.push({
    name: 'static page (site/): all its JavaScript, gzip -9',
    measured: `${(gzip / 1024).toFixed(2)} KB (the blank page of the same toolchain: ${(javascriptGzip(blankDist) / 1024).toFixed(2)} KB)`,
    budget: '<= 60 KB',
    ok: gzip <= 60 * 1024,
  });

  const siteServer = await serveStatic(site);
  const blankServer = await serveStatic(blankDist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    // Warm up the browser and the file cache, then alternate the two pages.
    await firstRender(browser, `${siteServer.url}${QUERY}`);
    await firstRender(browser, blankServer.url);
    const pageTimes = [];
    const blankTimes = [];
    for (let round = 0; round < ROUNDS; round++) {
      blankTimes.push(await firstRender(browser, blankServer.url));
      pageTimes.push(await firstRender(browser, `${siteServer.url}${QUERY}`));
    }
    const ratio = median(pageTimes.map((t, i) => t / blankTimes[i]));
    results.push({
      name: 'static page: navigation to the first rendered resolution, headless Chromium',
      measured: `${ratio.toFixed(2)}x the blank page (median of ${ROUNDS} paired loads; page ${median(pageTimes).toFixed(1)} ms, blank ${median(blankTimes).toFixed(1)} ms)`,
      budget: '<= 2x',
      ok: ratio <= 2,
    });
  } finally {
    await browser.close();
    await siteServer.close();
    await blankServer.close();
    rmSync(blank, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await measureSite()) console.log(`${r.name}: ${r.measured} (${r.budget})${r.ok ? '' : '  <-- over budget'}`);
}

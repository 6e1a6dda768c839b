// The demo as a newcomer meets it after `make run`: an app with the demo seeding on (a two-week slice of the real
// UCI data, fewer made-up widget renders a day so that it loads in seconds), then its analytics page, integration
// health and catalog in Chromium: figures that are there and tell the truth.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { launchBrowser, ROOT, startApp, TARGET } from './app.mjs';
import { openPage, PHONE, SCREENSHOTS, until } from './harness.mjs';

const SOURCE = `${ROOT}../shared/data/online_retail.csv.gz`;

let app;
let browser;
let demo;

before(async () => {
  assert.ok(existsSync(SOURCE), `the demo data ${SOURCE} is missing (the shared data folder beside the repository)`);
  const lines = gunzipSync(readFileSync(SOURCE)).toString('utf8').trimEnd().split('\n');
  const sample = `${TARGET}demo-sample.csv`;
  writeFileSync(sample, [lines[0], ...lines.slice(-15000)].join('\n'));
  const email = `demo-${Date.now()}@recomengine.local`;
  // A first start: no credentials kept from an earlier run (they would name an already loaded demo tenant).
  rmSync(`${TARGET}demo-app-data`, { recursive: true, force: true });
  [app, browser] = await Promise.all([
    startApp({ demo: { dataFile: sample, email, rendersPerDay: 40 } }),
    launchBrowser(),
  ]);
  await until(() => readFileSync(app.log, 'utf8').includes('Demo data ready'),
    { timeout: 240_000, interval: 1000, message: `"Demo data ready" in ${app.log}` });
  demo = credentials(`${app.dataDir}/demo.properties`);
  // The days the demo filled are aggregated by the stale-day sweep (every 5 s here): wait for last month's.
  const token = await logInByApi(demo);
  await until(async () => {
    const response = await fetch(`${app.base}/api/v1/tenants/${demo.tenantId}/analytics/overview`,
      { headers: { authorization: `Bearer ${token}` } });
    const overview = await response.json();
    return overview.revenue?.previous > 0 && overview.impressions?.previous > 0;
  }, { timeout: 120_000, interval: 1000, message: 'the previous period aggregated' });
});
after(async () => { await browser?.close(); await app?.stop(); });

/** The demo credentials file (java.util.Properties: key=value, with backslash escapes). */
function credentials(file) {
  const entries = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
    .map((l) => { const at = l.indexOf('='); return [l.slice(0, at), l.slice(at + 1).replace(/\\(.)/g, '$1')]; });
  return Object.fromEntries(entries);
}

async function logInByApi({ email, password }) {
  const response = await fetch(`${app.base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  return (await response.json()).accessToken;
}

async function logIn(viewport) {
  const opened = await openPage(browser, app.base, { viewport });
  await opened.page.goto(`${app.base}/login`);
  await opened.page.getByLabel('Email').fill(demo.email);
  await opened.page.getByLabel('Password').fill(demo.password);
  await opened.page.getByRole('button', { name: 'Log in' }).click();
  await opened.page.waitForURL('**/dashboard/**');
  return opened;
}

/** "12.5 %" → 0.125; "£1,234.50" → 1234.5. */
function number(text) {
  return Number(text.replace(/[^\d.\-−]/g, '').replace('−', '-'));
}

test('the demo analytics page shows revenue, a comparison on every tile and rates of at most 100 %', async () => {
  const { context, page, seen } = await logIn();
  try {
    await page.goto(`${app.base}/dashboard/tenants/${demo.tenantId}/analytics`);
    await page.screenshot({ path: `${SCREENSHOTS}demo-analytics-light-1280.png`, fullPage: true });
    const tiles = await page.locator('.kpi[data-kpi]').evaluateAll((kpis) => kpis.map((kpi) => ({
      label: kpi.dataset.kpi, value: kpi.querySelector('.value').textContent.trim(),
      change: kpi.querySelector('.change').textContent.trim(), spark: !!kpi.querySelector('svg.spark path'),
      definition: kpi.querySelector('.definition')?.textContent.trim() ?? '',
    })));
    assert.equal(tiles.length, 8);
    const byLabel = Object.fromEntries(tiles.map((t) => [t.label, t]));
    assert.ok(number(byLabel.Revenue.value) > 0, `revenue ${byLabel.Revenue.value}`);
    assert.ok(number(byLabel['From recommendations'].value) > 0, `${byLabel['From recommendations'].value}`);
    for (const tile of tiles) {
      assert.match(tile.change, /vs previous/, `${tile.label} has a previous-period comparison: ${tile.change}`);
      assert.ok(tile.spark, `${tile.label} has a sparkline`);
      assert.ok(tile.definition.length > 0, `${tile.label} says what it is`);
    }
    for (const rate of ['Click-through rate', 'Conversion rate']) {
      const value = number(byLabel[rate].value);
      assert.ok(byLabel[rate].value.includes('%') && value > 0 && value <= 100, `${rate} ${byLabel[rate].value}`);
    }
    assert.match(byLabel['Click-through rate'].definition, /Clicks ÷ impressions/);
    assert.deepEqual([...seen.pageErrors, ...seen.consoleErrors, ...seen.badResponses], []);
  } finally {
    await context.close();
  }
});

test('integration health is green on the demo tenant from the first start', async () => {
  const { context, page } = await logIn();
  try {
    // Keys' "last used" is written in batches every few seconds: the page is read again until it has caught up.
    let checks = [];
    await until(async () => {
      await page.goto(`${app.base}/dashboard/tenants/${demo.tenantId}/health`);
      checks = await page.locator('#integration-title ~ ul.checks > li').evaluateAll((items) => items.map(
        (li) => `${li.className}: ${li.textContent.replace(/\s+/g, ' ').trim()}`));
      return checks.length >= 7 && checks.every((c) => c.startsWith('check check-ok'));
    }, { timeout: 30_000, interval: 2000, message: 'every integration check green' }).catch(() => {});
    assert.ok(checks.length >= 7, checks.join('\n'));
    assert.deepEqual(checks.filter((c) => !c.startsWith('check check-ok')), []);
    assert.match(await page.locator('[data-rejections]').textContent(), /None today/);
  } finally {
    await context.close();
  }
});

test('the demo catalog has images of its own and no table is clipped on a phone', async () => {
  const { context, page, seen } = await logIn(PHONE);
  try {
    for (const section of ['catalog?q=heart', 'analytics', 'health', 'experiments']) {
      await page.goto(`${app.base}/dashboard/tenants/${demo.tenantId}/${section}`, { waitUntil: 'load' });
      await page.screenshot({ path: `${SCREENSHOTS}demo-${section.split('?')[0]}-light-375.png`, fullPage: true });
      const clipped = await page.locator('.table-wrap').evaluateAll((wraps) => wraps
        .filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => `${w.scrollWidth} > ${w.clientWidth}`));
      assert.deepEqual(clipped, [], `${section}: a table is wider than its box`);
    }
    await page.goto(`${app.base}/dashboard/tenants/${demo.tenantId}/catalog?q=heart`, { waitUntil: 'load' });
    // Thumbnails load lazily: ask for every one now, then check that each drew a demo image.
    const images = await page.locator('img.thumb').evaluateAll((imgs) => Promise.all(imgs.map((img) => {
      img.loading = 'eager';
      return img.decode().then(() => true, () => false)
        .then((decoded) => ({ src: img.currentSrc, loaded: decoded && img.naturalWidth > 0 }));
    })));
    assert.ok(images.length > 0, 'the catalog shows thumbnails');
    assert.deepEqual(images.filter((i) => !i.loaded || !i.src.includes('/demo/images/')), []);
    assert.deepEqual([...seen.pageErrors, ...seen.failedRequests, ...seen.badResponses], []);
  } finally {
    await context.close();
  }
});

test('the demo has a finished experiment with results', async () => {
  const { context, page } = await logIn();
  try {
    await page.goto(`${app.base}/dashboard/tenants/${demo.tenantId}/experiments`);
    await page.getByRole('link', { name: /collaborative vs trending/i }).first().click();
    await page.locator('.badge.status-completed').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}demo-experiment-light-1280.png`, fullPage: true });
    const text = await page.locator('main').textContent();
    assert.doesNotMatch(text, /No data yet|no exposures/i);
  } finally {
    await context.close();
  }
});

// The analytics page's speed as Chromium sees it: Largest Contentful Paint (median of five warm loads) under
// 1000 ms, and the page's weight (bytes transferred on a cold load, compressed as served) under 150 KB.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, createKey, createTenant, openPage, seedShop, setUp, signUp } from './harness.mjs';

const LOADS = 5;
const LCP_BAR_MS = 1000;
const WEIGHT_BAR_BYTES = 150 * 1024;

let env;
let analytics;
let storageState;
before(async () => {
  env = await setUp();
  const { context, page } = await openPage(env.browser, env.base);
  await signUp(page, env.base);
  const tenant = await createTenant(page, 'Measured shop');
  await seedShop(api(env.base, await createKey(page, tenant.url, { name: 'Server', type: 'secret',
    permission: 'read-write' })));
  analytics = `${tenant.url}/analytics`;
  storageState = await context.storageState();
  await context.close();
});
after(async () => { await env?.tearDown(); });

/** Loads the page and answers its Largest Contentful Paint in ms, as the browser reports it. */
async function largestContentfulPaint(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime))
      .observe({ type: 'largest-contentful-paint', buffered: true });
  }));
}

test('the analytics page paints its largest content within a second', async () => {
  const { context, page, seen } = await openPage(env.browser, env.base, { storageState });
  try {
    await largestContentfulPaint(page, analytics);
    const times = [];
    for (let i = 0; i < LOADS; i++) times.push(await largestContentfulPaint(page, analytics));
    const median = [...times].sort((a, b) => a - b)[Math.floor(LOADS / 2)];
    console.log(`analytics LCP, ${LOADS} warm loads: median ${median.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
    assert.ok(median > 0, 'an LCP entry was reported');
    assert.ok(median < LCP_BAR_MS, `median LCP ${median.toFixed(0)} ms is under ${LCP_BAR_MS} ms`);
    assert.deepEqual([...seen.pageErrors, ...seen.consoleErrors, ...seen.failedRequests, ...seen.badResponses], []);
  } finally {
    await context.close();
  }
});

test('the analytics page weighs under 150 KB, compressed as served', async () => {
  const { context, page } = await openPage(env.browser, env.base, { storageState });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const encodings = new Map();
    let bytes = 0;
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      if (!response.url.startsWith('http')) return;
      encodings.set(requestId, [response.url, response.headers['content-encoding'] ?? response.headers['Content-Encoding']]);
    });
    cdp.on('Network.loadingFinished', ({ encodedDataLength }) => { bytes += encodedDataLength; });
    await page.goto(analytics, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const served = [...encodings.values()];
    const names = served.map(([url, encoding]) => `${new URL(url).pathname.split('/').pop()} ${encoding ?? 'identity'}`);
    console.log(`analytics page weight, cold load: ${(bytes / 1024).toFixed(1)} KB (${names.join(', ')})`);
    assert.equal(served.find(([url]) => url === analytics)?.[1], 'gzip', 'the page itself is served gzipped');
    const assets = served.filter(([url]) => /\.(css|js)$/.test(new URL(url).pathname));
    assert.ok(assets.length >= 2 && assets.every(([, encoding]) => encoding === 'gzip'), 'styles and scripts are gzipped');
    assert.ok(bytes > 1000, 'the transfer was counted');
    assert.ok(bytes < WEIGHT_BAR_BYTES, `${bytes} bytes is under ${WEIGHT_BAR_BYTES}`);
  } finally {
    await context.close();
  }
});

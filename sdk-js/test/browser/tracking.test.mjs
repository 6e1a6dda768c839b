// What the SDK reports, seen from the (fake) API: impressions, clicks, track(), identity, consent, retries.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { API_KEY } from '../server.mjs';
import { eventsOf, openPage, settled, setUp, sleep, until } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });
beforeEach(async () => { await fetch(`${env.servers.api}/__control?reset=1&failBatches=0`); });

const VIEWPORT = { width: 1100, height: 800 };

function assertClean(seen) {
  assert.deepEqual([...seen.pageErrors, ...seen.consoleErrors, ...seen.dialogs], []);
}

/** Scrolls so that the given fraction of the first card's height is visible at the bottom of the viewport. */
async function revealFirstCard(page, fraction) {
  return page.evaluate((f) => {
    const card = document.querySelector('.re-card').getBoundingClientRect();
    const top = card.top + scrollY;
    scrollTo(0, top + card.height * f - innerHeight);
    return Date.now();
  }, fraction);
}

test('an impression is sent only after half a card has been visible for a whole second', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=grid_low&spacer=2000&after=2000`, { viewport: VIEWPORT });
  try {
    await settled(page, 1);
    await sleep(1500);
    assert.equal(eventsOf(env.servers, 'impression').length, 0, 'nothing is seen below the fold');

    await revealFirstCard(page, 0.4); // 40 % of the first row for 2 s: not an impression
    await sleep(2000);
    await page.evaluate(() => window.RecomEngine.flush());
    await sleep(1200);
    assert.equal(eventsOf(env.servers, 'impression').length, 0, '40 % visible is not seen');

    await revealFirstCard(page, 0.7); // 70 % visible, but only for 0.6 s
    await sleep(600);
    await page.evaluate(() => scrollTo(0, 0));
    await sleep(2000);
    assert.equal(eventsOf(env.servers, 'impression').length, 0, 'a glance shorter than a second is not seen');

    const shownAt = await revealFirstCard(page, 0.7);
    const impressions = await until(() => eventsOf(env.servers, 'impression').length >= 4 && eventsOf(env.servers, 'impression'),
      { timeout: 4000, message: 'impressions' });
    assert.deepEqual(impressions.map((e) => e.productId).sort(), ['sku-101', 'sku-102', 'sku-103', 'sku-104']);
    for (const e of impressions) {
      const waited = Date.parse(e.timestamp) - shownAt;
      assert.ok(waited >= 1000 && waited < 2500, `impression after ${waited} ms in view`);
      assert.equal(e.metadata.placementId, 'grid_low');
      assert.equal(e.metadata.recommendationId, 'rec-grid_low');
      assert.equal(e.metadata.variant, 'variant');
      assert.equal(e.metadata.experimentId, 'exp-42');
      assert.equal(typeof e.metadata.position, 'number');
    }
    await sleep(1500);
    assert.equal(eventsOf(env.servers, 'impression').length, 4, 'each card counts once; the second row stayed hidden');
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('a click is recorded as recommendation_click and the shopper lands on the product page', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=grid_home`);
  try {
    await settled(page, 1);
    await page.locator('.re-card').nth(2).locator('.re-t').click();
    await page.waitForURL(`${env.servers.shop}/product/sku-103`);
    const [click] = await until(() => eventsOf(env.servers, 'recommendation_click').length && eventsOf(env.servers, 'recommendation_click'),
      { timeout: 3000, message: 'the click event' });
    assert.equal(click.productId, 'sku-103');
    assert.deepEqual({ ...click.metadata, assignmentId: undefined }, {
      placementId: 'grid_home', recommendationId: 'rec-grid_home', strategy: 'collaborative', variant: 'variant',
      experimentId: 'exp-42', position: 2, element: 'card', assignmentId: undefined,
    });
    assert.match(click.eventId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(Math.abs(Date.parse(click.timestamp) - Date.now()) < 5000);
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('track() and identify(): one anonymous id kept in localStorage, the identified user afterwards, the anonymous id kept as assignmentId', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=list_home`);
  try {
    await settled(page, 1);
    const anonymous = await page.evaluate(() => {
      const R = window.RecomEngine;
      R.track({ eventType: 'add_to_cart', productId: 'sku-105' });
      R.identify('customer-42');
      R.track({ eventType: 'purchase', productId: 'sku-105', metadata: { orderId: 'o-1', revenue: 59.95, currency: 'EUR' } });
      R.track({ eventType: 'not-a-type' });
      R.track('nonsense');
      return { id: R.anonymousId(), stored: localStorage.getItem('recomengine.aid') };
    });
    assert.equal(anonymous.id, anonymous.stored);
    const events = await until(() => eventsOf(env.servers).filter((e) => e.eventType !== 'impression').length >= 2
      && eventsOf(env.servers).filter((e) => e.eventType !== 'impression'), { message: 'tracked events' });
    const [cart, purchase] = events;
    assert.equal(events.length, 2);
    assert.equal(cart.userId, anonymous.id);
    assert.equal(purchase.userId, 'customer-42');
    assert.equal(purchase.metadata.assignmentId, anonymous.id);
    assert.deepEqual([purchase.metadata.orderId, purchase.metadata.revenue, purchase.metadata.currency], ['o-1', 59.95, 'EUR']);
    assert.equal(cart.sessionId, purchase.sessionId);
    assert.equal(env.servers.log.batches.at(-1).key.length, 36, 'each batch carries an Idempotency-Key');

    // the next page: same anonymous id, still identified, and both go to the render endpoint
    await page.goto(`${env.servers.shop}/page?placements=grid_next`);
    await settled(page, 1);
    const render = env.servers.log.requests.find((r) => r.path === '/api/v1/widgets/grid_next/render');
    assert.deepEqual([render.query.userId, render.query.assignmentId, render.query.productId, render.key],
      ['customer-42', anonymous.id, 'sku-101', API_KEY]);
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('calls queued before the async script loaded are replayed', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=grid_home&stub=early-user`);
  try {
    await settled(page, 1);
    const render = env.servers.log.requests.find((r) => r.path.endsWith('/render'));
    assert.equal(render.query.userId, 'early-user');
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('consent(false) stops tracking and clears what the SDK stored; data-consent="false" starts that way', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=grid_home`);
  try {
    await settled(page, 1);
    const stored = await page.evaluate(() => {
      window.RecomEngine.consent(false);
      const sent = window.RecomEngine.track({ eventType: 'view', productId: 'sku-1' });
      return { sent, keys: Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter((k) => k.startsWith('recomengine')), cookie: document.cookie };
    });
    assert.deepEqual(stored, { sent: false, keys: [], cookie: '' });
    await sleep(2500); // impressions of the visible cards would have been sent by now
    assert.equal(eventsOf(env.servers).length, 0);

    await page.goto(`${env.servers.shop}/page?placements=grid_home&consent=false`);
    await settled(page, 1);
    await sleep(2500);
    const after = await page.evaluate(() => ({ cards: document.querySelectorAll('.re-card').length, keys: Object.keys(localStorage), id: window.RecomEngine.anonymousId() }));
    assert.deepEqual(after, { cards: 8, keys: [], id: null });
    assert.equal(eventsOf(env.servers).length, 0);
    assert.equal(env.servers.log.requests.at(-1).query.userId, undefined, 'no id is made up without consent');
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('failed batches are retried with backoff, never more than one request a second, nothing lost or doubled', async () => {
  await fetch(`${env.servers.api}/__control?failBatches=2`);
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=grid_home`);
  // when the browser issued each batch request (its own clock): the SDK's pacing, free of the arrival jitter a
  // busy machine adds between browser and test server
  const sent = [];
  page.on('request', (request) => { if (request.url().endsWith('/api/v1/events/batch')) sent.push(request); });
  try {
    await settled(page, 1);
    await page.evaluate(async () => {
      for (let i = 0; i < 30; i++) {
        window.RecomEngine.track({ eventType: 'view', productId: 'sku-' + i });
        window.RecomEngine.flush();
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await until(() => eventsOf(env.servers, 'view').length >= 30, { timeout: 15000, message: 'every view delivered' });
    const ids = eventsOf(env.servers, 'view').map((e) => e.eventId);
    assert.equal(new Set(ids).size, 30);
    // a batch the browser has just issued (its impressions, say) may still be on its way to the server
    await until(() => env.servers.log.batches.length >= sent.length, { timeout: 5000, message: 'every batch request the browser sent reached the server' });
    const batches = env.servers.log.batches;
    assert.equal(batches.filter((b) => b.failed).length, 2);
    assert.equal(batches[0].key, batches[1].key, 'a retry repeats the batch and its Idempotency-Key');
    await Promise.all(sent.map((request) => request.response())); // its timing is known once it is answered
    const starts = sent.map((request) => request.timing().startTime);
    const gaps = starts.slice(1).map((at, i) => Math.round(at - starts[i]));
    assert.ok(Math.min(...gaps) >= 950, `gaps between requests: ${gaps}`);
    assert.ok(gaps[1] >= 1500, `backoff grows: ${gaps}`);
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('events still queued when the page goes away are delivered from the next page', async () => {
  await fetch(`${env.servers.api}/__control?failBatches=100`);
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=list_home`);
  try {
    await settled(page, 1);
    await page.evaluate(() => window.RecomEngine.track({ eventType: 'add_to_cart', productId: 'sku-7' }));
    await sleep(800);
    await page.goto(`${env.servers.shop}/blank`);
    await fetch(`${env.servers.api}/__control?failBatches=0`);
    await page.goto(`${env.servers.shop}/page?placements=list_home`);
    const [cart] = await until(() => eventsOf(env.servers, 'add_to_cart').length && eventsOf(env.servers, 'add_to_cart'),
      { timeout: 5000, message: 'the carried-over event' });
    assert.equal(cart.productId, 'sku-7');
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('RecomEngine.assignVariant in Chromium (crypto.subtle, BigInt) matches the shared vectors', async () => {
  const vectors = JSON.parse(readFileSync(new URL('../assignment-vectors.json', import.meta.url)));
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=grid_home&consent=false`);
  try {
    await page.waitForFunction(() => window.RecomEngine?.v === 1);
    const got = await page.evaluate((vs) => Promise.all(vs.map((v) => window.RecomEngine.assignVariant(v.experimentId, v.userId, v.trafficSplit))), vectors);
    assert.deepEqual(got, vectors.map((v) => ({ bucket: v.bucket, variant: v.variant })));
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('where localStorage is blocked the anonymous id lives in a first-party cookie', async () => {
  const { context, page, seen } = await openPage(env.browser);
  try {
    await page.addInitScript(() => {
      const refuse = () => { throw new DOMException('blocked', 'SecurityError'); };
      Object.defineProperty(window, 'localStorage', { get: refuse });
    });
    await page.goto(`${env.servers.shop}/page?placements=grid_home`);
    await settled(page, 1);
    const first = await page.evaluate(() => ({ id: window.RecomEngine.anonymousId(), cookie: document.cookie }));
    assert.match(first.cookie, new RegExp(`(^|; )re_aid=${first.id}($|;)`));
    await page.reload();
    await settled(page, 1);
    assert.equal(await page.evaluate(() => window.RecomEngine.anonymousId()), first.id);
    assertClean(seen);
  } finally {
    await context.close();
  }
});

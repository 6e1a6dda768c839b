// The demo store of the real application in real Chromium: each layout drawn from the demo tenant's
// recommendations, impressions after a second in view, a recorded click, hostile text, a clean console.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, layoutShift, openPage, painted, recordLayoutShifts, settled, sleep, until } from '../browser/harness.mjs';
import { OUT, query, startApp } from './app.mjs';
import { allowOrigin, demoReady, startMerchant } from './merchant.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

let app;
let browser;
before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium or set CHROMIUM_PATH`);
  [app, browser] = await Promise.all([startApp(),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })]);
  await demoReady(app);
}, { timeout: (Number(process.env.E2E_START_TIMEOUT_S ?? 240) + 360) * 1000 });
after(async () => { await browser?.close(); await app?.stop(); });

/** The drawn widget of a placement: layout, cards with their titles, links and product ids. */
const widget = (page, placement) => page.evaluate((p) => {
  const host = document.querySelector(`[data-recomengine-placement="${p}"]`);
  if (!host) return null;
  const root = host.shadowRoot ?? host;
  const re = root.querySelector('.re');
  return {
    hidden: host.hidden,
    layout: re ? [...re.classList].find((c) => c !== 're')?.slice(3) : null,
    cards: [...root.querySelectorAll('.re-card')].map((c) => ({
      title: c.querySelector('.re-t')?.textContent ?? '',
      href: c.querySelector('a.re-link')?.getAttribute('href') ?? null,
    })),
  };
}, placement);

/** Records the page's event batches: when each was sent, its events, and the API's answer. */
function recordBatches(page) {
  const batches = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/api/v1/events/batch')) return;
    const batch = { at: Date.now(), events: request.postDataJSON().events, status: null };
    batches.push(batch);
    request.response().then((r) => { batch.status = r?.status() ?? null; }, () => {});
  });
  return { batches, events: (type) => batches.flatMap((b) => b.events).filter((e) => !type || e.eventType === type) };
}

function assertClean(seen) {
  assert.deepEqual(seen.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(seen.consoleErrors, [], 'console errors or warnings');
  assert.deepEqual(seen.dialogs, [], 'dialogs (script injection)');
}

async function screenshot(page, name) {
  await page.evaluate(() => { window.scrollTo(0, 0); return document.fonts.ready; }); // the sticky header stays on top
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage: true });
}

const productOf = (href) => decodeURIComponent(/\/demo\/store\/product\/([^/?#]+)/.exec(href)?.[1] ?? '');

let popular; // a product id the home widget recommends, for the product and basket pages

test('the demo store draws the home_top grid with product names from the real catalog', async () => {
  const { context, page, seen } = await openPage(browser, `${app.base}/demo/store`);
  try {
    await settled(page, 1);
    const home = await widget(page, 'home_top');
    assert.equal(home.hidden, false, 'the widget is shown');
    assert.equal(home.layout, 'grid');
    assert.ok(home.cards.length >= 4 && home.cards.length <= 8, `${home.cards.length} cards`);
    for (const card of home.cards) {
      assert.match(card.title, /\w{3}/, 'a product name as text');
      assert.ok(productOf(card.href), `card links to a product page: ${card.href}`);
    }
    popular = productOf(home.cards[0].href);
    await screenshot(page, 'grid-home_top');
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('a product page draws the product_detail carousel', async () => {
  assert.ok(popular, 'needs the home widget');
  const { context, page, seen } = await openPage(browser, `${app.base}/demo/store/product/${encodeURIComponent(popular)}`);
  try {
    await settled(page, 1);
    const detail = await widget(page, 'product_detail');
    assert.equal(detail.layout, 'carousel');
    assert.ok(detail.cards.length >= 1, 'cards in the carousel');
    assert.ok(!detail.cards.some((c) => productOf(c.href) === popular), 'the product itself is not recommended');
    const tops = await page.evaluate(() => new Set([...document.querySelectorAll('.re-card')]
      .map((c) => Math.round(c.getBoundingClientRect().top))).size);
    assert.equal(tops, 1, 'one row');
    await screenshot(page, 'carousel-product_detail');
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('adding to the basket draws the cart list', async () => {
  assert.ok(popular, 'needs the home widget');
  const { context, page, seen } = await openPage(browser, `${app.base}/demo/store/product/${encodeURIComponent(popular)}`);
  const { events } = recordBatches(page);
  try {
    await settled(page, 1);
    await page.click('#add-to-basket');
    await settled(page, 2);
    const cart = await widget(page, 'cart');
    assert.equal(cart.hidden, false, 'the basket widget is shown');
    assert.equal(cart.layout, 'list');
    assert.ok(cart.cards.length >= 1 && cart.cards.length <= 4, `${cart.cards.length} cards`);
    const rows = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('[data-recomengine-placement="cart"] .re-card')];
      return new Set(cards.map((c) => Math.round(c.getBoundingClientRect().top))).size === cards.length;
    });
    assert.ok(rows, 'one card a row');
    await until(() => events('add_to_cart').length, { timeout: 5000, message: 'the add_to_cart event' });
    await page.locator('#basket').scrollIntoViewIfNeeded();
    await screenshot(page, 'list-cart');
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('impressions are sent only after half a card has been in view for a second', async () => {
  // A short window: the widget starts below the fold.
  const { context, page, seen } = await openPage(browser, null, { viewport: { width: 1100, height: 260 } });
  const { batches, events } = recordBatches(page);
  try {
    await page.goto(`${app.base}/demo/store`);
    await settled(page, 1);
    const shown = () => page.evaluate(() => {
      const card = document.querySelector('[data-recomengine-placement="home_top"] .re-card');
      const r = card.getBoundingClientRect();
      return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / r.height;
    });
    assert.ok(await shown() < 0.5, 'the first card starts less than half visible');
    await sleep(2000);
    assert.equal(events('impression').length, 0, 'no impression for cards out of view');

    const scrolledAt = Date.now();
    await page.evaluate(() => document.querySelector('[data-recomengine-placement="home_top"] .re-card')
      .scrollIntoView({ block: 'center' }));
    assert.ok(await shown() >= 0.5, 'the first card is at least half visible');
    const batch = await until(() => batches.find((b) => b.events.some((e) => e.eventType === 'impression')),
      { timeout: 6000, message: 'an impression batch' });
    const waited = batch.at - scrolledAt;
    assert.ok(waited >= 1000 && waited < 4000, `impression sent ${waited} ms after the card came into view`);

    const home = await widget(page, 'home_top');
    const ids = home.cards.map((c) => productOf(c.href));
    const impression = batch.events.find((e) => e.eventType === 'impression');
    assert.ok(ids.includes(impression.productId), `impression of a drawn card (${impression.productId})`);
    assert.equal(impression.metadata.placementId, 'home_top');
    assert.match(impression.metadata.recommendationId, /\S/, 'recommendationId');
    await until(() => batch.status !== null, { message: 'the batch answer' });
    assert.ok(batch.status >= 200 && batch.status < 300, `batch accepted (${batch.status})`);
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('a click on a card is sent as recommendation_click, navigates, and is stored', async () => {
  const before = Number(query(`select count(*) from events where tenant_id='${app.demo.tenantId}' and event_type='recommendation_click'`));
  const { context, page, seen } = await openPage(browser, `${app.base}/demo/store`);
  const { batches, events } = recordBatches(page);
  try {
    await settled(page, 1);
    const home = await widget(page, 'home_top');
    const target = productOf(home.cards[1].href);
    await Promise.all([
      page.waitForURL(/\/demo\/store\/product\//),
      page.locator('[data-recomengine-placement="home_top"] .re-card').nth(1).locator('.re-t').click(),
    ]);
    assert.equal(productOf(page.url()), target, 'navigated to the clicked product');
    const click = await until(() => events('recommendation_click')[0], { message: 'the recommendation_click' });
    assert.equal(click.productId, target);
    assert.equal(click.metadata.placementId, 'home_top');
    assert.match(click.metadata.recommendationId, /\S/);
    const sql = `select count(*) from events where tenant_id='${app.demo.tenantId}' and event_type='recommendation_click'`
      + ` and product_id='${target.replace(/'/g, "''")}' and metadata->>'placementId'='home_top'`;
    await until(() => Number(query(sql)) >= 1, { timeout: 15_000, interval: 250, message: 'the click in the events table' });
    assert.equal(Number(query(`select count(*) from events where tenant_id='${app.demo.tenantId}' and event_type='recommendation_click'`)),
      before + 1, 'stored exactly once');
    assert.ok(batches.some((b) => b.events.includes(click)));
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('a hostile product name stays text on the product page and in a widget, and no dialog opens', async () => {
  const created = await fetch(`${app.base}/api/v1/catalog/products`, {
    method: 'POST',
    headers: { 'X-API-Key': app.demo.secretKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ productId: 'e2e-hostile', name: HOSTILE_NAME, category: 'Test', price: 1.5, currency: 'GBP',
      available: true }),
  });
  assert.equal(created.status, 201, await created.text());

  const product = await openPage(browser, `${app.base}/demo/store/product/e2e-hostile`);
  try {
    await settled(product.page, 1);
    await sleep(500);
    const seen = await product.page.evaluate(() => ({
      heading: document.querySelector('h1').textContent,
      injected: document.querySelectorAll('img[src="x"]').length,
    }));
    assert.deepEqual(seen, { heading: HOSTILE_NAME, injected: 0 });
    assertClean(product.seen);
  } finally {
    await product.context.close();
  }

  // The same name through the SDK: the real render answer of the home widget, its first card renamed.
  const store = await openPage(browser, null);
  try {
    await store.page.route('**/api/v1/widgets/home_top/render**', async (route) => {
      // Replayed outside the page, so it says what the browser's same-origin request said (publishable keys need it).
      const response = await route.fetch({ headers: { ...route.request().headers(), 'sec-fetch-site': 'same-origin' } });
      const doc = await response.json();
      doc.root.children[0].title = HOSTILE_NAME;
      await route.fulfill({ response, json: doc });
    });
    await store.page.goto(`${app.base}/demo/store`);
    await settled(store.page, 1);
    await sleep(500);
    const home = await widget(store.page, 'home_top');
    assert.equal(home.cards[0].title, HOSTILE_NAME, 'drawn as text');
    const injected = await store.page.evaluate(() => {
      const host = document.querySelector('[data-recomengine-placement="home_top"]');
      return (host.shadowRoot ?? host).querySelectorAll('img[src="x"]').length;
    });
    assert.equal(injected, 0);
    assertClean(store.seen);
  } finally {
    await store.context.close();
  }
});

/** Every drawn card's image box: a loaded image or a fallback tile, and where its links lead. */
const cardBoxes = (page) => page.evaluate(() => [...document.querySelectorAll('[data-recomengine-placement]')]
  .flatMap((host) => [...(host.shadowRoot ?? host).querySelectorAll('.re:not(.re-skel) .re-card')]).map((card) => {
    const box = card.querySelector('.re-img');
    return {
      image: box?.tagName === 'IMG' && box.complete && box.naturalWidth > 0,
      pendingImage: box?.tagName === 'IMG' && !box.complete,
      tile: !!box?.classList.contains('re-fb') && /\S/.test(box.textContent),
      links: [...card.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    };
  }));

async function assertStill(page, label) {
  await painted(page);
  for (const placement of await page.$$('[data-recomengine-placement]')) {
    await placement.scrollIntoViewIfNeeded(); // lazy images load in view: they must not move anything either
    await painted(page);
  }
  const { cls, shifts } = await layoutShift(page);
  assert.ok(cls < 0.05, `${label}: CLS ${cls.toFixed(4)} ${JSON.stringify(shifts)}`);
  const boxes = await cardBoxes(page);
  assert.ok(boxes.length > 0, `${label}: cards drawn`);
  assert.deepEqual(boxes.filter((b) => !b.image && !b.tile && !b.pendingImage), [], `${label}: a card without an image or a tile`);
  return { cls, boxes };
}

for (const [name, viewport] of [['mobile', { width: 412, height: 823 }], ['desktop', { width: 1100, height: 800 }]]) {
  test(`the demo store (${name}) keeps CLS under 0.05 and every card shows an image or a fallback tile`, async () => {
    const { context, page, seen } = await openPage(browser, null, { viewport });
    try {
      await recordLayoutShifts(page);
      await page.goto(`${app.base}/demo/store`);
      await settled(page, 1);
      await assertStill(page, `demo store, ${name}`);
      if (popular) {
        await page.goto(`${app.base}/demo/store/product/${encodeURIComponent(popular)}`);
        await settled(page, 1);
        await assertStill(page, `product page, ${name}`);
      }
      await screenshot(page, `stable-store-${name}`);
      assertClean(seen);
    } finally {
      await context.close();
    }
  });
}

test('a merchant page of another origin: three placements (one without a widget) with the publishable key, no console error, no 4xx, CLS under 0.05, links absolute', async () => {
  const merchant = await startMerchant(app.base, app.demo.publishableKey, popular ?? '85123A');
  try {
    await allowOrigin(app.base, app.demo, merchant.origin);
    const failed = [];
    const { context, page, seen } = await openPage(browser, null, { viewport: { width: 412, height: 823 } });
    try {
      page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
      await recordLayoutShifts(page);
      // the tenant's allowed origins reach every instance's key check within a few seconds
      await until(async () => {
        await page.goto(merchant.url);
        await settled(page, 3);
        return page.evaluate(() => [...document.querySelectorAll('[data-recomengine-placement]')]
          .every((h) => h.getAttribute('data-recomengine-state') === 'drawn'));
      }, { timeout: 20_000, interval: 1000, message: 'all three placements drawn on the merchant page' });
      failed.length = 0;
      seen.networkErrors.length = 0;
      seen.consoleErrors.length = 0;
      await page.reload();
      await settled(page, 3);
      const { boxes } = await assertStill(page, 'merchant page');
      const links = boxes.flatMap((b) => b.links);
      assert.ok(links.length > 0, 'the configured widgets link their cards');
      for (const href of links) assert.match(href, /^http:\/\/localhost:\d+\/demo\/store\/product\//, 'absolute, to the demo store');
      const footer = await page.evaluate(() => {
        const host = document.querySelector('[data-recomengine-placement="merchant_footer"]');
        return { cards: host.querySelectorAll('.re-card').length, title: host.querySelector('.re-h')?.textContent };
      });
      assert.deepEqual(footer, { cards: 3, title: 'More to discover' }, 'the tenant\'s default, shaped by the attributes');
      assert.deepEqual(failed, [], 'no 4xx or 5xx');
      assert.deepEqual(seen.networkErrors, [], 'no failed request in the console');
      await page.screenshot({ path: `${OUT}merchant-page.png`, fullPage: true });
      assertClean(seen);
    } finally {
      await context.close();
    }
  } finally {
    await merchant.close();
  }
});

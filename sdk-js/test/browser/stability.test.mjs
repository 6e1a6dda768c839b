// The host page stays still while widgets load, fill and fail (Cumulative Layout Shift measured by Chromium's
// PerformanceObserver), and every card shows an image or its fallback tile in the same box.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layoutShift, openPage, painted, recordLayoutShifts, settled, setUp, SCREENSHOTS, sleep } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const MOBILE = { width: 412, height: 823 };
const DESKTOP = { width: 1100, height: 800 };

function assertClean(seen) {
  assert.deepEqual(seen.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(seen.consoleErrors, [], 'console errors or warnings');
}

async function control(query) {
  await fetch(`${env.servers.api}/__control?${query}`);
}

/** Each card of the page: whether it shows a loaded image or a fallback tile, and the box of either. */
const cards = (page) => page.evaluate(() => [...document.querySelectorAll('.re:not(.re-skel) .re-card')].map((card) => {
  const box = card.querySelector('.re-img');
  const rect = box?.getBoundingClientRect();
  return {
    image: box?.tagName === 'IMG' && box.complete && box.naturalWidth > 0,
    tile: box?.classList.contains('re-fb') ? { text: box.textContent, background: getComputedStyle(box).backgroundColor } : null,
    width: Math.round(rect?.width ?? 0), height: Math.round(rect?.height ?? 0),
  };
}));

// The documented integration: the SDK's tag in <head> without async when a placement is in the first screen (its
// skeleton is in place before the first paint); async when every placement is below it (the skeleton appears before
// anyone can see the space it takes).
for (const [mode, spacer] of [['sync', 0], ['async', 1500]]) {
  for (const [name, viewport] of [['mobile', MOBILE], ['desktop', DESKTOP]]) {
    test(`a page with three placements (SDK ${mode}, ${name}) keeps CLS under 0.05 while they load and fill`, async () => {
      await control('renderDelay=700'); // the skeletons are painted well before the answers arrive
      const { context, page, seen } = await openPage(env.browser, null, { viewport });
      try {
        await recordLayoutShifts(page);
        await page.goto(`${env.servers.shop}/three?mode=${mode}&spacer=${spacer}`, { waitUntil: 'commit' });
        await settled(page, 3);
        await painted(page);
        for (const placement of await page.$$('[data-recomengine-placement]')) {
          await placement.scrollIntoViewIfNeeded(); // lazy images load in view: their boxes must not grow either
          await painted(page);
        }
        const { cls, shifts } = await layoutShift(page);
        assert.ok(cls < 0.05, `CLS ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`);
        assert.equal((await cards(page)).length, 8 + 8 + 8);
        if (!spacer) await page.screenshot({ path: new URL(`three-${name}.png`, SCREENSHOTS).pathname, fullPage: true });
        assertClean(seen);
      } finally {
        await control('renderDelay=0');
        await context.close();
      }
    });
  }
}

test('the skeleton has the widget\'s size: filling it changes no height', async () => {
  await control('renderDelay=600');
  const { context, page } = await openPage(env.browser, null, { viewport: MOBILE });
  try {
    await page.goto(`${env.servers.shop}/three?mode=sync`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('[data-recomengine-state="loading"]').length === 3);
    const heights = () => page.evaluate(() => [...document.querySelectorAll('[data-recomengine-placement]')]
      .map((h) => Math.round(h.getBoundingClientRect().height)));
    const reserved = await heights();
    await settled(page, 3);
    const drawn = await heights();
    assert.ok(reserved.every((h) => h > 100), `skeletons take room: ${reserved}`);
    assert.deepEqual(drawn, reserved);
  } finally {
    await control('renderDelay=0');
    await context.close();
  }
});

test('a card without an image, or whose image fails, shows a fallback tile in the same box', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=noimage_home`);
  try {
    await settled(page, 1);
    await page.waitForSelector('.re-card:nth-child(2) .re-fb', { timeout: 5000 });
    await painted(page);
    const all = await cards(page);
    assert.equal(all.length, 8);
    assert.deepEqual(all.filter((c) => !c.image && !c.tile), [], 'no card without an image or a tile');
    assert.deepEqual(all.slice(0, 2).map((c) => c.tile?.text), ['TR', 'MH']);
    const { vectors } = JSON.parse(readFileSync(new URL('../fallback-vectors.json', import.meta.url), 'utf8'));
    const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    assert.deepEqual(all.slice(0, 2).map((c) => c.tile.background),
      ['sku-101', 'sku-102'].map((id) => rgb(vectors.find((v) => v.productId === id).background)),
      'the colours the server puts in the document');
    assert.ok(all.slice(2).every((c) => c.image), 'the other cards show their images');
    assert.ok(all.every((c) => c.width === all[0].width && c.height === all[0].height && c.width === c.height),
      `one square box for images and tiles: ${JSON.stringify(all.map((c) => [c.width, c.height]))}`);
    await page.screenshot({ path: new URL('fallback-tiles.png', SCREENSHOTS).pathname });
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('a widget inherits the page\'s font unless its theme names one', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.shop}/page?placements=carousel_home,grid_home`);
  try {
    await settled(page, 2);
    const fonts = await page.evaluate(() => ({
      page: getComputedStyle(document.body).fontFamily,
      plain: getComputedStyle(document.querySelector('[data-recomengine-placement="carousel_home"] .re-t')).fontFamily,
      themed: getComputedStyle(document.querySelector('[data-recomengine-placement="grid_home"] .re-t')).fontFamily,
    }));
    assert.equal(fonts.plain, fonts.page);
    assert.equal(fonts.themed, 'system-ui, sans-serif');
  } finally {
    await context.close();
  }
});

test('a placement without a widget draws the server\'s default, shaped by the page\'s attributes, with no error', async () => {
  const attrs = encodeURIComponent('data-layout="list" data-limit="3" data-title="More to discover"');
  const { context, page, seen } = await openPage(env.browser,
    `${env.servers.shop}/page?placements=unknown_pdp&attrs=${attrs}`);
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  try {
    await settled(page, 1);
    const drawn = await page.evaluate(() => ({
      layout: [...document.querySelector('.re').classList].find((c) => c !== 're'),
      cards: document.querySelectorAll('.re-card').length,
      title: document.querySelector('.re-h').textContent,
      links: document.querySelectorAll('.re-card a').length,
    }));
    assert.deepEqual(drawn, { layout: 're-list', cards: 3, title: 'More to discover', links: 0 });
    const asked = env.servers.log.requests.find((r) => r.path === '/api/v1/widgets/unknown_pdp/render');
    assert.deepEqual([asked.query.layout, asked.query.limit, asked.query.title, asked.query.productId],
      ['list', '3', 'More to discover', 'sku-101']);
    assert.equal(env.servers.log.requests.some((r) => r.path === '/api/v1/recommendations'), false);
    assert.deepEqual(failed, []);
    assert.deepEqual(seen.networkErrors, []);
    assertClean(seen);
  } finally {
    await context.close();
  }
});

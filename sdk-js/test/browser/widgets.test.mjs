// Drawing widgets in real Chromium: layouts, Shadow DOM, escaping, failure modes, the single global, size.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { HOSTILE } from '../server.mjs';
import { layoutShift, openPage, recordLayoutShifts, settled, setUp, SCREENSHOTS, sleep, until } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const state = (page) => page.evaluate(() => [...document.querySelectorAll('[data-recomengine-placement]')].map((host) => {
  const root = host.shadowRoot ?? host;
  const widget = root.querySelector('.re');
  return {
    placement: host.getAttribute('data-recomengine-placement'),
    hidden: host.hidden && getComputedStyle(host).display === 'none',
    state: host.getAttribute('data-recomengine-state'),
    shadow: !!host.shadowRoot,
    layout: widget ? [...widget.classList].find((c) => c !== 're')?.slice(3) : null,
    cards: root.querySelectorAll('.re-card').length,
    height: host.getBoundingClientRect().height,
    top: host.getBoundingClientRect().top,
  };
}));

function assertClean(seen) {
  assert.deepEqual(seen.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(seen.consoleErrors, [], 'console errors or warnings');
  assert.deepEqual(seen.dialogs, [], 'dialogs (script injection)');
}

for (const layout of ['grid', 'carousel', 'list']) {
  test(`draws the ${layout} layout from the SDUI document`, async () => {
    const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=${layout}_home`);
    try {
      await settled(page, 1);
      const [widget] = await state(page);
      assert.equal(widget.layout, layout);
      assert.equal(widget.cards, 8);
      assert.equal(widget.hidden, false);
      const geometry = await page.evaluate(() => {
        const cards = [...document.querySelectorAll('.re-card')].map((c) => c.getBoundingClientRect());
        const items = document.querySelector('.re-items');
        return { tops: new Set(cards.map((r) => Math.round(r.top))).size, scrolls: items.scrollWidth > items.clientWidth,
          accent: getComputedStyle(document.querySelector('.re-cta')).backgroundColor };
      });
      if (layout === 'grid') assert.equal(geometry.tops, 2, 'two rows of four');
      if (layout === 'carousel') { assert.equal(geometry.tops, 1, 'one row'); assert.equal(geometry.scrolls, true); }
      if (layout === 'list') assert.equal(geometry.tops, 8, 'one card a row');
      const expectedAccent = { grid: 'rgb(37, 99, 235)', carousel: 'rgb(22, 163, 74)', list: 'rgb(147, 51, 234)' }[layout];
      assert.equal(geometry.accent, expectedAccent, 'theme token applied');
      await page.evaluate(() => document.fonts.ready);
      await page.waitForFunction(() => [...document.images].every((i) => {
        const r = i.getBoundingClientRect(); // lazy images outside the carousel's view never load
        return i.complete || r.right <= 0 || r.left >= innerWidth || r.top >= innerHeight;
      }));
      await page.screenshot({ path: new URL(`${layout}.png`, SCREENSHOTS).pathname, fullPage: true });
      assertClean(seen);
    } finally {
      await context.close();
    }
  });
}

test('draws inside a Shadow DOM root, untouched by the page\'s CSS, when asked to', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=grid_home&shadow=1`);
  try {
    await settled(page, 1);
    const [widget] = await state(page);
    assert.equal(widget.shadow, true);
    assert.equal(widget.cards, 8);
    const isolated = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '.re-card { display: none !important } a { color: red !important }';
      document.head.append(style);
      const host = document.querySelector('[data-recomengine-placement]');
      return { lightDom: host.querySelectorAll('.re-card').length, visible: getComputedStyle(host.shadowRoot.querySelector('.re-card')).display,
        globalStyle: !!document.getElementById('recomengine-style') };
    });
    assert.deepEqual(isolated, { lightDom: 0, visible: 'flex', globalStyle: false });
    await page.screenshot({ path: new URL('grid-shadow.png', SCREENSHOTS).pathname, fullPage: true });
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('a hostile product name, badge, title, CTA and URLs stay text: nothing runs, nothing is injected', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=hostile`);
  try {
    await settled(page, 1);
    await sleep(300);
    const found = await page.evaluate(() => {
      const card = document.querySelector('.re-card');
      return {
        title: card.querySelector('.re-t').textContent,
        badge: card.querySelector('.re-b').textContent,
        cta: card.querySelector('.re-cta').textContent,
        widgetTitle: document.querySelector('.re-h').textContent,
        linkHref: card.querySelector('.re-link').getAttribute('href'),
        ctaHref: card.querySelector('.re-cta').getAttribute('href'),
        images: [...card.querySelectorAll('img')].map((i) => i.getAttribute('src')),
        injected: document.querySelectorAll('.re-card img[src="x"], .re-card script, .re-card svg, #pwned').length,
        pwned: window.__pwned ?? null,
        accent: document.querySelector('.re').style.getPropertyValue('--re-accent'),
        font: document.querySelector('.re').style.getPropertyValue('--re-font'),
      };
    });
    assert.equal(found.title, HOSTILE);
    assert.equal(found.badge, '<script>window.__pwned=1</script>');
    assert.equal(found.cta, '"><svg onload=window.__pwned=4>');
    assert.equal(found.widgetTitle, '</style><b id=pwned>x</b>');
    assert.equal(found.linkHref, null, 'javascript: link dropped');
    assert.equal(found.ctaHref, null, 'javascript: CTA dropped');
    assert.deepEqual(found.images, [], 'javascript: image dropped');
    assert.equal(found.injected, 0);
    assert.equal(found.pwned, null);
    assert.equal(found.accent, '');
    assert.equal(found.font, '');
    await page.screenshot({ path: new URL('hostile.png', SCREENSHOTS).pathname });
    await page.locator('.re-card').first().click();
    await sleep(200);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.equal(new URL(page.url()).pathname, '/page');
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('garbage, errors, an empty result and a slow API show nothing; their space collapses once out of view, without a shift', async () => {
  const placements = 'garbage,garbage_json,truncated,error,empty,slow,grid_home';
  const failing = placements.split(',').slice(0, -1);
  const { context, page, seen } = await openPage(env.browser, null);
  try {
    await recordLayoutShifts(page);
    await page.goto(`${env.servers.shop}/page?placements=${placements}`);
    await settled(page, 7);
    const inView = (w) => w.top < 800;
    await until(async () => (await state(page)).every((w) => w.state !== 'empty' || inView(w)),
      { message: 'the placements out of view collapse' });
    let widgets = Object.fromEntries((await state(page)).map((w) => [w.placement, w]));
    for (const name of failing) {
      assert.equal(widgets[name].cards, 0, name);
      assert.ok(widgets[name].state === 'hidden' ? widgets[name].height === 0 : widgets[name].state === 'empty'
        && inView(widgets[name]), `${name}: ${JSON.stringify(widgets[name])}`);
    }
    assert.equal(widgets.garbage.state, 'empty', 'the first placement is in view: its space stays while it is seen');
    assert.equal(widgets.grid_home.cards, 8);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await until(async () => (await state(page)).every((w) => w.placement === 'grid_home' || w.hidden),
      { message: 'every empty placement collapses once out of view' });
    await sleep(1500); // the slow answer (3 s) arrives after the SDK gave up (2 s): it must not be drawn
    widgets = Object.fromEntries((await state(page)).map((w) => [w.placement, w]));
    for (const name of failing) assert.deepEqual([widgets[name].hidden, widgets[name].height], [true, 0], name);
    const { cls, shifts } = await layoutShift(page);
    assert.ok(cls < 0.05, `collapsing out of view moves nothing in view: CLS ${cls.toFixed(4)} ${JSON.stringify(shifts)}`);
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('with the API down the widget is hidden and the page sees no exception and no console error from the SDK', async () => {
  const url = `${env.servers.shop}/page?placements=grid_home,list_home&apiBase=${encodeURIComponent(env.servers.down)}`;
  const { context, page, seen } = await openPage(env.browser, url);
  try {
    await settled(page, 2);
    assert.ok((await state(page)).every((w) => (w.hidden || w.state === 'empty') && w.cards === 0));
    const api = await page.evaluate(() => ({
      track: window.RecomEngine.track({ eventType: 'view', productId: 'sku-1' }),
      flush: window.RecomEngine.flush(),
    }));
    assert.equal(api.track, true);
    await sleep(2500); // the batch fails and is retried in the background, silently
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('render(element) draws a placement a single-page app adds later', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/page?placements=grid_home`);
  try {
    await settled(page, 1);
    const drawn = await page.evaluate(async () => {
      const host = document.createElement('div');
      host.setAttribute('data-recomengine-placement', 'list_spa');
      document.body.append(host);
      const ok = await window.RecomEngine.render(host);
      return { ok, cards: host.querySelectorAll('.re-card').length };
    });
    assert.deepEqual(drawn, { ok: true, cards: 8 });
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('the SDK adds exactly one global, window.RecomEngine', async () => {
  const { context, page, seen } = await openPage(env.browser, `${env.servers.shop}/blank`);
  try {
    const added = await page.evaluate(async (src) => {
      const before = new Set(Object.getOwnPropertyNames(window));
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
      return Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
    }, `${env.servers.api}/sdk/v1/recomengine.js`);
    assert.deepEqual(added, ['RecomEngine']);
    assertClean(seen);
  } finally {
    await context.close();
  }
});

test('the bundle is under 8 KB gzipped', () => {
  const bundle = readFileSync(new URL('../../target/dist/recomengine.js', import.meta.url));
  const size = gzipSync(bundle, { level: 9 }).length;
  assert.ok(size < 8192, `recomengine.js is ${size} bytes gzipped`);
});

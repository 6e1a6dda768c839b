// The whole journey of a new merchant in real Chromium: sign up → tenant → keys → catalog and events through the
// API → widget with the real SDK's preview → experiment started → recommendation events through the API →
// analytics and the live stream show them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, createKey, createTenant, openPage, startExperiment, seedShop, setUp, signUp, until, SCREENSHOTS } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

test('a new merchant goes from sign-up to live analytics', async () => {
  const { context, page, seen } = await openPage(env.browser, env.base);
  try {
    await signUp(page, env.base);
    const tenant = await createTenant(page, 'Flow gift shop');
    assert.match(await page.locator('.notice').textContent(), /Tenant 'Flow gift shop' created/);

    const publishable = await createKey(page, tenant.url, { name: 'Storefront', type: 'publishable' });
    assert.match(publishable, /^rk_pub_/);
    assert.match(await page.locator('#new-snippet').textContent(), /data-api-key="rk_pub_/);
    const secret = await createKey(page, tenant.url, { name: 'Shop server', type: 'secret', permission: 'read-write' });
    assert.match(secret, /^rk_live_/);
    await page.reload();
    assert.equal(await page.locator('#new-key').count(), 0, 'the key is shown once only');

    const shop = api(env.base, secret);
    await seedShop(shop);
    await page.goto(`${tenant.url}/health`);
    await page.getByRole('button', { name: 'Build the models now' }).click();
    await page.locator('.notice').waitFor();
    assert.match(await page.locator('.notice').textContent(), /Models built in/);

    await page.goto(`${tenant.url}/widgets`);
    await page.getByLabel('Placement id').fill('home_top');
    await page.getByRole('button', { name: 'Add widget' }).click();
    await page.waitForURL('**/widgets/home_top');
    await page.getByLabel('Title').fill('Picked for you');
    await page.locator('input[name=layout][value=carousel]').check();
    await page.getByLabel('Columns').fill('3');
    await page.locator('#accent').fill('#e8590c');
    await page.getByRole('button', { name: 'Save widget' }).click();
    await page.locator('.notice').waitFor();
    await until(() => page.locator('[data-preview-status]').getAttribute('data-state'), { message: 'the preview' });
    assert.equal(await page.locator('[data-preview-status]').getAttribute('data-state'), 'drawn',
      await page.locator('[data-preview-status]').textContent());
    const preview = await page.evaluate(() => {
      const host = document.getElementById('preview');
      const root = host.shadowRoot ?? host;
      return { layout: root.querySelector('.re')?.className, cards: root.querySelectorAll('.re-card').length,
        title: root.textContent.includes('Picked for you') };
    });
    assert.match(preview.layout, /carousel/);
    assert.ok(preview.cards > 0, 'the SDK drew cards from the tenant’s data');
    assert.ok(preview.title);
    await page.screenshot({ path: `${SCREENSHOTS}flow-widget-preview.png`, fullPage: true });

    const experimentId = (await startExperiment(page, tenant.url, 'home_top')).split('/').pop();

    const live = await context.newPage();
    await live.goto(`${tenant.url}/live`);
    await until(async () => (await live.locator('[data-live-state]').textContent()) === 'Live', { message: 'the stream' });

    const reco = await shop.get('/api/v1/recommendations?userId=flow-shopper&placementId=home_top&limit=4');
    assert.ok(reco.data.length > 0, 'the engine answers for the placement');
    const meta = { placementId: 'home_top', recommendationId: reco.meta.recommendationId, strategy: reco.meta.strategy,
      experimentId: reco.meta.experimentId ?? experimentId, variant: reco.meta.variant ?? 'control' };
    const at = new Date().toISOString();
    const events = reco.data.map((item) => ({ eventType: 'impression', userId: 'flow-shopper', productId: item.productId, timestamp: at, metadata: meta }));
    events.push({ eventType: 'recommendation_click', userId: 'flow-shopper', productId: reco.data[0].productId, timestamp: at, metadata: meta });
    const report = await shop.post('/api/v1/events/batch', { events });
    assert.equal(report.accepted, events.length);

    // the feed may open with the seeded events of the last seconds (its overlap), so wait for these ones by content
    await until(async () => (await live.locator('[data-feed] tr', { hasText: 'flow-shopper' }).count()) >= events.length,
      { timeout: 10_000, message: 'the events in the live stream' });
    assert.match(await live.locator('[data-feed]').textContent(), /recommendation click/);
    assert.match(await live.locator('[data-feed]').textContent(), /flow-shopper/);
    await until(async () => Number((await live.locator('[data-count=impression]').textContent()).replace(/\D/g, '')) >= reco.data.length,
      { message: 'the impression counter' });
    await live.screenshot({ path: `${SCREENSHOTS}flow-live.png`, fullPage: true });
    await live.close();

    await page.goto(`${tenant.url}/analytics`);
    const tiles = await page.locator('.kpi').allTextContents();
    const impressions = tiles.find((t) => t.includes('Impressions'));
    assert.match(impressions, new RegExp(`\\b${reco.data.length}\\b`), impressions);
    assert.match(tiles.find((t) => t.includes('Clicks')), /\b1\b/);
    assert.match(await page.locator('#breakdown-title + .grid-3').textContent(), /home_top/);
    await page.screenshot({ path: `${SCREENSHOTS}flow-analytics.png`, fullPage: true });

    await page.goto(`${tenant.url}/experiments/${experimentId}`);
    assert.match(await page.locator('.lifts').textContent(), /Click-through rate/);

    assert.deepEqual(seen.pageErrors, [], 'uncaught errors');
    assert.deepEqual(seen.consoleErrors, [], 'console errors');
    assert.deepEqual(seen.failedRequests, [], 'failed requests');
    assert.deepEqual(seen.badResponses, [], 'error responses');
  } finally {
    await context.close();
  }
});

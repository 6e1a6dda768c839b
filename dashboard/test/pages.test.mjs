// Every dashboard page in light and dark, at desktop and phone width: a full-page screenshot of each under
// target/screenshots/ (page-theme-width.png), and on each no console or page error, no failed request, no error
// response, no sideways scrolling on a phone, and a label for every form control.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, createKey, createTenant, openPage, startExperiment, seedShop, setUp, signUp, DESKTOP, PHONE,
  SCREENSHOTS } from './harness.mjs';

const THEMES = ['light', 'dark'];
const WIDTHS = [DESKTOP, PHONE];

let env;
let shop;
before(async () => {
  env = await setUp();
  shop = await prepareShop(env);
});
after(async () => { await shop?.context.close(); await env?.tearDown(); });

/** One signed-in admin with a tenant that has keys, a catalog, events, a widget, a running experiment and
 * an evaluation of its models. */
async function prepareShop({ browser, base }) {
  const { context, page } = await openPage(browser, base);
  const email = await signUp(page, base);
  const tenant = await createTenant(page, 'Sweep tea shop', 'https://tea.example');
  await createKey(page, tenant.url, { name: 'Storefront', type: 'publishable' });
  const secret = await createKey(page, tenant.url, { name: 'Shop server', type: 'secret', permission: 'read-write' });
  const keyId = (await page.locator('a[href$="/revoke"]').first().getAttribute('href')).split('/').at(-2);
  await seedShop(api(base, secret));
  await page.goto(`${tenant.url}/widgets`);
  await page.getByLabel('Placement id').fill('home_top');
  await page.getByRole('button', { name: 'Add widget' }).click();
  await page.waitForURL('**/widgets/home_top');
  const experiment = await startExperiment(page, tenant.url, 'home_top');
  await page.goto(`${tenant.url}/quality`);
  await page.getByRole('button', { name: 'Run the evaluation' }).click();
  await page.locator('table[data-quality]').waitFor();
  await page.goto(`${base}/forgot-password`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: /send/i }).click();
  await page.waitForURL('**/forgot-password?sent');
  await page.goto(`${base}/dev/mailbox`);
  const token = (await page.locator('pre').first().textContent()).match(/token=([\w-]+)/)[1];
  const storageState = await context.storageState();
  return { context, tenant, keyId, experiment, token, storageState };
}

function pages(base) {
  const t = shop.tenant.url;
  return {
    anonymous: [
      ['landing', `${base}/`], ['signup', `${base}/signup`], ['login', `${base}/login`],
      ['forgot-password', `${base}/forgot-password`], ['reset-password', `${base}/reset-password?token=${shop.token}`],
    ],
    signedIn: [
      ['dev-mailbox', `${base}/dev/mailbox`], ['tenants', `${base}/dashboard/tenants`], ['tenant-new', `${base}/dashboard/tenants/new`],
      ['tenant-overview', t], ['tenant-settings', `${t}/settings`],
      ['tenant-suspend', `${t}/suspend`], ['tenant-delete', `${t}/delete`],
      ['keys', `${t}/keys`], ['key-revoke', `${t}/keys/${shop.keyId}/revoke`],
      ['catalog', `${t}/catalog`], ['catalog-search', `${t}/catalog?q=tea`], ['product', `${t}/catalog/product?id=sku-1`],
      ['widgets', `${t}/widgets`], ['widget', `${t}/widgets/home_top`], ['widget-delete', `${t}/widgets/home_top/delete`],
      ['rules', `${t}/rules?placement=home_top&user=shopper-1`], ['rule-new', `${t}/rules/new`],
      ['experiments', `${t}/experiments`], ['experiment-new', `${t}/experiments/new`],
      ['experiment-results', shop.experiment], ['experiment-complete', `${shop.experiment}/complete`],
      ['experiment-delete', `${shop.experiment}/delete`],
      ['analytics', `${t}/analytics`], ['live', `${t}/live`], ['health', `${t}/health`],
      ['quality', `${t}/quality`], ['members', `${t}/members`], ['audit', `${t}/audit`],
    ],
  };
}

/** The page as loaded: controls without a label, sideways scrolling on a phone, and whether it is dark. */
function inspect(page, phone) {
  return page.evaluate((checkScroll) => {
    const unlabelled = [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => !['hidden', 'submit', 'button', 'reset', 'image'].includes(el.type))
      .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label')?.trim()
        && !el.getAttribute('aria-labelledby')?.trim())
      .map((el) => el.outerHTML.slice(0, 120));
    const scroll = checkScroll && document.documentElement.scrollWidth > window.innerWidth
      ? `scrollWidth ${document.documentElement.scrollWidth} > ${window.innerWidth}` : null;
    // On a phone, tables are stacked rows: none may be wider than its box (cut columns in a scroll box).
    const clipped = checkScroll ? [...document.querySelectorAll('.table-wrap')]
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1)
      .map((wrap) => `clipped table ${wrap.scrollWidth} > ${wrap.clientWidth}`) : [];
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
    return { unlabelled, scroll, clipped, dark: 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 };
  }, phone);
}

async function sweep(list, storageState) {
  const problems = [];
  let shots = 0;
  for (const theme of THEMES) {
    for (const viewport of WIDTHS) {
      const { context, page, seen, clear } = await openPage(env.browser, env.base, { viewport, colorScheme: theme,
        storageState });
      await context.addCookies([{ name: 're_theme', value: theme, url: env.base }]);
      try {
        for (const [name, url] of list) {
          clear();
          const response = await page.goto(url, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          const label = `${name}-${theme}-${viewport.width}`;
          await page.screenshot({ path: `${SCREENSHOTS}${label}.png`, fullPage: true });
          shots++;
          const found = await inspect(page, viewport === PHONE);
          const wrong = [
            response.status() >= 400 ? `status ${response.status()}` : null,
            new URL(page.url()).pathname !== new URL(url).pathname ? `redirected to ${page.url()}` : null,
            found.dark !== (theme === 'dark') ? `page is ${found.dark ? 'dark' : 'light'}` : null,
            ...seen.pageErrors, ...seen.consoleErrors, ...seen.failedRequests, ...seen.badResponses,
            ...found.unlabelled.map((html) => `unlabelled control ${html}`), found.scroll, ...found.clipped,
          ].filter(Boolean);
          if (wrong.length) problems.push(`${label}: ${wrong.join('; ')}`);
        }
      } finally {
        await context.close();
      }
    }
  }
  return { problems, shots };
}

test('every account page works in both themes at desktop and phone width', async () => {
  const { problems, shots } = await sweep(pages(env.base).anonymous, undefined);
  assert.equal(shots, pages(env.base).anonymous.length * 4);
  assert.deepEqual(problems, []);
});

test('every page of a tenant works in both themes at desktop and phone width', async () => {
  const { problems, shots } = await sweep(pages(env.base).signedIn, shop.storageState);
  assert.equal(shots, pages(env.base).signedIn.length * 4);
  assert.deepEqual(problems, []);
});

test('the sweep notices an unlabelled control, sideways scrolling and a clipped table', async () => {
  const { context, page } = await openPage(env.browser, env.base, { viewport: PHONE });
  try {
    await page.goto(`${env.base}/login`);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.style.width = '900px';
      document.body.append(input);
      const wrap = document.createElement('div');
      wrap.className = 'table-wrap';
      wrap.style.cssText = 'width: 200px; overflow-x: auto';
      wrap.innerHTML = '<div style="width: 600px">wide</div>';
      document.body.append(wrap);
    });
    const found = await inspect(page, true);
    assert.equal(found.unlabelled.length, 1);
    assert.match(found.scroll, /scrollWidth \d+ > 375/);
    assert.equal(found.clipped.length, 1);
  } finally {
    await context.close();
  }
});

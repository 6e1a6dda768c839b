// The dashboard with the keyboard only (Tab, Shift+Tab, Enter, typing): the skip link, the tenant navigation and
// the create-tenant form, with a visible focus on everything reached.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTenant, openPage, setUp, signUp } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** The focused element as the test reads it: tag, text or label, href, and whether its focus is drawn. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim(), name: el.getAttribute('name'),
      label: el.labels?.[0]?.textContent.trim() ?? el.getAttribute('aria-label'), href: el.getAttribute('href'),
      ring: style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px'),
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

/** Presses Tab until the focused element matches; every element passed on the way must show its focus. */
async function tabTo(page, matches, what) {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.ok(now.ring, `focus is drawn on ${JSON.stringify(now)}`);
    if (matches(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('a keyboard user skips to the content, moves through the tenant navigation and creates a tenant', async () => {
  const { context, page, seen } = await openPage(env.browser, env.base);
  try {
    await signUp(page, env.base);
    const tenant = await createTenant(page, 'Keyboard shop');

    await page.goto(tenant.url);
    const skip = await tabTo(page, (el) => el.href === '#main', 'the skip link');
    assert.equal(skip.text, 'Skip to content');
    assert.ok(skip.onScreen, 'the skip link shows itself when focused');
    await page.keyboard.press('Enter');
    assert.match(page.url(), /#main$/);
    const first = await tabTo(page, () => true, 'anything after the skip');
    assert.ok(await page.evaluate(() => document.querySelector('main').contains(document.activeElement)),
      `after the skip link the focus moves inside main, not ${JSON.stringify(first)}`);

    await page.goto(tenant.url);
    await tabTo(page, (el) => el.text === 'Analytics', 'the Analytics section link');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${tenant.url}/analytics`);
    await tabTo(page, (el) => el.text === 'Widgets', 'the Widgets section link');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${tenant.url}/widgets`);

    await page.goto(`${env.base}/dashboard/tenants`);
    await tabTo(page, (el) => el.text === 'New tenant', 'the New tenant link');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/dashboard/tenants/new');
    await tabTo(page, (el) => el.name === 'name', 'the Name field');
    await page.keyboard.type('Typed shop');
    await tabTo(page, (el) => el.name === 'allowedOrigins', 'the Allowed origins field');
    await page.keyboard.type('https://typed.example');
    await tabTo(page, (el) => el.text === 'Create tenant', 'the Create tenant button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dashboard\/tenants\/[0-9a-f-]{36}$/);
    assert.match(await page.locator('.notice').textContent(), /Tenant 'Typed shop' created/);
    await page.goto(`${page.url()}/settings`);
    assert.equal(await page.getByLabel('Allowed origins').inputValue(), 'https://typed.example');

    assert.deepEqual([...seen.pageErrors, ...seen.consoleErrors, ...seen.failedRequests, ...seen.badResponses], []);
  } finally {
    await context.close();
  }
});

test('the stylesheet draws keyboard focus with :focus-visible', async () => {
  const { context, page } = await openPage(env.browser, env.base);
  try {
    await page.goto(`${env.base}/login`);
    const rules = await page.evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
      .map((rule) => rule.selectorText ?? '').filter((selector) => selector.includes(':focus-visible')));
    assert.ok(rules.length > 0, 'a :focus-visible rule exists');
    await page.locator('body').click();
    await tabTo(page, (el) => el.tag === 'input', 'the first field of the login form');
  } finally {
    await context.close();
  }
});

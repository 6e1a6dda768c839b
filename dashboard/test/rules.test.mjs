// Merchandising rules in real Chromium: a rule whose condition does not type-check shows the server's error as it is
// typed and again when saved, and saves nothing; a pin and an exclusion created through the form change the
// preview's "with rules" list (each changed item naming its rule) while "without rules" stays as it was; the
// product page names the rules that changed its neighbours. Screenshots: rules-list, rules-form, rules-list-375.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, createKey, createTenant, openPage, seedShop, setUp, signUp, until, PHONE, SCREENSHOTS } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** The preview's two lists: product ids in order, and the rule names each item of "with rules" carries. */
async function previewLists(page) {
  const side = (name) => page.locator(`#rules-preview-result [data-side=${name}] li`);
  const ids = async (name) => side(name).evaluateAll((items) => items.map((li) => li.dataset.product));
  const names = await side('with').evaluateAll((items) => items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  const rules = await side('with').evaluateAll((items) => Object.fromEntries(items.map((li) => [li.dataset.product,
    [...li.querySelectorAll('.badge.rule')].map((b) => b.textContent.trim())])));
  return { without: await ids('without'), with: await ids('with'), withNames: names, rules };
}

/** Asks for a preview and waits for the fresh one (the script redraws it in place). */
async function preview(page, placement, user) {
  await page.evaluate(() => document.querySelector('#rules-preview-result [data-preview-verdict]')?.setAttribute('data-stale', ''));
  await page.getByLabel('Placement', { exact: true }).fill(placement);
  await page.getByLabel('Shopper (user id)').fill(user);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.locator('#rules-preview-result [data-preview-verdict]:not([data-stale])').waitFor();
  return previewLists(page);
}

async function conditionVerdict(page, verdict) {
  await until(async () => (await page.locator('[data-condition-check]').getAttribute('class')).split(' ').includes(verdict),
    { message: `the condition check to say ${verdict}` });
}

async function newRule(page, tenantUrl, { name, action, condition = '', fields = {} }) {
  await page.goto(`${tenantUrl}/rules/new`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.locator(`input[name=action][value=${action}]`).check();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  if (condition) {
    await page.getByLabel('Condition', { exact: true }).fill(condition);
    await conditionVerdict(page, 'valid');
  }
}

test('rules made in the form change the preview with rules, not without, and a bad condition saves nothing', async () => {
  const { context, page, seen } = await openPage(env.browser, env.base);
  try {
    await signUp(page, env.base);
    const tenant = await createTenant(page, 'Rules gift shop');
    const secret = await createKey(page, tenant.url, { name: 'Shop server', type: 'secret', permission: 'read-write' });
    await seedShop(api(env.base, secret));
    await page.goto(`${tenant.url}/health`);
    await page.getByRole('button', { name: 'Build the models now' }).click();
    await page.locator('.notice').waitFor();

    const nav = page.getByRole('navigation', { name: 'Tenant sections' });
    await nav.getByRole('link', { name: 'Rules' }).click();
    await page.waitForURL('**/rules');
    assert.match(await page.locator('main').textContent(), /No rules yet/);
    const plain = await preview(page, 'home_top', 'shopper-3');
    assert.ok(plain.without.length >= 6, `the shop has a list to steer: ${plain.without}`);
    assert.deepEqual(plain.with, plain.without, 'without rules both lists are the same');
    assert.ok(plain.withNames.some((name) => /candle/.test(name)), 'the list holds candles to exclude');

    // A condition over a field that does not exist: the check says where as it is typed, and again when saved.
    await page.goto(`${tenant.url}/rules/new`);
    await page.getByLabel('Name', { exact: true }).fill('Colourful');
    await page.locator('input[name=action][value=exclude]').check();
    assert.equal(await page.getByLabel('Factor', { exact: true }).isVisible(), false, 'an exclusion has no factor');
    await page.getByLabel('Condition', { exact: true }).fill('item.price > 2.0 && item.colour == "red"');
    const check = page.locator('[data-condition-check]');
    await conditionVerdict(page, 'invalid');
    assert.match(await check.textContent(), /unknown field of item/);
    assert.match(await check.textContent(), /Line 1, column 21/);
    assert.equal(await page.getByLabel('Condition', { exact: true }).getAttribute('aria-invalid'), 'true');
    await page.screenshot({ path: `${SCREENSHOTS}rules-form.png`, fullPage: true });
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page.locator('#condition-error').waitFor();
    assert.match(await page.locator('#condition-error').textContent(), /Line 1, column 21: unknown field of item/);
    assert.match(await page.locator('.alert').first().textContent(), /Nothing was saved/);
    assert.equal(await page.getByLabel('Condition', { exact: true }).inputValue(), 'item.price > 2.0 && item.colour == "red"');
    await page.goto(`${tenant.url}/rules`);
    assert.match(await page.locator('main').textContent(), /No rules yet/, 'the refused rule was not stored');

    // A pin and an exclusion, made through the form.
    const pinned = plain.without.find((id, i) => i > 0 && !/candle/.test(plain.withNames[i]));
    assert.ok(pinned, 'a product to pin');
    await newRule(page, tenant.url, { name: 'Pinned first', action: 'pin', fields: { 'Product to pin': pinned, Position: '1' } });
    assert.equal(await page.getByLabel('Factor', { exact: true }).isVisible(), false);
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page.waitForURL('**/rules');
    assert.match(await page.locator('.notice').textContent(), /Rule 'Pinned first' created/);
    await newRule(page, tenant.url, { name: 'No candles', action: 'exclude', condition: 'item.category == "Candles"' });
    assert.match(await page.locator('[data-condition-check]').textContent(), /Valid condition/);
    assert.equal(await page.getByLabel('Condition', { exact: true }).getAttribute('aria-invalid'), null);
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page.waitForURL('**/rules');
    assert.deepEqual(await page.locator('#rules tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.rule)),
      ['Pinned first', 'No candles']);

    const ruled = await preview(page, 'home_top', 'shopper-3');
    assert.deepEqual(ruled.without, plain.without, 'the list without rules did not change');
    assert.equal(ruled.with[0], pinned, 'the pinned product is first');
    assert.deepEqual(ruled.rules[pinned], ['Pinned first'], 'the pinned item names its rule');
    assert.ok(!ruled.withNames.some((name) => /candle/.test(name)), `no candle with rules: ${ruled.withNames}`);
    assert.ok(ruled.with.length >= 6, 'the exclusion did not shorten the list: others took the candles\' places');
    assert.ok(await page.locator('#rules-preview-result [data-side=without] li.dropped').count() > 0,
      'the items the rules took out are marked');
    assert.equal(new URL(page.url()).searchParams.get('placement'), 'home_top', 'the preview is in the address');
    await page.screenshot({ path: `${SCREENSHOTS}rules-list.png`, fullPage: true });

    // Disabled, the pin no longer applies.
    await page.getByRole('button', { name: 'Disable Pinned first' }).click();
    await page.locator('.notice', { hasText: "Rule 'Pinned first' disabled" }).waitFor();
    const disabled = await preview(page, 'home_top', 'shopper-3');
    assert.ok(Object.values(disabled.rules).every((names) => !names.includes('Pinned first')), 'no item names the disabled pin');
    assert.ok(!disabled.withNames.some((name) => /candle/.test(name)), 'the exclusion still applies');

    // The product page names the rules that changed an item next to it (a pin on every placement).
    await page.getByRole('button', { name: 'Enable Pinned first' }).click();
    await page.locator('.notice', { hasText: "Rule 'Pinned first' enabled" }).waitFor();
    const anchor = plain.without.find((id) => id !== pinned);
    await page.goto(`${tenant.url}/catalog/product?id=${anchor}`);
    await until(async () => (await page.locator('[data-rules]').count()) > 0, { message: 'rule names on the product page' });
    assert.match(await page.locator('[data-rules]').first().textContent(), /Pinned first/);

    const phone = await openPage(env.browser, env.base, { viewport: PHONE, storageState: await context.storageState() });
    try {
      await phone.page.goto(`${tenant.url}/rules?placement=home_top&user=shopper-3`);
      await phone.page.locator('#rules-preview-result [data-preview-verdict]').waitFor();
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, 'no sideways scrolling on a phone');
      await phone.page.screenshot({ path: `${SCREENSHOTS}rules-list-375.png`, fullPage: true });
      assert.deepEqual([...phone.seen.pageErrors, ...phone.seen.consoleErrors, ...phone.seen.badResponses], []);
    } finally {
      await phone.context.close();
    }

    assert.deepEqual(seen.pageErrors, [], 'uncaught errors');
    assert.deepEqual(seen.consoleErrors, [], 'console errors');
    assert.deepEqual(seen.failedRequests, [], 'failed requests');
    assert.deepEqual(seen.badResponses, [], 'error responses');
  } finally {
    await context.close();
  }
});

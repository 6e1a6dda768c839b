// What the dashboard's browser tests share: the app (started by scripts/with-app.mjs, or by startApp here),
// Debian's Chromium, pages that record every console and network error, and the steps of a new admin's setup.
import { mkdirSync } from 'node:fs';
import { launchBrowser, startApp, TARGET } from './app.mjs';

export const SCREENSHOTS = `${TARGET}screenshots/`;
export const PASSWORD = 'correct-horse-battery';
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 375, height: 812 };

export async function setUp() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  return { app, browser, base: app.base, async tearDown() { await browser.close(); await app.stop(); } };
}

/**
 * A fresh context and page that record uncaught errors, console errors and warnings, failed requests and
 * same-origin responses of 400 or more.
 */
export async function openPage(browser, base, { viewport = DESKTOP, colorScheme = 'light', storageState } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, storageState });
  const page = await context.newPage();
  const seen = { pageErrors: [], consoleErrors: [], failedRequests: [], badResponses: [] };
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.consoleErrors.push(message.text());
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // an EventSource closed by navigation is not a failure of the page
    if (!failure.includes('ERR_ABORTED')) seen.failedRequests.push(`${request.url()} ${failure}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(base)) seen.badResponses.push(`${response.status()} ${response.url()}`);
  });
  const clear = () => { for (const list of Object.values(seen)) list.length = 0; };
  return { context, page, seen, clear };
}

export function uniqueEmail() {
  return `ada-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@shop.test`;
}

export async function signUp(page, base, email = uniqueEmail()) {
  await page.goto(`${base}/signup`);
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/dashboard/tenants/new');
  return email;
}

/** Creates a tenant through the form; returns its id and the URL of its overview. */
export async function createTenant(page, name, origins = '') {
  await page.getByLabel('Name').fill(name);
  if (origins) await page.getByLabel('Allowed origins').fill(origins);
  await page.getByRole('button', { name: 'Create tenant' }).click();
  await page.waitForURL(/\/dashboard\/tenants\/[0-9a-f-]{36}$/);
  const url = page.url();
  return { id: url.split('/').pop(), url };
}

/** Creates a key on the keys page and returns the whole key, read from the page that shows it once. */
export async function createKey(page, tenantUrl, { name, type, permission }) {
  await page.goto(`${tenantUrl}/keys`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.locator(`input[name=type][value=${type}]`).check();
  if (permission) await page.getByLabel('Permissions of a secret key').selectOption(permission);
  await page.getByRole('button', { name: 'Create key' }).click();
  await page.locator('#new-key').waitFor();
  return (await page.locator('#new-key').textContent()).trim();
}

/** Creates and starts an experiment of popular against trending on a placement; returns the URL of its page. */
export async function startExperiment(page, tenantUrl, placement) {
  await page.goto(`${tenantUrl}/experiments/new`);
  await page.getByLabel('Name').fill('Popular against trending');
  await page.getByLabel('Placement').fill(placement);
  await page.getByLabel('Control strategy').selectOption('popular');
  await page.getByLabel('Variant strategy').selectOption('trending');
  await page.getByRole('button', { name: 'Create experiment' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('.badge.status-running').waitFor();
  return page.url();
}

/** The REST API with a key, as a merchant's server calls it. */
export function api(base, key) {
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method, headers: { 'content-type': 'application/json', 'x-api-key': key }, body: body && JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { post: (path, body) => call('POST', path, body), get: (path) => call('GET', path) };
}

/** A small gift shop: 24 products in three categories and a month of views, carts and two-item orders. */
export async function seedShop(shop) {
  const categories = ['Tea', 'Mugs', 'Candles'];
  const products = Array.from({ length: 24 }, (_, i) => ({
    productId: `sku-${i}`, name: `${['Green', 'Smoky', 'Blue', 'Amber'][i % 4]} ${['tea', 'mug', 'candle'][i % 3]} ${i}`,
    category: categories[i % 3], price: 4 + (i % 7) * 2.5, currency: 'GBP', available: i !== 23,
  }));
  await shop.post('/api/v1/catalog/products/batch', { products });
  const events = [];
  const now = Date.now();
  for (let u = 0; u < 40; u++) {
    for (let k = 0; k < 4; k++) {
      const at = new Date(now - ((u * 7 + k * 13) % 72) * 3600_000 - 60_000).toISOString();
      const a = `sku-${(u + k) % 23}`;
      const b = `sku-${(u + k + 5) % 23}`;
      events.push({ eventType: 'view', userId: `shopper-${u}`, productId: a, timestamp: at });
      events.push({ eventType: 'add_to_cart', userId: `shopper-${u}`, productId: b, timestamp: at, sessionId: `s-${u}-${k}` });
      if (k % 2 === 0) {
        const order = { orderId: `o-${u}-${k}`, revenue: 12.5, currency: 'GBP' };
        events.push({ eventType: 'purchase', userId: `shopper-${u}`, productId: a, timestamp: at, metadata: order });
        events.push({ eventType: 'purchase', userId: `shopper-${u}`, productId: b, timestamp: at, metadata: order });
      }
    }
  }
  await shop.post('/api/v1/events/batch', { events: events.slice(0, 1000) });
  if (events.length > 1000) await shop.post('/api/v1/events/batch', { events: events.slice(1000) });
  return products;
}

export async function until(check, { timeout = 8000, interval = 100, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

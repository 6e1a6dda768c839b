// Launches Debian's Chromium through playwright-core (no browser download) and starts the fake API and shop.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServers } from '../server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('../../target/screenshots/', import.meta.url);

// Flags of the workspace's browser notes; Playwright gives every launch a fresh temporary --user-data-dir.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export async function setUp() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) ` +
      'or set CHROMIUM_PATH. The browser tests need it.');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [browser, servers] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS }),
    startServers(),
  ]);
  return { browser, servers, async tearDown() { await browser.close(); await servers.close(); } };
}

const NETWORK_NOISE = /^Failed to load resource/;

/**
 * A fresh context and page that record what the page sees: uncaught errors, console errors (the browser's own
 * "Failed to load resource" network lines are kept apart: those are not the SDK's), and dialogs (alert() is a
 * script injection).
 */
export async function openPage(browser, url, { viewport = { width: 1100, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const seen = { pageErrors: [], consoleErrors: [], networkErrors: [], dialogs: [] };
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    (NETWORK_NOISE.test(message.text()) ? seen.networkErrors : seen.consoleErrors).push(message.text());
  });
  page.on('dialog', (dialog) => { seen.dialogs.push(dialog.message()); void dialog.dismiss(); });
  if (url) await page.goto(url);
  return { context, page, seen };
}

/** The fake API's record: requests and event batches. */
export async function apiLog(servers) {
  return servers.log;
}

export function eventsOf(servers, type) {
  return servers.log.batches.filter((b) => !b.failed).flatMap((b) => b.events).filter((e) => !type || e.eventType === type);
}

export async function until(check, { timeout = 5000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until every placement of the page is drawn, hidden or empty (nothing to show, its space kept in view). */
export async function settled(page, count) {
  await page.waitForFunction((n) => {
    const hosts = [...document.querySelectorAll('[data-recomengine-placement]')];
    const done = hosts.filter((h) => ['drawn', 'hidden', 'empty'].includes(h.getAttribute('data-recomengine-state')));
    return hosts.length >= n && done.length === hosts.length;
  }, count, { timeout: 8000 });
}

/**
 * Starts recording layout shifts before the page's first script (PerformanceObserver 'layout-shift', as the
 * Core Web Vitals library counts them: shifts without recent input).
 */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime),
            sources: (entry.sources ?? []).map((s) => s.node?.nodeName + '.' + (s.node?.className ?? '')) });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The cumulative layout shift so far (the page's whole life: our pages are short). */
export async function layoutShift(page) {
  const shifts = await page.evaluate(() => window.__shifts);
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}

/** Waits until the images in view have loaded (or failed) and two frames have been painted. */
export async function painted(page) {
  await page.waitForFunction(() => [...document.images].every((i) => {
    const r = i.getBoundingClientRect();
    return i.complete || r.right <= 0 || r.left >= innerWidth || r.top >= innerHeight || r.bottom <= 0;
  }));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

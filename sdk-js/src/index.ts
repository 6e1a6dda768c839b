// window.RecomEngine: the one global of the SDK. Everything it does is wrapped so that no failure of ours
// (network, bad data, blocked storage) reaches the host page as an exception or a console error.
import { assignVariant, type Assignment } from './assign';
import { sessionId, store, uuid } from './ids';
import { ImpressionWatcher } from './impressions';
import { EventQueue, type Outcome, type TrackedEvent } from './queue';
import { collapse, draw, hide, reserve, type Shape } from './render';
import { int, text } from './safe';
import { LAYOUTS, readDocument, type Layout, type SduiDocument } from './sdui';

export interface Options {
  /** publishable key, rk_pub_… */
  apiKey: string;
  /** where the API lives; default: the origin the SDK was loaded from */
  apiBase?: string;
  userId?: string | null;
  /** draw widgets inside a Shadow DOM root (isolated from the page's CSS) */
  shadow?: boolean;
  /** false: no events, no storage until consent(true) */
  consent?: boolean;
  /** milliseconds before a widget gives up on the API; default 2000 */
  timeout?: number;
  /** render every marked placement once the DOM is ready; default true */
  autoRender?: boolean;
}

const EVENT_TYPES = ['view', 'click', 'add_to_cart', 'purchase', 'impression', 'recommendation_click'];
const PLACEMENT = '[data-recomengine-placement]';

let options: Options | null = null;
let scriptOrigin = '';
let consented = true;
let anonymousId: string | null = null;
let userId: string | null = null;
let renderScheduled = false;
let queue: EventQueue | null = null;
const session: { id?: string; at?: number } = {};
const widgets = new WeakMap<Element, { token: object; watcher?: ImpressionWatcher }>();

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function apiBase(): string {
  return (options?.apiBase || scriptOrigin || location.origin).replace(/\/+$/, '');
}

function loadIds(): void {
  if (!consented) return;
  anonymousId = anonymousId ?? store.get('aid');
  if (!anonymousId) {
    anonymousId = uuid();
    store.set('aid', anonymousId, true);
  }
  userId = userId ?? store.get('uid');
}

// ---- events -------------------------------------------------------------------------------------------

async function sendBatch(body: string, key: string, keepalive: boolean): Promise<Outcome> {
  const response = await fetch(apiBase() + '/api/v1/events/batch', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': options!.apiKey, 'Idempotency-Key': key },
    body,
    // keepalive lets a batch outlive the page; browsers cap keepalive bodies at 64 KiB
    keepalive: keepalive && body.length < 60_000,
    credentials: 'omit',
    mode: 'cors',
  });
  if (response.ok) return { ok: true };
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    return { retry: true, after: Number(response.headers.get('Retry-After')) || undefined };
  }
  return { drop: true };
}

function startQueue(): void {
  if (queue) return;
  queue = new EventQueue(sendBatch, {
    now: Date.now,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as number),
    random: Math.random,
  }, uuid);
  restoreUnsent();
  addEventListener('pagehide', () => {
    queue!.flushNow(true);
    keepUnsent();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') queue!.flushNow(true);
  });
}

/** Events not known to be delivered wait in localStorage for the next page (the server drops duplicates). */
function keepUnsent(): void {
  if (!consented || !queue) return;
  const unsent = queue.unsent().slice(-200);
  if (unsent.length) store.set('q', JSON.stringify(unsent), false);
  else store.remove('q');
}

function restoreUnsent(): void {
  if (!consented) return;
  const saved = store.get('q');
  if (!saved) return;
  store.remove('q');
  try {
    const events: unknown = JSON.parse(saved);
    if (!Array.isArray(events)) return;
    for (const event of events) {
      if (isObject(event) && typeof event.eventId === 'string' && typeof event.eventType === 'string') {
        queue!.push(event as unknown as TrackedEvent);
      }
    }
  } catch {
    // a damaged entry is dropped
  }
}

function compact(metadata: Json): Json {
  const out: Json = {};
  for (const [name, value] of Object.entries(metadata)) if (value !== undefined && value !== null) out[name] = value;
  return out;
}

function emit(eventType: string, productId: string | undefined, metadata: Json, timestamp?: string): boolean {
  if (!consented || !options || !queue) return false;
  loadIds();
  queue.push({
    eventId: uuid(),
    eventType,
    userId: (userId ?? anonymousId)!,
    productId,
    sessionId: sessionId(true, session),
    timestamp: timestamp ?? new Date().toISOString(),
    // the anonymous id keeps an experiment arm stable across identify() and links the visitor to the user
    metadata: compact({ ...metadata, assignmentId: anonymousId }),
  });
  return true;
}

function track(event: unknown): boolean {
  if (!isObject(event) || !EVENT_TYPES.includes(event.eventType as string)) return false;
  const productId = typeof event.productId === 'string' ? event.productId : undefined;
  const timestamp = typeof event.timestamp === 'string' ? event.timestamp : undefined;
  return emit(event.eventType as string, productId, isObject(event.metadata) ? event.metadata : {}, timestamp);
}

// ---- identity and consent -------------------------------------------------------------------------------

function identify(id: unknown): void {
  userId = typeof id === 'string' && id.trim() ? id.trim().slice(0, 256) : null;
  if (!consented) return;
  if (userId) store.set('uid', userId, true);
  else store.remove('uid');
}

function consent(granted: unknown): void {
  consented = granted !== false;
  if (consented) {
    loadIds();
    return;
  }
  queue?.clear();
  for (const name of ['aid', 'uid', 'q']) store.remove(name);
  try {
    sessionStorage.removeItem('recomengine.s');
  } catch {
    // nothing stored
  }
  anonymousId = null;
  delete session.id;
}

// ---- widgets --------------------------------------------------------------------------------------------

function get(url: string, params: Record<string, string | null | undefined>, signal: AbortSignal) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return fetch(url + '?' + query, {
    headers: { 'X-API-Key': options!.apiKey, Accept: 'application/json' },
    signal,
    credentials: 'omit',
    mode: 'cors',
  });
}

interface Loaded {
  doc: SduiDocument | null;
  /** performance.now() when the response arrived */
  at: number;
}

/**
 * The placement's SDUI document. A placement without a widget of its own gets the tenant's default widget, drawn
 * as the page's attributes ask (layout, columns, limit, title), so the answer is never a 404.
 */
async function load(placementId: string, host: Element): Promise<Loaded> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options!.timeout ?? 2000);
  const { layout, columns, limit, title } = hints(host);
  try {
    const url = `${apiBase()}/api/v1/widgets/${encodeURIComponent(placementId)}/render`;
    const response = await get(url, { userId: userId ?? anonymousId, productId: host.getAttribute('data-product-id'),
      assignmentId: anonymousId, layout, columns, limit, title }, controller.signal);
    const at = performance.now();
    return { doc: response.ok ? readDocument(await response.json(), location.href) : null, at };
  } catch {
    return { doc: null, at: 0 };
  } finally {
    clearTimeout(timer);
  }
}

function metadataOf(doc: SduiDocument, index: number): Json {
  const card = doc.root.children[index];
  return {
    placementId: doc.placementId,
    recommendationId: card.tracking.recommendationId,
    strategy: doc.strategy,
    variant: doc.variant,
    experimentId: doc.experimentId,
    position: card.tracking.position,
  };
}

function cardIndex(target: EventTarget | null): number {
  const card = target instanceof Element ? target.closest('[data-re-i]') : null;
  return card ? Number(card.getAttribute('data-re-i')) : -1;
}

function onClick(event: MouseEvent, doc: SduiDocument): void {
  if (event.type === 'auxclick' && event.button !== 1) return;
  const index = cardIndex(event.target);
  if (index < 0) return;
  const cta = event.target instanceof Element && event.target.closest('.re-cta');
  emit('recommendation_click', doc.root.children[index].productId,
    { ...metadataOf(doc, index), element: cta ? 'cta' : 'card' });
  // the page is probably about to navigate: send now, with keepalive, if the one-a-second rule allows
  queue?.flushNow(true);
}

/** The SDK's share of the time to a drawn widget: response headers → widget in the DOM (the first card title
 * carries elementtiming="recomengine" for when the browser actually painted it). */
function measure(placementId: string, respondedAt: number): void {
  try {
    performance.measure('recomengine:render:' + placementId, { start: respondedAt });
  } catch {
    // older browsers: no measure
  }
}

/** The page's valid placement attributes: what the server's default widget should look like, and the skeleton. */
function hints(host: Element) {
  const attr = (name: string) => host.getAttribute(name);
  const number = (name: string, max: number) => int(Number(attr(name) || NaN), 1, max);
  const layout = attr('data-layout') as Layout;
  const columns = number('data-columns', 6);
  const limit = number('data-limit', 24);
  return {
    layout: LAYOUTS.includes(layout) ? layout : undefined,
    columns: columns ? String(columns) : undefined,
    limit: limit ? String(limit) : undefined,
    title: text(attr('data-title')?.replace(/[\x00-\x1f\x7f]/g, ''), 120),
    rows: number('data-rows', 24),
  };
}

/** The skeleton the page's attributes describe; without them the server's default: a grid of 8 in 4 columns. */
function shapeOf(host: Element): Shape {
  const h = hints(host);
  const layout = h.layout ?? 'grid';
  const columns = Number(h.columns) || (layout === 'list' ? 1 : 4);
  const items = Number(h.limit) || 8;
  const cards = layout === 'carousel' ? Math.min(items, columns + 1)
    : h.rows ? h.rows * (layout === 'list' ? 1 : columns) : items;
  return { layout, columns, cards, title: host.getAttribute('data-title') !== '' };
}

const shadowFor = (host: Element) => {
  const value = host.getAttribute('data-shadow');
  return value !== null ? value !== 'false' : !!options?.shadow;
};

/** Reserves the placement's space: its data-min-height, and a skeleton of its shape. */
function reserveSpace(host: Element): void {
  if (!(host instanceof HTMLElement) || widgets.has(host) || !host.getAttribute('data-recomengine-placement')) return;
  widgets.set(host, { token: {} });
  const min = int(Number(host.getAttribute('data-min-height') || NaN), 1, 10_000);
  if (min) host.style.minHeight = min + 'px';
  reserve(host, shapeOf(host), shadowFor(host));
}

async function renderOne(host: HTMLElement): Promise<boolean> {
  const placementId = host.getAttribute('data-recomengine-placement');
  if (!placementId) return false;
  reserveSpace(host);
  const token = {};
  widgets.get(host)?.watcher?.disconnect();
  widgets.set(host, { token });
  const { doc, at } = await load(placementId, host);
  const state = widgets.get(host);
  if (state?.token !== token) return false; // a newer render of this element took over
  if (!doc || !doc.root.children.length) {
    collapse(host, () => widgets.get(host)?.token === token);
    return false;
  }
  const { widget, cards } = draw(host, doc, shadowFor(host));
  state.watcher = new ImpressionWatcher(cards, (card) => {
    const index = cardIndex(card);
    emit('impression', doc.root.children[index].productId, metadataOf(doc, index));
  });
  const listener = (event: MouseEvent) => {
    try {
      onClick(event, doc);
    } catch {
      // never into the page
    }
  };
  widget.addEventListener('click', listener);
  widget.addEventListener('auxclick', listener);
  measure(placementId, at);
  return true;
}

async function render(target?: Element | string | null): Promise<boolean> {
  try {
    if (!options?.apiKey) return false;
    const hosts = target
      ? [typeof target === 'string' ? document.querySelector(target) : target]
      : Array.from(document.querySelectorAll(PLACEMENT));
    const results = await Promise.all(hosts.map((host) =>
      host instanceof HTMLElement ? renderOne(host).catch(() => (hide(host), false)) : false));
    return results.length > 0 && results.every(Boolean);
  } catch {
    return false;
  }
}

function whenReady(fn: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
  else void Promise.resolve().then(fn);
}

/**
 * Skeletons for the placements already in the page and, while the HTML is still being parsed, for each one as
 * the parser adds it (before the browser paints it): nothing jumps when the skeleton appears.
 */
function reserveWhileParsing(): void {
  const all = () => document.querySelectorAll(PLACEMENT).forEach(reserveSpace);
  all();
  if (document.readyState !== 'loading') return;
  const observer = new MutationObserver(all);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    observer.disconnect();
    all();
  }, { once: true });
}

function init(given: unknown): void {
  if (!isObject(given)) return;
  options = { ...options, ...given } as Options;
  if (typeof given.consent === 'boolean') consent(given.consent);
  loadIds();
  if ('userId' in given) identify(given.userId);
  startQueue();
  if (options.autoRender !== false && !renderScheduled) {
    reserveWhileParsing();
    renderScheduled = true;
    whenReady(() => {
      renderScheduled = false;
      void render();
    });
  }
}

function guard<A extends unknown[], R>(fn: (...args: A) => R, fallback: R) {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch {
      return fallback;
    }
  };
}

const api = {
  /** API version of this global */
  v: 1,
  init: guard(init, undefined),
  identify: guard(identify, undefined),
  track: guard(track, false),
  consent: guard(consent, undefined),
  render,
  /** sends queued events now, if the one-request-a-second rule allows */
  flush: guard(() => queue?.flushNow(false) ?? false, false),
  anonymousId: () => anonymousId,
  /** the server's experiment assignment, computed locally; null where crypto.subtle is unavailable */
  assignVariant: (experimentId: string, userId: string, trafficSplit: number): Promise<Assignment | null> =>
    assignVariant(experimentId, userId, trafficSplit).catch(() => null),
};

declare global {
  interface Window {
    RecomEngine?: unknown;
  }
}

function boot(): void {
  const existing = window.RecomEngine as { v?: number; q?: unknown } | undefined;
  if (existing && existing.v) return; // loaded twice: the first copy stays in charge
  window.RecomEngine = api;
  const script = (document.currentScript ??
    document.querySelector('script[data-api-key][src*="recomengine"]')) as HTMLScriptElement | null;
  const key = script?.getAttribute('data-api-key');
  if (script?.src) scriptOrigin = new URL(script.src, location.href).origin;
  if (key) {
    api.init({
      apiKey: key,
      apiBase: script!.getAttribute('data-api-base') || undefined,
      shadow: script!.hasAttribute('data-shadow') && script!.getAttribute('data-shadow') !== 'false',
      consent: script!.getAttribute('data-consent') !== 'false',
    });
  }
  // calls made before the SDK arrived: window.RecomEngine = {q: [["identify", "u-1"], ...]}
  const calls = existing && Array.isArray(existing.q) ? existing.q : [];
  for (const call of calls) {
    if (!Array.isArray(call)) continue;
    const method = (api as Record<string, unknown>)[call[0]];
    if (typeof method === 'function' && call[0] !== 'v') {
      try {
        method(...call.slice(1));
      } catch {
        // a bad queued call is skipped
      }
    }
  }
}

try {
  boot();
} catch {
  // never into the page
}

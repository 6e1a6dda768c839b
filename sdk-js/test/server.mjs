// A tiny stand-in for RecomEngine and a merchant shop, for the browser tests and the benchmark.
//   api  (its own origin): /sdk/v1/* (the built bundle), /api/v1/widgets/{p}/render, /api/v1/recommendations,
//        /api/v1/events/batch (recorded), /img/{id}.svg; /__log and /__control for the tests.
//   shop (another origin): /page (a merchant page using the SDK), /product/{id}, /blank.
// Placement ids choose what the fake API answers: grid_*, carousel_*, list_* draw that layout; noimage_* a grid
// whose first card has no image and second a broken one; hostile, garbage, garbage_json, error, slow, empty;
// anything else is a placement without a widget: the default document, shaped by layout/columns/limit/title as the
// real server does. /__control?renderDelay=ms delays every render answer.
//   shop /three?mode=async|sync&spacer=px: a plain merchant page with three placements reserving their space.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const API_KEY = 'rk_pub_test_0123456789';
export const HOSTILE = '<img src=x onerror=alert(1)>';

const PRODUCTS = [
  ['sku-101', 'Trail running shoes', 89.9, '#2563eb'], ['sku-102', 'Merino hiking socks', 14.5, '#16a34a'],
  ['sku-103', 'Water bottle 750 ml', 19, '#dc2626'], ['sku-104', 'Rain jacket', 129, '#9333ea'],
  ['sku-105', 'Trekking poles (pair)', 59.95, '#ea580c'], ['sku-106', 'Headlamp 400 lm', 34, '#0891b2'],
  ['sku-107', 'Day pack 22 l', 74, '#4f46e5'], ['sku-108', 'Sun hat', 24.9, '#ca8a04'],
  ['sku-109', 'Compass', 18, '#be123c'], ['sku-110', 'First-aid kit', 29, '#15803d'],
];

const LAYOUT_TOKENS = {
  grid: { accent: '#2563eb', radius: 10, font: 'system-ui, sans-serif', text: '#111827', border: '#e5e7eb' },
  carousel: { accent: '#16a34a', radius: 14, surface: '#f8fafc', text: '#0f172a' },
  list: { accent: '#9333ea', radius: 4, mutedText: '#64748b' },
};

function card(product, i, shop, api, recommendationId) {
  const [id, name, amount] = product;
  return {
    type: 'card', productId: id, title: name, imageUrl: `${api}/img/${id}.svg`, url: `${shop}/product/${id}`,
    price: { amount, currency: 'EUR', display: '€' + amount.toFixed(2) },
    badge: i % 3 === 0 ? 'Trending now' : null,
    cta: { text: 'View', action: { type: 'navigate', url: `${shop}/product/${id}` } },
    tracking: { position: i, recommendationId },
  };
}

export function documentFor(placementId, layout, shop, api, count = 8) {
  const recommendationId = 'rec-' + placementId;
  return {
    schemaVersion: 1, placementId, recommendationId, strategy: 'collaborative', variant: 'variant',
    experimentId: 'exp-42',
    root: {
      type: 'container', layout, columns: layout === 'list' ? 1 : 4, title: `Picked for you (${layout})`,
      style: { tokens: LAYOUT_TOKENS[layout] },
      children: PRODUCTS.slice(0, count).map((p, i) => card(p, i, shop, api, recommendationId)),
    },
  };
}

function hostileDocument(shop, api) {
  const doc = documentFor('hostile', 'grid', shop, api, 3);
  Object.assign(doc.root.children[0], {
    title: HOSTILE, badge: '<script>window.__pwned=1</script>', imageUrl: 'javascript:window.__pwned=2',
    url: 'javascript:window.__pwned=3', cta: { text: '"><svg onload=window.__pwned=4>', action: { type: 'navigate', url: 'javascript:window.__pwned=5' } },
  });
  doc.root.title = '</style><b id=pwned>x</b>';
  doc.root.style.tokens = { accent: 'red;background:url(https://evil.invalid/x)', font: '}</style><script>x</script>' };
  return doc;
}

function svg(id) {
  const product = PRODUCTS.find((p) => p[0] === id) ?? [id, id, 0, '#64748b'];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">` +
    `<rect width="200" height="200" fill="${product[3]}"/><circle cx="100" cy="90" r="45" fill="#fff" opacity=".35"/>` +
    `<text x="100" y="175" font-family="sans-serif" font-size="20" fill="#fff" text-anchor="middle">${id}</text></svg>`;
}

function page(url, api) {
  const q = url.searchParams;
  const placements = (q.get('placements') ?? 'grid_home').split(',');
  const attrs = [`src="${api}/sdk/v1/recomengine.js"`, `data-api-key="${API_KEY}"`, 'async'];
  if (q.get('apiBase')) attrs.push(`data-api-base="${q.get('apiBase')}"`);
  if (q.get('consent')) attrs.push(`data-consent="${q.get('consent')}"`);
  if (q.get('shadow')) attrs.push('data-shadow');
  const stub = q.get('stub') ? `<script>window.RecomEngine={q:[["identify",${JSON.stringify(q.get('stub'))}]]}</script>` : '';
  const spacer = Number(q.get('spacer') ?? 0);
  const extra = q.get('attrs') ?? '';
  const widgets = placements.map((p) =>
    `<div class="slot" data-recomengine-placement="${p}" data-product-id="sku-101" ${extra}></div>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test shop</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Georgia,serif;margin:0;padding:24px;background:#fff}.slot{max-width:1000px;margin:24px auto}
header{font:600 20px system-ui;padding-bottom:12px;border-bottom:1px solid #ddd}</style>
${stub}<script ${attrs.join(' ')}></script></head><body><header>Test shop</header>
<div id="spacer" style="height:${spacer}px"></div>
${widgets}
<div style="height:${Number(q.get('after') ?? 0)}px"></div>
</body></html>`;
}

const PARAGRAPH = '<p>Free delivery from 50 euros, returns within thirty days. This paragraph stands for the ordinary '
  + 'content of a shop page, which must not move when the recommendations arrive.</p>';

/** A plain merchant page: three placements between text, each with the attributes that reserve its space. */
function threePlacements(url, api) {
  const script = `<script src="${api}/sdk/v1/recomengine.js" data-api-key="${API_KEY}"`
    + `${url.searchParams.get('mode') === 'sync' ? '' : ' async'}></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Three placements</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${script}
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0}main{max-width:1000px;margin:0 auto;padding:0 16px}</style>
</head><body><main><h1>A merchant's page</h1>${PARAGRAPH}
<div style="height:${Number(url.searchParams.get('spacer') ?? 0)}px"></div>
<div data-recomengine-placement="grid_three" data-layout="grid" data-columns="4" data-limit="8"></div>${PARAGRAPH}
<div data-recomengine-placement="carousel_three" data-layout="carousel" data-columns="4"></div>${PARAGRAPH}
<div data-recomengine-placement="list_three" data-layout="list" data-limit="8"></div>${PARAGRAPH}
</main></body></html>`;
}

function defaultDocument(placement, query, shop, api) {
  const layout = query.get('layout') ?? 'grid';
  const doc = documentFor(placement, layout, shop, api, Number(query.get('limit') ?? 8));
  Object.assign(doc.root, { columns: Number(query.get('columns') ?? (layout === 'list' ? 1 : 4)),
    title: query.get('title'), style: { tokens: {} } });
  for (const card of doc.root.children) card.url = null;
  doc.root.children.forEach((card) => { card.cta = null; });
  return doc;
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

function body(request) {
  return new Promise((resolve) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startServers() {
  const log = { requests: [], batches: [] };
  const control = { failBatches: 0, renderDelay: 0 };
  let shop = '';
  let api = '';
  const timers = new Set();

  const apiServer = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const origin = request.headers.origin;
    const cors = origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Access-Control-Expose-Headers': 'Retry-After', 'Timing-Allow-Origin': '*' } : { 'Timing-Allow-Origin': '*' };
    const send = (status, type, content, headers = {}) => {
      response.writeHead(status, { 'Content-Type': type, ...cors, ...headers });
      response.end(content);
    };
    const json = (status, value, headers) => send(status, 'application/json', JSON.stringify(value), headers);

    if (url.pathname.startsWith('/sdk/v1/')) {
      try {
        const file = readFileSync(join(root, 'target', 'dist', url.pathname.slice('/sdk/v1/'.length)));
        return send(200, url.pathname.endsWith('.map') ? 'application/json' : 'text/javascript', file);
      } catch {
        return send(404, 'text/plain', 'not built');
      }
    }
    if (url.pathname === '/img/missing.png') return send(404, 'text/plain', 'no such image');
    if (url.pathname.startsWith('/img/')) return send(200, 'image/svg+xml', svg(url.pathname.slice(5, -4)));
    if (url.pathname === '/__log') return json(200, log);
    if (url.pathname === '/__control') {
      control.failBatches = Number(url.searchParams.get('failBatches') ?? 0);
      control.renderDelay = Number(url.searchParams.get('renderDelay') ?? 0);
      if (url.searchParams.has('reset')) { log.requests.length = 0; log.batches.length = 0; }
      return json(200, control);
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'X-API-Key, Content-Type, X-Request-ID, Idempotency-Key', 'Access-Control-Max-Age': '600' });
      return response.end();
    }
    if (!url.pathname.startsWith('/api/v1/')) return send(404, 'text/plain', 'no');
    const entry = { at: Date.now(), method: request.method, path: url.pathname, query: Object.fromEntries(url.searchParams), key: request.headers['x-api-key'] };
    log.requests.push(entry);
    if (request.headers['x-api-key'] !== API_KEY) return json(401, { status: 401, title: 'Unauthorized' }, { 'Content-Type': 'application/problem+json' });

    if (request.method === 'POST' && url.pathname === '/api/v1/events/batch') {
      const text = await body(request);
      if (control.failBatches > 0) {
        control.failBatches--;
        log.batches.push({ at: Date.now(), failed: true, key: request.headers['idempotency-key'], events: JSON.parse(text).events });
        return json(503, { status: 503, title: 'Unavailable' });
      }
      const events = JSON.parse(text).events;
      log.batches.push({ at: Date.now(), key: request.headers['idempotency-key'], events });
      return json(200, { accepted: events.length, duplicates: 0, rejected: 0, results: [] });
    }
    const render = url.pathname.match(/^\/api\/v1\/widgets\/([^/]+)\/render$/);
    if (render) {
      if (control.renderDelay) await new Promise((resolve) => setTimeout(resolve, control.renderDelay));
      const placement = decodeURIComponent(render[1]);
      const layout = placement.split('_')[0];
      if (LAYOUT_TOKENS[layout]) return json(200, documentFor(placement, layout, shop, api));
      switch (placement) {
        case 'hostile': return json(200, hostileDocument(shop, api));
        case 'garbage': return send(200, 'text/html', '<html><body>Bad gateway</body></html>');
        case 'garbage_json': return json(200, { hello: 'world', root: [1, 2, 3] });
        case 'truncated': return send(200, 'application/json', '{"schemaVersion":1,"root":{"type":"conta');
        case 'error': return json(500, { status: 500, title: 'Internal error' });
        case 'empty': { const doc = documentFor(placement, 'grid', shop, api); doc.root.children = []; return json(200, doc); }
        case 'noimage_home': {
          const doc = documentFor(placement, 'grid', shop, api);
          doc.root.children[0].imageUrl = null;
          doc.root.children[1].imageUrl = `${api}/img/missing.png`;
          return json(200, doc);
        }
        case 'slow': {
          const timer = setTimeout(() => { timers.delete(timer); json(200, documentFor(placement, 'grid', shop, api)); }, 3000);
          return timers.add(timer);
        }
        default: return json(200, defaultDocument(placement, url.searchParams, shop, api));
      }
    }
    if (url.pathname === '/api/v1/recommendations') {
      const meta = { recommendationId: 'reco-' + url.searchParams.get('placementId'), strategy: 'popular', placementId: url.searchParams.get('placementId'), experimentId: null, variant: null, cache: 'miss' };
      const data = PRODUCTS.slice(0, Number(url.searchParams.get('limit') ?? 8)).map(([productId, name, price], i) =>
        ({ productId, name, imageUrl: `${api}/img/${productId}.svg`, price, currency: 'EUR', score: 1 - i / 10, reason: 'Popular right now' }));
      return json(200, { data, meta });
    }
    return json(404, { status: 404 });
  });

  const shopServer = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const html = (content) => { response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); response.end(content); };
    if (url.pathname === '/page') return html(page(url, api));
    if (url.pathname === '/three') return html(threePlacements(url, api));
    if (url.pathname.startsWith('/product/')) {
      const id = decodeURIComponent(url.pathname.slice(9));
      url.searchParams.set('placements', 'grid_pdp');
      return html(page(url, api).replace('<header>Test shop</header>', `<header>Product ${id.replace(/[<>&"]/g, '')}</header>`));
    }
    if (url.pathname === '/blank') return html('<!doctype html><html><head><title>blank</title></head><body>blank</body></html>');
    response.writeHead(404);
    response.end();
  });

  api = await listen(apiServer);
  shop = await listen(shopServer);
  // a port that was open a moment ago and is closed now: "the API is down"
  const closedServer = createServer();
  const closed = await listen(closedServer);
  await new Promise((resolve) => closedServer.close(resolve));

  return {
    api, shop, down: closed, log,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      apiServer.closeAllConnections(); shopServer.closeAllConnections();
      await Promise.all([apiServer, shopServer].map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const servers = await startServers();
  console.log(`shop: ${servers.shop}/page?placements=grid_home,carousel_home,list_home\napi:  ${servers.api}`);
}

// A plain merchant page on its own origin using the real application's SDK with a publishable key: three
// placements between ordinary text (a configured grid, a configured carousel and a placement without a widget),
// each with the attributes that reserve its space (docs/sdk.md, "Keeping the page still").
import { createServer } from 'node:http';

const TEXT = 'Our shop sells small gifts: candles, tea sets, bags and paper goods. Orders before 2 pm leave the '
  + 'same day; returns are free for thirty days. This paragraph stands for the ordinary content of a shop page.';

export function merchantHtml(appBase, apiKey, productId) {
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A merchant's page</title>
<meta name="description" content="A plain merchant page with three RecomEngine placements.">
<style>body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2933}
main{max-width:1000px;margin:0 auto;padding:0 16px}header{padding:16px;border-bottom:1px solid #ddd;font-weight:600}
section{margin:24px 0}</style>
<script src="${esc(appBase)}/sdk/v1/recomengine.js" data-api-key="${esc(apiKey)}"></script></head>
<body><header>A merchant's shop</header><main>
<h1>Welcome to our shop</h1><p>${TEXT}</p>
<section><div data-recomengine-placement="home_top" data-layout="grid" data-columns="4" data-limit="8"></div></section>
<p>${TEXT}</p>
<section><div data-recomengine-placement="product_detail" data-product-id="${esc(productId)}" data-layout="carousel"
 data-columns="4"></div></section>
<p>${TEXT}</p>
<section><div data-recomengine-placement="merchant_footer" data-layout="grid" data-columns="3" data-limit="3"
 data-title="More to discover"></div></section>
<p>${TEXT}</p></main></body></html>`;
}

/** Serves the page on a port of its own (another origin than the application). */
export function startMerchant(appBase, apiKey, productId) {
  const html = merchantHtml(appBase, apiKey, productId);
  const server = createServer((request, response) => {
    if (request.url !== '/' && !request.url.startsWith('/?')) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  })));
}

/** Logs in as the demo admin and adds an origin to the demo tenant's allowed origins. */
export async function allowOrigin(appBase, demo, origin) {
  const api = `${appBase}/api/v1`;
  const login = await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: demo.email, password: demo.password }) });
  if (!login.ok) throw new Error(`demo login: ${login.status} ${await login.text()}`);
  const auth = { Authorization: `Bearer ${(await login.json()).accessToken}`, 'Content-Type': 'application/json' };
  const tenant = await (await fetch(`${api}/tenants/${demo.tenantId}`, { headers: auth })).json();
  const current = tenant.config?.allowedOrigins ?? [];
  const patched = await fetch(`${api}/tenants/${demo.tenantId}`, { method: 'PATCH', headers: auth,
    body: JSON.stringify({ allowedOrigins: [...new Set([...current, origin])] }) });
  if (!patched.ok) throw new Error(`allowing ${origin}: ${patched.status} ${await patched.text()}`);
}

/** Some product of the demo store's shelf. */
export async function someProduct(appBase) {
  const html = await (await fetch(`${appBase}/demo/store`)).text();
  const found = /\/demo\/store\/product\/([^"?#]+)"/.exec(html);
  if (!found) throw new Error('the demo store shows no product yet');
  return decodeURIComponent(found[1]);
}

/**
 * Waits until the demo store's home widget has its cards: the demo widgets are created and the recommendation
 * models built a little after the application's banner, later still on a busy machine.
 */
export async function demoReady(app, timeout = 300_000) {
  const end = Date.now() + timeout;
  const headers = { 'X-API-Key': app.demo.secretKey };
  while (Date.now() < end) {
    const config = await fetch(`${app.base}/api/v1/widgets/home_top`, { headers });
    if (config.ok) {
      const doc = await (await fetch(`${app.base}/api/v1/widgets/home_top/render`, { headers })).json();
      if (doc.root?.children?.length >= 4) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the demo store's home widget had no cards within ${timeout / 1000} s`);
}

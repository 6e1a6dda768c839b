// make bench-tenants, the client side (Node 18+, no packages): `node bench/tenants.mjs <phase> <base-url> <work-dir>`.
//   load     one admin, BENCH_TENANTS tenants (keys, raised limits), each with a generated catalog and purchase and
//            view history of Zipf-distributed size (tenant of rank r: about BENCH_MAX_EVENTS / r events over
//            max(30, BENCH_MAX_PRODUCTS / r^0.9) products); writes <work-dir>/tenants.json
//   burst    one batch of 20 new events to every tenant; prints the time it was sent (epoch ms)
//   latency  recommendations over all tenants (uniform): first BENCH_QUERIES queries never asked before (cache
//            misses, most needing the tenant's models read from PostgreSQL under the budget), then the same queries
//            again (cached); prints "uncached p50 p95 p99" and "cached p50 p95 p99" in ms
import { readFileSync, writeFileSync } from "node:fs";

const [phase, base, work] = process.argv.slice(2);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 1000);
const MAX_EVENTS = Number(process.env.BENCH_MAX_EVENTS ?? 60000);
const MAX_PRODUCTS = Number(process.env.BENCH_MAX_PRODUCTS ?? 4000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const DAY = 86_400_000;

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

async function call(method, path, body, headers = {}) {
  const response = await fetch(base + path, {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

async function pool(items, work) {
  let next = 0;
  const results = new Array(items.length);
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  }));
  return results;
}

function shop(rank) {
  const products = Math.max(30, Math.floor(MAX_PRODUCTS / Math.pow(rank, 0.9)));
  const events = Math.max(60, Math.floor(MAX_EVENTS / rank));
  const users = Math.max(20, Math.floor(events / 6));
  return { products, events, users };
}

function catalog(size) {
  return Array.from({ length: size }, (_, i) => ({
    productId: `p${i}`,
    name: `Product ${i} of family ${Math.floor(i / 30)}`,
    category: `Family ${Math.floor(i / 30)}`,
    price: 1 + (i % 50),
    currency: "GBP",
  }));
}

/** Shoppers keep to a favourite family; within it, popular products (Zipf-like) come first. */
function history(size, users, products, now, tag) {
  const families = Math.max(1, Math.floor(products / 30));
  const events = [];
  for (let n = 0; events.length < size; n++) {
    const user = Math.floor(Math.pow(random(), 1.5) * users);
    const family = (user * 7919) % families;
    const inFamily = random() < 0.8;
    const product = inFamily
      ? Math.min(products - 1, family * 30 + Math.floor(random() * random() * 30))
      : Math.floor(random() * random() * products);
    const purchase = random() < 0.4;
    events.push({
      eventId: `${tag}-${n}`,
      eventType: purchase ? "purchase" : "view",
      userId: `u${user}`,
      productId: `p${product}`,
      timestamp: new Date(now - 60_000 - Math.floor(random() * 30 * DAY)).toISOString(),
      ...(purchase ? { metadata: { orderId: `${tag}-o${n}` } } : {}),
    });
  }
  return events;
}

async function load() {
  const email = `tenants-bench-${Date.now()}@bench.test`;
  const password = "bench-password-123";
  await call("POST", "/api/v1/auth/signup", { email, password, name: "Tenants bench" });
  const { accessToken } = await call("POST", "/api/v1/auth/login", { email, password });
  const admin = { Authorization: `Bearer ${accessToken}` };
  const now = Date.now();
  let totalEvents = 0, totalProducts = 0;
  const tenants = await pool(Array.from({ length: TENANTS }, (_, i) => i + 1), async (rank) => {
    const size = shop(rank);
    const { id } = await call("POST", "/api/v1/tenants",
      { name: `Shop ${rank}`, readsPerMinute: 1000000, writesPerMinute: 1000000 }, admin);
    const key = async (permissions) => (await call("POST", `/api/v1/tenants/${id}/api-keys`,
      { name: "bench", type: "secret", permissions }, admin)).key;
    const readKey = await key("read"), writeKey = await key("read-write");
    const write = { "X-API-Key": writeKey };
    await call("POST", "/api/v1/catalog/products/batch", { products: catalog(size.products) }, write);
    const events = history(size.events, size.users, size.products, now, `t${rank}`);
    for (let i = 0; i < events.length; i += 1000) {
      await call("POST", "/api/v1/events/batch", { events: events.slice(i, i + 1000) }, write);
    }
    totalEvents += events.length; totalProducts += size.products;
    return { id, rank, readKey, writeKey, users: size.users, products: size.products };
  });
  writeFileSync(`${work}/tenants.json`, JSON.stringify(tenants));
  console.log(`${TENANTS} ${totalProducts} ${totalEvents}`);
}

async function burst() {
  const tenants = JSON.parse(readFileSync(`${work}/tenants.json`));
  const at = Date.now();
  await pool(tenants, async (t) => call("POST", "/api/v1/events/batch",
    { events: history(20, t.users, t.products, Date.now(), `burst-${t.rank}`) }, { "X-API-Key": t.writeKey }));
  console.log(at);
}

function percentiles(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1);
  return `${at(0.5)} ${at(0.95)} ${at(0.99)}`;
}

async function latency() {
  const tenants = JSON.parse(readFileSync(`${work}/tenants.json`));
  const seen = new Set();
  const queries = [];
  for (let i = 0; queries.length < QUERIES; i++) {
    const t = tenants[Math.floor(random() * tenants.length)];
    const user = random() < 0.5 ? `u${Math.floor(random() * t.users)}` : `new-${i}-${Date.now()}`;
    if (seen.has(t.id + user)) continue;
    seen.add(t.id + user);
    queries.push({ key: t.readKey, path: `/api/v1/recommendations?userId=${user}&limit=10` });
  }
  const timed = async (q) => {
    const started = performance.now();
    const response = await fetch(base + q.path, { headers: { "X-API-Key": q.key } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${q.path}: ${response.status}`);
    return performance.now() - started;
  };
  const uncached = await pool(queries, timed);
  const cached = await pool(queries, timed);
  console.log(`uncached ${percentiles(uncached)}`);
  console.log(`cached ${percentiles(cached)}`);
}

await ({ load, burst, latency })[phase]();

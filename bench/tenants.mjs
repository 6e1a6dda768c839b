// make bench-tenants, the client side (Node 18+, no packages): `node bench/tenants.mjs <phase> <base-url> <work-dir>`.
//   load     one admin, BENCH_TENANTS tenants (keys, raised limits), each with a generated catalog and purchase and
//            view history of Zipf-distributed size (tenant of rank r: about BENCH_MAX_EVENTS / r events over
//            max(30, BENCH_MAX_PRODUCTS / r^0.9) products); writes <work-dir>/tenants.json
//   burst    one batch of 20 new events to every tenant; prints the time it was sent (epoch ms)
//   queries  2 x BENCH_QUERIES recommendation queries over all tenants (uniform; half of known shoppers, half new),
//            none repeated, for wrk (bench/tenants-latency.lua): <work-dir>/warmup.txt and <work-dir>/queries.txt
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

/**
 * Writes the latency phase's queries, one "key path" a line, for wrk (bench/tenants-latency.lua): queries.txt, the
 * measured ones, and warmup.txt, as many others (no query of one is in the other) that warm the JIT first.
 */
async function queries() {
  const tenants = JSON.parse(readFileSync(`${work}/tenants.json`));
  const seen = new Set();
  const lines = [];
  for (let i = 0; lines.length < 2 * QUERIES; i++) {
    const t = tenants[Math.floor(random() * tenants.length)];
    const user = random() < 0.5 ? `u${Math.floor(random() * t.users)}` : `new-${i}-${Date.now()}`;
    if (seen.has(t.id + user)) continue;
    seen.add(t.id + user);
    lines.push(`${t.readKey} /api/v1/recommendations?userId=${user}&limit=10`);
  }
  writeFileSync(`${work}/warmup.txt`, lines.slice(0, QUERIES).join("\n") + "\n");
  writeFileSync(`${work}/queries.txt`, lines.slice(QUERIES).join("\n") + "\n");
}

await ({ load, burst, queries })[phase]();

// The generated TypeScript client against the running application: a store's first hour through the client's typed
// calls, and an error answered as a typed problem. RECOMENGINE_BASE_URL names the application (scripts/api-clients.sh).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  APIKeysApi, AuthApi, CatalogApi, Configuration, EventsApi, EventEventTypeEnum, Problem, ProblemFromJSON,
  RecommendationsApi, ResponseError, TenantsApi,
} from '../../target/typescript';

const basePath = process.env.RECOMENGINE_BASE_URL ?? '';
const PRODUCTS = ['ts-lantern', 'ts-candle', 'ts-holder', 'ts-mug'];

let admin: Configuration;
let keyed: Configuration;
let tenantId: string;

/** The problem a failed call was answered with, read through the client's own model. */
async function problemOf(call: Promise<unknown>): Promise<{ problem: Problem; contentType: string | null }> {
  const error = await call.then(() => assert.fail('the call succeeded'), (e: unknown) => e);
  assert.ok(error instanceof ResponseError, `expected a ResponseError, got ${String(error)}`);
  return { problem: ProblemFromJSON(await error.response.json()), contentType: error.response.headers.get('content-type') };
}

before(() => assert.ok(basePath.startsWith('http'), 'RECOMENGINE_BASE_URL must name the running application'));

test('a store signs up, makes a tenant and a key, sends its catalog and events, and gets recommendations', async () => {
  const email = `ts-${randomUUID()}@shop.example.com`;
  const auth = new AuthApi(new Configuration({ basePath }));
  const account = await auth.signup({ signup: { email, password: 'a-long-password', name: 'TypeScript' } });
  assert.equal(account.email, email);
  const session = await auth.login({ login: { email, password: 'a-long-password' } });
  assert.ok(session.accessToken && session.expiresIn! > 0);
  admin = new Configuration({ basePath, accessToken: session.accessToken! });

  const tenant = await new TenantsApi(admin).createTenant({ tenantRequest: { name: 'TypeScript shop' } });
  tenantId = tenant.id!;
  const key = await new APIKeysApi(admin).issue({
    tenantId, issueKey: { name: 'backend', type: 'secret', permissions: 'read-write' } });
  assert.match(key.key!, /^rk_live_/);
  keyed = new Configuration({ basePath, apiKey: key.key! });

  const catalog = await new CatalogApi(keyed).upsert({ productBatch: { products: PRODUCTS.map((productId, i) => ({
    productId, name: `Product ${productId}`, price: 2.5 + i, currency: 'GBP', category: 'Home',
    attributes: { colour: 'white', rank: i } })) } });
  assert.deepEqual([catalog.accepted, catalog.rejected], [PRODUCTS.length, 0]);
  const product = await new CatalogApi(keyed).getProduct({ productId: PRODUCTS[1] });
  assert.deepEqual([product.name, product.price, product.attributes], [`Product ${PRODUCTS[1]}`, 3.5, { colour: 'white', rank: 1 }]);

  const events = new EventsApi(keyed);
  const batch = await events.batch({ eventBatch: { events: PRODUCTS.flatMap((productId, i) =>
    Array.from({ length: PRODUCTS.length - i }, (_, u) =>
      ({ eventType: EventEventTypeEnum.Purchase, userId: `shopper-${u}`, productId }))) } });
  assert.equal(batch.rejected, 0);
  assert.ok(batch.accepted! > 0);
  const one = await events.one({ event: { eventType: EventEventTypeEnum.View, userId: 'shopper-0', productId: PRODUCTS[1] } });
  assert.equal(one.status, 'accepted');

  const build = await new RecommendationsApi(admin).rebuild({ tenantId });
  assert.ok(build.items! > 0, `items in the build: ${build.items}`);
  const answer = await new RecommendationsApi(keyed).recommend({ productId: PRODUCTS[0], limit: 3 });
  assert.ok(answer.data!.length > 0, 'recommendations around a product of the catalog');
  for (const item of answer.data!) {
    assert.ok(PRODUCTS.includes(item.productId!) && item.productId !== PRODUCTS[0], item.productId);
    assert.equal(typeof item.reason, 'string');
  }
  assert.ok(answer.meta!.recommendationId && answer.meta!.strategy);
});

test('an invalid parameter is answered as a typed problem naming the field', async () => {
  assert.ok(keyed, 'the flow above made a key');
  const { problem, contentType } = await problemOf(new RecommendationsApi(keyed).recommend({ limit: 0 }));
  assert.match(contentType ?? '', /^application\/problem\+json/);
  assert.equal(problem.status, 400);
  assert.ok(problem.errors?.some((e) => e.field === 'limit'), JSON.stringify(problem));
});

test('a call without credentials is answered as a typed 401 problem', async () => {
  const { problem } = await problemOf(new TenantsApi(new Configuration({ basePath })).getTenant({ tenantId }));
  assert.equal(problem.status, 401);
  assert.equal(problem.type, '/problems/unauthorized');
});

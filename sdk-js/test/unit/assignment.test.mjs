import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { assignVariant } from '../../target/lib/assign.mjs';

// Our own vectors (Node crypto) and, once merged, the server's canonical ones: both must hold.
const files = [
  new URL('../assignment-vectors.json', import.meta.url),
  new URL('../../../src/test/resources/experiments/assignment-vectors.json', import.meta.url),
].filter((file) => existsSync(file));

test('the SDK has assignment vectors to check', () => {
  assert.ok(files.length >= 1);
});

for (const file of files) {
  const vectors = JSON.parse(readFileSync(file));
  test(`assigns every vector of ${file.pathname.split('/').slice(-3).join('/')} like the server`, async () => {
    assert.ok(vectors.length >= 20);
    for (const v of vectors) {
      const got = await assignVariant(v.experimentId, v.userId, v.trafficSplit);
      assert.deepEqual(got, { bucket: v.bucket, variant: v.variant }, JSON.stringify(v));
    }
  });
}

test('assignment is stable for a user and splits traffic close to the configured share', async () => {
  let control = 0;
  for (let i = 0; i < 4000; i++) {
    const a = await assignVariant('exp-split', 'visitor-' + i, 30);
    const b = await assignVariant('exp-split', 'visitor-' + i, 30);
    assert.deepEqual(a, b);
    if (a.variant === 'control') control++;
  }
  assert.ok(control > 1080 && control < 1320, `control share ${control / 4000}`);
});

test('control is exactly the buckets below trafficSplit * 100', async () => {
  const { bucket } = await assignVariant('exp-edge', 'user-1', 50);
  const atEdge = bucket / 100;
  assert.equal((await assignVariant('exp-edge', 'user-1', atEdge)).variant, 'variant');
  assert.equal((await assignVariant('exp-edge', 'user-1', atEdge + 0.01)).variant, 'control');
});

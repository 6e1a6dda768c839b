// Writes test/assignment-vectors.json with Node's own crypto, independently of the SDK's code, in the shape the
// server's vectors use: [{experimentId, userId, trafficSplit, bucket, variant}].
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const experiments = [
  '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b',
  '00000000-0000-0000-0000-000000000000',
  'exp-home-top',
  'ÉXP-ünïcode-😀',
];
const users = [
  'user-1', 'user-2', 'u', 'anon-7f9c2ad4-3b1e-4c55-8f0a-2d6e9b1c4a77', 'customer@example.com',
  'Ünïcödé user', '用户-42', '🙂', 'a:b:c', ' leading space', '12345678901234567890',
];
const splits = [1, 10, 33, 50, 90, 99];

const vectors = [];
let i = 0;
for (const experimentId of experiments) {
  for (const userId of users) {
    const trafficSplit = splits[i++ % splits.length];
    const digest = createHash('sha256').update(experimentId + ':' + userId, 'utf8').digest();
    const bucket = Number(digest.readBigUInt64BE(0) % 10000n);
    vectors.push({ experimentId, userId, trafficSplit, bucket, variant: bucket < trafficSplit * 100 ? 'control' : 'variant' });
  }
}
writeFileSync(new URL('../test/assignment-vectors.json', import.meta.url), JSON.stringify(vectors, null, 2) + '\n');
console.log(`${vectors.length} vectors, ${vectors.filter((v) => v.variant === 'control').length} control`);

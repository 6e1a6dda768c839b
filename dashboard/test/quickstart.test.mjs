// The README's quick start, copied as a reader would (scripts/quickstart-test.sh extracts the ```bash quickstart
// block), run with bash against the app under test: it must succeed and print recommendations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ROOT, startApp } from './app.mjs';

test("the README's quick start runs from sign-up to recommendations", async () => {
  const app = await startApp();
  try {
    const run = spawnSync('bash', [`${ROOT}scripts/quickstart-test.sh`], {
      env: { ...process.env, RE: app.base }, encoding: 'utf8', timeout: 120_000,
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /The README's quick start ran: \d+ recommended items printed/);
  } finally {
    await app.stop();
  }
});

// Lighthouse (mobile defaults: simulated slow 4G and 4x CPU slowdown, Moto G Power viewport) on the demo store and
// on a plain merchant page of another origin with three placements, against the real application started on a
// fresh database (test/e2e/app.mjs). Prints performance, accessibility and best-practices scores, CLS, LCP and
// TBT per page. LIGHTHOUSE names the CLI (default: npx lighthouse@12.8.2), RUNS the runs per page (median kept),
// PAGES=store,merchant picks pages.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../test/browser/harness.mjs';
import { OUT, startApp } from '../test/e2e/app.mjs';
import { allowOrigin, demoReady, someProduct, startMerchant } from '../test/e2e/merchant.mjs';

const CLI = (process.env.LIGHTHOUSE ?? 'npx --yes lighthouse@12.8.2').split(' ');
const RUNS = Number(process.env.RUNS ?? 3);
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking '
  + '--disable-component-update --disable-sync';

/** One Lighthouse run; a run whose browser died (a busy machine) is repeated once. */
async function lighthouse(url, name, attempt = 1) {
  const output = join(OUT, `lighthouse-${name}.json`);
  try {
    await run(url, output);
  } catch (e) {
    if (attempt > 1) throw e;
    return lighthouse(url, name, attempt + 1);
  }
  return summary(output);
}

// Not execFileSync: the merchant page is served from this process, whose event loop must keep running.
function run(url, output) {
  return promisify(execFile)(CLI[0], [...CLI.slice(1), url, '--quiet', '--output=json', `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${FLAGS}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 });
}

function summary(output) {
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const score = (c) => Math.round(report.categories[c].score * 100);
  const audit = (a) => report.audits[a].numericValue;
  return { performance: score('performance'), accessibility: score('accessibility'),
    bestPractices: score('best-practices'), cls: audit('cumulative-layout-shift'),
    lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time') };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)];
}

mkdirSync(OUT, { recursive: true });
const app = await startApp();
let merchant;
try {
  await demoReady(app);
  const product = await someProduct(app.base);
  merchant = await startMerchant(app.base, app.demo.publishableKey, product);
  await allowOrigin(app.base, app.demo, merchant.origin);
  const pages = [['demo store', `${app.base}/demo/store`, 'store'], ['merchant page', merchant.url, 'merchant']];
  console.log('| page | performance | accessibility | best practices | CLS | LCP ms | TBT ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const only = process.env.PAGES?.split(',');
  for (const [label, url, name] of pages.filter((p) => !only || only.includes(p[2]))) {
    await lighthouse(url, name + '-warm'); // first visit: JIT, caches and the recommendation models warm up
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(url, `${name}-${i}`));
    const m = median(runs);
    console.log(`| ${label} | ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.cls.toFixed(3)} | `
      + `${Math.round(m.lcp)} | ${Math.round(m.tbt)} |`);
    console.log(`  (runs: ${runs.map((r) => `${r.performance}/${r.cls.toFixed(3)}`).join(', ')}; performance/CLS)`);
  }
} finally {
  await merchant?.close();
  await app.stop();
}

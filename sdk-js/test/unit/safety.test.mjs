import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { safeColor, safeFont, safeUrl, text } from '../../target/lib/safe.mjs';
import { fromRecommendations } from '../../target/lib/sdui.mjs';

test('only http and https URLs pass', () => {
  assert.equal(safeUrl('https://shop.example/p/1'), 'https://shop.example/p/1');
  assert.equal(safeUrl('/p/1', 'https://shop.example/home'), 'https://shop.example/p/1');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x',
    'blob:https://x/1', 'file:///etc/passwd', '//', 'http://', 42, null, undefined, 'x'.repeat(3000)]) {
    assert.equal(safeUrl(bad, 'https://shop.example/'), undefined, String(bad).slice(0, 40));
  }
});

test('a relative path cannot smuggle a scheme', () => {
  assert.equal(safeUrl('javascript:alert(1)//https://shop.example', 'https://shop.example/'), undefined);
  assert.equal(safeUrl('\tjavascript:alert(1)', 'https://shop.example/'), undefined);
});

test('colours and fonts are plain values that cannot break out of a CSS property', () => {
  assert.equal(safeColor('#2563eb'), '#2563eb');
  assert.equal(safeColor('#abc'), '#abc');
  for (const bad of ['red', '#12345', 'url(x)', '#fff;color:red', 'var(--x)', 'expression(alert(1))']) {
    assert.equal(safeColor(bad), undefined, bad);
  }
  assert.equal(safeFont('"Inter", system-ui, sans-serif'), '"Inter", system-ui, sans-serif');
  for (const bad of ['x;}body{display:none', 'url(x)', 'a\\62 c', '</style>']) assert.equal(safeFont(bad), undefined, bad);
});

test('text is bounded and never empty', () => {
  assert.equal(text('  <img src=x onerror=alert(1)>  ', 300), '<img src=x onerror=alert(1)>');
  assert.equal(text('x'.repeat(500), 300).length, 300);
  assert.equal(text('   ', 10), undefined);
  assert.equal(text({ toString: () => 'x' }, 10), undefined);
});

test('a plain recommendations response becomes a drawable document', () => {
  const doc = fromRecommendations({
    data: [
      { productId: 'p 1', name: 'Mug', imageUrl: 'https://cdn.example/m.jpg', price: 12.5, currency: 'EUR', score: 0.9, reason: 'Trending now' },
      { productId: 'p2', name: '<b>Bold</b>', imageUrl: 'javascript:x', price: 'free', currency: 'euro', score: 0.5, reason: null },
      { name: 'no id' },
    ],
    meta: { recommendationId: 'r-1', strategy: 'trending', placementId: 'pdp', experimentId: null, variant: null, cache: 'hit' },
  }, 'pdp', { layout: 'list', columns: '3', productUrl: '/products/{productId}', locale: 'en-US' }, 'https://shop.example/x');
  assert.equal(doc.root.layout, 'list');
  assert.equal(doc.root.columns, 3);
  assert.equal(doc.strategy, 'trending');
  assert.equal(doc.root.children.length, 2);
  const [mug, bold] = doc.root.children;
  assert.equal(mug.url, 'https://shop.example/products/p%201');
  assert.equal(mug.price.display, '€12.50');
  assert.equal(mug.badge, 'Trending now');
  assert.deepEqual(mug.tracking, { position: 0, recommendationId: 'r-1' });
  assert.equal(bold.title, '<b>Bold</b>');
  assert.equal(bold.imageUrl, undefined);
  assert.equal(bold.price, undefined);
});

test('a recommendations response without a recommendationId or data is refused', () => {
  assert.equal(fromRecommendations({ data: [] }, 'p', {}), null);
  assert.equal(fromRecommendations({ meta: { recommendationId: 'r' } }, 'p', {}), null);
  assert.equal(fromRecommendations('<html>', 'p', {}), null);
});

test('the bundle never parses markup: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
  const bundle = readFileSync(new URL('../../target/dist/recomengine.js', import.meta.url), 'utf8');
  for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'createContextualFragment']) {
    assert.equal(bundle.includes(sink), false, sink);
  }
});

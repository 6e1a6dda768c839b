import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { safeColor, safeFont, safeUrl, text } from '../../target/lib/safe.mjs';
import { fallbackOf, readDocument } from '../../target/lib/sdui.mjs';

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

test('the fallback tile matches the server\'s vectors: initials and a colour of the product id', () => {
  const { vectors } = JSON.parse(readFileSync(new URL('../fallback-vectors.json', import.meta.url), 'utf8'));
  for (const v of vectors) {
    assert.deepEqual(fallbackOf(v.productId, v.title), { text: v.text, background: `hsl(${v.hue} 42% 38%)` }, v.productId);
  }
});

test('every card of a document carries a fallback tile, whether or not it has an image', () => {
  const doc = readDocument({ schemaVersion: 1, placementId: 'p', recommendationId: 'r', root: { type: 'container',
    children: [{ type: 'card', productId: 'sku-1', title: 'Mug', imageUrl: 'javascript:x', tracking: {} },
      { type: 'card', productId: 'sku-2', title: 'Tea pot', imageUrl: 'https://cdn.example/t.jpg', tracking: {} }] } });
  assert.equal(doc.root.children[0].imageUrl, undefined);
  assert.deepEqual(doc.root.children.map((c) => c.fallback.text), ['M', 'TP']);
});

test('the bundle never parses markup: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
  const bundle = readFileSync(new URL('../../target/dist/recomengine.js', import.meta.url), 'utf8');
  for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'createContextualFragment']) {
    assert.equal(bundle.includes(sink), false, sink);
  }
});

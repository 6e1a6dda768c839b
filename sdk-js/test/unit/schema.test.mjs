import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { readDocument } from '../../target/lib/sdui.mjs';

const schema = JSON.parse(readFileSync(new URL('../../sdui.schema.json', import.meta.url)));
const sample = JSON.parse(readFileSync(new URL('../fixtures/sdui-sample.json', import.meta.url)));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const copy = () => structuredClone(sample);

test('the sample document satisfies the schema', () => {
  assert.equal(validate(sample), true, JSON.stringify(validate.errors));
});

test('the SDK reads the sample document with every card', () => {
  const doc = readDocument(sample);
  assert.equal(doc.root.layout, 'grid');
  assert.equal(doc.root.children.length, 2);
  assert.equal(doc.root.children[0].price.display, '€89.90');
  assert.equal(doc.root.children[0].cta.url, 'https://shop.example.com/p/sku-1001');
  assert.equal(doc.root.tokens.accent, '#2563eb');
});

const broken = {
  'an unknown schema version': (d) => { d.schemaVersion = 2; },
  'a missing root': (d) => { delete d.root; },
  'an unknown layout': (d) => { d.root.layout = 'masonry'; },
  'too many columns': (d) => { d.root.columns = 7; },
  'a javascript: product URL': (d) => { d.root.children[0].url = 'javascript:alert(1)'; },
  'a colour that is CSS, not a colour': (d) => { d.root.style.tokens.accent = 'red;background:url(//x)'; },
  'a card without a title': (d) => { delete d.root.children[0].title; },
  'an unknown card field': (d) => { d.root.children[0].html = '<b>x</b>'; },
  'a CTA with another action': (d) => { d.root.children[0].cta.action.type = 'eval'; },
};

for (const [what, breakIt] of Object.entries(broken)) {
  test(`the schema rejects ${what}`, () => {
    const doc = copy();
    breakIt(doc);
    assert.equal(validate(doc), false);
  });
}

test('the SDK refuses documents that are not version 1 or have no container', () => {
  for (const garbage of [null, 42, 'html', [], {}, { schemaVersion: 2, root: sample.root }, { ...sample, root: [] },
    { ...sample, root: { ...sample.root, type: 'card' } }, { ...sample, recommendationId: '' }]) {
    assert.equal(readDocument(garbage), null, JSON.stringify(garbage)?.slice(0, 60));
  }
});

test('the SDK keeps a card with a hostile URL but drops the URL', () => {
  const doc = copy();
  doc.root.children[0].url = 'javascript:alert(1)';
  doc.root.children[0].imageUrl = 'data:image/svg+xml,<svg onload=alert(1)>';
  doc.root.children[0].cta.action.url = 'javascript:alert(2)';
  const card = readDocument(doc).root.children[0];
  assert.equal(card.url, undefined);
  assert.equal(card.imageUrl, undefined);
  assert.equal(card.cta.url, undefined);
});

test('the SDK skips cards it cannot draw and ignores unknown fields', () => {
  const doc = copy();
  doc.root.children.push({ type: 'banner', text: 'x' }, { type: 'card', title: 'no id' }, 'junk', null);
  doc.extra = { future: true };
  const read = readDocument(doc);
  assert.equal(read.root.children.length, 2);
  assert.equal('extra' in read, false);
});

test('the SDK drops theme tokens that are not plain colours, fonts or radii', () => {
  const doc = copy();
  Object.assign(doc.root.style.tokens, { accent: 'url(https://evil.example/x)', font: 'x;}body{display:none', radius: 999 });
  const tokens = readDocument(doc).root.tokens;
  assert.equal(tokens.accent, undefined);
  assert.equal(tokens.font, undefined);
  assert.equal(tokens.radius, undefined);
  assert.equal(tokens.text, '#111827');
});

test('the SDK caps the number of cards at 50', () => {
  const doc = copy();
  doc.root.children = Array.from({ length: 80 }, (_, i) => ({ ...sample.root.children[1], productId: 'p' + i }));
  assert.equal(readDocument(doc).root.children.length, 50);
});

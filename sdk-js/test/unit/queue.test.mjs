import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventQueue } from '../../target/lib/queue.mjs';

/** A hand-driven clock: advance(ms) runs due timers in order, letting the queue's promises settle between them. */
function fakeClock() {
  let now = 1_000_000;
  let seq = 0;
  const timers = new Map();
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    now: () => now,
    setTimeout(fn, ms) { const id = ++seq; timers.set(id, { at: now + Math.max(0, ms), fn }); return id; },
    clearTimeout(id) { timers.delete(id); },
    random: () => 0.5,
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await settle();
      }
      now = end;
      await settle();
    },
  };
}

function recorder(outcomes = []) {
  const calls = [];
  const send = async (body, key, keepalive) => {
    calls.push({ at: clock.now(), events: JSON.parse(body).events, key, keepalive });
    const next = outcomes.shift() ?? { ok: true };
    if (next instanceof Error) throw next;
    return next;
  };
  const clock = fakeClock();
  return { calls, send, clock };
}

let keys = 0;
const newKey = () => 'key-' + ++keys;
const event = (n) => ({ eventId: 'e' + n, eventType: 'view', userId: 'u', productId: 'p' + n, timestamp: 't' });

test('events wait a moment and travel together', async () => {
  const { calls, send, clock } = recorder();
  const queue = new EventQueue(send, clock, newKey);
  for (let i = 0; i < 5; i++) queue.push(event(i));
  await clock.advance(499);
  assert.equal(calls.length, 0);
  await clock.advance(1);
  assert.equal(calls.length, 1);
  assert.deepEqual(calls[0].events.map((e) => e.eventId), ['e0', 'e1', 'e2', 'e3', 'e4']);
  assert.equal(queue.size(), 0);
});

test('never more than one request a second, even under a steady stream of events', async () => {
  const { calls, send, clock } = recorder();
  const queue = new EventQueue(send, clock, newKey);
  for (let i = 0; i < 100; i++) {
    queue.push(event(i));
    queue.flushNow(false);
    await clock.advance(50);
  }
  await clock.advance(3000);
  assert.ok(calls.length >= 4);
  for (let i = 1; i < calls.length; i++) assert.ok(calls[i].at - calls[i - 1].at >= 1000, `gap ${calls[i].at - calls[i - 1].at}`);
  assert.equal(calls.flatMap((c) => c.events).length, 100);
});

test('a batch holds at most 50 events', async () => {
  const { calls, send, clock } = recorder();
  const queue = new EventQueue(send, clock, newKey);
  for (let i = 0; i < 120; i++) queue.push(event(i));
  await clock.advance(5000);
  assert.deepEqual(calls.map((c) => c.events.length), [50, 50, 20]);
});

test('a failed batch is retried unchanged, with the same idempotency key, after growing backoff', async () => {
  const { calls, send, clock } = recorder([{ retry: true }, new TypeError('offline'), { retry: true }, { ok: true }]);
  const queue = new EventQueue(send, clock, newKey);
  queue.push(event(1));
  await clock.advance(600);
  queue.push(event(2)); // arrives while the first batch is failing: travels separately, after it
  await clock.advance(60_000);
  assert.equal(calls.length, 5);
  assert.deepEqual(calls.slice(0, 4).map((c) => c.events.map((e) => e.eventId)), [['e1'], ['e1'], ['e1'], ['e1']]);
  assert.equal(new Set(calls.slice(0, 4).map((c) => c.key)).size, 1);
  assert.deepEqual(calls[4].events.map((e) => e.eventId), ['e2']);
  const gaps = [1, 2, 3].map((i) => calls[i].at - calls[i - 1].at);
  assert.deepEqual(gaps, [1000, 2000, 4000]); // base 1 s, doubling (jitter is centred: random() = 0.5)
});

test('the server\'s Retry-After is honoured when longer than the backoff', async () => {
  const { calls, send, clock } = recorder([{ retry: true, after: 30 }]);
  const queue = new EventQueue(send, clock, newKey);
  queue.push(event(1));
  await clock.advance(600);
  await clock.advance(29_000);
  assert.equal(calls.length, 1);
  await clock.advance(2_000);
  assert.equal(calls.length, 2);
});

test('backoff is capped at a minute and a batch is given up after 8 attempts', async () => {
  const { calls, send, clock } = recorder(Array(20).fill({ retry: true }));
  const queue = new EventQueue(send, clock, newKey);
  queue.push(event(1));
  await clock.advance(10 * 60_000);
  assert.equal(calls.length, 8);
  const gaps = calls.slice(1).map((c, i) => c.at - calls[i].at);
  assert.ok(Math.max(...gaps) <= 60_000);
  assert.equal(queue.size(), 0);
});

test('a batch the server refuses (4xx) is dropped, not retried', async () => {
  const { calls, send, clock } = recorder([{ drop: true }]);
  const queue = new EventQueue(send, clock, newKey);
  queue.push(event(1));
  await clock.advance(10_000);
  assert.equal(calls.length, 1);
  assert.equal(queue.size(), 0);
});

test('flushNow sends at once with keepalive, but not within a second of the last request', async () => {
  const { calls, send, clock } = recorder();
  const queue = new EventQueue(send, clock, newKey);
  queue.push(event(1));
  assert.equal(queue.flushNow(true), true);
  await clock.advance(0);
  assert.equal(calls.length, 1);
  assert.equal(calls[0].keepalive, true);
  queue.push(event(2));
  assert.equal(queue.flushNow(true), false);
  await clock.advance(1000);
  assert.equal(calls.length, 2);
  assert.equal(calls[1].keepalive, false);
});

test('while offline the queue keeps the newest 500 events', async () => {
  const { send, clock } = recorder(Array(5).fill({ retry: true }));
  const queue = new EventQueue(send, clock, newKey);
  for (let i = 0; i < 700; i++) queue.push(event(i));
  assert.equal(queue.size(), 500);
  assert.equal(queue.unsent()[0].eventId, 'e200');
});

test('unsent lists in-flight and waiting events; clear forgets them all', async () => {
  let release;
  const clock = fakeClock();
  const queue = new EventQueue(() => new Promise((resolve) => { release = resolve; }), clock, newKey);
  queue.push(event(1));
  await clock.advance(500);
  queue.push(event(2));
  assert.deepEqual(queue.unsent().map((e) => e.eventId), ['e1', 'e2']);
  queue.clear();
  release({ ok: true });
  await clock.advance(5000);
  assert.equal(queue.size(), 0);
});

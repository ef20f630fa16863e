/**
 * GET /api/export stops reading the store once the client has gone: a download cancelled after
 * its first bytes asks for no further claims (a store whose claims never end shows it).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, DEFAULT_LIMITS } from '../../src/server/index.js';
import type { ClaimRecord, Store } from '../../src/store/types.js';
import { fixture, type Fixture } from './helpers.js';

let f: Fixture;
before(async () => {
  f = await fixture();
});
after(async () => {
  await f.cleanup();
});

test('an export cancelled after its first bytes stops pulling claims and closes the store\'s stream', async () => {
  const one = (await f.store.claims({ limit: 1 })).items[0]!;
  let pulled = 0;
  let closed = false;
  async function* endless(): AsyncIterable<ClaimRecord> {
    try {
      for (;;) {
        pulled++;
        if (pulled % 100 === 0) await new Promise((r) => setTimeout(r, 1)); // a page read from the database
        yield one;
      }
    } finally {
      closed = true;
    }
  }
  const store = new Proxy(f.store as Store, {
    get: (t, k) => {
      if (k === 'eachClaim') return endless;
      const v: unknown = Reflect.get(t, k);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
  const app = createApp({ store, token: null, webRoot: f.dir, limits: DEFAULT_LIMITS, version: 'test', log: () => undefined });
  const res = await app.request('/api/export?format=csv');
  assert.equal(res.status, 200);
  const reader = res.body!.getReader();
  const first = await reader.read();
  assert.ok(first.value && first.value.length > 0);
  await reader.cancel();
  const atCancel = pulled;
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(closed, true);
  // At most the claims of the page being read when the client left.
  assert.ok(pulled - atCancel <= 200, `pulled ${pulled - atCancel} claims after the client left`);
});

test('the CSV head leaves before the analyses of its first rows are read, and a later failure cuts the download', { timeout: 15_000 }, async () => {
  // a store whose analyses never arrive: the header row must still reach the client
  let release: (() => void) | undefined;
  const hanging = new Proxy(f.store as Store, {
    get: (t, k) => {
      if (k === 'getAnalyses') return () => new Promise((r) => { release = () => r(new Map()); });
      const v: unknown = Reflect.get(t, k);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
  const app = createApp({ store: hanging, token: null, webRoot: f.dir, limits: DEFAULT_LIMITS, version: 'test', log: () => undefined });
  const res = await app.request('/api/export?format=csv');
  assert.equal(res.status, 200);
  const reader = res.body!.getReader();
  const first = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 2000))]);
  assert.ok(first && first.value, 'no bytes within 2 s while the analyses were pending');
  assert.match(new TextDecoder().decode(first.value), /^[^\n]*,[^\n]*\n/, 'the first bytes are the CSV header row');
  release?.();
  await reader.cancel();
  // the analyses fail after the head has left: the status cannot change any more, the stream errors
  const failing = new Proxy(f.store as Store, {
    get: (t, k) => {
      if (k === 'getAnalyses') return () => Promise.reject(new Error('store down'));
      const v: unknown = Reflect.get(t, k);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
  const app2 = createApp({ store: failing, token: null, webRoot: f.dir, limits: DEFAULT_LIMITS, version: 'test', log: () => undefined });
  const res2 = await app2.request('/api/export?format=csv');
  assert.equal(res2.status, 200);
  await assert.rejects(res2.text());
});

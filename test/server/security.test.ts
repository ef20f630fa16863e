/**
 * Security of the server through `app.request()`: headers on every kind of answer, the access
 * token (header, cookie, one-time ?token=), the Host check against DNS rebinding, cross-origin
 * writes, the loopback rule, and static files that cannot be escaped from.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, fixture, type Fixture } from './helpers.js';
import { CONTENT_SECURITY_POLICY, checkBind, isLoopback, safeRelativePath, tokenMatches } from '../../src/server/index.js';
import { UsageError } from '../../src/errors.js';

const TOKEN = 'k3y-for-tests-0123456789abcdef';

describe('security headers on every answer', () => {
  let f: Fixture;
  before(async () => {
    f = await fixture({ empty: true, limits: { json: 64, upload: 64 } });
  });
  after(async () => {
    await f.cleanup();
  });
  const cases: [string, string, RequestInit, number][] = [
    ['200 JSON', '/api/health', {}, 200],
    ['200 page', '/', {}, 200],
    ['400', '/api/claims?limit=x', {}, 400],
    ['404 API', '/api/none', {}, 404],
    ['404 page', '/no/such/file.js', {}, 404],
    ['405', '/api/claims', { method: 'PUT' }, 405],
    ['413', '/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(100) }, 413],
    ['415', '/api/analyze', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'x' }, 415],
  ];
  for (const [name, path, init, status] of cases) {
    test(name, async () => {
      const r = await call(f.app, path, init);
      assert.equal(r.status, status);
      assert.equal(r.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(r.headers.get('x-frame-options'), 'DENY');
    });
  }

  test('the policy: no inline scripts, no framing, no remote anything', () => {
    const d = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((p) => [p.split(' ')[0], p.split(' ').slice(1).join(' ')]));
    assert.equal(d['default-src'], "'self'");
    assert.equal(d['script-src'], "'self'");
    assert.equal(d['img-src'], "'self' data:");
    assert.equal(d['connect-src'], "'self'");
    assert.equal(d['frame-ancestors'], "'none'");
    assert.equal(d['base-uri'], "'none'");
    assert.equal(d['form-action'], "'self'");
    assert.ok(!CONTENT_SECURITY_POLICY.includes('unsafe'), 'no unsafe-inline / unsafe-eval');
  });

  test('API answers are not cached', async () => {
    assert.equal((await call(f.app, '/api/health')).headers.get('cache-control'), 'no-store');
  });
});

describe('access token', () => {
  let f: Fixture;
  before(async () => {
    f = await fixture({ empty: true, token: TOKEN });
  });
  after(async () => {
    await f.cleanup();
  });

  test('no token: 401 with a JSON error on API and pages alike', async () => {
    for (const path of ['/api/health', '/api/claims', '/', '/assets/x.js', '/api/openapi.json']) {
      const r = await call(f.app, path);
      assert.equal(r.status, 401, path);
      assert.equal(r.body.error.code, 'unauthorized');
      assert.equal(r.headers.get('www-authenticate'), 'Bearer realm="sitrep"');
      assert.ok(!r.text.includes(TOKEN));
    }
  });

  test('Bearer token: 200; a wrong or cut token: 401', async () => {
    assert.equal((await call(f.app, '/api/health', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
    assert.equal((await call(f.app, '/api/health', { headers: { authorization: `bearer ${TOKEN}` } })).status, 200);
    for (const bad of [TOKEN.slice(0, -1), TOKEN + 'x', TOKEN.toUpperCase(), '', 'null']) {
      assert.equal((await call(f.app, '/api/health', { headers: { authorization: `Bearer ${bad}` } })).status, 401, bad);
    }
    assert.equal((await call(f.app, '/api/health', { headers: { authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` } })).status, 401);
  });

  test('writes need it too', async () => {
    const r = await call(f.app, '/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Officials said 7 people were hurt.' });
    assert.equal(r.status, 401);
  });

  test('?token= on a page sets an HttpOnly SameSite cookie and redirects without it; the cookie then works', async () => {
    const res = await f.app.request(`/claims?token=${TOKEN}&speaker=x`);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/claims?speaker=x');
    const cookie = res.headers.get('set-cookie')!;
    assert.match(cookie, /^sitrep_token=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const pair = cookie.split(';')[0]!;
    assert.equal((await call(f.app, '/api/health', { headers: { cookie: `other=1; ${pair}` } })).status, 200);
    assert.equal((await call(f.app, '/api/health', { headers: { cookie: 'sitrep_token=wrong-wrong-wrong-wrong' } })).status, 401);
  });

  test('the ?token= redirect stays on this server', async () => {
    for (const path of [`//evil.example/?token=${TOKEN}`, `/%2F%2Fevil.example/?token=${TOKEN}`]) {
      const res = await f.app.request(`http://localhost${path}`);
      assert.equal(res.status, 303, path);
      const loc = res.headers.get('location')!;
      assert.ok(loc.startsWith('/') && !loc.startsWith('//') && !loc.startsWith('/\\'), loc);
    }
  });

  test('?token= is not accepted on the API (it would end up in logs and history)', async () => {
    assert.equal((await call(f.app, `/api/health?token=${TOKEN}`)).status, 401);
    assert.equal((await call(f.app, '/?token=wrong')).status, 401);
  });

  test('tokenMatches: equal strings only', () => {
    assert.equal(tokenMatches(TOKEN, TOKEN), true);
    assert.equal(tokenMatches(TOKEN.slice(1), TOKEN), false);
    assert.equal(tokenMatches(null, TOKEN), false);
    assert.equal(tokenMatches(undefined, TOKEN), false);
  });
});

describe('loopback rule and Host check', () => {
  test('isLoopback', () => {
    const rows: [string, boolean][] = [
      ['127.0.0.1', true], ['127.1.2.3', true], ['localhost', true], ['::1', true], ['[::1]', true], ['app.localhost', true],
      ['0.0.0.0', false], ['::', false], ['192.168.1.5', false], ['10.0.0.1', false], ['example.org', false], ['localhost.evil.org', false],
    ];
    for (const [h, want] of rows) assert.equal(isLoopback(h), want, h);
  });

  test('checkBind: a non-loopback host needs a token; short tokens are refused', () => {
    assert.doesNotThrow(() => checkBind('127.0.0.1', null));
    assert.doesNotThrow(() => checkBind('0.0.0.0', TOKEN));
    assert.throws(() => checkBind('0.0.0.0', null), (e: unknown) => e instanceof UsageError && /without an access token/.test(e.message));
    assert.throws(() => checkBind('192.168.1.5', null), UsageError);
    assert.throws(() => checkBind('::', null), UsageError);
    assert.throws(() => checkBind('127.0.0.1', 'short'), /too short/);
    assert.throws(() => checkBind('0.0.0.0', 'has spaces in it but is long'), /printable ASCII/);
  });

  test('without a token, requests addressed to another host name are refused (DNS rebinding)', async () => {
    const f = await fixture({ empty: true });
    try {
      assert.equal((await call(f.app, 'http://localhost:8421/api/health')).status, 200);
      assert.equal((await call(f.app, 'http://127.0.0.1:8421/api/health')).status, 200);
      assert.equal((await call(f.app, 'http://[::1]:8421/api/health')).status, 200);
      const evil = await call(f.app, 'http://localhost/api/health', { headers: { host: 'rebind.evil.example:8421' } });
      assert.equal(evil.status, 403);
      assert.equal(evil.body.error.code, 'forbidden');
    } finally {
      await f.cleanup();
    }
  });

  test('writes from another origin are refused', async () => {
    const f = await fixture({ empty: true });
    try {
      const init = (origin: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'text/plain', origin }, body: 'Officials said 7 people were hurt.' });
      assert.equal((await call(f.app, 'http://localhost/api/analyze', init('http://evil.example'))).status, 403);
      assert.equal((await call(f.app, 'http://localhost/api/analyze', init('null'))).status, 403);
      assert.equal((await call(f.app, 'http://localhost/api/analyze', init('http://localhost'))).status, 200);
    } finally {
      await f.cleanup();
    }
  });
});

describe('static desk files', () => {
  let f: Fixture;
  let web: string;
  let outside: string;
  before(async () => {
    outside = mkdtempSync(join(tmpdir(), 'sitrep-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'SECRET');
    const root = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
    web = join(root, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>desk</title><script type="module" src="./assets/index-AbCd1234.js"></script>');
    writeFileSync(join(web, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
    writeFileSync(join(web, 'assets', 'index-AbCd1234.css'), 'body{}');
    writeFileSync(join(web, 'assets', 'marker.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(web, '.env'), 'HIDDEN');
    writeFileSync(join(root, 'sibling.txt'), 'SIBLING');
    symlinkSync(join(outside, 'secret.txt'), join(web, 'assets', 'link.txt'));
    f = await fixture({ empty: true, webRoot: web });
  });
  after(async () => {
    await f.cleanup();
    rmSync(outside, { recursive: true, force: true });
    rmSync(join(web, '..'), { recursive: true, force: true });
  });

  test('files with their content types and caching', async () => {
    const rows: [string, RegExp, string][] = [
      ['/', /^text\/html/, 'no-cache'],
      ['/index.html', /^text\/html/, 'no-cache'],
      ['/assets/index-AbCd1234.js', /^text\/javascript/, 'public, max-age=31536000, immutable'],
      ['/assets/index-AbCd1234.css', /^text\/css/, 'public, max-age=31536000, immutable'],
      ['/assets/marker.svg', /^image\/svg\+xml/, 'no-cache'],
    ];
    for (const [path, type, cache] of rows) {
      const r = await call(f.app, path);
      assert.equal(r.status, 200, path);
      assert.match(r.headers.get('content-type')!, type, path);
      assert.equal(r.headers.get('cache-control'), cache, path);
      assert.equal(r.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });

  test("the desk's own routes get index.html", async () => {
    const r = await call(f.app, '/disputes');
    assert.equal(r.status, 200);
    assert.match(r.text, /<title>desk<\/title>/);
    assert.equal((await call(f.app, '/assets/missing.js')).status, 404);
  });

  test('no way out of the root', async () => {
    const attempts = [
      '/../sibling.txt', '/..%2fsibling.txt', '/%2e%2e/sibling.txt', '/assets/..%2f..%2fsibling.txt', '/%2e%2e%2fsibling.txt',
      '/..%5csibling.txt', '/assets/link.txt', '/.env', '/%2eenv', '/assets/%00.js', '/%E0%A4%A', `/${'a/'.repeat(600)}x.js`,
    ];
    for (const p of attempts) {
      const r = await call(f.app, p);
      assert.notEqual(r.status, 200, p);
      assert.ok(!r.text.includes('SIBLING') && !r.text.includes('SECRET') && !r.text.includes('HIDDEN'), p);
    }
  });

  test('safeRelativePath', () => {
    const rows: [string, string | null][] = [
      ['/', ''], ['/assets/a.js', 'assets/a.js'], ['//assets//a.js', 'assets/a.js'], ['/a%20b.js', 'a b.js'],
      ['/../x', null], ['/a/../../x', null], ['/.git/config', null], ['/a%2fb', null], ['/a%5Cb', null], ['/%zz', null], ['/a\\b', null],
    ];
    for (const [p, want] of rows) assert.equal(safeRelativePath(p), want, p);
  });

  test('POST to a page path is a 404, not a file', async () => {
    assert.equal((await call(f.app, '/index.html', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status, 404);
  });

  test('without a built desk, / explains how to build it (no script)', async () => {
    const g = await fixture({ empty: true, webRoot: join(tmpdir(), 'sitrep-no-such-web-root') });
    try {
      const r = await call(g.app, '/');
      assert.equal(r.status, 200);
      assert.match(r.text, /npm run build/);
      assert.ok(!/<script/i.test(r.text));
    } finally {
      await g.cleanup();
    }
  });
});

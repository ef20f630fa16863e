/**
 * URLs (src/ingest/fetch.ts and readSources): a local HTTP server started by each test serves
 * pages, feeds, redirects, slow and oversized answers. Loopback addresses are refused unless
 * `allowPrivate` is set, which is how these tests reach the server; the redirect test narrows the
 * refused set to one loopback address to show that every redirect target is checked again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ErrorCode, InputError } from '../../src/errors.js';
import { isBlockedAddress } from '../../src/ingest/index.js';
import { fetchUrl } from '../../src/ingest/fetch.js';
import { collect } from './ingest-helpers.js';

const PAGE = '<!doctype html><html lang="en"><head><title>Local page</title><meta property="article:published_time" content="2025-05-16T10:00:00Z"><link rel="canonical" href="/canonical/page"></head><body><article><p>The local server says the crossing is open again.</p></article></body></html>';
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Local feed</title><item><title>One</title><link>/items/1</link><description>First item text.</description></item></channel></rss>';

/** Starts a server on 127.0.0.1 with the given routes; returns its base URL and a closer. */
async function serve(handler: http.RequestListener): Promise<{ base: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

const routes: http.RequestListener = (req, res) => {
  const url = req.url ?? '/';
  if (url === '/page') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  } else if (url === '/feed') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(FEED);
  } else if (url === '/text') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Plain text from the server.');
  } else if (url === '/big') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10_000) });
    res.end('x'.repeat(10_000));
  } else if (url === '/big-chunked') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
    res.end();
  } else if (url === '/bomb') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(1_000_000, 0x61)));
  } else if (url === '/gzip') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.from('Compressed text.')));
  } else if (url === '/hang') {
    // never answers
  } else if (url.startsWith('/redirect/')) {
    const n = Number(url.slice('/redirect/'.length));
    res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/page' });
    res.end();
  } else if (url === '/to-private') {
    const port = (req.socket.address() as AddressInfo).port;
    res.writeHead(301, { location: `http://127.0.0.2:${port}/page` });
    res.end();
  } else if (url === '/to-ftp') {
    res.writeHead(302, { location: 'ftp://example.org/x' });
    res.end();
  } else {
    res.writeHead(404);
    res.end('no');
  }
};

test('isBlockedAddress: private, loopback, link-local, unspecified and mapped forms refused; public allowed', () => {
  const rows: [string, boolean][] = [
    ['127.0.0.1', true], ['127.8.9.10', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false],
    ['192.168.1.1', true], ['169.254.169.254', true], ['0.0.0.0', true], ['100.64.0.1', true], ['224.0.0.1', true],
    ['255.255.255.255', true], ['8.8.8.8', false], ['93.184.216.34', false],
    ['::1', true], ['::', true], ['fe80::1', true], ['fd00::1', true], ['ff02::1', true], ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true], ['::ffff:8.8.8.8', false], ['64:ff9b::10.0.0.1', true], ['2001:db8::1', true],
    ['2a00:1450:4001:80b::200e', false], ['not-an-ip', true],
  ];
  for (const [a, want] of rows) assert.equal(isBlockedAddress(a), want, a);
});

test('a URL to 127.0.0.1 or localhost is refused by default; non-http schemes are refused', async () => {
  const s = await serve(routes);
  try {
    const r = await collect([`${s.base}/page`, s.base.replace('127.0.0.1', 'localhost') + '/page', 'ftp://example.org/file', 'file:///etc/passwd', 'http://[::1]:9/']);
    assert.equal(r.docs.length, 0);
    assert.deepEqual(r.skips.map((k) => k.error.code), [ErrorCode.UrlRefused, ErrorCode.UrlRefused, ErrorCode.UrlRefused, ErrorCode.UrlRefused, ErrorCode.UrlRefused]);
    assert.match(r.skips[0]!.error.message, /refused: 127\.0\.0\.1, a private, loopback/);
    assert.match(r.skips[1]!.error.message, /localhost resolves to (127\.0\.0\.1|::1)/);
    assert.equal((r.skips[0]!.error as InputError).file, `${s.base}/page`);
  } finally {
    await s.close();
  }
});

test('with allowPrivate: a page, a feed and text are read by content type; links resolved against the final URL', async () => {
  const s = await serve(routes);
  try {
    const r = await collect([`${s.base}/page`, `${s.base}/feed`, `${s.base}/text`, `${s.base}/gzip`, `${s.base}/redirect/2`], { allowPrivate: true });
    assert.equal(r.skips.length, 0, JSON.stringify(r.skips.map((k) => k.error.message)));
    const [page, item, text, gz, redirected] = r.docs;
    assert.equal(page!.text, 'Local page\n\nThe local server says the crossing is open again.');
    assert.equal(page!.url, `${s.base}/canonical/page`);
    assert.equal(page!.meta.finalUrl, `${s.base}/page`);
    assert.equal(page!.published, '2025-05-16T10:00:00Z');
    assert.equal(item!.url, `${s.base}/items/1`);
    assert.equal(item!.meta.format, 'rss');
    assert.equal(text!.text, 'Plain text from the server.');
    assert.equal(text!.url, `${s.base}/text`);
    assert.equal(gz!.text, 'Compressed text.');
    assert.equal(redirected!.meta.finalUrl, `${s.base}/page`);
    assert.equal(redirected!.id, page!.id, 'same canonical locator and text: same document');
  } finally {
    await s.close();
  }
});

test('a URL that never answers times out with a clear error', async () => {
  const s = await serve(routes);
  try {
    const t0 = Date.now();
    const r = await collect([`${s.base}/hang`], { allowPrivate: true, timeoutMs: 300 });
    assert.equal(r.skips[0]?.error.code, ErrorCode.Timeout);
    assert.match(r.skips[0]!.error.message, /no complete answer within 300 ms/);
    assert.ok(Date.now() - t0 < 5000);
  } finally {
    await s.close();
  }
});

test('size cap: declared length, chunked body and a decompression bomb are all stopped', async () => {
  const s = await serve(routes);
  try {
    const r = await collect([`${s.base}/big`, `${s.base}/big-chunked`, `${s.base}/bomb`], { allowPrivate: true, maxSize: 4096 });
    assert.equal(r.docs.length, 0);
    assert.deepEqual(r.skips.map((k) => k.error.code), [ErrorCode.TooLarge, ErrorCode.TooLarge, ErrorCode.TooLarge]);
    assert.match(r.skips[0]!.error.message, /response is over the --max-size limit of 4\.0 KB/);
  } finally {
    await s.close();
  }
});

test('redirects: limited in number; each target checked again (a redirect to a refused address or scheme fails)', async () => {
  const s = await serve(routes);
  try {
    const tooMany = await collect([`${s.base}/redirect/3`], { allowPrivate: true, maxRedirects: 2 });
    assert.equal(tooMany.skips[0]?.error.code, ErrorCode.Fetch);
    assert.match(tooMany.skips[0]!.error.message, /more than 2 redirects/);
    const toFtp = await collect([`${s.base}/to-ftp`], { allowPrivate: true });
    assert.equal(toFtp.skips[0]?.error.code, ErrorCode.UrlRefused);
    // Only 127.0.0.2 counts as refused here, so the first hop (127.0.0.1) is fetched and the redirect is not.
    await assert.rejects(
      fetchUrl(`${s.base}/to-private`, { allowPrivate: false, maxSize: 1 << 20, timeoutMs: 2000, maxRedirects: 5, blocked: (a) => a === '127.0.0.2' }),
      (e: unknown) => e instanceof InputError && e.code === ErrorCode.UrlRefused && /127\.0\.0\.2/.test(e.message),
    );
    const notFound = await collect([`${s.base}/missing`], { allowPrivate: true });
    assert.equal(notFound.skips[0]?.error.code, ErrorCode.Fetch);
    assert.match(notFound.skips[0]!.error.message, /HTTP 404/);
  } finally {
    await s.close();
  }
});

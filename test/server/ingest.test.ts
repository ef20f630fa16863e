/**
 * POST /api/ingest: raw uploads with their content type and multipart forms, read by the same
 * readers as `sitrep ingest`, analysed and stored; bad records skipped and listed; a repeated
 * upload changes nothing. The uploads are short fictional texts written for this test.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, fixture, type Fixture } from './helpers.js';

const HTML = `<!doctype html><html><head><title>Shelling in Tetkino</title>
<meta property="og:site_name" content="Border Gazette">
<meta property="article:published_time" content="2025-10-14T08:00:00Z"></head>
<body><article><h1>Shelling in Tetkino</h1>
<p>The regional governor said on Monday that four people were wounded when drones struck a warehouse in Tetkino.</p>
<p>"Emergency crews are working at the site," he told reporters.</p></article></body></html>`;

const JSONL = [
  JSON.stringify({ id: 'post-1', text: 'A district official said 3 houses were damaged overnight.', published: '2025-10-15', source: 'district-channel' }),
  '{"id": "post-2", "text": broken json',
  JSON.stringify({ id: 'post-3', text: 'Police said two cars burned in the market fire.', published: '2025-10-15' }),
].join('\n');

const post = (body: BodyInit, type: string | null, query = ''): RequestInit & { path: string } => ({
  path: `/api/ingest${query}`,
  method: 'POST',
  headers: type ? { 'content-type': type } : {},
  body,
});

describe('POST /api/ingest', () => {
  let f: Fixture;
  before(async () => {
    f = await fixture({ empty: true });
  });
  after(async () => {
    await f.cleanup();
  });

  test('an HTML page: one new document with its title and claims', async () => {
    const { path, ...init } = post(HTML, 'text/html; charset=utf-8', '?name=tetkino.html');
    const r = await call(f.app, path, init);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.counts.new, 1);
    assert.equal(r.body.skipped.length, 0);
    const d = r.body.documents[0];
    assert.equal(d.status, 'new');
    assert.ok(d.claims >= 1);
    const doc = await call(f.app, `/api/documents/${encodeURIComponent(d.id)}`);
    assert.equal(doc.status, 200);
    assert.equal(doc.body.document.title, 'Shelling in Tetkino');
    assert.match(doc.body.document.text, /four people were wounded/);
    assert.ok(!doc.body.document.text.includes('<p>'), 'markup is not part of the text');
  });

  test('the same upload again: unchanged, nothing new', async () => {
    const { path, ...init } = post(HTML, 'text/html', '?name=tetkino.html');
    const r = await call(f.app, path, init);
    assert.equal(r.status, 200);
    assert.equal(r.body.counts.new, 0);
    assert.equal(r.body.counts.unchanged, 1);
    assert.equal((await call(f.app, '/api/stats')).body.documents, 1);
  });

  test('JSON Lines: good lines stored, the broken line skipped and recorded', async () => {
    const { path, ...init } = post(JSONL, 'application/x-ndjson', '?name=posts.jsonl');
    const r = await call(f.app, path, init);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.counts.new, 2);
    assert.deepEqual(r.body.documents.map((d: any) => d.id).sort(), ['post-1', 'post-3']);
    assert.equal(r.body.skipped.length, 1);
    assert.match(r.body.skipped[0].location, /posts\.jsonl:2/);
    assert.match(r.body.skipped[0].code, /^E_/);
    const skips = await call(f.app, '/api/skips');
    assert.equal(skips.body.total, 1);
  });

  test('multipart: each file part read by content, a binary part skipped', async () => {
    const form = new FormData();
    form.append('file', new Blob(['The mayor said the bridge in Sumy was closed after an overnight strike.'], { type: 'text/plain' }), 'note.txt');
    form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], { type: 'application/octet-stream' }), 'picture.html');
    form.append('comment', 'text fields are ignored');
    const r = await call(f.app, '/api/ingest', { method: 'POST', body: form });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.counts.new, 1);
    assert.equal(r.body.skipped.length, 1);
    assert.match(r.body.skipped[0].location, /picture\.html/);
  });

  test('a file name cannot smuggle a path', async () => {
    const { path, ...init } = post('Officials said 9 people were evacuated from Kupiansk.', 'text/plain', `?name=${encodeURIComponent('../../etc/passwd')}`);
    const r = await call(f.app, path, init);
    assert.equal(r.status, 200, r.text);
    const doc = await call(f.app, `/api/documents/${encodeURIComponent(r.body.documents[0].id)}`);
    assert.ok(!String(doc.body.document.source).includes('..'), doc.body.document.source);
  });

  test('an empty upload is a 400; the server goes on', async () => {
    const { path, ...init } = post(new Uint8Array(0), 'text/plain');
    assert.equal((await call(f.app, path, init)).status, 400);
    assert.equal((await call(f.app, '/api/health')).status, 200);
  });
});

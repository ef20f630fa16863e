/**
 * Large inputs. Fast: a 200 MB (sparse) text or page is refused at once by its size, without being
 * read. Slow (SITREP_SLOW_TESTS=1): a 200 MB Telegram export and a 200 MB JSON Lines file are
 * streamed in a child process whose peak memory is checked (it must not grow with the file).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode } from '../../src/errors.js';
import { collect } from './ingest-helpers.js';

const slow = process.env.SITREP_SLOW_TESTS === '1';
const dir = mkdtempSync(join(tmpdir(), 'sitrep-large-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;

/** A sparse file of `size` bytes (no disk space, no time). */
function sparse(name: string, size: number): string {
  const p = join(dir, name);
  const fd = openSync(p, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return p;
}

test('a 200 MB text or page is refused by its size without being read', async () => {
  const before = process.memoryUsage().rss;
  const r = await collect([sparse('big.txt', 200 * MB), sparse('big.html', 200 * MB)], { maxSize: 64 * MB });
  assert.equal(r.docs.length, 0);
  assert.equal(r.skips.length, 2); // both reported, neither dropped silently
  // The .txt is NUL bytes: sniffing the first 64 KB already calls it binary; the size is checked for both either way.
  for (const s of r.skips) assert.ok([ErrorCode.TooLarge, ErrorCode.Binary].includes(s.error.code as never), s.error.message);
  assert.ok(process.memoryUsage().rss - before < 100 * MB);
});

test('a 70 MB text of words (over a 64 MB cap) is refused as too large', async () => {
  const p = join(dir, 'words.txt');
  const out = createWriteStream(p);
  const line = 'The governor said the bridge was closed after the strike on Tuesday night.\n';
  const block = line.repeat(Math.ceil(MB / line.length));
  for (let i = 0; i < 70; i++) if (!out.write(block)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  const r = await collect([p], { maxSize: 64 * MB });
  assert.equal(r.skips[0]?.error.code, ErrorCode.TooLarge);
  assert.match(r.skips[0]!.error.message, /file is 70\.\d MB, which is over the --max-size limit of 64\.0 MB/);
});

/** Writes a Telegram export and a JSON Lines file of about `bytes` each; returns their paths and message counts. */
async function writeBig(bytes: number): Promise<{ tg: string; jl: string; tgCount: number; jlCount: number }> {
  const tg = join(dir, 'result.json');
  const jl = join(dir, 'big.jsonl');
  const a = createWriteStream(tg);
  const b = createWriteStream(jl);
  a.write('{\n "name": "Big Channel (fiction)",\n "type": "public_channel",\n "id": 123,\n "messages": [\n');
  let n = 0, size = 0, jn = 0;
  for (; size < bytes; n++) {
    const m = JSON.stringify({ id: n + 1, type: 'message', date: '2025-05-14T12:41:37', date_unixtime: String(1747215697 + n), from: 'Big Channel (fiction)', text: [`Report ${n}: near `, { type: 'bold', text: 'Lisove' }, ` shelling continued overnight, ${n % 17} houses damaged, officials said.\\x01`] }, null, 1);
    const s = `${n ? ',\n' : ''}  ${m.replace('\\\\x01', '\\x01')}`;
    size += s.length;
    if (!a.write(s)) await once(a, 'drain');
    const r = `${JSON.stringify({ text: `Record ${n}: the administration said ${n % 300} people were evacuated on Friday from the border villages.`, source: 'Northline' })}\n`;
    if (!b.write(r)) await once(b, 'drain');
    jn++;
  }
  for (; jn * 130 < bytes; jn++) {
    const r = `${JSON.stringify({ text: `Record ${jn}: the administration said ${jn % 300} people were evacuated on Friday from the border villages.`, source: 'Northline' })}\n`;
    if (!b.write(r)) await once(b, 'drain');
  }
  a.end('\n ]\n}\n');
  b.end();
  await Promise.all([once(a, 'finish'), once(b, 'finish')]);
  return { tg, jl, tgCount: n, jlCount: jn };
}

test('a 200 MB Telegram export and a 200 MB JSON Lines file are streamed in flat memory', { skip: !slow && 'set SITREP_SLOW_TESTS=1 to run' }, async (t) => {
  const big = await writeBig(200 * MB);
  const mod = fileURLToPath(new URL('../../src/ingest/index.js', import.meta.url));
  const script = `
    const { readSources } = await import(${JSON.stringify(mod)});
    for (const f of process.argv.slice(1)) {
      const t0 = performance.now();
      let docs = 0, skips = 0;
      for await (const e of readSources([f])) e.kind === 'document' ? docs++ : skips++;
      const ms = performance.now() - t0;
      console.log(JSON.stringify({ f, docs, skips, ms, rss: process.resourceUsage().maxRSS * 1024 }));
    }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, big.tg, big.jl], { encoding: 'utf8', maxBuffer: 1 << 24 });
  assert.equal(r.status, 0, r.stderr);
  const [tg, jl] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { docs: number; skips: number; ms: number; rss: number });
  assert.deepEqual([tg!.docs, tg!.skips], [big.tgCount, 0]);
  assert.deepEqual([jl!.docs, jl!.skips], [big.jlCount, 0]);
  t.diagnostic(`telegram: ${tg!.docs} messages in ${(tg!.ms / 1000).toFixed(1)} s (${Math.round(tg!.docs / (tg!.ms / 1000))}/s); jsonl: ${jl!.docs} records in ${(jl!.ms / 1000).toFixed(1)} s (${Math.round(jl!.docs / (jl!.ms / 1000))}/s); peak RSS ${(jl!.rss / MB).toFixed(0)} MB`);
  assert.ok(jl!.rss < 400 * MB, `peak RSS ${(jl!.rss / MB).toFixed(0)} MB`);
});

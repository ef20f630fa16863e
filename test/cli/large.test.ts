/**
 * A 50 MB text through the real binary. Slow (it analyses ~8 million words), so it runs only with
 * SITREP_SLOW_TESTS=1; the README ("Large inputs") records the last measured time and memory.
 * It checks that nothing crashes, that the JSON (far larger than V8's longest string) is complete,
 * and reports the wall time as a test diagnostic.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, tempDir } from './helpers.js';

const slow = process.env.SITREP_SLOW_TESTS === '1';
const tmp = tempDir();
after(() => tmp.cleanup());

/** About `bytes` of news-like English: paragraphs of attributed statements with numbers and dates. */
function newsText(bytes: number): string {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p =
      `The regional governor said on ${days[i % 5]} that ${i % 97} people had been wounded in shelling overnight. ` +
      `"We are repairing the damage as fast as we can," he told reporters. ` +
      `More than ${(i % 50) + 10} drones were shot down, according to officials, and about ${i % 400} troops were moved to the area.\n\n`;
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

test('a 50 MB text is analysed to complete JSON without crashing', { skip: !slow && 'set SITREP_SLOW_TESTS=1 to run' }, (t) => {
  const file = tmp.file('50mb.txt', newsText(50_000_000));
  const outPath = join(tmp.dir, 'out.json');
  const fd = openSync(outPath, 'w');
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [BIN, 'analyze', '--json', file], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  const seconds = (Date.now() - t0) / 1000;
  closeSync(fd);
  t.diagnostic(`50 MB: ${seconds.toFixed(1)} s, JSON ${(statSync(outPath).size / 1e6).toFixed(0)} MB`);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const head = Buffer.alloc(40);
  const tail = Buffer.alloc(40);
  const rd = openSync(outPath, 'r');
  readSync(rd, head, 0, 40, 0);
  readSync(rd, tail, 0, 40, fstatSync(rd).size - 40);
  closeSync(rd);
  assert.match(head.toString(), /^\{\n {2}"id": "[0-9a-f]{16}",/);
  assert.match(tail.toString(), /\n {2}\}\n\}\n$/);
});

// Keep the generator honest when the slow test is skipped: it makes the size it is asked for.
test('newsText makes about the size asked for', () => {
  const s = newsText(10_000);
  assert.ok(s.length >= 10_000 && s.length < 10_500, String(s.length));
});

/**
 * `sitrep analyze` on documents in their author's own voice (fiction written for this test): a
 * statement whose heading names a ministry, and JSON Lines posts that carry their author.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/analyze/types.js';
import { checkSpans, sitrep, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

const STATEMENT = 'Statement of the Ministry of Defence of Ukraine (2 February 2026)\n\nAir defence shot down 27 drones over the Odesa region overnight.\n';
const POSTS = [
  { id: 'p1', text: 'Our drones destroyed 3 enemy tanks near Vovchansk this morning.\n\nThe situation remains difficult.', author: 'Iron Steppe Z', authorType: 'channel', published: '2026-02-02T08:00:00Z' },
  { id: 'p2', text: 'Russian forces fired 40 shells at Nikopol on Sunday.', author: 'Harbour News Agency', published: '2026-02-02T09:00:00Z' },
].map((o) => JSON.stringify(o)).join('\n') + '\n';

test('a statement headed by its author: the report names the ministry as speaker of its own sentences', () => {
  const f = tmp.file('statement.txt', STATEMENT);
  const r = sitrep(['analyze', f]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /published 2026-02-02/);
  assert.match(r.stdout, /Ministry of Defence of Ukraine \(organisation\)\n\s+direct\s+-\s+Air defence shot down 27 drones/);
  const j = sitrep(['analyze', '--json', f]);
  const a = JSON.parse(j.stdout) as Analysis;
  assert.equal(a.author?.rule, 'heading');
  assert.equal(a.claims.length, 1);
  assert.equal(a.claims[0]!.why.stage, 'author');
  assert.equal(a.claims[0]!.speaker?.fromDocument, true);
  assert.equal(a.claims[0]!.speaker?.text, 'Ministry of Defence of Ukraine');
  assert.ok(checkSpans(a.text, a) > 0);
});

test('JSON Lines with an author: a channel speaks in its own voice, an agency does not', () => {
  const f = tmp.file('posts.jsonl', POSTS);
  const r = sitrep(['analyze', '--jsonl', f]);
  assert.equal(r.code, 0, r.stderr);
  const [post, wire] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Analysis);
  assert.deepEqual(post!.claims.map((c) => [c.speaker?.name, c.why.rule]), [['Iron Steppe Z', 'quantity'], ['Iron Steppe Z', 'status']]);
  assert.equal(post!.author?.ownVoice, true);
  assert.deepEqual(wire!.claims, []);
  assert.equal(wire!.author?.ownVoice, false);
  for (const a of [post!, wire!]) checkSpans(a.text, a);
});

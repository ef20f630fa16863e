/**
 * One side per speaker everywhere (issue 9 part 6), through the real binary: the side `sitrep
 * claims --json` shows for a claim (stored with the claim record at ingest, from compare's
 * speakerInfo) is the side `sitrep disputes --json` gives the same claim's speaker. Two realistic
 * reports written for sitrep: a regional governor of Kursk, named once with his office and then as
 * "the governor" and by surname, against Ukraine's General Staff. Expected sides written by hand.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sitrep, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

const GOVERNOR = [
  'Governor says 12 civilians killed in Sudzha',
  '',
  'KURSK, Aug 12 (Meridian) - Twelve civilians were killed in Sudzha on Monday, the acting governor of the Kursk region, Alexei Smirnov, said.',
  '',
  'The governor said 12 civilians were killed in Sudzha. "The situation is difficult," Smirnov said.',
].join('\n');
const STAFF = [
  "KYIV, Aug 12 (Meridian) - Ukraine's General Staff said 3 civilians were killed in Sudzha on Monday.",
].join('\n');

test('the side of every claim in `sitrep claims` is the side its speaker has in `sitrep disputes`', () => {
  const db = join(tmp.dir, 'ledger.db');
  const a = tmp.file('governor.txt', GOVERNOR);
  const b = tmp.file('staff.txt', STAFF);
  for (const f of [a, b]) {
    const r = sitrep(['ingest', '--db', db, '--published', '2024-08-12', f]);
    assert.equal(r.code, 0, r.stderr);
  }
  const claims = JSON.parse(sitrep(['claims', '--db', db, '--json', '--limit', '100']).stdout) as { items: { id: string; speaker: string | null; side: string | null }[] };
  const sideOf = new Map(claims.items.map((c) => [c.id, c.side]));
  // by hand: every claim of the governor's report is Alexei Smirnov's, RU; the General Staff's is UA
  const bySpeaker = new Map<string, Set<string | null>>();
  for (const c of claims.items) bySpeaker.set(c.speaker ?? '', (bySpeaker.get(c.speaker ?? '') ?? new Set()).add(c.side));
  assert.deepEqual([...bySpeaker.get('Alexei Smirnov') ?? []], ['RU'], JSON.stringify(claims.items));
  assert.ok(!bySpeaker.has('governor') && !bySpeaker.has('The governor'), 'the governor is resolved to his name');
  const r = sitrep(['disputes', '--db', db, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { disputes: { sides: { claims: string[]; speakers: { name: string | null; side: string | null }[] }[] }[] };
  assert.ok(report.disputes.length >= 1, 'the two tolls of Sudzha are a dispute');
  let checked = 0;
  for (const d of report.disputes) {
    for (const s of d.sides) {
      const sides = new Set(s.speakers.map((x) => x.side));
      for (const id of s.claims) {
        assert.ok(sides.has(sideOf.get(id) ?? null), `${id}: claims list says ${sideOf.get(id)}, dispute says ${[...sides].join('/')}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 2);
  const sides = new Set(report.disputes.flatMap((d) => d.sides.flatMap((s) => s.speakers.map((x) => x.side))));
  assert.deepEqual([...sides].sort(), ['RU', 'UA']);
});

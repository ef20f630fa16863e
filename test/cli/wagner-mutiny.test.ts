/**
 * Golden ledger test through the real binary for issue 9's "a mercenary group's name resolved to a
 * small town in the United States": a short wire story about a mercenary group's mutiny (June 2023),
 * retold in our own words from what was publicly reported, with its leader's accusation and the
 * ministry's denial, and two posts in Russian and Ukrainian. The group's name stands in every shape
 * reporting gives it ("units of Wagner", "the leader of Wagner", "camps of Wagner", "loyal to Wagner",
 * "Wagner's Prigozhin", «ЧВК Вагнер», «Вагнера»). Written by hand before the program was run on it:
 * no place of any analysis, no claim and no dispute or agreement of the ledger lies in the United
 * States; the places the story does name resolve where they are.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sitrep, tempDir } from './helpers.js';

const DOCS: { id: string; published: string; source: string; text: string }[] = [
  { id: 'wire-mutiny', published: '2023-06-24T09:00:00Z', source: 'Wire',
    text: [
      'ROSTOV-ON-DON, June 24 (Wire) - Units of Wagner took control of military facilities in Rostov-on-Don on Saturday, the leader of Wagner said in an audio message.',
      '',
      'Yevgeny Prigozhin said the defence ministry had struck camps of Wagner with missiles on Friday, killing many of his fighters. Wagner\'s Prigozhin said his men had shot down a military helicopter that fired on their column.',
      '',
      'Russia\'s defence ministry said the reports of strikes on camps of Wagner were not true.',
      '',
      'Columns loyal to Wagner were moving north through the Voronezh region, the regional governor, Alexander Gusev, said.',
    ].join('\n') },
  { id: 'ru-denial', published: '2023-06-24T10:00:00Z', source: 'TASS',
    text: 'Минобороны России опровергло сообщения об ударах по лагерям ЧВК «Вагнер». Как заявили в ведомстве, эта информация не соответствует действительности.' },
  { id: 'uk-rostov', published: '2023-06-24T11:00:00Z', source: 'Suspilne',
    text: 'Бійці «Вагнера» зайшли до Ростова-на-Дону, заявив Пригожин. За його словами, колони рухаються на Москву.' },
];

interface Place { start: number; end: number; text: string; country: string | null; admin1: string | null }

describe('a mercenary group\'s mutiny: its name is no place, no dispute lies in the United States', () => {
  const tmp = tempDir();
  const db = `${tmp.dir}/ledger.db`;
  let analyses: { id: string; places: Place[] }[];
  before(() => {
    const input = tmp.file('wagner.jsonl', DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const an = sitrep(['analyze', '--jsonl', input]);
    assert.equal(an.code, 0, an.stderr);
    analyses = an.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; places: Place[] });
    const ing = sitrep(['ingest', '--db', db, '--quiet', input]);
    assert.equal(ing.code, 0, ing.stderr);
  });
  after(() => tmp.cleanup());

  it('no place of any document is in the United States, and no "Wagner" is a place', () => {
    assert.equal(analyses.length, DOCS.length);
    for (const a of analyses) {
      assert.deepEqual(a.places.filter((p) => p.country === 'US').map((p) => p.text), [], a.id);
      assert.deepEqual(a.places.filter((p) => /wagner|вагнер/i.test(p.text)).map((p) => p.text), [], a.id);
    }
  });

  it('the places the story names resolve where they are', () => {
    // the region of the place that overlaps the surface (first occurrence after `after`)
    const regionAt = (id: string, surface: string, after = ''): string | null => {
      const text = DOCS.find((d) => d.id === id)!.text;
      const at = text.indexOf(surface, after ? text.indexOf(after) : 0);
      const p = analyses.find((a) => a.id === id)!.places.find((x) => x.start < at + surface.length && x.end > at);
      return p ? p.admin1 ?? p.country : null;
    };
    // (the span of "Rostov-on-Don" is "Rostov" today: the region is what is checked)
    assert.equal(regionAt('wire-mutiny', 'Rostov-on-Don', 'facilities in'), 'RU-ROS');
    assert.equal(regionAt('wire-mutiny', 'Voronezh region'), 'RU-VOR');
    assert.equal(regionAt('uk-rostov', 'Ростова-на-Дону'), 'RU-ROS');
    assert.equal(regionAt('uk-rostov', 'Москву'), 'RU-MOW');
  });

  it('every statement is stored as a claim, none placed in the United States', () => {
    const out = sitrep(['claims', '--db', db, '--json', '--limit', '100']);
    assert.equal(out.code, 0, out.stderr);
    const items = (JSON.parse(out.stdout) as { items: { documentId: string; places?: Place[] }[] }).items;
    for (const d of DOCS) assert.ok(items.some((c) => c.documentId.endsWith(d.id)), `no claim from ${d.id}`);
    for (const c of items) assert.deepEqual((c.places ?? []).filter((p) => p.country === 'US').map((p) => p.text), [], c.documentId);
  });

  it('no dispute or agreement of the ledger is placed in the United States', () => {
    const out = sitrep(['disputes', '--db', db, '--json', '--agreements']);
    assert.equal(out.code, 0, out.stderr);
    const report = JSON.parse(out.stdout) as { disputes: { topic: Record<string, unknown> }[]; agreements: { topic: Record<string, unknown> }[] };
    for (const d of [...report.disputes, ...report.agreements]) {
      const t = d.topic;
      assert.ok(!/^region:US-/.test(String(t.place ?? '')) && !/Wagner|South Dakota/i.test(String(t.placeName ?? '')), JSON.stringify(t));
    }
  });
});

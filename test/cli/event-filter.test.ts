/**
 * `sitrep claims --event TYPE` and `sitrep export --event TYPE` through the real binary (issue 9
 * part 7), and the Latin form of Cyrillic speaker names (issue 10 part 7). The statements were
 * written for this test in the wording of wire copy and officials' posts; which claims each filter
 * must list was written down by hand before the program was run on them: shelling and a drone
 * strike are ACLED "Explosions/Remote violence" (sub-types "Shelling/artillery/missile attack" and
 * "Air/drone strike"), repelled assaults are "Battles" / "Armed clash", an offer of talks is no
 * ACLED event; every attack is PLOVER ASSAULT.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sitrep, tempDir } from './helpers.js';

const DOCS = [
  { id: 'shell', published: '2024-08-07T09:00:00Z', source: 'Ukrinform',
    text: 'Governor Oleksandr Prokudin said that Russian forces shelled Kherson overnight, killing three civilians.' },
  { id: 'clash', published: '2024-08-07T10:00:00Z', source: 'Ukrinform',
    text: "Ukraine's General Staff said that its troops repelled 14 Russian assaults near Pokrovsk on Tuesday." },
  { id: 'drone', published: '2024-08-07T11:00:00Z', source: 'Interfax',
    text: 'Vyacheslav Gladkov said that a Ukrainian drone struck a car in Shebekino, wounding two people.' },
  { id: 'talks', published: '2024-08-07T12:00:00Z', source: 'TASS',
    text: 'Dmitry Peskov said that the Kremlin remained open to negotiations.' },
  { id: 'cyr', published: '2024-08-07T13:00:00Z', source: 'Суспільне',
    text: 'Начальник Донецької ОВА Павло Стрижак заявив, що росіяни вночі обстріляли Краматорськ, є поранені.' },
];

interface Page { items: { id: string; documentId: string; speaker: string | null; speakerLatin: string | null; events: { eventType: string | null; subEventType: string | null; plover: string }[] }[]; total: number }

describe('sitrep claims --event and Latin speaker names', () => {
  const tmp = tempDir();
  const db = `${tmp.dir}/ledger.db`;
  before(() => {
    const input = tmp.file('statements.jsonl', DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const r = sitrep(['ingest', '--quiet', '--db', db, input]);
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => tmp.cleanup());

  const docsOf = (...args: string[]): string[] => {
    const r = sitrep(['claims', '--db', db, '--json', '--limit', '100', ...args]);
    assert.equal(r.code, 0, r.stderr);
    return [...new Set((JSON.parse(r.stdout) as Page).items.map((c) => c.documentId))].sort();
  };

  it('lists the claims of an ACLED event type, sub-event type or PLOVER type, in any case', () => {
    assert.deepEqual(docsOf('--event', 'Explosions/Remote violence'), ['cyr', 'drone', 'shell']);
    assert.deepEqual(docsOf('--event', 'air/drone strike'), ['drone']);
    assert.deepEqual(docsOf('--event', 'Shelling/artillery/missile attack'), ['cyr', 'shell']);
    assert.deepEqual(docsOf('--event', 'battles'), ['clash']);
    assert.deepEqual(docsOf('--event', 'ASSAULT'), ['clash', 'cyr', 'drone', 'shell']);
    assert.deepEqual(docsOf('--event', 'Protests'), []);
    assert.deepEqual(docsOf('--event', 'battles', '--place', 'Pokrovsk'), ['clash']);
    assert.deepEqual(docsOf('--event', 'battles', '--place', 'Kherson'), []);
  });

  it('shows each claim’s events and a Cyrillic speaker’s Latin name in the readable list', () => {
    const r = sitrep(['claims', '--db', db, '--event', 'Shelling/artillery/missile attack']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Oleksandr Prokudin/);
    assert.match(r.stdout, /events: Shelling\/artillery\/missile attack \(ASSAULT\)/);
    // (a fictional official: a known one goes by the Latin name of data/actors-cyrillic.tsv)
    const cyr = sitrep(['claims', '--db', db, '--speaker', 'Стрижак']);
    assert.equal(cyr.code, 0, cyr.stderr);
    assert.match(cyr.stdout, /Павло Стрижак \[Pavlo Stryzhak\]/);
    const json = JSON.parse(sitrep(['claims', '--db', db, '--json']).stdout) as Page;
    assert.equal(json.items.find((c) => c.documentId === 'cyr')!.speakerLatin, 'Pavlo Stryzhak');
    assert.equal(json.items.find((c) => c.documentId === 'shell')!.speakerLatin, null);
  });

  it('exports only the claims of the type', () => {
    const r = sitrep(['export', '--db', db, '--format', 'csv', '--event', 'battles']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2, r.stdout);
    assert.match(lines[1]!, /Battles/);
    assert.match(lines[1]!, /Armed clash/);
  });

  it('refuses an empty --event', () => {
    const r = sitrep(['claims', '--db', db, '--event', '']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--event needs a value/);
  });
});

/**
 * Golden tests for the kinds of disputes (issue 9 part 3) through the real binary: texts written
 * for this test (realistic wire and ministry wording, invented for it), ingested into a temporary
 * SQLite ledger, then `sitrep disputes --json --agreements`. The expected ledger below was written
 * by hand before the program was run on these texts: per incident, the dispute kind and the
 * speakers of its two sides, or that no dispute may set the two claims against each other.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sitrep, tempDir } from './helpers.js';

interface Side { position: string; claims: string[]; speakers: { name: string | null; side: string | null }[] }
interface Report {
  disputes: { id: string; kind?: string; reason: string; topic: { placeName: string | null }; sides: Side[] }[];
  agreements: { id: string; kind?: string }[];
  claims: Record<string, { documentId: string; speaker: string | null }>;
}

/** One JSON Lines record per statement (id, publication time, outlet, text). */
const DOCS: { id: string; published: string; source: string; text: string }[] = [
  // responsibility: each side blames the other for one strike (Pokrovsk, 2 March 2024)
  { id: 'resp-ua', published: '2024-03-02T09:00:00Z', source: 'Ukrinform',
    text: 'The governor of the Donetsk region, Vadym Filashkin, said that Russian forces struck a school in Pokrovsk overnight, killing two teachers.' },
  { id: 'resp-ru', published: '2024-03-02T14:00:00Z', source: 'TASS',
    text: 'Denis Pushilin said that Ukrainian forces had shelled the school in Pokrovsk themselves in order to blame Russia.' },
  // cause: an accident against an attack for one blast (Dzhankoi, 20 March 2024)
  { id: 'cause-ru', published: '2024-03-20T08:00:00Z', source: 'RIA Novosti',
    text: 'Sergei Aksyonov said that ammunition detonated at a depot near Dzhankoi because of a violation of fire safety rules.' },
  { id: 'cause-ua', published: '2024-03-21T10:00:00Z', source: 'Ukrainska Pravda',
    text: 'A spokesman for Ukraine\'s navy, Dmytro Pletenchuk, said that Ukrainian forces carried out a drone strike on the depot near Dzhankoi.' },
  // figures: settlements retaken, one speaker for the region, the other for a town in it, two days apart (Kharkiv region, September 2022)
  { id: 'terr-ua', published: '2022-09-09T20:00:00Z', source: 'Ukrinform',
    text: 'Volodymyr Zelensky said that Ukrainian forces had liberated more than 30 settlements in the Kharkiv region.' },
  { id: 'terr-ru', published: '2022-09-11T09:00:00Z', source: 'RIA Novosti',
    text: 'Vitaly Ganchev said that Ukrainian forces had liberated no more than 10 settlements around Balakliia.' },
  // not a dispute: a capture and a withdrawal from one town agree (Vuhledar, 2 October 2024)
  { id: 'agree-ru', published: '2024-10-03T09:00:00Z', source: 'TASS',
    text: 'Russia\'s defence ministry said that Russian forces had captured Vuhledar.' },
  { id: 'agree-ua', published: '2024-10-02T18:00:00Z', source: 'Reuters',
    text: 'Ukraine\'s Khortytsia group of forces said that Ukrainian troops had withdrawn from Vuhledar to avoid encirclement.' },
  // not a dispute: a side reporting its own strike, and the other side reporting the same strike (Belgorod, 12 May 2024)
  { id: 'own-ru', published: '2024-05-12T09:00:00Z', source: 'Interfax',
    text: 'Vyacheslav Gladkov said that Ukrainian forces struck Belgorod with missiles.' },
  { id: 'own-ua', published: '2024-05-12T12:00:00Z', source: 'Kyiv Independent',
    text: 'A source in Ukraine\'s military said that Ukrainian forces struck Belgorod overnight.' },
  // responsibility over what was hit: the doer agreed, the target contested (Kursk, 20 May 2024)
  { id: 'tgt-ru', published: '2024-05-20T09:00:00Z', source: 'Interfax',
    text: 'Alexei Smirnov, the acting governor of the Kursk region, said that Ukrainian forces struck a residential building in Kursk with a missile.' },
  { id: 'tgt-ua', published: '2024-05-20T12:00:00Z', source: 'Kyiv Independent',
    text: 'A source in Ukraine\'s military said that Ukrainian forces struck military targets in Kursk overnight.' },
  // not a dispute: the same speaker updating his own toll (Kharkiv, 25 May 2024)
  { id: 'toll-1', published: '2024-05-25T13:00:00Z', source: 'Suspilne',
    text: 'Oleh Syniehubov said that 6 people were killed in the Russian strike on a hardware store in Kharkiv.' },
  { id: 'toll-2', published: '2024-05-25T20:00:00Z', source: 'Suspilne',
    text: 'Oleh Syniehubov said that 12 people were killed in the Russian strike on a hardware store in Kharkiv.' },
];

const speakersOf = (s: Side): string => s.speakers.map((x) => x.name ?? '?').join(', ');

describe('dispute kinds through sitrep ingest and sitrep disputes', () => {
  const tmp = tempDir();
  const db = `${tmp.dir}/ledger.db`;
  let report: Report;
  /** The disputes whose two sides hold the two given documents' claims. */
  const between = (a: string, b: string): Report['disputes'] => report.disputes.filter((d) => {
    const docOf = (s: Side): string[] => s.claims.map((c) => report.claims[c]?.documentId ?? '');
    return d.sides.some((x, i) => docOf(x).some((id) => id.endsWith(a)) && d.sides.some((y, j) => j !== i && docOf(y).some((id) => id.endsWith(b))));
  });
  before(() => {
    const input = tmp.file('statements.jsonl', DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const ing = sitrep(['ingest', '--db', db, '--quiet', input]);
    assert.equal(ing.code, 0, ing.stderr);
    const out = sitrep(['disputes', '--db', db, '--json', '--agreements']);
    assert.equal(out.code, 0, out.stderr);
    report = JSON.parse(out.stdout) as Report;
  });
  after(() => tmp.cleanup());

  it('every statement is stored as a claim (the not-a-dispute checks below are not vacuous)', () => {
    const out = sitrep(['claims', '--db', db, '--json', '--limit', '100']);
    assert.equal(out.code, 0, out.stderr);
    const docs = new Set((JSON.parse(out.stdout) as { items: { documentId: string }[] }).items.map((c) => c.documentId));
    for (const d of DOCS) assert.ok([...docs].some((id) => id.endsWith(d.id)), `no claim from ${d.id}`);
  });

  it('every dispute carries a kind', () => {
    for (const d of report.disputes) assert.ok(['responsibility', 'control', 'figures', 'status', 'cause'].includes(d.kind ?? ''), `${d.id}: kind ${d.kind}`);
  });

  it('responsibility: Kyiv blames Russia, Moscow blames Kyiv for the strike on Pokrovsk', () => {
    const found = between('resp-ua', 'resp-ru');
    assert.equal(found.length, 1, JSON.stringify(report.disputes.map((d) => [d.kind, d.topic.placeName, d.sides.map(speakersOf)])));
    assert.equal(found[0]!.kind, 'responsibility');
    assert.match(found[0]!.topic.placeName ?? '', /Pokrovsk/);
    const names = found[0]!.sides.map(speakersOf).join(' | ');
    assert.match(names, /Filashkin/);
    assert.match(names, /Pushilin/);
  });

  it('cause: an accidental detonation against a drone strike at Dzhankoi', () => {
    const found = between('cause-ru', 'cause-ua');
    assert.equal(found.length, 1, JSON.stringify(report.disputes.map((d) => [d.kind, d.topic.placeName, d.sides.map(speakersOf)])));
    assert.equal(found[0]!.kind, 'cause');
    const names = found[0]!.sides.map(speakersOf).join(' | ');
    assert.match(names, /Aksyonov/);
    assert.match(names, /Pletenchuk/);
  });

  it('figures: settlements counted for the region and around a town in it, two days apart, meet at the region', () => {
    const found = between('terr-ua', 'terr-ru');
    assert.equal(found.length, 1, JSON.stringify(report.disputes.map((d) => [d.kind, d.topic.placeName, d.sides.map(speakersOf)])));
    assert.equal(found[0]!.kind, 'figures');
    assert.match(found[0]!.topic.placeName ?? '', /Kharkiv|UA-63/);
  });

  it('not a dispute: a capture and a withdrawal from one town', () => {
    assert.deepEqual(between('agree-ru', 'agree-ua').map((d) => d.kind), []);
  });

  it('not a dispute: a side\'s own report of its strike next to the other side\'s report of it', () => {
    assert.deepEqual(between('own-ru', 'own-ua').map((d) => d.kind), []);
  });

  it('responsibility of reason target: one strike, the doer agreed, a residential building against military targets', () => {
    const found = between('tgt-ru', 'tgt-ua');
    assert.equal(found.length, 1, JSON.stringify(report.disputes.map((d) => [d.kind, d.topic.placeName, d.sides.map(speakersOf)])));
    assert.equal(found[0]!.kind, 'responsibility');
    assert.equal((found[0] as { reason?: string }).reason, 'target');
  });

  it('not a dispute: one speaker raising his own toll', () => {
    assert.deepEqual(between('toll-1', 'toll-2').map((d) => d.kind), []);
  });

  it('the text report shows each dispute\'s kind', () => {
    const out = sitrep(['disputes', '--db', db]);
    assert.equal(out.code, 0, out.stderr);
    const heads = out.stdout.split('\n').filter((l) => l.startsWith('Dispute '));
    assert.equal(heads.length, report.disputes.length);
    for (const h of heads) assert.match(h, /^Dispute \d+ \[(responsibility|control|figures|status|cause)\]: /);
  });
});

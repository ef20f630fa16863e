/**
 * The sample corpus (examples/corpus/sources/, fiction written for sitrep) through the real binary:
 * `sitrep ingest` into a temporary database, then `sitrep disputes --json --agreements`, checked
 * against examples/corpus/expected-ledger.json, which was written by hand from the texts before any
 * program output was seen. Matching is on documents, speakers, places and days, never on wording.
 * Documents are named as in the ledger: their path under sources/, plus `#<message id>` for a
 * Telegram message and `#<last part of the item link>` for a feed item.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { openStore } from '../../src/store/index.js';
import type { StoredDocument } from '../../src/store/index.js';
import type { Agreement, Dispute, DisputeSide } from '../../src/compare/types.js';
import { ROOT, sitrep, tempDir } from './helpers.js';

const CORPUS = join(ROOT, 'examples', 'corpus');
const SOURCES = join(CORPUS, 'sources');

interface ExpectedSide {
  position: string;
  speakers: { name: string }[];
  documents: { attributed?: string[]; ownVoice?: string[]; supporting?: string[] };
}
interface ExpectedDispute {
  id: string;
  pinned: boolean;
  reason: 'quantity' | 'status' | 'denial';
  topic: { place: string; region: string; day: string; what: string };
  sides: ExpectedSide[];
}
interface ExpectedLedger {
  documents: { total: number; byFormat: Record<string, number>; list: { doc: string; format: string; published: string | null }[] };
  reprints: { id: string; pinned: boolean; original: string; carriers: { doc: string; relation: 'original' | 'exact' | 'near' }[] }[];
  disputes: ExpectedDispute[];
  agreements: { id: string; pinned: boolean; topic: { place: string; day: string }; documents: string[] }[];
}

const ledger = JSON.parse(readFileSync(join(CORPUS, 'expected-ledger.json'), 'utf8')) as ExpectedLedger;

/**
 * How each expected speaker may be written or resolved in a claim (a name, a surname, the body it
 * speaks for). Written from the texts: "Russia's defence ministry", "the ministry", "the MoD".
 */
const SPEAKER: Record<string, RegExp> = {
  "Russia's defence ministry": /defen[cs]e ministry|ministry of defen[cs]e|\bMoD\b|^the ministry$/i,
  'Ostap Verbytskyi': /Verbytskyi/i,
  "Ukraine's General Staff": /General Staff/i,
  'Arkady Veretennikov': /Veretennikov|governor/i,
  'Anton Belyaev': /Belyaev|Kremlin/i,
  'Northern Rampart': /Northern Rampart/i,
  'Andrii Tsymbal': /Tsymbal/i,
  'Vasyl Hordiienko': /Hordiienko/i,
  "Ukraine's National Police": /police/i,
};

/** Names a topic's place may carry, per expected dispute or agreement (any spelling in the corpus, or the region code). */
const PLACE: Record<string, RegExp> = {
  D1: /tetkino|т[её]ткино|glushkov|kursk|RU-KRS/i,
  D2: /tetkino|т[её]ткино|glushkov|kursk|RU-KRS/i,
  D3: /kupi?y?ansk|petropavl|kharkiv|kharkov|UA-63/i,
  D4: /bilopil|belopol|sumy|UA-59/i,
  A1: /bilopil|belopol|sumy|UA-59/i,
};

/**
 * Expected entries the program does not find yet, with the stage that misses them (checked by hand
 * on the output of `sitrep claims --json`). They run as `todo`: reported, not failing the suite.
 * Remove a row when its entry is found; the text is not to be changed to suit the program.
 */
const KNOWN_GAPS: Record<string, string> = {};

/** What the report cites for each claim id (a subset of the store's ClaimRecord). */
interface CitedClaim {
  id: string;
  documentId: string;
  speaker: string | null;
  date: string | null;
  content: string;
  rootDocumentId: string;
  places: { name: string; admin1: string | null }[];
}
interface Report {
  disputes: Dispute[];
  agreements: Agreement[];
  claims: Record<string, CitedClaim>;
}

/** The ledger's name of a stored document. */
function docKey(d: StoredDocument): string {
  const m = d.meta as { input?: string; format?: string; locator?: string; messageId?: number };
  const path = relative(SOURCES, resolve(ROOT, m.input ?? d.source ?? '')).split('\\').join('/');
  if (m.format === 'telegram') return `${path}#${m.messageId}`;
  if (m.format === 'rss' || m.format === 'atom') return `${path}#${(m.locator ?? '').replace(/\/+$/, '').split('/').pop()}`;
  return path;
}

const days = (s: string): [string, string] => {
  const all = (s.match(/\d{4}-\d{2}-\d{2}/g) ?? []).sort();
  return [all[0] ?? '', all[all.length - 1] ?? ''];
};

/** True when the topic's day window overlaps the expected days. */
function daysOverlap(topic: { from: string | null; to: string | null }, expected: string): boolean {
  const [lo, hi] = days(expected);
  return topic.from !== null && topic.to !== null && topic.from <= hi && topic.to >= lo;
}

const topicPlace = (t: Dispute['topic']): string => `${t.placeName ?? ''} ${t.place ?? ''}`;

describe('the sample corpus through sitrep ingest and sitrep disputes', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'ledger.db');
  let summary: Record<string, unknown>;
  let docs: StoredDocument[] = [];
  const keyOf = new Map<string, string>();
  let cached: Report | undefined;
  /** `sitrep disputes --json --agreements` on the ledger (run once, on first use). */
  const disputes = (): Report => {
    if (cached) return cached;
    const dr = sitrep(['disputes', '--db', db, '--json', '--agreements']);
    assert.equal(dr.code, 0, `sitrep disputes failed:\n${dr.stderr}`);
    cached = JSON.parse(dr.stdout) as Report;
    return cached;
  };

  before(async () => {
    const r = sitrep(['ingest', '--db', db, '--json', '--quiet', SOURCES]);
    assert.equal(r.code, 0, `sitrep ingest failed:\n${r.stderr}`);
    summary = JSON.parse(r.stdout) as Record<string, unknown>;
    const store = openStore(db);
    try {
      docs = (await store.documents({ limit: 1000 })).items;
    } finally {
      await store.close();
    }
    for (const d of docs) keyOf.set(d.id, docKey(d));
  });
  after(() => tmp.cleanup());

  test('every document is read: 30, by format, named as in the ledger, nothing skipped', () => {
    assert.equal(summary.read, ledger.documents.total);
    assert.equal(summary.skipped, 0);
    assert.equal(docs.length, ledger.documents.total);
    const byFormat: Record<string, number> = {};
    for (const d of docs) {
      const f = String((d.meta as { format?: string }).format);
      byFormat[f] = (byFormat[f] ?? 0) + 1;
    }
    assert.deepEqual(byFormat, ledger.documents.byFormat);
    assert.deepEqual([...keyOf.values()].sort(), ledger.documents.list.map((x) => x.doc).sort());
  });

  test('publication times come from the sources (meta, JSON-LD, pubDate, Atom, date_unixtime, front matter)', () => {
    const byKey = new Map(docs.map((d) => [keyOf.get(d.id)!, d]));
    for (const e of ledger.documents.list) {
      const d = byKey.get(e.doc);
      assert.ok(d, `${e.doc} was not stored`);
      if (e.published === null) continue;
      assert.ok(d.published, `${e.doc}: no publication time (expected ${e.published})`);
      if (e.published.length === 10) assert.equal(d.published.slice(0, 10), e.published, e.doc);
      else assert.equal(Date.parse(d.published), Date.parse(e.published), `${e.doc}: ${d.published} is not ${e.published}`);
    }
  });

  test('reprint sets: every carrier leads to the original text; exact copies share its content hash', () => {
    const byKey = new Map(docs.map((d) => [keyOf.get(d.id)!, d]));
    const byId = new Map(docs.map((d) => [d.id, d]));
    const root = (d: StoredDocument): string => {
      let cur = d;
      for (let i = 0; cur.carrierOf && i < 100; i++) cur = byId.get(cur.carrierOf)!;
      return cur.id;
    };
    let carried = 0;
    for (const set of ledger.reprints.filter((s) => s.pinned)) {
      const members = set.carriers.map((c) => ({ ...c, d: byKey.get(c.doc)! }));
      for (const m of members) assert.ok(m.d, `${set.id}: ${m.doc} was not stored`);
      const roots = new Set(members.map((m) => root(m.d)));
      assert.equal(roots.size, 1, `${set.id}: the carriers lead to ${roots.size} different texts: ${members.map((m) => `${m.doc} → ${keyOf.get(root(m.d))}`).join('; ')}`);
      // Nothing outside the set is a carrier of its text.
      const r = [...roots][0];
      const outside = docs.filter((d) => root(d) === r && !set.carriers.some((c) => c.doc === keyOf.get(d.id)));
      assert.deepEqual(outside.map((d) => keyOf.get(d.id)), [], `${set.id}: documents outside the set carry its text`);
      const original = members.find((m) => m.relation === 'original')!.d;
      for (const m of members) {
        if (m.relation === 'exact') {
          assert.equal((m.d.meta as { contentHash?: string }).contentHash, (original.meta as { contentHash?: string }).contentHash, `${set.id}: ${m.doc} should be an exact copy of ${set.original}`);
        }
        if (m.relation === 'near') {
          assert.notEqual(m.d.contentHash, original.contentHash, `${set.id}: ${m.doc} is edited, not an exact copy`);
          assert.equal(m.d.duplicate, 'near', `${set.id}: ${m.doc} should be recorded as a near-duplicate`);
        }
      }
      carried += members.length - 1;
    }
    // No other document is a carrier: the other texts are independent.
    assert.equal(docs.filter((d) => d.carrierOf !== null).length, carried);
  });

  for (const exp of ledger.disputes.filter((d) => d.pinned)) {
    test(`dispute ${exp.id}: ${exp.reason} at ${exp.topic.place}, ${exp.topic.day}: ${exp.sides.map((s) => s.position).join(' / ')}`, { todo: KNOWN_GAPS[exp.id] }, () => {
      const report = disputes();
      const sideMatches = (side: DisputeSide, want: ExpectedSide): boolean => {
        const allowed = new Set([...(want.documents.attributed ?? []), ...(want.documents.ownVoice ?? []), ...(want.documents.supporting ?? [])]);
        const res = want.speakers.map((s) => SPEAKER[s.name]).filter((r): r is RegExp => r !== undefined);
        return side.claims.some((id) => {
          const c = report.claims[id];
          return c !== undefined && allowed.has(keyOf.get(c.documentId) ?? '') && res.some((re) => re.test(c.speaker ?? ''));
        });
      };
      const candidates = report.disputes.filter((d) => d.reason === exp.reason && PLACE[exp.id]!.test(topicPlace(d.topic)) && daysOverlap(d.topic, exp.topic.day));
      const found = candidates.find((d) => {
        const [a, b] = exp.sides;
        return d.sides.some((sa, i) => sideMatches(sa, a!) && d.sides.some((sb, j) => j !== i && sideMatches(sb, b!)));
      });
      assert.ok(found, whyMissing(exp, candidates));
      // Reprints and forwards count once: a side's independent sources are its distinct original texts.
      for (const side of found.sides) {
        const roots = new Set(side.claims.map((id) => report.claims[id]?.rootDocumentId));
        assert.equal(side.independentSources, roots.size, `${exp.id}: side "${side.position}" counts ${side.independentSources} independent sources for ${roots.size} original texts`);
      }
    });
  }

  /** Says which stage lost an expected dispute: no claim (reader/attribution), or claims that compare did not set against each other (place, day, phrase). */
  function whyMissing(exp: ExpectedDispute, candidates: Dispute[]): string {
    const report = disputes();
    const lines = [`${exp.id} not found among ${report.disputes.length} disputes.`];
    const all = sitrep(['claims', '--db', db, '--json', '--limit', '1000']);
    const stored = all.code === 0 ? (JSON.parse(all.stdout) as { items: CitedClaim[] }).items : [];
    lines.push(`  disputes with reason ${exp.reason} at a matching place and day: ${candidates.map((d) => d.topic.key).join(', ') || 'none'}`);
    lines.push(`  all dispute topics: ${report.disputes.map((d) => `${d.reason} ${d.topic.key}`).join('; ')}`);
    for (const s of exp.sides) {
      const allowed = new Set([...(s.documents.attributed ?? []), ...(s.documents.ownVoice ?? [])]);
      const res = s.speakers.map((x) => SPEAKER[x.name]).filter((r): r is RegExp => r !== undefined);
      const mine = stored.filter((c) => allowed.has(keyOf.get(c.documentId) ?? '') && res.some((re) => re.test(c.speaker ?? '')));
      const cited = mine.filter((c) => report.claims[c.id] !== undefined).length;
      lines.push(`  side "${s.position}" (${s.speakers.map((x) => x.name).join(', ')}): ${mine.length} claims by these speakers in the expected documents, ${cited} of them in some dispute or agreement` +
        mine.slice(0, 4).map((c) => `\n    ${keyOf.get(c.documentId)} | ${c.speaker} | day ${c.date} | places ${c.places.map((p) => p.name).join(',') || '-'} | ${c.content.slice(0, 80)}`).join(''));
    }
    lines.push('  (no claim: the reader or attribution missed it; claims but no dispute: their places, days or status phrases did not meet in compare)');
    return lines.join('\n');
  }

  for (const exp of ledger.agreements.filter((a) => a.pinned)) {
    test(`agreement ${exp.id}: ${exp.topic.place}, ${exp.topic.day}, from independent texts`, { todo: KNOWN_GAPS[exp.id] }, () => {
      const report = disputes();
      const want = new Set(exp.documents);
      const found = report.agreements.find((a) => {
        if (!PLACE[exp.id]!.test(topicPlace(a.topic)) || !daysOverlap(a.topic, exp.topic.day)) return false;
        const got = new Set(a.side.claims.map((id) => keyOf.get(report.claims[id]?.documentId ?? '')));
        return [...want].every((k) => got.has(k));
      });
      assert.ok(found, `${exp.id} not found; agreements: ${report.agreements.map((a) => a.topic.key).join('; ')}`);
      assert.ok(found.side.independentSources >= want.size, `${exp.id}: ${found.side.independentSources} independent sources, expected ${want.size}`);
    });
  }

  test('every dispute found is one the ledger expects (its place and reason), none invented', { todo: KNOWN_GAPS.precision }, () => {
    const report = disputes();
    const unexpected = report.disputes.filter(
      (d) => !ledger.disputes.some((e) => (e.reason === d.reason || (e.reason === 'status' && d.reason === 'denial')) && PLACE[e.id]!.test(topicPlace(d.topic))),
    );
    assert.deepEqual(
      unexpected.map((d) => `${d.reason} ${d.topic.key}: ${d.sides.map((s) => s.position).join(' vs ')}`),
      [],
      'disputes that the texts do not hold',
    );
  });

  test('losses of different sides are not set against each other (230 Ukrainian vs 70 Russian servicemen)', () => {
    const report = disputes();
    for (const d of report.disputes) {
      const texts = d.sides.flatMap((s) => s.claims.map((id) => report.claims[id]?.content ?? ''));
      assert.ok(!(texts.some((t) => /230 servicemen/.test(t)) && texts.some((t) => /70 servicemen/.test(t))), `${d.topic.key} sets the two sides' losses against each other`);
    }
  });

  test('ingesting the corpus again changes nothing', () => {
    const report = disputes();
    const r = sitrep(['ingest', '--db', db, '--json', '--quiet', SOURCES]);
    assert.equal(r.code, 0, r.stderr);
    const again = JSON.parse(r.stdout) as { read: number; new: number; unchanged: number; ledger: { documents: number; claims: number } };
    assert.equal(again.read, ledger.documents.total);
    assert.equal(again.new, 0);
    assert.equal(again.unchanged, ledger.documents.total);
    assert.deepEqual(again.ledger, (summary as { ledger: unknown }).ledger);
    const dr = sitrep(['disputes', '--db', db, '--json', '--agreements']);
    assert.equal(dr.code, 0, dr.stderr);
    const next = JSON.parse(dr.stdout) as Report;
    assert.deepEqual(next.disputes, report.disputes);
    assert.deepEqual(next.agreements, report.agreements);
  });
});

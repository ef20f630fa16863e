/**
 * Golden test of compare on four short fictional news items (test/golden/compare/, see its README):
 * each text goes through the real analyzer, every claim through `extractClaimFacts`, and all of
 * them through `compareClaims`. The expected disputes were decided by hand from the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';
import { compareClaims, extractClaimFacts } from '../../src/compare/index.js';
import type { ClaimRecord, Dispute } from '../../src/compare/index.js';

const DIR = fileURLToPath(new URL('../../../test/golden/compare/', import.meta.url));

const DOCS = [
  { id: 'a', file: 'a-kyiv-wire.txt', outlet: 'Kyiv Wire', textOf: 'a' },
  { id: 'b', file: 'b-moscow-daily.txt', outlet: 'Moscow Daily', textOf: 'b' },
  { id: 'c', file: 'c-border-monitor.txt', outlet: 'Border Monitor', textOf: 'c' },
  { id: 'd', file: 'd-reprint.txt', outlet: 'Regional Digest', textOf: 'a' },
];
const PUBLISHED = '2025-03-14T09:00:00Z';

function records(): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const d of DOCS) {
    const text = readFileSync(DIR + d.file, 'utf8');
    const analysis = analyze({ id: d.id, text, published: PUBLISHED, source: d.file });
    analysis.claims.forEach((_, i) => {
      out.push({ ...extractClaimFacts(analysis, i), id: `${d.id}#${i}`, documentId: d.id, index: i, source: d.file, outlet: d.outlet, textOf: d.textOf, published: PUBLISHED });
    });
  }
  return out;
}

/** A dispute as the test checks it: reason, topic, and per side the documents and independent counts. */
interface Want {
  reason: Dispute['reason'];
  /** `q|<unit>|<side>` or `s|<topic>` */
  what: string;
  sides: { docs: string[]; polarity?: 1 | -1; texts: number; outlets: number; position: RegExp }[];
}

const WANT: Want[] = [
  {
    reason: 'quantity',
    what: 'q|killed|RU',
    sides: [
      { docs: ['a', 'd'], texts: 1, outlets: 2, position: /140 Russian soldiers/ },
      { docs: ['c'], texts: 1, outlets: 1, position: /at least 200 Russian soldiers/ },
    ],
  },
  {
    reason: 'status',
    what: 's|control',
    sides: [
      { docs: ['b'], polarity: 1, texts: 1, outlets: 1, position: /RU holds or took/ },
      { docs: ['a', 'd'], polarity: 1, texts: 1, outlets: 2, position: /UA holds or took.*under Ukrainian control/ },
    ],
  },
  {
    reason: 'status',
    what: 's|advance',
    sides: [
      { docs: ['a', 'd'], polarity: -1, texts: 1, outlets: 2, position: /RU's advance stopped.*repelled/ },
      { docs: ['b'], polarity: 1, texts: 1, outlets: 1, position: /RU advancing.*continued to advance/ },
    ],
  },
  {
    reason: 'denial',
    what: 's|attack',
    sides: [
      { docs: ['a', 'c', 'd'], polarity: 1, texts: 2, outlets: 3, position: /attack happened.*shelled/ },
      { docs: ['b'], polarity: -1, texts: 1, outlets: 1, position: /^denied: attack happened/ },
    ],
  },
  {
    reason: 'status',
    what: 's|situation',
    sides: [
      { docs: ['a', 'd'], polarity: 1, texts: 1, outlets: 2, position: /under control/ },
      { docs: ['b'], polarity: -1, texts: 1, outlets: 1, position: /remained fluid/ },
    ],
  },
];

function whatOf(d: Dispute): string {
  const w = d.topic.what;
  return w.type === 'quantity' ? `q|${w.unit}|${w.subjectSide ?? '?'}` : `s|${w.topic}`;
}

test('compare golden: the five hand-checked disputes, and nothing else', () => {
  const result = compareClaims(records(), { windowDays: 1 });
  const got = result.disputes;
  const problems: string[] = [];
  for (const want of WANT) {
    const d = got.find((x) => whatOf(x) === want.what && x.reason === want.reason);
    if (!d) {
      problems.push(`missing ${want.reason} dispute on ${want.what}`);
      continue;
    }
    if (d.topic.place !== 'name:vovchansk') problems.push(`${want.what}: place ${d.topic.place}`);
    if (d.sides.length !== want.sides.length) problems.push(`${want.what}: ${d.sides.length} sides, want ${want.sides.length}`);
    for (const ws of want.sides) {
      const side = d.sides.find((s) => {
        const docs = [...new Set(s.claims.map((c) => c.split('#')[0]!))].sort();
        return docs.join(',') === ws.docs.join(',') && (ws.polarity === undefined || s.polarity === ws.polarity);
      });
      if (!side) {
        problems.push(`${want.what}: no side from ${ws.docs.join(',')} (sides: ${d.sides.map((s) => s.claims.join(' ')).join(' | ')})`);
        continue;
      }
      if (side.independentSources !== ws.texts) problems.push(`${want.what}: side ${ws.docs}: ${side.independentSources} texts, want ${ws.texts}`);
      if (side.independentOutlets !== ws.outlets) problems.push(`${want.what}: side ${ws.docs}: ${side.independentOutlets} outlets, want ${ws.outlets}`);
      if (!ws.position.test(side.position)) problems.push(`${want.what}: side ${ws.docs}: position "${side.position}" does not match ${ws.position}`);
    }
  }
  for (const d of got) {
    if (!WANT.some((w) => whatOf(d) === w.what && d.reason === w.reason)) problems.push(`unexpected ${d.reason} dispute on ${whatOf(d)} at ${d.topic.place}: ${d.explanation}`);
  }
  assert.deepEqual(problems, []);
});

test('compare golden: speakers keep their side and affiliation in a dispute', () => {
  const result = compareClaims(records(), { windowDays: 1 });
  const denial = result.disputes.find((d) => d.reason === 'denial');
  assert.ok(denial, 'the denial dispute exists');
  const denier = denial.sides.find((s) => s.polarity === -1)!;
  assert.deepEqual(denier.speakers.map((s) => [s.side, s.official]), [['RU', true]]);
  const reporters = denial.sides.find((s) => s.polarity === 1)!;
  const sides = reporters.speakers.map((s) => `${s.name}:${s.side}:${s.official}`).sort();
  // the governor (UA, official, listed in data/actors.tsv) and "Local volunteers" (no side, unofficial)
  assert.deepEqual(sides, ['Local volunteers:null:false', 'Oleh Syniehubov:UA:true']);
});

test('compare golden: two places are never compared (3 wounded in Vovchansk, 5 in Kupiansk)', () => {
  const result = compareClaims(records(), { windowDays: 1 });
  assert.equal(result.disputes.filter((d) => d.topic.what.type === 'quantity' && d.topic.what.unit === 'wounded').length, 0);
});

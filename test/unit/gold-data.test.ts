/**
 * Integrity of the hand-written gold in bench/gold/: every document the expected ledger names
 * exists and every document in the folders is listed; dispute kinds, sides and windows are
 * well-formed; ACLED sentences carry ACLED's own labels and spans that slice back to their text.
 * (Checks the data's shape, never its content against program output.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GOLD = join(ROOT, 'bench', 'gold');

/** The gold names of the documents under a split folder (Telegram messages and JSON Lines records one by one). */
function documentsIn(split: string): string[] {
  const out: string[] = [];
  const base = join(GOLD, 'disputes', split);
  for (const inc of readdirSync(base)) {
    for (const f of readdirSync(join(base, inc))) {
      const rel = `${split}/${inc}/${f}`;
      const path = join(base, inc, f);
      if (!statSync(path).isFile()) continue;
      if (f.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n').filter((l) => l.trim())) out.push(`${rel}#${(JSON.parse(line) as { id: string }).id}`);
      } else if (f.endsWith('.json')) {
        for (const m of (JSON.parse(readFileSync(path, 'utf8')) as { messages: { id: number; type: string }[] }).messages) if (m.type === 'message') out.push(`${rel}#${m.id}`);
      } else out.push(rel);
    }
  }
  return out;
}

describe('bench/gold/disputes/expected.json', () => {
  const gold = JSON.parse(readFileSync(join(GOLD, 'disputes', 'expected.json'), 'utf8')) as {
    split: Record<string, string[]>;
    documents: { total: number; list: { doc: string; split: string }[] };
    incidents: {
      id: string; split: string;
      disputes: { id: string; kind: string; window: [string, string]; sameSide?: boolean; sides: { side: string; speakers: { name: string; side: string }[]; documents: string[] }[] }[];
      agreements: { id: string; parties: { documents: string[] }[] }[];
      notDisputes: { id: string; a: { doc: string }; b: { doc: string } }[];
      neverSpeakers: { doc: string; text: string }[];
    }[];
  };
  const onDisk = [...documentsIn('dev'), ...documentsIn('test')].sort();

  test('the document list is exactly the documents on disk', () => {
    assert.deepEqual(gold.documents.list.map((d) => d.doc).sort(), onDisk);
    assert.equal(gold.documents.total, onDisk.length);
    assert.ok(onDisk.length >= 44, `at least 44 documents, found ${onDisk.length}`);
  });

  test('every document named anywhere exists, in the split of its incident', () => {
    for (const inc of gold.incidents) {
      const named = [
        ...inc.disputes.flatMap((d) => d.sides.flatMap((s) => s.documents)),
        ...inc.agreements.flatMap((a) => a.parties.flatMap((p) => p.documents)),
        ...inc.notDisputes.flatMap((n) => [n.a.doc, n.b.doc]),
        ...inc.neverSpeakers.map((n) => n.doc),
      ];
      for (const d of named) {
        assert.ok(onDisk.includes(d), `${inc.id}: ${d} does not exist`);
        assert.ok(d.startsWith(`${inc.split}/`), `${inc.id}: ${d} is not in split ${inc.split}`);
      }
    }
  });

  test('disputes are well-formed: a kind, two sides with speakers and documents, a window in order', () => {
    const kinds = new Set(['responsibility', 'control', 'figures', 'status', 'cause']);
    for (const inc of gold.incidents) {
      for (const d of inc.disputes) {
        assert.ok(kinds.has(d.kind), `${d.id}: kind ${d.kind}`);
        assert.equal(d.sides.length, 2, d.id);
        assert.ok(d.window[0] <= d.window[1], d.id);
        for (const s of d.sides) {
          assert.ok(s.speakers.length > 0 && s.documents.length > 0, d.id);
          for (const sp of s.speakers) assert.match(sp.side, /^[A-Z]{2,4}$/, `${d.id}: ${sp.name}`);
        }
        if (d.sameSide) assert.equal(d.sides[0]!.side, d.sides[1]!.side, d.id);
        else assert.notEqual(d.sides[0]!.side, d.sides[1]!.side, d.id);
      }
    }
  });

  test('the split is by incident, with at least 6 incidents in each half (dev may be the larger: it was enlarged for tuning)', () => {
    const real = gold.incidents.filter((i) => !i.id.startsWith('unrelated'));
    assert.ok(real.length >= 12);
    const dev = real.filter((i) => i.split === 'dev').length;
    assert.ok(dev >= 6 && real.length - dev >= 6, `dev ${dev} of ${real.length}`);
    assert.ok(dev >= real.length - dev, `dev ${dev} of ${real.length}`);
    for (const i of gold.incidents) assert.ok(gold.split[i.split]!.includes(i.id), i.id);
  });

  test('each speaker check names words that are in its document, in its split', () => {
    const checks = (gold as unknown as { speakerChecks: Record<string, { doc: string; content: string; speakers: string[] }[]> }).speakerChecks;
    for (const [split, list] of Object.entries(checks)) {
      assert.ok(list.length > 0, split);
      for (const c of list) {
        assert.ok(c.doc.startsWith(`${split}/`) && onDisk.includes(c.doc), c.doc);
        assert.ok(readFileSync(join(GOLD, 'disputes', c.doc.replace(/#.*$/, '')), 'utf8').includes(c.content), `${c.doc}: ${c.content}`);
        assert.ok(c.speakers.length > 0, c.doc);
      }
    }
  });

  test('each photo credit is in its document', () => {
    for (const inc of gold.incidents) {
      for (const n of inc.neverSpeakers) assert.ok(readFileSync(join(GOLD, 'disputes', n.doc), 'utf8').includes(n.text), `${n.doc}: ${n.text}`);
    }
  });
});

describe('bench/gold/acled/sentences.jsonl', () => {
  const TYPES: Record<string, string[]> = {
    Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
    'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
    'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
    Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
    Riots: ['Violent demonstration', 'Mob violence'],
    'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
  };
  const PLOVER = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
  interface Row {
    id: string; split: string; text: string; trigger: string | null; trigger_span: [number, number] | null;
    event_type: string | null; sub_event_type: string | null; plover_event: string | null;
    agent: string | null; target: string | null; place: string | null; polarity: string | null; modality: string | null;
  }
  const rows = readFileSync(join(GOLD, 'acled', 'sentences.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

  test('at least 180 sentences, ids unique', () => {
    assert.ok(rows.length >= 180);
    assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
  });
  test('labels are ACLED\'s and PLOVER\'s own', () => {
    for (const r of rows) {
      if (r.event_type === null) assert.equal(r.sub_event_type, null, r.id);
      else assert.ok(TYPES[r.event_type]?.includes(r.sub_event_type ?? ''), `${r.id}: ${r.event_type} / ${r.sub_event_type}`);
      if (r.plover_event !== null) assert.ok(PLOVER.has(r.plover_event), `${r.id}: ${r.plover_event}`);
      assert.ok([null, 'happened', 'not_happened', 'denied'].includes(r.polarity), r.id);
      assert.ok([null, 'alleged', 'planned', 'threatened'].includes(r.modality), r.id);
    }
  });
  test('spans slice back to the trigger; agent, target and place are substrings', () => {
    for (const r of rows) {
      if (r.trigger !== null) assert.equal(r.text.slice(r.trigger_span![0], r.trigger_span![1]), r.trigger, r.id);
      for (const k of ['agent', 'target', 'place'] as const) if (r[k] !== null) assert.ok(r.text.includes(r[k]!), `${r.id}: ${k}`);
    }
  });
  test('every common sub-type has at least 8 sentences, split about evenly', () => {
    const common = ['Shelling/artillery/missile attack', 'Air/drone strike', 'Armed clash', 'Non-state actor overtakes territory', 'Government regains territory',
      'Remote explosive/landmine/IED', 'Attack', 'Abduction/forced disappearance', 'Peaceful protest', 'Arrests', 'Looting/property destruction',
      'Non-violent transfer of territory', 'Agreement', 'Disrupted weapons use', 'Headquarters or base established', 'Change to group/activity'];
    for (const t of common) {
      const of = rows.filter((r) => r.sub_event_type === t);
      assert.ok(of.length >= 8, `${t}: ${of.length}`);
      const dev = of.filter((r) => r.split === 'dev').length;
      assert.ok(Math.abs(2 * dev - of.length) <= 1, `${t}: dev ${dev} of ${of.length}`);
    }
  });
});

/**
 * The `Store` contract: tests written against the interface only, run by each implementation's
 * test file with a factory for a fresh, empty store. (No tests run on import.) Documents get in
 * through the ledger (src/ledger/: reprints, claim facts, links), as in every ingest path, so
 * each store is checked with the rows the ledger hands it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SitrepError } from '../../src/errors.js';
import { NEAR_THRESHOLD, signature, similarity } from '../../src/ingest/dedup.js';
import type { Store } from '../../src/store/types.js';
import { prepareDocument } from '../../src/ledger/prepare.js';
import { ledgerStore, type LedgerStore } from './ledger-store.js';
import { MINISTRY_TEXT, cyrillicItems, item, ministry, reprint, wire, WIRE_TEXT } from './fixtures.js';

/** A fresh, empty store and a way to dispose of it. */
export type StoreFactory = () => Promise<{ store: Store; dispose(): Promise<void> }>;

async function withStore(open: StoreFactory, fn: (s: LedgerStore) => Promise<void>): Promise<void> {
  const { store, dispose } = await open();
  try {
    await fn(ledgerStore(store));
  } finally {
    await dispose();
  }
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof SitrepError && e.code === code);
}

/** Registers the contract tests for one `Store` implementation. */
export function storeContract(name: string, open: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    it('stores a batch and reports each document as new; re-ingest changes nothing', async () => {
      await withStore(open, async (s) => {
        const out = await s.ingest([wire(), ministry()]);
        assert.deepEqual(out.map((o) => [o.id, o.status]), [['wire-1', 'new'], ['mod-1', 'new']]);
        const before = await s.stats();
        assert.equal(before.documents, 2);
        assert.equal(before.claims, 4);
        assert.equal(before.quantities, 4);
        const again = await s.ingest([wire(), ministry()]);
        assert.deepEqual(again.map((o) => o.status), ['unchanged', 'unchanged']);
        const after = await s.stats();
        assert.deepEqual({ ...after, bytes: null }, { ...before, bytes: null });
        assert.deepEqual(await s.known(['wire-1', 'nope', 'mod-1']), new Set(['wire-1', 'mod-1']));
        // the stored content hash of each known id (a record that reuses an id for other text is told by it)
        const hashes = await s.storedHashes(['wire-1', 'nope', 'mod-1']);
        assert.deepEqual([...hashes.keys()].sort(), ['mod-1', 'wire-1']);
        for (const h of hashes.values()) assert.match(h, /^[0-9a-f]{16}$/);
        assert.notEqual(hashes.get('wire-1'), hashes.get('mod-1'), 'two texts, two hashes');
      });
    });

    it('keeps the analysis as given and the document with its text', async () => {
      await withStore(open, async (s) => {
        const w = wire();
        await s.ingest([w]);
        assert.deepEqual(await s.getAnalysis('wire-1'), w.analysis);
        const d = await s.getDocument('wire-1');
        assert.equal(d?.text, WIRE_TEXT);
        assert.equal(d?.published, '2024-08-06T09:00:00Z');
        assert.equal(d?.url, 'https://news.example.org/kupiansk-market');
        assert.equal(d?.claimCount, 1);
        assert.equal(d?.length, WIRE_TEXT.length);
        assert.equal(d?.carrierOf, null);
        assert.equal(await s.getDocument('absent'), null);
        assert.equal(await s.getAnalysis('absent'), null);
      });
    });

    it('stores an analysis handed over as UTF-8 bytes (as analysis workers send it) as the same text', async () => {
      await withStore(open, async (s) => {
        const items = cyrillicItems();
        const prepared = items.map((it) => prepareDocument(it.document, { analysis: it.analysis, title: it.title ?? null }));
        for (const p of prepared) p.analysisJson = new TextEncoder().encode(p.analysisJson as string);
        const out = await s.ledger.commit(prepared);
        assert.deepEqual(out.map((o) => o.status), ['new', 'new', 'new']);
        for (const it of items) assert.deepEqual(await s.getAnalysis(it.document.id), it.analysis);
        const hits = await s.search('Теткино', { type: 'document' });
        assert.deepEqual(hits.items.map((h) => h.id).sort(), ['ru-1', 'ru-2']);
      });
    });

    it('stores an exact copy under another id as a carrier whose claims point to the original', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire()]);
        const [o] = await s.ingest([wire('wire-copy', WIRE_TEXT, 'mirror/copy.txt')]);
        assert.deepEqual(o, { id: 'wire-copy', status: 'exact-duplicate', carrierOf: 'wire-1', similarity: 1 });
        const c = await s.getClaim('wire-copy#0');
        assert.equal(c?.originClaimId, 'wire-1#0');
        assert.equal(c?.rootDocumentId, 'wire-1');
        const d = await s.getDocument('wire-copy');
        assert.equal(d?.duplicate, 'exact');
      });
    });

    it('finds a lightly edited reprint, also in a later batch, and counts it as one source', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire(), ministry()]);
        const [o] = await s.ingest([reprint()]);
        assert.equal(o!.status, 'near-duplicate');
        assert.equal(o!.carrierOf, 'wire-1');
        assert.ok(o!.similarity! >= 0.5 && o!.similarity! < 1, `similarity ${o!.similarity}`);
        const places = await s.places();
        const kup = places.items.find((p) => p.placeId === 'geonames:704679');
        // Kupiansk: the wire claim, its reprint, and the ministry's denial; two independent texts.
        assert.equal(kup?.claims, 3);
        assert.equal(kup?.sources, 2);
        assert.deepEqual(kup?.variants, ['Kupiansk']);
        const originals = await s.claims({ place: 'Kupiansk', originalsOnly: true });
        assert.deepEqual(originals.items.map((c) => c.id).sort(), ['mod-1#0', 'wire-1#0']);
        const carriers = await s.documents({ carriers: true });
        assert.deepEqual(carriers.items.map((d) => [d.id, d.carrierOf, d.duplicate]), [['reprint-1', 'wire-1', 'near']]);
      });
    });

    it('does not take an unrelated text for a reprint', async () => {
      await withStore(open, async (s) => {
        const out = await s.ingest([wire(), ministry(), item('other', 'Heavy rain flooded the lower town. ' + MINISTRY_TEXT.slice(0, 40), null)]);
        assert.deepEqual(out.map((o) => o.status), ['new', 'new', 'new']);
      });
    });

    it('keeps templated reports with other figures and places apart (not carriers), but still finds their copies', async () => {
      // Two daily summaries from one template (fictional): same wording, other numbers and another town.
      const tpl = (town: string, men: number, tanks: string, areas: number): string =>
        `Units of the Western group of forces improved their tactical position near ${town} and repelled counterattacks of ` +
        `assault groups of the enemy. Spokesman Igor Konashenkov said the enemy lost up to ${men} servicemen, ${tanks} tanks ` +
        'and armoured combat vehicles. Operational-tactical aviation, attack drones, missile troops and artillery struck ' +
        `concentrations of manpower and equipment in ${areas} areas. Air defence systems shot down unmanned aerial vehicles over the past day.`;
      const LYMAN = { text: 'Liman', name: 'Lyman', id: 'geonames:702320', country: 'UA', admin1: 'UA-14', lat: 48.99, lon: 37.8 };
      const KUP = { text: 'Kupyansk', name: 'Kupiansk', id: 'geonames:704679', country: 'UA', admin1: 'UA-63', lat: 49.71, lon: 37.61 };
      const day = (id: string, text: string, place: typeof KUP, men: number, date: string) => item(id, text, date, {
        claims: [{ speaker: 'Spokesman Igor Konashenkov', name: 'Igor Konashenkov', cue: 'said', content: [`the enemy lost up to ${men} servicemen`] }],
        places: [place],
      });
      const t1 = tpl('Kupyansk', 45, 'three', 96);
      const t2 = tpl('Liman', 130, 'seven', 112);
      assert.ok(similarity(signature(t1), signature(t2)) >= NEAR_THRESHOLD, 'the pair is near by wording (else this tests nothing)');
      await withStore(open, async (s) => {
        const out = await s.ingest([day('mod-day1', t1, KUP, 45, '2024-08-01'), day('mod-day2', t2, LYMAN, 130, '2024-08-02')]);
        assert.deepEqual(out.map((o) => [o.status, o.carrierOf]), [['new', null], ['new', null]]);
        const c = await s.getClaim('mod-day2#0');
        assert.equal(c?.originClaimId, null);
        assert.equal(c?.rootDocumentId, 'mod-day2');
        // A copy of day 1 with a line added is still its carrier.
        const [o] = await s.ingest([day('mod-day1-repost', `${t1} Subscribe to the channel.`, KUP, 45, '2024-08-01')]);
        assert.deepEqual([o!.status, o!.carrierOf], ['near-duplicate', 'mod-day1']);
        assert.equal((await s.getClaim('mod-day1-repost#0'))?.originClaimId, 'mod-day1#0');
      });
      // The same summary with the same figures about another town: short text, so a place replaced is another text.
      await withStore(open, async (s) => {
        const out = await s.ingest([day('a', t1, KUP, 45, '2024-08-01'), day('b', t1.replace('Kupyansk', 'Liman'), LYMAN, 45, '2024-08-01')]);
        assert.deepEqual(out.map((o) => o.status), ['new', 'new']);
      });
    });

    it('filters claims by speaker, place, region, dates, text and kind', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire(), ministry()]);
        const ids = async (q: Parameters<Store['claims']>[0]): Promise<string[]> => (await s.claims(q)).items.map((c) => c.id).sort();
        assert.deepEqual(await ids({ speaker: 'konashenkov' }), ['mod-1#1', 'mod-1#2']);
        assert.deepEqual(await ids({ speaker: 'SYNEHUBOV' }), ['wire-1#0']);
        assert.deepEqual(await ids({ place: 'geonames:578072' }), ['mod-1#1']);
        assert.deepEqual(await ids({ place: 'vovchansk' }), ['mod-1#2']);
        assert.deepEqual(await ids({ region: 'RU-BEL' }), ['mod-1#1']);
        assert.deepEqual(await ids({ region: 'UA-63' }), ['mod-1#0', 'mod-1#2', 'wire-1#0']);
        assert.deepEqual(await ids({ region: 'ua' }), ['mod-1#0', 'mod-1#2', 'wire-1#0']);
        // Dates: the ministry's first claim is dated by 'Tuesday' in its sentence; the others by publication.
        assert.deepEqual(await ids({ from: '2024-08-07' }), ['mod-1#1', 'mod-1#2']);
        assert.deepEqual(await ids({ from: '2024-08-06', to: '2024-08-06' }), ['mod-1#0', 'wire-1#0']);
        assert.deepEqual(await ids({ text: 'fabricated strike' }), ['mod-1#0']);
        assert.deepEqual(await ids({ text: 'Civilians' }), ['wire-1#0']); // a word no other claim has in any form (PostgreSQL stems: 'shelling' also finds 'shelled')
        assert.deepEqual(await ids({ text: '!!!' }), []);
        assert.deepEqual(await ids({ kind: 'direct' }), []);
        assert.deepEqual(await ids({ unit: 'attacks' }), ['mod-1#2']);
        assert.deepEqual(await ids({ documentId: 'wire-1' }), ['wire-1#0']);
        assert.deepEqual(await ids({ speaker: 'konashenkov', place: 'Belgorod' }), ['mod-1#1']);
      });
    });

    it('counts claims per day and side with the claims filters (timeline)', async () => {
      await withStore(open, async (s) => {
        const undated = item('undated', 'Colonel Ivan Sirko said the column turned back.', null, {
          claims: [{ speaker: 'Colonel Ivan Sirko', cue: 'said', content: ['the column turned back'] }],
        });
        await s.ingest([wire(), ministry(), undated]);
        const perDay = (t: Awaited<ReturnType<Store['timeline']>>): [string, number][] => {
          const m = new Map<string, number>();
          for (const d of t.days) m.set(d.date, (m.get(d.date) ?? 0) + d.claims);
          return [...m];
        };
        // The wire claim and the ministry's first are dated 6 August, its other two 7 August; the
        // undated claim counts in the total only.
        const all = await s.timeline();
        assert.deepEqual(perDay(all), [['2024-08-06', 2], ['2024-08-07', 2]]);
        assert.equal(all.claims, 5);
        assert.deepEqual(perDay(await s.timeline({ speaker: 'konashenkov' })), [['2024-08-07', 2]]);
        assert.deepEqual(perDay(await s.timeline({ from: '2024-08-07' })), [['2024-08-07', 2]]);
        assert.deepEqual(perDay(await s.timeline({ region: 'UA-63', to: '2024-08-06' })), [['2024-08-06', 2]]);
        assert.deepEqual(perDay(await s.timeline({ text: 'Civilians' })), [['2024-08-06', 1]]);
        assert.deepEqual(await s.timeline({ unit: 'no-such-unit' }), { days: [], claims: 0 });
        assert.equal((await s.timeline({ speaker: 'sirko' })).claims, 1);
        // The same counts as walking the claims one by one, for any filter.
        for (const q of [{}, { speaker: 'konashenkov' }, { place: 'Kupiansk' }, { kind: 'indirect' as const }]) {
          const want = new Map<string, number>();
          let n = 0;
          for await (const c of s.eachClaim(q)) {
            n++;
            if (c.date !== null) want.set(`${c.date} ${c.side}`, (want.get(`${c.date} ${c.side}`) ?? 0) + 1);
          }
          const got = await s.timeline(q);
          assert.equal(got.claims, n);
          assert.deepEqual(new Map(got.days.map((d) => [`${d.date} ${d.side}`, d.claims])), want);
          const dates = got.days.map((d) => d.date);
          assert.deepEqual(dates, [...dates].sort());
        }
      });
    });

    it('counts a claim once when it matches a filter twice (two places of a region, two quantities of a unit)', async () => {
      await withStore(open, async (s) => {
        const text = 'Governor Oleh Brat said 3 drones hit Izium and 2 drones hit Balakliia overnight. 5 drones were seen later.';
        await s.ingest([wire(), item('two-places', text, '2024-08-09', {
          claims: [{ speaker: 'Governor Oleh Brat', cue: 'said', content: ['3 drones hit Izium and 2 drones hit Balakliia overnight'] }],
          places: [
            { text: 'Izium', name: 'Izium', id: 'geonames:707292', country: 'UA', admin1: 'UA-63' },
            { text: 'Balakliia', name: 'Balakliia', id: 'geonames:712441', country: 'UA', admin1: 'UA-63' },
          ],
          // The third quantity belongs to no claim.
          quantities: [{ text: '3 drones', value: 3, unit: 'drones', claim: 0 }, { text: '2 drones', value: 2, unit: 'drones', claim: 0 }, { text: '5 drones', value: 5, unit: 'drones', claim: null }],
        })]);
        const page = async (q: Parameters<Store['claims']>[0]): Promise<[number, string[]]> => {
          const p = await s.claims(q);
          return [p.total, p.items.map((c) => c.id)];
        };
        assert.deepEqual(await page({ region: 'UA-63', from: '2024-08-09' }), [1, ['two-places#0']]);
        assert.deepEqual(await page({ region: 'ua-63' }), [2, ['wire-1#0', 'two-places#0']]);
        assert.deepEqual(await page({ unit: 'drones' }), [1, ['two-places#0']]);
        assert.deepEqual(await page({ unit: 'drones', region: 'UA' }), [1, ['two-places#0']]);
        assert.deepEqual(await page({ unit: 'drones', text: 'Balakliia', place: 'izium' }), [1, ['two-places#0']]);
        assert.deepEqual(await page({ text: 'overnight drones', region: 'UA-63' }), [1, ['two-places#0']]);
        assert.deepEqual(await page({ text: 'drones', place: 'Kupiansk' }), [0, []]);
        assert.deepEqual(await page({ unit: 'killed', place: 'Kupiansk' }), [1, ['wire-1#0']]);
        assert.equal((await s.timeline({ region: 'UA-63' })).claims, 2);
      });
    });

    it('filters claims and places by event type (ACLED type, sub-type or PLOVER type, any case) and gives each claim its event types', async () => {
      await withStore(open, async (s) => {
        const text = 'Governor Oleh Brat said Russian artillery shelled Izium and struck Balakliia overnight. ' +
          'Spokesman Nazar Voloshyn said troops repelled an assault near Kupiansk. A drone was seen over Balakliia later.';
        const shelling = { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', plover: 'ASSAULT' };
        const clash = { eventType: 'Battles', subEventType: 'Armed clash', plover: 'FIGHT' };
        await s.ingest([wire(), item('strikes', text, '2024-08-09', {
          claims: [
            { speaker: 'Governor Oleh Brat', cue: 'said', content: ['Russian artillery shelled Izium and struck Balakliia overnight'] },
            { speaker: 'Spokesman Nazar Voloshyn', cue: 'said', content: ['troops repelled an assault near Kupiansk'] },
          ],
          places: [
            { text: 'Izium', name: 'Izium', id: 'geonames:707292', country: 'UA', admin1: 'UA-63', lat: 49.21, lon: 37.25 },
            { text: 'Balakliia', name: 'Balakliia', id: 'geonames:712441', country: 'UA', admin1: 'UA-63', lat: 49.46, lon: 36.86 },
            { text: 'Kupiansk', name: 'Kupiansk', id: 'geonames:704679', country: 'UA', admin1: 'UA-63', lat: 49.71, lon: 37.61 },
          ],
          events: [
            // Two events of one type in the first claim: stored once.
            { trigger: 'shelled', claim: 0, ...shelling },
            { trigger: 'struck', claim: 0, ...shelling },
            { trigger: 'assault', claim: 1, ...clash },
            // Narration (no claim): never a claim's event.
            { trigger: 'seen', claim: null, eventType: null, subEventType: null, plover: 'MONITOR' },
          ],
        })]);
        const page = async (q: Parameters<Store['claims']>[0]): Promise<[number, string[]]> => {
          const p = await s.claims(q);
          return [p.total, p.items.map((c) => c.id)];
        };
        assert.deepEqual(await page({ event: 'Explosions/Remote violence' }), [1, ['strikes#0']]);
        assert.deepEqual(await page({ event: 'shelling/artillery/missile attack' }), [1, ['strikes#0']]);
        assert.deepEqual(await page({ event: 'FIGHT' }), [1, ['strikes#1']]);
        assert.deepEqual(await page({ event: 'armed CLASH' }), [1, ['strikes#1']]);
        assert.deepEqual(await page({ event: 'MONITOR' }), [0, []]);
        assert.deepEqual(await page({ event: 'Protests' }), [0, []]);
        assert.deepEqual(await page({ event: 'Battles', place: 'Kupiansk' }), [1, ['strikes#1']]);
        assert.deepEqual(await page({ event: 'Battles', place: 'Izium' }), [0, []]);
        assert.equal((await s.timeline({ event: 'battles' })).claims, 1);
        assert.deepEqual((await s.getClaim('strikes#0'))!.events, [shelling]);
        assert.deepEqual((await s.getClaim('strikes#1'))!.events, [clash]);
        assert.deepEqual((await s.getClaim('wire-1#0'))!.events, []);

        const battles = await s.places({ event: 'Battles' });
        assert.deepEqual(battles.items.map((p) => [p.placeId, p.claims, p.eventTypes]), [['geonames:704679', 1, [{ type: 'Battles', claims: 1 }]]]);
        assert.equal(battles.total, 1);
        // Under a filter, a place's types are those of the claims that pass it.
        const explosions = await s.places({ event: 'explosions/remote violence' });
        assert.deepEqual(explosions.items.map((p) => [p.name, p.eventTypes]).sort(),
          [['Balakliia', [{ type: 'Explosions/Remote violence', claims: 1 }]], ['Izium', [{ type: 'Explosions/Remote violence', claims: 1 }]]]);
        assert.equal(explosions.total, 2);
        // The total of a filtered places list, on a page, and past its last place.
        const second = await s.places({ event: 'explosions/remote violence', limit: 1, offset: 1 });
        assert.deepEqual([second.items.length, second.total], [1, 2]);
        const past = await s.places({ event: 'explosions/remote violence', offset: 5 });
        assert.deepEqual([past.items.length, past.total], [0, 2]);
        assert.deepEqual([(await s.places({ event: 'Riots' })).total, (await s.places({ event: 'Riots', offset: 3 })).total], [0, 0]);
        const all = new Map((await s.places()).items.map((p) => [p.name, p.eventTypes]));
        assert.deepEqual(all.get('Izium'), [{ type: 'Explosions/Remote violence', claims: 1 }]);
        // Kupiansk: the wire's claim reports no event, the spokesman's a clash.
        assert.deepEqual(all.get('Kupiansk'), [{ type: 'Battles', claims: 1 }]);
        assert.deepEqual((await s.places({ from: '2024-08-09' })).items.find((p) => p.name === 'Kupiansk')?.eventTypes, [{ type: 'Battles', claims: 1 }]);
      });
    });

    it('gives a Cyrillic speaker name in Latin letters too (Ukrainian national system where the name is Ukrainian)', async () => {
      await withStore(open, async (s) => {
        const text = 'Олег Синєгубов заявив, що обстріл тривав годину. Песков сказал, что атака отбита.';
        await s.ingest([wire(), item('cyr', text, '2024-08-09', {
          claims: [
            { speaker: 'Олег Синєгубов', cue: 'заявив', content: ['обстріл тривав годину'] },
            { speaker: 'Песков', cue: 'сказал', content: ['атака отбита'] },
          ],
        })]);
        assert.equal((await s.getClaim('cyr#0'))!.speakerLatin, 'Oleh Syniehubov');
        assert.equal((await s.getClaim('cyr#1'))!.speakerLatin, 'Peskov');
        assert.equal((await s.getClaim('wire-1#0'))!.speakerLatin, null);
      });
    });

    it('returns claims with their places, quantities and provenance', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire()]);
        const c = await s.getClaim('wire-1#0');
        assert.ok(c);
        assert.equal(c.speaker, 'Oleh Synehubov');
        assert.equal(c.cue, 'said');
        assert.equal(c.content, '12 civilians were killed and 30 wounded in the shelling of Kupiansk');
        assert.equal(WIRE_TEXT.slice(c.start, c.end), c.content);
        assert.equal(c.date, '2024-08-06');
        assert.deepEqual(c.places.map((p) => [p.placeId, p.admin1, p.lat]), [['geonames:704679', 'UA-63', 49.71]]);
        assert.equal(WIRE_TEXT.slice(c.places[0]!.start, c.places[0]!.end), 'Kupiansk');
        assert.deepEqual(c.quantities.map((q) => [q.value, q.unit, q.bound, q.text]), [[12, 'killed', 'exact', '12 civilians were killed'], [30, 'wounded', 'exact', '30 wounded']]);
        assert.equal(c.source, 'wire/agency.txt');
        assert.equal(c.outlet, 'Example Wire');
        assert.equal(c.originClaimId, null);
        assert.equal(c.rootDocumentId, 'wire-1');
      });
    });

    it('gives a claim the same places, quantities and events in a list page as alone (every field)', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire()]);
        const alone = await s.getClaim('wire-1#0');
        assert.ok(alone);
        const listed = (await s.claims({ documentId: 'wire-1' })).items.find((x) => x.id === 'wire-1#0');
        assert.deepEqual(listed, alone);
        const q = alone.quantities[1]!;
        assert.deepEqual([q.documentId, q.claimId, q.high, q.vague, WIRE_TEXT.slice(q.start, q.end)], ['wire-1', 'wire-1#0', null, false, '30 wounded']);
        assert.equal(typeof q.id, 'string');
        const p = alone.places[0]!;
        assert.deepEqual([p.name, p.country, typeof p.lon, p.text], ['Kupiansk', 'UA', 'number', 'Kupiansk']);
        const viaQuantities = (await s.quantities({ unit: 'wounded' })).items[0]!;
        assert.deepEqual(viaQuantities.claim, alone);
      });
    });

    it('pages through claims with cursors and offsets, without gaps or repeats', async () => {
      await withStore(open, async (s) => {
        const batch = Array.from({ length: 7 }, (_, i) =>
          item(`d${i}`, `Officer Anna Koval said ${i + 1} drones were shot down near Izium. Officer Anna Koval said the sky was calm.`, '2024-08-01', {
            claims: [
              { speaker: 'Officer Anna Koval', cue: 'said', content: [`${i + 1} drones were shot down near Izium`] },
              { speaker: 'Officer Anna Koval', cue: 'said', content: ['the sky was calm'] },
            ],
          }));
        await s.ingest(batch);
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        for (;;) {
          const pg = await s.claims({ limit: 4, cursor });
          assert.equal(pg.total, 14);
          seen.push(...pg.items.map((c) => c.id));
          pages++;
          if (!pg.next) break;
          cursor = pg.next;
        }
        assert.equal(pages, 4);
        assert.equal(new Set(seen).size, 14);
        const byOffset = await s.claims({ limit: 3, offset: 12 });
        assert.deepEqual(byOffset.items.map((c) => c.id), seen.slice(12));
        assert.equal(byOffset.next, null);
        const all: string[] = [];
        for await (const c of s.eachClaim({ speaker: 'koval' })) all.push(c.id);
        assert.deepEqual(all, seen);
      });
    });

    it('searches documents and claims and marks the matched words', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire(), ministry()]);
        const r = await s.search('blood donors');
        assert.deepEqual(r.items.map((h) => [h.type, h.id]), [['document', 'wire-1']]);
        const h = r.items[0]!;
        assert.deepEqual(h.marks.map(([a, b]) => h.snippet.slice(a, b)), ['blood', 'donors']);
        const both = await s.search('Belgorod');
        assert.deepEqual(both.items.map((x) => `${x.type}:${x.id}`).sort(), ['claim:mod-1#1', 'document:mod-1']);
        assert.equal(both.total, 2);
        const claimsOnly = await s.search('belgorod', { type: 'claim' });
        assert.deepEqual(claimsOnly.items.map((x) => x.id), ['mod-1#1']);
        assert.equal((await s.search('   ')).total, 0);
        // FTS5 syntax in user text is matched as words, not interpreted.
        assert.equal((await s.search('Kupiansk OR NEAR(" ')).total, 0);
        assert.equal((await s.search('"Kupiansk" *')).total, 4);
      });
    });

    it('searches Russian and Ukrainian text with ё folded and words stemmed (issue 10)', async () => {
      await withStore(open, async (s) => {
        await s.ingest(cyrillicItems());
        const ids = async (q: string, type?: 'document' | 'claim'): Promise<string[]> =>
          (await s.search(q, type ? { type } : {})).items.map((h) => `${h.type}:${h.id}`).sort();
        // ё and е are one letter, both ways
        assert.deepEqual(await ids('Тёткино'), ['claim:ru-1#0', 'document:ru-1', 'document:ru-2']);
        assert.deepEqual(await ids('Теткино'), ['claim:ru-1#0', 'document:ru-1', 'document:ru-2']);
        assert.deepEqual(await ids('ТЁТКИНО', 'document'), ['document:ru-1', 'document:ru-2']);
        // other case forms of the same words
        assert.deepEqual(await ids('Курской области', 'document'), ['document:ru-1', 'document:ru-2']);
        assert.deepEqual(await ids('Курская область', 'document'), ['document:ru-1', 'document:ru-2']);
        assert.deepEqual(await ids('Теткине'), ['claim:ru-1#0', 'document:ru-1', 'document:ru-2']);
        // Ukrainian: no stemmer in PostgreSQL, stems as prefixes in both stores
        assert.deepEqual(await ids('окупантів'), ['claim:uk-1#0', 'document:uk-1']);
        assert.deepEqual(await ids('Харкова', 'document'), ['document:uk-1']);
        // every word is required; a word not in the texts finds nothing
        assert.deepEqual(await ids('Тёткино Харкова'), []);
        assert.deepEqual(await ids('Белгород'), []);
        // the matched words are marked in the original spelling
        const hit = (await s.search('Теткино', { type: 'claim' })).items[0]!;
        assert.deepEqual(hit.marks.map(([a, b]) => hit.snippet.slice(a, b).replace(/[ёЁ]/g, 'е').toLowerCase()), ['теткино']);
        // the claims filter finds the same claims
        assert.deepEqual((await s.claims({ text: 'теткина' })).items.map((c) => c.id), ['ru-1#0']);
        // English search is unchanged beside them
        await s.ingest([wire()]);
        assert.deepEqual(await ids('blood donors'), ['document:wire-1']);
      });
    });

    it('lists places with claim counts and independent sources, filtered by region', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire(), ministry()]);
        const p = await s.places();
        assert.deepEqual(p.items.map((x) => [x.name, x.claims, x.sources]), [['Kupiansk', 2, 2], ['Belgorod', 1, 1], ['Vovchansk', 1, 1]]);
        const ua = await s.places({ region: 'UA-63' });
        assert.deepEqual(ua.items.map((x) => x.name), ['Kupiansk', 'Vovchansk']);
      });
    });

    it('lists quantities with their claims, filtered by unit and place', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire(), ministry()]);
        const wounded = await s.quantities({ unit: 'wounded' });
        assert.deepEqual(wounded.items.map((q) => [q.value, q.claim?.speaker]).sort(), [[30, 'Oleh Synehubov'], [4, 'Igor Konashenkov']]);
        const bel = await s.quantities({ place: 'Belgorod' });
        assert.deepEqual(bel.items.map((q) => q.text), ['4 people']);
      });
    });

    it('stores a batch whole or not at all', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire()]);
        const bad = ministry('mod-x');
        bad.analysis = { ...bad.analysis, id: 'someone-else' };
        await assert.rejects(s.ingest([reprint(), bad]));
        const st = await s.stats();
        assert.equal(st.documents, 1);
        assert.equal(st.claims, 1);
        assert.equal(await s.getDocument('reprint-1'), null);
        // The reprint goes in once the bad document is left out.
        const [o] = await s.ingest([reprint()]);
        assert.equal(o!.status, 'near-duplicate');
      });
    });

    it('records skipped inputs', async () => {
      await withStore(open, async (s) => {
        await s.recordSkips([{ location: 'feeds/broken.xml', code: 'E_FORMAT', message: 'not XML' }, { location: 'x.jsonl:3', code: 'E_JSONL_SYNTAX', message: 'bad JSON' }]);
        const k = await s.skips();
        assert.deepEqual(k.items.map((x) => [x.location, x.code]), [['feeds/broken.xml', 'E_FORMAT'], ['x.jsonl:3', 'E_JSONL_SYNTAX']]);
        assert.equal((await s.stats()).skipped, 2);
      });
    });

    it('rejects bad query values with E_QUERY', async () => {
      await withStore(open, async (s) => {
        await rejectsWith(s.claims({ from: '2024-13-45' }), 'E_QUERY');
        await rejectsWith(s.claims({ to: 'yesterday' }), 'E_QUERY');
        await rejectsWith(s.claims({ limit: 0 }), 'E_QUERY');
        await rejectsWith(s.claims({ limit: 100000 }), 'E_QUERY');
        await rejectsWith(s.claims({ cursor: "r1; DROP TABLE claims" }), 'E_QUERY');
        await rejectsWith(s.claims({ kind: 'rumour' as never }), 'E_QUERY');
        await rejectsWith(s.documents({ offset: -1 }), 'E_QUERY');
      });
    });

    it('treats hostile filter text as data', async () => {
      await withStore(open, async (s) => {
        await s.ingest([wire()]);
        assert.equal((await s.claims({ speaker: "' OR 1=1 --" })).total, 0);
        assert.equal((await s.claims({ speaker: '%' })).total, 0);
        assert.equal((await s.claims({ place: '_' })).total, 0);
        assert.equal((await s.claims({ speaker: 'oleh' })).total, 1);
      });
    });
  });
}

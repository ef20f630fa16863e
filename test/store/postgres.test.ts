/**
 * The PostgreSQL store: the `Store` contract on a fresh database (one schema per test), plus what
 * only PostgreSQL has (migrations under concurrency, per-language full text, many writers).
 * Skips with the reason when no server is reachable (see pg-harness.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SitrepError } from '../../src/errors.js';
import { openPgStore, type PgStore } from '../../src/store/postgres/index.js';
import { COUNT_CAP, INGEST_LOCK } from '../../src/store/postgres/store.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { storeContract } from './contract.js';
import { ledgerStore } from './ledger-store.js';
import { cyrillicItems, item, ministry, reprint, strikes, wire } from './fixtures.js';
import { createTestDatabase, pgServer, type TestDatabase } from './pg-harness.js';

const server = await pgServer();
const skip = 'skip' in server ? server.skip : false;
if (skip) console.log(`# PostgreSQL store tests skipped: ${skip}`);
let db: TestDatabase | null = null;

before(async () => {
  if (!skip && !('skip' in server)) db = await createTestDatabase(server);
});
after(async () => {
  await db?.drop();
});

async function freshStore(): Promise<PgStore> {
  const store = openPgStore(await db!.freshSchemaUrl(), { resolvePlace: null, poolSize: 3 });
  return store.open();
}

if (skip) {
  describe('Store contract: postgres', () => {
    it('needs a PostgreSQL server', { skip }, () => undefined);
  });
} else {
  storeContract('postgres', async () => {
    const store = await freshStore();
    return { store, dispose: () => store.close() };
  });
}

describe('PostgreSQL store', { skip }, () => {
  it('applies numbered migrations once, also when many stores open a new database at once', async () => {
    const url = await db!.freshSchemaUrl();
    const stores = Array.from({ length: 5 }, () => openPgStore(url, { poolSize: 1 }));
    await Promise.all(stores.map((s) => s.open()));
    const r = await stores[0]!.pool.query('SELECT version, name FROM schema_migrations ORDER BY version');
    assert.deepEqual(r.rows.map((x) => x.version), PG_MIGRATIONS.map((m) => m.version));
    assert.equal((await stores[1]!.stats()).schemaVersion, PG_MIGRATIONS.length);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('migration 4 gives claims stored before it their event types, from the stored analyses', async () => {
    const url = await db!.freshSchemaUrl();
    const doc = strikes();
    const a = await openPgStore(url, { resolvePlace: null }).open();
    await ledgerStore(a).ingest([wire(), doc]);
    const ids = ['strikes#0', 'strikes#1', 'wire-1#0'];
    const before = await Promise.all(ids.map((id) => a.getClaim(id)));
    await a.pool.query('DROP TABLE claim_events; DELETE FROM schema_migrations WHERE version >= 4');
    await a.close();
    const b = await openPgStore(url, { resolvePlace: null }).open();
    assert.equal((await b.stats()).schemaVersion, PG_MIGRATIONS.length);
    assert.deepEqual(await Promise.all(ids.map((id) => b.getClaim(id))), before);
    assert.deepEqual(before.map((c) => c!.events.map((e) => e.plover)), [['ASSAULT'], ['FIGHT'], []]);
    assert.deepEqual((await b.claims({ event: 'Shelling/artillery/missile attack' })).items.map((c) => c.id), ['strikes#0']);
    await b.close();
  });

  it('refuses a schema newer than it knows, and a server that does not answer', async () => {
    const url = await db!.freshSchemaUrl();
    const s = await openPgStore(url).open();
    await s.pool.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
    await s.close();
    await assert.rejects(openPgStore(url).open(), (e: unknown) => e instanceof SitrepError && e.code === 'E_DATABASE' && /newer/.test(e.message));
    // Port 1 on loopback: nothing listens there.
    await assert.rejects(openPgStore('postgres://nobody:secret@127.0.0.1:1/none').open(),
      (e: unknown) => e instanceof SitrepError && e.code === 'E_DATABASE' && !e.message.includes('secret'));
  });

  it('stems English and Russian, folds ё to е, and matches Ukrainian words as written', async () => {
    const s = ledgerStore(await freshStore());
    try {
      await s.ingest([
        wire(), ministry(),
        item('ru-1', 'Минобороны сообщило, что ПВО сбила ещё двенадцать беспилотников над Белгородской областью.', '2024-08-07', {}),
        item('uk-1', 'Сили оборони знищили три ворожі дрони над Харківщиною.', '2024-08-07', {}),
      ].map((it) => {
        if (it.document.id === 'ru-1') it.document.lang = 'ru';
        if (it.document.id === 'uk-1') it.document.lang = 'uk';
        return it;
      }));
      const ids = async (t: string): Promise<string[]> => (await s.search(t, { type: 'document' })).items.map((h) => h.id).sort();
      // "shelled" (ministry) and "shelling" (wire) share the English stem "shell".
      assert.deepEqual(await ids('shelled'), ['mod-1', 'wire-1']);
      // Russian: another case of the same noun ("беспилотник"), and ё written as е.
      assert.deepEqual(await ids('беспилотник'), ['ru-1']);
      assert.deepEqual(await ids('еще'), ['ru-1']);
      assert.deepEqual(await ids('ещё'), ['ru-1']);
      // Ukrainian (no stemmer in PostgreSQL): each query word's stem matched as a prefix, any case
      // (issue 10; until then the word as written only).
      assert.deepEqual(await ids('ДРОНИ'), ['uk-1']);
      assert.deepEqual(await ids('дронів'), ['uk-1']);
      assert.deepEqual(await ids('Харківщини'), ['uk-1']);
      assert.deepEqual(await ids('дрова'), []);
      const st = await s.pool.query("SELECT id, fts_config FROM documents WHERE id IN ('ru-1', 'uk-1', 'wire-1') ORDER BY id");
      assert.deepEqual(st.rows.map((r) => [r.id, r.fts_config]), [['ru-1', 'sitrep_russian'], ['uk-1', 'sitrep_ukrainian'], ['wire-1', 'sitrep_english']]);
    } finally {
      await s.close();
    }
  });

  it('indexes documents with no language of their own by the detected one, also those stored before (migration 3, issue 10)', async () => {
    const s = ledgerStore(await freshStore());
    try {
      // Telegram posts carry no language: the analysis's (detected) language chooses the configuration.
      await s.ingest([wire(), ...cyrillicItems()]);
      const cfg = async (): Promise<string[][]> => (await s.pool.query('SELECT id, fts_config FROM documents ORDER BY id')).rows.map((r) => [r.id, r.fts_config]);
      const want = [['ru-1', 'sitrep_russian'], ['ru-2', 'sitrep_russian'], ['uk-1', 'sitrep_ukrainian'], ['wire-1', 'sitrep_english']];
      assert.deepEqual(await cfg(), want);
      const hits = (await s.search('Курской области')).items.map((h) => h.id).sort();
      assert.deepEqual(hits, ['ru-1', 'ru-1#0', 'ru-2']);
      // As a version-2 ledger stored them: everything English. Migration 3 indexes them again.
      await s.pool.query(`UPDATE documents SET fts_config = 'sitrep_english', tsv = to_tsvector('sitrep_english', sitrep_fold(text));
        UPDATE claims SET fts_config = 'sitrep_english', tsv = to_tsvector('sitrep_english', sitrep_fold(content));
        DROP TEXT SEARCH CONFIGURATION sitrep_ukrainian; DELETE FROM schema_migrations WHERE version >= 3`);
      assert.deepEqual((await cfg()).map((r) => r[1]), ['sitrep_english', 'sitrep_english', 'sitrep_english', 'sitrep_english']);
      const m = PG_MIGRATIONS.find((x) => x.version === 3)!;
      await s.pool.query(m.sql);
      assert.deepEqual(await cfg(), want);
      assert.deepEqual((await s.search('Курской области')).items.map((h) => h.id).sort(), hits);
      assert.deepEqual((await s.search('окупантів')).items.map((h) => h.id).sort(), ['uk-1', 'uk-1#0']);
    } finally {
      await s.close();
    }
  });

  it('keeps one copy of a document and one original when several writers store the same texts at once', async () => {
    const url = await db!.freshSchemaUrl();
    const writers = await Promise.all(Array.from({ length: 4 }, async () => ledgerStore(await openPgStore(url, { resolvePlace: null, poolSize: 2 }).open())));
    try {
      // Every writer stores the wire story, its exact copy under another id and its reprint, in its own order.
      const batches = [[wire(), reprint()], [reprint(), wire()], [wire('wire-copy'), wire()], [reprint(), wire('wire-copy')]];
      await Promise.all(writers.map((w, i) => w.ingest(batches[i]!)));
      const s = writers[0]!;
      const st = await s.stats();
      assert.equal(st.documents, 3);
      assert.equal(st.originals, 1);
      // Whichever came first is the original; the others carry it (directly or through a copy).
      const docs = await s.documents();
      const root = docs.items.find((d) => d.carrierOf === null)!;
      const carrierOf = new Map(docs.items.map((d) => [d.id, d.carrierOf]));
      for (const d of docs.items) {
        let at = d.id;
        for (let hops = 0; carrierOf.get(at) && hops < 3; hops++) at = carrierOf.get(at)!;
        assert.equal(at, root.id, `${d.id} leads to the original`);
      }
      const claims = await s.claims();
      assert.equal(claims.total, 3);
      assert.deepEqual([...new Set(claims.items.map((c) => c.rootDocumentId))], [root.id]);
    } finally {
      await Promise.all(writers.map((w) => w.close()));
    }
  });

  it('stores a NUL character as U+FFFD (same length, spans stay true)', async () => {
    const s = ledgerStore(await freshStore());
    try {
      const it = item('nul', 'Officer Anna Koval said the road\u0000 was closed.', '2024-08-01', {
        claims: [{ speaker: 'Officer Anna Koval', cue: 'said', content: ['the road\u0000 was closed'] }],
      });
      await s.ingest([it]);
      const d = await s.getDocument('nul');
      assert.equal(d?.text, 'Officer Anna Koval said the road\uFFFD was closed.');
      assert.equal(d?.length, it.document.text.length);
      assert.equal((await s.getClaim('nul#0'))?.content, 'the road\uFFFD was closed');
    } finally {
      await s.close();
    }
  });

  /** The kept place summaries (migrations 6 and 7) and the same counted from the rows, side by side. */
  async function summaries(s: PgStore): Promise<{ kept: unknown[]; counted: unknown[] }> {
    const q = async (sql: string): Promise<unknown[]> => (await s.pool.query(sql)).rows.map((r) => Object.values(r).join(' '));
    const kept = [
      ...(await q('SELECT place_id, sources, claims FROM places ORDER BY place_id')),
      ...(await q('SELECT place_id, event_type, claims FROM place_event_types WHERE claims > 0 ORDER BY place_id, event_type')),
    ];
    const counted = [
      ...(await q(`SELECT p.place_id, (SELECT count(*) FROM place_sources ps WHERE ps.place_id = p.place_id) AS sources,
        (SELECT count(*) FROM claim_places cp WHERE cp.place_id = p.place_id) AS claims FROM places p ORDER BY p.place_id`)),
      ...(await q(`SELECT cp.place_id, ce.event_type, count(DISTINCT cp.claim_seq) FROM claim_places cp JOIN claim_events ce ON ce.claim_seq = cp.claim_seq
        WHERE ce.event_type IS NOT NULL GROUP BY cp.place_id, ce.event_type ORDER BY cp.place_id, ce.event_type`)),
    ];
    return { kept, counted };
  }

  it('keeps each place\'s claims, sources and event types as rows are written, in either order (migrations 6 and 7)', async () => {
    const s = await freshStore();
    try {
      const text = 'Governor Oleh Brat said Russian artillery shelled Izium and struck Kupiansk overnight. Spokesman Nazar Voloshyn said troops repelled an assault near Kupiansk.';
      const shelling = { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', plover: 'ASSAULT' };
      const izium = { text: 'Izium', name: 'Izium', id: 'geonames:707292', country: 'UA', admin1: 'UA-63', lat: 49.21, lon: 37.25 };
      const kupiansk = { text: 'Kupiansk', name: 'Kupiansk', id: 'geonames:704679', country: 'UA', admin1: 'UA-63', lat: 49.71, lon: 37.61 };
      await ledgerStore(s).ingest([wire(), item('two', text, '2024-08-09', {
        claims: [
          { speaker: 'Governor Oleh Brat', cue: 'said', content: ['Russian artillery shelled Izium and struck Kupiansk overnight'] },
          { speaker: 'Spokesman Nazar Voloshyn', cue: 'said', content: ['troops repelled an assault near Kupiansk'] },
        ],
        places: [izium, kupiansk],
        events: [
          { trigger: 'shelled', claim: 0, ...shelling },
          { trigger: 'struck', claim: 0, ...shelling },
          { trigger: 'assault', claim: 1, eventType: 'Battles', subEventType: 'Armed clash', plover: 'FIGHT' },
        ],
      })]);
      // By hand: Kupiansk is named by the wire (no event) and both claims of 'two' (one shelling
      // claim with two shelling events, one battle); Izium by the first claim of 'two' only.
      const types = new Map((await s.places()).items.map((p) => [p.name, [p.sources, p.eventTypes.map((e) => `${e.type} ${e.claims}`)]]));
      assert.deepEqual(types.get('Kupiansk'), [2, ['Battles 1', 'Explosions/Remote violence 1']]);
      assert.deepEqual(types.get('Izium'), [1, ['Explosions/Remote violence 1']]);
      // Claims naming each: Kupiansk the wire's one and both of 'two'; Izium the first of 'two'.
      assert.deepEqual(new Map((await s.places()).items.map((p) => [p.name, p.claims])), new Map([['Kupiansk', 3], ['Izium', 1]]));
      let now = await summaries(s);
      assert.deepEqual(now.kept, now.counted);

      // Events written after the claim places (the other order from ingest): those of 'two' are
      // taken out and the summary recounted from the rows (a ledger never deletes rows, so no
      // trigger uncounts them), then written again.
      const two = (await s.pool.query("SELECT seq FROM claims WHERE id LIKE 'two#%' ORDER BY seq")).rows.map((r) => r.seq as number);
      const saved = (await s.pool.query('SELECT * FROM claim_events WHERE claim_seq = ANY($1::bigint[])', [two])).rows;
      await s.pool.query('DELETE FROM claim_events WHERE claim_seq = ANY($1::bigint[])', [two]);
      await s.pool.query(`DELETE FROM place_event_types; INSERT INTO place_event_types (place_id, event_type, claims)
        SELECT cp.place_id, ce.event_type, count(DISTINCT cp.claim_seq) FROM claim_places cp JOIN claim_events ce ON ce.claim_seq = cp.claim_seq
        WHERE ce.event_type IS NOT NULL GROUP BY cp.place_id, ce.event_type`);
      assert.deepEqual((await s.places()).items.map((p) => p.eventTypes), [[], []]);
      await s.pool.query(`INSERT INTO claim_events (claim_seq, ord, event_type, sub_event_type, plover)
        SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[])`, [
        saved.map((r) => r.claim_seq), saved.map((r) => r.ord), saved.map((r) => r.event_type), saved.map((r) => r.sub_event_type), saved.map((r) => r.plover),
      ]);
      now = await summaries(s);
      assert.deepEqual(now.kept, now.counted);
      assert.deepEqual(new Map((await s.places()).items.map((p) => [p.name, [p.sources, p.eventTypes.map((e) => `${e.type} ${e.claims}`)]])), types);
      // The AFTER DELETE triggers of migration 6 are gone (migration 7): nothing deletes these rows.
      const removed = await s.pool.query("SELECT tgname FROM pg_trigger WHERE tgname LIKE '%\\_removed' AND NOT tgisinternal");
      assert.deepEqual(removed.rows, []);
    } finally {
      await s.close();
    }
  });

  it('keeps each place\'s claims per day and side as claims are written and their sides change (migration 8), and its timeline reads them', async () => {
    const s = ledgerStore(await freshStore());
    try {
      await s.ingest([wire(), ministry(), strikes()]);
      const kept = async (): Promise<string[]> => (await s.pool.query(`SELECT place_id, day_key, side_key, claims FROM place_days WHERE claims <> 0
        ORDER BY 1, 2, 3`)).rows.map((r) => `${r.place_id} ${r.day_key} ${r.side_key} ${r.claims}`);
      const counted = async (): Promise<string[]> => (await s.pool.query(`SELECT cp.place_id, coalesce('=' || c.day, '') AS d, coalesce('=' || c.side, '') AS s,
        count(*) AS n FROM claim_places cp JOIN claims c ON c.seq = cp.claim_seq GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)).rows.map((r) => `${r.place_id} ${r.d} ${r.s} ${r.n}`);
      // By hand: Kupiansk is named by the wire's claim and the ministry's first, both dated 6 August;
      // Belgorod and Vovchansk by one claim each of 7 August; the claims of 'strikes' name no place.
      const perPlaceDay = new Map<string, number>();
      for (const k of await kept()) {
        const [place, day, , n] = k.split(' ');
        perPlaceDay.set(`${place} ${day}`, (perPlaceDay.get(`${place} ${day}`) ?? 0) + Number(n));
      }
      assert.deepEqual([...perPlaceDay].sort(), [['geonames:578072 =2024-08-07', 1], ['geonames:689431 =2024-08-07', 1], ['geonames:704679 =2024-08-06', 2]]);
      assert.deepEqual(await kept(), await counted());
      // The timeline of one place, from the kept counts, is the one walking its claims gives.
      const walked = async (q: { place?: string; from?: string; to?: string }): Promise<{ days: string[]; claims: number }> => {
        const days = new Map<string, number>();
        let claims = 0;
        for await (const c of s.eachClaim(q)) {
          claims++;
          if (c.date !== null) days.set(`${c.date} ${c.side}`, (days.get(`${c.date} ${c.side}`) ?? 0) + 1);
        }
        return { days: [...days].map(([k, n]) => `${k} ${n}`).sort(), claims };
      };
      const read = async (q: { place?: string; from?: string; to?: string }): Promise<{ days: string[]; claims: number }> => {
        const t = await s.timeline(q);
        return { days: t.days.map((d) => `${d.date} ${d.side} ${d.claims}`).sort(), claims: t.claims };
      };
      const queries = [{ place: 'Kupiansk' }, { place: 'geonames:704679', from: '2024-08-07' }, { place: 'Kupiansk', to: '2024-08-06' }, { place: 'Belgorod' },
        { place: 'Izium' }, { place: 'nowhere' }, { place: 'ansk' } /* Kupiansk and Vovchansk: counted over the claims */];
      for (const q of queries) assert.deepEqual(await read(q), await walked(q), JSON.stringify(q));
      assert.equal((await read({ place: 'Kupiansk' })).claims, 2);
      assert.equal((await read({ place: 'geonames:704679', from: '2024-08-07' })).claims, 0);
      // The whole ledger (claim_days): by hand, the wire's claim, the ministry's three and the two of 'strikes'.
      const keptAll = async (): Promise<string[]> => (await s.pool.query('SELECT day_key, side_key, claims FROM claim_days WHERE claims <> 0 ORDER BY 1, 2'))
        .rows.map((r) => `${r.day_key} ${r.side_key} ${r.claims}`);
      const countedAll = async (): Promise<string[]> => (await s.pool.query(`SELECT coalesce('=' || day, '') AS d, coalesce('=' || side, '') AS s, count(*) AS n
        FROM claims GROUP BY 1, 2 ORDER BY 1, 2`)).rows.map((r) => `${r.d} ${r.s} ${r.n}`);
      assert.deepEqual(await keptAll(), await countedAll());
      assert.equal((await read({})).claims, 6);
      const ledgerQueries = [{}, { from: '2024-08-07' }, { to: '2024-08-06' }, { from: '2024-08-07', to: '2024-08-08' }];
      for (const q of ledgerQueries) assert.deepEqual(await read(q), await walked(q), JSON.stringify(q));
      // A facts update that gives claims another side moves them; one that keeps the side changes nothing.
      const before = await s.getClaims(['wire-1#0', 'mod-1#0', 'mod-1#1']);
      const side = new Map([['wire-1#0', 'XX'], ['mod-1#0', null]]);
      await s.updateClaimFacts(before.map((c) => ({ claimId: c.id, facts: {}, side: side.has(c.id) ? side.get(c.id)! : c.side, affiliation: null, comparable: false })));
      assert.deepEqual((await s.getClaims(['wire-1#0', 'mod-1#0'])).map((c) => c.side), ['XX', null]);
      assert.deepEqual(await kept(), await counted());
      assert.deepEqual(await keptAll(), await countedAll());
      for (const q of [...queries, ...ledgerQueries]) assert.deepEqual(await read(q), await walked(q), JSON.stringify(q));
      assert.ok((await read({ place: 'Kupiansk' })).days.includes('2024-08-06 XX 1'));
      // An existing ledger: migration 8 run again on emptied counters counts the rows it finds.
      await s.pool.query('DELETE FROM place_days; DELETE FROM claim_days');
      assert.deepEqual(await kept(), []);
      await s.pool.query(`BEGIN; ${PG_MIGRATIONS.find((x) => x.version === 8)!.sql}; COMMIT`);
      assert.deepEqual(await kept(), await counted());
      assert.deepEqual(await keptAll(), await countedAll());
      assert.equal((await keptAll()).length > 0, true);
    } finally {
      await s.close();
    }
  });

  it('moves claims between place counters only under the ledger\'s write lock (no deadlock with an ingest elsewhere)', async () => {
    const s = ledgerStore(await freshStore());
    const other = await s.pool.connect();
    try {
      await s.ingest([wire()]);
      const [claim] = await s.getClaims(['wire-1#0']);
      const update = (side: string | null): Promise<void> => s.updateClaimFacts([{ claimId: 'wire-1#0', facts: {}, side, affiliation: null, comparable: false }]);
      // An ingest elsewhere holds the write lock: a facts update that keeps the side goes through...
      await other.query('SELECT pg_advisory_lock($1)', [INGEST_LOCK]);
      await update(claim!.side);
      // ...one that moves the claim to another side's counter waits for the lock.
      let done = false;
      const moving = update('XX').then(() => (done = true));
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(done, false);
      await other.query('SELECT pg_advisory_unlock($1)', [INGEST_LOCK]);
      await moving;
      assert.equal((await s.timeline({ place: 'Kupiansk' })).days.map((d) => d.side).join(), 'XX');
    } finally {
      other.release();
      await s.close();
    }
  });

  it('reads a document view in one query: the same document and analysis as the two reads', async () => {
    const s = ledgerStore(await freshStore());
    try {
      await s.ingest([wire(), ministry()]);
      for (const id of ['wire-1', 'mod-1']) {
        const view = await s.documentView(id);
        assert.deepEqual(view, { document: await s.getDocument(id), analysis: await s.getAnalysis(id) });
        assert.equal(view!.analysis!.text, view!.document.text);
        assert.equal(JSON.stringify(view), JSON.stringify({ document: await s.getDocument(id), analysis: await s.getAnalysis(id) }));
      }
      assert.equal(await s.documentView('no-such-document'), null);
    } finally {
      await s.close();
    }
  });

  it('gives a search\'s total from its ranked matches, on every page and past the last one', async () => {
    const s = ledgerStore(await freshStore());
    try {
      await s.ingest([wire(), ministry(), reprint()]);
      // By hand: "Kupiansk" is in the three documents, the wire's and the reprint's claim and the ministry's first claim.
      const all = await s.search('Kupiansk');
      assert.deepEqual([all.total, all.items.length, all.next], [6, 6, null]);
      const first = await s.search('Kupiansk', { limit: 4 });
      assert.deepEqual([first.total, first.items.map((h) => h.id), first.next], [6, all.items.slice(0, 4).map((h) => h.id), 'o4']);
      const rest = await s.search('Kupiansk', { limit: 4, offset: 4 });
      assert.deepEqual([rest.total, rest.items.map((h) => h.id), rest.next], [6, all.items.slice(4).map((h) => h.id), null]);
      const past = await s.search('Kupiansk', { offset: 50 });
      assert.deepEqual([past.total, past.items, past.next], [6, [], null]);
      assert.deepEqual([(await s.search('Kupiansk', { type: 'claim' })).total, (await s.search('Kupiansk', { type: 'document' })).total], [3, 3]);
      assert.deepEqual(await s.search('Kupiansk Zhytomyr'), { items: [], total: 0, next: null });
    } finally {
      await s.close();
    }
  });

  it('keeps the ledger revision between changes while listening for revision notices, and sees every writer\'s change', async () => {
    const url = await db!.freshSchemaUrl();
    const a = await openPgStore(url, { resolvePlace: null }).open();
    const b = await openPgStore(url, { resolvePlace: null }).open();
    try {
      await ledgerStore(b).ingest([wire()]);
      // Reads of the revision on a's own connection for it.
      let reads = 0;
      const pool = (a as unknown as { revisionPool: { query: (...x: unknown[]) => unknown } }).revisionPool;
      const query = pool.query.bind(pool);
      pool.query = (...x: unknown[]) => (reads++, query(...x));
      const changed = async (from: string): Promise<string> => {
        for (let i = 0; i < 200; i++) {
          const r = await a.revision();
          if (r !== from) return r;
          await new Promise((res) => setTimeout(res, 10));
        }
        return from;
      };
      // Listening starts with the first read; once it is in place, a read is kept until a change.
      const r0 = await a.revision();
      // wait until LISTEN is in place (a fixed sleep fails on a loaded machine)
      for (let i = 0; i < 500 && !(a as unknown as { listening: boolean }).listening; i++) await new Promise((res) => setTimeout(res, 10));
      assert.ok((a as unknown as { listening: boolean }).listening, 'LISTEN in place within 5 s');
      await a.revision();
      const before = reads;
      for (let i = 0; i < 5; i++) assert.equal(await a.revision(), r0);
      assert.equal(reads - before, 0, 'no query while nothing changed');
      // a kept revision older than its maximum age is read again (a notice lost with its connection)
      (a as unknown as { knownRevision: { at: number } }).knownRevision.at -= 60_000;
      assert.equal(await a.revision(), r0);
      assert.equal(reads - before, 1, 'one query once the kept revision is too old');
      // Another store's ingest and facts update: seen once their notices arrive.
      await ledgerStore(b).ingest([ministry()]);
      const r1 = await changed(r0);
      assert.deepEqual([r1 !== r0, r1], [true, await b.revision()]);
      await b.updateClaimFacts([{ claimId: 'wire-1#0', facts: {}, side: 'UA', affiliation: null, comparable: false }]);
      const r2 = await changed(r1);
      assert.deepEqual([r2 !== r1, r2], [true, await b.revision()]);
      // Its own write: at once.
      await ledgerStore(a).ingest([reprint()]);
      const r3 = await a.revision();
      assert.deepEqual([r3 !== r2, r3], [true, await b.revision()]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps claim_lexemes by triggers: per configuration and lexeme, the claims whose text holds it (migration 9)', async () => {
    const s = ledgerStore(await freshStore());
    try {
      await s.ingest([wire(), ministry(), reprint()]);
      const count = async (cfg: string, lexeme: string): Promise<number | null> =>
        ((await s.pool.query('SELECT claims FROM claim_lexemes WHERE fts_config = $1 AND lexeme = $2', [cfg, lexeme])).rows[0]?.claims as number | undefined) ?? null;
      const english = async (): Promise<(number | null)[]> => [await count('sitrep_english', 'kupiansk'), await count('sitrep_english', 'said'),
        await count('sitrep_english', 'shell'), await count('sitrep_english', 'noth')];
      // By hand (speaker, cue and content of each claim): "Kupiansk" in wire-1#0, reprint-1#0, mod-1#0; "said" the
      // cue of those three and of mod-1#2; "shelling"/"shelled" (stem "shell") in wire-1#0, reprint-1#0, mod-1#1.
      assert.deepEqual(await english(), [3, 4, 3, null]);
      // Inserts add: strikes' two claims are "... said ... shelled Izium" and "... said ... near Kupiansk".
      await s.ingest([strikes()]);
      assert.deepEqual(await english(), [4, 6, 4, null]);
      // A facts update leaves the texts, and so the counts, as they were.
      await s.updateClaimFacts([{ claimId: 'mod-1#0', facts: {}, side: 'RU', affiliation: null, comparable: false }]);
      assert.deepEqual(await english(), [4, 6, 4, null]);
      // An update of a claim's tsvector moves its counts.
      await s.pool.query("UPDATE claims SET tsv = to_tsvector('sitrep_english', 'nothing') WHERE id = 'mod-1#0'");
      assert.deepEqual(await english(), [3, 5, 4, 1]);
      // The migration counts a ledger stored before it.
      await s.pool.query('DELETE FROM claim_lexemes');
      await s.pool.query(PG_MIGRATIONS.find((x) => x.version === 9)!.sql);
      assert.deepEqual(await english(), [3, 5, 4, 1]);
    } finally {
      await s.close();
    }
  });

  it('says a one-word text list passes the count cap from the lexeme counters alone, and counts any other text or filter', async () => {
    const url = await db!.freshSchemaUrl();
    const a = await openPgStore(url, { resolvePlace: null }).open();
    await ledgerStore(a).ingest([wire(), ministry(), reprint(), ...cyrillicItems()]);
    // The counters say more claims than the cap (as a ledger of a million claims would): "Kupiansk" in English,
    // "околиці" in Ukrainian; "харкова" is the Ukrainian claim's only word beginning with the stem of "Харкові".
    await a.pool.query(`UPDATE claim_lexemes SET claims = $1 WHERE (fts_config, lexeme) IN (('sitrep_english', 'kupiansk'), ('sitrep_ukrainian', 'околиці'))`, [COUNT_CAP + 1]);
    await a.close();
    const b = await openPgStore(url, { resolvePlace: null }).open();
    try {
      const list = async (q: Parameters<PgStore['claims']>[0]): Promise<unknown[]> => {
        const pg = await b.claims(q);
        return [pg.total, pg.totalCapped ?? false, pg.items.map((c) => c.id).sort()];
      };
      const kup = ['mod-1#0', 'reprint-1#0', 'wire-1#0'];
      const table: [Parameters<PgStore['claims']>[0], unknown[]][] = [
        [{ text: 'Kupiansk' }, [COUNT_CAP, true, kup]],
        [{ text: 'kupiansk' }, [COUNT_CAP, true, kup]],
        // two words: no bound, counted (the three claims hold both)
        [{ text: 'Kupiansk said' }, [3, false, kup]],
        // another filter with the word: counted
        [{ text: 'Kupiansk', side: 'RU' }, [1, false, ['mod-1#0']]], // the Russian Defence Ministry's
        [{ text: 'Kupiansk', documentId: 'wire-1' }, [1, false, ['wire-1#0']]],
        // a word whose counter is small: counted
        [{ text: 'said' }, [4, false, ['mod-1#0', 'mod-1#2', 'reprint-1#0', 'wire-1#0']]],
        // Ukrainian: a prefix of the stem; "околиці" is over the cap, "Харкові" matches only "харкова" (1 claim)
        [{ text: 'околиці' }, [COUNT_CAP, true, ['uk-1#0']]],
        [{ text: 'Харкові' }, [1, false, ['uk-1#0']]],
        [{ text: 'Курской' }, [1, false, ['ru-1#0']]],
      ];
      for (const [q, want] of table) assert.deepEqual(await list(q), want, JSON.stringify(q));
      // Search: past the cap when the claims are; documents alone are counted (the three of the wire story).
      const all = await b.search('Kupiansk');
      assert.deepEqual([all.total, all.totalCapped, all.items.length], [COUNT_CAP, true, 6]);
      const docs = await b.search('Kupiansk', { type: 'document' });
      assert.deepEqual([docs.total, docs.totalCapped, docs.items.map((h) => h.id).sort()], [3, undefined, ['mod-1', 'reprint-1', 'wire-1']]);
      const claims = await b.search('Kupiansk', { type: 'claim' });
      assert.deepEqual([claims.total, claims.totalCapped, claims.items.map((h) => h.id).sort()], [COUNT_CAP, true, kup]);
    } finally {
      await b.close();
    }
  });

  it('says a place\'s list passes the count cap from its place counter alone, and counts it with any other filter', async () => {
    const url = await db!.freshSchemaUrl();
    const a = await openPgStore(url, { resolvePlace: null }).open();
    await ledgerStore(a).ingest([wire(), strikes()]);
    // The counter says more claims than the cap (as a ledger of a million claims would).
    await a.pool.query("UPDATE places SET claims = $1 WHERE place_id = 'geonames:704679'", [COUNT_CAP + 1]);
    await a.close();
    const b = await openPgStore(url, { resolvePlace: null }).open();
    try {
      const kup = await b.claims({ place: 'Kupiansk' });
      assert.deepEqual([kup.total, kup.totalCapped, kup.items.map((c) => c.id)], [COUNT_CAP, true, ['wire-1#0']]);
      const region = await b.claims({ region: 'UA-63' });
      assert.deepEqual([region.total, region.totalCapped], [COUNT_CAP, true]);
      // With another filter the set is counted: one claim.
      const withKind = await b.claims({ place: 'Kupiansk', kind: 'indirect' });
      assert.deepEqual([withKind.total, withKind.totalCapped], [1, undefined]);
      const other = await b.claims({ place: 'Izium' });
      assert.deepEqual([other.total, other.totalCapped], [0, undefined]);
    } finally {
      await b.close();
    }
  });
});

/**
 * `npm run bench:serve`: latency of every query shape of the desk and the API (claims list with
 * its filters, places, timeline, search, document view, export, disputes), alone and under
 * concurrent requests on loopback, on SQLite (default, 100k claims) or PostgreSQL (see
 * bench/README.md).
 *
 *   npm run bench:serve -- [--claims N] [--db FILE|postgres://…] [--keep] [--reuse] [--requests N] [--seconds S] [--concurrency 16,64] [--fresh]
 *
 * 1. Builds (or reuses) a ledger of synthetic documents: each document is five generated
 *    sentences "<speaker> said that <n> <unit> were <verb> in <place> ..." (two in five in Russian
 *    or Ukrainian) with a hand-built Analysis (claims, quantities, places, dates, events with exact
 *    spans), stored through the ledger in batches, exactly as `sitrep ingest` stores analysed
 *    documents. Speakers come from data/actors.tsv (so sides are filled in) and invented names.
 *    SQLite: bench/out/serve-<N>.db, every document through the ledger. PostgreSQL (`--db
 *    postgres://…`): a fresh database sitrep_serve_<pid> on that server (dropped at the end unless
 *    --keep); 4,000 template documents through the ledger, the rest copied by the database with
 *    INSERT ... SELECT ... CROSS JOIN generate_series, sequence numbers shifted per copy
 *    (`buildLedgerPg`): 1,000,000 claims in about 9 minutes on a loaded 2-core VM.
 * 2. Starts `sitrep serve` on 127.0.0.1 in a child process (the load generator must not share
 *    its event loop) and times the first request of each query shape (cold caches).
 * 3. Five requests of each shape one at a time, then for each concurrency level a bounded loop of
 *    keep-alive HTTP requests (at most --requests and --seconds) cycling through the shapes;
 *    prints p50/p95/p99, throughput and errors overall and per shape, and the CPU time per request
 *    of the server and (PostgreSQL) of the database's backends.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Analysis, Claim, DateMention, Document, EventMention, Place, Quantity, Sentence } from '../src/analyze/types.js';
import pg from 'pg';
import { isPostgresUrl, openStore, redactUrl } from '../src/store/index.js';
import { Ledger } from '../src/ledger/ledger.js';
import type { IngestItem } from '../src/ledger/types.js';
import { rng } from './rng.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    db: { type: 'string' },
    requests: { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '16,64' },
    fresh: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
    'first-timeout': { type: 'string', default: '120' },
    skip: { type: 'string' },
    base: { type: 'string' },
    workers: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write(
    [
      'npm run bench:serve -- [options]',
      '  --claims N         claims in the ledger (default 100000; 5 per document)',
      '  --db FILE          ledger to build or reuse (default bench/out/serve-<N>.db)',
      '  --requests N       most requests per concurrency level (default 3000)',
      '  --seconds S        most seconds per concurrency level (default 30)',
      '  --concurrency L    comma-separated concurrency levels (default 16,64)',
      '  --fresh            rebuild the ledger even if it exists',
      '  --db postgres://…  PostgreSQL: a fresh database sitrep_serve_<pid> is made on that server,',
      '                     filled, measured and dropped at the end',
      '  --keep             keep that database (its URL is printed)',
      '  --reuse            use the database of --db as it is (fill it only when empty; never dropped)',
      '  --build-only       build the ledger and stop (with --keep: to measure it later with --reuse)',
      '  --first-timeout S  most seconds for the first request of a shape (default 120); a shape whose',
      '                     first answer takes longer is left out of the timed runs and the server restarted',
      '  --skip RE          leave out the query shapes whose name matches RE (e.g. disputes)',
      '  --base DIR         serve with DIR/bin/sitrep.js (another build, e.g. a frozen baseline) instead of this checkout',
      '  --workers N        passed to sitrep serve (read-query threads; default: its own)',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
const CLAIMS = Number(args.claims);
const PER_DOC = 5;

// ------------------------------------------------------------------ synthetic ledger


/** Speakers: [English, Russian, Ukrainian] spellings, and the speaker type. */
const SPEAKERS: [string, string, string, 'person' | 'organisation'][] = [
  ['Yuriy Ihnat', 'Юрий Игнат', 'Юрій Ігнат', 'person'], ['Andrii Sybiha', 'Андрей Сибига', 'Андрій Сибіга', 'person'],
  ['Oleksandr Syrskyi', 'Александр Сырский', 'Олександр Сирський', 'person'], ['Dmitry Peskov', 'Дмитрий Песков', 'Дмитро Пєсков', 'person'],
  ['Sergei Lavrov', 'Сергей Лавров', 'Сергій Лавров', 'person'], ['Vladimir Putin', 'Владимир Путин', 'Володимир Путін', 'person'],
  ['Volodymyr Zelensky', 'Владимир Зеленский', 'Володимир Зеленський', 'person'], ['Kyrylo Budanov', 'Кирилл Буданов', 'Кирило Буданов', 'person'],
  ['Marta Kovalenko', 'Марта Коваленко', 'Марта Коваленко', 'person'], ['Pavel Orlov', 'Павел Орлов', 'Павло Орлов', 'person'],
  ['Ilona Petrenko', 'Илона Петренко', 'Ілона Петренко', 'person'], ['Taras Hnatiuk', 'Тарас Гнатюк', 'Тарас Гнатюк', 'person'],
];
/** Places: English name, country, region, lat, lon, and the Russian and Ukrainian locative ("в Харькове", "у Харкові"). */
const PLACES: [string, string, string, number, number, string, string][] = [
  ['Kharkiv', 'UA', 'UA-63', 49.99, 36.23, 'Харькове', 'Харкові'], ['Vovchansk', 'UA', 'UA-63', 50.29, 36.94, 'Волчанске', 'Вовчанську'],
  ['Kupiansk', 'UA', 'UA-63', 49.71, 37.61, 'Купянске', 'Куп’янську'], ['Pokrovsk', 'UA', 'UA-14', 48.28, 37.18, 'Покровске', 'Покровську'],
  ['Kramatorsk', 'UA', 'UA-14', 48.72, 37.56, 'Краматорске', 'Краматорську'], ['Zaporizhzhia', 'UA', 'UA-23', 47.84, 35.14, 'Запорожье', 'Запоріжжі'],
  ['Kherson', 'UA', 'UA-65', 46.64, 32.61, 'Херсоне', 'Херсоні'], ['Sumy', 'UA', 'UA-59', 50.91, 34.8, 'Сумах', 'Сумах'],
  ['Belgorod', 'RU', 'RU-BEL', 50.6, 36.59, 'Белгороде', 'Бєлгороді'], ['Kursk', 'RU', 'RU-KRS', 51.73, 36.19, 'Курске', 'Курську'],
  ['Odesa', 'UA', 'UA-51', 46.48, 30.72, 'Одессе', 'Одесі'], ['Dnipro', 'UA', 'UA-12', 48.46, 35.05, 'Днепре', 'Дніпрі'],
];
/** Units: [English noun, unit, Russian noun, Ukrainian noun]. */
const UNITS: [string, string, string, string][] = [
  ['soldiers', 'killed', 'военных', 'військових'], ['civilians', 'wounded', 'мирных жителей', 'цивільних'], ['tanks', 'tanks', 'танков', 'танків'],
  ['drones', 'drones', 'беспилотников', 'безпілотників'], ['houses', 'houses', 'домов', 'будинків'],
];
/**
 * Verbs in the three languages, with the event each reports (PLOVER type; ACLED event type and
 * sub-event type, as data/event-types.tsv gives them for these kinds).
 */
const VERBS: [string, string, string, string, string, string][] = [
  ['destroyed', 'уничтожены', 'знищено', 'ASSAULT', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['killed', 'убиты', 'вбито', 'ASSAULT', 'Battles', 'Armed clash'],
  ['wounded', 'ранены', 'поранено', 'ASSAULT', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['shot down', 'сбиты', 'збито', 'ASSAULT', 'Explosions/Remote violence', 'Air/drone strike'],
  ['damaged', 'повреждены', 'пошкоджено', 'ASSAULT', 'Explosions/Remote violence', 'Air/drone strike'],
  ['hit', 'поражены', 'уражено', 'ASSAULT', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['lost', 'потеряны', 'втрачено', 'COERCE', 'Strategic developments', 'Other'],
];
const FILLER = ('overnight morning artillery positions convoy strike column bridge depot railway substation village outskirts ' +
  'frontline assault brigade battalion shelling rockets missiles reservoir checkpoint district border forest highway factory').split(' ');
const FILLER_RU = ('ночью утром артиллерия позиции колонна удар мост склад железная дорога подстанция село окраина ' +
  'фронт штурм бригада батальон обстрел ракеты водохранилище блокпост район граница лес трасса завод').split(' ');
const FILLER_UK = ('вночі вранці артилерія позиції колона удар міст склад залізниця підстанція село околиця ' +
  'фронт штурм бригада батальйон обстріл ракети водосховище блокпост район кордон ліс траса завод').split(' ');

/**
 * One synthetic document and its analysis (spans computed while the text is built). Three in five
 * are English, one Russian, one Ukrainian (by `i`), each sentence a claim with a figure, a place,
 * a date and an event.
 */
function synthetic(i: number, r: () => number): IngestItem {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const lang = i % 5 === 3 ? 'ru' : i % 5 === 4 ? 'uk' : 'en';
  const L = lang === 'ru' ? 1 : lang === 'uk' ? 2 : 0;
  let text = '';
  const claims: Claim[] = [];
  const quantities: Quantity[] = [];
  const places: Place[] = [];
  const dates: DateMention[] = [];
  const sentences: Sentence[] = [];
  const events: EventMention[] = [];
  const why = { stage: 'bench', rule: 'synthetic' };
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 300) * 86_400_000).toISOString().slice(0, 10);
  for (let s = 0; s < PER_DOC; s++) {
    const start = text.length;
    const sp = pick(SPEAKERS);
    const speaker = sp[L] as string;
    const pl = pick(PLACES);
    const [placeName, country, admin1, lat, lon] = pl;
    const placeText = L === 0 ? placeName : L === 1 ? pl[5] : pl[6];
    const un = pick(UNITS);
    const noun = L === 0 ? un[0] : L === 1 ? un[2] : un[3];
    const vb = pick(VERBS);
    const verb = vb[L] as string;
    const n = 1 + Math.floor(r() * 500);
    const filler = Array.from({ length: 4 + Math.floor(r() * 6) }, () => pick(L === 0 ? FILLER : L === 1 ? FILLER_RU : FILLER_UK)).join(' ');
    const spk = { start: text.length, end: text.length + speaker.length };
    text += `${speaker} `;
    const cueWord = ['said', 'заявил', 'заявив'][L]!;
    const cue = { start: text.length, end: text.length + cueWord.length };
    text += `${cueWord}${L === 0 ? ' ' : ', '}`;
    const contentStart = text.length;
    text += ['that ', 'что ', 'що '][L]!;
    const q = { start: text.length, end: text.length + String(n).length + 1 + noun.length };
    text += `${n} ${noun} `;
    const trig = { start: text.length + (L === 0 ? 5 : L === 1 ? 5 : 0), end: 0 };
    text += L === 0 ? `were ${verb} in ` : L === 1 ? `были ${verb} в ` : `${verb} у `;
    trig.end = trig.start + verb.length;
    const plSpan = { start: text.length, end: text.length + placeText.length };
    text += `${placeText} ${['near the', 'возле', 'біля'][L]} ${filler} ${['on', '—', '—'][L]} `;
    const dt = { start: text.length, end: text.length + day.length };
    text += day;
    const contentEnd = text.length;
    text += '. ';
    claims.push({
      kind: 'indirect',
      speaker: { ...spk, text: speaker, name: speaker, type: sp[3] },
      cue: { ...cue, text: cueWord },
      content: [{ start: contentStart, end: contentEnd, text: text.slice(contentStart, contentEnd) }],
      why,
    });
    quantities.push({ ...q, text: text.slice(q.start, q.end), value: n, bound: 'exact', unit: un[1], claim: s, why });
    places.push({ ...plSpan, text: placeText, name: placeName, country, admin1, lat, lon, level: 'city', id: `bench:${placeName.toLowerCase()}` });
    dates.push({ ...dt, text: day, date: day, precision: 'day', why });
    events.push({
      trigger: { ...trig, text: text.slice(trig.start, trig.end) }, kind: 'strike', plover: { type: vb[3], mode: null },
      acled: { event_type: vb[4], sub_event_type: vb[5] }, instrument: null, agent: null, target: null,
      place: places.length - 1, date: dates.length - 1, quantities: [quantities.length - 1], polarity: 'happened', modality: null, claim: s, why,
    });
    sentences.push({ start, end: text.length - 1, paragraph: 0 });
  }
  text = text.trimEnd();
  const id = `bench-${i}`;
  const document: Document = { id, text, published: `${day}T12:00:00Z`, source: `bench-source-${i % 40}`, lang };
  const analysis: Analysis = {
    id, text, published: document.published!, source: document.source!, sentences, paragraphs: [{ start: 0, end: text.length }], lang,
    quotes: [], entities: [], claims, quantities, places, sides: [], dates, events, stats: { tokens: 0, words: 0, ms: 0 },
  };
  return { document, analysis };
}

async function buildLedger(file: string): Promise<void> {
  const store = openStore(file);
  try {
    const have = (await store.stats()).claims;
    if (have >= CLAIMS) {
      console.log(`ledger: reusing ${file} (${have} claims)`);
      return;
    }
    const docs = Math.ceil(CLAIMS / PER_DOC);
    const r = rng(20251125);
    const t0 = performance.now();
    const BATCH = 500;
    for (let i = 0; i < docs; i += BATCH) {
      const batch: IngestItem[] = [];
      for (let k = i; k < Math.min(docs, i + BATCH); k++) batch.push(synthetic(k, r));
      await new Ledger(store).ingest(batch);
      if ((i / BATCH) % 10 === 0) process.stdout.write(`\rledger: ${Math.min(docs, i + BATCH)}/${docs} documents`);
    }
    const s = await store.stats();
    console.log(`\rledger: ${s.documents} documents, ${s.claims} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${((/^postgres(ql)?:/.test(file) ? s.bytes ?? 0 : statSync(file).size) / 2 ** 20).toFixed(0)} MB`);
  } finally {
    await store.close();
  }
}

// ------------------------------------------------------------------ PostgreSQL ledger

/** Documents stored through the ledger on PostgreSQL before the rest is copied in SQL. */
const PG_TEMPLATE_DOCS = 4000;

/** `url` with another database name. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs `sql` on a short-lived connection to `url`. */
async function pgRun(url: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql, values);
  } finally {
    await c.end();
  }
}

/**
 * Builds the PostgreSQL ledger: the first `PG_TEMPLATE_DOCS` synthetic documents go through the
 * ledger's ingest exactly as in SQLite (rows, claim facts, full text, places, events); the rest are
 * copies of them made by the database itself, one `INSERT ... SELECT ... CROSS JOIN
 * generate_series` per table and slice of copies, with sequence numbers shifted by a whole
 * template per copy (`OVERRIDING SYSTEM VALUE`), ids suffixed with the copy number and the
 * `tsvector` columns copied as they are. Counters (places.claims, place_sources, and the place event
 * types when rows past --claims were cut) are then recounted
 * and the tables analysed. Copies keep their template's text, days and facts, so filters keep the
 * template's selectivity at any size.
 */
async function buildLedgerPg(url: string): Promise<void> {
  const store = openStore(url);
  try {
    const have = (await store.stats()).claims;
    if (have >= CLAIMS) {
      console.log(`ledger: reusing ${redactUrl(url)} (${have} claims)`);
      return;
    }
    if (have > 0) throw new Error(`${redactUrl(url)} holds ${have} claims, fewer than --claims; give a fresh database`);
    const docs = Math.ceil(CLAIMS / PER_DOC);
    const template = Math.min(docs, PG_TEMPLATE_DOCS);
    const r = rng(20251125);
    const t0 = performance.now();
    for (let i = 0; i < template; i += 500) {
      const batch: IngestItem[] = [];
      for (let k = i; k < Math.min(template, i + 500); k++) batch.push(synthetic(k, r));
      await new Ledger(store).ingest(batch);
    }
    const t1 = performance.now();
    console.log(`ledger: ${template} template documents through the ledger in ${((t1 - t0) / 1000).toFixed(1)} s`);
    const pool = (store as unknown as { pool: pg.Pool }).pool;
    const one = async (sql: string): Promise<number> => Number(Object.values((await pool.query(sql)).rows[0] as object)[0]);
    const D = await one('SELECT max(seq) FROM documents');
    const C = await one('SELECT max(seq) FROM claims');
    const Q = await one('SELECT coalesce(max(seq), 0) FROM quantities');
    const copies = Math.ceil(docs / template) - 1;
    const SLICE = 5;
    for (let k0 = 1; k0 <= copies; k0 += SLICE) {
      const k1 = Math.min(copies, k0 + SLICE - 1);
      const ks = `generate_series(${k0}, ${k1}) AS k(k)`;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`INSERT INTO documents (seq, id, source, url, title, published, day, lang, fts_config, content_hash, length, ingested_at,
            carrier_of, duplicate, similarity, claim_count, outlet, meta, text, analysis, tsv) OVERRIDING SYSTEM VALUE
          SELECT d.seq + k.k * ${D}, d.id || '.' || k.k, d.source, d.url, d.title, d.published, d.day, d.lang, d.fts_config, d.content_hash, d.length,
            d.ingested_at, d.carrier_of || '.' || k.k, d.duplicate, d.similarity, d.claim_count, d.outlet, d.meta, d.text, d.analysis, d.tsv
          FROM documents d CROSS JOIN ${ks} WHERE d.seq <= ${D} ORDER BY k.k, d.seq`);
        await client.query(`INSERT INTO claims (seq, id, document_seq, idx, kind, speaker, speaker_key, speaker_type, side, affiliation, cue, content,
            span_start, span_end, day, origin_claim_id, root_document_id, facts, comparable, fts_config, tsv) OVERRIDING SYSTEM VALUE
          SELECT c.seq + k.k * ${C}, split_part(c.id, '#', 1) || '.' || k.k || '#' || split_part(c.id, '#', 2), c.document_seq + k.k * ${D}, c.idx,
            c.kind, c.speaker, c.speaker_key, c.speaker_type, c.side, c.affiliation, c.cue, c.content, c.span_start, c.span_end, c.day,
            split_part(c.origin_claim_id, '#', 1) || '.' || k.k || '#' || split_part(c.origin_claim_id, '#', 2), c.root_document_id || '.' || k.k,
            c.facts, c.comparable, c.fts_config, c.tsv
          FROM claims c CROSS JOIN ${ks} WHERE c.seq <= ${C} ORDER BY k.k, c.seq`);
        await client.query(`INSERT INTO claim_places (place_id, claim_seq, span_start, span_end, text)
          SELECT cp.place_id, cp.claim_seq + k.k * ${C}, cp.span_start, cp.span_end, cp.text FROM claim_places cp CROSS JOIN ${ks} WHERE cp.claim_seq <= ${C}`);
        await client.query(`INSERT INTO claim_events (claim_seq, ord, event_type, sub_event_type, plover)
          SELECT e.claim_seq + k.k * ${C}, e.ord, e.event_type, e.sub_event_type, e.plover FROM claim_events e CROSS JOIN ${ks} WHERE e.claim_seq <= ${C}`);
        await client.query(`INSERT INTO quantities (seq, id, document_seq, claim_seq, value, high, bound, unit, vague, span_start, span_end, text) OVERRIDING SYSTEM VALUE
          SELECT q.seq + k.k * ${Q}, split_part(q.id, '~', 1) || '.' || k.k || '~' || split_part(q.id, '~', 2), q.document_seq + k.k * ${D},
            q.claim_seq + k.k * ${C}, q.value, q.high, q.bound, q.unit, q.vague, q.span_start, q.span_end, q.text
          FROM quantities q CROSS JOIN ${ks} WHERE q.seq <= ${Q}`);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
      process.stdout.write(`\rledger: ${(k1 + 1) * template}/${docs} documents`);
    }
    // Only whole templates are copied: drop what lies beyond --claims.
    await pool.query(`DELETE FROM claim_events WHERE claim_seq > ${docs * PER_DOC}; DELETE FROM claim_places WHERE claim_seq > ${docs * PER_DOC};
      DELETE FROM quantities WHERE document_seq > ${docs}; DELETE FROM claims WHERE document_seq > ${docs}; DELETE FROM documents WHERE seq > ${docs};`);
    for (const t of ['documents', 'claims', 'quantities']) await pool.query(`SELECT setval(pg_get_serial_sequence('${t}', 'seq'), (SELECT max(seq) FROM ${t}))`);
    await pool.query(`INSERT INTO place_sources (place_id, root_document_id) SELECT DISTINCT cp.place_id, c.root_document_id
        FROM claim_places cp JOIN claims c ON c.seq = cp.claim_seq ON CONFLICT DO NOTHING;
      UPDATE places p SET claims = n.n FROM (SELECT place_id, count(*) AS n FROM claim_places GROUP BY place_id) n WHERE n.place_id = p.place_id;`);
    // Rows beyond --claims were deleted above, and no trigger uncounts deleted rows (a ledger never
    // deletes them): the per-place event types and per-place days are then recounted.
    if (docs % template !== 0) {
      await pool.query(`DELETE FROM place_event_types; INSERT INTO place_event_types (place_id, event_type, claims)
        SELECT cp.place_id, ce.event_type, count(DISTINCT cp.claim_seq) FROM claim_places cp JOIN claim_events ce ON ce.claim_seq = cp.claim_seq
        WHERE ce.event_type IS NOT NULL GROUP BY cp.place_id, ce.event_type;
        DELETE FROM place_days; INSERT INTO place_days (place_id, day_key, side_key, claims)
        SELECT cp.place_id, coalesce('=' || c.day, ''), coalesce('=' || c.side, ''), count(*) FROM claim_places cp JOIN claims c ON c.seq = cp.claim_seq
        GROUP BY 1, 2, 3;
        DELETE FROM claim_days; INSERT INTO claim_days (day_key, side_key, claims)
        SELECT coalesce('=' || day, ''), coalesce('=' || side, ''), count(*) FROM claims GROUP BY 1, 2`);
    }
    const t2 = performance.now();
    await pool.query('VACUUM ANALYZE');
    const t3 = performance.now();
    const s = await store.stats();
    console.log(`\rledger: ${s.documents} documents, ${s.claims} claims in ${((t3 - t0) / 1000).toFixed(1)} s ` +
      `(template ${((t1 - t0) / 1000).toFixed(1)} s, copies in SQL ${((t2 - t1) / 1000).toFixed(1)} s, VACUUM ANALYZE ${((t3 - t2) / 1000).toFixed(1)} s), ` +
      `${((s.bytes ?? 0) / 2 ** 20).toFixed(0)} MB`);
  } finally {
    await store.close();
  }
}

// ------------------------------------------------------------------ server and load

/**
 * CPU seconds (user + system, all threads) the process `pid` has used so far, from
 * /proc/<pid>/stat; null where /proc is not there. Unlike latency, this hardly depends on what
 * else the machine is doing.
 */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by the PostgreSQL backends serving database `url` (from
 * pg_stat_activity and /proc): with the server's own, the cost of a request independent of the
 * machine's load. Backends that exit during a run take their share with them (the server's pool
 * keeps its connections 30 s), so this is a lower bound. Null where /proc cannot be read.
 */
async function dbCpuSeconds(url: string): Promise<Map<number, number> | null> {
  const r = await pgRun(url, 'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  const out = new Map<number, number>();
  for (const { pid } of r.rows as { pid: number }[]) {
    const s = cpuSeconds(pid);
    if (s === null) return null;
    out.set(pid, s);
  }
  return out;
}

/** CPU seconds the backends used between two readings (a backend new at `b` counts from zero). */
function dbCpuDelta(a: Map<number, number> | null, b: Map<number, number> | null): number | null {
  if (!a || !b) return null;
  let sum = 0;
  for (const [pid, s] of b) sum += s - (a.get(pid) ?? 0);
  return sum;
}

/** Starts `sitrep serve` on a free loopback port; resolves with its URL, pid and a stop function. */
function startServe(file: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.SITREP_TOKEN;
    const extra = args.workers !== undefined ? ['--workers', args.workers] : [];
    const child = spawn(process.execPath, [join(args.base ?? ROOT, 'bin', 'sitrep.js'), 'serve', '--db', file, '--port', '0', ...extra], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/\S+\/)/.exec(out);
      // A server busy in a long computation is killed after 5 s.
      const stop = (): Promise<void> => new Promise((res) => {
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => (clearTimeout(t), res()));
        child.kill('SIGTERM');
      });
      if (m) resolve({ url: m[1]!, pid: child.pid!, stop });
    });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${err}`)));
  });
}

/** Documents in the ledger (for document views), set once it is built. */
let DOC_IDS: (r: () => number) => string = () => 'bench-0';

/**
 * The query shapes measured: every list and view the desk and the API ask for, with the filters
 * the desk sends. `first`: only the time to the first byte of the body is measured (exports stream
 * every matching claim; the first page is what a user waits for).
 */
const QUERIES: { name: string; url: (r: () => number) => string; first?: boolean }[] = [
  { name: 'claims, no filter', url: () => '/api/claims?limit=50' },
  { name: 'claims, next page', url: (r) => `/api/claims?limit=50&offset=${50 * (1 + Math.floor(r() * 20))}` },
  { name: 'claims, speaker', url: (r) => `/api/claims?speaker=${encodeURIComponent(SPEAKERS[Math.floor(r() * SPEAKERS.length)]![0].split(' ')[1]!)}&limit=50` },
  { name: 'claims, place', url: (r) => `/api/claims?place=${PLACES[Math.floor(r() * PLACES.length)]![0]}&limit=50` },
  { name: 'claims, text en', url: (r) => `/api/claims?text=${FILLER[Math.floor(r() * FILLER.length)]}&limit=50` },
  { name: 'claims, text ru', url: (r) => `/api/claims?text=${encodeURIComponent(FILLER_RU[Math.floor(r() * FILLER_RU.length)]!)}&limit=50` },
  { name: 'claims, text uk', url: (r) => `/api/claims?text=${encodeURIComponent(FILLER_UK[Math.floor(r() * FILLER_UK.length)]!)}&limit=50` },
  { name: 'claims, date range', url: (r) => { const m = 1 + Math.floor(r() * 9); return `/api/claims?from=2025-0${m}-01&to=2025-0${m}-14&limit=50`; } },
  { name: 'claims, event type', url: (r) => `/api/claims?event=${encodeURIComponent(VERBS[Math.floor(r() * VERBS.length)]![5])}&limit=50` },
  { name: 'claims, side', url: (r) => `/api/claims?side=${r() < 0.5 ? 'UA' : 'RU'}&limit=50` },
  { name: 'claims, side + dates', url: (r) => `/api/claims?side=${r() < 0.5 ? 'UA' : 'RU'}&from=2025-03-01&to=2025-04-30&limit=50` },
  { name: 'claims, region + kind', url: (r) => `/api/claims?region=${PLACES[Math.floor(r() * PLACES.length)]![2]}&kind=indirect&limit=50` },
  { name: 'claims, unit, deep', url: (r) => `/api/claims?unit=${UNITS[Math.floor(r() * UNITS.length)]![1]}&offset=${Math.floor(r() * 5000)}&limit=100` },
  { name: 'places', url: () => '/api/places?limit=500' },
  { name: 'places, event type', url: (r) => `/api/places?limit=500&event=${encodeURIComponent(VERBS[Math.floor(r() * VERBS.length)]![4])}` },
  { name: 'timeline', url: () => '/api/timeline' },
  { name: 'timeline, place', url: (r) => `/api/timeline?place=${PLACES[Math.floor(r() * PLACES.length)]![0]}` },
  { name: 'search', url: (r) => `/api/search?q=${FILLER[Math.floor(r() * FILLER.length)]}&limit=20` },
  { name: 'document view', url: (r) => `/api/documents/${encodeURIComponent(DOC_IDS(r))}` },
  { name: 'export csv, 1st byte', url: (r) => `/api/export?format=csv&place=${PLACES[Math.floor(r() * PLACES.length)]![0]}`, first: true },
  // Last: where its first answer takes longer than --first-timeout the server is restarted, which empties its caches.
  { name: 'disputes', url: () => '/api/disputes?limit=50' },
];

interface Sample {
  shape: number;
  ms: number;
  ok: boolean;
  /** HTTP status, or the client error's code/message. */
  what: string;
}

function get(agent: Agent, url: URL, first = false): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: 'GET' }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => {
        bytes += d.length;
        if (first) {
          resolve({ status: res.statusCode ?? 0, bytes });
          req.destroy();
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

async function load(base: string, concurrency: number, maxRequests: number, maxSeconds: number, shapes: number[]): Promise<{ samples: Sample[]; seconds: number; bytes: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const r = rng(concurrency);
  const samples: Sample[] = [];
  let issued = 0;
  let bytes = 0;
  const t0 = performance.now();
  const deadline = t0 + maxSeconds * 1000;
  const worker = async (): Promise<void> => {
    while (issued < maxRequests && performance.now() < deadline) {
      const shape = shapes[issued++ % shapes.length]!;
      const url = new URL(QUERIES[shape]!.url(r), base);
      const s = performance.now();
      try {
        const res = await get(agent, url, QUERIES[shape]!.first === true);
        bytes += res.bytes;
        samples.push({ shape, ms: performance.now() - s, ok: res.status === 200, what: String(res.status) });
      } catch (e) {
        samples.push({ shape, ms: performance.now() - s, ok: false, what: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { samples, seconds: (performance.now() - t0) / 1000, bytes };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(6);

function report(label: string, samples: Sample[], seconds: number): void {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok).length;
  const kinds = new Map<string, number>();
  for (const s of samples) if (!s.ok) kinds.set(s.what, (kinds.get(s.what) ?? 0) + 1);
  const why = [...kinds].map(([k, n]) => `${k}×${n}`).join(' ');
  console.log(`${label.padEnd(22)} n=${String(samples.length).padStart(5)}  p50 ${fmt(pct(ms, 50))} ms  p95 ${fmt(pct(ms, 95))} ms  p99 ${fmt(pct(ms, 99))} ms` +
    (seconds > 0 ? `  ${(samples.length / seconds).toFixed(0).padStart(5)} req/s` : '') + (errors ? `  errors ${errors} (${why})` : ''));
}

/** The figure a first answer reports: its total, claims or disputes. */
function summary(body: Record<string, unknown>): string {
  if (typeof body.total === 'number') return `total ${body.total}${body.totalCapped ? '+' : ''}`;
  if (typeof body.totalDisputes === 'number') return `${body.totalDisputes} disputes of ${String(body.compared)} claims`;
  if (typeof body.claims === 'number') return `${body.claims} claims`;
  if (body.document) return 'document';
  return '?';
}

async function main(): Promise<void> {
  const out = join(ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const postgres = args.db !== undefined && isPostgresUrl(args.db);
  let target = args.db ?? join(out, `serve-${CLAIMS}.db`);
  let created: string | null = null;
  if (postgres && !args.reuse) {
    // A fresh database per run, on the server of --db, dropped at the end unless --keep.
    created = `sitrep_serve_${process.pid}`;
    await pgRun(target, `CREATE DATABASE ${created}`);
    target = withDatabase(target, created);
  }
  if (!postgres && args.fresh && existsSync(target)) for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ` +
    `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${postgres ? `PostgreSQL ${redactUrl(target)}` : `SQLite ${target}`}; ` +
    `sitrep serve --workers ${args.workers ?? 'default'}${args.base ? ` (from ${args.base})` : ''}`);
  try {
    const docs = Math.ceil(CLAIMS / PER_DOC);
    if (postgres) {
      await buildLedgerPg(target);
      const template = Math.min(docs, PG_TEMPLATE_DOCS);
      DOC_IDS = (r) => {
        const i = Math.floor(r() * docs);
        return i < template ? `bench-${i}` : `bench-${i % template}.${Math.floor(i / template)}`;
      };
    } else {
      await buildLedger(target);
      DOC_IDS = (r) => `bench-${Math.floor(r() * docs)}`;
    }
    if (!args['build-only']) await measure(target);
  } finally {
    if (created && !args.keep) {
      await pgRun(withDatabase(target, 'postgres'), `DROP DATABASE IF EXISTS ${created} WITH (FORCE)`);
      console.log(`\ndropped database ${created}`);
    } else if (created) console.log(`\nkept database ${redactUrl(target)} (reuse it with --db URL --reuse; drop it with dropdb ${created})`);
  }
}

/** Starts the server on `target` and measures every query shape, sequentially and under load. */
async function measure(target: string): Promise<void> {
  const postgres = isPostgresUrl(target);
  let srv = await startServe(target);
  const skipped = new Set<number>();
  const skip = args.skip !== undefined ? new RegExp(args.skip, 'i') : null;
  for (let i = 0; i < QUERIES.length; i++) if (skip?.test(QUERIES[i]!.name)) skipped.add(i);
  try {
    // The first request of each shape, one at a time: uncached answers (counts, timeline, disputes).
    console.log('\nfirst request per query shape (cold caches):');
    for (let i = 0; i < QUERIES.length; i++) {
      const q = QUERIES[i]!;
      if (skipped.has(i)) {
        console.log(`  ${q.name.padEnd(22)} left out (--skip)`);
        continue;
      }
      const t0 = performance.now();
      let what: string;
      try {
        const res = await fetch(new URL(q.url(rng(1)), srv.url), { signal: AbortSignal.timeout(Number(args['first-timeout']) * 1000) });
        if (q.first) {
          const reader = res.body!.getReader();
          await reader.read();
          await reader.cancel();
          what = `HTTP ${res.status}`;
        } else {
          const body = (await res.json()) as Record<string, unknown>;
          what = res.ok ? summary(body) : `HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`;
        }
      } catch (e) {
        if ((e as Error).name !== 'TimeoutError') throw e;
        // Left out: its computation would go on in the server during the timed runs.
        skipped.add(i);
        what = `no answer within ${args['first-timeout']} s: left out of the timed runs; server restarted`;
        await srv.stop();
        srv = await startServe(target);
      }
      console.log(`  ${q.name.padEnd(22)} ${fmt(performance.now() - t0)} ms  ${what}`);
    }
    const shapes = QUERIES.map((_, i) => i).filter((i) => !skipped.has(i));
    const warm = await load(srv.url, 1, shapes.length * 5, 120, shapes);
    console.log('\nsequential (concurrency 1), per query shape:');
    for (const q of shapes) report(`  ${QUERIES[q]!.name}`, warm.samples.filter((s) => s.shape === q), 0);
    for (const c of args.concurrency.split(',').map(Number)) {
      const cpu0 = cpuSeconds(srv.pid);
      const db0 = postgres ? await dbCpuSeconds(target) : null;
      const res = await load(srv.url, c, Number(args.requests), Number(args.seconds), shapes);
      const cpu1 = cpuSeconds(srv.pid);
      const db = postgres ? dbCpuDelta(db0, await dbCpuSeconds(target)) : null;
      const perRequest = (cpu0 !== null && cpu1 !== null ? ` server CPU ${(((cpu1 - cpu0) * 1000) / res.samples.length).toFixed(1)} ms per request,` : '') +
        (db !== null ? ` PostgreSQL CPU ${((db * 1000) / res.samples.length).toFixed(1)} ms per request,` : '');
      console.log(`\nconcurrency ${c}: ${res.samples.length} requests in ${res.seconds.toFixed(1)} s,${perRequest} ${(res.bytes / 2 ** 20).toFixed(1)} MB received, ` +
        `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      report('  all', res.samples, res.seconds);
      for (const q of shapes) report(`  ${QUERIES[q]!.name}`, res.samples.filter((s) => s.shape === q), 0);
    }
  } finally {
    await srv.stop();
  }
}

await main();

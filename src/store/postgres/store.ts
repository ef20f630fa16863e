/**
 * The PostgreSQL `Store` (node-postgres `pg`, one connection pool per store): versioned migrations
 * (migrations.ts), one transaction per ingest batch, full text on `tsvector` columns with one
 * configuration per document language and GIN indexes, reprints found by MinHash LSH bands kept
 * in an indexed table. Several processes on several hosts may write to one database: every ingest
 * transaction holds an advisory lock while it looks for the texts a new one reprints and stores it,
 * and documents are inserted `ON CONFLICT (id) DO NOTHING`, so a document is stored once whoever
 * gets to it first.
 */
import pg from 'pg';
import type { Analysis, Place } from '../../analyze/types.js';
import { ErrorCode, SitrepError } from '../../errors.js';
import { signatureFromBuffer, signatureToBuffer } from '../../util/minhash.js';
import { dayOf, factsText, foldKey } from '../keys.js';
import { addPlaceEventTypes, claimRecord, docLang, documentRecord, eventTypeRecord, placeRecord, placeSummary, quantityRecord, PG_SPANS, type Row } from '../records.js';
import { gazetteerPlaceIds, MAX_PLACE_IDS } from '../sqlite.js';
import { BoundedMemo } from '../../util/index.js';
import type {
  ClaimFactsUpdate, ClaimFilter, ClaimLink, ClaimQuery, ClaimRecord, ComparableClaim, DocumentQuery, DocumentRow, Page, PageQuery,
  PlaceQuery, PlaceRecord, PlaceSummary, QuantityQuery, QuantityRecord, ReprintCandidate, ReprintText, SearchHit, SearchQuery, SkipRecord, Store,
  StoreStats, StoredAnalysis, StoredDocument, StoredSkip, Timeline,
} from '../types.js';
import { FTS_CONFIGS, NewerSchemaError, PG_MIGRATIONS, currentVersion, ftsConfigOf, migrate } from './migrations.js';
import { Params, likeSub, pgText, sqlWhere, tsQueryTexts } from './sql.js';

/** Options of the PostgreSQL store. */
export interface PgStoreOptions {
  /** Open an existing, current database read-only (no migrations; writes fail with E_DATABASE). */
  readonly?: boolean;
  /**
   * The place ids a `place` filter value may stand for, besides stored names and ids. Default: the
   * gazetteer's (`gazetteerPlaceIds`); null to match stored names and ids only.
   */
  resolvePlace?: ((value: string) => string[]) | null;
  /** Most connections in the pool (default 10). */
  poolSize?: number;
  /** Name shown in pg_stat_activity (default "sitrep"). */
  applicationName?: string;
}

/**
 * How long a revision kept while listening is trusted without a notice: a notice lost with its
 * connection (a proxy that drops LISTEN, a silent network cut) costs at most this much staleness.
 */
const REVISION_MAX_AGE_MS = 5_000;

/** A stored analysis from its row: the analysis JSON with the document's text put back (the text is stored once, in its own column). */
function analysisOf(r: Row): Analysis {
  const a = JSON.parse(r.analysis as string) as Analysis;
  a.text = r.text as string;
  return a;
}

/** True when `target` names a PostgreSQL database (`postgres://…` or `postgresql://…`) rather than a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * Advisory lock key of the ledger's write lock (`exclusive`: reprint look-up and insert are one step).
 * Migration 8's claims update trigger takes it too (a facts update that moves claims between counters).
 */
export const INGEST_LOCK = 7_311_845_002;

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;
/** Most LSH candidates examined for one new text (boilerplate can collide with thousands). */
const MAX_CANDIDATES = 200;
/** Documents written per multi-row insert (bounds the size of one statement's arrays). */
const PUT_CHUNK = 500;
/**
 * Long JSON texts of a batch (analyses, claim facts) packed for one `bytea` parameter: their
 * UTF-8 bytes end to end, with each one's 1-based offset and length (null for a null text).
 * The statement cuts them out again (`convert_from(substring(...), 'UTF8')`). As a `text[]`
 * parameter each would be escaped for an array literal (every quote and backslash) and copied
 * into one string: about 0.65 ms per bench document for the analyses alone, against 1-2 µs so.
 * An analysis from a worker arrives as UTF-8 bytes already and is not decoded at all.
 */
export function packTexts(values: readonly (string | Uint8Array | null)[]): { bytes: Buffer; offsets: (number | null)[]; lengths: (number | null)[] } {
  const parts: Uint8Array[] = [];
  const offsets: (number | null)[] = [];
  const lengths: (number | null)[] = [];
  let at = 1;
  for (const v of values) {
    if (v === null) {
      offsets.push(null);
      lengths.push(null);
      continue;
    }
    const b = typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
    parts.push(b);
    offsets.push(at);
    lengths.push(b.byteLength);
    at += b.byteLength;
  }
  return { bytes: Buffer.concat(parts), offsets, lengths };
}

/** The SQL of one text packed by `packTexts`: `param` the bytes, `off` and `len` its columns. */
const unpacked = (param: string, off: string, len: string): string =>
  `CASE WHEN ${len} IS NULL THEN NULL ELSE convert_from(substring(${param}::bytea FROM ${off} FOR ${len}), 'UTF8') END`;

/** Characters of a text indexed for full-text search (a tsvector holds at most 1 MB of lexemes). */
const FTS_CHARS = 400_000;
/**
 * Most claims (or search hits) counted for a list's total: past it the page says `totalCapped`.
 * An exact count of a broad filter over a million claims reads the whole set on every request.
 */
export const COUNT_CAP = 10_000;
/**
 * Most matches of each kind (documents, claims) a search ranks: the newest ones. Ranking every
 * match reads every matching text's lexemes (2 s for 200,000 matches at a million claims); past
 * `COUNT_CAP` matches the total already says "more than".
 */
export const SEARCH_WINDOW = COUNT_CAP + 1;
/**
 * Most matches of each kind (documents, claims) a search ranks: the newest ones. Ranking the newest
 * `SEARCH_WINDOW` read about 77,000 claims and as many documents for a common English word at a
 * million claims (0.4-0.9 s the first time a word is searched); the total is counted apart (a
 * lower bound from `claim_lexemes`, else capped counts), so pages end after 2 × this many hits
 * even where the total says more.
 */
export const SEARCH_RANKED = 1000;
/** Most totals kept per ledger revision. */
const MAX_COUNTS = 512;
/**
 * Settings of every connection of the pool. `jit = off`: the ledger's queries are index look-ups
 * and aggregates of at most a few seconds, for which PostgreSQL's JIT compiles for longer than
 * it saves (183 ms of JIT in a 5 s aggregate of the places list at a million claims). `work_mem =
 * 32MB` (the server default is 4 MB): the bitmap of a word matching 127,000 claims then stays
 * exact instead of lossy (its first capped count 0.84 s → 0.17–0.28 s, every page of the heap no
 * longer rechecked), and the aggregates of the places list and timeline sort and hash in memory
 * instead of on disk. A query uses at most a few times this, per connection of the pool.
 */
const SESSION_SETTINGS = '-c jit=off -c work_mem=32MB';

/**
 * `url` with `SESSION_SETTINGS` added to the server options it may already give (`?options=-c
 * search_path=...`): set when the connection starts, without a query of their own. The URL's
 * own settings come last, so they win.
 */
function withSessionSettings(url: string): string {
  try {
    const u = new URL(url);
    const given = u.searchParams.get('options');
    u.searchParams.set('options', given ? `${SESSION_SETTINGS} ${given}` : SESSION_SETTINGS);
    return u.toString();
  } catch {
    return url;
  }
}


/** 64-bit integers (counts, sequence numbers) as JavaScript numbers: a ledger stays far below 2^53 rows. */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

const queryError = (msg: string, hint: string | null = null): SitrepError => new SitrepError(ErrorCode.Query, msg, hint);

function checkDay(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
    throw queryError(`'${name}' must be a date YYYY-MM-DD, got '${v}'`);
  }
  return v;
}

/** Limit, keyset position (sequence number after which to continue) and offset of a page query. */
function pageOf(q: PageQuery): { limit: number; after: number | null; offset: number } {
  const limit = q.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw queryError(`'limit' must be an integer from 1 to ${MAX_LIMIT}, got ${limit}`);
  if (q.cursor !== undefined) {
    const m = /^(r|o)(\d{1,15})$/.exec(q.cursor);
    if (!m) throw queryError(`'cursor' is not a cursor of this store: '${q.cursor.slice(0, 40)}'`, 'pass the `next` value of the previous page');
    return m[1] === 'r' ? { limit, after: Number(m[2]), offset: 0 } : { limit, after: null, offset: Number(m[2]) };
  }
  const offset = q.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw queryError(`'offset' must be a whole number, got ${offset}`);
  return { limit, after: null, offset };
}

/** A page from rows fetched with `limit + 1` (the extra row says whether there is a next page). */
function page<T, R = T>(rows: T[], p: { limit: number; offset: number; after: number | null }, total: number,
  key: ((r: T) => number) | null, map?: (r: T) => R): Page<R> {
  const more = rows.length > p.limit;
  const items = more ? rows.slice(0, p.limit) : rows;
  let next: string | null = null;
  if (more) next = key ? `r${key(items[items.length - 1]!)}` : `o${p.offset + p.limit}`;
  return { items: map ? items.map(map) : (items as unknown as R[]), total, next };
}

const MARK_OPEN = '\u0001';
const MARK_CLOSE = '\u0002';
const HEADLINE = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=24, MinWords=10, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "`;

/** Splits a headline with marker characters into plain text and mark offsets. */
function unmark(s: string): { snippet: string; marks: [number, number][] } {
  let out = '';
  const marks: [number, number][] = [];
  let open = -1;
  for (const ch of s) {
    if (ch === MARK_OPEN) open = out.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0) marks.push([open, out.length]);
      open = -1;
    } else out += ch;
  }
  return { snippet: out, marks };
}

/**
 * A full-text match of `tsv` (of rows with a `fts_config` column, alias `a`) against the words of
 * `query`: each row is matched with the query parsed by its own language's configuration, so the
 * GIN index serves each language's part. Also returns the rank expression (lower is better).
 */
function ftsMatch(a: string, words: { plain: string; stems: string }, P: Params): { match: string; rank: string; query: string } {
  const parts: string[] = [];
  const ranks: string[] = [];
  const w = P.p(words.plain);
  const st = P.p(words.stems);
  for (const cfg of FTS_CONFIGS) {
    const q = `to_tsquery('${cfg}', ${cfg === 'sitrep_ukrainian' ? st : w})`;
    parts.push(`(${a}.fts_config = '${cfg}' AND ${a}.tsv @@ ${q})`);
    ranks.push(`WHEN '${cfg}' THEN ${q}`);
  }
  const query = `(CASE ${a}.fts_config ${ranks.join(' ')} END)`;
  return { match: `(${parts.join(' OR ')})`, rank: `-ts_rank_cd(${a}.tsv, ${query})`, query };
}

/** Opens a PostgreSQL store at `url` (the schema is created or upgraded before the first query). */
export function openPgStore(url: string, options: PgStoreOptions = {}): PgStore {
  return new PgStore(url, options);
}

/** The PostgreSQL implementation of `Store`. */
export class PgStore implements Store {
  readonly kind = 'postgres';
  readonly readonly: boolean;
  readonly url: string;
  /** The connection pool (shared by every query of this store). */
  readonly pool: pg.Pool;
  private readonly opts: PgStoreOptions;
  private readonly ready: Promise<void>;
  private closed = false;
  private lockPoolValue: pg.Pool | null = null;

  /** One connection that holds the write lock in `exclusive` (apart from the pool, which `fn` uses). */
  private get lockPool(): pg.Pool {
    if (!this.lockPoolValue) {
      this.lockPoolValue = new pg.Pool({ connectionString: this.url, max: 1, application_name: `${this.opts.applicationName ?? 'sitrep'}-lock`, types: TYPES });
      this.lockPoolValue.on('error', () => undefined);
    }
    return this.lockPoolValue;
  }

  private revisionPoolValue: pg.Pool | null = null;

  /**
   * One connection for the ledger revision, apart from the pool: every list and cached answer reads
   * the revision first, and a cached answer must not wait for a connection behind slow first-time
   * counts and aggregates that hold the pool (concurrent reads share one query, so one suffices).
   */
  private get revisionPool(): pg.Pool {
    if (!this.revisionPoolValue) {
      this.revisionPoolValue = new pg.Pool({
        connectionString: this.url, max: 1, application_name: `${this.opts.applicationName ?? 'sitrep'}-revision`, types: TYPES,
        idleTimeoutMillis: 30_000, connectionTimeoutMillis: 15_000,
      });
      this.revisionPoolValue.on('error', () => undefined);
    }
    return this.revisionPoolValue;
  }

  constructor(url: string, options: PgStoreOptions = {}) {
    this.url = url;
    this.opts = options;
    this.readonly = options.readonly === true;
    this.pool = new pg.Pool({
      connectionString: withSessionSettings(url), max: options.poolSize ?? 10, application_name: options.applicationName ?? 'sitrep', types: TYPES,
      idleTimeoutMillis: 30_000, connectionTimeoutMillis: 15_000,
    });
    // An idle connection that the server drops must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    this.ready = this.init();
    this.ready.catch(() => undefined); // reported by the first call
  }

  private async init(): Promise<void> {
    const client = await this.pool.connect().catch((e: unknown) => {
      throw this.dbError(e);
    });
    try {
      await migrate(client, redactUrl(this.url), this.opts.readonly === true);
    } catch (e) {
      throw this.dbError(e);
    } finally {
      client.release();
    }
  }

  /** Waits until the database is reachable and its schema current. */
  async open(): Promise<this> {
    await this.ready;
    return this;
  }

  /** Wraps a PostgreSQL or connection failure as a `SitrepError` naming the database. */
  private dbError(e: unknown): unknown {
    if (e instanceof SitrepError) return e;
    const where = redactUrl(this.url);
    if (e instanceof NewerSchemaError) return new SitrepError(ErrorCode.Database, e.message, 'use a newer sitrep, or another --db');
    const err = e as { code?: string; message?: string };
    const code = typeof err.code === 'string' ? err.code : '';
    if (/^E[A-Z]+$/.test(code)) {
      return new SitrepError(ErrorCode.Database, `${where}: cannot connect to PostgreSQL (${code})`, 'check that the server runs and the URL (host, port, database) is right');
    }
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const hints: Record<string, string> = {
        '3D000': 'create the database first (createdb NAME), or name another one in the URL',
        '28P01': 'check the user name and password in the URL',
        '28000': 'the server refuses this user or host (pg_hba.conf)',
        '53100': 'the disk is full',
        '25006': 'the store is open read-only',
      };
      return new SitrepError(ErrorCode.Database, `${where}: ${err.message ?? code}`, hints[code] ?? null);
    }
    if (e instanceof Error && /timeout|terminated|Connection/i.test(e.message)) {
      return new SitrepError(ErrorCode.Database, `${where}: ${e.message}`, 'check that the server runs and can be reached');
    }
    if (e instanceof Error && /needs an upgrade/.test(e.message)) return new SitrepError(ErrorCode.Database, e.message);
    return e;
  }

  /** Runs one query on the pool, or on `pool` (`sql` may be a named statement, prepared once per connection). */
  private async q(sql: string | { name: string; text: string }, args: unknown[] = [], pool: pg.Pool = this.pool): Promise<Row[]> {
    await this.ready;
    try {
      return (await pool.query(typeof sql === 'string' ? { text: sql, values: args } : { ...sql, values: args })).rows as Row[];
    } catch (e) {
      throw this.dbError(e);
    }
  }

  private async one<T = number>(sql: string, args: unknown[] = []): Promise<T> {
    const rows = await this.q(sql, args);
    return Object.values(rows[0] ?? {})[0] as T;
  }

  /**
   * The gazetteer ids a `place` filter value stands for (a gazetteer look-up: once per value, not
   * once for the page and again for its count).
   */
  private readonly placeIds = new BoundedMemo<string, string[]>(1024);

  /** Totals by query, valid for the ledger revision `countsRevision`. */
  private readonly counts = new Map<string, Promise<number>>();
  private countsRevision = '';

  /**
   * `count` (a query returning one number) once per ledger revision: paging through a list, or
   * many clients asking for the same filters, count once until the next ingest or facts update
   * (by any process: the revision is read from the database). Concurrent identical counts share
   * one query.
   */
  private async cachedCount(sql: string, args: unknown[]): Promise<number> {
    const revision = await this.revision();
    if (revision !== this.countsRevision) {
      this.counts.clear();
      this.countsRevision = revision;
    }
    const key = `${sql}\u0000${JSON.stringify(args)}`;
    const hit = this.counts.get(key);
    if (hit) return hit;
    const n = this.one<number>(sql, args).then(Number);
    this.counts.set(key, n);
    n.catch(() => this.counts.get(key) === n && this.counts.delete(key));
    while (this.counts.size > MAX_COUNTS) this.counts.delete(this.counts.keys().next().value!);
    return n;
  }

  /** The rows of `fromWhere` (a FROM ... WHERE ... clause) counted up to `COUNT_CAP + 1`, cached per revision. */
  private async cappedCount(fromWhere: string, args: unknown[]): Promise<{ total: number; capped: boolean }> {
    const n = await this.cachedCount(`SELECT count(*) FROM (SELECT 1 ${fromWhere} LIMIT ${COUNT_CAP + 1}) capped`, args);
    return n > COUNT_CAP ? { total: COUNT_CAP, capped: true } : { total: n, capped: false };
  }

  /** Runs `fn` in a transaction on one connection of the pool. */
  async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    if (this.opts.readonly) throw new SitrepError(ErrorCode.Database, `${redactUrl(this.url)}: the store is open read-only`);
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw this.dbError(e);
    }
    let broken = false;
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      this.writes++;
      return out;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw this.dbError(e);
    } finally {
      client.release(broken);
    }
  }

  /**
   * Runs `fn` while holding the ledger's write lock (a PostgreSQL advisory lock, held by one
   * connection for the whole call), so that what `fn` reads (reprint candidates, stored hashes)
   * and what it stores is one step for every process and host writing to this database. The
   * ledger wraps "find the texts a batch reprints, then store the batch" in it.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    await this.ready;
    if (this.readonly) throw new SitrepError(ErrorCode.Database, `${redactUrl(this.url)}: the store is open read-only`);
    let client: pg.PoolClient;
    try {
      client = await this.lockPool.connect();
      await client.query('SELECT pg_advisory_lock($1)', [INGEST_LOCK]);
    } catch (e) {
      throw this.dbError(e);
    }
    let broken = false;
    try {
      return await fn();
    } finally {
      try {
        await client.query('SELECT pg_advisory_unlock($1)', [INGEST_LOCK]);
      } catch {
        broken = true; // the lock goes with the connection
      }
      client.release(broken);
    }
  }

  async putDocuments(rows: DocumentRow[]): Promise<boolean[]> {
    for (const r of rows) {
      if (r.analysis && (r.analysis.id !== r.document.id || r.analysis.text !== r.document.text)) {
        throw new SitrepError(ErrorCode.Internal, `document ${r.document.id}: the analysis is of another document (${r.analysis.id})`);
      }
    }
    if (!rows.length) return [];
    // Bulk load: one multi-row insert per table for the whole batch, in one transaction.
    return this.transaction(async (c) => {
      const out: boolean[] = [];
      for (let i = 0; i < rows.length; i += PUT_CHUNK) out.push(...(await this.putChunk(c, rows.slice(i, i + PUT_CHUNK))));
      return out;
    });
  }

  /** Writes documents and their rows with one statement per table; false for an id already stored. */
  private async putChunk(c: pg.PoolClient, rows: DocumentRow[]): Promise<boolean[]> {
    const at = new Date().toISOString();
    const col = <T>(f: (r: DocumentRow) => T): T[] => rows.map(f);
    // Sequence numbers follow the batch's order (ORDER BY ordinality); ON CONFLICT: a document stored
    // by another writer meanwhile (or twice in the batch) is left as it is, never stored twice.
    const analyses = packTexts(col((r) => r.analysisJson));
    const ins = await c.query(`INSERT INTO documents (id, source, url, title, published, day, lang, fts_config, content_hash, length, ingested_at,
        carrier_of, duplicate, similarity, claim_count, outlet, meta, text, analysis, tsv)
      SELECT t.id, t.source, t.url, t.title, t.published, t.day, t.lang, t.cfg, t.hash, t.length, $20, t.carrier_of, t.duplicate, t.similarity,
        t.claim_count, t.outlet, t.meta, t.text, ${unpacked('$21', 't.aoff', 't.alen')},
        setweight(to_tsvector(t.cfg::regconfig, sitrep_fold(coalesce(t.title, ''))), 'A') || to_tsvector(t.cfg::regconfig, sitrep_fold(left(t.text, ${FTS_CHARS})))
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[],
        $11::text[], $12::text[], $13::float8[], $14::int[], $15::text[], $16::text[], $17::text[], $18::int[], $22::int[], $19::int[])
        AS t(id, source, url, title, published, day, lang, cfg, hash, length, carrier_of, duplicate, similarity, claim_count, outlet, meta, text, aoff, alen, ord)
      ORDER BY t.ord
      ON CONFLICT (id) DO NOTHING RETURNING seq, id`, [
      col((r) => r.document.id), col((r) => pgText(r.document.source ?? null)), col((r) => pgText(r.document.url ?? null)), col((r) => pgText(r.title)),
      col((r) => pgText(r.document.published ?? null)), col((r) => dayOf(r.document.published)), col((r) => pgText(docLang(r))),
      col((r) => ftsConfigOf(r.document.lang, docLang(r) ?? undefined)), col((r) => r.contentHash), col((r) => r.document.text.length), col((r) => r.carrier?.of ?? null),
      col((r) => r.carrier?.duplicate ?? null), col((r) => r.carrier?.similarity ?? null), col((r) => r.claimCount), col((r) => pgText(r.outlet)),
      col((r) => JSON.stringify(r.document.meta ?? {})), col((r) => pgText(r.document.text)),
      analyses.offsets, rows.map((_, i) => i), at, analyses.bytes, analyses.lengths,
    ]);
    const seqOf = new Map<string, number>();
    for (const x of ins.rows as { seq: number; id: string }[]) seqOf.set(x.id, x.seq);
    // A document twice in the batch: its first row is the one stored.
    const taken = new Set<string>();
    const stored = rows.map((r) => {
      if (!seqOf.has(r.document.id) || taken.has(r.document.id)) return false;
      taken.add(r.document.id);
      return true;
    });
    const fresh = rows.filter((_, i) => stored[i]);
    if (!fresh.length) return stored;
    const seq = (r: DocumentRow): number => seqOf.get(r.document.id)!;

    const sigs = fresh.filter((r) => r.signature);
    if (sigs.length) {
      await c.query('INSERT INTO signatures (document_seq, sig) SELECT * FROM unnest($1::bigint[], $2::bytea[])', [sigs.map(seq), sigs.map((r) => signatureToBuffer(r.signature!))]);
      const bands: number[] = [];
      const docs: number[] = [];
      for (const r of sigs) for (const k of new Set(r.bandKeys)) bands.push(k), docs.push(seq(r));
      if (bands.length) await c.query('INSERT INTO lsh (band, document_seq) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING', [bands, docs]);
    }

    const claims = fresh.flatMap((r) => r.claims.map((cl) => ({ cl, doc: seq(r), cfg: ftsConfigOf(r.document.lang, docLang(r) ?? undefined) })));
    const claimSeq = new Map<string, number>();
    if (claims.length) {
      const cols: unknown[][] = Array.from({ length: 20 }, () => []);
      const facts = packTexts(claims.map(({ cl }) => factsText(cl.facts)));
      claims.forEach(({ cl, doc, cfg }, i) => {
        [doc, cfg, cl.id, cl.index, cl.kind, pgText(cl.speaker), cl.speaker ? foldKey(cl.speaker) : null, cl.speakerType, pgText(cl.side), pgText(cl.affiliation),
          pgText(cl.cue), pgText(cl.content), cl.start, cl.end, cl.date, cl.originClaimId, cl.rootDocumentId, facts.offsets[i],
          cl.comparable, i].forEach((v, k) => cols[k]!.push(v));
      });
      const r = await c.query(`INSERT INTO claims (document_seq, fts_config, id, idx, kind, speaker, speaker_key, speaker_type, side, affiliation, cue,
          content, span_start, span_end, day, origin_claim_id, root_document_id, facts, comparable, tsv)
        SELECT t.document_seq, t.fts_config, t.id, t.idx, t.kind, t.speaker, t.speaker_key, t.speaker_type, t.side, t.affiliation, t.cue, t.content,
          t.span_start, t.span_end, t.day, t.origin_claim_id, t.root_document_id, ${unpacked('$21', 't.foff', 't.flen')}, t.comparable,
          to_tsvector(t.fts_config::regconfig, sitrep_fold(concat_ws(' ', t.speaker, t.cue, t.content)))
        FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
          $12::text[], $13::int[], $14::int[], $15::text[], $16::text[], $17::text[], $18::int[], $22::int[], $19::boolean[], $20::int[])
          AS t(document_seq, fts_config, id, idx, kind, speaker, speaker_key, speaker_type, side, affiliation, cue, content, span_start, span_end, day,
            origin_claim_id, root_document_id, foff, flen, comparable, ord)
        ORDER BY t.ord
        RETURNING seq, id`, [...cols, facts.bytes, facts.lengths]);
      for (const x of r.rows as { seq: number; id: string }[]) claimSeq.set(x.id, x.seq);
    }
    const evs = claims.flatMap(({ cl }) => (cl.events ?? []).map((e, i) => ({ e, i, claim: claimSeq.get(cl.id)! })));
    if (evs.length) {
      await c.query(`INSERT INTO claim_events (claim_seq, ord, event_type, sub_event_type, plover)
        SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[])`, [
        evs.map((x) => x.claim), evs.map((x) => x.i), evs.map((x) => pgText(x.e.eventType)), evs.map((x) => pgText(x.e.subEventType)),
        evs.map((x) => pgText(x.e.plover)),
      ]);
    }

    // Places: the gazetteer entry once per id (first values win, gaps filled later), then each claim's mentions.
    const placeRows = new Map<string, PlaceRecord>();
    const cp: { place: PlaceRecord; claim: number; root: string }[] = [];
    const seenCp = new Set<string>();
    for (const { cl } of claims) {
      const cs = claimSeq.get(cl.id)!;
      for (const p of cl.places) {
        if (!placeRows.has(p.placeId)) placeRows.set(p.placeId, p);
        const k = `${p.placeId}\u0000${cs}`;
        if (seenCp.has(k)) continue;
        seenCp.add(k);
        cp.push({ place: p, claim: cs, root: cl.rootDocumentId });
      }
    }
    if (placeRows.size) {
      const ps = [...placeRows.values()];
      await c.query(`INSERT INTO places (place_id, name, name_key, country, admin1, lat, lon, level)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[])
        ON CONFLICT (place_id) DO UPDATE SET country = coalesce(places.country, excluded.country),
          admin1 = coalesce(places.admin1, excluded.admin1), lat = coalesce(places.lat, excluded.lat),
          lon = coalesce(places.lon, excluded.lon), level = coalesce(places.level, excluded.level)
        WHERE places.lat IS NULL OR places.admin1 IS NULL OR places.country IS NULL`, [
        ps.map((p) => pgText(p.placeId)), ps.map((p) => pgText(p.name)), ps.map((p) => foldKey(p.name)), ps.map((p) => pgText(p.country)),
        ps.map((p) => pgText(p.admin1)), ps.map((p) => p.lat), ps.map((p) => p.lon), ps.map((p) => pgText(p.level)),
      ]);
      await c.query(`WITH ins AS (
          INSERT INTO claim_places (place_id, claim_seq, span_start, span_end, text)
          SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::int[], $5::text[])
          ON CONFLICT DO NOTHING RETURNING place_id, claim_seq, text),
        sources AS (
          INSERT INTO place_sources (place_id, root_document_id)
          SELECT DISTINCT ins.place_id, r.root FROM ins JOIN unnest($2::bigint[], $6::text[]) AS r(claim_seq, root) ON r.claim_seq = ins.claim_seq
          ON CONFLICT DO NOTHING)
        INSERT INTO place_variants (place_id, text) SELECT DISTINCT place_id, text FROM ins ON CONFLICT DO NOTHING`, [
        cp.map((x) => pgText(x.place.placeId)), cp.map((x) => x.claim), cp.map((x) => x.place.start), cp.map((x) => x.place.end),
        cp.map((x) => pgText(x.place.text)), cp.map((x) => x.root),
      ]);
    }
    const qs = fresh.flatMap((r) => r.quantities.map((q) => ({ q, doc: seq(r) })));
    if (qs.length) {
      await c.query(`INSERT INTO quantities (document_seq, id, claim_seq, value, high, bound, unit, vague, span_start, span_end, text)
        SELECT t.document_seq, t.id, t.claim_seq, t.value, t.high, t.bound, t.unit, t.vague, t.span_start, t.span_end, t.text
        FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::float8[], $5::float8[], $6::text[], $7::text[], $8::boolean[], $9::int[], $10::int[], $11::text[], $12::int[])
          AS t(document_seq, id, claim_seq, value, high, bound, unit, vague, span_start, span_end, text, ord)
        ORDER BY t.ord`, [
        qs.map((x) => x.doc), qs.map((x) => x.q.id), qs.map((x) => (x.q.claimId ? claimSeq.get(x.q.claimId) ?? null : null)), qs.map((x) => x.q.value),
        qs.map((x) => x.q.high), qs.map((x) => x.q.bound), qs.map((x) => pgText(x.q.unit)), qs.map((x) => x.q.vague), qs.map((x) => x.q.start),
        qs.map((x) => x.q.end), qs.map((x) => pgText(x.q.text)), qs.map((_, i) => i),
      ]);
    }
    return stored;
  }

  async firstByHash(hashes: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!hashes.length) return out;
    const rows = await this.q(`SELECT DISTINCT ON (content_hash) content_hash, id FROM documents WHERE content_hash = ANY($1::text[])
      ORDER BY content_hash, seq`, [[...new Set(hashes)]]);
    for (const r of rows) out.set(r.content_hash as string, r.id as string);
    return out;
  }

  async reprintCandidates(keys: number[][], limit: number): Promise<ReprintCandidate[][]> {
    const out: ReprintCandidate[][] = keys.map(() => []);
    const which = keys.map((k, i) => (k.length ? i : -1)).filter((i) => i >= 0);
    if (!which.length) return out;
    // One query for every list: each list's first `limit` documents sharing a band key, with their signatures.
    const rows = await this.q(`SELECT l.i, d.id, s.document_seq AS seq, s.sig
      FROM unnest($1::int[]) AS l(i)
      CROSS JOIN LATERAL (SELECT DISTINCT document_seq FROM lsh WHERE band = ANY((SELECT array_agg(k) FROM jsonb_array_elements_text($2::jsonb -> l.i) AS k)::bigint[])
        LIMIT $3) AS m
      JOIN signatures s ON s.document_seq = m.document_seq JOIN documents d ON d.seq = s.document_seq
      ORDER BY l.i, s.document_seq`, [which, JSON.stringify(keys), limit]);
    for (const r of rows) out[r.i as number]!.push({ id: r.id as string, seq: r.seq as number, signature: signatureFromBuffer(r.sig as Buffer) });
    return out;
  }

  async reprintTexts(ids: string[]): Promise<Map<string, ReprintText>> {
    const out = new Map<string, ReprintText>();
    if (!ids.length) return out;
    const rows = await this.q('SELECT id, text, analysis FROM documents WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
    for (const r of rows) {
      let places: Place[] = [];
      try {
        const p = (JSON.parse(r.analysis as string) as { places?: unknown }).places;
        places = Array.isArray(p) ? (p as Place[]) : [];
      } catch {
        places = [];
      }
      out.set(r.id as string, { text: r.text as string, places });
    }
    return out;
  }

  async claimLinks(documentIds: string[]): Promise<Map<string, ClaimLink[]>> {
    const out = new Map<string, ClaimLink[]>();
    if (!documentIds.length) return out;
    const docs = await this.q('SELECT id FROM documents WHERE id = ANY($1::text[])', [[...new Set(documentIds)]]);
    for (const d of docs) out.set(d.id as string, []);
    const rows = await this.q(`SELECT d.id AS document_id, c.id, c.idx, c.content, c.origin_claim_id, c.root_document_id
      FROM documents d JOIN claims c ON c.document_seq = d.seq WHERE d.id = ANY($1::text[]) ORDER BY d.id, c.idx`, [[...new Set(documentIds)]]);
    for (const r of rows) {
      out.get(r.document_id as string)!.push({
        id: r.id as string, index: r.idx as number, content: r.content as string,
        originClaimId: (r.origin_claim_id as string | null) ?? null, rootDocumentId: r.root_document_id as string,
      });
    }
    return out;
  }

  async meta(key: string): Promise<string | null> {
    const rows = await this.q('SELECT value FROM ledger_meta WHERE key = $1', [key]);
    return (rows[0]?.value as string | undefined) ?? null;
  }

  async setMeta(entries: Record<string, string>): Promise<void> {
    const e = Object.entries(entries);
    if (!e.length) return;
    await this.transaction(async (c) => {
      await c.query(`INSERT INTO ledger_meta (key, value) SELECT * FROM unnest($1::text[], $2::text[])
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [e.map(([k]) => k), e.map(([, v]) => pgText(v))]);
    });
  }

  /** Transactions this store has committed (a revision read begun before one may not see it). */
  private writes = 0;
  /** The revision read in flight, and the `writes` count when it began. */
  private revisionRead: { value: Promise<string>; writes: number } | null = null;

  /** The revision read while listening for changes, kept until a notice or a write of this store. */
  private knownRevision: { value: string; writes: number; notices: number; at: number } | null = null;
  /** Revision notices received (`sitrep_revision`, migration 9). */
  private notices = 0;
  /** The connection listening on `sitrep_revision`: null before the first revision read, false after it failed. */
  private listener: pg.Client | null | false = null;
  private listening = false;

  /**
   * Starts listening for revision notices (once; on a connection of its own). Until `LISTEN` is in
   * place, and after the connection fails, every revision is read from the database as before.
   */
  private listen(): void {
    if (this.listener !== null || this.closed) return;
    // keep-alive probes, so that a connection a NAT or proxy dropped in silence ends instead of
    // listening for nothing
    const client = new pg.Client({ connectionString: this.url, application_name: `${this.opts.applicationName ?? 'sitrep'}-listen`, types: TYPES, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
    this.listener = client;
    const stop = (): void => {
      this.listening = false;
      this.knownRevision = null;
      this.listener = false;
      client.end().catch(() => undefined);
    };
    client.on('notification', () => {
      this.notices++;
      this.knownRevision = null;
    });
    client.on('error', stop);
    client.on('end', () => {
      this.listening = false;
      this.knownRevision = null;
      // a connection that ended (a server restart) is made again at the next revision read
      if (this.listener === client) this.listener = null;
    });
    client.connect().then(() => {
      // the listening socket never keeps a process alive by itself (a command that exits without
      // closing its store, a test)
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      return client.query('LISTEN sitrep_revision');
    }).then(() => {
      if (this.closed) return void client.end().catch(() => undefined);
      this.listening = true;
    }, stop);
  }

  /**
   * `<last document seq>:<facts revision>`: documents are only added, and every facts update bumps
   * the second part. Concurrent callers share one read (16 clients asking at once make one round
   * trip, not 16), unless this store committed a write after that read began. While a connection
   * listens on `sitrep_revision` (announced by the triggers of migration 9 when any writer commits),
   * the value read is kept until the next notice or write of this store: answers cached per
   * revision then cost no query at all. A change by another process is seen once its notice
   * arrives (at its commit, a round trip later).
   */
  async revision(): Promise<string> {
    this.listen();
    const known = this.knownRevision;
    if (known && known.writes === this.writes && known.notices === this.notices && this.listening && Date.now() - known.at < REVISION_MAX_AGE_MS) return known.value;
    const inFlight = this.revisionRead;
    if (inFlight && inFlight.writes === this.writes) return inFlight.value;
    const read = { value: this.readRevision(), writes: this.writes };
    this.revisionRead = read;
    // Kept only when listening since before the read began and nothing changed while it ran.
    const keep = this.listening ? { writes: this.writes, notices: this.notices } : null;
    const clear = (): void => {
      if (this.revisionRead === read) this.revisionRead = null;
    };
    read.value.then((value) => {
      clear();
      if (keep && this.listening && keep.writes === this.writes && keep.notices === this.notices) this.knownRevision = { value, ...keep, at: Date.now() };
    }, clear);
    return read.value;
  }

  private async readRevision(): Promise<string> {
    // Read before every list and cached answer: a named statement, planned once per connection.
    const [r] = await this.q(REVISION_SQL, [], this.revisionPool);
    return `${r!.last as number}:${(r!.facts as string | null) ?? '0'}`;
  }

  async getCached(key: string, revision: string): Promise<string | null> {
    const rows = await this.q('SELECT report FROM compare_cache WHERE key = $1 AND revision = $2', [key, revision]);
    return (rows[0]?.report as string | undefined) ?? null;
  }

  async putCached(key: string, revision: string, value: string): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('DELETE FROM compare_cache WHERE revision <> $1', [revision]);
      await c.query(`INSERT INTO compare_cache (key, revision, report) VALUES ($1, $2, $3)
        ON CONFLICT (key) DO UPDATE SET revision = excluded.revision, report = excluded.report`, [key, revision, pgText(value)]);
    });
  }

  async updateClaimFacts(updates: ClaimFactsUpdate[]): Promise<void> {
    await this.transaction(async (c) => {
      for (let i = 0; i < updates.length; i += 5000) {
        const u = updates.slice(i, i + 5000);
        await c.query(`UPDATE claims c SET facts = u.facts, side = u.side, affiliation = u.affiliation, comparable = u.comparable
          FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[]) AS u(facts, side, affiliation, comparable, id)
          WHERE c.id = u.id`, [u.map((x) => JSON.stringify(x.facts)), u.map((x) => pgText(x.side)), u.map((x) => pgText(x.affiliation)),
          u.map((x) => x.comparable), u.map((x) => x.claimId)]);
      }
      await c.query(`INSERT INTO ledger_meta (key, value) VALUES ('facts_revision', '1')
        ON CONFLICT (key) DO UPDATE SET value = (ledger_meta.value::bigint + 1)::text`);
    });
  }

  async analyses(cursor: string | null, limit: number): Promise<{ items: StoredAnalysis[]; next: string | null }> {
    let after = 0;
    if (cursor !== null) {
      if (!/^\d{1,15}$/.test(cursor)) throw queryError(`'cursor' is not a cursor of this store: '${cursor.slice(0, 40)}'`);
      after = Number(cursor);
    }
    const rows = await this.q('SELECT seq, id, text, analysis FROM documents WHERE claim_count > 0 AND seq > $1 ORDER BY seq LIMIT $2', [after, limit + 1]);
    const more = rows.length > limit;
    const list = more ? rows.slice(0, limit) : rows;
    const items = list.map((r) => ({ documentId: r.id as string, analysis: analysisOf(r) }));
    return { items, next: more ? String(list[list.length - 1]!.seq) : null };
  }

  async *comparableClaims(q: ClaimFilter = {}): AsyncIterable<ComparableClaim> {
    let after = 0;
    for (;;) {
      const P = new Params();
      const where = this.claimWhere(q, P);
      where.push('c.comparable'); // only claims with a quantity or status can fall into a topic
      where.push(`c.seq > ${P.p(after)}`);
      const rows = await this.q(`SELECT c.seq, c.id, c.idx, c.facts, c.root_document_id, d.id AS document_id, d.source, d.outlet, d.published
        FROM claims c JOIN documents d ON d.seq = c.document_seq ${sqlWhere(where)} ORDER BY c.seq LIMIT ${MAX_LIMIT}`, P.values);
      for (const r of rows) {
        yield {
          id: r.id as string, documentId: r.document_id as string, index: r.idx as number,
          facts: JSON.parse(r.facts as string) as Record<string, unknown>, rootDocumentId: r.root_document_id as string,
          source: (r.source as string | null) ?? null, outlet: (r.outlet as string | null) ?? null, published: (r.published as string | null) ?? null,
        };
      }
      if (rows.length < MAX_LIMIT) return;
      after = rows[rows.length - 1]!.seq as number;
    }
  }

  async getClaims(ids: string[]): Promise<ClaimRecord[]> {
    const out: ClaimRecord[] = [];
    const list = [...new Set(ids)];
    for (let i = 0; i < list.length; i += 1000) {
      const rows = await this.q(`SELECT ${CLAIM_COLS} FROM claims c JOIN documents d ON d.seq = c.document_seq WHERE c.id = ANY($1::text[])`, [list.slice(i, i + 1000)]);
      out.push(...this.hydrate(rows));
    }
    return out;
  }

  async known(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.q('SELECT id FROM documents WHERE id = ANY($1::text[])', [ids]);
    return new Set(rows.map((r) => r.id as string));
  }

  async storedHashes(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.q('SELECT id, content_hash FROM documents WHERE id = ANY($1::text[])', [ids]);
    return new Map(rows.map((r) => [r.id as string, r.content_hash as string]));
  }

  async recordSkips(skips: SkipRecord[]): Promise<void> {
    if (!skips.length) return;
    const at = new Date().toISOString();
    await this.transaction(async (c) => {
      await c.query('INSERT INTO skips (location, code, message, at) SELECT l, c, m, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(l, c, m)', [
        skips.map((k) => pgText(k.location)), skips.map((k) => pgText(k.code)), skips.map((k) => pgText(k.message)), at,
      ]);
    });
  }

  async skips(q: PageQuery = {}): Promise<Page<StoredSkip>> {
    const p = pageOf(q);
    const where = p.after !== null ? 'WHERE id > $3' : '';
    const args: unknown[] = [p.limit + 1, p.offset];
    if (p.after !== null) args.push(p.after);
    const rows = (await this.q(`SELECT id, location, code, message, at FROM skips ${where} ORDER BY id LIMIT $1 OFFSET $2`, args)) as unknown as StoredSkip[];
    const total = await this.one<number>('SELECT count(*) FROM skips');
    return page(rows, p, total, (r) => r.id);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = (await this.q(`SELECT ${DOC_COLS}, text FROM documents WHERE id = $1`, [id]))[0];
    return r ? { ...documentRecord(r), text: r.text as string } : null;
  }

  /** The document with its text and its analysis, in one query (the desk's document view). */
  async documentView(id: string): Promise<{ document: StoredDocument; analysis: Analysis | null } | null> {
    const r = (await this.q(`SELECT ${DOC_COLS}, text, analysis FROM documents WHERE id = $1`, [id]))[0];
    if (!r) return null;
    return { document: { ...documentRecord(r), text: r.text as string }, analysis: analysisOf(r) };
  }

  /** The analyses (with their texts) of documents `ids`, in one query (for exports). */
  async getAnalyses(ids: string[]): Promise<Map<string, Analysis>> {
    const out = new Map<string, Analysis>();
    if (!ids.length) return out;
    for (const r of await this.q('SELECT id, text, analysis FROM documents WHERE id = ANY($1::text[])', [[...new Set(ids)]])) out.set(r.id as string, analysisOf(r));
    return out;
  }

  async getAnalysis(id: string): Promise<Analysis | null> {
    const r = (await this.q('SELECT text, analysis FROM documents WHERE id = $1', [id]))[0];
    return r ? analysisOf(r) : null;
  }

  async documents(q: DocumentQuery = {}): Promise<Page<StoredDocument>> {
    const p = pageOf(q);
    const P = new Params();
    const where: string[] = [];
    if (q.source !== undefined) where.push(`source LIKE ${P.p(likeSub(q.source))}`);
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    if (from) where.push(`day >= ${P.p(from)}`);
    if (to) where.push(`day <= ${P.p(to)}`);
    if (q.carriers === true) where.push('carrier_of IS NOT NULL');
    if (q.carriers === false) where.push('carrier_of IS NULL');
    const total = await this.one<number>(`SELECT count(*) FROM documents ${sqlWhere(where)}`, P.values);
    if (p.after !== null) where.push(`seq > ${P.p(p.after)}`);
    const rows = await this.q(`SELECT seq, ${DOC_COLS} FROM documents ${sqlWhere(where)} ORDER BY seq LIMIT ${P.p(p.limit + 1)} OFFSET ${P.p(p.offset)}`, P.values);
    return page(rows, p, total, (r) => r.seq as number, documentRecord);
  }

  /**
   * `FROM places WHERE ...`: the places a `place` filter stands for (the stored id or a substring
   * of a stored name, or any gazetteer entry the value names), or those of a `region` (ISO code of
   * their admin1 or country).
   */
  private placeSet(q: { place: string } | { region: string }, P: Params): string {
    if ('region' in q) {
      const r = P.p(q.region);
      return `FROM places WHERE lower(admin1) = lower(${r}) OR lower(country) = lower(${r})`;
    }
    const ids = this.placeIds.get(q.place, (v) => {
      const resolve = this.opts.resolvePlace === undefined ? gazetteerPlaceIds : this.opts.resolvePlace;
      return resolve ? resolve(v).slice(0, MAX_PLACE_IDS) : [];
    });
    return `FROM places WHERE place_id = ${P.p(q.place)} OR name_key LIKE ${P.p(likeSub(foldKey(q.place) || q.place.toLowerCase()))}
      OR place_id = ANY(${P.p(ids)}::text[])`;
  }

  /**
   * The total of a claims list filtered by one place or one region and nothing else, when the
   * claim counters of its places (`places.claims`, kept at ingest: each place's claims, counted
   * once each) already say it passes `COUNT_CAP`: the largest of them is a lower bound of the set.
   * Null otherwise (then the set is counted). Counting a place's set up to the cap walks about
   * 120,000 claim places at a million claims (0.4 s); this is one look-up in a table of places.
   */
  private async placeTotal(q: Omit<ClaimQuery, keyof PageQuery>): Promise<{ total: number; capped: boolean } | null> {
    const set = filterKeys(q);
    if (set.length === 1 && set[0] === 'text') return this.textTotal(q.text!);
    if (set.length !== 1 || (set[0] !== 'place' && set[0] !== 'region')) return null;
    const P = new Params();
    const most = await this.cachedCount(`SELECT coalesce(max(claims), 0) ${this.placeSet(q.place !== undefined ? { place: q.place } : { region: q.region! }, P)}`, P.values);
    return most > COUNT_CAP ? { total: COUNT_CAP, capped: true } : null;
  }

  /**
   * The total of a claims list filtered by `text` alone, when the lexeme counters (`claim_lexemes`,
   * migration 9) already say it passes `COUNT_CAP`; null otherwise (then the set is counted). See
   * `textLowerBound`. Counting a common word's claims up to the cap read about 77,000 claims.
   */
  private async textTotal(text: string): Promise<{ total: number; capped: boolean } | null> {
    const words = tsQueryTexts(text);
    if (words === null) return null;
    return (await this.textLowerBound(words)) > COUNT_CAP ? { total: COUNT_CAP, capped: true } : null;
  }

  /**
   * A lower bound of the claims that match `words` (cached per revision): for each configuration
   * whose query is one term, the largest count in `claim_lexemes` of a lexeme the term matches (the
   * lexeme itself, or for a prefix term every lexeme it begins), summed over the configurations,
   * whose claims are disjoint. A query of several terms (an AND) gives no bound in its configuration.
   */
  private textLowerBound(words: { plain: string; stems: string }): Promise<number> {
    const P = new Params();
    const w = P.p(words.plain);
    const st = P.p(words.stems);
    const terms = FTS_CONFIGS.map((cfg) => `('${cfg}', to_tsquery('${cfg}', ${cfg === 'sitrep_ukrainian' ? st : w}))`).join(', ');
    // A one-term tsquery prints as 'lexeme' or 'lexeme':* (the words are letters and digits: no quotes inside).
    // Lexemes sort by code point: those beginning with p lie from p to p || U+10FFFF (an index range).
    return this.cachedCount(`WITH q AS (SELECT cfg, t::text AS t FROM (VALUES ${terms}) v(cfg, t) WHERE numnode(t) = 1)
      SELECT coalesce(sum((SELECT CASE WHEN q.t LIKE '%:*'
          THEN (SELECT max(l.claims) FROM claim_lexemes l, btrim(left(q.t, -2), '''') AS p(s) WHERE l.fts_config = q.cfg
            AND l.lexeme >= (p.s COLLATE "C") AND l.lexeme < (p.s || chr(1114111) COLLATE "C") AND l.lexeme ^@ (p.s COLLATE "C"))
          ELSE (SELECT l.claims FROM claim_lexemes l WHERE l.fts_config = q.cfg AND l.lexeme = (btrim(q.t, '''') COLLATE "C")) END)), 0)
      FROM q`, P.values);
  }

  /** WHERE parts over `claims c` for a claim query (without paging); values go to `P`. */
  private claimWhere(q: Omit<ClaimQuery, keyof PageQuery>, P: Params): string[] {
    const where: string[] = [];
    if (q.speaker !== undefined) where.push(`c.speaker_key LIKE ${P.p(likeSub(foldKey(q.speaker) || q.speaker.toLowerCase()))}`);
    if (q.side !== undefined) where.push(`lower(c.side) = lower(${P.p(q.side)})`);
    if (q.place !== undefined) where.push(`c.seq IN (SELECT cp.claim_seq FROM claim_places cp WHERE cp.place_id IN (SELECT place_id ${this.placeSet({ place: q.place }, P)}))`);
    if (q.region !== undefined) where.push(`c.seq IN (SELECT cp.claim_seq FROM claim_places cp WHERE cp.place_id IN (SELECT place_id ${this.placeSet({ region: q.region }, P)}))`);
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    if (from) where.push(`c.day >= ${P.p(from)}`);
    if (to) where.push(`c.day <= ${P.p(to)}`);
    if (q.text !== undefined) {
      const words = tsQueryTexts(q.text);
      where.push(words === null ? 'false' : ftsMatch('c', words, P).match);
    }
    if (q.kind !== undefined) {
      if (!['direct', 'indirect', 'mixed'].includes(q.kind)) throw queryError(`'kind' must be direct, indirect or mixed, got '${q.kind}'`);
      where.push(`c.kind = ${P.p(q.kind)}`);
    }
    if (q.documentId !== undefined) where.push(`c.document_seq = (SELECT seq FROM documents WHERE id = ${P.p(q.documentId)})`);
    if (q.unit !== undefined) where.push(`c.seq IN (SELECT claim_seq FROM quantities WHERE unit = ${P.p(q.unit)} AND claim_seq IS NOT NULL)`);
    if (q.event !== undefined) where.push(eventExistsSql('c.seq', P.p(q.event)));
    if (q.originalsOnly) where.push('c.origin_claim_id IS NULL');
    return where;
  }

  async claims(q: ClaimQuery = {}): Promise<Page<ClaimRecord>> {
    return this.claimPage(q, true);
  }

  /** A page of claims in sequence order, with the total when asked (else -1). */
  private async claimPage(q: ClaimQuery, withTotal: boolean): Promise<Page<ClaimRecord>> {
    const p = pageOf(q);
    const { limit: _limit, offset: _offset, cursor: _cursor, ...filter } = q;
    const P = new Params();
    const where = this.claimWhere(filter, P);
    const counted = P.clone().values;
    const fromWhere = `FROM claims c ${sqlWhere(where)}`;
    const count = withTotal
      ? this.placeTotal(filter).then((known) => known ?? this.cappedCount(fromWhere, counted))
      : Promise.resolve({ total: -1, capped: false });
    if (p.after !== null) where.push(`c.seq > ${P.p(p.after)}`);
    let selection = `SELECT c.seq FROM claims c ${sqlWhere(where)} ORDER BY c.seq`;
    if (filterKeys(filter).join() === 'unit') {
      // A unit alone: the claims of its quantities, in claim order, from the (unit, claim_seq) index
      // alone (every quantity's claim_seq is a stored claim's), not merged with the claims' key:
      // a page at offset 4,000 walked 20,000 claim keys for it.
      P.values.length = 0;
      selection = `SELECT DISTINCT qu.claim_seq AS seq FROM quantities qu WHERE qu.unit = ${P.p(filter.unit)} AND qu.claim_seq IS NOT NULL
        ${p.after !== null ? `AND qu.claim_seq > ${P.p(p.after)}` : ''} ORDER BY 1`;
    }
    const rows = this.q(`SELECT ${CLAIM_COLS} FROM claims c JOIN documents d ON d.seq = c.document_seq
      WHERE c.seq IN (${selection} LIMIT ${P.p(p.limit + 1)} OFFSET ${P.p(p.offset)}) ORDER BY c.seq`, P.values);
    // The count and the page run at once, on two connections of the pool.
    const [{ total, capped }, got] = await Promise.all([count, rows]);
    const pg = page(got, p, total, (r) => r.seq as number);
    return { ...pg, items: this.hydrate(pg.items), ...(capped ? { totalCapped: true as const } : {}) };
  }

  async timeline(q: Omit<ClaimQuery, keyof PageQuery> = {}): Promise<Timeline> {
    const rows = (await this.placeTimeline(q)) ?? (await this.claimsTimeline(q));
    let claims = 0;
    const days: Timeline['days'] = [];
    for (const r of rows) {
      claims += r.n as number;
      if (r.day !== null) days.push({ date: r.day as string, side: (r.side as string | null) ?? null, claims: r.n as number });
    }
    days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.side ?? '').localeCompare(b.side ?? '')));
    return { days, claims };
  }

  /** Claims per day and side of a claim query, counted over the claims (`day`, `side`, `n` rows). */
  private claimsTimeline(q: Omit<ClaimQuery, keyof PageQuery>): Promise<Row[]> {
    const P = new Params();
    const where = this.claimWhere(q, P);
    return this.q(`SELECT c.day, c.side, count(*) AS n FROM claims c ${sqlWhere(where)} GROUP BY c.day, c.side`, P.values);
  }

  /**
   * The timeline of a query that is one place or none (and dates, or nothing else), from the counts
   * kept as claims are written (migration 8: `place_days` when the place value stands for one stored
   * place, `claim_days` without a place): an index range instead of every claim of the place hashed
   * against the claims, or a GROUP BY over every claim. Null for any other query, or when the value
   * names several places (a claim naming two of them would be counted twice), which are then
   * counted over the claims.
   */
  private async placeTimeline(q: Omit<ClaimQuery, keyof PageQuery>): Promise<Row[] | null> {
    const set = filterKeys(q);
    if (set.some((k) => k !== 'place' && k !== 'from' && k !== 'to')) return null;
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    const R = new Params();
    const where = ['claims > 0'];
    let table = 'claim_days';
    if (q.place !== undefined) {
      // One place: its counts; no place: the ledger's (claim_days, kept by the same migration).
      const P = new Params();
      const ids = await this.q(`SELECT place_id ${this.placeSet({ place: q.place }, P)} LIMIT 2`, P.values);
      if (ids.length !== 1) return ids.length === 0 ? [] : null;
      where.push(`place_id = ${R.p(ids[0]!.place_id)}`);
      table = 'place_days';
    }
    // '=YYYY-MM-DD' keys compare as the days do; a claim without a day ('') is before every one, as `day >= from` leaves it out.
    if (from) where.push(`day_key >= ${R.p(`=${from}`)}`);
    if (to) where.push(`day_key <= ${R.p(`=${to}`)}`, "day_key <> ''");
    return this.q(`SELECT CASE WHEN day_key = '' THEN NULL ELSE substr(day_key, 2) END AS day,
      CASE WHEN side_key = '' THEN NULL ELSE substr(side_key, 2) END AS side, claims AS n FROM ${table} ${sqlWhere(where)}`, R.values);
  }

  async getClaim(id: string): Promise<ClaimRecord | null> {
    const rows = await this.q(`SELECT ${CLAIM_COLS} FROM claims c JOIN documents d ON d.seq = c.document_seq WHERE c.id = $1`, [id]);
    return rows.length ? this.hydrate(rows)[0]! : null;
  }

  /**
   * Claim rows selected with `CLAIM_COLS` (which carries each claim's places, quantities and event
   * types as JSON arrays): one query per page, not one per related table.
   */
  private hydrate(rows: Row[]): ClaimRecord[] {
    return rows.map((r) => {
      const places = ((r.j_places as Row[] | null) ?? []).map((x) => placeRecord(x, PG_SPANS));
      const quantities = ((r.j_quantities as Row[] | null) ?? []).map((x) => quantityRecord(x, PG_SPANS, r.document_id as string, r.id as string));
      const events = ((r.j_events as Row[] | null) ?? []).map(eventTypeRecord);
      return claimRecord(r, PG_SPANS, places, quantities, events);
    });
  }

  async quantities(q: QuantityQuery = {}): Promise<Page<QuantityRecord & { claim: ClaimRecord | null }>> {
    const p = pageOf(q);
    const P = new Params();
    const where = this.claimWhere({ speaker: q.speaker, side: q.side, place: q.place, region: q.region }, P);
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    if (from) where.push(`coalesce(c.day, d.day) >= ${P.p(from)}`);
    if (to) where.push(`coalesce(c.day, d.day) <= ${P.p(to)}`);
    if (q.unit !== undefined) where.push(`qq.unit = ${P.p(q.unit)}`);
    const base = 'FROM quantities qq JOIN documents d ON d.seq = qq.document_seq LEFT JOIN claims c ON c.seq = qq.claim_seq';
    // Claim filters need a claim: `c.x ...` is NULL (not true) without one, so those quantities drop out.
    const total = await this.one<number>(`SELECT count(*) ${base} ${sqlWhere(where)}`, P.values);
    if (p.after !== null) where.push(`qq.seq > ${P.p(p.after)}`);
    const rows = await this.q(`SELECT qq.*, d.id AS document_id, c.id AS claim_id ${base} ${sqlWhere(where)} ORDER BY qq.seq
      LIMIT ${P.p(p.limit + 1)} OFFSET ${P.p(p.offset)}`, P.values);
    const pg = page(rows, p, total, (r) => r.seq as number);
    const claimIds = [...new Set(pg.items.map((r) => r.claim_id as string | null).filter((x): x is string => x !== null))];
    const claims = new Map<string, ClaimRecord>();
    if (claimIds.length) {
      const crows = await this.q(`SELECT ${CLAIM_COLS} FROM claims c JOIN documents d ON d.seq = c.document_seq WHERE c.id = ANY($1::text[])`, [claimIds]);
      for (const c of this.hydrate(crows)) claims.set(c.id, c);
    }
    return {
      ...pg,
      items: pg.items.map((r) => {
        const cid = (r.claim_id as string | null) ?? null;
        return { ...quantityRecord(r, PG_SPANS, r.document_id as string, cid), claim: cid ? claims.get(cid) ?? null : null };
      }),
    };
  }

  async places(q: PlaceQuery = {}): Promise<Page<PlaceSummary>> {
    const p = pageOf(q);
    if (p.after !== null) throw queryError("places are paged by 'offset' (or the 'next' cursor of the previous page)");
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    const P = new Params();
    const where: string[] = [];
    if (q.region !== undefined) {
      const r = P.p(q.region);
      where.push(`(lower(p.admin1) = lower(${r}) OR lower(p.country) = lower(${r}))`);
    }
    if (q.located) where.push('p.lat IS NOT NULL AND p.lon IS NOT NULL');
    let result: Page<PlaceSummary>;
    if (!from && !to && q.event === undefined) {
      // The counters kept at ingest: no aggregation over the claims.
      where.push('p.claims > 0');
      const total = await this.one<number>(`SELECT count(*) FROM places p ${sqlWhere(where)}`, P.values);
      const rows = await this.q(`SELECT p.place_id, p.name, p.country, p.admin1, p.lat, p.lon, p.level, p.claims, p.sources,
        (SELECT array_agg(text ORDER BY text) FROM place_variants pv WHERE pv.place_id = p.place_id) AS variants
        FROM places p ${sqlWhere(where)} ORDER BY p.claims DESC, p.place_id LIMIT ${P.p(p.limit + 1)} OFFSET ${P.p(p.offset)}`, P.values);
      result = page(rows, p, total, null, placeSummary);
    } else {
      if (from) where.push(`c.day >= ${P.p(from)}`);
      if (to) where.push(`c.day <= ${P.p(to)}`);
      if (q.event !== undefined) where.push(eventExistsSql('c.seq', P.p(q.event)));
      const base = `FROM claims c JOIN claim_places cp ON cp.claim_seq = c.seq JOIN places p ON p.place_id = cp.place_id ${sqlWhere(where)}`;
      const baseValues = P.clone().values;
      // The total (the number of places) is the number of groups, counted by a window over them in
      // the same pass: a count of its own read the same claims again (2.6 s of the 9 s a first
      // places list by event type took at a million claims). Past the last group there is no row
      // to carry it: then it is counted apart.
      const rows = await this.q(`SELECT p.place_id, p.name, p.country, p.admin1, p.lat, p.lon, p.level, count(*)::int AS claims,
        count(DISTINCT c.root_document_id)::int AS sources, array_agg(DISTINCT cp.text) AS variants, count(*) OVER () AS places_total
        ${base} GROUP BY p.place_id ORDER BY claims DESC, p.place_id LIMIT ${P.p(p.limit + 1)} OFFSET ${P.p(p.offset)}`, P.values);
      const total = rows.length ? (rows[0]!.places_total as number)
        : p.offset > 0 ? await this.one<number>(`SELECT count(DISTINCT cp.place_id) ${base}`, baseValues) : 0;
      result = page(rows, p, total, null, placeSummary);
    }
    await this.placeEventTypes(result.items, from, to, q.event);
    return result;
  }

  /**
   * Fills `eventTypes` of a page of places: the ACLED event types of their claims (within the dates,
   * and of the claims matching the event filter when there is one), most claims first.
   */
  private async placeEventTypes(items: PlaceSummary[], from: string | undefined, to: string | undefined, event: string | undefined): Promise<void> {
    if (!items.length) return;
    const P = new Params();
    const ids = P.p(items.map((i) => i.placeId));
    if (!from && !to && event === undefined) {
      // Every claim of the place: the counts kept as claims are written (migration 6).
      addPlaceEventTypes(items, await this.q(`SELECT place_id, event_type AS type, claims AS n FROM place_event_types WHERE place_id = ANY(${ids}::text[]) AND claims > 0`, P.values));
      return;
    }
    let dates = '';
    if (from) dates += ` AND c.day >= ${P.p(from)}`;
    if (to) dates += ` AND c.day <= ${P.p(to)}`;
    if (event !== undefined) dates += ` AND ${eventExistsSql('cp.claim_seq', P.p(event))}`;
    const rows = await this.q(`SELECT cp.place_id, ce.event_type AS type, count(DISTINCT cp.claim_seq)::int AS n
      FROM claim_places cp JOIN claim_events ce ON ce.claim_seq = cp.claim_seq
      ${from || to ? 'JOIN claims c ON c.seq = cp.claim_seq' : ''}
      WHERE cp.place_id = ANY(${ids}::text[]) AND ce.event_type IS NOT NULL${dates}
      GROUP BY cp.place_id, ce.event_type`, P.values);
    addPlaceEventTypes(items, rows);
  }

  async search(text: string, q: SearchQuery = {}): Promise<Page<SearchHit>> {
    const p = pageOf(q);
    if (p.after !== null) throw queryError("search results are paged by 'offset' (or the 'next' cursor of the previous page)");
    const words = tsQueryTexts(text);
    if (words === null) return { items: [], total: 0, next: null };
    const P = new Params();
    // The newest SEARCH_RANKED matches of each kind, ranked; the total apart (searchTotal), at once.
    const windows: string[] = [];
    if (q.type !== 'claim') {
      const m = ftsMatch('d', words, P);
      windows.push(`SELECT 'document' AS type, d.id AS id, d.seq AS seq, ${m.rank} AS rank
        FROM (SELECT d.id, d.seq, d.fts_config, d.tsv FROM documents d WHERE ${m.match} ORDER BY d.seq DESC LIMIT ${SEARCH_RANKED}) d`);
    }
    if (q.type !== 'document') {
      const m = ftsMatch('c', words, P);
      windows.push(`SELECT 'claim' AS type, c.id AS id, c.seq AS seq, ${m.rank} AS rank
        FROM (SELECT c.id, c.seq, c.fts_config, c.tsv FROM claims c WHERE ${m.match} ORDER BY c.seq DESC LIMIT ${SEARCH_RANKED}) c`);
    }
    // The headline is made only for the rows of the page.
    const w = P.p(words.plain);
    const st = P.p(words.stems);
    const opts = P.p(HEADLINE);
    const tsq = (a: string): string => `(CASE ${a}.fts_config ${FTS_CONFIGS.map((cfg) => `WHEN '${cfg}' THEN to_tsquery('${cfg}', ${cfg === 'sitrep_ukrainian' ? st : w})`).join(' ')} END)`;
    const rows = this.q(`WITH ranked AS MATERIALIZED (${windows.join(' UNION ALL ')}),
      hits AS (SELECT * FROM ranked ORDER BY rank, id LIMIT ${P.p(p.limit + 1)} OFFSET ${P.p(p.offset)})
      SELECT h.type, h.id, coalesce(d.id, cd.id) AS document_id, h.rank,
        CASE WHEN h.type = 'document'
          THEN ts_headline(d.fts_config::regconfig, left(d.text, ${FTS_CHARS}), ${tsq('d')}, ${opts})
          ELSE ts_headline(c.fts_config::regconfig, c.content, ${tsq('c')}, ${opts}) END AS snip
      FROM hits h
      LEFT JOIN documents d ON h.type = 'document' AND d.seq = h.seq
      LEFT JOIN claims c ON h.type = 'claim' AND c.seq = h.seq
      LEFT JOIN documents cd ON cd.seq = c.document_seq
      ORDER BY h.rank, h.id`, P.values);
    const [counted, got] = await Promise.all([this.searchTotal(words, q.type), rows]);
    const total = Math.min(counted, COUNT_CAP);
    const hits = page(got, p, total, null, (r) => ({
      type: r.type as SearchHit['type'], id: r.id as string, documentId: r.document_id as string,
      ...unmark(r.snip as string), rank: r.rank as number,
    }));
    return counted > COUNT_CAP ? { ...hits, totalCapped: true } : hits;
  }

  /**
   * A search's matches, each kind counted up to `SEARCH_WINDOW` (cached per revision; the claims'
   * count is the one of the claims list filtered by the same text): past `COUNT_CAP` in all, the
   * total is "more than". Claims alone past the cap by their lexeme counters: no count at all.
   */
  private async searchTotal(words: { plain: string; stems: string }, type: SearchQuery['type']): Promise<number> {
    if (type !== 'document' && (await this.textLowerBound(words)) > COUNT_CAP) return COUNT_CAP + 1;
    const capped = (from: string, a: string): Promise<number> => {
      const P = new Params();
      return this.cachedCount(`SELECT count(*) FROM (SELECT 1 FROM ${from} ${a} WHERE ${ftsMatch(a, words, P).match} LIMIT ${SEARCH_WINDOW}) capped`, P.values);
    };
    const [docs, claims] = await Promise.all([type === 'claim' ? 0 : capped('documents', 'd'), type === 'document' ? 0 : capped('claims', 'c')]);
    return docs + claims;
  }

  async *eachClaim(q: Omit<ClaimQuery, keyof PageQuery> = {}): AsyncIterable<ClaimRecord> {
    let cursor: string | undefined;
    // A short first page, then pages twice as long up to MAX_LIMIT: an export's first bytes (about
    // ten CSV rows) leave after a page of 25 claims rather than 100, and a client that leaves after
    // them has cost a few short pages more, not one of 1,000.
    for (let limit = 25; ; limit = Math.min(MAX_LIMIT, limit * 2)) {
      const pg = await this.claimPage({ ...q, limit, cursor }, false);
      yield* pg.items;
      if (!pg.next) return;
      cursor = pg.next;
    }
  }

  async stats(): Promise<StoreStats> {
    const r = (await this.q(`SELECT (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM documents WHERE carrier_of IS NOT NULL) AS carriers, (SELECT count(*) FROM claims) AS claims,
      (SELECT count(*) FROM quantities) AS quantities, (SELECT count(*) FROM places) AS places, (SELECT count(*) FROM skips) AS skipped,
      pg_database_size(current_database()) AS bytes`))[0]!;
    const documents = r.documents as number;
    const carriers = r.carriers as number;
    return {
      documents, originals: documents - carriers, carriers, claims: r.claims as number, quantities: r.quantities as number,
      places: r.places as number, skipped: r.skipped as number, bytes: r.bytes as number, schemaVersion: await currentVersion(this.pool),
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.ready.catch(() => undefined);
    await this.lockPoolValue?.end();
    await this.revisionPoolValue?.end();
    if (this.listener) await this.listener.end().catch(() => undefined);
    await this.pool.end();
  }
}

/** The ledger revision's parts (see `PgStore.revision`), as a named statement. */
const REVISION_SQL = {
  name: 'sitrep_revision',
  text: `SELECT (SELECT coalesce(max(seq), 0) FROM documents) AS last, (SELECT value FROM ledger_meta WHERE key = 'facts_revision') AS facts`,
};

/** The number of migrations this code knows (the schema version of a current database). */
export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

const DOC_COLS = 'id, source, url, title, published, lang, content_hash, length, ingested_at, carrier_of, duplicate, similarity, claim_count, outlet, meta';
/**
 * The columns of a claim record: the claim, its document's provenance, and its places, quantities
 * and event types as JSON arrays (correlated subqueries, run only for the rows returned; column
 * names as in their tables, so the shared row mappers read them).
 */
const CLAIM_COLS = `c.seq, c.id, c.idx, c.kind, c.speaker, c.speaker_type, c.side, c.affiliation, c.cue, c.content, c.span_start, c.span_end, c.day,
  c.origin_claim_id, c.root_document_id, d.id AS document_id, d.source, d.outlet, d.url, d.published, d.lang,
  (SELECT json_agg(json_build_object('place_id', p.place_id, 'name', p.name, 'country', p.country, 'admin1', p.admin1, 'lat', p.lat,
      'lon', p.lon, 'level', p.level, 'span_start', cp.span_start, 'span_end', cp.span_end, 'text', cp.text) ORDER BY cp.span_start, cp.place_id)
    FROM claim_places cp JOIN places p ON p.place_id = cp.place_id WHERE cp.claim_seq = c.seq) AS j_places,
  (SELECT json_agg(json_build_object('id', qx.id, 'value', qx.value, 'high', qx.high, 'bound', qx.bound, 'unit', qx.unit, 'vague', qx.vague,
      'span_start', qx.span_start, 'span_end', qx.span_end, 'text', qx.text) ORDER BY qx.span_start, qx.seq)
    FROM quantities qx WHERE qx.claim_seq = c.seq) AS j_quantities,
  (SELECT json_agg(json_build_object('event_type', ce.event_type, 'sub_event_type', ce.sub_event_type, 'plover', ce.plover) ORDER BY ce.ord)
    FROM claim_events ce WHERE ce.claim_seq = c.seq) AS j_events`;

/** The filters a claim query sets (not undefined, not false), sorted. */
function filterKeys(q: Omit<ClaimQuery, keyof PageQuery>): string[] {
  return Object.entries(q).filter(([, v]) => v !== undefined && v !== false).map(([k]) => k).sort();
}

/** The keys of the places an analysis names as places (gazetteer id, else the folded name), for `reprintAgrees`. */
function placeKeys(places: readonly Place[]): Set<string> {
  const out = new Set<string>();
  for (const p of places) if (p.role !== 'speaker' && p.role !== 'name') out.add(p.id ?? foldKey(p.name));
  return out;
}

/**
 * Whether the claim `seq` (a column) reports an event of a type (ACLED event type, sub-event type
 * or PLOVER type, without case). An EXISTS per claim, not `seq IN (the set of such claims)`: a
 * page of claims in sequence order then probes the claims it walks (0.2 ms at 1M claims) instead
 * of first collecting a set that may hold most of the ledger (1.7 s for 284,000 claims).
 */
function eventExistsSql(seq: string, param: string): string {
  return `EXISTS (SELECT 1 FROM claim_events ce WHERE ce.claim_seq = ${seq}
    AND (lower(ce.event_type) = lower(${param}) OR lower(ce.sub_event_type) = lower(${param}) OR lower(ce.plover) = lower(${param})))`;
}


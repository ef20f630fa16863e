/**
 * The SQLite `Store` (better-sqlite3 12): WAL journal, one transaction per write call, schema
 * migrations by `user_version`, FTS5 over documents and claims, reprint signatures and their LSH
 * band keys in indexed tables (so nothing has to be rebuilt in memory on open). Persistence and
 * queries only: the ledger (src/ledger/) decides reprints, claim facts and disputes.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Analysis, Place } from '../analyze/types.js';
import { ErrorCode, SitrepError } from '../errors.js';
import { loadGazetteer } from '../geo/index.js';
import type { Candidate } from '../geo/types.js';
import { MIGRATIONS } from './migrations.js';
import { BULK_KEY, BulkLock, FTS_SEGMENT, enterBulk, fillFullText, foldYo, isBusy, leaveBulk, parseBulkState, registerBulkFunctions } from './sqlite-bulk.js';
import { hasCyrillic } from '../util/index.js';
import { similarity } from '../util/minhash.js';
import { dayOf, factsText, foldKey } from './keys.js';
import { addPlaceEventTypes, claimRecord, docLang, documentRecord, eventTypeRecord, placeRecord, placeSummary, quantityRecord, SQLITE_SPANS, type Row } from './records.js';
import { cyrillicSnippet, hasCyrillicTerm, searchTerms, type SearchTerm } from '../analyze/ruuk/search.js';
import type {
  ClaimEventType, ClaimFactsUpdate, ClaimFilter, ClaimLink, ClaimQuery, ClaimRecord, ComparableClaim, DocumentQuery, DocumentRow, Page, PageQuery,
  PlaceQuery, PlaceRecord, PlaceSummary, QuantityQuery, QuantityRecord, ReprintCandidate, ReprintNear, ReprintText, SearchHit, SearchQuery, SkipRecord,
  Store, StoreStats, StoredAnalysis, StoredDocument, StoredSkip, Timeline, BulkLoad,
} from './types.js';

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  readonly?: boolean;
  /**
   * The place ids a `place` filter value may stand for (other spellings: "Kharkov", "Купянск",
   * "Kursk region"), matched besides the stored names and ids. Default: the gazetteer's
   * (`gazetteerPlaceIds`); null to match stored names and ids only.
   */
  resolvePlace?: ((value: string) => string[]) | null;
  /** Documents per full-text segment of a bulk load (default `FTS_SEGMENT`; smaller in tests). */
  ftsSegment?: number;
  /** Documents whose reprint keys wait in \`lsh_recent\` before they move into \`lsh\` (default \`LSH_SEGMENT\`; smaller in tests). */
  lshSegment?: number;
}

/**
 * Page size of a new ledger (bytes). SQLite's default of 4,096 puts a document's analysis JSON
 * (9–18 KB) on a chain of overflow pages and gives each index page few keys; 8,192-byte pages made
 * the writer's commits 4–5% cheaper for 4% more file (bench/README, thirteenth pass). Existing ledgers keep theirs.
 */
export const PAGE_SIZE = 8_192;

/** Whether this machine stores a 32-bit value's low byte first (then a signature's own bytes are its column value). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A signature as bytes (little-endian 32-bit values), for the `signatures` table. */
function signatureToBuffer(sig: Uint32Array): Buffer {
  // The same bytes without a copy value by value (SQLite copies the bound bytes).
  if (LITTLE_ENDIAN) return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
  const buf = Buffer.allocUnsafe(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}

/** Reads a signature written by `signatureToBuffer`. */
function signatureFromBuffer(buf: Uint8Array): Uint32Array {
  const sig = new Uint32Array(buf.byteLength >>> 2);
  if (LITTLE_ENDIAN) {
    // The column's bytes are the values' own (one copy instead of a read per value); a trailing partial value is left out, as below.
    new Uint8Array(sig.buffer).set(buf.subarray(0, sig.byteLength));
    return sig;
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (let i = 0; i < sig.length; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}

/** Most gazetteer ids a `place` filter value expands to. */
export const MAX_PLACE_IDS = 50;

/**
 * The gazetteer entries a place name may stand for: its strongest matches (exact, case-folded,
 * transliterated or inflected forms); only when there are none, its consonant-skeleton matches
 * ("Belopolye" → Bilopillia). At most `MAX_PLACE_IDS`; none when the gazetteer cannot be loaded.
 */
export function gazetteerPlaceIds(value: string): string[] {
  let cands: Candidate[];
  try {
    cands = loadGazetteer().lookup(value);
  } catch {
    return [];
  }
  const strong = cands.filter((c) => c.match !== 'skeleton');
  return [...new Set((strong.length ? strong : cands).map((c) => c.entry.id))].slice(0, MAX_PLACE_IDS);
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;
/** Most claim-list totals kept (per filter, while the database is unchanged). */
const MAX_COUNTS = 256;


const queryError = (msg: string, hint: string | null = null): SitrepError => new SitrepError(ErrorCode.Query, msg, hint);

function checkDay(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
    throw queryError(`'${name}' must be a date YYYY-MM-DD, got '${v}'`);
  }
  return v;
}

/** Limit, keyset position (rowid after which to continue) and offset of a page query. */
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

/** LIKE pattern for a substring, with `\` as the escape character. */
const likeSub = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Search terms as an FTS5 query over the `*_fold` tables: each word quoted, a stem as a prefix, all required. */
export function foldFtsQuery(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.stem}"${t.prefix ? '*' : ''}`).join(' ');
}

/** The words of a user's search text as an FTS5 query (each word a quoted term, all required). */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.slice(0, 32).map((w) => `"${w}"`).join(' ');
}

const MARK_OPEN = '\u0001';
const MARK_CLOSE = '\u0002';

/** Splits an FTS5 snippet with marker characters into plain text and mark offsets. */
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

/** Opens (creating and migrating if needed) a SQLite store at `file` (`:memory:` for a throwaway one). */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(file, options);
}

/** What `putOne` gathers for a whole batch, written at its end by `putBatchRows`. */
interface BatchRows {
  /**
   * Reprint keys as flat pairs (document rowid, band key), already in `lsh_recent`'s key order:
   * documents are stored in rising rowid order and each one's keys are appended sorted (`putOne`).
   */
  lsh: number[];
  /** Claims added per place. */
  placeClaims: Map<string, number>;
  /** Root documents and spellings per place (distinct). */
  placeSources: Map<string, Set<string>>;
  placeVariants: Map<string, Set<string>>;
  /**
   * Per place upserted in this batch, the columns those upserts gave values to (`placeColumns`): a
   * later upsert that brings no other column changes nothing (the row already has a value in each,
   * or has coordinates, region and country, after which the upsert's WHERE leaves it as it is).
   */
  placeFilled: Map<string, number>;
  /** Rowid of the last document stored in this batch (0: none). */
  lastRowid: number;
}

/** LSH rows written by one multi-row insert (`putBatchRows`). */
const LSH_ROWS = 64;
/**
 * Documents whose reprint keys stay in \`lsh_recent\` before they move into \`lsh\` (\`mergeLsh\`): a
 * reprint look-up scans that table (so it must stay small), while each move writes every page of
 * \`lsh\` that the keys fall on, once. 2,500 to 5,000 cost least over 100,000 documents (bench/README,
 * twelfth pass).
 */
export const LSH_SEGMENT = 5_000;

const newBatchRows = (): BatchRows => ({ lsh: [], placeClaims: new Map(), placeSources: new Map(), placeVariants: new Map(), placeFilled: new Map(), lastRowid: 0 });

/** The columns a place upsert gives values to, as bits: country, admin1, lat, lon, level. */
const placeColumns = (p: PlaceRecord): number =>
  (p.country != null ? 1 : 0) | (p.admin1 != null ? 2 : 0) | (p.lat != null ? 4 : 0) | (p.lon != null ? 8 : 0) | (p.level != null ? 16 : 0);

function addTo(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

/** The SQLite implementation of `Store`. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly readonly: boolean;
  readonly file: string;
  private readonly db: Database.Database;
  private readonly opts: SqliteStoreOptions;
  private readonly stmt: ReturnType<SqliteStore['prepare']>;

  constructor(file: string, options: SqliteStoreOptions = {}) {
    this.file = file;
    this.opts = options;
    this.readonly = options.readonly === true;
    try {
      if (file !== ':memory:' && !options.readonly) makeFolder(dirname(file));
      this.db = new Database(file, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
      this.db.pragma('busy_timeout = 5000');
      // A new ledger gets larger pages (before its first write: WAL mode fixes the size); an existing one keeps its own.
      if (!options.readonly && (this.db.pragma('page_count', { simple: true }) as number) === 0) this.db.pragma(`page_size = ${PAGE_SIZE}`);
      // 64 MB of page cache: index inserts (LSH bands, claims by speaker/day/place) hit random pages.
      this.db.pragma('cache_size = -65536');
      if (!options.readonly) {
        // WAL: readers (the server, a second process) read while one writer appends; a commit is one
        // append to the WAL. synchronous NORMAL: the WAL is synced at checkpoints, not at every commit,
        // so a power loss may lose the last commits but never corrupts the ledger (SQLite's WAL
        // guarantee); a crash of the process alone loses nothing committed. The default checkpoint
        // (1,000 pages) was kept: larger ones measured no gain (bench/README.md, third pass).
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
      }
      this.db.pragma('foreign_keys = ON');
      this.migrate();
      registerBulkFunctions(this.db);
      this.stmt = this.prepare();
      if (!options.readonly && file !== ':memory:') this.restoreAfterBulk();
    } catch (e) {
      throw dbError(e, file);
    }
  }

  /** Applies the migrations not yet applied, each in its own transaction with its version bump. */
  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new SitrepError(ErrorCode.Database, `${this.file}: the database has schema version ${version}, newer than this sitrep knows (${MIGRATIONS.length})`, 'use a newer sitrep, or another --db');
    }
    if (version < MIGRATIONS.length && this.opts.readonly) {
      throw new SitrepError(ErrorCode.Database, `${this.file}: the database needs an upgrade (schema ${version} < ${MIGRATIONS.length}) and is opened read-only`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  }

  private prepare() {
    const d = this.db;
    const ro = this.opts.readonly === true;
    const w = <T extends string>(sql: T) => (ro ? null : d.prepare(sql));
    return {
      docRowid: d.prepare('SELECT rowid FROM documents WHERE id = ?').pluck(),
      docHash: d.prepare('SELECT content_hash FROM documents WHERE id = ?').pluck(),
      byHash: d.prepare('SELECT rowid, id FROM documents WHERE content_hash = ? ORDER BY rowid LIMIT 1'),
      // The `lsh` rows of a batch's band keys (a JSON array of them): `reprintCandidates`.
      // Both tables: \`lsh\` by its key, \`lsh_recent\` (at most \`LSH_SEGMENT\` documents' keys) by a scan.
      lshRows: d.prepare(`WITH k(band) AS (SELECT value FROM json_each(?))
        SELECT band, document_rowid FROM lsh WHERE band IN k UNION ALL SELECT band, document_rowid FROM lsh_recent WHERE band IN k`).raw(),
      sigOfRowid: d.prepare('SELECT sig FROM signatures WHERE document_rowid = ?').pluck(),
      idOfRowid: d.prepare('SELECT id FROM documents WHERE rowid = ?').pluck(),
      textAndPlaces: d.prepare("SELECT text, json_extract(analysis, '$.places') AS places FROM documents WHERE id = ?"),
      claimsOfDoc: d.prepare('SELECT id, idx, content, origin_claim_id, root_document_id FROM claims WHERE document_rowid = ? ORDER BY idx'),
      // Positional parameters (no object per row); the analysis may come as UTF-8 bytes (from an
      // analysis worker), stored as the same TEXT by the cast.
      insDoc: w(`INSERT INTO documents (id, source, url, title, published, day, lang, content_hash, length, ingested_at,
        carrier_of, duplicate, similarity, claim_count, outlet, meta, text, analysis)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT)) ON CONFLICT(id) DO NOTHING`),
      insDocFts: w('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      insDocFold: w('INSERT INTO documents_fold (rowid, title, text) VALUES (?, ?, ?)'),
      insSig: w('INSERT INTO signatures (document_rowid, sig) VALUES (?, ?)'),
      insLsh: w('INSERT OR IGNORE INTO lsh_recent (document_rowid, band) VALUES (?, ?)'),
      insLshMany: w(`INSERT OR IGNORE INTO lsh_recent (document_rowid, band) VALUES ${Array.from({ length: LSH_ROWS }, () => '(?, ?)').join(', ')}`),
      lshRecentFirst: d.prepare('SELECT min(document_rowid) FROM lsh_recent').pluck(),
      lshMerge: w('INSERT OR IGNORE INTO lsh (band, document_rowid) SELECT band, document_rowid FROM lsh_recent ORDER BY band, document_rowid'),
      lshRecentClear: w('DELETE FROM lsh_recent'),
      insClaim: w(`INSERT INTO claims (id, document_rowid, idx, kind, speaker, speaker_key, speaker_type, side, affiliation, cue,
        content, start, end, day, origin_claim_id, root_document_id, facts, comparable)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insClaimFts: w('INSERT INTO claims_fts (rowid, speaker, cue, content) VALUES (?, ?, ?, ?)'),
      insClaimEvent: w('INSERT INTO claim_events (claim_rowid, seq, event_type, sub_event_type, plover) VALUES (?, ?, ?, ?, ?)'),
      insClaimFold: w('INSERT INTO claims_fold (rowid, speaker, cue, content) VALUES (?, ?, ?, ?)'),
      insPlace: w(`INSERT INTO places (place_id, name, name_key, country, admin1, lat, lon, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(place_id) DO UPDATE SET country = coalesce(places.country, excluded.country),
        admin1 = coalesce(places.admin1, excluded.admin1), lat = coalesce(places.lat, excluded.lat),
        lon = coalesce(places.lon, excluded.lon), level = coalesce(places.level, excluded.level)
        WHERE places.lat IS NULL OR places.admin1 IS NULL OR places.country IS NULL`),
      insClaimPlace: w('INSERT OR IGNORE INTO claim_places (place_id, claim_rowid, start, end, text) VALUES (?, ?, ?, ?, ?)'),
      countPlace: w('UPDATE places SET claims = claims + ? WHERE place_id = ?'),
      insPlaceSource: w('INSERT OR IGNORE INTO place_sources (place_id, root_document_id) VALUES (?, ?)'),
      insPlaceVariant: w('INSERT OR IGNORE INTO place_variants (place_id, text) VALUES (?, ?)'),
      insQuantity: w(`INSERT INTO quantities (id, document_rowid, claim_rowid, value, high, bound, unit, vague, start, end, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insSkip: w('INSERT INTO skips (location, code, message, at) VALUES (?, ?, ?, ?)'),
      getMeta: d.prepare('SELECT value FROM ledger_meta WHERE key = ?').pluck(),
      dataVersion: d.prepare('PRAGMA data_version').pluck(),
      setMeta: w('INSERT OR REPLACE INTO ledger_meta (key, value) VALUES (?, ?)'),
    };
  }

  private write<T>(s: T | null): T {
    if (s === null) throw new SitrepError(ErrorCode.Database, `${this.file}: the database is open read-only`);
    return s;
  }

  async putDocuments(rows: DocumentRow[]): Promise<boolean[]> {
    try {
      return this.db.transaction((list: DocumentRow[]) => {
        const batch = newBatchRows();
        const at = new Date().toISOString();
        // During a bulk load (by this connection or another) the full-text indexes are filled per segment.
        const bulk = parseBulkState(this.stmt.getMeta.get(BULK_KEY) as string | undefined);
        const stored = list.map((r) => this.putOne(r, batch, at, bulk === null));
        this.putBatchRows(batch);
        if (bulk !== null && batch.lastRowid - bulk.doc + 1 >= (this.opts.ftsSegment ?? FTS_SEGMENT)) {
          this.write(this.stmt.setMeta).run(BULK_KEY, JSON.stringify(fillFullText(this.db, bulk)));
        }
        return stored;
      }).immediate(rows);
    } catch (e) {
      throw dbError(e, this.file);
    } finally {
      this.counts.clear();
    }
  }

  /**
   * Writes the rows `putOne` gathered for the whole batch (same transaction): LSH keys in key
   * order (neighbouring B-tree pages instead of one random page per key), each place's claim
   * count once, its sources and spellings once each. The same rows as writing them one by one.
   */
  private putBatchRows(b: BatchRows): void {
    const s = this.stmt;
    // Appended to \`lsh_recent\` in its key order (document, then band): the end of its B-tree.
    // `b.lsh` is in that order already (see `BatchRows`): no sort, no array per key.
    // LSH_ROWS keys per statement (24 per document): one call into SQLite instead of one per key.
    const insLsh = this.write(s.insLsh);
    const insLshMany = this.write(s.insLshMany);
    const pairs = b.lsh;
    let i = 0;
    for (; i + 2 * LSH_ROWS <= pairs.length; i += 2 * LSH_ROWS) insLshMany.run(pairs.slice(i, i + 2 * LSH_ROWS));
    for (; i < pairs.length; i += 2) insLsh.run(pairs[i]!, pairs[i + 1]!);
    this.mergeLsh(b.lastRowid);
    const countPlace = this.write(s.countPlace);
    for (const [placeId, n] of b.placeClaims) countPlace.run(n, placeId);
    const insSource = this.write(s.insPlaceSource);
    for (const [placeId, roots] of b.placeSources) for (const root of roots) insSource.run(placeId, root);
    const insVariant = this.write(s.insPlaceVariant);
    for (const [placeId, texts] of b.placeVariants) for (const text of texts) insVariant.run(placeId, text);
  }

  /**
   * Moves the recent reprint keys into \`lsh\` once they span \`LSH_SEGMENT\` documents (or with
   * \`force\`), in key order, and empties \`lsh_recent\`, in the caller's transaction: a crash keeps
   * both or neither. Inserting each document's 24 random keys straight into \`lsh\` dirtied a random
   * page of it per key, more the larger the ledger (eleventh pass: 200 against 56 µs per document
   * at 100,000 documents); in key order each page is written once per segment.
   */
  private mergeLsh(lastRowid: number, force = false): void {
    const s = this.stmt;
    const first = s.lshRecentFirst.get() as number | null;
    if (first === null || (!force && lastRowid - first + 1 < (this.opts.lshSegment ?? LSH_SEGMENT))) return;
    this.write(s.lshMerge).run();
    this.write(s.lshRecentClear).run();
  }

  /** Writes one document and its rows (inside `putDocuments`' transaction; see `putBatchRows`); false when its id is stored. */
  private putOne(row: DocumentRow, batch: BatchRows, at: string, fullText: boolean): boolean {
    const s = this.stmt;
    const doc = row.document;
    const a = row.analysis;
    if (a && (a.id !== doc.id || a.text !== doc.text)) {
      throw new SitrepError(ErrorCode.Internal, `document ${doc.id}: the analysis is of another document (${a.id})`);
    }
    const meta = doc.meta ?? {};
    const json = row.analysisJson;
    const info = this.write(s.insDoc).run(
      doc.id, doc.source ?? null, doc.url ?? null, row.title, doc.published ?? null,
      dayOf(doc.published), docLang(row), row.contentHash, doc.text.length, at,
      row.carrier?.of ?? null, row.carrier?.duplicate ?? null, row.carrier?.similarity ?? null,
      row.claimCount, row.outlet, JSON.stringify(meta), doc.text,
      typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength),
    );
    if (info.changes === 0) return false; // the id is stored already (one look-up fewer than asking first)
    const rowid = Number(info.lastInsertRowid);
    batch.lastRowid = rowid;
    if (fullText) {
      this.write(s.insDocFts).run(rowid, row.title, doc.text);
      if (hasCyrillic(doc.text) || (row.title !== null && hasCyrillic(row.title))) this.write(s.insDocFold).run(rowid, foldYo(row.title ?? ''), foldYo(doc.text));
    }
    if (row.signature) {
      this.write(s.insSig).run(rowid, signatureToBuffer(row.signature));
      // This document's keys in ascending order after every earlier (lower-rowid) document's: `lsh_recent`'s order.
      const keys = row.bandKeys.length > 1 ? Float64Array.from(row.bandKeys).sort() : row.bandKeys;
      for (const k of keys) batch.lsh.push(rowid, k);
    }
    const claimRowids = new Map<string, number>();
    for (const c of row.claims) {
      const r = this.write(s.insClaim).run(
        c.id, rowid, c.index, c.kind, c.speaker, c.speaker ? foldKey(c.speaker) : null,
        c.speakerType, c.side, c.affiliation, c.cue,
        c.content, c.start, c.end, c.date, c.originClaimId, c.rootDocumentId,
        factsText(c.facts), c.comparable ? 1 : 0,
      );
      const cr = Number(r.lastInsertRowid);
      claimRowids.set(c.id, cr);
      if (fullText) this.write(s.insClaimFts).run(cr, c.speaker, c.cue, c.content);
      (c.events ?? []).forEach((e, i) => this.write(s.insClaimEvent).run(cr, i, e.eventType, e.subEventType, e.plover));
      if (fullText && (hasCyrillic(c.content) || (c.speaker !== null && hasCyrillic(c.speaker)) || (c.cue !== null && hasCyrillic(c.cue)))) {
        this.write(s.insClaimFold).run(cr, foldYo(c.speaker ?? ''), foldYo(c.cue ?? ''), foldYo(c.content));
      }
      for (const p of c.places) {
        // An upsert that brings no column the batch's earlier upserts of this place did not changes nothing (see `placeFilled`).
        const cols = placeColumns(p);
        const filled = batch.placeFilled.get(p.placeId);
        if (filled === undefined || (cols & ~filled) !== 0) {
          this.write(s.insPlace).run(p.placeId, p.name, foldKey(p.name), p.country, p.admin1, p.lat, p.lon, p.level);
          batch.placeFilled.set(p.placeId, (filled ?? 0) | cols);
        }
        if (this.write(s.insClaimPlace).run(p.placeId, cr, p.start, p.end, p.text).changes === 0) continue;
        batch.placeClaims.set(p.placeId, (batch.placeClaims.get(p.placeId) ?? 0) + 1);
        addTo(batch.placeSources, p.placeId, c.rootDocumentId);
        addTo(batch.placeVariants, p.placeId, p.text);
      }
    }
    for (const q of row.quantities) {
      this.write(s.insQuantity).run(q.id, rowid, q.claimId ? claimRowids.get(q.claimId) ?? null : null, q.value, q.high, q.bound, q.unit,
        q.vague ? 1 : 0, q.start, q.end, q.text);
    }
    return true;
  }

  async firstByHash(hashes: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const h of new Set(hashes)) {
      const r = this.stmt.byHash.get(h) as { rowid: number; id: string } | undefined;
      if (r) out.set(h, r.id);
    }
    return out;
  }

  /**
   * The reprint candidates of every text of a batch from one query: the rows of all the batch's
   * band keys, read in key order (neighbouring pages of `lsh` instead of 24 random look-ups per
   * text), then per text, over its keys in ascending order and each key's documents in storage
   * order, the first `limit` distinct documents: the rows and the order the per-text query
   * `SELECT DISTINCT document_rowid FROM lsh WHERE band IN (its keys) LIMIT limit` gives
   * (`test/store/sqlite.test.ts` compares the two). Each key keeps at most `limit` rows, all a
   * text can reach.
   */
  async reprintCandidates(keys: number[][], limit: number, near?: ReprintNear): Promise<ReprintCandidate[][]> {
    const distinct = new Set<number>();
    for (const list of keys) for (const k of list) distinct.add(k);
    const rowsOf = new Map<number, number[]>();
    if (distinct.size) {
      for (const [band, rowid] of this.stmt.lshRows.iterate(JSON.stringify([...distinct])) as Iterable<[number, number]>) {
        const l = rowsOf.get(band);
        if (l) l.push(rowid);
        else rowsOf.set(band, [rowid]);
      }
      for (const l of rowsOf.values()) if (l.length > 1) l.sort((x, y) => x - y);
    }
    // Read once per batch: signatures from their small table; a document's id (a look-up in the
    // large documents table) only for a candidate that is similar enough to be judged, with `near`.
    const sigs = new Map<number, Uint32Array | null>();
    const ids = new Map<number, string | null>();
    return keys.map((list, k) => {
      const out: ReprintCandidate[] = [];
      if (!list.length) return out;
      const mine = near?.signatures[k];
      const seen = new Set<number>();
      const sorted = list.length > 1 ? [...list].sort((x, y) => x - y) : list;
      outer: for (const key of sorted) {
        const rows = rowsOf.get(key);
        if (!rows) continue;
        for (let i = 0; i < rows.length && i < limit; i++) {
          const rowid = rows[i]!;
          if (seen.has(rowid)) continue;
          seen.add(rowid);
          let sig = sigs.get(rowid);
          if (sig === undefined) {
            const b = this.stmt.sigOfRowid.get(rowid) as Buffer | undefined;
            sigs.set(rowid, (sig = b ? signatureFromBuffer(b) : null));
          }
          if (sig && !(mine && near && similarity(mine, sig) < near.threshold)) {
            let id = ids.get(rowid);
            if (id === undefined) ids.set(rowid, (id = (this.stmt.idOfRowid.get(rowid) as string | undefined) ?? null));
            if (id !== null) out.push({ id, seq: rowid, signature: sig });
          }
          if (seen.size >= limit) break outer;
        }
      }
      return out;
    });
  }

  async reprintTexts(ids: string[]): Promise<Map<string, ReprintText>> {
    const out = new Map<string, ReprintText>();
    for (const id of new Set(ids)) {
      const r = this.stmt.textAndPlaces.get(id) as { text: string; places: string | null } | undefined;
      if (!r) continue;
      let places: Place[] = [];
      try {
        places = r.places ? (JSON.parse(r.places) as Place[]) : [];
      } catch {
        places = [];
      }
      out.set(id, { text: r.text, places });
    }
    return out;
  }

  async claimLinks(documentIds: string[]): Promise<Map<string, ClaimLink[]>> {
    const out = new Map<string, ClaimLink[]>();
    for (const id of new Set(documentIds)) {
      const rowid = this.stmt.docRowid.get(id) as number | undefined;
      if (rowid === undefined) continue;
      const rows = this.stmt.claimsOfDoc.all(rowid) as { id: string; idx: number; content: string; origin_claim_id: string | null; root_document_id: string }[];
      out.set(id, rows.map((r) => ({ id: r.id, index: r.idx, content: r.content, originClaimId: r.origin_claim_id, rootDocumentId: r.root_document_id })));
    }
    return out;
  }

  async meta(key: string): Promise<string | null> {
    return (this.stmt.getMeta.get(key) as string | undefined) ?? null;
  }

  async setMeta(entries: Record<string, string>): Promise<void> {
    try {
      this.db.transaction(() => {
        for (const [k, v] of Object.entries(entries)) this.write(this.stmt.setMeta).run(k, v);
      }).immediate();
    } catch (e) {
      throw dbError(e, this.file);
    }
  }

  /** `<last document rowid>:<facts revision>`: documents are only added, and every facts update bumps the second part. */
  async revision(): Promise<string> {
    const last = this.db.prepare('SELECT coalesce(max(rowid), 0) FROM documents').pluck().get() as number;
    return `${last}:${(this.stmt.getMeta.get('facts_revision') as string | undefined) ?? '0'}`;
  }

  async getCached(key: string, revision: string): Promise<string | null> {
    return (this.db.prepare('SELECT report FROM compare_cache WHERE key = ? AND state = ?').pluck().get(key, revision) as string | undefined) ?? null;
  }

  async putCached(key: string, revision: string, value: string): Promise<void> {
    try {
      this.db.transaction(() => {
        this.write(this.opts.readonly ? null : this.db.prepare('DELETE FROM compare_cache WHERE state <> ?')).run(revision);
        this.db.prepare('INSERT OR REPLACE INTO compare_cache (key, state, report) VALUES (?, ?, ?)').run(key, revision, value);
      }).immediate();
    } catch (e) {
      throw dbError(e, this.file);
    }
  }

  async updateClaimFacts(updates: ClaimFactsUpdate[]): Promise<void> {
    const upd = this.write(this.opts.readonly ? null : this.db.prepare('UPDATE claims SET facts = ?, side = ?, affiliation = ?, comparable = ? WHERE id = ?'));
    try {
      this.db.transaction(() => {
        for (const u of updates) upd.run(JSON.stringify(u.facts), u.side, u.affiliation, u.comparable ? 1 : 0, u.claimId);
        const rev = Number((this.stmt.getMeta.get('facts_revision') as string | undefined) ?? '0');
        this.write(this.stmt.setMeta).run('facts_revision', String(rev + 1));
      }).immediate();
    } catch (e) {
      throw dbError(e, this.file);
    } finally {
      this.counts.clear();
    }
  }

  async analyses(cursor: string | null, limit: number): Promise<{ items: StoredAnalysis[]; next: string | null }> {
    let after = 0;
    if (cursor !== null) {
      if (!/^\d{1,15}$/.test(cursor)) throw queryError(`'cursor' is not a cursor of this store: '${cursor.slice(0, 40)}'`);
      after = Number(cursor);
    }
    const rows = this.db.prepare('SELECT rowid, id, text, analysis FROM documents WHERE claim_count > 0 AND rowid > ? ORDER BY rowid LIMIT ?')
      .all(after, limit + 1) as { rowid: number; id: string; text: string; analysis: string }[];
    const more = rows.length > limit;
    const list = more ? rows.slice(0, limit) : rows;
    const items = list.map((r) => {
      const a = JSON.parse(r.analysis) as Analysis;
      a.text = r.text;
      return { documentId: r.id, analysis: a };
    });
    return { items, next: more ? String(list[list.length - 1]!.rowid) : null };
  }

  async *comparableClaims(q: ClaimFilter = {}): AsyncIterable<ComparableClaim> {
    const { where, args } = this.claimWhere({ place: q.place, region: q.region, from: q.from, to: q.to, speaker: q.speaker, side: q.side,
      text: q.text, kind: q.kind, documentId: q.documentId, unit: q.unit, originalsOnly: q.originalsOnly });
    where.push('c.comparable = 1'); // only claims with a quantity or status can fall into a topic
    where.push('c.rowid > ?');
    const stmt = this.db.prepare(`SELECT c.rowid, c.id, c.idx, c.facts, c.root_document_id, d.id AS document_id, d.source, d.outlet, d.published
      FROM claims c JOIN documents d ON d.rowid = c.document_rowid ${sqlWhere(where)} ORDER BY c.rowid LIMIT ${MAX_LIMIT}`);
    let after = 0;
    for (;;) {
      // Paged, so that the caller may use this store between pages.
      const rows = stmt.all(...args, after) as Row[];
      for (const r of rows) {
        yield {
          id: r.id as string, documentId: r.document_id as string, index: r.idx as number,
          facts: JSON.parse(r.facts as string) as Record<string, unknown>, rootDocumentId: r.root_document_id as string,
          source: (r.source as string | null) ?? null, outlet: (r.outlet as string | null) ?? null, published: (r.published as string | null) ?? null,
        };
      }
      if (rows.length < MAX_LIMIT) return;
      after = rows[rows.length - 1]!.rowid as number;
    }
  }

  async getClaims(ids: string[]): Promise<ClaimRecord[]> {
    const out: ClaimRecord[] = [];
    const list = [...new Set(ids)];
    for (let i = 0; i < list.length; i += 500) {
      const chunk = list.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT ${CLAIM_COLS} FROM claims c JOIN documents d ON d.rowid = c.document_rowid
        WHERE c.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Row[];
      out.push(...this.hydrate(rows));
    }
    return out;
  }

  async known(ids: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const id of ids) if (this.stmt.docRowid.get(id) !== undefined) out.add(id);
    return out;
  }

  async storedHashes(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of ids) {
      const h = this.stmt.docHash.get(id) as string | undefined;
      if (h !== undefined) out.set(id, h);
    }
    return out;
  }

  async recordSkips(skips: SkipRecord[]): Promise<void> {
    if (!skips.length) return;
    const at = new Date().toISOString();
    try {
      this.db.transaction(() => {
        for (const k of skips) this.write(this.stmt.insSkip).run(k.location, k.code, k.message, at);
      }).immediate();
    } catch (e) {
      throw dbError(e, this.file);
    }
  }

  async skips(q: PageQuery = {}): Promise<Page<StoredSkip>> {
    const p = pageOf(q);
    const where = p.after !== null ? 'WHERE id > ?' : '';
    const args = p.after !== null ? [p.after] : [];
    const rows = this.db.prepare(`SELECT id, location, code, message, at FROM skips ${where} ORDER BY id LIMIT ? OFFSET ?`)
      .all(...args, p.limit + 1, p.offset) as StoredSkip[];
    const total = this.db.prepare('SELECT count(*) FROM skips').pluck().get() as number;
    return page(rows, p, total, (r) => r.id);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = this.db.prepare(`SELECT ${DOC_COLS}, text FROM documents WHERE id = ?`).get(id) as Row | undefined;
    return r ? { ...documentRecord(r), text: r.text as string } : null;
  }

  async getAnalysis(id: string): Promise<Analysis | null> {
    const r = this.db.prepare('SELECT text, analysis FROM documents WHERE id = ?').get(id) as { text: string; analysis: string } | undefined;
    if (!r) return null;
    const a = JSON.parse(r.analysis) as Analysis;
    a.text = r.text;
    return a;
  }

  async documents(q: DocumentQuery = {}): Promise<Page<StoredDocument>> {
    const p = pageOf(q);
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.source !== undefined) {
      where.push("source LIKE ? ESCAPE '\\'");
      args.push(likeSub(q.source));
    }
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    if (from) where.push('day >= ?'), args.push(from);
    if (to) where.push('day <= ?'), args.push(to);
    if (q.carriers === true) where.push('carrier_of IS NOT NULL');
    if (q.carriers === false) where.push('carrier_of IS NULL');
    const total = this.db.prepare(`SELECT count(*) FROM documents ${sqlWhere(where)}`).pluck().get(...args) as number;
    if (p.after !== null) where.push('rowid > ?'), args.push(p.after);
    const rows = this.db.prepare(`SELECT rowid, ${DOC_COLS} FROM documents ${sqlWhere(where)} ORDER BY rowid LIMIT ? OFFSET ?`)
      .all(...args, p.limit + 1, p.offset) as Row[];
    return page(rows, p, total, (r) => r.rowid as number, documentRecord);
  }

  /**
   * WHERE parts over `claims c` for a claim query (without paging). Filters on other tables or
   * indexes (speaker, place, region, text, unit) are sets of claim rowids (`c.rowid IN (...)`),
   * also returned apart when there is no other filter, so that their total can be counted from
   * them alone (`countSql`).
   */
  private claimWhere(q: Omit<ClaimQuery, keyof PageQuery>, opts: { kindOnIndex?: boolean } = {}): ClaimWhere {
    const where: string[] = [];
    const args: unknown[] = [];
    const sets: RowidSet[] = [];
    let rowFilters = 0;
    const row = (sql: string, ...a: unknown[]): void => {
      where.push(sql);
      args.push(...a);
      rowFilters++;
    };
    const set = (sql: string, fts: boolean, ...a: unknown[]): void => {
      where.push(`c.rowid IN (${sql})`);
      args.push(...a);
      sets.push({ sql, args: a, fts });
    };
    if (q.speaker !== undefined) {
      // A substring: no index range serves it, but scanning the speaker index alone (a few ms at
      // 100k claims) beats scanning the claims table when few claims match.
      set("SELECT rowid FROM claims WHERE speaker_key LIKE ? ESCAPE '\\'", false, likeSub(foldKey(q.speaker) || q.speaker.toLowerCase()));
    }
    if (q.side !== undefined) row('c.side = ? COLLATE NOCASE', q.side);
    if (q.place !== undefined) {
      // The stored id or a substring of a stored name, or any gazetteer entry the value names.
      const resolve = this.opts.resolvePlace === undefined ? gazetteerPlaceIds : this.opts.resolvePlace;
      const ids = resolve ? resolve(q.place).slice(0, MAX_PLACE_IDS) : [];
      const orIds = ids.length ? ` OR place_id IN (${ids.map(() => '?').join(', ')})` : '';
      set(`SELECT cp.claim_rowid FROM claim_places cp WHERE cp.place_id IN
        (SELECT place_id FROM places WHERE place_id = ? OR name_key LIKE ? ESCAPE '\\'${orIds})`, false,
        q.place, likeSub(foldKey(q.place) || q.place.toLowerCase()), ...ids);
    }
    if (q.region !== undefined) {
      set(`SELECT cp.claim_rowid FROM claim_places cp WHERE cp.place_id IN
        (SELECT place_id FROM places WHERE admin1 = ? COLLATE NOCASE OR country = ? COLLATE NOCASE)`, false, q.region, q.region);
    }
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    if (from) row('c.day >= ?', from);
    if (to) row('c.day <= ?', to);
    if (q.text !== undefined) {
      const terms = searchTerms(q.text);
      const m = ftsQuery(q.text);
      if (m === null) row('0');
      else if (hasCyrillicTerm(terms)) set('SELECT rowid FROM claims_fold WHERE claims_fold MATCH ?', true, foldFtsQuery(terms));
      else set('SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?', true, m);
    }
    if (q.kind !== undefined) {
      if (!['direct', 'indirect', 'mixed'].includes(q.kind)) throw queryError(`'kind' must be direct, indirect or mixed, got '${q.kind}'`);
      // For counts per day and side, kind is read from the (day, side, kind) and (side, day, kind)
      // indexes (`+` keeps SQLite from choosing the kind index, which would read every claim row).
      row(opts.kindOnIndex ? '+c.kind = ?' : 'c.kind = ?', q.kind);
    }
    if (q.documentId !== undefined) row('c.document_rowid = (SELECT rowid FROM documents WHERE id = ?)', q.documentId);
    if (q.unit !== undefined) set('SELECT claim_rowid FROM quantities WHERE unit = ?', false, q.unit);
    if (q.event !== undefined) set(EVENT_SET_SQL, false, q.event, q.event, q.event);
    if (q.originalsOnly) row('c.origin_claim_id IS NULL');
    return { where, args, sets: rowFilters === 0 ? sets : [] };
  }

  /** The timeline's query: counts per day and side of the claims matching `q`. */
  private timelineSql(q: Omit<ClaimQuery, keyof PageQuery>): { sql: string; args: unknown[] } {
    const { where, args } = this.claimWhere(q, { kindOnIndex: true });
    return { sql: `SELECT c.day AS day, c.side AS side, count(*) AS n FROM claims c ${sqlWhere(where)} GROUP BY c.day, c.side`, args };
  }

  /** Claim-list totals by filter, valid while `PRAGMA data_version` (other connections' commits) is `countsVersion`. */
  private readonly counts = new Map<string, number>();
  private countsVersion = -1;

  /**
   * How many claims match: counted once per filter and kept until the database changes (an ingest
   * here clears them; a commit by another connection changes `data_version`), so paging through a
   * list, or many clients asking for the same filters, count once.
   */
  private claimCount({ where, args, sets }: ClaimWhere): number {
    const version = this.stmt.dataVersion.get() as number;
    if (version !== this.countsVersion) {
      this.counts.clear();
      this.countsVersion = version;
    }
    const key = JSON.stringify([where, args]);
    const hit = this.counts.get(key);
    if (hit !== undefined) return hit;
    const sql = countSql(where, args, sets);
    const n = this.db.prepare(sql.sql).pluck().get(...sql.args) as number;
    if (this.counts.size >= MAX_COUNTS) this.counts.delete(this.counts.keys().next().value!);
    this.counts.set(key, n);
    return n;
  }

  async claims(q: ClaimQuery = {}): Promise<Page<ClaimRecord>> {
    return this.claimPage(q, true);
  }

  /**
   * A page of claims in rowid order. The page's rowids are found first by a query that reads only
   * what the filters need (often an index alone), skipping `offset` rows there; only those rows
   * are then read in full and joined to their documents. Without `withTotal`, `total` is -1.
   */
  private claimPage(q: ClaimQuery, withTotal: boolean): Page<ClaimRecord> {
    const p = pageOf(q);
    const cw = this.claimWhere(q);
    const { where, args } = cw;
    const total = withTotal ? this.claimCount(cw) : -1;
    const sql = claimPageSql(where, args, p);
    const rows = this.db.prepare(sql.sql).all(...sql.args) as Row[];
    const pg = page(rows, p, total, (r) => r.rowid as number);
    return { ...pg, items: this.hydrate(pg.items) };
  }

  /**
   * The query plans (`EXPLAIN QUERY PLAN`, one line per step) of the claims list's count, page and
   * timeline queries for `q`: to check that each filter is served by an index.
   */
  explainClaims(q: ClaimQuery = {}): { count: string[]; page: string[]; timeline: string[] } {
    const plan = (sql: string, args: unknown[]): string[] =>
      (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail);
    const { where, args, sets } = this.claimWhere(q);
    const count = countSql(where, args, sets);
    const pg = claimPageSql([...where], [...args], pageOf(q));
    const tl = this.timelineSql(q);
    return { count: plan(count.sql, count.args), page: plan(pg.sql, pg.args), timeline: plan(tl.sql, tl.args) };
  }

  /**
   * Claims per day and side, counted in SQL (GROUP BY day, side). Without filters, or with side and
   * dates only, the counts come from the (day, side) or (side, day) index alone; the other filters
   * are sets of rowids (places, regions, full text, units, speakers), checked against that index
   * or used to look up only the matching claims, as SQLite's planner finds cheaper.
   */
  async timeline(q: Omit<ClaimQuery, keyof PageQuery> = {}): Promise<Timeline> {
    const { sql, args } = this.timelineSql(q);
    const rows = this.db.prepare(sql).all(...args) as { day: string | null; side: string | null; n: number }[];
    let claims = 0;
    const days: Timeline['days'] = [];
    for (const r of rows) {
      claims += r.n;
      if (r.day !== null) days.push({ date: r.day, side: r.side, claims: r.n });
    }
    days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.side ?? '').localeCompare(b.side ?? '')));
    return { days, claims };
  }

  async getClaim(id: string): Promise<ClaimRecord | null> {
    const r = this.db.prepare(`SELECT ${CLAIM_COLS} FROM claims c JOIN documents d ON d.rowid = c.document_rowid WHERE c.id = ?`).get(id) as Row | undefined;
    return r ? this.hydrate([r])[0]! : null;
  }

  /** Claim rows with their places and quantities. */
  private hydrate(rows: Row[]): ClaimRecord[] {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.rowid as number);
    const marks = ids.map(() => '?').join(',');
    const places = new Map<number, PlaceRecord[]>();
    for (const r of this.db.prepare(`SELECT cp.claim_rowid, cp.start, cp.end, cp.text, p.place_id, p.name, p.country, p.admin1, p.lat, p.lon, p.level
      FROM claim_places cp JOIN places p ON p.place_id = cp.place_id WHERE cp.claim_rowid IN (${marks}) ORDER BY cp.start`).all(...ids) as Row[]) {
      const list = places.get(r.claim_rowid as number) ?? [];
      list.push(placeRecord(r, SQLITE_SPANS));
      places.set(r.claim_rowid as number, list);
    }
    const quantities = new Map<number, QuantityRecord[]>();
    const docOf = new Map(rows.map((r) => [r.rowid as number, r.document_id as string]));
    const claimOf = new Map(rows.map((r) => [r.rowid as number, r.id as string]));
    for (const r of this.db.prepare(`SELECT * FROM quantities WHERE claim_rowid IN (${marks}) ORDER BY start`).all(...ids) as Row[]) {
      const cr = r.claim_rowid as number;
      const list = quantities.get(cr) ?? [];
      list.push(quantityRecord(r, SQLITE_SPANS, docOf.get(cr)!, claimOf.get(cr)!));
      quantities.set(cr, list);
    }
    const events = new Map<number, ClaimEventType[]>();
    for (const r of this.db.prepare(`SELECT claim_rowid, event_type, sub_event_type, plover FROM claim_events
      WHERE claim_rowid IN (${marks}) ORDER BY claim_rowid, seq`).all(...ids) as Row[]) {
      const list = events.get(r.claim_rowid as number) ?? [];
      list.push(eventTypeRecord(r));
      events.set(r.claim_rowid as number, list);
    }
    return rows.map((r) => claimRecord(r, SQLITE_SPANS, places.get(r.rowid as number) ?? [], quantities.get(r.rowid as number) ?? [], events.get(r.rowid as number) ?? []));
  }

  async quantities(q: QuantityQuery = {}): Promise<Page<QuantityRecord & { claim: ClaimRecord | null }>> {
    const p = pageOf(q);
    const cw = this.claimWhere({ speaker: q.speaker, side: q.side, place: q.place, region: q.region });
    const where = cw.where.map((w) => w);
    const args = [...cw.args];
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    if (from) where.push('coalesce(c.day, d.day) >= ?'), args.push(from);
    if (to) where.push('coalesce(c.day, d.day) <= ?'), args.push(to);
    if (q.unit !== undefined) where.push('qq.unit = ?'), args.push(q.unit);
    const base = `FROM quantities qq JOIN documents d ON d.rowid = qq.document_rowid LEFT JOIN claims c ON c.rowid = qq.claim_rowid`;
    // Claim filters need a claim: `c.x ...` is NULL (not true) without one, so those quantities drop out.
    const total = this.db.prepare(`SELECT count(*) ${base} ${sqlWhere(where)}`).pluck().get(...args) as number;
    if (p.after !== null) where.push('qq.rowid > ?'), args.push(p.after);
    const rows = this.db.prepare(`SELECT qq.*, d.id AS document_id, c.id AS claim_id ${base} ${sqlWhere(where)} ORDER BY qq.rowid LIMIT ? OFFSET ?`)
      .all(...args, p.limit + 1, p.offset) as Row[];
    const pg = page(rows, p, total, (r) => r.rowid as number);
    const claimIds = [...new Set(pg.items.map((r) => r.claim_id as string | null).filter((x): x is string => x !== null))];
    const claims = new Map<string, ClaimRecord>();
    if (claimIds.length) {
      const crows = this.db.prepare(`SELECT ${CLAIM_COLS} FROM claims c JOIN documents d ON d.rowid = c.document_rowid
        WHERE c.id IN (${claimIds.map(() => '?').join(',')})`).all(...claimIds) as Row[];
      for (const c of this.hydrate(crows)) claims.set(c.id, c);
    }
    return {
      ...pg,
      items: pg.items.map((r) => {
        const cid = (r.claim_id as string | null) ?? null;
        return { ...quantityRecord(r, SQLITE_SPANS, r.document_id as string, cid), claim: cid ? claims.get(cid) ?? null : null };
      }),
    };
  }

  async places(q: PlaceQuery = {}): Promise<Page<PlaceSummary>> {
    const p = pageOf(q);
    if (p.after !== null) throw queryError("places are paged by 'offset' (or the 'next' cursor of the previous page)");
    const from = checkDay('from', q.from);
    const to = checkDay('to', q.to);
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.region !== undefined) where.push('(p.admin1 = ? COLLATE NOCASE OR p.country = ? COLLATE NOCASE)'), args.push(q.region, q.region);
    if (q.located) where.push('p.lat IS NOT NULL AND p.lon IS NOT NULL');
    let result: Page<PlaceSummary>;
    if (!from && !to && q.event === undefined) {
      // The counters kept at ingest: no aggregation over the claims.
      where.push('p.claims > 0');
      const total = this.db.prepare(`SELECT count(*) FROM places p ${sqlWhere(where)}`).pluck().get(...args) as number;
      const rows = this.db.prepare(`SELECT p.place_id, p.name, p.country, p.admin1, p.lat, p.lon, p.level, p.claims,
        (SELECT count(*) FROM place_sources ps WHERE ps.place_id = p.place_id) AS sources,
        (SELECT json_group_array(text) FROM place_variants pv WHERE pv.place_id = p.place_id) AS variants
        FROM places p ${sqlWhere(where)} ORDER BY p.claims DESC, p.place_id LIMIT ? OFFSET ?`).all(...args, p.limit + 1, p.offset) as Row[];
      result = page(rows, p, total, null, placeSummary);
    } else {
      if (from) where.push('c.day >= ?'), args.push(from);
      if (to) where.push('c.day <= ?'), args.push(to);
      if (q.event !== undefined) where.push(`c.rowid IN (${EVENT_SET_SQL})`), args.push(q.event, q.event, q.event);
      const base = `FROM claims c JOIN claim_places cp ON cp.claim_rowid = c.rowid JOIN places p ON p.place_id = cp.place_id ${sqlWhere(where)}`;
      const total = this.db.prepare(`SELECT count(DISTINCT cp.place_id) ${base}`).pluck().get(...args) as number;
      const rows = this.db.prepare(`SELECT p.place_id, p.name, p.country, p.admin1, p.lat, p.lon, p.level, count(*) AS claims,
        count(DISTINCT c.root_document_id) AS sources, json_group_array(DISTINCT cp.text) AS variants
        ${base} GROUP BY p.place_id ORDER BY claims DESC, p.place_id LIMIT ? OFFSET ?`).all(...args, p.limit + 1, p.offset) as Row[];
      result = page(rows, p, total, null, placeSummary);
    }
    this.placeEventTypes(result.items, from, to, q.event);
    return result;
  }

  /**
   * Fills `eventTypes` of a page of places: the ACLED event types of their claims (within the dates,
   * and of the claims matching the event filter when there is one), most claims first.
   */
  private placeEventTypes(items: PlaceSummary[], from: string | undefined, to: string | undefined, event: string | undefined): void {
    if (!items.length) return;
    const args: unknown[] = items.map((i) => i.placeId);
    let dates = '';
    if (from) dates += ' AND c.day >= ?', args.push(from);
    if (to) dates += ' AND c.day <= ?', args.push(to);
    if (event !== undefined) dates += ` AND cp.claim_rowid IN (${EVENT_SET_SQL})`, args.push(event, event, event);
    const rows = this.db.prepare(`SELECT cp.place_id, ce.event_type AS type, count(DISTINCT cp.claim_rowid) AS n
      FROM claim_places cp JOIN claim_events ce ON ce.claim_rowid = cp.claim_rowid
      ${from || to ? 'JOIN claims c ON c.rowid = cp.claim_rowid' : ''}
      WHERE cp.place_id IN (${items.map(() => '?').join(', ')}) AND ce.event_type IS NOT NULL${dates}
      GROUP BY cp.place_id, ce.event_type`).all(...args) as Row[];
    addPlaceEventTypes(items, rows);
  }

  async search(text: string, q: SearchQuery = {}): Promise<Page<SearchHit>> {
    const p = pageOf(q);
    if (p.after !== null) throw queryError("search results are paged by 'offset' (or the 'next' cursor of the previous page)");
    const m = ftsQuery(text);
    if (m === null) return { items: [], total: 0, next: null };
    const terms = searchTerms(text);
    if (hasCyrillicTerm(terms)) return this.searchFolded(terms, q.type, p);
    const parts: string[] = [];
    const args: unknown[] = [];
    const countParts: string[] = [];
    if (q.type !== 'claim') {
      parts.push(`SELECT 'document' AS type, d.id AS id, d.id AS document_id,
        snippet(documents_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 16) AS snip, bm25(documents_fts) AS rank
        FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?`);
      countParts.push('SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?');
      args.push(m);
    }
    if (q.type !== 'document') {
      parts.push(`SELECT 'claim' AS type, c.id AS id, d.id AS document_id,
        snippet(claims_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 16) AS snip, bm25(claims_fts) AS rank
        FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid JOIN documents d ON d.rowid = c.document_rowid WHERE claims_fts MATCH ?`);
      countParts.push('SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?');
      args.push(m);
    }
    const total = countParts.reduce((n, sql, i) => n + (this.db.prepare(sql).pluck().get(args[i]) as number), 0);
    const rows = this.db.prepare(`${parts.join(' UNION ALL ')} ORDER BY rank, id LIMIT ? OFFSET ?`).all(...args, p.limit + 1, p.offset) as Row[];
    return page(rows, p, total, null, (r) => ({
      type: r.type as SearchHit['type'], id: r.id as string, documentId: r.document_id as string,
      ...unmark(r.snip as string), rank: r.rank as number,
    }));
  }

  /**
   * Search with a Cyrillic word: matched in the `*_fold` tables (ё as е, stems as prefixes); the
   * snippet is cut from the page's texts here (contentless tables have none to give).
   */
  private searchFolded(terms: readonly SearchTerm[], type: SearchQuery['type'], p: ReturnType<typeof pageOf>): Page<SearchHit> {
    const m = foldFtsQuery(terms);
    const parts: string[] = [];
    const counts: string[] = [];
    const args: unknown[] = [];
    if (type !== 'claim') {
      parts.push(`SELECT 'document' AS type, d.id AS id, d.id AS document_id, d.rowid AS r, bm25(documents_fold) AS rank
        FROM documents_fold JOIN documents d ON d.rowid = documents_fold.rowid WHERE documents_fold MATCH ?`);
      counts.push('SELECT count(*) FROM documents_fold WHERE documents_fold MATCH ?');
      args.push(m);
    }
    if (type !== 'document') {
      parts.push(`SELECT 'claim' AS type, c.id AS id, d.id AS document_id, c.rowid AS r, bm25(claims_fold) AS rank
        FROM claims_fold JOIN claims c ON c.rowid = claims_fold.rowid JOIN documents d ON d.rowid = c.document_rowid WHERE claims_fold MATCH ?`);
      counts.push('SELECT count(*) FROM claims_fold WHERE claims_fold MATCH ?');
      args.push(m);
    }
    const total = counts.reduce((n, sql, i) => n + (this.db.prepare(sql).pluck().get(args[i]) as number), 0);
    const rows = this.db.prepare(`${parts.join(' UNION ALL ')} ORDER BY rank, id LIMIT ? OFFSET ?`).all(...args, p.limit + 1, p.offset) as Row[];
    const docText = this.db.prepare('SELECT coalesce(title, \'\') AS title, text FROM documents WHERE rowid = ?');
    const claimText = this.db.prepare('SELECT coalesce(speaker, \'\') AS speaker, coalesce(cue, \'\') AS cue, content FROM claims WHERE rowid = ?');
    return page(rows, p, total, null, (r) => {
      const cols = Object.values((r.type === 'document' ? docText : claimText).get(r.r) as Record<string, string>);
      // the snippet of the last column that matches (the text, the content), else of any
      let snip: { snippet: string; marks: [number, number][] } | null = null;
      for (let i = cols.length - 1; i >= 0 && !snip; i--) snip = cyrillicSnippet(cols[i]!, terms);
      const last = cols[cols.length - 1]!;
      return {
        type: r.type as SearchHit['type'], id: r.id as string, documentId: r.document_id as string,
        ...(snip ?? { snippet: last.length > 160 ? last.slice(0, 160) + '…' : last, marks: [] }), rank: r.rank as number,
      };
    });
  }

  async *eachClaim(q: Omit<ClaimQuery, keyof PageQuery> = {}): AsyncIterable<ClaimRecord> {
    let cursor: string | undefined;
    for (;;) {
      const pg = this.claimPage({ ...q, limit: MAX_LIMIT, cursor }, false);
      yield* pg.items;
      if (!pg.next) return;
      cursor = pg.next;
    }
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string): number => this.db.prepare(sql).pluck().get() as number;
    let bytes: number | null = null;
    if (this.file !== ':memory:') {
      bytes = 0;
      for (const f of [this.file, `${this.file}-wal`]) {
        try {
          bytes += statSync(f).size;
        } catch {
          // no WAL file
        }
      }
    }
    const documents = one('SELECT count(*) FROM documents');
    const carriers = one('SELECT count(*) FROM documents WHERE carrier_of IS NOT NULL');
    return {
      documents, originals: documents - carriers, carriers, claims: one('SELECT count(*) FROM claims'),
      quantities: one('SELECT count(*) FROM quantities'), places: one('SELECT count(*) FROM places'),
      skipped: one('SELECT count(*) FROM skips'), bytes, schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
    };
  }

  /** The bulk load this connection runs, if any. */
  private bulk: { lock: BulkLock; ended: boolean } | null = null;

  /**
   * Starts a bulk load (see src/store/sqlite-bulk.ts): the query-only indexes are dropped and the
   * full-text indexes filled per segment until `end()` (or `close()`) restores them. Null when
   * another connection holds the ledger's bulk lock, when this one runs a bulk load already, and
   * for read-only and in-memory stores.
   */
  async bulkLoad(): Promise<BulkLoad | null> {
    if (this.readonly || this.file === ':memory:' || this.bulk) return null;
    const lock = BulkLock.tryLock(this.file);
    if (!lock) return null;
    try {
      enterBulk(this.db);
    } catch (e) {
      lock.release();
      throw dbError(e, this.file);
    }
    const bulk = (this.bulk = { lock, ended: false });
    return { end: () => this.endBulk(bulk) };
  }

  private async endBulk(bulk: { lock: BulkLock; ended: boolean }): Promise<void> {
    if (bulk.ended) return;
    bulk.ended = true;
    try {
      leaveBulk(this.db);
    } catch (e) {
      throw dbError(e, this.file);
    } finally {
      bulk.lock.release();
      if (this.bulk === bulk) this.bulk = null;
      this.counts.clear();
    }
  }

  /**
   * A ledger left in bulk state by a run that ended without restoring it (a crash, a kill): when
   * no live process holds its bulk lock, its indexes are restored now.
   */
  private restoreAfterBulk(): void {
    if (this.stmt.getMeta.get(BULK_KEY) === undefined) return;
    let lock: BulkLock | null;
    try {
      lock = BulkLock.tryLock(this.file);
      if (!lock) return; // a bulk load is running: its owner restores
    } catch (e) {
      if (isBusy(e)) return; // the side file is being created by another open: the next open tries again
      throw e;
    }
    try {
      leaveBulk(this.db);
    } catch (e) {
      // Another writer held the ledger's write lock past busy_timeout: the ledger stays correct (the
      // state row keeps every writer deferring the full text), and the next writer's open tries again.
      if (!isBusy(e)) throw e;
    } finally {
      lock.release();
    }
  }

  /** `PRAGMA integrity_check`: 'ok' or the problems found. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n');
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    try {
      if (this.bulk) await this.endBulk(this.bulk);
    } finally {
      if (!this.opts.readonly) {
        try {
          this.db.pragma('optimize');
        } catch {
          // best effort
        }
      }
      this.db.close();
    }
  }
}

const DOC_COLS = 'id, source, url, title, published, lang, content_hash, length, ingested_at, carrier_of, duplicate, similarity, claim_count, outlet, meta';
const CLAIM_COLS = `c.rowid, c.id, c.idx, c.kind, c.speaker, c.speaker_type, c.side, c.affiliation, c.cue, c.content, c.start, c.end, c.day,
  c.origin_claim_id, c.root_document_id, d.id AS document_id, d.source, d.outlet, d.url, d.published, d.lang`;

const sqlWhere = (w: string[]): string => (w.length ? `WHERE ${w.join(' AND ')}` : '');

/** The claims reporting an event of a type (ACLED event type, ACLED sub-event type or PLOVER type; three arguments, one value). */
const EVENT_SET_SQL = `SELECT claim_rowid FROM claim_events WHERE event_type = ? COLLATE NOCASE
  UNION SELECT claim_rowid FROM claim_events WHERE sub_event_type = ? COLLATE NOCASE
  UNION SELECT claim_rowid FROM claim_events WHERE plover = ? COLLATE NOCASE`;

/** A filter that is a set of claim rowids (places, region, full text, unit, speaker): its subquery. */
interface RowidSet {
  sql: string;
  args: unknown[];
  fts: boolean;
}

/**
 * A claim query's WHERE parts over `claims c`, and, when every filter is a set of rowids, those
 * sets (else none).
 */
interface ClaimWhere {
  where: string[];
  args: unknown[];
  sets: RowidSet[];
}

/**
 * The count of a claim query. When every filter is a set of rowids, the sets are counted and
 * intersected by themselves, without reading a claim: one set from its index alone (`DISTINCT`:
 * a claim can name two places of a region, or hold two quantities of a unit); several from the
 * first non-full-text set, materialised so that SQLite does not probe the full-text index once
 * per rowid, checked against the others.
 */
function countSql(where: string[], args: unknown[], sets: RowidSet[]): { sql: string; args: unknown[] } {
  if (sets.length === 0) return { sql: `SELECT count(*) FROM claims c ${sqlWhere(where)}`, args };
  if (sets.length === 1) return { sql: `WITH s(r) AS (${sets[0]!.sql}) SELECT count(DISTINCT r) FROM s`, args: sets[0]!.args };
  const ordered = [...sets].sort((a, b) => Number(a.fts) - Number(b.fts));
  const [first, ...rest] = ordered as [RowidSet, ...RowidSet[]];
  return {
    sql: `WITH s(r) AS MATERIALIZED (${first.sql}) SELECT count(DISTINCT r) FROM s WHERE ${rest.map((x) => `r IN (${x.sql})`).join(' AND ')}`,
    args: [...first.args, ...rest.flatMap((x) => x.args)],
  };
}

/**
 * The claims list's page query: the page's rowids are chosen by an inner query over `claims c`
 * with the filters (keyset `after` and `offset` applied there, where an index often answers
 * alone), and only those rows are read in full with their documents. Adds to `where` and `args`.
 */
function claimPageSql(where: string[], args: unknown[], p: { limit: number; after: number | null; offset: number }): { sql: string; args: unknown[] } {
  if (p.after !== null) where.push('c.rowid > ?'), args.push(p.after);
  return {
    sql: `SELECT ${CLAIM_COLS} FROM claims c JOIN documents d ON d.rowid = c.document_rowid
      WHERE c.rowid IN (SELECT c.rowid FROM claims c ${sqlWhere(where)} ORDER BY c.rowid LIMIT ? OFFSET ?) ORDER BY c.rowid`,
    args: [...args, p.limit + 1, p.offset],
  };
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

/**
 * Creates a folder and its missing parents one level at a time (Node 20's recursive `mkdirSync`
 * can spin forever under /proc; one level at a time fails at once instead).
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}

/** Wraps a SQLite failure as a `SitrepError` naming the database file. */
function dbError(e: unknown, file: string): unknown {
  if (e instanceof SitrepError) return e;
  const code = (e as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    const hints: Record<string, string> = {
      SQLITE_NOTADB: 'the file is not a SQLite database; choose another --db',
      SQLITE_CORRUPT: 'the database is damaged; restore a copy or choose another --db',
      SQLITE_BUSY: 'another sitrep is writing to it; try again when it is done',
      SQLITE_FULL: 'the disk is full',
      SQLITE_READONLY: 'the file or its folder is not writable',
      SQLITE_CANTOPEN: 'check the path and its permissions',
    };
    const base = Object.keys(hints).find((k) => code === k || code.startsWith(`${k}_`));
    return new SitrepError(ErrorCode.Database, `${file}: ${(e as Error).message}`, base ? hints[base]! : null);
  }
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new SitrepError(ErrorCode.Database, `${file}: cannot create or open the database (${code})`, 'check the path and its permissions, or choose another --db');
  }
  if (e instanceof TypeError && /Cannot open database/i.test(e.message)) return new SitrepError(ErrorCode.Database, `${file}: ${e.message}`);
  return e;
}

/**
 * The Hono application of `sitrep serve`: security middleware, the JSON API under `/api`, and the
 * web desk's static files. Routes are thin: each one checks its input (http.ts), calls the store,
 * the analyzer, the readers or the exporters, and returns their result as JSON.
 */
import { Hono, type Context } from 'hono';
import type { Analysis, Document } from '../analyze/types.js';
import type { ClaimQuery, PageQuery, Store } from '../store/types.js';
import { allowedSides, sideCode } from '../compare/sides.js';
import { checkHeap, decodeText } from '../ingest/files.js';
import { documentId } from '../ingest/document.js';
import { publishedDay } from '../analyze/published.js';
import { SitrepError } from '../errors.js';
import { ApiCode, ApiError, PAGE, Query, charset, errorResponse, mediaType, paging, readBody, toApiError, type BodyLimits } from './http.js';
import { OPENAPI } from './openapi.js';
import { loopbackHostOnly, requireToken, sameOriginWrites, securityHeaders } from './security.js';
import { staticFiles } from './static.js';
import { Ledger } from '../ledger/ledger.js';
import type { DisputeQuery, DisputeReport } from '../ledger/types.js';
import { ingestUploads, uploadParts, type IngestReport, type UploadPart } from './ingest.js';
import { exportClaims, EXPORT_FORMATS } from './export.js';
import { Memo } from './memo.js';

/** Stores uploaded parts through the ledger's ingest loop (`ingestUploads`); `sitrep serve` does it in its upload thread. */
export type UploadFn = (parts: UploadPart[], opts: { published: string | null; maxSize: number }) => Promise<IngestReport>;

/** What the app needs. */
export interface AppOptions {
  store: Store;
  /**
   * The ledger over `store` (disputes and their cache). Default: one on this thread, computing
   * disputes in the read pool's workers when `store` is a `PooledStore`.
   */
  ledger?: Ledger;
  /** Where uploads are read, analysed and stored (default: `ingestUploads` on this thread). */
  uploads?: UploadFn;
  /** Access token; null for none (loopback only). */
  token: string | null;
  /** Folder of the built desk (`dist/web/`). */
  webRoot: string;
  limits: BodyLimits;
  /** The package version, for /api/health. */
  version: string;
  /** Where to log internal errors (default: stderr). */
  log?: (line: string) => void;
}

/** The default body limits: 16 MB for a text to analyse, 64 MB for an upload (the CLI's --max-size default). */
export const DEFAULT_LIMITS: BodyLimits = { json: 16 * 1024 * 1024, upload: 64 * 1024 * 1024 };

type AnalyzeFn = (document: Document) => Analysis | Promise<Analysis>;
let analyzer: Promise<AnalyzeFn> | null = null;
/**
 * The analyzer: the read pool's (in a worker thread) when the store is a pool, else the library's,
 * loaded on first use (its language model takes a moment to load).
 */
function loadAnalyzer(store: Store): Promise<AnalyzeFn> {
  const pooled = store as Store & { analyze?: AnalyzeFn };
  if (pooled.analyze) return Promise.resolve(pooled.analyze);
  analyzer ??= import('../analyze/index.js').then((m) => m.analyze);
  return analyzer;
}

const CLAIM_FILTERS = ['speaker', 'side', 'place', 'region', 'from', 'to', 'text', 'kind', 'document', 'unit', 'event', 'originals'] as const;
const PAGING = ['limit', 'offset', 'cursor'] as const;
const ID_MAX = 512;

/** The day (YYYY-MM-DD) of a validated date parameter, as written. */
const day = (v: string | null): string | undefined => (v === null ? undefined : (publishedDay(v) ?? undefined));

/** Reads the claim filters of /api/claims, /api/timeline and /api/export. */
function claimFilters(q: Query): Omit<ClaimQuery, keyof PageQuery> {
  const f: Omit<ClaimQuery, keyof PageQuery> = {};
  const speaker = q.string('speaker', 200);
  const side = q.string('side', 40);
  const place = q.string('place', 200);
  const region = q.string('region', 20);
  const text = q.string('text', 500);
  const kind = q.oneOf('kind', ['direct', 'indirect', 'mixed'] as const);
  const doc = q.string('document', ID_MAX);
  const unit = q.string('unit', 60);
  const event = q.string('event', 80);
  const from = day(q.date('from'));
  const to = day(q.date('to'));
  if (from && to && from > to) throw new ApiError(400, ApiCode.BadParameter, `'from' (${from}) is after 'to' (${to})`);
  if (region !== null && !/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(region)) {
    throw new ApiError(400, ApiCode.BadParameter, `parameter 'region' must be an ISO 3166-1 or 3166-2 code such as UA or UA-63, got '${region}'`);
  }
  if (speaker !== null) f.speaker = speaker;
  if (side !== null) {
    const code = sideCode(side);
    if (code === null) throw new ApiError(400, ApiCode.BadParameter, `parameter 'side' must be ${allowedSides()}, got '${side}'`);
    f.side = code;
  }
  if (place !== null) f.place = place;
  if (region !== null) f.region = region.toUpperCase();
  if (text !== null) f.text = text;
  if (kind !== null) f.kind = kind;
  if (doc !== null) f.documentId = doc;
  if (unit !== null) f.unit = unit;
  if (event !== null) f.event = event;
  if (from) f.from = from;
  if (to) f.to = to;
  if (q.bool('originals', false)) f.originalsOnly = true;
  return f;
}

/** `o` without its undefined fields (the store's queries take absent keys, not undefined values). */
function defined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** A path parameter as an id: at most 512 characters, no control characters; else 404. */
function idParam(c: Context, what: string): string {
  const id = c.req.param('id') ?? '';
  if (id === '' || id.length > ID_MAX || /[\u0000-\u001f\u007f]/.test(id)) throw new ApiError(404, ApiCode.NotFound, `no ${what} with this id`);
  return id;
}

/** Methods allowed on each documented path, as a matcher (for 405 answers). */
const ROUTE_METHODS: { re: RegExp; methods: string[] }[] = Object.entries(OPENAPI.paths as Record<string, Record<string, unknown>>).map(([p, ops]) => ({
  re: new RegExp(`^${p.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  methods: Object.keys(ops).map((m) => m.toUpperCase()),
}));

/** Decodes a UTF-8 body strictly; bad bytes are a 400. */
function utf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError(400, ApiCode.BadText, `${what} is not valid UTF-8`);
  }
}

/** The analysis request of POST /api/analyze: a JSON object or a text/plain body. */
async function analyzeRequest(c: Context, limit: number): Promise<Document> {
  const q = new Query(c.req.url, ['published']);
  const type = mediaType(c.req.raw);
  const cs = charset(c.req.raw);
  if (cs !== null && cs !== 'utf-8' && cs !== 'utf8') throw new ApiError(415, ApiCode.UnsupportedType, `charset '${cs}' is not accepted; send UTF-8`);
  if (type === 'text/plain') {
    const published = q.date('published');
    const bytes = await readBody(c.req.raw, limit);
    let text: string;
    try {
      text = decodeText(bytes, { file: 'request body' });
    } catch (e) {
      if (e instanceof SitrepError) throw new ApiError(400, ApiCode.BadText, `request body: ${e.message}`);
      throw e;
    }
    return { id: documentId(text), text, published, source: null };
  }
  if (type === 'application/json') {
    if (q.date('published') !== null) throw new ApiError(400, ApiCode.BadParameter, "with a JSON body, give 'published' in the body");
    const bytes = await readBody(c.req.raw, limit);
    let value: unknown;
    try {
      value = JSON.parse(utf8(bytes, 'request body'));
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw new ApiError(400, ApiCode.BadJson, `request body is not valid JSON: ${(e as Error).message.slice(0, 200)}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ApiError(400, ApiCode.BadRequest, 'request body must be a JSON object {"text": "..."}');
    const o = value as Record<string, unknown>;
    if (typeof o.text !== 'string') throw new ApiError(400, ApiCode.BadRequest, '"text" must be a string');
    if (o.text.trim() === '') throw new ApiError(400, ApiCode.BadText, '"text" is empty: nothing to analyse');
    for (const k of ['published', 'source', 'id'] as const) {
      if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') throw new ApiError(400, ApiCode.BadRequest, `"${k}" must be a string or null`);
    }
    const published = (o.published as string | null | undefined) ?? null;
    if (published !== null && publishedDay(published) === null) {
      throw new ApiError(400, ApiCode.BadRequest, `"published" must be an ISO-8601 date such as 2024-08-07, got ${JSON.stringify(published).slice(0, 60)}`);
    }
    const id = (o.id as string | null | undefined) || documentId(o.text);
    if (id.length > ID_MAX) throw new ApiError(400, ApiCode.BadRequest, `"id" is longer than ${ID_MAX} characters`);
    return { id, text: o.text, published, source: (o.source as string | null | undefined) ?? null };
  }
  if (type === '') throw new ApiError(415, ApiCode.UnsupportedType, 'no Content-Type: send application/json {"text": "..."} or text/plain');
  throw new ApiError(415, ApiCode.UnsupportedType, `Content-Type '${type.slice(0, 80)}' is not accepted here: send application/json or text/plain`);
}

/** Builds the app. */
export function createApp(opts: AppOptions): Hono {
  const { store, token, limits } = opts;
  const log = opts.log ?? ((line: string) => void process.stderr.write(line + '\n'));
  const app = new Hono();
  const serveStatic = staticFiles(opts.webRoot);
  const memo = new Memo(store);
  const pooled = store as Store & { computeDisputes?: (q: DisputeQuery) => Promise<DisputeReport> };
  const ledger = opts.ledger ?? new Ledger(store, pooled.computeDisputes ? { computeDisputes: pooled.computeDisputes } : {});
  const uploads: UploadFn = opts.uploads ?? (async (parts, o) => ingestUploads(ledger, parts, o));
  /**
   * A read-only answer as JSON, kept per ledger revision under `key` (route and checked parameters):
   * many analysts on one desk ask for the same lists, and a ledger changes only when something is
   * ingested or its facts are updated.
   */
  const cachedJson = async (c: Context, key: string, compute: () => Promise<unknown>): Promise<Response> =>
    c.body(await memo.json(key, compute), 200, { 'Content-Type': 'application/json' });

  app.use('*', securityHeaders());
  app.use('*', loopbackHostOnly(token));
  app.use('*', requireToken(token));
  app.use('*', sameOriginWrites());
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  app.get('/api/openapi.json', (c) => {
    new Query(c.req.url, []);
    return c.json(OPENAPI);
  });
  app.get('/api/health', (c) => {
    new Query(c.req.url, []);
    return c.json({ status: 'ok', version: opts.version, store: store.kind });
  });
  app.get('/api/stats', async (c) => {
    new Query(c.req.url, []);
    return c.json(await store.stats());
  });

  app.get('/api/documents', async (c) => {
    const q = new Query(c.req.url, ['source', 'from', 'to', 'carriers', ...PAGING]);
    const source = q.string('source', 500);
    const from = day(q.date('from'));
    const to = day(q.date('to'));
    const carriers = q.string('carriers', 5) === null ? undefined : q.bool('carriers', false);
    const p = paging(q);
    const dq = { ...p, ...(source ? { source } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(carriers !== undefined ? { carriers } : {}) };
    return cachedJson(c, `documents ${JSON.stringify(dq)}`, async () => ({ ...(await store.documents(dq)), limit: p.limit }));
  });
  app.get('/api/documents/:id', async (c) => {
    new Query(c.req.url, []);
    const id = idParam(c, 'document');
    return cachedJson(c, `document ${id}`, async () => {
      // One read where the store has it (PostgreSQL: one query instead of two, the text read once).
      const documentView = store.documentView; // (a getter on the pooled store: read once)
      const view = documentView
        ? await documentView.call(store, id)
        : await Promise.all([store.getDocument(id), store.getAnalysis(id)]).then(([document, analysis]) => (document ? { document, analysis } : null));
      if (!view) throw new ApiError(404, ApiCode.NotFound, 'no document with this id');
      return { document: view.document, analysis: view.analysis };
    });
  });

  app.get('/api/claims', async (c) => {
    const q = new Query(c.req.url, [...CLAIM_FILTERS, ...PAGING]);
    const f = claimFilters(q);
    const p = paging(q);
    return cachedJson(c, `claims ${JSON.stringify([f, p])}`, async () => ({ ...(await store.claims({ ...f, ...p })), limit: p.limit }));
  });
  app.get('/api/claims/:id', async (c) => {
    new Query(c.req.url, []);
    const id = idParam(c, 'claim');
    return cachedJson(c, `claim ${id}`, async () => {
      const claim = await store.getClaim(id);
      if (!claim) throw new ApiError(404, ApiCode.NotFound, 'no claim with this id');
      return claim;
    });
  });

  app.get('/api/quantities', async (c) => {
    const q = new Query(c.req.url, ['unit', 'place', 'region', 'from', 'to', 'speaker', 'side', ...PAGING]);
    const f = claimFilters(q);
    const p = paging(q);
    const query = defined({ unit: f.unit, place: f.place, region: f.region, from: f.from, to: f.to, speaker: f.speaker, side: f.side });
    return cachedJson(c, `quantities ${JSON.stringify([query, p])}`, async () => ({ ...(await store.quantities({ ...query, ...p })), limit: p.limit }));
  });

  app.get('/api/places', async (c) => {
    const q = new Query(c.req.url, ['region', 'from', 'to', 'located', 'event', ...PAGING]);
    const { region, from, to, event } = claimFilters(q);
    const located = q.string('located', 5) === null ? undefined : q.bool('located', false);
    const p = paging(q);
    const query = defined({ region, from, to, located, event });
    // Kept until the ledger changes: with dates or an event type it aggregates every matching claim.
    return cachedJson(c, `places ${JSON.stringify([query, p])}`, async () => ({ ...(await store.places({ ...query, ...p })), limit: p.limit }));
  });

  app.get('/api/timeline', async (c) => {
    const q = new Query(c.req.url, [...CLAIM_FILTERS]);
    const f = claimFilters(q);
    return cachedJson(c, `timeline ${JSON.stringify(f)}`, () => store.timeline(f));
  });

  app.get('/api/disputes', async (c) => {
    const q = new Query(c.req.url, ['place', 'region', 'from', 'to', 'speaker', 'side', 'agreements', 'window', 'limit']);
    const { place, region, from, to, speaker, side } = claimFilters(q);
    const agreements = q.bool('agreements', false);
    const windowDays = q.int('window', 0, 31, 1);
    const limit = q.int('limit', 1, PAGE.maxLimit, PAGE.maxLimit);
    const query = defined({ place, region, from, to, speaker, side });
    const dq = { ...query, agreements, windowDays };
    const r = await ledger.disputes(dq);
    // At most `limit` of each; only the claims the returned ones cite.
    const disputes = r.disputes.slice(0, limit);
    const agreed = r.agreements.slice(0, limit);
    const cited = new Set<string>();
    for (const d of disputes) for (const s of d.sides) for (const id of s.claims) cited.add(id);
    for (const a of agreed) for (const id of a.side.claims) cited.add(id);
    const claims = Object.fromEntries(Object.entries(r.claims).filter(([id]) => cited.has(id)));
    return c.json({ ...r, disputes, agreements: agreed, claims, totalDisputes: r.disputes.length, totalAgreements: r.agreements.length });
  });

  app.get('/api/search', async (c) => {
    const q = new Query(c.req.url, ['q', 'type', ...PAGING]);
    const text = q.string('q', 500);
    if (text === null) throw new ApiError(400, ApiCode.BadParameter, "parameter 'q' is required: the words to find");
    const type = q.oneOf('type', ['document', 'claim'] as const);
    const p = paging(q);
    // Kept until the ledger changes: results are ranked, so every match of the words is read.
    return cachedJson(c, `search ${JSON.stringify([text, type, p])}`, async () => ({ ...(await store.search(text, { ...p, ...(type ? { type } : {}) })), limit: p.limit }));
  });

  app.get('/api/skips', async (c) => {
    const p = paging(new Query(c.req.url, [...PAGING]));
    return c.json({ ...(await store.skips(p)), limit: p.limit });
  });

  app.post('/api/analyze', async (c) => {
    const doc = await analyzeRequest(c, limits.json);
    checkHeap(doc.text.length, { file: 'request body' }); // 413 rather than a crashed server
    const analyze = await loadAnalyzer(store);
    return c.json(await analyze(doc));
  });

  app.post('/api/ingest', async (c) => {
    const q = new Query(c.req.url, ['name', 'published']);
    const name = q.string('name', 200);
    const published = q.date('published');
    const parts = await uploadParts(c.req.raw, limits.upload, name);
    const report = await uploads(parts, { published, maxSize: limits.upload });
    return c.json(report);
  });

  app.get('/api/export', async (c) => {
    const q = new Query(c.req.url, ['format', ...CLAIM_FILTERS]);
    const format = q.oneOf('format', EXPORT_FORMATS);
    if (format === null) throw new ApiError(400, ApiCode.BadParameter, `parameter 'format' is required: one of ${EXPORT_FORMATS.join(', ')}`);
    return exportClaims(store, format, claimFilters(q));
  });

  app.all('/api/*', (c) => {
    const path = new URL(c.req.url).pathname;
    const route = ROUTE_METHODS.find((r) => r.re.test(path));
    if (route) {
      c.header('Allow', route.methods.join(', '));
      return errorResponse(c, new ApiError(405, ApiCode.MethodNotAllowed, `${c.req.method} is not allowed here; use ${route.methods.join(' or ')}`));
    }
    return errorResponse(c, new ApiError(404, ApiCode.NotFound, 'no such API route; see /api/openapi.json'));
  });

  app.all('*', async (c) => {
    const res = await serveStatic(c);
    if (res) return res;
    return errorResponse(c, new ApiError(404, ApiCode.NotFound, 'not found'));
  });

  app.notFound((c) => errorResponse(c, new ApiError(404, ApiCode.NotFound, 'not found')));
  app.onError((e, c) => {
    const api = toApiError(e);
    if (api.status >= 500) log(`sitrep serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return errorResponse(c, api);
  });
  return app;
}

/**
 * The OpenAPI 3.1 description of sitrep's HTTP API, served at `/api/openapi.json`. Written by
 * hand; test/server/openapi.test.ts checks that every route of the app is described here and
 * that every path here is a route, so the two cannot drift apart.
 */
import { PAGE } from './http.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const str = (description: string, extra: Json = {}): Json => ({ type: 'string', description, ...extra });
const nullable = (type: string, description?: string): Json => ({ type: [type, 'null'], ...(description ? { description } : {}) });

const q = (name: string, schema: Json, description: string): Json => ({ name, in: 'query', required: false, schema, description });
const date = (name: string, description: string): Json =>
  q(name, { type: 'string', examples: ['2024-08-07'] }, `${description} (ISO-8601 date or date-time, inclusive)`);

const paging: Json[] = [
  q('limit', { type: 'integer', minimum: 1, maximum: PAGE.maxLimit, default: PAGE.defaultLimit }, 'page size'),
  q('offset', { type: 'integer', minimum: 0, maximum: PAGE.maxOffset, default: 0 }, 'rows to skip (or use cursor)'),
  q('cursor', { type: 'string', maxLength: 200 }, 'the `next` value of the previous page (not with offset)'),
];

/** Filters shared by the claims list and the export. */
const claimFilters: Json[] = [
  q('speaker', { type: 'string', maxLength: 200 }, 'substring of the speaker name (case-insensitive)'),
  q('side', { type: 'string', maxLength: 40 }, 'speaker side: an ISO 3166-1 alpha-2 code (any case) or an organisation code of data/actors.tsv (UN, NATO, ICRC, IAEA, ISW); other values are a 400'),
  q('place', { type: 'string', maxLength: 200 }, 'place id, a substring of a stored place name, or any name or spelling the gazetteer knows (Kharkov, Купянск, Kursk region)'),
  q('region', { type: 'string', maxLength: 20 }, 'ISO 3166-2 region (UA-63) or ISO 3166-1 country (UA)'),
  date('from', 'claims about this day or later'),
  date('to', 'claims about this day or earlier'),
  q('text', { type: 'string', maxLength: 500 }, 'words in the claim content, speaker or cue (full-text)'),
  q('kind', { type: 'string', enum: ['direct', 'indirect', 'mixed'] }, 'quotation kind'),
  q('document', { type: 'string', maxLength: 512 }, 'only claims of this document id'),
  q('unit', { type: 'string', maxLength: 60 }, 'only claims with a quantity of this unit (troops, killed, ...)'),
  q('event', { type: 'string', maxLength: 80 }, 'only claims reporting an event of this type: an ACLED event or sub-event type ("Explosions/Remote violence", "Armed clash") or a PLOVER type ("ATTACK"), any case'),
  q('originals', { type: 'boolean', default: false }, 'leave out claims repeated by reprints and forwards'),
];

const err = (description: string): Json => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const ok = (description: string, schema: Json): Json => ({ '200': { description, content: { 'application/json': { schema } } } });
const common = { '400': err('invalid parameter'), '401': err('access token missing or wrong (servers started with a token)') };
const pageOf = (item: string): Json => ({
  type: 'object',
  required: ['items', 'total', 'next', 'limit'],
  properties: {
    items: { type: 'array', items: ref(item) },
    total: {
      type: 'integer',
      description: 'rows matching the filters, counted once per filter while the ledger is unchanged; exact unless totalCapped is true ' +
        '(on PostgreSQL the claims list and search count at most 10,000: then more than `total` match)',
    },
    totalCapped: { type: 'boolean', enum: [true], description: 'present when counting stopped at the cap: `total` is a lower bound; follow `next` to page on' },
    next: { ...nullable('string'), description: 'cursor of the next page; null on the last page. Prefer it to a deep offset: it continues from the last row instead of skipping rows' },
    limit: { type: 'integer' },
  },
});

const textBody = {
  'text/plain': { schema: { type: 'string' } },
};

/** The OpenAPI document. */
export const OPENAPI: Json = {
  openapi: '3.1.0',
  info: {
    title: 'sitrep',
    version: '0.1.0',
    description:
      'The ledger of who claims what, where, when, in what numbers, and where sources disagree. Every span is ' +
      '[start, end) in UTF-16 code units of the document text. When the server was started with a token, every ' +
      'request needs `Authorization: Bearer TOKEN` (or the `sitrep_token` cookie the desk sets). Errors are ' +
      '`{"error": {"code", "message"}}` with status 400 (bad parameter or body), 401, 403, 404 (unknown id or ' +
      'route), 405, 413 (body too large), 415 (content type not accepted), 500 or 503 (the database is locked or unwritable).',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: {
      token: { type: 'http', scheme: 'bearer', description: 'only when the server was started with --token or SITREP_TOKEN' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'sitrep_token', description: 'set by opening a desk page once with ?token=TOKEN' },
    },
    schemas: {
      Error: {
        type: 'object', required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
      },
      Span: { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
      Place: {
        type: 'object',
        properties: {
          placeId: { type: 'string' }, name: { type: 'string' }, country: nullable('string'), admin1: nullable('string'),
          lat: nullable('number'), lon: nullable('number'), level: nullable('string'), start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' },
        },
      },
      Quantity: {
        type: 'object',
        properties: {
          id: { type: 'string' }, documentId: { type: 'string' }, claimId: nullable('string'), value: { type: 'number' }, high: nullable('number'),
          bound: { type: 'string', enum: ['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range'] },
          unit: nullable('string'), vague: { type: 'boolean' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' },
        },
      },
      QuantityWithClaim: { allOf: [ref('Quantity'), { type: 'object', properties: { claim: { anyOf: [ref('Claim'), { type: 'null' }] } } }] },
      Claim: {
        type: 'object',
        properties: {
          id: str('`<documentId>#<index>`'), documentId: { type: 'string' }, index: { type: 'integer' },
          kind: { type: 'string', enum: ['direct', 'indirect', 'mixed'] }, speaker: nullable('string'),
          speakerLatin: nullable('string', 'the speaker name in Latin letters when it is written in Cyrillic'), speakerType: nullable('string'),
          side: nullable('string'), affiliation: nullable('string'), cue: nullable('string'), content: str('content fragments joined with " … "'),
          start: { type: 'integer' }, end: { type: 'integer' }, date: nullable('string', 'YYYY-MM-DD'),
          places: { type: 'array', items: ref('Place') }, quantities: { type: 'array', items: ref('Quantity') },
          events: {
            type: 'array', description: 'types of the events the claim reports, in text order',
            items: { type: 'object', properties: { eventType: nullable('string', 'ACLED event_type'), subEventType: nullable('string', 'ACLED sub_event_type'), plover: str('PLOVER event type') } },
          },
          source: nullable('string'), outlet: nullable('string'), url: nullable('string'), published: nullable('string'),
          lang: nullable('string', "the document's language"), originClaimId: nullable('string'),
          rootDocumentId: str('independent-source key: reprints share it'),
        },
      },
      Document: {
        type: 'object',
        properties: {
          id: { type: 'string' }, source: nullable('string'), url: nullable('string'), title: nullable('string'), published: nullable('string'),
          lang: nullable('string'), contentHash: { type: 'string' }, length: { type: 'integer' }, ingestedAt: { type: 'string' },
          carrierOf: nullable('string'), duplicate: { type: ['string', 'null'], enum: ['exact', 'near', null] }, similarity: nullable('number'),
          claimCount: { type: 'integer' }, meta: { type: 'object' }, text: str('only in GET /api/documents/{id}'),
        },
      },
      Analysis: {
        type: 'object',
        description: 'the analyzer output contract (src/analyze/types.ts): claims, quantities, places, dates, entities, quotes, sentences, each span with its `why`',
        required: ['id', 'text', 'claims', 'quantities', 'places', 'dates'],
        properties: {
          id: { type: 'string' }, text: { type: 'string' }, published: nullable('string'), source: nullable('string'),
          claims: { type: 'array', items: { type: 'object' } }, quantities: { type: 'array', items: { type: 'object' } },
          places: { type: 'array', items: { type: 'object' } }, dates: { type: 'array', items: { type: 'object' } },
          entities: { type: 'array', items: { type: 'object' } }, sentences: { type: 'array', items: ref('Span') },
        },
      },
      PlaceSummary: {
        type: 'object',
        properties: {
          placeId: { type: 'string' }, name: { type: 'string' }, country: nullable('string'), admin1: nullable('string'), lat: nullable('number'),
          lon: nullable('number'), level: nullable('string'), claims: { type: 'integer' }, sources: str('independent sources', { type: 'integer' }),
          variants: { type: 'array', items: { type: 'string' } },
          eventTypes: {
            type: 'array', description: 'ACLED event types of the claims naming the place, most claims first (the map colours a place by the first)',
            items: { type: 'object', properties: { type: { type: 'string' }, claims: { type: 'integer' } } },
          },
        },
      },
      Topic: {
        type: 'object',
        properties: {
          key: { type: 'string' }, place: nullable('string'), placeName: nullable('string'), level: { type: 'string', enum: ['place', 'region', 'none'] },
          from: nullable('string'), to: nullable('string'),
          what: { type: 'object', description: '{type: "quantity", unit, subjectSide} or {type: "status", topic, subjectSide}' },
        },
      },
      DisputeSide: {
        type: 'object',
        properties: {
          position: { type: 'string' }, claims: { type: 'array', items: str('claim id (see `claims` of the report)') },
          speakers: { type: 'array', items: { type: 'object', properties: { name: nullable('string'), side: nullable('string'), affiliation: nullable('string'), official: nullable('boolean') } } },
          sources: { type: 'array', items: { type: 'string' } }, independentSources: { type: 'integer' }, independentOutlets: { type: 'integer' }, independentOrigins: { type: 'integer' },
          interval: { type: 'array', items: { type: 'number' }, description: 'for quantities: [low, high]' }, polarity: { type: 'integer', enum: [1, -1] },
        },
      },
      Dispute: {
        type: 'object',
        properties: {
          id: { type: 'string' }, topic: ref('Topic'), reason: { type: 'string', enum: ['quantity', 'status', 'denial', 'responsibility', 'cause', 'target'] },
          kind: { type: 'string', enum: ['responsibility', 'control', 'figures', 'status', 'cause'], description: 'what the dispute is about' },
          sides: { type: 'array', items: ref('DisputeSide') }, explanation: { type: 'string' },
        },
      },
      Agreement: { type: 'object', properties: { id: { type: 'string' }, topic: ref('Topic'), kind: { type: 'string', enum: ['responsibility', 'control', 'figures', 'status', 'cause'] }, side: ref('DisputeSide') } },
      SearchHit: {
        type: 'object',
        properties: {
          type: { type: 'string', enum: ['document', 'claim'] }, id: { type: 'string' }, documentId: { type: 'string' },
          snippet: str('matches are marked with « »; plain text, never HTML'), rank: { type: 'number' },
        },
      },
      Skip: {
        type: 'object',
        properties: { id: { type: 'integer' }, at: { type: 'string' }, location: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
      TimelineDay: {
        type: 'object',
        properties: { date: str('YYYY-MM-DD'), side: nullable('string'), claims: { type: 'integer' } },
      },
      IngestReport: {
        type: 'object',
        properties: {
          documents: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' }, status: { type: 'string', enum: ['new', 'unchanged', 'exact-duplicate', 'near-duplicate'] },
                carrierOf: nullable('string'), similarity: nullable('number'), location: { type: 'string' }, claims: { type: 'integer' },
              },
            },
          },
          skipped: { type: 'array', items: { type: 'object', properties: { location: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } } },
          counts: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
    },
  },
  security: [{}, { token: [] }, { cookie: [] }],
  paths: {
    '/api/openapi.json': { get: { summary: 'this document', responses: ok('the OpenAPI document', { type: 'object' }) } },
    '/api/health': {
      get: { summary: 'liveness and version', responses: { ...ok('the server is up', { type: 'object', properties: { status: { const: 'ok' }, version: { type: 'string' }, store: { type: 'string' } } }), ...common } },
    },
    '/api/stats': { get: { summary: 'counts of the ledger', responses: { ...ok('counts', { type: 'object' }), ...common } } },
    '/api/documents': {
      get: {
        summary: 'stored documents, newest ingest first',
        parameters: [
          q('source', { type: 'string', maxLength: 500 }, 'substring of the source'), date('from', 'published on or after'), date('to', 'published on or before'),
          q('carriers', { type: 'boolean' }, 'only reprints/forwards (true) or only originals (false)'), ...paging,
        ],
        responses: { ...ok('a page of documents (without text)', pageOf('Document')), ...common },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'one document with its text and its full analysis',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          ...ok('the document', { type: 'object', properties: { document: ref('Document'), analysis: { anyOf: [ref('Analysis'), { type: 'null' }] } } }),
          ...common, '404': err('no document with this id'),
        },
      },
    },
    '/api/claims': {
      get: { summary: 'claims, filtered and paged', parameters: [...claimFilters, ...paging], responses: { ...ok('a page of claims', pageOf('Claim')), ...common } },
    },
    '/api/claims/{id}': {
      get: {
        summary: 'one claim (`#` in the id written as %23)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { ...ok('the claim', ref('Claim')), ...common, '404': err('no claim with this id') },
      },
    },
    '/api/quantities': {
      get: {
        summary: 'quantities with the claim that holds them',
        parameters: [
          q('unit', { type: 'string', maxLength: 60 }, 'unit id'), q('place', { type: 'string', maxLength: 200 }, 'place id or name (any spelling the gazetteer knows)'),
          q('region', { type: 'string', maxLength: 20 }, 'ISO 3166-2 or 3166-1 code'), date('from', 'on or after'), date('to', 'on or before'),
          q('speaker', { type: 'string', maxLength: 200 }, 'speaker substring'), q('side', { type: 'string', maxLength: 40 }, 'speaker side: an ISO 3166-1 alpha-2 code (any case) or an organisation code of data/actors.tsv (UN, NATO, ICRC, IAEA, ISW); other values are a 400'), ...paging,
        ],
        responses: { ...ok('a page of quantities', pageOf('QuantityWithClaim')), ...common },
      },
    },
    '/api/places': {
      get: {
        summary: 'places with their claim counts (for the map)',
        parameters: [
          q('region', { type: 'string', maxLength: 20 }, 'ISO 3166-2 or 3166-1 code'), date('from', 'claims on or after'), date('to', 'claims on or before'),
          q('located', { type: 'boolean' }, 'only places with coordinates'),
          q('event', { type: 'string', maxLength: 80 }, 'only places named in claims reporting an event of this type (ACLED event or sub-event type, or PLOVER type)'), ...paging,
        ],
        responses: { ...ok('a page of places, most claimed first', pageOf('PlaceSummary')), ...common },
      },
    },
    '/api/timeline': {
      get: {
        summary: 'claims per day and speaker side (same filters as /api/claims)',
        parameters: claimFilters,
        responses: { ...ok('counts per day and side', { type: 'object', properties: { days: { type: 'array', items: ref('TimelineDay') }, claims: { type: 'integer' } } }), ...common },
      },
    },
    '/api/disputes': {
      get: {
        summary: 'disputes (claims that cannot all be true, both sides with independent-source counts), and agreements on request',
        parameters: [
          q('place', { type: 'string', maxLength: 200 }, 'place id or name (any spelling the gazetteer knows)'), q('region', { type: 'string', maxLength: 20 }, 'ISO 3166-2 or 3166-1 code'),
          date('from', 'on or after'), date('to', 'on or before'), q('speaker', { type: 'string', maxLength: 200 }, 'speaker substring'),
          q('side', { type: 'string', maxLength: 40 }, 'speaker side: an ISO 3166-1 alpha-2 code (any case) or an organisation code of data/actors.tsv (UN, NATO, ICRC, IAEA, ISW); other values are a 400'), q('agreements', { type: 'boolean', default: false }, 'include agreements'),
          q('window', { type: 'integer', minimum: 0, maximum: 31, default: 1 }, 'claims whose days differ by at most this many days are compared'),
          q('limit', { type: 'integer', minimum: 1, maximum: PAGE.maxLimit, default: PAGE.maxLimit }, 'most disputes (and agreements) returned'),
        ],
        responses: {
          ...ok('disputes and agreements, with every claim they cite', {
            type: 'object',
            properties: {
              disputes: { type: 'array', items: ref('Dispute') }, agreements: { type: 'array', items: ref('Agreement') },
              claims: { type: 'object', additionalProperties: ref('Claim'), description: 'the cited claims by id' },
              totalDisputes: { type: 'integer' }, totalAgreements: { type: 'integer' }, groups: { type: 'integer' }, compared: { type: 'integer' }, ms: { type: 'number' },
            },
          }),
          ...common,
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'full-text search over documents and claims (words are matched as terms; no query syntax)',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 500 }, description: 'words to find' },
          q('type', { type: 'string', enum: ['document', 'claim'] }, 'only documents or only claims'), ...paging,
        ],
        responses: { ...ok('a page of hits, best first', pageOf('SearchHit')), ...common },
      },
    },
    '/api/skips': {
      get: { summary: 'inputs skipped at ingest, with the reason', parameters: paging, responses: { ...ok('a page of skips', pageOf('Skip')), ...common } },
    },
    '/api/analyze': {
      post: {
        summary: 'analyse one text (nothing is stored); the same Analysis as `sitrep analyze --json`',
        parameters: [date('published', 'publication date for text/plain bodies, used to resolve "on Tuesday"')],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object', required: ['text'],
                properties: { text: { type: 'string', minLength: 1 }, published: nullable('string', 'ISO-8601'), id: { type: 'string' }, source: nullable('string') },
              },
            },
            ...textBody,
          },
        },
        responses: {
          ...ok('the analysis', ref('Analysis')), ...common, '413': err('body over the size limit'), '415': err('not JSON or text/plain (UTF-8)'),
        },
      },
    },
    '/api/ingest': {
      post: {
        summary: 'upload files in the formats `sitrep ingest` reads, analyse and store them',
        description:
          'Body: one file with its content type (text/plain, text/markdown, text/html, application/xhtml+xml, application/rss+xml, ' +
          'application/atom+xml, application/xml, text/xml, application/json (a Telegram export), application/x-ndjson or ' +
          'application/jsonl (JSON Lines), application/octet-stream (format sniffed)), or multipart/form-data with one or more ' +
          'file parts. The format is chosen by content, like the CLI. Bad records are skipped and listed; the good ones are stored.',
        parameters: [
          q('name', { type: 'string', maxLength: 200 }, 'file name for a raw body (recorded as the source)'),
          date('published', 'publication date for documents whose source has none'),
        ],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
            'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
            ...textBody,
          },
        },
        responses: {
          ...ok('what was stored and what was skipped', ref('IngestReport')), ...common, '413': err('upload over the size limit'), '415': err('content type not accepted'),
        },
      },
    },
    '/api/export': {
      get: {
        summary: 'claims as a file: JSON, CSV (ACLED-like columns plus speaker and source span) or GeoJSON (places with their claims)',
        parameters: [
          { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['json', 'csv', 'geojson'] }, description: 'file format' },
          ...claimFilters,
        ],
        responses: {
          '200': {
            description: 'the export, as an attachment',
            content: { 'application/json': { schema: { type: 'array' } }, 'text/csv': { schema: { type: 'string' } }, 'application/geo+json': { schema: { type: 'object' } } },
          },
          ...common,
        },
      },
    },
  },
};

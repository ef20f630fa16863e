/**
 * The SQLite schema, as an append-only list of migrations. `PRAGMA user_version` holds how many
 * have been applied; each runs in its own transaction together with the version bump. Never edit
 * a migration that has shipped: add a new one.
 */

/** Migration i (0-based) brings the schema from version i to version i + 1. */
export const MIGRATIONS: readonly string[] = [
  // 1: documents, claims, places, quantities, reprint signatures, skips, full-text indexes.
  `
  CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    day TEXT,
    lang TEXT,
    content_hash TEXT NOT NULL,
    length INTEGER NOT NULL,
    ingested_at TEXT NOT NULL,
    carrier_of TEXT,
    duplicate TEXT CHECK (duplicate IN ('exact', 'near')),
    similarity REAL,
    claim_count INTEGER NOT NULL DEFAULT 0,
    outlet TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    text TEXT NOT NULL,
    analysis TEXT NOT NULL
  );
  CREATE INDEX documents_hash ON documents(content_hash);
  CREATE INDEX documents_carrier ON documents(carrier_of) WHERE carrier_of IS NOT NULL;
  CREATE INDEX documents_day ON documents(day);
  CREATE INDEX documents_source ON documents(source);

  CREATE TABLE claims (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    document_rowid INTEGER NOT NULL REFERENCES documents(rowid),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_key TEXT,
    speaker_type TEXT,
    side TEXT,
    affiliation TEXT,
    cue TEXT,
    content TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    day TEXT,
    origin_claim_id TEXT,
    root_document_id TEXT NOT NULL,
    -- compare's ClaimFacts as JSON (statuses, quantities with their subject side, ...), or NULL
    facts TEXT
  );
  CREATE INDEX claims_document ON claims(document_rowid);
  CREATE INDEX claims_speaker ON claims(speaker_key);
  CREATE INDEX claims_side ON claims(side) WHERE side IS NOT NULL;
  CREATE INDEX claims_day ON claims(day);
  CREATE INDEX claims_root ON claims(root_document_id);

  CREATE TABLE places (
    place_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    level TEXT
  );
  CREATE INDEX places_name ON places(name_key);
  CREATE INDEX places_admin1 ON places(admin1);
  CREATE INDEX places_country ON places(country);

  CREATE TABLE claim_places (
    place_id TEXT NOT NULL,
    claim_rowid INTEGER NOT NULL REFERENCES claims(rowid),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (place_id, claim_rowid)
  ) WITHOUT ROWID;
  CREATE INDEX claim_places_claim ON claim_places(claim_rowid);

  CREATE TABLE quantities (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    document_rowid INTEGER NOT NULL REFERENCES documents(rowid),
    claim_rowid INTEGER REFERENCES claims(rowid),
    value REAL NOT NULL,
    high REAL,
    bound TEXT NOT NULL,
    unit TEXT,
    vague INTEGER NOT NULL DEFAULT 0,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX quantities_claim ON quantities(claim_rowid);
  CREATE INDEX quantities_unit ON quantities(unit);
  CREATE INDEX quantities_document ON quantities(document_rowid);

  -- Near-duplicate detection: one MinHash signature per document, and its LSH band keys.
  CREATE TABLE signatures (
    document_rowid INTEGER PRIMARY KEY REFERENCES documents(rowid),
    sig BLOB NOT NULL
  );
  CREATE TABLE lsh (
    band INTEGER NOT NULL,
    document_rowid INTEGER NOT NULL,
    PRIMARY KEY (band, document_rowid)
  ) WITHOUT ROWID;

  CREATE TABLE skips (
    id INTEGER PRIMARY KEY,
    location TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
  );

  CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE claims_fts USING fts5(speaker, cue, content, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  `,
  // 2: per-place counters (claims, independent sources, spellings) so the places list does not
  // aggregate every claim; a cache of compare's results, keyed by query and ledger state.
  `
  ALTER TABLE places ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE place_sources (
    place_id TEXT NOT NULL,
    root_document_id TEXT NOT NULL,
    PRIMARY KEY (place_id, root_document_id)
  ) WITHOUT ROWID;
  CREATE TABLE place_variants (
    place_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (place_id, text)
  ) WITHOUT ROWID;
  UPDATE places SET claims = (SELECT count(*) FROM claim_places cp WHERE cp.place_id = places.place_id);
  INSERT OR IGNORE INTO place_sources (place_id, root_document_id)
    SELECT cp.place_id, c.root_document_id FROM claim_places cp JOIN claims c ON c.rowid = cp.claim_rowid;
  INSERT OR IGNORE INTO place_variants (place_id, text) SELECT place_id, text FROM claim_places;
  CREATE INDEX places_claims ON places(claims DESC, place_id);

  CREATE TABLE compare_cache (
    key TEXT PRIMARY KEY,
    -- the ledger state the report was computed on: the last document rowid
    state INTEGER NOT NULL,
    report TEXT NOT NULL
  );
  `,
  // 3: claims compare can group (with a quantity or a status fact) are flagged, so dispute
  // detection reads only those.
  `
  ALTER TABLE claims ADD COLUMN comparable INTEGER NOT NULL DEFAULT 0;
  UPDATE claims SET comparable = 1 WHERE facts IS NOT NULL
    AND (json_array_length(facts, '$.quantities') > 0 OR json_array_length(facts, '$.statuses') > 0);
  CREATE INDEX claims_comparable ON claims(rowid) WHERE comparable = 1;
  DELETE FROM compare_cache;
  `,
  // 4: facts about the ledger itself (the version of compare's claim facts it holds).
  `
  CREATE TABLE ledger_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 5: indexes for the claims list and the timeline at scale. The side filter compares without
  // case (COLLATE NOCASE), which a BINARY index cannot serve: (side NOCASE, day, kind) serves side
  // and side + dates; (day, side, kind) serves date ranges; both give counts per day and side (with
  // the kind filter) from the index alone; (kind) gives the claims of a kind in claim order; (unit,
  // claim_rowid) gives the claims with a unit in claim order without reading quantities; region
  // codes are compared without case too. Each new index has the one it replaces as a prefix.
  `
  CREATE INDEX IF NOT EXISTS claims_side_day ON claims(side COLLATE NOCASE, day, kind);
  DROP INDEX IF EXISTS claims_side;
  CREATE INDEX IF NOT EXISTS claims_day_side ON claims(day, side, kind);
  DROP INDEX IF EXISTS claims_day;
  CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
  CREATE INDEX IF NOT EXISTS quantities_unit_claim ON quantities(unit, claim_rowid);
  DROP INDEX IF EXISTS quantities_unit;
  CREATE INDEX IF NOT EXISTS places_admin1_nocase ON places(admin1 COLLATE NOCASE);
  DROP INDEX IF EXISTS places_admin1;
  CREATE INDEX IF NOT EXISTS places_country_nocase ON places(country COLLATE NOCASE);
  DROP INDEX IF EXISTS places_country;
  `,
  // 6 (ruuk2: Russian/Ukrainian search): full-text indexes of the documents and claims that hold
  // Cyrillic letters, with ё written е (unicode61 folds case but not ё), contentless (the text is
  // in documents and claims). A query with a Cyrillic word is matched here, each word of more than
  // 3 letters as a prefix of its stem (src/analyze/ruuk/search.ts): "Тёткино" finds "Теткино",
  // "Курской области" finds "Курская область".
  `
  CREATE VIRTUAL TABLE documents_fold USING fts5(title, text, content='', tokenize='unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE claims_fold USING fts5(speaker, cue, content, content='', tokenize='unicode61 remove_diacritics 2');
  INSERT INTO documents_fold (rowid, title, text)
    SELECT rowid, replace(replace(coalesce(title, ''), 'ё', 'е'), 'Ё', 'Е'), replace(replace(text, 'ё', 'е'), 'Ё', 'Е')
    FROM documents WHERE coalesce(title, '') || text GLOB '*[Ѐ-ӿ]*';
  INSERT INTO claims_fold (rowid, speaker, cue, content)
    SELECT rowid, replace(replace(coalesce(speaker, ''), 'ё', 'е'), 'Ё', 'Е'), replace(replace(coalesce(cue, ''), 'ё', 'е'), 'Ё', 'Е'),
      replace(replace(content, 'ё', 'е'), 'Ё', 'Е')
    FROM claims WHERE coalesce(speaker, '') || coalesce(cue, '') || content GLOB '*[Ѐ-ӿ]*';
  `,
  // 7: the event types of each claim (the analyzer's events layer), for the event filter of the
  // claims list, the places and the map: one row per distinct type of event a claim reports, ACLED's
  // event and sub-event type and PLOVER's, each indexed without case. Claims stored before this
  // version get theirs from their document's stored analysis.
  `
  CREATE TABLE claim_events (
    claim_rowid INTEGER NOT NULL REFERENCES claims(rowid),
    seq INTEGER NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    plover TEXT NOT NULL,
    PRIMARY KEY (claim_rowid, seq)
  ) WITHOUT ROWID;
  CREATE INDEX claim_events_type ON claim_events(event_type COLLATE NOCASE, claim_rowid) WHERE event_type IS NOT NULL;
  CREATE INDEX claim_events_sub ON claim_events(sub_event_type COLLATE NOCASE, claim_rowid) WHERE sub_event_type IS NOT NULL;
  CREATE INDEX claim_events_plover ON claim_events(plover COLLATE NOCASE, claim_rowid);
  INSERT OR IGNORE INTO claim_events (claim_rowid, seq, event_type, sub_event_type, plover)
    SELECT c.rowid, e.key, json_extract(e.value, '$.acled.event_type'), json_extract(e.value, '$.acled.sub_event_type'),
      json_extract(e.value, '$.plover.type')
    FROM claims c JOIN documents d ON d.rowid = c.document_rowid, json_each(d.analysis, '$.events') e
    WHERE json_extract(e.value, '$.claim') = c.idx AND json_extract(e.value, '$.plover.type') IS NOT NULL;
  `,
  // 8: reprint band keys of the latest documents, in storage order (appended at the end of its
  // B-tree, not one random page of the large \`lsh\` per key); the writer moves them into \`lsh\` in key
  // order once they span \`LSH_SEGMENT\` documents (src/store/sqlite.ts). Reprint look-ups read both.
  `
  CREATE TABLE lsh_recent (
    document_rowid INTEGER NOT NULL,
    band INTEGER NOT NULL,
    PRIMARY KEY (document_rowid, band)
  ) WITHOUT ROWID;
  `,
];

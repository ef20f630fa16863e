/**
 * The PostgreSQL schema, as an append-only list of numbered migrations. The table
 * `schema_migrations` records which have been applied; `migrate` applies the missing ones in one
 * transaction that holds an advisory lock, so workers starting together on a new database wait
 * for one of them instead of racing. Never edit a migration that has shipped: add a new one.
 *
 * The schema mirrors the SQLite one (src/store/migrations.ts): documents, claims, places and their
 * per-place counters, quantities, reprint signatures with their LSH bands, skips, compare's cache
 * and ledger facts. Full text is a `tsvector` per document and per claim, built with the
 * configuration of the document's language (see `ftsConfig`) and indexed with GIN.
 */
import type pg from 'pg';

/** One migration: its number (from 1, no gaps), a name, and its SQL. */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

/** The advisory lock key held while migrating (any constant shared by every sitrep). */
export const MIGRATE_LOCK = 7_311_845_001;

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'text search configurations',
    // Copies of the english and russian configurations whose stemmers keep stop words (every word
    // of a query is required, as in the SQLite store), and a simple one for Ukrainian and the rest.
    // Where the unaccent extension can be had, diacritics are folded (and ё to е) before stemming.
    sql: `
    CREATE TEXT SEARCH DICTIONARY sitrep_english_stem (TEMPLATE = snowball, Language = english);
    CREATE TEXT SEARCH DICTIONARY sitrep_russian_stem (TEMPLATE = snowball, Language = russian);
    CREATE TEXT SEARCH CONFIGURATION sitrep_english (COPY = pg_catalog.english);
    ALTER TEXT SEARCH CONFIGURATION sitrep_english ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
      WITH sitrep_english_stem;
    CREATE TEXT SEARCH CONFIGURATION sitrep_russian (COPY = pg_catalog.russian);
    ALTER TEXT SEARCH CONFIGURATION sitrep_russian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH sitrep_english_stem;
    ALTER TEXT SEARCH CONFIGURATION sitrep_russian ALTER MAPPING FOR word, hword, hword_part WITH sitrep_russian_stem;
    CREATE TEXT SEARCH CONFIGURATION sitrep_simple (COPY = pg_catalog.simple);
    DO $$
    DECLARE s text;
    BEGIN
      BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'sitrep: unaccent not available (%); diacritics are not folded in full-text search', SQLERRM;
        RETURN;
      END;
      SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
      EXECUTE format('ALTER TEXT SEARCH CONFIGURATION sitrep_english ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH %I.unaccent, sitrep_english_stem', s);
      EXECUTE format('ALTER TEXT SEARCH CONFIGURATION sitrep_russian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart
        WITH %I.unaccent, sitrep_english_stem', s);
      EXECUTE format('ALTER TEXT SEARCH CONFIGURATION sitrep_russian ALTER MAPPING FOR word, hword, hword_part WITH %I.unaccent, sitrep_russian_stem', s);
      EXECUTE format('ALTER TEXT SEARCH CONFIGURATION sitrep_simple ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH %I.unaccent, simple', s);
    END $$;
    -- ё and е are one letter for search (also where unaccent is missing).
    CREATE OR REPLACE FUNCTION sitrep_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $f$ SELECT translate(t, 'ёЁ', 'еЕ') $f$;
    `,
  },
  {
    version: 2,
    name: 'ledger tables',
    sql: `
    CREATE TABLE documents (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      source text,
      url text,
      title text,
      published text,
      day text,
      lang text,
      fts_config text NOT NULL,
      content_hash text NOT NULL,
      length integer NOT NULL,
      ingested_at text NOT NULL,
      carrier_of text,
      duplicate text CHECK (duplicate IN ('exact', 'near')),
      similarity double precision,
      claim_count integer NOT NULL DEFAULT 0,
      outlet text,
      meta text NOT NULL DEFAULT '{}',
      text text NOT NULL,
      analysis text NOT NULL,
      tsv tsvector NOT NULL
    );
    CREATE INDEX documents_hash ON documents (content_hash);
    CREATE INDEX documents_carrier ON documents (carrier_of) WHERE carrier_of IS NOT NULL;
    CREATE INDEX documents_day ON documents (day);
    CREATE INDEX documents_source ON documents (source);
    CREATE INDEX documents_tsv ON documents USING gin (tsv);

    CREATE TABLE claims (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      document_seq bigint NOT NULL REFERENCES documents (seq),
      idx integer NOT NULL,
      kind text NOT NULL,
      speaker text,
      speaker_key text,
      speaker_type text,
      side text,
      affiliation text,
      cue text,
      content text NOT NULL,
      span_start integer NOT NULL,
      span_end integer NOT NULL,
      day text,
      origin_claim_id text,
      root_document_id text NOT NULL,
      facts text,
      comparable boolean NOT NULL DEFAULT false,
      fts_config text NOT NULL,
      tsv tsvector NOT NULL
    );
    CREATE INDEX claims_document ON claims (document_seq);
    CREATE INDEX claims_speaker ON claims (speaker_key);
    CREATE INDEX claims_side_day ON claims (lower(side), day, kind);
    CREATE INDEX claims_day_side ON claims (day, side, kind);
    CREATE INDEX claims_kind ON claims (kind);
    CREATE INDEX claims_root ON claims (root_document_id);
    CREATE INDEX claims_comparable ON claims (seq) WHERE comparable;
    CREATE INDEX claims_tsv ON claims USING gin (tsv);

    CREATE TABLE places (
      place_id text PRIMARY KEY,
      name text NOT NULL,
      name_key text NOT NULL,
      country text,
      admin1 text,
      lat double precision,
      lon double precision,
      level text,
      claims integer NOT NULL DEFAULT 0
    );
    CREATE INDEX places_name ON places (name_key);
    CREATE INDEX places_admin1 ON places (lower(admin1));
    CREATE INDEX places_country ON places (lower(country));
    CREATE INDEX places_claims ON places (claims DESC, place_id);

    CREATE TABLE claim_places (
      place_id text NOT NULL,
      claim_seq bigint NOT NULL REFERENCES claims (seq),
      span_start integer NOT NULL,
      span_end integer NOT NULL,
      text text NOT NULL,
      PRIMARY KEY (place_id, claim_seq)
    );
    CREATE INDEX claim_places_claim ON claim_places (claim_seq);
    CREATE TABLE place_sources (
      place_id text NOT NULL,
      root_document_id text NOT NULL,
      PRIMARY KEY (place_id, root_document_id)
    );
    CREATE TABLE place_variants (
      place_id text NOT NULL,
      text text NOT NULL,
      PRIMARY KEY (place_id, text)
    );

    CREATE TABLE quantities (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      document_seq bigint NOT NULL REFERENCES documents (seq),
      claim_seq bigint REFERENCES claims (seq),
      value double precision NOT NULL,
      high double precision,
      bound text NOT NULL,
      unit text,
      vague boolean NOT NULL DEFAULT false,
      span_start integer NOT NULL,
      span_end integer NOT NULL,
      text text NOT NULL
    );
    CREATE INDEX quantities_claim ON quantities (claim_seq);
    CREATE INDEX quantities_unit_claim ON quantities (unit, claim_seq);
    CREATE INDEX quantities_document ON quantities (document_seq);

    -- Near-duplicate detection: one MinHash signature per document, and its LSH band keys.
    CREATE TABLE signatures (
      document_seq bigint PRIMARY KEY REFERENCES documents (seq),
      sig bytea NOT NULL
    );
    CREATE TABLE lsh (
      band bigint NOT NULL,
      document_seq bigint NOT NULL,
      PRIMARY KEY (band, document_seq)
    );

    CREATE TABLE skips (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      location text NOT NULL,
      code text NOT NULL,
      message text NOT NULL,
      at text NOT NULL
    );

    CREATE TABLE compare_cache (
      key text PRIMARY KEY,
      revision text NOT NULL,
      report text NOT NULL
    );
    CREATE TABLE ledger_meta (
      key text PRIMARY KEY,
      value text NOT NULL
    );
    `,
  },
  {
    version: 3,
    name: 'Russian and Ukrainian search',
    // A Ukrainian configuration (the simple one: PostgreSQL has no Ukrainian stemmer; queries match
    // each word's stem as a prefix, src/store/postgres/sql.ts). Documents stored with no language
    // of their own were indexed as English; those the analyzer found Russian, Ukrainian or mixed
    // (Analysis.lang) are indexed again with their language's configuration, and so are their claims.
    sql: `
    CREATE TEXT SEARCH CONFIGURATION sitrep_ukrainian (COPY = sitrep_simple);
    UPDATE documents SET fts_config = n.cfg,
      tsv = setweight(to_tsvector(n.cfg::regconfig, sitrep_fold(coalesce(title, ''))), 'A') || to_tsvector(n.cfg::regconfig, sitrep_fold(left(text, 400000)))
    FROM (SELECT seq AS s, CASE (analysis::jsonb)->>'lang' WHEN 'ru' THEN 'sitrep_russian' WHEN 'mixed' THEN 'sitrep_russian'
            WHEN 'uk' THEN 'sitrep_ukrainian' END AS cfg
          FROM documents WHERE (lang IS NULL OR lang = '' OR lang = (analysis::jsonb)->>'lang') AND (analysis::jsonb)->>'lang' IN ('ru', 'uk', 'mixed')) n
    WHERE seq = n.s;
    UPDATE claims c SET fts_config = d.fts_config,
      tsv = to_tsvector(d.fts_config::regconfig, sitrep_fold(concat_ws(' ', c.speaker, c.cue, c.content)))
    FROM documents d WHERE d.seq = c.document_seq AND c.fts_config <> d.fts_config;
    `,
  },
  {
    version: 4,
    name: 'claim event types',
    // As SQLite's migration 7: the event types each claim reports, for the event filter of the
    // claims list, the places and the map; claims stored before get theirs from the stored analysis.
    sql: `
    CREATE TABLE claim_events (
      claim_seq bigint NOT NULL REFERENCES claims (seq),
      ord integer NOT NULL,
      event_type text,
      sub_event_type text,
      plover text NOT NULL,
      PRIMARY KEY (claim_seq, ord)
    );
    CREATE INDEX claim_events_type ON claim_events (lower(event_type), claim_seq) WHERE event_type IS NOT NULL;
    CREATE INDEX claim_events_sub ON claim_events (lower(sub_event_type), claim_seq) WHERE sub_event_type IS NOT NULL;
    CREATE INDEX claim_events_plover ON claim_events (lower(plover), claim_seq);
    INSERT INTO claim_events (claim_seq, ord, event_type, sub_event_type, plover)
      SELECT c.seq, (e.n - 1)::int, e.v -> 'acled' ->> 'event_type', e.v -> 'acled' ->> 'sub_event_type', e.v -> 'plover' ->> 'type'
      FROM claims c JOIN documents d ON d.seq = c.document_seq
        CROSS JOIN LATERAL jsonb_array_elements(coalesce(d.analysis::jsonb -> 'events', '[]'::jsonb)) WITH ORDINALITY AS e(v, n)
      WHERE (e.v ->> 'claim')::int = c.idx AND e.v -> 'plover' ->> 'type' IS NOT NULL
      ON CONFLICT DO NOTHING;
    `,
  },
  {
    version: 5,
    name: 'serve indexes',
    // Read paths of the desk and the API at a million claims (bench/serve.ts, bench/README.md).
    // The speaker filter is a substring of the folded name (LIKE '%...%'): a trigram index answers
    // it where the pg_trgm extension can be had (it is created when the role may, and found in
    // whatever schema it lives in); without it the filter scans the claims, as before. A covering
    // index of each claim's day, side and kind lets the timeline and counts of a set of claims (a
    // place, a region, a unit) read the index alone instead of a claim row per match: the timeline
    // of one place (85,000 claims) 2.7 s → 0.9 s at a million claims.
    sql: `
    CREATE INDEX IF NOT EXISTS claims_seq_cover ON claims (seq) INCLUDE (day, side, kind);
    DO $$
    DECLARE s text;
    BEGIN
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'sitrep: pg_trgm not available (%); the speaker filter scans the claims', SQLERRM;
      END;
      SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
      IF s IS NOT NULL THEN
        EXECUTE format('CREATE INDEX IF NOT EXISTS claims_speaker_trgm ON claims USING gin (speaker_key %I.gin_trgm_ops)', s);
      END IF;
    END $$;
    `,
  },
  {
    version: 6,
    name: 'place summaries',
    // The places list without dates or an event type (the desk's map and place list) read, per
    // place, the number of sources (a count of place_sources: 0.5 s at a million claims) and the
    // event types of its claims (a join of every claim place with every claim event: 5–8 s), each
    // time the ledger changed. Both are now kept as the rows are written, by statement triggers
    // on the tables themselves (so every writer keeps them, whatever its code): places.sources,
    // and place_event_types (per place and ACLED event type, the number of the place's claims
    // reporting an event of that type). A (place, claim, event type) is counted when the second of
    // its two rows (claim place, claim event) is written and uncounted when the first of them is
    // deleted, so the order in which a writer stores them does not matter; the distinct claims are
    // counted within one statement, so all the events of one claim are to be written (or deleted)
    // by one statement, as the store does. Existing ledgers are counted once here (again, should
    // the migration run a second time: every statement may).
    sql: `
    SET LOCAL work_mem = '64MB';
    ALTER TABLE places ADD COLUMN IF NOT EXISTS sources integer NOT NULL DEFAULT 0;
    UPDATE places p SET sources = (SELECT count(*) FROM place_sources ps WHERE ps.place_id = p.place_id);
    CREATE TABLE IF NOT EXISTS place_event_types (
      place_id text NOT NULL,
      event_type text NOT NULL,
      claims integer NOT NULL,
      PRIMARY KEY (place_id, event_type)
    );
    DELETE FROM place_event_types;
    INSERT INTO place_event_types (place_id, event_type, claims)
      SELECT cp.place_id, ce.event_type, count(DISTINCT cp.claim_seq) FROM claim_places cp JOIN claim_events ce ON ce.claim_seq = cp.claim_seq
      WHERE ce.event_type IS NOT NULL GROUP BY cp.place_id, ce.event_type;

    CREATE OR REPLACE FUNCTION sitrep_place_sources_added() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      UPDATE places p SET sources = p.sources + n.n FROM (SELECT place_id, count(*) AS n FROM new_rows GROUP BY place_id) n WHERE n.place_id = p.place_id;
      RETURN NULL;
    END $f$;
    CREATE OR REPLACE FUNCTION sitrep_place_sources_removed() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      UPDATE places p SET sources = p.sources - n.n FROM (SELECT place_id, count(*) AS n FROM old_rows GROUP BY place_id) n WHERE n.place_id = p.place_id;
      RETURN NULL;
    END $f$;
    DROP TRIGGER IF EXISTS place_sources_added ON place_sources;
    CREATE TRIGGER place_sources_added AFTER INSERT ON place_sources REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_place_sources_added();
    DROP TRIGGER IF EXISTS place_sources_removed ON place_sources;
    CREATE TRIGGER place_sources_removed AFTER DELETE ON place_sources REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_place_sources_removed();

    CREATE OR REPLACE FUNCTION sitrep_claim_places_added() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      INSERT INTO place_event_types AS t (place_id, event_type, claims)
        SELECT n.place_id, ce.event_type, count(DISTINCT n.claim_seq) FROM new_rows n JOIN claim_events ce ON ce.claim_seq = n.claim_seq
        WHERE ce.event_type IS NOT NULL GROUP BY n.place_id, ce.event_type
        ON CONFLICT (place_id, event_type) DO UPDATE SET claims = t.claims + excluded.claims;
      RETURN NULL;
    END $f$;
    CREATE OR REPLACE FUNCTION sitrep_claim_events_added() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      INSERT INTO place_event_types AS t (place_id, event_type, claims)
        SELECT cp.place_id, n.event_type, count(DISTINCT n.claim_seq) FROM new_rows n JOIN claim_places cp ON cp.claim_seq = n.claim_seq
        WHERE n.event_type IS NOT NULL GROUP BY cp.place_id, n.event_type
        ON CONFLICT (place_id, event_type) DO UPDATE SET claims = t.claims + excluded.claims;
      RETURN NULL;
    END $f$;
    CREATE OR REPLACE FUNCTION sitrep_claim_places_removed() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      UPDATE place_event_types t SET claims = t.claims - n.n
        FROM (SELECT o.place_id, ce.event_type, count(DISTINCT o.claim_seq) AS n FROM old_rows o JOIN claim_events ce ON ce.claim_seq = o.claim_seq
              WHERE ce.event_type IS NOT NULL GROUP BY o.place_id, ce.event_type) n
        WHERE t.place_id = n.place_id AND t.event_type = n.event_type;
      RETURN NULL;
    END $f$;
    CREATE OR REPLACE FUNCTION sitrep_claim_events_removed() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      UPDATE place_event_types t SET claims = t.claims - n.n
        FROM (SELECT cp.place_id, o.event_type, count(DISTINCT o.claim_seq) AS n FROM old_rows o JOIN claim_places cp ON cp.claim_seq = o.claim_seq
              WHERE o.event_type IS NOT NULL GROUP BY cp.place_id, o.event_type) n
        WHERE t.place_id = n.place_id AND t.event_type = n.event_type;
      RETURN NULL;
    END $f$;
    DROP TRIGGER IF EXISTS claim_places_added ON claim_places;
    CREATE TRIGGER claim_places_added AFTER INSERT ON claim_places REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claim_places_added();
    DROP TRIGGER IF EXISTS claim_events_added ON claim_events;
    CREATE TRIGGER claim_events_added AFTER INSERT ON claim_events REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claim_events_added();
    DROP TRIGGER IF EXISTS claim_places_removed ON claim_places;
    CREATE TRIGGER claim_places_removed AFTER DELETE ON claim_places REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claim_places_removed();
    DROP TRIGGER IF EXISTS claim_events_removed ON claim_events;
    CREATE TRIGGER claim_events_removed AFTER DELETE ON claim_events REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claim_events_removed();
    `,
  },
  {
    version: 7,
    name: 'place counters by triggers only',
    // The ledger only adds rows: no code deletes claim places, claim events or place sources, so
    // the AFTER DELETE triggers of migration 6 never ran (dropped with their functions). And one
    // mechanism for the per-place counters: places.claims (the place's claim places) was counted
    // by the store's insert statement while places.sources was counted by a trigger; now the
    // insert trigger of claim_places counts both it and the place's event types, so any writer
    // keeps it. The counts of an existing ledger are already right and are left as they are.
    sql: `
    DROP TRIGGER IF EXISTS place_sources_removed ON place_sources;
    DROP TRIGGER IF EXISTS claim_places_removed ON claim_places;
    DROP TRIGGER IF EXISTS claim_events_removed ON claim_events;
    DROP FUNCTION IF EXISTS sitrep_place_sources_removed();
    DROP FUNCTION IF EXISTS sitrep_claim_places_removed();
    DROP FUNCTION IF EXISTS sitrep_claim_events_removed();
    CREATE OR REPLACE FUNCTION sitrep_claim_places_added() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      UPDATE places p SET claims = p.claims + n.n FROM (SELECT place_id, count(*) AS n FROM new_rows GROUP BY place_id) n WHERE n.place_id = p.place_id;
      INSERT INTO place_event_types AS t (place_id, event_type, claims)
        SELECT n.place_id, ce.event_type, count(DISTINCT n.claim_seq) FROM new_rows n JOIN claim_events ce ON ce.claim_seq = n.claim_seq
        WHERE ce.event_type IS NOT NULL GROUP BY n.place_id, ce.event_type
        ON CONFLICT (place_id, event_type) DO UPDATE SET claims = t.claims + excluded.claims;
      RETURN NULL;
    END $f$;
    `,
  },
  {
    version: 8,
    name: 'place and ledger timelines',
    // The timeline of one place (the desk's chart when a place is chosen) counted the place's claims
    // per day and side by hashing every claim place of it against the claims (0.7–1.5 s for a place
    // of 85,000 claims at a million claims). `place_days` keeps those counts: per place, day and
    // side, the number of the place's claims. Keys are '' for no day or no side and '=' || value
    // otherwise (a primary key column cannot be NULL, and '' stays apart from a side written '').
    // Kept by statement triggers on the tables themselves, so every writer keeps it: the insert
    // trigger of claim_places (a claim is stored before its places) counts each new claim place
    // with its claim's day and side, and an update trigger of claims moves a claim whose side or
    // day a facts update changed from its old keys to its new ones. Existing ledgers are counted here.
    sql: `
    -- writers of an older build (no triggers yet) wait until the counts and triggers are in place:
    -- a row committed between the counting below and CREATE TRIGGER would never be counted
    LOCK TABLE claims, claim_places IN SHARE ROW EXCLUSIVE MODE;
    SET LOCAL work_mem = '64MB';
    CREATE TABLE IF NOT EXISTS place_days (
      place_id text NOT NULL,
      day_key text NOT NULL,
      side_key text NOT NULL,
      claims integer NOT NULL,
      PRIMARY KEY (place_id, day_key, side_key)
    );
    DELETE FROM place_days;
    INSERT INTO place_days (place_id, day_key, side_key, claims)
      SELECT cp.place_id, coalesce('=' || c.day, ''), coalesce('=' || c.side, ''), count(*)
      FROM claim_places cp JOIN claims c ON c.seq = cp.claim_seq GROUP BY 1, 2, 3;
    -- The same for the whole ledger (the desk's default chart: a GROUP BY over every claim, 1 s at a
    -- million claims, once per revision), kept by an insert trigger of claims.
    CREATE TABLE IF NOT EXISTS claim_days (
      day_key text NOT NULL,
      side_key text NOT NULL,
      claims integer NOT NULL,
      PRIMARY KEY (day_key, side_key)
    );
    DELETE FROM claim_days;
    INSERT INTO claim_days (day_key, side_key, claims)
      SELECT coalesce('=' || day, ''), coalesce('=' || side, ''), count(*) FROM claims GROUP BY 1, 2;
    CREATE OR REPLACE FUNCTION sitrep_claims_added() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      INSERT INTO claim_days AS t (day_key, side_key, claims)
        SELECT coalesce('=' || day, ''), coalesce('=' || side, ''), count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (day_key, side_key) DO UPDATE SET claims = t.claims + excluded.claims;
      RETURN NULL;
    END $f$;
    DROP TRIGGER IF EXISTS claims_added ON claims;
    CREATE TRIGGER claims_added AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claims_added();

    CREATE OR REPLACE FUNCTION sitrep_claim_places_added() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      UPDATE places p SET claims = p.claims + n.n FROM (SELECT place_id, count(*) AS n FROM new_rows GROUP BY place_id) n WHERE n.place_id = p.place_id;
      INSERT INTO place_event_types AS t (place_id, event_type, claims)
        SELECT n.place_id, ce.event_type, count(DISTINCT n.claim_seq) FROM new_rows n JOIN claim_events ce ON ce.claim_seq = n.claim_seq
        WHERE ce.event_type IS NOT NULL GROUP BY n.place_id, ce.event_type
        ON CONFLICT (place_id, event_type) DO UPDATE SET claims = t.claims + excluded.claims;
      INSERT INTO place_days AS t (place_id, day_key, side_key, claims)
        SELECT n.place_id, coalesce('=' || c.day, ''), coalesce('=' || c.side, ''), count(*) FROM new_rows n JOIN claims c ON c.seq = n.claim_seq
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (place_id, day_key, side_key) DO UPDATE SET claims = t.claims + excluded.claims;
      RETURN NULL;
    END $f$;

    CREATE OR REPLACE FUNCTION sitrep_claims_updated() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      -- Most updates (facts refreshed, the side unchanged) move nothing: found by hashing, not by
      -- joining the two transition tables (which have no statistics: a nested loop over 5,000 x 5,000).
      IF NOT EXISTS (SELECT 1 FROM (SELECT seq, day, side FROM old_rows UNION SELECT seq, day, side FROM new_rows) x GROUP BY seq HAVING count(*) > 1) THEN
        RETURN NULL;
      END IF;
      -- The ledger's write lock (INGEST_LOCK of store.ts) until this transaction ends: an ingest
      -- elsewhere counts the same rows in its own order, and two writers taking the same counters
      -- in two orders would deadlock; ingests hold it for the whole of their writes.
      PERFORM pg_advisory_xact_lock(7311845002);
      -- Every claim leaves its old keys and joins its new ones; those that did not move cancel out.
      INSERT INTO place_days AS t (place_id, day_key, side_key, claims)
        SELECT cp.place_id, m.day_key, m.side_key, sum(m.n)::int FROM (
          SELECT seq, coalesce('=' || day, '') AS day_key, coalesce('=' || side, '') AS side_key, -1 AS n FROM old_rows
          UNION ALL
          SELECT seq, coalesce('=' || day, ''), coalesce('=' || side, ''), 1 FROM new_rows
        ) m JOIN claim_places cp ON cp.claim_seq = m.seq
        GROUP BY 1, 2, 3 HAVING sum(m.n) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (place_id, day_key, side_key) DO UPDATE SET claims = t.claims + excluded.claims;
      INSERT INTO claim_days AS t (day_key, side_key, claims)
        SELECT m.day_key, m.side_key, sum(m.n)::int FROM (
          SELECT coalesce('=' || day, '') AS day_key, coalesce('=' || side, '') AS side_key, -1 AS n FROM old_rows
          UNION ALL
          SELECT coalesce('=' || day, ''), coalesce('=' || side, ''), 1 FROM new_rows
        ) m GROUP BY 1, 2 HAVING sum(m.n) <> 0 ORDER BY 1, 2
        ON CONFLICT (day_key, side_key) DO UPDATE SET claims = t.claims + excluded.claims;
      RETURN NULL;
    END $f$;
    DROP TRIGGER IF EXISTS claims_updated ON claims;
    CREATE TRIGGER claims_updated AFTER UPDATE ON claims REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claims_updated();
    `,
  },
  {
    version: 9,
    name: 'claim lexeme counters, revision notices',
    // The total of a claims list filtered by one word (the desk's text box) was counted up to the
    // cap by reading claims until 10,001 matched: about 77,000 rows (15,700 pages) for an English word
    // at a million claims, three times that for a Russian or Ukrainian one, 0.1-0.6 s the first time
    // per word and revision, and search counted the same matches again. `claim_lexemes` keeps, per
    // text search configuration and lexeme, the number of claims of that configuration whose tsvector
    // holds it (a lexeme is in a tsvector once, so this counts claims). For a query that is one term
    // per configuration, the largest count of a lexeme it matches is a lower bound of its matches in
    // that configuration, and the configurations' sets are disjoint (one per claim): when the sum
    // passes the cap, the list is "more than 10,000" without reading a claim (store.ts, textTotal).
    // Kept by statement triggers on claims: inserts add their lexemes; an update that changes a
    // claim's tsvector or configuration moves its counts (none of the store's updates do). Lexemes
    // sort by code point (COLLATE "C"), so a Ukrainian prefix query ('stem':*) is an index range (^@).
    sql: `
    -- writers of an older build (no triggers yet) wait until the counts and triggers are in place;
    -- every table that gets a trigger here is locked at once, in the order ingest writes them, so
    -- an older writer holding documents cannot deadlock against this migration
    LOCK TABLE documents, claims, ledger_meta IN SHARE ROW EXCLUSIVE MODE;
    SET LOCAL work_mem = '64MB';
    CREATE TABLE IF NOT EXISTS claim_lexemes (
      fts_config text NOT NULL,
      lexeme text COLLATE "C" NOT NULL,
      claims integer NOT NULL,
      PRIMARY KEY (fts_config, lexeme)
    );
    DELETE FROM claim_lexemes;
    INSERT INTO claim_lexemes (fts_config, lexeme, claims)
      SELECT c.fts_config, u.lexeme, count(*) FROM claims c CROSS JOIN LATERAL unnest(c.tsv) AS u GROUP BY 1, 2;
    CREATE OR REPLACE FUNCTION sitrep_claim_lexemes_added() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      INSERT INTO claim_lexemes AS t (fts_config, lexeme, claims)
        SELECT n.fts_config, u.lexeme, count(*) FROM new_rows n CROSS JOIN LATERAL unnest(n.tsv) AS u GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (fts_config, lexeme) DO UPDATE SET claims = t.claims + excluded.claims;
      RETURN NULL;
    END $f$;
    DROP TRIGGER IF EXISTS claim_lexemes_added ON claims;
    CREATE TRIGGER claim_lexemes_added AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claim_lexemes_added();
    CREATE OR REPLACE FUNCTION sitrep_claim_lexemes_updated() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      -- A facts update leaves every tsvector as it was: found by sorting, not by joining the two
      -- transition tables (no statistics: a nested loop).
      IF NOT EXISTS (SELECT 1 FROM (SELECT seq, fts_config, tsv FROM old_rows UNION SELECT seq, fts_config, tsv FROM new_rows) x
          GROUP BY seq HAVING count(*) > 1) THEN
        RETURN NULL;
      END IF;
      PERFORM pg_advisory_xact_lock(7311845002); -- the ledger's write lock, as sitrep_claims_updated
      INSERT INTO claim_lexemes AS t (fts_config, lexeme, claims)
        SELECT m.fts_config, u.lexeme, sum(m.n)::int FROM (
          SELECT fts_config, tsv, -1 AS n FROM old_rows UNION ALL SELECT fts_config, tsv, 1 FROM new_rows
        ) m CROSS JOIN LATERAL unnest(m.tsv) AS u GROUP BY 1, 2 HAVING sum(m.n) <> 0 ORDER BY 1, 2
        ON CONFLICT (fts_config, lexeme) DO UPDATE SET claims = t.claims + excluded.claims;
      RETURN NULL;
    END $f$;
    DROP TRIGGER IF EXISTS claim_lexemes_updated ON claims;
    CREATE TRIGGER claim_lexemes_updated AFTER UPDATE ON claims REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claim_lexemes_updated();
    -- The ledger revision (new documents, facts revision) is announced on the channel sitrep_revision
    -- when the writing transaction commits, so a server keeps it between changes instead of reading it
    -- before every answer (store.ts, revision).
    CREATE OR REPLACE FUNCTION sitrep_revision_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      PERFORM pg_notify('sitrep_revision', '');
      RETURN NULL;
    END $f$;
    DROP TRIGGER IF EXISTS documents_revision ON documents;
    CREATE TRIGGER documents_revision AFTER INSERT ON documents FOR EACH STATEMENT EXECUTE FUNCTION sitrep_revision_changed();
    DROP TRIGGER IF EXISTS ledger_meta_revision ON ledger_meta;
    CREATE TRIGGER ledger_meta_revision AFTER INSERT OR UPDATE OR DELETE ON ledger_meta FOR EACH STATEMENT EXECUTE FUNCTION sitrep_revision_changed();
    `,
  },
  {
    version: 10,
    name: 'statistics of the event type expressions',
    // The event filter matches lower(event_type), lower(sub_event_type) or lower(plover) of
    // claim_events. The indexes on the first two are partial, and the planner uses the statistics of
    // an index's expressions only when the index is not partial: it took any event type for 0.5% of
    // the events (5,000 of a million, against 143,000-429,000 here), so the first capped count of
    // claims of a type read every event of the type by bitmap and probed the claims once for each
    // (53,000 pages, 1.9 s at a million claims), and the places list by event type hashed them in
    // each parallel worker (477,000 pages, 6.0 s for its total alone). Extended statistics on the
    // three expressions give it the real shares: the count walks the claims key merged with the
    // events key until 10,001 match (850 pages, 0.12 s) and the places' total hashes the type's
    // events once (25,000 pages, 2.6 s). ANALYZE fills them at once; autovacuum keeps them. The
    // PLOVER index is not partial, so its expression statistics already serve: no object for it.
    // Statistics on one expression need PostgreSQL 14; on an older server the migration is a no-op
    // (the plans are slower there, the answers the same).
    sql: `
    DO $$ BEGIN
      IF current_setting('server_version_num')::int >= 140000 THEN
        EXECUTE 'CREATE STATISTICS IF NOT EXISTS claim_events_type_stats ON (lower(event_type)) FROM claim_events';
        EXECUTE 'CREATE STATISTICS IF NOT EXISTS claim_events_sub_stats ON (lower(sub_event_type)) FROM claim_events';
      END IF;
    END $$;
    ANALYZE claim_events;
    `,
  },
];

/**
 * Applies the migrations not yet applied, in one transaction under an advisory lock (concurrent
 * callers wait, then find nothing left to do). Returns the schema version. With `readonly`, only
 * checks that the schema is current.
 */
export async function migrate(client: pg.PoolClient, where: string, readonly = false): Promise<number> {
  const latest = PG_MIGRATIONS.length;
  if (readonly) {
    const v = await currentVersion(client);
    if (v < latest) throw new Error(`${where}: the database needs an upgrade (schema ${v} < ${latest}) and is opened read-only`);
    return v;
  }
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const v = await currentVersion(client);
    if (v > latest) throw new NewerSchemaError(`${where}: the database has schema version ${v}, newer than this sitrep knows (${latest})`);
    for (const m of PG_MIGRATIONS) {
      if (m.version <= v) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
  return latest;
}

/** A schema newer than this code knows. */
export class NewerSchemaError extends Error {}

/** The highest applied migration (0 on an empty database). */
export async function currentVersion(client: pg.PoolClient | pg.Pool): Promise<number> {
  const t = await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS ok");
  if (!t.rows[0].ok) return 0;
  const r = await client.query('SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations');
  return r.rows[0].v as number;
}

/** The text search configuration for a document language: Russian, English, Ukrainian, else simple. */
export function ftsConfig(lang: string | null | undefined): FtsConfig {
  const l = (lang ?? '').toLowerCase();
  if (l === '' || l === 'en' || l.startsWith('en-')) return 'sitrep_english';
  if (l === 'ru' || l.startsWith('ru-')) return 'sitrep_russian';
  if (l === 'uk' || l.startsWith('uk-')) return 'sitrep_ukrainian';
  return 'sitrep_simple';
}

export type FtsConfig = 'sitrep_english' | 'sitrep_russian' | 'sitrep_simple' | 'sitrep_ukrainian';
export const FTS_CONFIGS: readonly FtsConfig[] = ['sitrep_english', 'sitrep_russian', 'sitrep_simple', 'sitrep_ukrainian'];

/**
 * The text search configuration of a stored document: from the language its source gave, else
 * from the language the analyzer detected (`Analysis.lang`: a Russian Telegram post carries none).
 * A mixed document (Russian, Ukrainian, English paragraphs) uses the Russian one, which stems
 * English words with the English stemmer.
 */
export function ftsConfigOf(given: string | null | undefined, detected: string | null | undefined): FtsConfig {
  if (given) return ftsConfig(given);
  if (detected === 'mixed') return 'sitrep_russian';
  if (detected === 'und' || detected === 'other') return 'sitrep_simple';
  return ftsConfig(detected);
}

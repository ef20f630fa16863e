/**
 * A real PostgreSQL server for tests: `SITREP_TEST_PG` (a postgres:// URL of a database the tests
 * may create databases from), else the local socket, else 127.0.0.1:5432 as `postgres`. Each run
 * creates a fresh database with a random name and drops it at the end; each store in it lives in a
 * schema of its own (`search_path`), so the contract tests each start empty. When no server
 * answers, `pgServer()` returns null and the caller skips with the reason.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the tests found a server, or why they did not. */
export interface PgServer {
  /** URL of the admin database used to create and drop test databases. */
  admin: string;
}

let found: Promise<PgServer | { skip: string }> | null = null;

/** The candidate admin URLs, in order. */
export function candidateUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.SITREP_TEST_PG) return [env.SITREP_TEST_PG];
  return ['postgres://postgres@localhost/postgres?host=%2Fvar%2Frun%2Fpostgresql', 'postgres://postgres@127.0.0.1:5432/postgres'];
}

/** The first reachable server, or `{ skip }` with the reason when none is. Cached per process. */
export function pgServer(): Promise<PgServer | { skip: string }> {
  found ??= (async () => {
    const errors: string[] = [];
    for (const url of candidateUrls()) {
      const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
      try {
        await c.connect();
        await c.query('SELECT 1');
        return { admin: url };
      } catch (e) {
        errors.push(`${url.replace(/:[^:@/]*@/, ':***@')}: ${(e as Error).message}`);
      } finally {
        await c.end().catch(() => undefined);
      }
    }
    return { skip: `no PostgreSQL server reachable (set SITREP_TEST_PG=postgres://…); tried ${errors.join('; ')}` };
  })();
  return found;
}

/** `url` with another database name and extra query parameters. */
export function withDatabase(url: string, db: string, params: Record<string, string> = {}): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

/** A fresh database for one test run: its URL, fresh schemas in it, and a way to drop it. */
export interface TestDatabase {
  name: string;
  url: string;
  /** A URL whose `search_path` is a new, empty schema of this database. */
  freshSchemaUrl(): Promise<string>;
  /** Runs SQL on the test database (as the admin user). */
  query(sql: string, args?: unknown[]): Promise<pg.QueryResult>;
  drop(): Promise<void>;
}

/** Creates a database `sitrep_test_<random>` on `server`. */
export async function createTestDatabase(server: PgServer, prefix = 'sitrep_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.admin });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(server.admin, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  let n = 0;
  return {
    name,
    url,
    async freshSchemaUrl() {
      const schema = `s${++n}_${randomBytes(3).toString('hex')}`;
      await pool.query(`CREATE SCHEMA ${schema}`);
      return withDatabase(url, name, { options: `-c search_path=${schema}` });
    },
    query: (sql, args) => pool.query(sql, args),
    async drop() {
      await pool.end();
      const c = new pg.Client({ connectionString: server.admin });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

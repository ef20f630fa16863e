/**
 * `sitrep serve`: checks the flags (a non-loopback host without a token is refused before anything
 * is opened), opens the store, starts the server (src/server/) and runs until SIGINT or SIGTERM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ExitCode, UsageError, printable } from '../errors.js';
import { COMMANDS, commandHelp, parseFlags } from './flags.js';
import { parseSize } from './input.js';
import type { Store } from '../store/types.js';

const out = (s: string): void => void process.stdout.write(s);

/**
 * The access token of a command that takes one: from `--token-file` (the file's first line, without
 * its line break), else `--token` (visible to other users in the process list), else the environment
 * variable `SITREP_TOKEN`; null when none is given. Naming both flags, or a file that cannot be read
 * or holds no token, is a `UsageError`.
 */
export function accessToken(flag: string | undefined, file: string | undefined, env: string | undefined): string | null {
  if (flag !== undefined && file !== undefined) throw new UsageError('--token and --token-file cannot be combined', 'give the token one way');
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`--token-file '${file}' cannot be read${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`, 'name a file holding the token');
    }
    const first = text.split(/\r?\n/, 1)[0]!.trim();
    if (first === '') throw new UsageError(`--token-file '${file}' holds no token on its first line`, 'write the token into it, e.g. openssl rand -hex 24 > FILE');
    return first;
  }
  if (flag !== undefined) return flag;
  return env !== undefined && env !== '' ? env : null;
}

/** Runs `sitrep serve`; resolves with the exit code when the server has been stopped. */
export async function serveCommand(args: string[], version: string): Promise<ExitCode> {
  const { values, positionals } = parseFlags(COMMANDS.serve.flags, args, 'sitrep serve');
  if (values.help) {
    out(commandHelp('serve'));
    return ExitCode.Ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`, "sitrep serve takes only options; see 'sitrep serve --help'");
  const { DEFAULT_HOST, DEFAULT_LIMITS, DEFAULT_PORT, checkBind, startServer } = await import('../server/index.js');

  const portArg = values.port ?? String(DEFAULT_PORT);
  if (!/^\d{1,5}$/.test(portArg) || Number(portArg) > 65535) throw new UsageError(`--port '${portArg}' is not a port`, 'use a number from 1 to 65535, or 0 for any free port');
  const port = Number(portArg);
  const host = values.host ?? DEFAULT_HOST;
  if (host.trim() === '' || /[\s/]/.test(host)) throw new UsageError(`--host '${host}' is not an address`, 'e.g. 127.0.0.1, ::1 or 0.0.0.0');
  const token = accessToken(values.token, values['token-file'], process.env.SITREP_TOKEN);
  checkBind(host, token);
  let upload = DEFAULT_LIMITS.upload;
  if (values['max-body'] !== undefined) {
    const n = parseSize(values['max-body']);
    if (n === null) throw new UsageError(`--max-body '${values['max-body']}' is not a size`, 'use a positive number with an optional unit, e.g. 64MB');
    upload = n;
  }

  const workersArg = values.workers ?? String(Math.min(4, availableParallelism()));
  if (!/^\d{1,2}$/.test(workersArg) || Number(workersArg) > 32) throw new UsageError(`--workers '${workersArg}' is not a number of threads`, 'use 0 to 32');
  const workers = Number(workersArg);

  const { openStore, defaultDbPath, isPostgresUrl, redactUrl } = await import('../store/index.js');
  if (values.db === '') throw new UsageError('--db needs a file name');
  const dbPath = values.db ?? defaultDbPath();
  // A mistyped --db would otherwise serve a new, empty ledger and leave a stray file behind.
  const pgLedger = isPostgresUrl(dbPath);
  if (dbPath !== ':memory:' && !pgLedger && !values.create && !existsSync(dbPath)) {
    throw new UsageError(`no ledger at ${dbPath}`, "check --db, run 'sitrep ingest PATH --db FILE' first, or add --create to start an empty one");
  }
  const main = openStore(dbPath);
  // The workers open a PostgreSQL ledger read-only: it must be migrated (by `main`) before they do.
  if (pgLedger) {
    try {
      await (main as Store & { open(): Promise<unknown> }).open();
    } catch (e) {
      await main.close();
      throw e;
    }
  }
  const { PooledStore } = await import('../server/pool.js');
  // An in-memory ledger cannot be shared with other threads. A PostgreSQL one answers queries from
  // its connection pool without blocking this thread; its workers only analyse and compare (a
  // first disputes report over a large ledger takes long and must not stop every other request).
  const store = workers > 0 && dbPath !== ':memory:' ? new PooledStore(main, dbPath, workers, pgLedger ? ['analyze', 'computeDisputes'] : null) : main;
  const closeStores = async (): Promise<void> => {
    if (store !== main) await store.close();
    await main.close();
  };
  let running;
  try {
    running = await startServer({ store, host, port, token, version, limits: { json: Math.min(DEFAULT_LIMITS.json, upload), upload } });
  } catch (e) {
    await closeStores();
    throw e;
  }
  out(`sitrep: serving ${printable(pgLedger ? redactUrl(dbPath) : dbPath)} at ${running.url}${token ? ' (access token required; open the desk with ?token=YOUR_TOKEN once)' : ''}\n`);
  out('sitrep: press Ctrl-C to stop\n');
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  await closeStores();
  return ExitCode.Ok;
}

/**
 * The queue commands: `enqueue` (put sources on the ledger's job queue), `worker` (take jobs,
 * analyse, store) and `status` (jobs by state, with their errors, and the ledger's counts).
 * Thin shells over src/jobs/queue.ts; they need a PostgreSQL ledger (`--db postgres://…`).
 */
import { availableParallelism } from 'node:os';
import { ExitCode, UsageError, formatError } from '../errors.js';
import { COMMANDS, DEFAULT_MAX_SIZE, commandHelp, intFlag, parseFlags } from './flags.js';
import { isIsoDate, parseSize } from './input.js';
import { escapeTerminal } from './terminal.js';

const out = (s: string): void => void process.stdout.write(s);
const err = (s: string): void => void process.stderr.write(s);

/** The queue command names. */
export const JOB_COMMANDS = ['enqueue', 'worker', 'status'] as const;
export type JobCommand = (typeof JOB_COMMANDS)[number];

/** Runs one queue command with its arguments (after the command name). */
export async function jobCommand(cmd: JobCommand, args: string[]): Promise<ExitCode> {
  switch (cmd) {
    case 'enqueue': return enqueueCommand(args);
    case 'worker': return workerCommand(args);
    case 'status': return statusCommand(args);
  }
}

/** The PostgreSQL ledger named by --db or $SITREP_DB; a usage error for anything else. */
function pgUrl(cmd: string, value: string | undefined): string {
  const url = value ?? process.env.SITREP_DB ?? '';
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new UsageError(`sitrep ${cmd} needs a PostgreSQL ledger${url ? `, not '${escapeTerminal(url)}'` : ''}`,
      'give --db postgres://USER@HOST/DB (or set SITREP_DB); the job queue lives in that database');
  }
  return url;
}


async function enqueueCommand(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseFlags(COMMANDS.enqueue.flags, args, 'sitrep enqueue');
  if (values.help) {
    out(commandHelp('enqueue'));
    return ExitCode.Ok;
  }
  if (positionals.length === 0) throw new UsageError('nothing to enqueue', "name files, folders or URLs; see 'sitrep enqueue --help'");
  const url = pgUrl('enqueue', values.db);
  const published = values.published ?? undefined;
  if (published !== undefined && !isIsoDate(published)) throw new UsageError(`--published '${published}' is not a valid ISO-8601 date`, 'use YYYY-MM-DD');
  const maxSize = parseSize(values['max-size'] ?? DEFAULT_MAX_SIZE);
  if (maxSize === null) throw new UsageError(`--max-size '${values['max-size']}' is not a size`, 'e.g. 64MB, 500KB');
  const timeout = intFlag('timeout', values.timeout, 1, 3600);
  const batch = intFlag('batch', values.batch, 1, 1000) ?? 25;
  const jobTimeout = intFlag('job-timeout', values['job-timeout'], 5, 86_400) ?? 900;
  const retries = intFlag('retries', values.retries, 0, 100) ?? 3;
  const quiet = values.quiet === true;
  const { enqueueSources } = await import('../jobs/queue.js');
  const read = { maxSize, allowPrivate: values['allow-private'] === true, ...(published ? { defaultPublished: published } : {}), ...(timeout ? { timeoutMs: timeout * 1000 } : {}) };
  let exit: ExitCode = ExitCode.Ok;
  const res = await enqueueSources(url, positionals, {
    read, batch, jobs: { timeoutSeconds: jobTimeout, retryLimit: retries },
    onSkip: (rec, e) => {
      exit = ExitCode.Skipped;
      if (!quiet) err(`${escapeTerminal(formatError(e, false, null))}\n`.replace(/^(?!sitrep: )/, 'sitrep: '));
      void rec;
    },
  });
  if (values.json) out(`${JSON.stringify(res)}\n`);
  else {
    out(`sitrep: queued ${res.jobs} job${res.jobs === 1 ? '' : 's'}: ${res.documents} document${res.documents === 1 ? '' : 's'}` +
      `${res.urls ? `, ${res.urls} URL${res.urls === 1 ? '' : 's'}` : ''}` +
      `${res.known ? `; ${res.known} already in the ledger` : ''}${res.skipped ? `; ${res.skipped} skipped` : ''}\n`);
  }
  return exit;
}

async function workerCommand(args: string[]): Promise<ExitCode> {
  const { values } = parseFlags(COMMANDS.worker.flags, args, 'sitrep worker');
  if (values.help) {
    out(commandHelp('worker'));
    return ExitCode.Ok;
  }
  const url = pgUrl('worker', values.db);
  const jobs = intFlag('jobs', values.jobs, 1, 256) ?? availableParallelism();
  const maintenance = intFlag('maintenance', values.maintenance, 1, 3600);
  const quiet = values.quiet === true;
  const { runWorker } = await import('../jobs/queue.js');
  const ac = new AbortController();
  const stop = (): void => {
    if (!quiet) err('sitrep: stopping: finishing the jobs in progress (Ctrl-C again to quit at once)\n');
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    process.once('SIGINT', () => process.exit(130));
    ac.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let docs = 0;
  let failed = 0;
  await runWorker(url, {
    jobs, drain: values.drain === true, signal: ac.signal, ...(maintenance ? { maintenanceSeconds: maintenance } : {}),
    onEvent: (e) => {
      if (e.type === 'job') docs += e.tally.read;
      if (e.type === 'job-failed') failed++;
      if (quiet) return;
      if (e.type === 'started') err(`sitrep: worker taking ${e.jobs} job${e.jobs === 1 ? '' : 's'} at a time from ${url.replace(/:[^:@/]*@/, ':***@')}\n`);
      else if (e.type === 'job') err(`sitrep: job ${e.id}: ${e.tally.read} read, ${e.tally.new} new, ${e.tally.exact + e.tally.near} reprints, ${e.tally.unchanged} already stored, ${e.tally.skipped} skipped (${e.ms} ms)\n`);
      else if (e.type === 'job-failed') err(`sitrep: job ${e.id} failed (it will be retried): ${escapeTerminal(e.error)}\n`);
      else if (e.type === 'skip') err(`sitrep: ${escapeTerminal(e.skip.location)}: ${escapeTerminal(e.skip.message)}\n`);
      else if (e.type === 'idle') err('sitrep: the queue is empty\n');
    },
  });
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  if (!quiet) err(`sitrep: worker stopped after ${docs} document${docs === 1 ? '' : 's'}${failed ? `, ${failed} failed job${failed === 1 ? '' : 's'}` : ''}\n`);
  return failed ? ExitCode.Skipped : ExitCode.Ok;
}

async function statusCommand(args: string[]): Promise<ExitCode> {
  const { values } = parseFlags(COMMANDS.status.flags, args, 'sitrep status');
  if (values.help) {
    out(commandHelp('status'));
    return ExitCode.Ok;
  }
  const url = pgUrl('status', values.db);
  const { queueStatus } = await import('../jobs/queue.js');
  const { openPgStore } = await import('../store/postgres/index.js');
  const st = await queueStatus(url, intFlag('errors', values.errors, 0, 1000) ?? 10);
  const store = await openPgStore(url, { readonly: true, poolSize: 1 }).open();
  const stats = await store.stats().finally(() => store.close());
  if (values.json) {
    out(`${JSON.stringify({ jobs: st, ledger: stats }, null, 2)}\n`);
    return ExitCode.Ok;
  }
  out(`jobs: ${st.queued} queued, ${st.retrying} waiting to retry, ${st.running} running, ${st.failed} failed, ${st.done} done` +
    `${st.cancelled ? `, ${st.cancelled} cancelled` : ''}${st.waitingDocuments ? ` (${st.waitingDocuments} documents waiting)` : ''}\n`);
  for (const r of st.running_jobs) out(`  running ${r.id} since ${r.startedOn}${r.retryCount ? ` (try ${r.retryCount + 1})` : ''}: ${escapeTerminal(r.first)}\n`);
  for (const e of st.errors) {
    out(`  ${e.state === 'failed' ? 'failed' : 'retrying'} ${e.id} (${e.retryCount} ${e.retryCount === 1 ? 'retry' : 'retries'}, ${e.at}): ${escapeTerminal(e.error)}` +
      `${e.first ? ` [${escapeTerminal(e.first)}]` : ''}\n`);
  }
  out(`ledger: ${stats.documents} documents (${stats.carriers} reprints), ${stats.claims} claims, ${stats.skipped} skipped inputs\n`);
  return ExitCode.Ok;
}

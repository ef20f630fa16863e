/**
 * The ledger commands: `ingest`, `claims`, `disputes`, `search`, `export`. Thin shells over the
 * ingest readers, the analyzer and the `Store`; flags come from the one table in `flags.ts`.
 */
import { createWriteStream, existsSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { allowedSides, sideCode } from '../compare/sides.js';
import { ExitCode, SitrepError, UsageError, exitCodeFor, formatError, worstExit } from '../errors.js';
import { claimEventsFromStore, writeCsv, writeGeoJson, writeJsonArray } from '../export/index.js';
import type { ReadOptions } from '../ingest/types.js';
import { availableParallelism } from 'node:os';
import { Ledger } from '../ledger/ledger.js';
import { DEFAULT_BULK_AFTER, ingestEvents, inlineAnalyser, type Analyser, type IngestTally } from '../ledger/loop.js';
import { AnalysisPool } from '../ledger/pool.js';
import type { DisputeReport } from '../ledger/types.js';
import { defaultDbPath, openStore, isPostgresUrl } from '../store/index.js';
import { acledLabel } from '../export/event-colours.js';
import type { ClaimEventType, ClaimQuery, ClaimRecord, Store } from '../store/types.js';
import { COMMANDS, DEFAULT_MAX_SIZE, commandHelp, intFlag, parseFlags } from './flags.js';
import { isIsoDate, parseSize } from './input.js';
import { budgetFlag } from './budget.js';
import type { BudgetOptions } from '../analyze/budget.js';
import type { AnalyzeFn, FactsFn } from '../ledger/prepare.js';
import { shorten } from './report.js';
import { escapeTerminal } from './terminal.js';

const out = (s: string): void => void process.stdout.write(s);
const err = (s: string): void => void process.stderr.write(s);
const safe = escapeTerminal;

/** The ledger command names. */
export const LEDGER_COMMANDS = ['ingest', 'claims', 'disputes', 'search', 'export'] as const;
export type LedgerCommand = (typeof LEDGER_COMMANDS)[number];

/** Runs one ledger command with its arguments (after the command name). */
export async function ledgerCommand(cmd: LedgerCommand, args: string[]): Promise<ExitCode> {
  switch (cmd) {
    case 'ingest': return ingestCommand(args);
    case 'claims': return claimsCommand(args);
    case 'disputes': return disputesCommand(args);
    case 'search': return searchCommand(args);
    case 'export': return exportCommand(args);
  }
}

function dbPath(value: string | undefined): string {
  if (value === '') throw new UsageError('--db needs a file name');
  return value ? (isPostgresUrl(value) ? value : resolve(value)) : defaultDbPath();
}


function dayFlag(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !isIsoDate(v)) throw new UsageError(`--${name} '${v}' is not a date`, 'use YYYY-MM-DD, e.g. 2024-08-06');
  return v;
}

/** The claim filters of `claims` and `export`, checked. */
function claimFilters(v: Record<string, string | boolean | undefined>): Omit<ClaimQuery, 'limit' | 'offset' | 'cursor'> {
  const q: Omit<ClaimQuery, 'limit' | 'offset' | 'cursor'> = {};
  for (const k of ['speaker', 'side', 'place', 'region', 'text', 'event'] as const) {
    const x = v[k];
    if (typeof x !== 'string') continue;
    if (x.trim() === '') throw new UsageError(`--${k} needs a value`);
    q[k] = x;
  }
  if (q.side !== undefined) {
    const side = sideCode(q.side);
    if (side === null) throw new UsageError(`--side '${q.side}' is not a side`, `give ${allowedSides()}`);
    q.side = side;
  }
  const from = dayFlag('from', v.from as string | undefined);
  const to = dayFlag('to', v.to as string | undefined);
  if (from) q.from = from;
  if (to) q.to = to;
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const kind = v.kind as string | undefined;
  if (kind !== undefined) {
    if (kind !== 'direct' && kind !== 'indirect' && kind !== 'mixed') throw new UsageError(`--kind '${kind}' must be direct, indirect or mixed`);
    q.kind = kind;
  }
  return q;
}

/**
 * Opens the ledger for reading (with `cacheResults`, writable so that computed disputes are cached
 * in it): a missing database is a usage error, not an empty ledger.
 */
async function openForReading(file: string, cacheResults = false): Promise<Store> {
  if (!isPostgresUrl(file) && !existsSync(file)) throw new UsageError(`no ledger at ${file}`, "run 'sitrep ingest PATH' first, or name one with --db FILE");
  try {
    return openStore(file, { readonly: !cacheResults });
  } catch (e) {
    if (e instanceof SitrepError && /unable to open|CANTOPEN|does not exist/i.test(e.message)) {
      throw new UsageError(`no ledger at ${file}`, "run 'sitrep ingest PATH' first, or name one with --db FILE");
    }
    throw e;
  }
}

/**
 * Opens the ledger for reading claims whose sides and affiliations are current: when its claim
 * facts were made by another version of the facts function (FACTS_VERSION), they are recomputed
 * first, as `sitrep disputes` does, saying so on stderr; where the ledger cannot be written (a
 * read-only file or role), the claims are shown as stored, with a note on what to run.
 */
async function freshFactsStore(file: string): Promise<Store> {
  const store = await openForReading(file);
  if (!(await new Ledger(store).factsStale())) return store;
  await store.close();
  let writable: Store;
  try {
    writable = await openForReading(file, true);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    err(`sitrep: note: the claim sides and affiliations in ${file} were derived by another version of sitrep and may be out of date;` +
      ` the ledger cannot be written here (${e instanceof Error ? e.message : String(e)}): run 'sitrep disputes --db ${file}' with write access to recompute them\n`);
    return openForReading(file);
  }
  try {
    err('sitrep: the claim facts (sides, affiliations) were derived by another version of sitrep; recomputing them…\n');
    const n = await new Ledger(writable).refreshFacts();
    err(`sitrep: claim facts recomputed for ${n} document${n === 1 ? '' : 's'}\n`);
  } catch (e) {
    err(`sitrep: note: could not recompute the claim facts (${e instanceof Error ? e.message : String(e)}); sides and affiliations may be out of date: run 'sitrep disputes --db ${file}' with write access\n`);
  }
  return writable;
}

// ---------------------------------------------------------------- ingest


async function ingestCommand(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseFlags(COMMANDS.ingest.flags, args, 'sitrep ingest');
  if (values.help) {
    out(commandHelp('ingest'));
    return ExitCode.Ok;
  }
  if (positionals.length === 0) throw new UsageError('nothing to ingest', "name files, folders or URLs; see 'sitrep ingest --help'");
  const published = values.published ?? null;
  if (published !== null && !isIsoDate(published)) throw new UsageError(`--published '${published}' is not a valid ISO-8601 date`, 'use YYYY-MM-DD');
  const maxSize = parseSize(values['max-size'] ?? DEFAULT_MAX_SIZE);
  if (maxSize === null) throw new UsageError(`--max-size '${values['max-size']}' is not a size`, 'e.g. 64MB, 500KB');
  const batchSize = intFlag('batch', values.batch, 1, 100_000) ?? 200;
  const timeout = intFlag('timeout', values.timeout, 1, 3600);
  const file = dbPath(values.db);
  const quiet = values.quiet === true;

  const jobs = intFlag('jobs', values.jobs, 0, 256) ?? availableParallelism();
  const { readSources } = await import('../ingest/index.js');
  const budget = budgetFlag(values.budget);
  const store = openStore(file);
  let exit: ExitCode = ExitCode.Ok;
  const progress = !quiet && process.stderr.isTTY === true ? new Progress() : null;
  const ownFiles = new Set(['', '-wal', '-shm', '-journal', '-bulk', '-bulk-journal'].map((x) => file + x));
  // Ctrl-C (SIGINT) or SIGTERM: stop reading and analysing, store what was analysed, say so.
  const abort = new AbortController();
  let signalName: string | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (signalName !== null) process.exit(ExitCode.Interrupted); // a second Ctrl-C: stop at once (finished batches are stored)
    signalName = sig;
    if (!quiet) {
      progress?.clear();
      err(`sitrep: ${sig}: stopping; storing what was analysed (Ctrl-C again to stop at once)\n`);
    }
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const opts: ReadOptions = { maxSize, allowPrivate: values['allow-private'] === true, allowLinkLocal: values['allow-link-local'] === true, defaultPublished: published, signal: abort.signal };
  if (timeout !== undefined) opts.timeoutMs = timeout * 1000;
  const analyser: Analyser = jobs > 0
    ? new AnalysisPool({ size: jobs, ...(budget !== undefined ? { analyzeBudget: budget } : {}) })
    : inlineAnalyser(budget === undefined ? {} : await budgetedAnalysis(budget));
  let tally: IngestTally;
  try {
    tally = await ingestEvents(new Ledger(store), readSources(positionals, opts), {
      analyser,
      batchSize,
      bulkAfter: DEFAULT_BULK_AFTER,
      signal: abort.signal,
      ignore: (location) => ownFiles.has(resolve(location)), // the ledger itself, inside a folder being read
      onWarning: (message) => { progress?.clear(); err(`sitrep: warning: ${message}\n`); },
      onSkip: (rec, e) => {
        exit = worstExit(exit, exitCodeFor(e));
        if (quiet) return;
        progress?.clear();
        const msg = formatError(e, process.env.SITREP_DEBUG === '1', e instanceof SitrepError ? null : { file: rec.location });
        err(msg.split('\n').map(safe).join('\n') + '\n');
      },
      onProgress: (t) => progress?.update(t),
    });
  } finally {
    progress?.clear();
    await analyser.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (tally.interrupted) {
    exit = worstExit(exit, ExitCode.Interrupted);
    err(`sitrep: interrupted by ${signalName ?? 'a signal'}: stored what was finished; ${tally.unfinished} document${tally.unfinished === 1 ? '' : 's'} read but not stored, and inputs not yet read (run the same command again to finish)\n`);
  }
  const stats = await store.stats();
  await store.close();

  if (values.json) {
    out(JSON.stringify({
      db: file, read: tally.read, new: tally.new, duplicate: { exact: tally.exact, near: tally.near }, unchanged: tally.unchanged,
      skipped: tally.skipped, reasons: Object.fromEntries(tally.reasons), ledger: { documents: stats.documents, claims: stats.claims },
      ...(tally.interrupted ? { interrupted: true, unfinished: tally.unfinished } : {}),
    }, null, 2) + '\n');
  } else {
    const rows: [string, number][] = [
      ['new', tally.new], ['duplicate (exact)', tally.exact], ['duplicate (near)', tally.near],
      ['already stored', tally.unchanged], ['skipped', tally.skipped],
    ];
    out(`Ingested ${tally.read} document${tally.read === 1 ? '' : 's'} into ${safe(file)}\n`);
    for (const [k, n] of rows) out(`  ${k.padEnd(18)} ${String(n).padStart(7)}\n`);
    for (const [code, n] of [...tally.reasons].sort((a, b) => b[1] - a[1])) out(`    ${code.padEnd(16)} ${String(n).padStart(7)}\n`);
    out(`Ledger: ${stats.documents} documents (${stats.carriers} reprints/forwards), ${stats.claims} claims, ${stats.places} places\n`);
  }
  // A reader left waiting on a FIFO or a socket when the run was interrupted must not keep the process alive.
  if (tally.interrupted) setTimeout(() => process.exit(exit), 500).unref();
  return exit;
}

/** A one-line progress display on stderr (only when stderr is a terminal), redrawn at most 5 times a second. */
class Progress {
  private last = 0;
  private readonly t0 = performance.now();
  private shown = false;
  update(t: IngestTally): void {
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    const rate = (t.read / ((now - this.t0) / 1000)).toFixed(0);
    process.stderr.write(`\r\x1b[Kingest: ${t.read} read, ${t.new} new, ${t.exact + t.near} duplicate, ${t.skipped} skipped (${rate}/s)`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

// ---------------------------------------------------------------- claims

/** The speaker of a claim with side and affiliation: "Name (side, affiliation)" (not escaped). */
function speakerLabel(c: ClaimRecord): string {
  const side = [c.side, c.affiliation].filter(Boolean).join(', ');
  // A Cyrillic name is followed by its Latin form: "Павло Кириленко [Pavlo Kyrylenko] (UA)".
  const latin = c.speakerLatin ? ` [${c.speakerLatin}]` : '';
  return `${c.speaker ?? 'unnamed speaker'}${latin}${side ? ` (${side})` : ''}`;
}

/**
 * The event types of a claim as short labels, one per distinct label: the most specific ACLED name
 * (`acledLabel`) with the PLOVER type after it ("Armed clash (ASSAULT)"), else the PLOVER type alone.
 */
export function eventLabels(events: readonly ClaimEventType[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    const acled = acledLabel(e);
    const label = acled === null ? e.plover : `${acled} (${e.plover})`;
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

/** One claim as a few readable lines. */
export function claimLines(c: ClaimRecord, width: number): string[] {
  const head = `${c.date ?? '????-??-??'}  ${speakerLabel(c)} ${c.cue ?? '—'}:`;
  const lines = [safe(head), `    "${safe(shorten(c.content, Math.max(40, width - 6)))}"`];
  const facts: string[] = [];
  if (c.places.length) facts.push(`places: ${c.places.map((p) => p.name + (p.admin1 ? ` (${p.admin1})` : '')).join(', ')}`);
  if (c.quantities.length) facts.push(`quantities: ${c.quantities.map((q) => q.text).join('; ')}`);
  if (c.events?.length) facts.push(`events: ${eventLabels(c.events).join('; ')}`);
  if (facts.length) lines.push(`    ${safe(facts.join(' · '))}`);
  const src = `${c.outlet ?? c.source ?? 'unknown source'}${c.published ? `, ${c.published.slice(0, 10)}` : ''}`;
  lines.push(`    ${safe(src)} [${safe(c.id)} ${c.start}–${c.end}]${c.originClaimId ? ` repeats ${safe(c.originClaimId)}` : ''}`);
  return lines;
}

async function claimsCommand(args: string[]): Promise<ExitCode> {
  const { values } = parseFlags(COMMANDS.claims.flags, args, 'sitrep claims');
  if (values.help) {
    out(commandHelp('claims'));
    return ExitCode.Ok;
  }
  const q: ClaimQuery = claimFilters(values);
  q.limit = intFlag('limit', values.limit, 1, 1000) ?? 50;
  q.offset = intFlag('offset', values.offset, 0, Number.MAX_SAFE_INTEGER) ?? 0;
  const store = await freshFactsStore(dbPath(values.db));
  try {
    const pg = await store.claims(q);
    if (values.json) {
      out(JSON.stringify(pg, null, 2) + '\n');
      return ExitCode.Ok;
    }
    const width = process.stdout.isTTY ? process.stdout.columns || 100 : 100;
    if (pg.items.length === 0) {
      out(pg.total ? `No claims at offset ${q.offset} (${pg.totalCapped ? 'more than ' : ''}${pg.total} in all).\n` : 'No claims match.\n');
      return ExitCode.Ok;
    }
    for (const c of pg.items) out(claimLines(c, width).join('\n') + '\n\n');
    const first = q.offset + 1;
    const last = q.offset + pg.items.length;
    out(`Claims ${first}–${last} of ${pg.totalCapped ? 'more than ' : ''}${pg.total}${pg.next ? `; --offset ${last} for more` : ''}\n`);
    return ExitCode.Ok;
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------- disputes

/** The readable report of disputes (and agreements). */
export function disputeLines(r: DisputeReport): string[] {
  const lines: string[] = [];
  const claimLine = (id: string): string => {
    const c = r.claims[id];
    if (!c) return `      ${safe(id)}`;
    return safe(`      ${speakerLabel(c)} — ${c.outlet ?? c.source ?? 'unknown source'}, ${c.date ?? 'undated'} [${c.id}]${c.originClaimId ? ` repeats ${c.originClaimId}` : ''}`);
  };
  const topic = (t: DisputeReport['disputes'][number]['topic']): string => {
    const what = t.what.type === 'quantity' ? `${t.what.unit}${t.what.subjectSide ? ` (${t.what.subjectSide})` : ''}` : `${t.what.topic}${t.what.subjectSide ? ` (${t.what.subjectSide})` : ''}`;
    const when = t.from ? (t.to && t.to !== t.from ? `${t.from} to ${t.to}` : t.from) : 'undated';
    return `${what} — ${t.placeName ?? 'no place'}, ${when}`;
  };
  r.disputes.forEach((d, i) => {
    lines.push(safe(`Dispute ${i + 1} [${d.kind ?? 'kind unknown'}]: ${topic(d.topic)} (${d.reason})`));
    lines.push(`  ${safe(d.explanation)}`);
    for (const s of d.sides) {
      // Headline: independent originators (outlets/channels; posts of one channel count once); then texts and reach.
      const o = s.independentOrigins ?? s.independentSources;
      lines.push(safe(`  ▸ ${s.position} — ${o} independent source${o === 1 ? '' : 's'} (${s.independentSources} text${s.independentSources === 1 ? '' : 's'}, ${s.independentOutlets} outlet${s.independentOutlets === 1 ? '' : 's'})`));
      for (const id of s.claims) lines.push(claimLine(id));
    }
    lines.push('');
  });
  r.agreements.forEach((a, i) => {
    lines.push(safe(`Agreement ${i + 1}: ${topic(a.topic)} — ${a.side.position}, ${a.side.independentSources} independent sources`));
    for (const id of a.side.claims) lines.push(claimLine(id));
    lines.push('');
  });
  return lines;
}

async function disputesCommand(args: string[]): Promise<ExitCode> {
  const { values } = parseFlags(COMMANDS.disputes.flags, args, 'sitrep disputes');
  if (values.help) {
    out(commandHelp('disputes'));
    return ExitCode.Ok;
  }
  const f = claimFilters({ place: values.place, region: values.region, from: values.from, to: values.to });
  const windowDays = intFlag('window', values.window, 0, 366);
  const store = await openForReading(dbPath(values.db), true);
  try {
    const r = await new Ledger(store).disputes({ ...f, agreements: values.agreements === true, ...(windowDays !== undefined ? { windowDays } : {}) });
    if (values.json) {
      out(JSON.stringify(r, null, 2) + '\n');
      return ExitCode.Ok;
    }
    for (const l of disputeLines(r)) out(l + '\n');
    out(`${r.disputes.length} dispute${r.disputes.length === 1 ? '' : 's'}${values.agreements ? `, ${r.agreements.length} agreement${r.agreements.length === 1 ? '' : 's'}` : ''} among ${r.compared} claims (${r.groups} topics compared)\n`);
    return ExitCode.Ok;
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------- search

async function searchCommand(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseFlags(COMMANDS.search.flags, args, 'sitrep search');
  if (values.help) {
    out(commandHelp('search'));
    return ExitCode.Ok;
  }
  const text = positionals.join(' ');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UsageError('nothing to search for', "give words, e.g. sitrep search 'Kupiansk market'");
  const type = values.type;
  if (type !== undefined && type !== 'document' && type !== 'claim') throw new UsageError(`--type '${type}' must be document or claim`);
  const limit = intFlag('limit', values.limit, 1, 1000) ?? 20;
  const offset = intFlag('offset', values.offset, 0, Number.MAX_SAFE_INTEGER) ?? 0;
  const store = await openForReading(dbPath(values.db));
  try {
    const pg = await store.search(text, { limit, offset, ...(type ? { type } : {}) });
    if (values.json) {
      out(JSON.stringify(pg, null, 2) + '\n');
      return ExitCode.Ok;
    }
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
    // Line breaks and runs of spaces in a snippet become one space before escaping (escaped, a line
    // break would print as \u000A); marks are applied to the original offsets first.
    const flat = (x: string): string => safe(x.replace(/\s+/g, ' '));
    for (const h of pg.items) {
      let s = '';
      let at = 0;
      for (const [a, b] of h.marks) {
        s += flat(h.snippet.slice(at, a)) + (color ? `\x1b[1m${flat(h.snippet.slice(a, b))}\x1b[22m` : `[${flat(h.snippet.slice(a, b))}]`);
        at = b;
      }
      s += flat(h.snippet.slice(at));
      out(`${h.type.padEnd(8)} ${safe(h.id)}\n    ${s.replace(/ {2,}/g, ' ')}\n`);
    }
    out(pg.total ? `Hits ${offset + 1}–${offset + pg.items.length} of ${pg.totalCapped ? 'more than ' : ''}${pg.total}\n` : 'No hits.\n');
    return ExitCode.Ok;
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------- export

/** A writer to stdout or a file that waits when the stream is full. */
function sink(stream: NodeJS.WritableStream): (s: string) => Promise<void> {
  return (s) => new Promise<void>((res, rej) => {
    const ok = stream.write(s, (e) => (e ? rej(e) : undefined));
    if (ok) res();
    else stream.once('drain', res);
  });
}

async function exportCommand(args: string[]): Promise<ExitCode> {
  const { values } = parseFlags(COMMANDS.export.flags, args, 'sitrep export');
  if (values.help) {
    out(commandHelp('export'));
    return ExitCode.Ok;
  }
  const format = values.format;
  if (format === undefined) throw new UsageError('--format is required', 'json, csv or geojson');
  if (format !== 'json' && format !== 'csv' && format !== 'geojson') throw new UsageError(`--format '${format}' must be json, csv or geojson`);
  const q = claimFilters(values);
  const store = await openForReading(dbPath(values.db));
  let file: WriteStream | null = null;
  const target = values.out ? resolve(values.out) : null;
  const tmp = target ? `${target}.part-${process.pid}` : null;
  try {
    if (tmp) file = createWriteStream(tmp, { flags: 'wx' });
    const write = sink(file ?? process.stdout);
    const claims = store.eachClaim(q);
    const events = claimEventsFromStore(store);
    const n = format === 'csv' ? await writeCsv(claims, write, events) : format === 'json' ? await writeJsonArray(claims, write) : await writeGeoJson(claims, write);
    if (file) {
      await new Promise<void>((res, rej) => file!.end((e?: Error | null) => (e ? rej(e) : res())));
      renameSync(tmp!, target!);
      err(`sitrep: wrote ${n} ${format === 'geojson' ? 'places' : 'claims'} to ${safe(target!)}\n`);
    }
    return ExitCode.Ok;
  } catch (e) {
    if (tmp) rmSync(tmp, { force: true });
    throw e;
  } finally {
    await store.close();
  }
}

/** `analyze` and the claim facts with a `--budget` other than the default, for the inline analyser. */
async function budgetedAnalysis(budget: BudgetOptions | false): Promise<{ analyze: AnalyzeFn; facts: FactsFn }> {
  const { analyze } = await import('../analyze/index.js');
  const { extractClaimFacts } = await import('../compare/facts.js');
  return { analyze: (d) => analyze(d, { budget }), facts: (a, i) => extractClaimFacts(a, i, { budget }) };
}

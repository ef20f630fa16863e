/**
 * The `sitrep` command line: a thin shell over the library. Parses the command table in
 * `flags.ts`, reads input through `input.ts`, prints reports or JSON, and maps every outcome to an
 * exit code through `errors.ts`.
 */
import { readFileSync } from 'node:fs';
import type { Analysis, Document } from '../analyze/types.js';
import type { BudgetOptions } from '../analyze/budget.js';
import type { AnalyzedOutput } from '../ledger/pool.js';
import { ExitCode, SitrepError, UsageError, exitCodeFor, formatError, worstExit, type InputLocation } from '../errors.js';
import { COMMANDS, DEFAULT_MAX_SIZE, GLOBAL_FLAGS, commandHelp, intFlag, mainHelp, parseFlags, type CommandName } from './flags.js';
import { budgetFlag } from './budget.js';
import { checkHeap, decodeText, documentId, isIsoDate, jsonLines, parseSize, readInput, sourceOf } from './input.js';
import { ChunkWriter, DocumentBuffer, writeAnalysisJson } from './json.js';
import type { LedgerCommand } from './ledger.js';
import { writeReport } from './report.js';
import { escapeTerminal } from './terminal.js';

type AnalyzeFn = (document: Document) => Analysis;

/** The package version, read from package.json next to dist/. */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const out = (s: string): void => void process.stdout.write(s);
const err = (s: string): void => void process.stderr.write(s);
const debug = (): boolean => process.env.SITREP_DEBUG === '1';

/**
 * Reports a skipped input or an internal error on stderr and returns its exit code. Messages can
 * quote the input (a JSON parse error shows part of the line), so control and bidi characters are
 * shown escaped; line breaks (of a debug stack trace) are kept.
 */
function report(e: unknown, where: InputLocation | null): ExitCode {
  const msg = formatError(e, debug(), e instanceof SitrepError ? null : where);
  err(msg.split('\n').map(escapeTerminal).join('\n') + '\n');
  return exitCodeFor(e);
}

/** Runs the analyzer on one document; an exception from it is an internal error, not bad input. */
function analyzeOne(analyze: AnalyzeFn, doc: Document, where: InputLocation): Analysis | ExitCode {
  try {
    return analyze(doc);
  } catch (e) {
    return report(e, where);
  }
}

/**
 * Renders one document's output into `buf` with `fill`. If that fails, the partial output is
 * dropped, the failure is reported naming the document, and false is returned: the caller skips
 * the document, so the output stream (a JSON array, JSON Lines) stays well-formed.
 */
function render(buf: DocumentBuffer, fill: () => void, where: InputLocation, failed: (code: ExitCode) => void): boolean {
  try {
    fill();
    return true;
  } catch (e) {
    try {
      buf.discard();
    } catch {
      // the document is skipped either way
    }
    failed(report(e, where));
    return false;
  }
}

async function analyzeCommand(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseFlags(COMMANDS.analyze.flags, args, 'sitrep analyze');
  if (values.help) {
    out(commandHelp('analyze'));
    return ExitCode.Ok;
  }
  if (values.json && values.jsonl) {
    throw new UsageError('--json and --jsonl cannot be combined', '--jsonl already writes one Analysis JSON per line');
  }
  const published = values.published ?? null;
  if (published !== null && !isIsoDate(published)) {
    throw new UsageError(`--published '${published}' is not a valid ISO-8601 date`, 'use YYYY-MM-DD, e.g. 2024-03-05, or a date-time such as 2024-03-05T14:30:00Z');
  }
  const sizeArg = values['max-size'] ?? DEFAULT_MAX_SIZE;
  const maxSize = parseSize(sizeArg);
  if (maxSize === null) {
    const num = /^\s*(-?)(\d+(?:\.\d+)?)/.exec(sizeArg);
    const why = num?.[1] ? 'a size cannot be negative' : num && Number(num[2]) === 0 ? 'a size must be more than 0' : null;
    throw new UsageError(`--max-size '${sizeArg}' is not a size${why ? `: ${why}` : ''}`,
      'use a positive number with an optional unit, e.g. 64MB, 500KB, 2GB');
  }
  const files = positionals.length > 0 ? positionals : ['-'];
  if (positionals.length === 0 && process.stdin.isTTY) {
    throw new UsageError('no input', "name a FILE, or pipe text to stdin; see 'sitrep analyze --help'");
  }
  if (files.filter((f) => f === '-').length > 1) throw new UsageError("'-' (stdin) can be given only once");

  const budget = budgetFlag(values.budget);
  const jobs = jobsFlag(values.jobs);
  // Several threads only when there are several documents: JSON Lines, or more than one FILE.
  if (jobs > 1 && (values.jsonl || files.length > 1)) {
    return analyzeOnPool({ files, jobs, budget, maxSize, published, json: values.json === true, jsonl: values.jsonl === true });
  }
  const { analyze: analyzeWith } = await import('../analyze/index.js');
  const analyze: AnalyzeFn = (d) => analyzeWith(d, { budget });
  let exit: ExitCode = ExitCode.Ok;
  const w = new ChunkWriter(out);
  const buf = new DocumentBuffer();

  if (values.jsonl) {
    for (const f of files) {
      const src = sourceOf(f);
      try {
        for await (const r of jsonLines(src, maxSize, published)) {
          const where = { file: src.name, line: r.line };
          if (r.error) {
            exit = worstExit(exit, report(r.error, where));
            continue;
          }
          try {
            checkHeap(r.doc.text.length, where);
          } catch (e) {
            exit = worstExit(exit, report(e, where));
            continue;
          }
          const doc = { ...r.doc, source: r.doc.source ?? src.path };
          const a = analyzeOne(analyze, doc, where);
          if (typeof a === 'number') exit = worstExit(exit, a);
          else if (render(buf, () => writeAnalysisJson(buf, a, false), where, (e) => (exit = worstExit(exit, e)))) {
            buf.commit(w);
            w.push('\n');
            w.flush();
          }
        }
      } catch (e) {
        w.flush();
        exit = worstExit(exit, report(e, { file: src.name }));
      }
    }
    return exit;
  }

  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const width = process.stdout.isTTY ? process.stdout.columns || 100 : 100;
  const array = values.json && files.length > 1;
  let first = true;
  if (array) w.push('[');
  for (const f of files) {
    const src = sourceOf(f);
    const where = { file: src.name };
    let doc: Document;
    try {
      const text = decodeText(await readInput(src, maxSize), where);
      checkHeap(text.length, where);
      doc = { id: documentId(text), text, published, source: src.path };
    } catch (e) {
      exit = worstExit(exit, report(e, where));
      continue;
    }
    const a = analyzeOne(analyze, doc, where);
    if (typeof a === 'number') {
      exit = worstExit(exit, a);
      continue;
    }
    const ok = render(buf, () => {
      if (values.json) writeAnalysisJson(buf, a, true, array ? '  ' : '');
      else writeReport(a, { color, width, name: src.name }, (line) => buf.push(line + '\n'));
    }, where, (e) => (exit = worstExit(exit, e)));
    if (!ok) continue;
    if (array) w.push(first ? '\n  ' : ',\n  ');
    buf.commit(w);
    if (values.json && !array) w.push('\n');
    w.flush(); // each document's output is complete before the next one's messages
    first = false;
  }
  if (array) w.push(first ? ']\n' : '\n]\n');
  w.flush();
  return exit;
}

/** Reads `--jobs N` of `analyze`: 1 (the main thread) by default. */
function jobsFlag(v: string | undefined): number {
  return intFlag('jobs', v, 1, 256, '1 analyses on the main thread') ?? 1;
}

/** What `analyzeOnPool` needs of `analyze`'s flags. */
interface PoolRun {
  files: string[];
  jobs: number;
  budget: BudgetOptions | false | undefined;
  maxSize: number;
  published: string | null;
  json: boolean;
  jsonl: boolean;
}

/** One document's place in the output: done once its work has settled; `emit` writes its output or reports its skip. */
interface Slot {
  done: boolean;
  emit: (() => void) | null;
  wait: Promise<void>;
  chars: number;
}

/** Most documents in flight per worker thread, and most characters in flight in all (memory stays bounded). */
const FLIGHT_PER_JOB = 32;
const FLIGHT_CHARS = 32_000_000;

/**
 * `sitrep analyze --jobs N` (N > 1): the documents of JSON Lines inputs, or of several FILEs, are
 * analysed on N worker threads of the analysis pool (src/ledger/pool.ts) and their output written
 * here in input order, byte for byte what `--jobs 1` writes; skips are reported on stderr at the
 * place in that order where `--jobs 1` reports them. JSON is rendered on the workers (the owner only
 * writes bytes); a report (neither --json nor --jsonl) is rendered here from the analysis.
 */
async function analyzeOnPool(run: PoolRun): Promise<ExitCode> {
  const { AnalysisPool } = await import('../ledger/pool.js');
  const jobs = run.jsonl ? run.jobs : Math.min(run.jobs, run.files.length);
  const pool = new AnalysisPool({ size: jobs, ...(run.budget !== undefined ? { analyzeBudget: run.budget } : {}) });
  let exit: ExitCode = ExitCode.Ok;
  const w = new ChunkWriter(out);
  const buf = new DocumentBuffer();
  const color = !run.jsonl && !run.json && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const width = process.stdout.isTTY ? process.stdout.columns || 100 : 100;
  const array = run.json && run.files.length > 1;
  let first = true;
  const slots: Slot[] = [];
  let chars = 0;
  /** Writes the output of every settled document at the head of the order. */
  const drain = (): void => {
    while (slots.length && slots[0]!.done) {
      const s = slots.shift()!;
      chars -= s.chars;
      s.emit?.();
    }
  };
  /** Queues one document's place; waits while too much is in flight. */
  const queue = async (work: Promise<() => void> | (() => void), size: number): Promise<void> => {
    const slot: Slot = { done: false, emit: null, wait: Promise.resolve(), chars: size };
    const settle = (emit: () => void): void => {
      slot.emit = emit;
      slot.done = true;
    };
    if (typeof work === 'function') settle(work);
    else slot.wait = work.then(settle);
    slots.push(slot);
    chars += size;
    drain();
    while (slots.length > jobs * FLIGHT_PER_JOB || (chars > FLIGHT_CHARS && slots.length > 1)) {
      await slots[0]!.wait;
      drain();
    }
  };
  const skip = (e: unknown, where: InputLocation) => (): void => {
    exit = worstExit(exit, report(e, where));
  };
  /** The output of one analysed document, as `--jobs 1` writes it. */
  const write = (o: AnalyzedOutput, name: string, where: InputLocation) => (): void => {
    if (o.kind === 'json') {
      if (array) w.push(first ? '\n  ' : ',\n  ');
      w.flush();
      for (const c of o.chunks) process.stdout.write(c);
      if (!array) w.push('\n');
    } else {
      const ok = render(buf, () => writeReport(o.analysis, { color, width, name }, (line) => buf.push(line + '\n')),
        where, (e) => (exit = worstExit(exit, e)));
      if (!ok) return;
      buf.commit(w);
    }
    w.flush();
    first = false;
  };
  const analyzeOn = (doc: Document, where: InputLocation, name: string): Promise<() => void> =>
    pool.analyze(doc, where.line != null ? `${where.file}:${where.line}` : where.file,
      run.jsonl ? { pretty: false, pad: '' } : run.json ? { pretty: true, pad: array ? '  ' : '' } : null)
      .then((o) => write(o, name, where), (e: unknown) => skip(e, where));
  try {
    if (array) w.push('[');
    for (const f of run.files) {
      const src = sourceOf(f);
      if (run.jsonl) {
        try {
          for await (const r of jsonLines(src, run.maxSize, run.published)) {
            const where = { file: src.name, line: r.line };
            if (r.error) {
              await queue(skip(r.error, where), 0);
              continue;
            }
            try {
              checkHeap(r.doc.text.length, where);
            } catch (e) {
              await queue(skip(e, where), 0);
              continue;
            }
            const doc = { ...r.doc, source: r.doc.source ?? src.path };
            await queue(analyzeOn(doc, where, src.name), doc.text.length);
          }
        } catch (e) {
          await queue(skip(e, { file: src.name }), 0);
        }
        continue;
      }
      const where = { file: src.name };
      let doc: Document;
      try {
        const text = decodeText(await readInput(src, run.maxSize), where);
        checkHeap(text.length, where);
        doc = { id: documentId(text), text, published: run.published, source: src.path };
      } catch (e) {
        await queue(skip(e, where), 0);
        continue;
      }
      await queue(analyzeOn(doc, where, src.name), doc.text.length);
    }
    while (slots.length) {
      await slots[0]!.wait;
      drain();
    }
    if (array) w.push(first ? ']\n' : '\n]\n');
    w.flush();
  } finally {
    await pool.close();
  }
  return exit;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code.
 * Usage errors are thrown as `UsageError`; skipped inputs are reported on stderr as they happen.
 */
export async function main(argv: string[]): Promise<ExitCode> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) {
    err(mainHelp(version()));
    return ExitCode.Usage;
  }
  if (cmd.startsWith('-')) {
    const { values, positionals } = parseFlags(GLOBAL_FLAGS, argv, 'sitrep');
    if (values.version) {
      out(`sitrep ${version()}\n`);
      return ExitCode.Ok;
    }
    if (values.help || positionals.length === 0) {
      out(mainHelp(version()));
      return ExitCode.Ok;
    }
    throw new UsageError('options go after the command', "e.g. 'sitrep analyze --json FILE'");
  }
  if (cmd === 'analyze') return analyzeCommand(rest);
  if (cmd === 'places') return (await import('./places.js')).placesCommand(rest, out);
  if (cmd === 'serve') return (await import('./serve.js')).serveCommand(rest, version());
  if (['ingest', 'claims', 'disputes', 'search', 'export'].includes(cmd)) {
    const { ledgerCommand } = await import('./ledger.js'); // the store and its native module load only here
    return ledgerCommand(cmd as LedgerCommand, rest);
  }
  if (cmd === 'enqueue' || cmd === 'worker' || cmd === 'status') {
    const { jobCommand } = await import('./jobs.js'); // the PostgreSQL client and the queue load only here
    return jobCommand(cmd, rest);
  }
  if (cmd === 'help') {
    const { values, positionals } = parseFlags(COMMANDS.help.flags, rest, 'sitrep help');
    const topic = positionals[0];
    if (values.help || topic === undefined) out(mainHelp(version()));
    else if (topic in COMMANDS) out(commandHelp(topic as CommandName));
    else throw new UsageError(`unknown command '${topic}'`, `commands: ${Object.keys(COMMANDS).join(', ')}`);
    return ExitCode.Ok;
  }
  if (cmd === 'version') {
    out(`sitrep ${version()}\n`);
    return ExitCode.Ok;
  }
  throw new UsageError(`unknown command '${cmd}'`, `commands: ${Object.keys(COMMANDS).join(', ')}; see 'sitrep help'`);
}

/** Entry point of bin/sitrep.js: runs `main` on `process.argv` and sets `process.exitCode`. */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  // A safety net: if the event loop runs dry while the command is still waiting on a promise that
  // nothing can settle any more (a stream that never ends), Node would exit with code 13 and no
  // message. Say what happened and exit with the documented code for a bug instead.
  let settled = false;
  // A closed pipe (`sitrep analyze ... | head`) is not an error: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    settled = true;
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Ok);
    throw e;
  });
  process.once('exit', (code) => {
    if (settled || code !== 0) return; // process.exit() with a code, or an uncaught exception
    err('sitrep: internal error: the run stopped while still waiting for input that can never arrive (this is a bug; rerun with SITREP_DEBUG=1 and report it)\n');
    process.exitCode = ExitCode.Internal;
  });
  try {
    process.exitCode = await main(argv);
  } catch (e) {
    process.exitCode = report(e, null);
  } finally {
    settled = true;
  }
}

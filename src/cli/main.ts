/**
 * The `sitrep` command line: a thin shell over the library. Parses the command table in
 * `flags.ts`, reads input through `input.ts`, prints reports or JSON, and maps every outcome to an
 * exit code through `errors.ts`.
 */
import { readFileSync } from 'node:fs';
import type { Analysis, Document } from '../analyze/types.js';
import { ExitCode, SitrepError, UsageError, exitCodeFor, formatError, worstExit, type InputLocation } from '../errors.js';
import { COMMANDS, DEFAULT_MAX_SIZE, GLOBAL_FLAGS, commandHelp, mainHelp, parseFlags, type CommandName } from './flags.js';
import { checkHeap, decodeText, documentId, isIsoDate, jsonLines, parseSize, readInput, sourceOf } from './input.js';
import { ChunkWriter, writeJson } from './json.js';
import { writeReport } from './report.js';

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

/** Reports a skipped input or an internal error on stderr and returns its exit code. */
function report(e: unknown, where: InputLocation | null): ExitCode {
  err(formatError(e, debug(), e instanceof SitrepError ? null : where) + '\n');
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
  if (maxSize === null) throw new UsageError(`--max-size '${sizeArg}' is not a size`, 'use a number with an optional unit, e.g. 64MB, 500KB, 2GB');
  const files = positionals.length > 0 ? positionals : ['-'];
  if (positionals.length === 0 && process.stdin.isTTY) {
    throw new UsageError('no input', "name a FILE, or pipe text to stdin; see 'sitrep analyze --help'");
  }
  if (files.filter((f) => f === '-').length > 1) throw new UsageError("'-' (stdin) can be given only once");

  const { analyze } = await import('../analyze/index.js');
  let exit: ExitCode = ExitCode.Ok;
  const w = new ChunkWriter(out);

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
          else {
            try {
              writeJson(w, a, false);
            } catch (e) {
              exit = worstExit(exit, report(e, where));
            }
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
    try {
      if (array) {
        w.push(first ? '\n  ' : ',\n  ');
        writeJson(w, a, true, 2, '  ');
      } else if (values.json) {
        writeJson(w, a, true);
        w.push('\n');
      } else {
        writeReport(a, { color, width, name: src.name }, (line) => w.push(line + '\n'));
      }
    } catch (e) {
      exit = worstExit(exit, report(e, where));
    }
    w.flush(); // each document's output is complete before the next one's messages
    first = false;
  }
  if (array) w.push(first ? ']\n' : '\n]\n');
  w.flush();
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
  // A closed pipe (`sitrep analyze ... | head`) is not an error: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Ok);
    throw e;
  });
  try {
    process.exitCode = await main(argv);
  } catch (e) {
    process.exitCode = report(e, null);
  }
}

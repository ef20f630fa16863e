/**
 * sitrep's error catalogue: every error a user can cause has a class and a stable `code` here, and
 * `exitCodeFor` / `formatError` are the one place that maps errors to exit codes and messages.
 * Messages name the bad value and say what to do; user errors never print a stack trace.
 */

import { escapeTerminal } from './cli/terminal.js';

/** Stable error codes. Never renumber or reuse a code; add new ones at the end. */
export const ErrorCode = {
  /** Bad command line: unknown command or option, bad flag value, missing input. */
  Usage: 'E_USAGE',
  /** The named file does not exist. */
  NotFound: 'E_NOT_FOUND',
  /** The file exists but cannot be read (permissions, a directory, an I/O error). */
  Unreadable: 'E_UNREADABLE',
  /** The file or document text is empty or only whitespace: nothing to analyse. */
  Empty: 'E_EMPTY',
  /** The input contains NUL bytes or many control characters: not text. */
  Binary: 'E_BINARY',
  /** The input starts with a UTF-16 byte order mark. */
  Utf16: 'E_UTF16',
  /** The input is not valid UTF-8. */
  InvalidUtf8: 'E_INVALID_UTF8',
  /** The input is larger than the `--max-size` limit or than what the heap can hold. */
  TooLarge: 'E_TOO_LARGE',
  /** A JSON Lines line is not valid JSON. */
  JsonSyntax: 'E_JSONL_SYNTAX',
  /** A JSON Lines line is valid JSON but not a document (`{id?, text, published?, source?}`). */
  JsonShape: 'E_JSONL_SHAPE',
  /** A bug in sitrep: anything thrown that is not a `SitrepError`. */
  Internal: 'E_INTERNAL',
  /** The input is not what its content or name says it is: a feed that is not XML, a truncated Telegram export, a page with no text. */
  Format: 'E_FORMAT',
  /** A URL that sitrep will not fetch: not http/https, or resolving to a private, loopback, link-local or unspecified address. */
  UrlRefused: 'E_URL_REFUSED',
  /** A URL could not be fetched: DNS, connection or TLS failure, an HTTP error status, too many redirects. */
  Fetch: 'E_FETCH',
  /** A URL did not answer within the timeout. */
  Timeout: 'E_TIMEOUT',
  /** The database cannot be opened or written: not a sitrep database, written by a newer sitrep, locked, or the disk is full. */
  Database: 'E_DATABASE',
  /** A store query has a bad value: a date that is not YYYY-MM-DD, a limit out of range, a cursor from elsewhere. */
  Query: 'E_QUERY',
  /** One document took longer than its time budget (`--budget`), or more memory than the limit, to read, analyse or extract claim facts from; it was skipped. */
  Budget: 'E_BUDGET',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Process exit codes of the CLI. */
export const ExitCode = {
  /** Every input was analysed. */
  Ok: 0,
  /** Some input was skipped (each skip was reported on stderr); the rest was analysed. */
  Skipped: 1,
  /** The command line was wrong; nothing was analysed. */
  Usage: 2,
  /** An internal error (a bug) happened; the batch went on where it could. */
  Internal: 3,
  /**
   * `sitrep ingest` was interrupted (SIGINT / Ctrl-C or SIGTERM): what was analysed before was
   * stored, the rest was not (run the same command again to finish; stored documents are not
   * analysed twice).
   */
  Interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class of every error sitrep raises on purpose. `hint` says what the user can do. */
export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | null;
  constructor(code: ErrorCode, message: string, hint: string | null = null) {
    super(message);
    this.name = 'SitrepError';
    this.code = code;
    this.hint = hint;
  }
}

/** A bad command line. Maps to exit code 2. */
export class UsageError extends SitrepError {
  constructor(message: string, hint: string | null = null) {
    super(ErrorCode.Usage, message, hint);
    this.name = 'UsageError';
  }
}

/** Where bad input was found: a file (or `<stdin>`), and optionally a 1-based line. */
export interface InputLocation {
  file: string;
  line?: number | null;
}

/** One input (a file, or one JSON Lines line) that cannot be analysed and is skipped. */
export class InputError extends SitrepError {
  readonly file: string;
  readonly line: number | null;
  constructor(code: ErrorCode, where: InputLocation, message: string, hint: string | null = null) {
    super(code, message, hint);
    this.name = 'InputError';
    this.file = where.file;
    this.line = where.line ?? null;
  }
}

/**
 * One document whose analysis (or claim-fact extraction) ran past its time budget: skipped, the
 * batch goes on. Names the document (`file`: its source, else its id), the stage it was in, the
 * budget and the time spent.
 */
export class BudgetExceeded extends InputError {
  readonly documentId: string | null;
  readonly stage: string;
  readonly limitMs: number;
  readonly elapsedMs: number;
  constructor(documentId: string | null, source: string | null, stage: string, limitMs: number, elapsedMs: number) {
    super(
      ErrorCode.Budget,
      { file: source ?? documentId ?? '<document>' },
      `analysis stopped in stage '${stage}' after ${(elapsedMs / 1000).toFixed(1)} s: over its time budget of ${(limitMs / 1000).toFixed(1)} s`,
      'document skipped; raise --budget (seconds per MB) to give large or unusual documents more time',
    );
    this.name = 'BudgetExceeded';
    this.documentId = documentId;
    this.stage = stage;
    this.limitMs = limitMs;
    this.elapsedMs = elapsedMs;
  }
}

/** The exit code an error stands for. */
export function exitCodeFor(err: unknown): ExitCode {
  if (err instanceof UsageError) return ExitCode.Usage;
  if (err instanceof SitrepError) return ExitCode.Skipped;
  return ExitCode.Internal;
}

/** Combines the exit codes of several outcomes: the most severe wins (codes are ordered by severity). */
export function worstExit(a: ExitCode, b: ExitCode): ExitCode {
  return a >= b ? a : b;
}

/**
 * A file name, URL, source or any other untrusted string as it may appear in a message: control
 * characters (line breaks included), DEL, C1 controls and bidirectional controls are shown escaped
 * (`\u000A`, `\u202E`), so a name cannot fake a second message line, recolour the terminal or read
 * backwards. The one helper every message goes through (`formatError` applies it to every part).
 */
export function printable(s: string): string {
  return escapeTerminal(s);
}

/**
 * The one-line message for an error: `sitrep: <file>:<line>: <what is wrong> (<what to do>)`.
 * Internal errors get a short message (naming `where` it happened, if given), plus the stack when
 * `debug` is true (`SITREP_DEBUG=1`). Every part is passed through `printable`, so the message is
 * exactly one line (the debug stack trace adds its own lines, each made printable too).
 */
export function formatError(err: unknown, debug = false, where: InputLocation | null = null): string {
  const loc = (w: InputLocation): string => (w.line != null ? `${printable(w.file)}:${w.line}: ` : `${printable(w.file)}: `);
  if (err instanceof SitrepError) {
    const at = err instanceof InputError ? loc({ file: err.file, line: err.line }) : '';
    const hint = err.hint ? ` (${printable(err.hint)})` : '';
    return `sitrep: ${at}${printable(err.message)}${hint}`;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const at = where ? loc(where) : '';
  const head = `sitrep: ${at}internal error: ${printable(e.message || e.name)}`;
  if (debug && e.stack) return `${head}\n${e.stack.split('\n').map(printable).join('\n')}`;
  return `${head} (this is a bug; rerun with SITREP_DEBUG=1 for the stack trace and report it)`;
}

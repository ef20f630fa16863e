/**
 * The command table: every command and flag of the CLI, defined once. The same table drives
 * argument parsing (Node's `util.parseArgs`) and the `--help` text, so they cannot drift apart.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

/** One command-line flag. */
export interface FlagSpec {
  type: 'boolean' | 'string';
  short?: string;
  /** Placeholder for the value of a string flag, shown in help (`DATE`). */
  arg?: string;
  help: string;
}

/** One command: its usage line, summary, description and flags. */
export interface CommandSpec {
  usage: string;
  summary: string;
  description: string;
  flags: Record<string, FlagSpec>;
  /** Extra paragraphs printed at the end of the command's help. */
  notes?: string[];
}

const helpFlag: FlagSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/** The default `--max-size`: largest document (file, stdin, or JSON Lines line) analysed. */
export const DEFAULT_MAX_SIZE = '64MB';

const dbFlag: FlagSpec = {
  type: 'string', arg: 'FILE',
  help: 'the ledger database (default $SITREP_DB, else sitrep/sitrep.db in the user data folder)',
};

/** Filters shared by `claims` and `export`. */
const claimFilterFlags = {
  speaker: { type: 'string', arg: 'NAME', help: 'claims by a speaker whose name contains NAME' },
  side: { type: 'string', arg: 'SIDE', help: "claims by speakers of one side (e.g. UA, RU)" },
  place: { type: 'string', arg: 'PLACE', help: 'claims naming a place (gazetteer id, part of its name, or any\nspelling the gazetteer knows: Kharkov, Купянск, "Kursk region")' },
  region: { type: 'string', arg: 'CODE', help: 'claims naming a place in a region (ISO 3166-2, e.g. UA-63) or country (UA)' },
  from: { type: 'string', arg: 'DATE', help: 'claims about this day (YYYY-MM-DD) or later' },
  to: { type: 'string', arg: 'DATE', help: 'claims about this day (YYYY-MM-DD) or earlier' },
  text: { type: 'string', arg: 'WORDS', help: 'claims whose speaker, cue or content contain every word' },
  kind: { type: 'string', arg: 'KIND', help: 'direct, indirect or mixed' },
  event: {
    type: 'string', arg: 'TYPE',
    help: 'claims reporting an event of a type: an ACLED event or sub-event type\n("Explosions/Remote violence", "Armed clash") or a PLOVER type (ATTACK), any case',
  },
} satisfies Record<string, FlagSpec>;

/** All commands of `sitrep`. */
export const COMMANDS = {
  analyze: {
    usage: 'sitrep analyze [options] [FILE...]',
    summary: 'analyse texts: who claims what, in what numbers, when',
    description:
      'Analyse each FILE (UTF-8 text; "-" or no FILE reads stdin) and print a report: claims grouped\n' +
      'by speaker, quantities and dates, each pointing back to its exact characters.',
    flags: {
      json: { type: 'boolean', help: 'print the Analysis as JSON (an array when several FILEs are given)' },
      jsonl: {
        type: 'boolean',
        help: 'read JSON Lines documents {id?, text, published?, source?} and write one\nAnalysis JSON per line',
      },
      published: {
        type: 'string', arg: 'DATE',
        help: 'publication date (ISO-8601, e.g. 2024-03-05) used to resolve "on Tuesday";\nwith --jsonl, the default for lines without "published"',
      },
      'max-size': {
        type: 'string', arg: 'SIZE',
        help: `skip documents larger than SIZE (default ${DEFAULT_MAX_SIZE}; units B, KB, MB, GB)`,
      },
      budget: {
        type: 'string', arg: 'S[+FLOOR]',
        help: 'time budget per document: S seconds per MB of text plus FLOOR seconds (default\n30+10); a document over it is skipped with a message naming it and its stage; "off": none',
      },
      jobs: {
        type: 'string', short: 'j', arg: 'N',
        help: 'analyse JSON Lines documents or FILEs on N worker threads (default 1: on the main\nthread); the output is the same and in input order',
      },
      help: helpFlag,
    },
    notes: [
      'Input: an empty or whitespace-only file, a binary file, a file that is not valid UTF-8, a\n' +
        'missing file and a bad JSON Lines line are each reported on stderr and skipped; the rest\n' +
        'is still analysed. Document ids are the first 16 hex digits of the SHA-256 of the text\n' +
        '(unless a JSON Lines line gives "id").',
      'Exit status: 0 everything analysed; 1 some input skipped; 2 usage error; 3 internal error.',
    ],
  },
  places: {
    usage: 'sitrep places [options] NAME...',
    summary: 'look place names up in the offline gazetteer',
    description:
      'Look each NAME up in the gazetteer (any spelling: Kharkov, Харків, "у Харкові", Kursk Oblast)\n' +
      'and print the candidates, best first: current name, level, country, ISO 3166-2 region,\n' +
      'coordinates, id (GeoNames where it has one), and the name that matched and how.',
    flags: {
      json: { type: 'boolean', help: 'print the candidates as JSON' },
      limit: { type: 'string', arg: 'N', help: 'show at most N candidates per name (default 10)' },
      help: helpFlag,
    },
    notes: [
      'The gazetteer is data/generated/gazetteer.bin (built by npm run build:gazetteer), or the file\n' +
        'named by the environment variable SITREP_GAZETTEER.',
      'Exit status: 0 every NAME found a place; 1 some NAME found none, or the gazetteer is missing;\n' +
        '2 usage error.',
    ],
  },
  ingest: {
    usage: 'sitrep ingest [options] PATH|URL...',
    summary: 'read sources into the ledger (files, folders, feeds, Telegram exports, URLs)',
    description:
      'Read each PATH (a file or a folder, read recursively) or http(s) URL, analyse every document\n' +
      'found (text, Markdown, HTML, RSS/Atom, Telegram result.json, JSON Lines) and store it in the\n' +
      'ledger. Documents already stored are left as they are; reprints and forwards are stored as\n' +
      'carriers of the text they repeat, so they do not count as independent sources.',
    flags: {
      db: dbFlag,
      'allow-private': { type: 'boolean', help: 'allow URLs that resolve to private or loopback addresses (not link-local)' },
      'allow-link-local': { type: 'boolean', help: 'allow URLs that resolve to link-local or cloud metadata addresses\n(169.254.0.0/16, fe80::/10, 169.254.169.254, fd00:ec2::254, 100.100.100.200)' },
      published: { type: 'string', arg: 'DATE', help: 'publication date for documents whose source gives none (ISO-8601)' },
      'max-size': { type: 'string', arg: 'SIZE', help: `skip files, pages and records larger than SIZE (default ${DEFAULT_MAX_SIZE})` },
      budget: {
        type: 'string', arg: 'S[+FLOOR]',
        help: 'time budget per document (analysis, then claim facts): S seconds per MB of text plus FLOOR seconds (default\n30+10); a document over it is skipped with a message naming it and its stage; "off": none',
      },
      timeout: { type: 'string', arg: 'SECONDS', help: 'give up on a URL after SECONDS (default 15)' },
      batch: { type: 'string', arg: 'N', help: 'documents stored per transaction (default 200)' },
      // ledger: parallel analysis (src/ledger/pool.ts)
      jobs: { type: 'string', arg: 'N', help: 'analyse on N worker threads while one writer stores (default: the number of cores; 0: on the main thread)' },
      json: { type: 'boolean', help: 'print the summary as JSON' },
      quiet: { type: 'boolean', short: 'q', help: 'no progress line and no per-input messages (the summary still counts them)' },
      help: helpFlag,
    },
    notes: [
      'A file, record or URL that cannot be read is reported on stderr, recorded in the ledger with\n' +
        'the reason, and skipped; everything else is stored. Each batch is one transaction: a run\n' +
        'that is killed keeps every batch it finished, and running it again stores the rest.',
      'Each document has a budget (20 s plus 20 s per million characters, 1.5 GB of memory): one\n' +
        'that runs over it is stopped and skipped (E_BUDGET) and the run goes on. Ctrl-C (SIGINT) or\n' +
        'SIGTERM stops the run: what was analysed is stored, and the summary says what was not.',
      'Exit status: 0 everything stored; 1 some input skipped; 2 usage error; 3 internal error;\n' +
        '130 interrupted (what finished is stored; run the command again to store the rest).',
    ],
  },
  claims: {
    usage: 'sitrep claims [options]',
    summary: 'list stored claims: who claims what, where, when',
    description: 'List the claims in the ledger, newest ingested last, with their places, quantities and sources.',
    flags: {
      db: dbFlag,
      ...claimFilterFlags,
      limit: { type: 'string', arg: 'N', help: 'claims per page (default 50, at most 1000)' },
      offset: { type: 'string', arg: 'N', help: 'skip the first N claims' },
      json: { type: 'boolean', help: 'print the page as JSON ({items, total, next})' },
      help: helpFlag,
    },
  },
  disputes: {
    usage: 'sitrep disputes [options]',
    summary: 'show where sources disagree, side by side',
    description:
      'Group the stored claims by topic (place, time window, what is claimed) and show each group whose\n' +
      'claims cannot all be true: every side with its speakers, affiliations, sources, dates and the\n' +
      'number of independent sources behind it (reprints and forwards count once).',
    flags: {
      db: dbFlag,
      place: claimFilterFlags.place,
      region: claimFilterFlags.region,
      from: claimFilterFlags.from,
      to: claimFilterFlags.to,
      agreements: { type: 'boolean', help: 'show agreements (claims from independent sources that agree) too' },
      window: { type: 'string', arg: 'DAYS', help: 'claims at most DAYS apart fall into one time window (default 1)' },
      json: { type: 'boolean', help: 'print disputes, agreements and the cited claims as JSON' },
      help: helpFlag,
    },
  },
  search: {
    usage: 'sitrep search [options] TEXT',
    summary: 'full-text search over stored documents and claims',
    description: 'Find documents and claims containing every word of TEXT (case and diacritics ignored).',
    flags: {
      db: dbFlag,
      type: { type: 'string', arg: 'TYPE', help: "only 'document' or only 'claim' hits" },
      limit: { type: 'string', arg: 'N', help: 'hits to show (default 20, at most 1000)' },
      offset: { type: 'string', arg: 'N', help: 'skip the first N hits' },
      json: { type: 'boolean', help: 'print the hits as JSON' },
      help: helpFlag,
    },
  },
  export: {
    usage: 'sitrep export --format json|csv|geojson [options]',
    summary: 'export claims as JSON, ACLED-like CSV, or GeoJSON points',
    description:
      'Write the stored claims (filtered like `sitrep claims`) to stdout or --out FILE:\n' +
      '  json     an array of claim records with places, quantities and provenance\n' +
      '  csv      one row per claim and quantity, ACLED-like columns plus claimant and source span\n' +
      '  geojson  a FeatureCollection of points, one per located place, with its claims',
    flags: {
      db: dbFlag,
      format: { type: 'string', arg: 'FORMAT', help: 'json, csv or geojson (required)' },
      out: { type: 'string', short: 'o', arg: 'FILE', help: 'write to FILE instead of stdout' },
      ...claimFilterFlags,
      help: helpFlag,
    },
    notes: ['CSV cells that begin with =, +, -, @, a tab or a carriage return are prefixed with \' so that\nspreadsheets show them as text instead of running them as formulas.'],
  },
  serve: {
    usage: 'sitrep serve [options]',
    summary: 'serve the web desk and the JSON API over a ledger',
    description:
      'Serve the web desk and the JSON API (described at /api/openapi.json) over the ledger in --db.\n' +
      'Listens on 127.0.0.1 only, unless --host names another address; then an access token is required.',
    flags: {
      db: { type: 'string', arg: 'FILE', help: 'the ledger database (default: $SITREP_DB, else the user data folder)' },
      create: { type: 'boolean', help: 'create an empty ledger when --db names no file (else a missing file is refused)' },
      port: { type: 'string', short: 'p', arg: 'N', help: 'port to listen on (default 8421; 0 picks a free one)' },
      host: { type: 'string', arg: 'HOST', help: 'address to listen on (default 127.0.0.1); any other needs a token' },
      token: {
        type: 'string', arg: 'TOKEN',
        help: 'access token required on every request; at least 16 characters, e.g. from\n`openssl rand -hex 24`. Visible to every user of the machine in the process\nlist: prefer --token-file or $SITREP_TOKEN',
      },
      'token-file': {
        type: 'string', arg: 'FILE',
        help: 'read the access token from FILE (its first line; keep the file private)',
      },
      'max-body': { type: 'string', arg: 'SIZE', help: 'largest upload to /api/ingest (default 64MB; texts to /api/analyze: 16MB)' },
      workers: { type: 'string', arg: 'N', help: 'threads answering read queries (default: one per core, at most 4;\n0 answers them on the main thread)' },
      help: helpFlag,
    },
    notes: [
      'The token comes from --token-file, else --token, else the SITREP_TOKEN environment variable.\n' +
        'A --token value can be read by any user of the machine (ps, /proc); a file or the\n' +
        'environment cannot.',
      'With a token, API clients send "Authorization: Bearer TOKEN". Open the desk once as\n' +
        'http://HOST:PORT/?token=TOKEN: the server sets an HttpOnly, SameSite=Strict cookie and\n' +
        'drops the token from the address. Stop the server with Ctrl-C.',
      'Exit status: 0 stopped by a signal; 2 usage error (bad flag, address in use, a\n' +
        'non-loopback --host without a token, no ledger at --db without --create).',
    ],
  },
  enqueue: {
    usage: 'sitrep enqueue --db postgres://… [options] PATH|URL...',
    summary: "put sources on a PostgreSQL ledger's job queue, for workers on any host",
    description:
      'Read each PATH (a file or a folder, read recursively) here and put its documents on the job\n' +
      "queue in the PostgreSQL ledger named by --db; each http(s) URL becomes a job that a worker\n" +
      "fetches. 'sitrep worker' processes on any number of hosts take the jobs, analyse and store.",
    flags: {
      db: { type: 'string', arg: 'URL', help: 'the PostgreSQL ledger, postgres://USER@HOST/DB (default $SITREP_DB)' },
      'allow-private': { type: 'boolean', help: 'allow URLs that resolve to private, loopback or link-local addresses' },
      published: { type: 'string', arg: 'DATE', help: 'publication date for documents whose source gives none (ISO-8601)' },
      'max-size': { type: 'string', arg: 'SIZE', help: `skip files, pages and records larger than SIZE (default ${DEFAULT_MAX_SIZE})` },
      timeout: { type: 'string', arg: 'SECONDS', help: 'a worker gives up on a URL after SECONDS (default 15)' },
      batch: { type: 'string', arg: 'N', help: 'documents per job (default 25)' },
      'job-timeout': { type: 'string', arg: 'SECONDS', help: 'a job running longer is taken as lost (its worker died) and retried (default 900)' },
      retries: { type: 'string', arg: 'N', help: 'times a failed job is retried (default 3)' },
      json: { type: 'boolean', help: 'print the summary as JSON' },
      quiet: { type: 'boolean', short: 'q', help: 'no per-input messages' },
      help: helpFlag,
    },
    notes: [
      'Documents already in the ledger are not queued again; a document is stored once however often\n' +
        'it is queued. Inputs that cannot be read are reported, recorded in the ledger and skipped.',
      'Exit status: 0 everything queued; 1 some input skipped; 2 usage error.',
    ],
  },
  worker: {
    usage: 'sitrep worker --db postgres://… [--jobs N] [--drain]',
    summary: "take jobs from a PostgreSQL ledger's queue, analyse and store them",
    description:
      'Take jobs from the queue of the PostgreSQL ledger named by --db, analyse their documents on\n' +
      'worker threads and store them. Run as many workers on as many hosts as you like: a document\n' +
      'is stored once, reprints are recognised across workers, and the job of a worker that dies is\n' +
      'retried once its time (enqueue --job-timeout) has run out.',
    flags: {
      db: { type: 'string', arg: 'URL', help: 'the PostgreSQL ledger, postgres://USER@HOST/DB (default $SITREP_DB)' },
      jobs: { type: 'string', short: 'j', arg: 'N', help: 'jobs worked on at once, each on its own thread (default: one per core)' },
      drain: { type: 'boolean', help: 'stop once no job is queued, retrying or running anywhere' },
      maintenance: { type: 'string', arg: 'SECONDS', help: 'how often lost jobs are looked for (default 15)' },
      quiet: { type: 'boolean', short: 'q', help: 'no per-job messages' },
      help: helpFlag,
    },
    notes: ['Stop with Ctrl-C or SIGTERM: jobs in progress are finished first. Exit status: 0 stopped; 1 some job\nfailed (it is retried by another worker); 2 usage error.'],
  },
  status: {
    usage: 'sitrep status --db postgres://… [--json]',
    summary: "show a PostgreSQL ledger's jobs (queued, running, failed, done) and counts",
    description: 'Show the jobs of the ledger\'s queue by state, the running ones, the errors of failed and\nretried jobs, and what the ledger holds.',
    flags: {
      db: { type: 'string', arg: 'URL', help: 'the PostgreSQL ledger, postgres://USER@HOST/DB (default $SITREP_DB)' },
      errors: { type: 'string', arg: 'N', help: 'show at most N job errors (default 10)' },
      json: { type: 'boolean', help: 'print the status as JSON' },
      help: helpFlag,
    },
  },
  help: {
    usage: 'sitrep help [COMMAND]',
    summary: 'show help for sitrep or for a command',
    description: 'Show help for sitrep, or for COMMAND.',
    flags: { help: helpFlag },
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** Global flags, accepted before any command. */
export const GLOBAL_FLAGS: Record<string, FlagSpec> = {
  version: { type: 'boolean', short: 'V', help: 'print the version' },
  help: helpFlag,
};

/** Flag values of a command, typed from its table entry. */
export type FlagValues<F extends Record<string, FlagSpec>> = {
  [K in keyof F]?: F[K]['type'] extends 'boolean' ? boolean : string;
};

/** Parses `args` against a flag table. Unknown flags and missing values are `UsageError`s. */
export function parseFlags<F extends Record<string, FlagSpec>>(
  flags: F, args: string[], helpFor: string,
): { values: FlagValues<F>; positionals: string[] } {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = {};
  for (const [name, f] of Object.entries(flags)) options[name] = f.short ? { type: f.type, short: f.short } : { type: f.type };
  try {
    const r = parseArgs({ args: joinNegativeValues(flags, args), options, allowPositionals: true, strict: true });
    return { values: r.values as FlagValues<F>, positionals: r.positionals };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const code = (e as { code?: string }).code;
    const opt = /'(-[^' ]+)/.exec(msg)?.[1] ?? '';
    const hint = `see '${helpFor} --help'`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option '${opt}'`, hint);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(msg)) {
      throw new UsageError(`option '${opt}' needs a value`, hint);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(msg)) {
      // `--max-size --json`: the next argument is an option, not the value.
      const next = args[args.indexOf(opt) + 1] ?? '';
      throw new UsageError(`option '${opt}' needs a value, but is followed by the option '${next}'`,
        `write ${opt}=${next} if that is the value; ${hint}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option '${opt}' does not take a value`, hint);
    throw new UsageError(msg, hint);
  }
}

/**
 * Attaches a value that looks like a negative number to its string flag (`--max-size -5` becomes
 * `--max-size=-5`), so the flag's own check can say what is wrong with it, instead of `parseArgs`
 * taking `-5` for an option. Stops at `--`.
 */
function joinNegativeValues(flags: Record<string, FlagSpec>, args: string[]): string[] {
  const stringFlag = (a: string): boolean => {
    if (a.startsWith('--')) return flags[a.slice(2)]?.type === 'string';
    return a.length === 2 && a[0] === '-' && Object.values(flags).some((f) => f.type === 'string' && f.short === a[1]);
  };
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    if (next !== undefined && /^-\d/.test(next) && stringFlag(a)) {
      out.push(a.startsWith('--') ? `${a}=${next}` : `${a}${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

function flagLines(flags: Record<string, FlagSpec>): string[] {
  const rows = Object.entries(flags).map(([name, f]) => {
    const left = `${f.short ? `-${f.short}, ` : '    '}--${name}${f.arg ? ` ${f.arg}` : ''}`;
    return [left, f.help] as const;
  });
  const w = Math.max(...rows.map(([l]) => l.length)) + 2;
  const out: string[] = [];
  for (const [left, help] of rows) {
    const [first, ...rest] = help.split('\n');
    out.push(`  ${left.padEnd(w)}${first}`);
    for (const r of rest) out.push(`  ${''.padEnd(w)}${r}`);
  }
  return out;
}

/** The `--help` text of one command. */
export function commandHelp(name: CommandName): string {
  const c: CommandSpec = COMMANDS[name];
  const parts = [`Usage: ${c.usage}`, '', c.description, '', 'Options:', ...flagLines(c.flags)];
  for (const n of c.notes ?? []) parts.push('', n);
  return parts.join('\n') + '\n';
}

/** The top-level help text. */
export function mainHelp(version: string): string {
  const cmds = Object.entries(COMMANDS) as [string, CommandSpec][];
  const w = Math.max(...cmds.map(([, c]) => c.usage.length)) + 2;
  return [
    `sitrep ${version}: a sourced record of who claims what in conflict news (offline)`,
    '',
    'Usage:',
    ...cmds.map(([, c]) => `  ${c.usage.padEnd(w)}${c.summary}`),
    `  ${'sitrep --version'.padEnd(w)}print the version`,
    '',
    'Options:',
    ...flagLines(GLOBAL_FLAGS),
    '',
    "Run 'sitrep analyze --help' for the options of a command.",
  ].join('\n') + '\n';
}

/** The value of `--<name>` as a whole number from `min` to `max`, or undefined when not given; anything else is a usage error (with `hint`). */
export function intFlag(name: string, v: string | undefined, min: number, max: number, hint: string | null = null): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new UsageError(`--${name} '${v}' must be a whole number from ${min} to ${max}`, hint);
  return Number(v);
}

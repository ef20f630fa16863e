/**
 * Reader for the PolNeAR attribution corpus (brat standoff). The corpus itself is never copied into
 * this repository: it is read from `../shared/benchmarks/polnear` next to the repo (see
 * bench/README.md). Parsing is split from file I/O so that it can be unit-tested on strings.
 *
 * A split folder looks like `data/dev`: `text/<article>.txt` and
 * `attributions/<article>_<annotator>.ann`. Every `.ann` file is one scored document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A half-open character range `[start, end)` into an article text (UTF-16 code units). */
export interface Frag {
  start: number;
  end: number;
}

/**
 * One attribution relation (who said what), as gold or as a prediction. Each role is a list of
 * fragments (brat discontinuous spans); `null` when the role is absent. `Content2` fragments are
 * merged into `content`, so `content` is the whole of what was said.
 */
export interface AR {
  source: Frag[] | null;
  cue: Frag[] | null;
  content: Frag[];
}

/** A gold AR with its brat identity. */
export interface GoldAR extends AR {
  /** The brat event id (`E12`). */
  id: string;
  /** The brat event type. */
  type: 'Attribution' | 'Attribution-no-source';
}

/** The result of parsing one `.ann` file. */
export interface ParsedAnn {
  ars: GoldAR[];
  /** Events dropped because they have no role at all (the corpus has a few empty duplicates). */
  empty: number;
  /** Things the parser did not understand (unknown roles, missing span ids). */
  warnings: string[];
}

/** One scored document: an annotator's version of an article. */
export interface AnnFile extends ParsedAnn {
  /** File name, e.g. `nyt_2016-09-12_visa-program-up_4b22.ann`. */
  file: string;
  /** Article name (the `.txt` file name without extension). */
  article: string;
  /** Annotator id (the suffix after the last `_`). */
  annotator: string;
}

/** A split: the article texts and every annotation file. */
export interface Split {
  dir: string;
  /** Article name → text. */
  articles: Map<string, string>;
  files: AnnFile[];
}

const EVENT_TYPES = new Set(['Attribution', 'Attribution-no-source']);

/** Parses a brat fragment list such as `115 290` or `315 448;463 553`; null when malformed. */
export function parseFragments(s: string): Frag[] | null {
  const out: Frag[] = [];
  for (const part of s.split(';')) {
    const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(part);
    if (!m) return null;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end < start) return null;
    out.push({ start, end });
  }
  return out;
}

/**
 * Parses the text of one PolNeAR `.ann` file into attribution relations. Only `E` lines of type
 * `Attribution` or `Attribution-no-source` make ARs; `Discard` and `Discuss` spans and `#` notes
 * are ignored. Roles `Source`, `Cue`, `Content` and `Content2` (any `ContentN`) are read.
 */
export function parseAnn(src: string): ParsedAnn {
  const spans = new Map<string, Frag[]>();
  const events: { id: string; type: string; roles: [string, string][] }[] = [];
  const warnings: string[] = [];
  for (const line of src.split(/\r?\n/)) {
    // Span texts may contain newlines: continuation lines do not match either pattern.
    if (line.startsWith('T')) {
      const m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line) ?? /^(T\d+)\t(\S+) ([\d ;]+)$/.exec(line);
      if (!m) continue;
      const frags = parseFragments(m[3]!);
      if (!frags) {
        warnings.push(`bad fragments in ${m[1]}: ${m[3]}`);
        continue;
      }
      spans.set(m[1]!, frags);
    } else if (line.startsWith('E')) {
      const m = /^(E\d+)\t(.*)$/.exec(line);
      if (!m) continue;
      const parts = m[2]!.trim().split(/\s+/).filter((p) => p.length > 0);
      const head = parts.shift() ?? '';
      const type = head.split(':')[0]!;
      const roles: [string, string][] = [];
      for (const p of parts) {
        const i = p.indexOf(':');
        if (i > 0) roles.push([p.slice(0, i), p.slice(i + 1)]);
      }
      events.push({ id: m[1]!, type, roles });
    }
  }
  const ars: GoldAR[] = [];
  let empty = 0;
  for (const ev of events) {
    if (!EVENT_TYPES.has(ev.type)) continue;
    let source: Frag[] | null = null;
    let cue: Frag[] | null = null;
    const content: Frag[] = [];
    let roles = 0;
    for (const [role, ref] of ev.roles) {
      const frags = spans.get(ref);
      if (!frags) {
        warnings.push(`${ev.id}: ${role} refers to missing span ${ref}`);
        continue;
      }
      const base = role.replace(/\d+$/, '');
      if (base === 'Source') source = source ? [...source, ...frags] : [...frags];
      else if (base === 'Cue') cue = cue ? [...cue, ...frags] : [...frags];
      else if (base === 'Content') content.push(...frags);
      else {
        warnings.push(`${ev.id}: unknown role ${role}`);
        continue;
      }
      roles++;
    }
    if (roles === 0) {
      empty++;
      continue;
    }
    content.sort((a, b) => a.start - b.start || a.end - b.end);
    ars.push({ id: ev.id, type: ev.type as GoldAR['type'], source, cue, content });
  }
  return { ars, empty, warnings };
}

/** Splits `<article>_<annotator>.ann` into its article name and annotator id. */
export function splitAnnName(file: string): { article: string; annotator: string } {
  const base = file.replace(/\.ann$/, '');
  const i = base.lastIndexOf('_');
  return i < 0 ? { article: base, annotator: '' } : { article: base.slice(0, i), annotator: base.slice(i + 1) };
}

/**
 * Reads a split folder (`text/*.txt`, `attributions/*.ann`). Annotation files whose article text
 * is missing are skipped with a warning on stderr.
 */
export function readSplit(dir: string): Split {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const articles = new Map<string, string>();
  for (const name of readdirSync(textDir).sort()) {
    if (name.endsWith('.txt')) articles.set(name.slice(0, -4), readFileSync(join(textDir, name), 'utf8'));
  }
  const files: AnnFile[] = [];
  if (existsSync(annDir)) {
    for (const name of readdirSync(annDir).sort()) {
      if (!name.endsWith('.ann')) continue;
      const { article, annotator } = splitAnnName(name);
      if (!articles.has(article)) {
        process.stderr.write(`polnear: no text for ${name}; skipped\n`);
        continue;
      }
      const parsed = parseAnn(readFileSync(join(annDir, name), 'utf8'));
      files.push({ file: name, article, annotator, ...parsed });
    }
  }
  return { dir, articles, files };
}

/** Reads only the article texts of a split (for the speed benchmark). */
export function readTexts(dir: string): Map<string, string> {
  const textDir = join(dir, 'text');
  const out = new Map<string, string>();
  for (const name of readdirSync(textDir).sort()) {
    if (name.endsWith('.txt')) out.set(name.slice(0, -4), readFileSync(join(textDir, name), 'utf8'));
  }
  return out;
}

/** The repository root, from a module inside `dist/bench/` (two levels up). */
export function repoRoot(moduleUrl: string): string {
  return resolve(fileURLToPath(new URL('.', moduleUrl)), '..', '..');
}

/** Where PolNeAR is expected: `../shared/benchmarks/polnear` relative to the repo root. */
export function polnearDir(moduleUrl: string): string {
  return resolve(repoRoot(moduleUrl), '..', 'shared', 'benchmarks', 'polnear');
}

/** True when `dir` looks like a split folder (has `text/`). */
export function isSplitDir(dir: string): boolean {
  return existsSync(join(dir, 'text'));
}

/** A whole-number command-line option (`--name N`, at least `min`); exits 2 with a message when bad. */
export function intArg(tool: string, v: string | undefined, name: string, dflt: number, min = 0): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`${tool}: --${name} must be an integer >= ${min}, got '${v}'\n`);
    process.exit(2);
  }
  return n;
}

/**
 * The split folder a benchmark reads: `--split DIR` (exits 2 when it is not a split folder), or the
 * PolNeAR split `dflt` beside the repository. When the corpus is absent, `onMissing` gets the
 * message and the process exits 0 (benchmarks skip cleanly on machines without the corpus).
 */
export function splitArg(tool: string, moduleUrl: string, split: string | undefined, dflt: string, onMissing: (msg: string) => void): string {
  if (split) {
    const dir = resolve(split);
    if (!isSplitDir(dir)) {
      process.stderr.write(`${tool}: ${dir} is not a split folder (no text/ inside)\n`);
      process.exit(2);
    }
    return dir;
  }
  const root = polnearDir(moduleUrl);
  const dir = join(root, 'data', dflt);
  if (!existsSync(root) || !isSplitDir(dir)) {
    onMissing(`PolNeAR not found at ${root}; skipping`);
    process.exit(0);
  }
  return dir;
}

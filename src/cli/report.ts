/**
 * The human-readable report of one Analysis: a title line, claims grouped by speaker, places,
 * quantities and dates. Plain text, aligned in columns; ANSI colour only when the caller asks for it.
 */
import type { Analysis, Claim, EventActor, Place, TextSpan } from '../analyze/types.js';
import { escapeChar, escapeTerminal, isUnsafeChar } from './terminal.js';

/** Options of the human report. */
export interface ReportOptions {
  /** Use ANSI colours (the caller decides: stdout is a TTY and NO_COLOR is not set). */
  color: boolean;
  /** Maximum line width for shortened texts. */
  width: number;
  /** The name shown in the title line (a file path or `<stdin>`). */
  name: string;
}

type Paint = (s: string) => string;
const ansi = (code: string): Paint => (s) => `\x1b[${code}m${s}\x1b[0m`;
const plain: Paint = (s) => s;

/**
 * Collapses whitespace, shows characters that must not reach a terminal raw (C0/C1 controls such
 * as ESC, bidirectional controls) escaped as `\u001B`, and shortens to at most `max` characters
 * with "…", never cutting an escape or a surrogate pair in two. Every piece of document text the
 * report prints goes through here.
 */
export function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const e = escapeTerminal(t);
  if (e.length <= max) return e;
  const room = Math.max(1, max - 1); // leave room for the ellipsis
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let piece: string;
    if (isUnsafeChar(c)) piece = escapeChar(c);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) piece = t.slice(i, i + 2);
    else piece = t[i]!;
    if (out.length + piece.length > room) break;
    out += piece;
    if (piece.length === 2) i++;
  }
  return `${out.trimEnd()}…`;
}

/** Document text that is printed whole (short values such as units and dates), made terminal-safe. */
const safe = (s: string): string => escapeTerminal(s);

/** The largest of `f(x)` over `xs`, or 0 (no spread: lists can have millions of items). */
function widest<T>(xs: readonly T[], f: (x: T) => number): number {
  let w = 0;
  for (const x of xs) w = Math.max(w, f(x));
  return w;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The key a claim is grouped under: the speaker's canonical name, else its text; null if unattributed. */
function speakerKey(c: Claim): string | null {
  if (!c.speaker) return null;
  return (c.speaker.name ?? c.speaker.text).replace(/\s+/g, ' ').trim().toLowerCase();
}

function contentText(content: TextSpan[]): string {
  return content.map((f) => f.text).join(' … ');
}

/** Coordinates rounded to 0.01° (about 1 km), "49.99N 36.23E". */
function coords(lat: number | null, lon: number | null): string {
  if (lat === null || lon === null) return '-';
  const r = (x: number): string => Math.abs(x).toFixed(2);
  return `${r(lat)}${lat < 0 ? 'S' : 'N'} ${r(lon)}${lon < 0 ? 'W' : 'E'}`;
}

/**
 * The places section: one line per distinct place in order of first mention, with its current
 * name, the spellings used when they differ ("Kharkov"), level, country and region, rounded
 * coordinates, the number of mentions, and the role when it is not a plain place.
 */
function writePlaces(a: Analysis, paint: { bold: Paint; dim: Paint; cyan: Paint }, width: number, push: (...ls: string[]) => void): void {
  const { bold, dim, cyan } = paint;
  const groups = new Map<string, Place[]>();
  for (const p of a.places ?? []) {
    const k = p.id ?? `${p.name}|${p.lat}|${p.lon}`;
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  push('', bold(`Places (${groups.size})`));
  if (groups.size === 0) push(dim('  none found'));
  const names = [...groups.values()].map((g) => shorten(g[0]!.name, 32));
  const nW = widest(names, (n) => n.length);
  [...groups.values()].forEach((g, i) => {
    const p = g[0]!;
    const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const forms = [...new Set(g.map((x) => x.text.replace(/\s+/g, ' ').trim()))].filter((t) => fold(t) !== fold(p.name));
    const as = forms.length ? ` ${dim('as')} ${forms.slice(0, 3).map((t) => `"${shorten(t, 30)}"`).join(', ')}${forms.length > 3 ? ' …' : ''}` : '';
    const where = [p.country, p.admin1 && p.admin1 !== p.country ? p.admin1 : null].filter((x): x is string => !!x).map(safe).join(' ');
    const roles = [...new Set(g.map((x) => x.role ?? 'place'))].filter((r) => r !== 'place');
    const tail = `${g.length > 1 ? ` ${dim(`×${g.length}`)}` : ''}${roles.length ? ` ${dim(`(${roles.join(', ')})`)}` : ''}`;
    const line = `  ${cyan(names[i]!.padEnd(nW))}  ${dim((p.level ?? '-').padEnd(7))} ${(where || '-').padEnd(12)} ${coords(p.lat, p.lon)}${tail}${as}`;
    push(line.length > width * 2 ? shorten(line, width * 2) : line);
  });
}

/** Hands the lines of the report for one analysis to `line`, one by one (the last one is empty). */
export function writeReport(a: Analysis, opts: ReportOptions, line: (s: string) => void): void {
  const c = opts.color;
  const bold = c ? ansi('1') : plain;
  const dim = c ? ansi('2') : plain;
  const cyan = c ? ansi('36') : plain;
  const yellow = c ? ansi('33') : plain;
  const green = c ? ansi('32') : plain;
  const width = Math.max(40, opts.width);
  const out = { push: (...ls: string[]): void => ls.forEach(line) };

  const facts = [plural(a.stats.words, 'word'), plural(a.sentences.length, 'sentence')];
  if (a.published) facts.push(`published ${safe(a.published.slice(0, 10))}`);
  out.push(`${bold(shorten(opts.name, width))}  ${dim(facts.join(', '))}`);

  // Claims, grouped by speaker in order of first appearance; unattributed claims last.
  out.push('', bold(`Claims (${a.claims.length})`));
  if (a.claims.length === 0) out.push(dim('  none found'));
  const groups = new Map<string | null, Claim[]>();
  for (const cl of a.claims) {
    const k = speakerKey(cl);
    const g = groups.get(k);
    if (g) g.push(cl);
    else groups.set(k, [cl]);
  }
  const keys = [...groups.keys()].sort((x, y) => (x === null ? 1 : 0) - (y === null ? 1 : 0));
  for (const k of keys) {
    const list = groups.get(k)!;
    const sp = list[0]!.speaker;
    const head = sp ? `${shorten(sp.name ?? sp.text, 60)} ${dim(`(${sp.type})`)}` : dim('(no speaker found)');
    out.push(`  ${cyan(head)}`);
    const cueW = Math.min(16, widest(list, (cl) => (cl.cue ? shorten(cl.cue.text, 16).length : 1)));
    for (const cl of list) {
      const cue = cl.cue ? shorten(cl.cue.text, 16) : '-';
      const lead = `    ${cl.kind.padEnd(8)} ${cue.padEnd(cueW)}  `;
      out.push(`${dim(lead)}${shorten(contentText(cl.content), Math.max(20, width - lead.length))}`);
    }
  }

  writePlaces(a, { bold, dim, cyan }, width, out.push);

  out.push('', bold(`Quantities (${a.quantities.length})`));
  if (a.quantities.length === 0) out.push(dim('  none found'));
  const qText = a.quantities.map((q) => shorten(q.text, 40));
  const qW = widest(qText, (t) => t.length);
  const values = a.quantities.map((q) => (q.bound === 'range' && q.high != null ? `${q.value}-${q.high}` : String(q.value)));
  const vW = widest(values, (v) => v.length);
  const bW = widest(a.quantities, (q) => q.bound.length);
  a.quantities.forEach((q, i) => {
    const cols = `${dim('value')} ${values[i]!.padEnd(vW)}  ${dim('bound')} ${q.bound.padEnd(bW)}  ${dim('unit')} ${q.unit === null ? '-' : safe(q.unit)}`;
    out.push(`  ${yellow(qText[i]!.padEnd(qW))}  ${cols}`);
  });

  out.push('', bold(`Dates (${a.dates.length})`));
  if (a.dates.length === 0) out.push(dim('  none found'));
  const dText = a.dates.map((d) => shorten(d.text, 40));
  const dW = widest(dText, (t) => t.length);
  a.dates.forEach((d, i) => {
    out.push(`  ${green(dText[i]!.padEnd(dW))}  → ${d.date === null ? dim('unresolved') : safe(d.date)}`);
  });

  writeEvents(a, { bold, dim, yellow }, width, out.push);
  out.push('');
}

/** The agent or target of an event as the report shows it: its words, and its side when known. */
function eventActor(x: EventActor | null): string {
  if (!x) return '?';
  return `${shorten(x.text, 30)}${x.side ? ` [${safe(x.side)}]` : ''}`;
}

/**
 * Events section: one line per event mention in text order: its type (ACLED sub-type, else PLOVER
 * type), the trigger, agent → target, place, date, polarity and modality when not plain, and the
 * claim it belongs to ("narration" when none).
 */
function writeEvents(a: Analysis, paint: { bold: Paint; dim: Paint; yellow: Paint }, width: number, push: (...ls: string[]) => void): void {
  const events = a.events ?? [];
  push('', paint.bold(`Events (${events.length})`));
  if (events.length === 0) push(paint.dim('  none found'));
  const types = events.map((e) => safe(e.acled.sub_event_type ?? `${e.plover.type}${e.plover.mode ? `/${e.plover.mode}` : ''}`));
  const tW = Math.min(36, widest(types, (t) => t.length));
  events.forEach((e, i) => {
    const parts = [`"${shorten(e.trigger.text, 24)}"`, `${eventActor(e.agent)} → ${eventActor(e.target)}`];
    const place = e.place !== null ? a.places[e.place] : undefined;
    if (place) parts.push(`at ${shorten(place.name, 30)}`);
    const date = e.date !== null ? a.dates[e.date] : undefined;
    if (date) parts.push(`on ${date.date === null ? shorten(date.text, 20) : safe(date.date)}`);
    if (e.quantities.length) parts.push(e.quantities.map((q) => shorten(a.quantities[q]?.text ?? '', 24)).join(', '));
    const state = [e.polarity !== 'happened' ? e.polarity : '', e.modality ?? ''].filter(Boolean).join(', ');
    if (state) parts.push(`(${safe(state)})`);
    const cl = e.claim !== null ? a.claims[e.claim] : undefined;
    const by = cl?.speaker ? shorten(cl.speaker.name ?? cl.speaker.text, 30) : 'unnamed speaker';
    parts.push(paint.dim(e.claim === null ? 'narration' : `claim ${e.claim} (${by})`));
    const line = `  ${paint.yellow(types[i]!.padEnd(tW))}  ${parts.join('  ')}`;
    push(line.length > width * 2 ? shorten(line, width * 2) : line);
  });
}

/**
 * Dates in Russian and Ukrainian paragraphs, resolved against the publication day: "26 октября",
 * "3-4 декабря", "20 листопада 2024 року", "в ночь на 18 января" (the 18th), "у ніч на понеділок"
 * and weekdays ("в среду", "у середу": the latest such day not after publication), relative words
 * ("вчера", "накануне", "вчора") and daily tallies ("за сутки", "за минулу добу": the day before
 * publication). Words: data/date-words-ruuk.tsv.
 */
import type { Doc } from '../doc.js';
import type { DateMention } from '../types.js';
import { table } from '../../lexicon/index.js';

let words: { relative: Map<string, number>; month: Map<string, number>; weekday: Map<string, number> } | null = null;
function load() {
  if (words) return words;
  const w = { relative: new Map<string, number>(), month: new Map<string, number>(), weekday: new Map<string, number>() };
  for (const [p, kind, v] of table('date-words-ruuk.tsv')) (w as Record<string, Map<string, number>>)[kind!]!.set(p!.toLowerCase().replace(/’/g, "'"), Number(v));
  return (words = w);
}

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Finds and resolves the dates of paragraphs whose language is 'ru' or 'uk'. */
export function findDatesRuUk(doc: Doc, langs: readonly string[], ref: Date | null): DateMention[] {
  const w = load();
  const out: DateMention[] = [];
  const refDay = ref ? Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) : null;
  const re = dateRe(w);
  const text = doc.norm;
  doc.paragraphs.forEach((p, pi) => {
    if (langs[pi] !== 'ru' && langs[pi] !== 'uk') return;
    const para = text.slice(p.start, p.end);
    re.lastIndex = 0;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      resolveOne(doc, w, m, p.start, refDay, out);
    }
  });
  return out;
}

let cachedRe: RegExp | null = null;
function dateRe(w: NonNullable<typeof words>): RegExp {
  if (cachedRe) return cachedRe;
  const months = [...w.month.keys()].join('|');
  const weekdays = [...w.weekday.keys()].map((k) => k.replace("'", "['’]")).join('|');
  const rel = [...w.relative.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '[ \\u00a0]+')).join('|');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?<night>(?:в|у)[ \\u00a0]+ночь[ \\u00a0]+на|(?:в|у)[ \\u00a0]+ніч[ \\u00a0]+на)[ \\u00a0]+)?` +
    `(?:(?<d1>\\d{1,2})(?:[-–](?<d2>\\d{1,2}))?[ \\u00a0]+(?<mon>${months})(?:[ \\u00a0]+(?<year>\\d{4})(?:[ \\u00a0]+(?:года|року|г\\.|р\\.))?)?` +
    `|(?:(?:в|во|у)[ \\u00a0]+)?(?<wd>${weekdays})|(?<rel>${rel}))(?![\\p{L}])`, 'giu');
  return (cachedRe = re);
}

function resolveOne(doc: Doc, w: NonNullable<typeof words>, m: RegExpExecArray, base: number, refDay: number | null, out: DateMention[]): void {
      const g = m.groups!;
      const start = base + m.index;
      const end = start + m[0].length;
      let date: string | null = null;
      let endDate: string | null = null;
      let rule = '';
      if (g['mon']) {
        const mon = w.month.get(g['mon'].toLowerCase())!;
        const d1 = Number(g['d1']);
        let year = g['year'] ? Number(g['year']) : refDay !== null ? new Date(refDay).getUTCFullYear() : null;
        if (year !== null && !g['year'] && refDay !== null && Date.UTC(year, mon - 1, d1) - refDay > 31 * DAY) year--;
        if (year !== null && d1 >= 1 && d1 <= 31) {
          date = iso(Date.UTC(year, mon - 1, d1));
          if (g['d2']) endDate = iso(Date.UTC(year, mon - 1, Number(g['d2'])));
        }
        rule = g['night'] ? 'ruuk-night-date' : 'ruuk-day-month';
      } else if (g['wd']) {
        const want = w.weekday.get(g['wd'].toLowerCase().replace(/’/g, "'"))!;
        if (refDay !== null) {
          const have = ((new Date(refDay).getUTCDay() + 6) % 7) + 1;
          date = iso(refDay - (((have - want) % 7 + 7) % 7) * DAY);
        }
        rule = g['night'] ? 'ruuk-night-weekday' : 'ruuk-weekday';
      } else if (g['rel']) {
        const v = w.relative.get(g['rel'].toLowerCase().replace(/[ \u00a0]+/g, ' '))!;
        if (refDay !== null) date = iso(refDay + v * DAY);
        rule = 'ruuk-relative';
      }
      const dm: DateMention = { text: doc.text.slice(start, end), start, end, date, precision: 'day', why: { stage: 'dates', rule } };
      if (endDate) dm.endDate = endDate;
      out.push(dm);
}

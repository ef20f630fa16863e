/**
 * Publication dates: the one strict reader of ISO-8601 dates and date-times, shared by the analyzer
 * and the command line (this module loads no language model, so the CLI can check flags cheaply).
 */

/** ISO-8601 date or date-time, as the CLI accepts it (`T` or a space; offset `Z`, `±hh:mm`, `±hhmm`). */
const ISO_PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Strict reading of a publication date: `instant` is the moment it names, `local` the date and
 * time as written (offset dropped) held in a Date's UTC fields. A date alone is noon of that day;
 * a date-time without an offset is read as UTC. Null for anything else, including dates that do
 * not exist (`2024-02-30`) and times past 23:59:59.
 */
export function readPublished(s: string | null | undefined): { instant: Date; local: Date } | null {
  if (!s) return null;
  const m = ISO_PUBLISHED.exec(s.trim());
  if (!m) return null;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > MONTH_DAYS[mo - 1]! + (mo === 2 && leap ? 1 : 0)) return null;
  const timed = m[4] !== undefined;
  const h = timed ? +m[4]! : 12, mi = timed ? +m[5]! : 0, sec = +(m[6] ?? 0);
  if (h > 23 || mi > 59 || sec > 59) return null;
  const ms = m[7] ? +m[7].slice(0, 3).padEnd(3, '0') : 0;
  let offset = 0; // minutes east of UTC
  if (m[9] !== undefined) {
    const oh = +m[10]!, om = +m[11]!;
    if (oh > 23 || om > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const local = new Date(0);
  local.setUTCFullYear(y, mo - 1, d);
  local.setUTCHours(h, mi, sec, ms);
  return { instant: new Date(local.getTime() - offset * 60_000), local };
}

/**
 * Parses a publication date: strict ISO-8601, a date (`2024-08-07`, read as noon UTC) or a
 * date-time with optional seconds and fraction and an optional `Z` or `±hh:mm` offset (none =
 * UTC). Returns the instant, or null when absent or invalid (`2024-02-30`, `garbage`); `analyze`
 * then resolves only dates written out in full, as with no publication date.
 */
export function parsePublished(s: string | null | undefined): Date | null {
  return readPublished(s)?.instant ?? null;
}

/**
 * The publication's own calendar date as written in `s` (`2024-08-07T01:30:00+03:00` →
 * `2024-08-07`, although the instant is 6 August in UTC): the day "today" and "yesterday" refer
 * to. Null when `s` is absent or invalid (see `parsePublished`).
 */
export function publishedDay(s: string | null | undefined): string | null {
  return readPublished(s)?.local.toISOString().slice(0, 10) ?? null;
}

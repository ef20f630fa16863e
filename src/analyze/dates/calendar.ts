/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), computed with a Date's UTC fields.
 * The `dates` stage's publication day is the date written in `published` (`Doc.publishedLocal`,
 * whose UTC fields hold the publication's own wall clock), not the UTC date of the instant.
 */

const DAY_MS = 86_400_000;

/** UTC day number of a timestamp. */
export function dayOf(d: Date): number {
  return Math.floor(d.getTime() / DAY_MS);
}

/** UTC day number of a calendar date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday starting the ISO week that holds `day`. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of a calendar date, zero-padded. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

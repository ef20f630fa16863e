/**
 * Small helpers for building parameterised PostgreSQL queries: numbered placeholders collected in
 * order, so that filter fragments can be combined without counting `$n` by hand.
 */
import { searchTerms } from '../../analyze/ruuk/search.js';

/** Arguments of one query; `p(v)` adds a value and returns its placeholder. */
export class Params {
  readonly values: unknown[] = [];

  /** Adds `v` and returns its placeholder (`$n`). */
  p(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }

  /** A copy, to build two queries (count and page) from one set of filters. */
  clone(): Params {
    const c = new Params();
    c.values.push(...this.values);
    return c;
  }
}

/** `WHERE a AND b`, or nothing. */
export const sqlWhere = (w: string[]): string => (w.length ? `WHERE ${w.join(' AND ')}` : '');

/** LIKE pattern for a substring, with `\` (PostgreSQL's default) as the escape character. */
export const likeSub = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** PostgreSQL text cannot hold U+0000: stored as U+FFFD (one code unit for one, so spans stay true). */
export const pgText = <T extends string | null | undefined>(s: T): T => (typeof s === 'string' && s.includes('\0') ? (s.replace(/\0/g, '\uFFFD') as T) : s);

/**
 * The words of a user's search text as a `to_tsquery` argument: each word a quoted term, all
 * required (`&`), ё folded to е. Operators and quotes in the text are never interpreted. Null when
 * the text has no words.
 */
export function tsQueryText(text: string): string | null {
  return tsQueryTexts(text)?.plain ?? null;
}

/**
 * The words of a user's search text as `to_tsquery` arguments: `plain` for the configurations that
 * stem by themselves (english, russian, simple), `stems` for Ukrainian (no stemmer in PostgreSQL):
 * each Cyrillic word of more than 3 letters as a prefix of its stem (`'харков':*` finds Харкові
 * and Харковом; src/analyze/ruuk/search.ts). Null when the text has no words.
 */
export function tsQueryTexts(text: string): { plain: string; stems: string } | null {
  const plain = plainTsQuery(text);
  if (plain === null) return null;
  const stems = searchTerms(text).map((t) => `'${t.stem}'${t.prefix ? ':*' : ''}`).join(' & ');
  return { plain, stems: stems || plain };
}

function plainTsQuery(text: string): string | null {
  const words = text.normalize('NFKC').replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е')).match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.slice(0, 32).map((w) => `'${w}'`).join(' & ');
}

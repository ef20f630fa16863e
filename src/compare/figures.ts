/**
 * Figures as analysts compare them (issue 9), for compare's quantity facts (src/compare/facts.ts):
 * - `figureScope`: which tally a figure is, from data/figure-scopes.tsv: the toll of one site inside
 *   the place ("two adults died at the hospital"), of the whole country ("more than 40 killed across
 *   the country"), a day's count ("over the past day") or a running total ("since the start of the
 *   full-scale invasion"). Figures of different scopes are never set against each other
 *   (`quantityWhat` in compare.ts keys them apart).
 * - `zeroFigures`: "none" as a figure, from data/zero-figures.tsv: "the aviation equipment at the
 *   airfield was not damaged" is 0 aircraft lost, set against "nine aircraft were destroyed". Read in
 *   the claim's content and in the sentences that carry on from it in the same paragraph without an
 *   attribution of their own ("..., the ministry stressed. The aviation equipment at the airfield was
 *   not damaged."): in wire copy those sentences are still the speaker's account.
 *   A statement that no one was killed or hurt ("no one was killed", «погибших нет», «Загиблих
 *   немає») is a toll of zero (killed or wounded, no side), set against "more than 60 killed".
 * Pure.
 */
import type { Analysis, Claim, Span } from '../analyze/types.js';
import { table } from '../lexicon/index.js';
import { grammarSet } from '../lexicon/grammar.js';
import { clauseBreakBetween, PhraseMatcher, compareLexicon, stemPhrase, stemPhraseAt, stemWord, stemWordHit, wordsOf, type StemWord, type Word } from './lexicon.js';
import { sideIn } from './speaker.js';
import type { ClaimRecord, Dispute, QuantityFact, Side, SpeakerInfo } from './types.js';
import { memo } from './docindex.js';
import { hasCyrillic } from '../util/index.js';
import { textKey } from './compare.js';
import { risingWords } from './rising.js';
import { zeroTollAt } from '../lexicon/zero-toll.js';
import { intervalOf } from './interval.js';

interface ScopeRow { scope: string; where: 'after' | 'near' }
interface ZeroRow { kind: 'negated' | 'none' | 'loss' | 'noun' | 'toll'; unit: string | null }

let lex: { scopes: PhraseMatcher<ScopeRow>; facilities: Set<string>; zero: PhraseMatcher<ZeroRow>; units: PhraseMatcher<string>; compounds: Set<string>; parts: PhraseMatcher<true> } | null = null;
function load(): NonNullable<typeof lex> {
  if (lex) return lex;
  const scopes = new PhraseMatcher<ScopeRow>();
  const parts = new PhraseMatcher<true>();
  const facilities = new Set<string>();
  const compounds = new Set<string>();
  const rows = table('figure-scopes.tsv');
  // «в ходе N атак»: one phrase per demonstrative or numeral row
  const numerals = rows.filter((r) => r[2] === 'numeral').map((r) => r[0]!);
  for (const [phrase, scope, where] of rows) {
    if (!phrase || !scope || where === 'numeral') continue;
    if (/(^|\s)N(\s|$)/.test(phrase)) {
      if (where !== 'after' && where !== 'near') throw new Error(`sitrep: data/figure-scopes.tsv: bad column "${where}" for "${phrase}"`);
      for (const n of numerals) scopes.add(phrase.replace(/(^|\s)N(?=\s|$)/, `$1${n}`), { scope, where });
    } else if (where === 'compound') compounds.add(phrase);
    else if (where === 'before' && scope === 'part') parts.add(phrase, true);
    else if (where === 'facility') {
      facilities.add(phrase);
      facilities.add(phrase + 's');
    } else if (where === 'after' || where === 'near') scopes.add(phrase, { scope, where });
    else throw new Error(`sitrep: data/figure-scopes.tsv: bad column "${where}" for "${phrase}"`);
  }
  const zero = new PhraseMatcher<ZeroRow>();
  const units = new PhraseMatcher<string>();
  for (const [phrase, kind, unit] of table('zero-figures.tsv')) {
    if (phrase && kind === 'narrow') continue; // read by src/lexicon/zero-toll.ts
    if (!phrase || (kind !== 'negated' && kind !== 'none' && kind !== 'loss' && kind !== 'noun' && kind !== 'toll')) throw new Error(`sitrep: data/zero-figures.tsv: bad row "${phrase}"`);
    if (kind === 'noun') units.add(phrase, unit!);
    else if (kind === 'toll') {
      if (unit !== 'killed' && unit !== 'wounded') throw new Error(`sitrep: data/zero-figures.tsv: bad toll unit for "${phrase}"`);
      zero.add(phrase, { kind, unit });
    } else zero.add(phrase, { kind, unit: null });
  }
  // Equipment nouns of data/units.tsv, singular and regular plural ("aircraft", "tanks", "warplanes").
  for (const [surface, unit, cls] of table('units.tsv')) {
    if (cls !== 'equipment' || !surface || !unit) continue;
    units.add(surface, unit);
    const ws = surface.split(' ');
    const last = ws.pop()!;
    units.add([...ws, last.endsWith('y') ? last.slice(0, -1) + 'ies' : last.endsWith('s') ? last + 'es' : last + 's'].join(' '), unit);
  }
  return (lex = { scopes, facilities, zero, units, compounds, parts });
}

/** Words that end a clause for scope reading (a comma does not: "Over the past day, the enemy lost ..."). */
const CLAUSE_END = /[.;!?]/;
/**
 * Marks that end the stretch of words a `span` phrase is read in ("атаке дронов (188
 * беспилотников), а ... за три дня" is not 188's), once asides are taken out (`withoutAsides`).
 */
const PIECE_END = /[,;:()—–]/;

/** `gap` with an aside between two commas or in brackets taken out («, по данным Минобороны,», «(по уточнённым данным)»). */
function withoutAsides(gap: string): string {
  return gap.replace(/\([^()]*\)/g, ' ').replace(/,[^,;:()—–]*,/g, ' ');
}

/** The scope of a `span` phrase: "span:" and its words («span:за три дня»), so that other windows are other tallies. */
function spanScope(words: Word[], from: number, to: number): string {
  return 'span:' + words.slice(from, to).map((w) => w.w.toLowerCase().replace(/ё/g, 'е')).join(' ');
}
const REACH = 8;

/**
 * The scope of the figure at [start, end) in `text` (see the module comment): `country`, `site`,
 * `day`, `total`, `span:<phrase>` (a sum over several strikes or days: «span:за три дня»), or null (the place's own tally, or one strike's: "the overnight strike" names
 * no tally).
 */
export function figureScope(text: string, start: number, end: number): string | null {
  if (hospitalDeaths(text, start, end)) return 'hospital';
  const { scopes, facilities } = load();
  // the figure's sentence piece: up to REACH words either side, not across a sentence end
  const after = wordsOf(text, end, Math.min(text.length, end + 160));
  let na = 0;
  while (na < after.length && na < REACH + 4 && !CLAUSE_END.test(text.slice(na === 0 ? end : after[na - 1]!.end, after[na]!.start))) na++;
  const before = wordsOf(text, Math.max(0, start - 160), start);
  let nb = before.length;
  while (nb > 0 && before.length - nb < REACH + 4 && !CLAUSE_END.test(text.slice(before[nb - 1]!.end, nb === before.length ? start : before[nb]!.start))) nb--;
  const ahead = after.slice(0, na);
  const behind = before.slice(nb);
  // a sum over several strikes or days is read only in the figure's own stretch of words (PIECE_END)
  for (let i = 0; i < Math.min(ahead.length, REACH); i++) {
    const m = scopes.matchAt(ahead, i);
    if (!m) continue;
    if (m.row.scope === 'span') {
      if (PIECE_END.test(withoutAsides(text.slice(end, ahead[i]!.start)))) continue;
      return spanScope(ahead, i, m.end);
    }
    // "the overnight strike": when one strike happened, no tally
    if (m.row.scope === 'incident') {
      i = m.end - 1;
      continue;
    }
    if (m.row.scope === 'site') {
      // "at the hospital", "in the children's hospital": the facility noun within two words, right after the figure
      if (i > 1) continue;
      for (let k = m.end; k < Math.min(ahead.length, m.end + 3); k++) if (facilities.has(ahead[k]!.w)) return 'site';
      continue;
    }
    return m.row.scope;
  }
  for (let i = 0; i < behind.length; i++) {
    const m = scopes.matchAt(behind, i);
    if (m && m.row.scope === 'incident') i = m.end - 1;
    else if (m && m.row.scope === 'span') {
      const gap = withoutAsides(text.slice(behind[m.end - 1]!.end, start));
      if (!PIECE_END.test(gap)) return spanScope(behind, i, m.end);
      // a span that opens its sentence scopes the clause after its comma ("Since the start of the
      // year, 412 civilians have been killed", «С начала года, по данным ..., сбиты 3 тыс. дронов»)
      if (i === 0 && opensSentence(text, behind[0]!.start) && /^\s*,[^,;:()—–]*$/.test(gap)) return spanScope(behind, i, m.end);
      i = m.end - 1;
    }
    else if (m && m.row.where === 'near' && m.row.scope !== 'site') return m.row.scope;
  }
  return null;
}


/** Whether `at` opens a sentence of `text`: only spaces, quotation marks or dashes stand after the text's start or the last sentence end or line break before it. */
function opensSentence(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 40), at);
  if (/[.!?\n][\s"«»“”—–-]*$/.test(head)) return true;
  return at <= 40 && /^[\s"«»“”—–-]*$/.test(head);
}

/**
 * Whether a `part` phrase of data/figure-scopes.tsv ("including", "among them", «в том числе», «з
 * них») ends right before the figure at `start` (only spaces between): the figure names a part of
 * a count said before it ("all 18 missiles ..., including six Kinzhal"). facts.ts makes it a tally
 * of its own (scope `part`) when the claim has a larger count of the same unit before it.
 */
export function partBefore(text: string, start: number): boolean {
  const { parts } = load();
  const before = wordsOf(text, Math.max(0, start - 40), start);
  if (before.length === 0 || /\S/.test(text.slice(before[before.length - 1]!.end, start))) return false;
  for (let i = Math.max(0, before.length - 4); i < before.length; i++) {
    const m = parts.matchAt(before, i);
    if (m && m.end === before.length) return true;
  }
  return false;
}

let hospitalRows: { die: StemWord[][]; hospital: StemWord[][] } | null = null;
function hospitalLex(): NonNullable<typeof hospitalRows> {
  if (hospitalRows) return hospitalRows;
  const die: StemWord[][] = [];
  const hospital: StemWord[][] = [];
  for (const [phrase, kind] of table('hospital-deaths.tsv')) {
    if (!phrase || (kind !== 'die' && kind !== 'hospital')) throw new Error(`sitrep: data/hospital-deaths.tsv: bad row "${phrase}"`);
    (kind === 'die' ? die : hospital).push(stemPhrase(phrase));
  }
  return (hospitalRows = { die, hospital });
}

/** Words that join a second count to the clause of a verb of dying ("two died and one was hospitalised"; data/grammar-words.tsv `die-join`). */
const DIE_JOINS = grammarSet('die-join');

/**
 * Whether the figure at [start, end) of `text` counts the hurt who died later in hospital (data/
 * hospital-deaths.tsv): a verb of dying within three words after it or two before it, in its
 * clause, and a hospital phrase either earlier in its sentence ("eight hurt were taken to hospital,
 * one of them died") or right after that verb ("two more died in hospital"). Such deaths are part
 * of a toll told elsewhere, not a toll of their own (scope `hospital`).
 */
export function hospitalDeaths(text: string, start: number, end: number): boolean {
  const { die, hospital } = hospitalLex();
  const norm = (ws: Word[]): string[] => ws.map((w) => w.w.replace(/ё/g, 'е'));
  const clauseEnd = /[,.;:!?()\n—–]/;
  const after = wordsOf(text, end, Math.min(text.length, end + 80));
  const before = wordsOf(text, Math.max(0, start - 40), start);
  let verb: Word | null = null;
  let verbAt = -1;
  const a = norm(after);
  for (let i = 0; i < Math.min(3, after.length); i++) {
    if (clauseEnd.test(text.slice(i === 0 ? end : after[i - 1]!.end, after[i]!.start))) break;
    if (die.some((r) => stemPhraseAt(a, i, r))) { verb = after[i]!; verbAt = i; break; }
  }
  if (!verb) {
    const b = norm(before);
    for (let k = 1; k <= Math.min(2, before.length); k++) {
      const i = before.length - k;
      if (clauseEnd.test(text.slice(before[i]!.end, k === 1 ? start : before[i + 1]!.start))) break;
      if (die.some((r) => stemPhraseAt(b, i, r))) { verb = before[i]!; break; }
    }
    if (!verb) return false;
  }
  // right after the verb (after the figure, when the verb stands before it): "died in hospital",
  // «скончался в больнице», «скончались 2 человека в больнице», «помер у лікарні»
  const gapFrom = verbAt >= 0 ? verb.end : end;
  for (let i = verbAt + 1; i < Math.min(after.length, verbAt + 4); i++) {
    if (clauseEnd.test(text.slice(i === verbAt + 1 ? gapFrom : after[i - 1]!.end, after[i]!.start))) break;
    if (/\p{N}/u.test(a[i]!) || DIE_JOINS.has(a[i]!)) break;
    if (hospital.some((r) => stemPhraseAt(a, i, r))) return true;
  }
  // earlier in the sentence: «в больницу доставлены 8 пострадавших ..., один человек скончался»
  const from = Math.max(0, start - 300);
  const head = text.slice(from, start);
  const cut = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf(';'), head.lastIndexOf('\n'));
  const ws = norm(wordsOf(text, from + cut + 1, start));
  return ws.some((_, i) => hospital.some((r) => stemPhraseAt(ws, i, r)));
}

/** Zero figures in `words` (see the module comment), said by a speaker of side `speakerSide`. */
function zerosIn(text: string, words: Word[], speaker: SpeakerInfo): QuantityFact[] {
  const { zero, units } = load();
  const out: QuantityFact[] = [];
  const own: Side | null = speaker.official === false ? null : speaker.side;
  const fact = (unit: string, from: number, to: number, side: Side | null): QuantityFact => ({
    value: 0, high: null, bound: 'exact', unit, frame: 'loss', vague: false, subjectSide: side ?? own,
    text: text.slice(words[from]!.start, words[to - 1]!.end), start: words[from]!.start, end: words[to - 1]!.end,
  });
  const clauseBreak = (a: number, b: number): boolean => clauseBreakBetween(text, words, a, b);
  for (let i = 0; i < words.length; i++) {
    const m = zero.matchAt(words, i);
    if (!m) continue;
    if (m.row.kind === 'toll') {
      // "no one was killed": a toll of zero, whoever's dead (a toll names no side), of the scope its
      // words give; not "no reports of deaths", «информации о погибших нет» (nothing known is no zero)
      // nor "no one was seriously hurt" (a narrower tally): src/lexicon/zero-toll.ts, shared with the
      // analyzer's own-voice claims
      const t = zeroTollAt(words, i);
      if (t?.zero) {
        const start = words[i]!.start;
        const end = words[t.end - 1]!.end;
        out.push({ value: 0, high: null, bound: 'exact', unit: t.unit, frame: 'event', vague: false, subjectSide: null, text: text.slice(start, end), start, end, scope: figureScope(text, start, end) });
      }
      i = m.end - 1;
    } else if (m.row.kind === 'negated') {
      // the thing named before the predicate, in its clause: the nearest unit noun
      for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
        if (clauseBreak(k, k + 1)) break;
        // a multi-word noun may start a word or two earlier ("aviation equipment")
        let hit: { row: string; end: number; from: number } | null = null;
        for (let s = Math.max(0, k - 2); s <= k; s++) {
          const u = units.matchAt(words, s);
          if (u && u.end === k + 1 && (!hit || s < hit.from)) hit = { ...u, from: s };
        }
        if (hit) {
          out.push(fact(hit.row, hit.from, m.end, sideIn(words, Math.max(0, hit.from - 3), hit.from, null, true)));
          break;
        }
      }
      i = m.end - 1;
    } else if (m.row.kind === 'none') {
      // "no (Russian) aircraft were damaged": none + up to two words + a unit noun + up to three words + a loss verb
      for (let s = m.end; s < Math.min(words.length, m.end + 3); s++) {
        const u = units.matchAt(words, s);
        if (!u) continue;
        for (let k = u.end; k < Math.min(words.length, u.end + 4); k++) {
          if (clauseBreak(k - 1, k)) break;
          const l = zero.matchAt(words, k);
          if (l && l.row.kind === 'loss') {
            out.push(fact(u.row, i, l.end, sideIn(words, m.end, s, null, false)));
            break;
          }
        }
        break;
      }
    }
  }
  return out;
}

/**
 * Zero figures of `claim`: in its content, and in the sentences after it in its paragraph that no
 * claim holds (up to the first sentence that some claim holds).
 */
export function zeroFigures(analysis: Analysis, claim: Claim, speaker: SpeakerInfo): QuantityFact[] {
  const text = analysis.text;
  const frags: readonly Span[] = claim.content;
  if (frags.length === 0) return [];
  const out: QuantityFact[] = [];
  for (const f of frags) out.push(...zerosIn(text, wordsOf(text, f.start, f.end), speaker));
  const last = frags[frags.length - 1]!;
  const para = (analysis.paragraphs ?? []).find((p) => p.start <= last.start && last.end <= p.end);
  if (!para) return out;
  const claimed = memo(analysis, 'figures:claimed', () => analysis.claims.flatMap((c) => c.content).sort((a, b) => a.start - b.start));
  for (const s of analysis.sentences ?? []) {
    if (s.start < last.end) continue;
    if (s.start >= para.end) break;
    if (claimed.some((c) => c.start < s.end && c.end > s.start)) break;
    out.push(...zerosIn(text, wordsOf(text, s.start, s.end), speaker));
  }
  return out;
}

/** Person units whose count a casualty word next to it makes a toll. */
const PERSON_UNITS = new Set(['people', 'troops', 'fighters', 'civilians', 'officers']);
/** Russian and Ukrainian casualty stems (data/figure-scopes.tsv has none: they are few and fixed here as data below). */
let casualty: [string, string][] | null = null;
function casualtyStems(): [string, string][] {
  return (casualty ??= table('figure-casualty-ruuk.tsv').map((r) => [r[0]!, r[1]!] as [string, string]));
}

let asides: string[] | null = null;
/**
 * Whether `gap` (the text between a word and a count) is one aside between commas that opens with
 * a phrase of data/figure-asides-ruuk.tsv (", по данным, ", ", за попередніми даними, ").
 */
function asideGap(gap: string): boolean {
  const m = /^\s*,\s*([^,]+?)\s*,\s*$/u.exec(gap);
  if (!m) return false;
  asides ??= table('figure-asides-ruuk.tsv').map((r) => r[0]!).filter(Boolean);
  const inner = m[1]!.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  return asides.some((a) => inner === a || inner.startsWith(a + ' '));
}

/**
 * The casualty unit of a Russian or Ukrainian person count with a casualty word right before the
 * number or right after the count ("погибли 63 российских военнослужащих", "знищення близько 400
 * мобілізованих військовослужбовців", "300 поранено"): `killed` or `wounded`, else null. English
 * counts get theirs from the quantities stage.
 */
export function ruukCasualtyUnit(text: string, start: number, end: number, unit: string): string | null {
  if (!PERSON_UNITS.has(unit) || !hasCyrillic(text.slice(start, end))) return null;
  // an aside between commas right before the count is passed over to the one word before it
  // ("Погибли, по данным, 35 человек"; not "погибли двое, по данным полиции, 134 человека")
  const from = Math.max(0, start - 80);
  const aside = /,[^,.!?;\d]+,\s*$/u.exec(text.slice(from, start));
  const s0 = aside && asideGap(aside[0]) ? from + aside.index : start;
  const before = wordsOf(text, Math.max(0, s0 - 40), s0).slice(s0 < start ? -1 : -3);
  // (a word of how bad, unit `-`, is passed over: «получили легкие ранения»)
  const after = wordsOf(text, end, Math.min(text.length, end + 40)).filter((w) => !casualtyStems().some(([stem, u]) => u === '-' && w.w.startsWith(stem))).slice(0, 2);
  // not across a sentence end, nor before past another count ("загинули 35 людей, 134 людини госпіталізовані")
  const near = [...before.filter((w) => !/[.!?,;\d]/.test(text.slice(w.end, s0))), ...after.filter((w) => !/[.!?]/.test(text.slice(end, w.start)))];
  for (const w of near) for (const [stem, u] of casualtyStems()) if (u !== '-' && w.w.startsWith(stem)) return u;
  return null;
}

/**
 * The casualty unit of a Russian or Ukrainian bare count (no unit: a digit or a collective numeral)
 * followed in its clause by a casualty word within two words («ещё 12 ранены», «ще 14 поранені»,
 * «ещё трое получили ранения», «ще двоє поранені»; a word of how bad, «легкие», is passed over):
 * `killed` or `wounded`, else null. Years are no counts.
 */
export function ruukBareCasualty(text: string, start: number, end: number): string | null {
  if (!hasCyrillic(text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)))) return null;
  if (/^(1[89]|20)\d\d$/.test(text.slice(start, end).trim())) return null;
  const after = wordsOf(text, end, Math.min(text.length, end + 40)).filter((w) => !casualtyStems().some(([stem, u]) => u === '-' && w.w.startsWith(stem))).slice(0, 2);
  for (const w of after) {
    if (/[.!?,;:()\n—–]/.test(text.slice(end, w.start))) break;
    for (const [stem, u] of casualtyStems()) if (u !== '-' && w.w.startsWith(stem)) return u;
  }
  return null;
}

/** Genitive plural endings of a substantivised participle or adjective («погибших», «раненых», «загиблих»). */
const GEN_PLURAL = /(ых|их)$/u;
/** How many words before a count its casualty head may stand («Число погибших в Сумах выросло до 11»; «Число жертв удара ВСУ по автобусу в Новой Каховке выросло с 4 до 5»: ten, lane realru14). */
const HEAD_REACH = 10;

/**
 * The casualty unit of a Russian or Ukrainian count whose head is a casualty word in the genitive
 * plural earlier in its clause, the count standing for the number of those people: «Число
 * пострадавших от удара выросло до 14», «Кількість загиблих зросла до 12 людей», «Погибших уже 8,
 * среди них двое детей». The word must end a substantivised participle or adjective (-ых/-их) and
 * start with a stem of data/figure-casualty-ruuk.tsv; no other number, and no clause mark or comma
 * (. , ; : ! ? or a line break: «Число погибших уточняется, под завалами 5 человек»), may stand
 * between it and the count; the count must have no unit
 * (then it must end its clause: a comma, a clause mark, a dash or the end of the text follows) or
 * count people (data/units.tsv person units). `killed` or `wounded`, else null.
 */
export function ruukTollHead(text: string, start: number, end: number, unit: string | null): string | null {
  if (unit !== null && !PERSON_UNITS.has(unit) && unit !== 'people') return null;
  if (!hasCyrillic(text.slice(Math.max(0, start - 60), start))) return null;
  if (unit === null && !/^\s*(?:[,.;:!?\n—–)]|$)/u.test(text.slice(end, end + 3))) return null;
  const before = wordsOf(text, Math.max(0, start - 160), start);
  // a rise told from the old count to the new («выросло с 4 до 5», «зросла з 4 до 5»): the old count is
  // passed over (lane realru14)
  let last = before.length - 1;
  // (the count may hold its «до»: the quantities stage reads «до 5» as one count)
  if (last >= 0 && before[last]!.w === 'до') last--;
  if (last >= 1 && /^\d+$/.test(before[last]!.w) && /^(с|со|з|із)$/u.test(before[last - 1]!.w)) last -= 2;
  for (let i = last, n = 0; i >= 0 && n < HEAD_REACH; i--, n++) {
    const w = before[i]!;
    if (/[.,;:!?\n]/.test(text.slice(w.end, i === before.length - 1 ? start : before[i + 1]!.start))) return null;
    if (/\d/.test(w.w)) return null;
    const head = figureHeads().find((h) => h.kind === 'head' && (h.whole ? w.w === h.stem : w.w.startsWith(h.stem)));
    if (head) return head.unit;
    if (!GEN_PLURAL.test(w.w)) continue;
    for (const [stem, u] of casualtyStems()) if (w.w.startsWith(stem)) return u;
  }
  return null;
}

interface FigureHead { stem: string; whole: boolean; unit: string; kind: 'loss' | 'head' }
let heads: FigureHead[] | null = null;
/** The rows of data/figure-heads-ruuk.tsv. */
function figureHeads(): FigureHead[] {
  if (heads) return heads;
  const out: FigureHead[] = [];
  for (const [stem, unit, kind] of table('figure-heads-ruuk.tsv')) {
    if (!stem || !unit || (kind !== 'loss' && kind !== 'head')) throw new Error(`sitrep: data/figure-heads-ruuk.tsv: bad row "${stem ?? ''}"`);
    const whole = stem.endsWith('=');
    out.push({ stem: whole ? stem.slice(0, -1) : stem, whole, unit, kind });
  }
  return (heads = out);
}

/**
 * Where a word of a side's losses (data/figure-heads-ruuk.tsv `loss`) starts before a Russian or Ukrainian
 * count of people (data/units.tsv person units) in its clause, or null: «ВСУ потеряли за сутки на курском
 * направлении более 250 военнослужащих», «Потери противника составили до 480 военнослужащих». Such a count is
 * a toll of casualties, and the side named with the loss word («ВСУ потеряли», «Потери ВСУ») is whose.
 * Up to HEAD_REACH (ten) words before the count, with no other number, comma or clause mark between.
 */
export function lossHeadAt(text: string, start: number, unit: string | null): number | null {
  if (unit === null || (!PERSON_UNITS.has(unit) && unit !== 'people')) return null;
  if (!hasCyrillic(text.slice(Math.max(0, start - 60), start))) return null;
  const before = wordsOf(text, Math.max(0, start - 160), start);
  for (let i = before.length - 1, n = 0; i >= 0 && n < HEAD_REACH; i--, n++) {
    const w = before[i]!;
    if (/[.,;:!?\n()]/.test(text.slice(w.end, i === before.length - 1 ? start : before[i + 1]!.start))) return null;
    if (/\d/.test(w.w)) return null;
    const lw = w.w.toLowerCase().replace(/ё/g, 'е');
    if (figureHeads().some((h) => h.kind === 'loss' && (h.whole ? lw === h.stem : lw.startsWith(h.stem)))) return w.start;
  }
  return null;
}

let enHeads: { heads: PhraseMatcher<string>; links: Set<string> } | null = null;
function enHeadLex(): NonNullable<typeof enHeads> {
  if (enHeads) return enHeads;
  const heads = new PhraseMatcher<string>();
  const links = new Set<string>();
  for (const [phrase, kind, unit] of table('toll-heads-en.tsv')) {
    if (!phrase || (kind !== 'head' && kind !== 'link') || (kind === 'head' && !unit)) throw new Error(`sitrep: data/toll-heads-en.tsv: bad row "${phrase ?? ''}"`);
    if (kind === 'link') links.add(phrase);
    else heads.add(phrase, unit!);
  }
  return (enHeads = { heads, links });
}
/** How many words before an English count its toll head may stand ("The death toll from Friday's Russian missile strike on an apartment block in Uman rose to 23"). */
const EN_HEAD_REACH = 16;

/**
 * The casualty unit of an English count that names no unit of its own but stands for a tally named
 * earlier in its clause (data/toll-heads-en.tsv): "The death toll from the strike rose to 23", "the
 * number of people injured has risen to 117", "a death toll of at least 12". A link word ("to",
 * "at", "of", "reached") must stand right before the count, the head within EN_HEAD_REACH words
 * before that, with no sentence mark, colon or other number between them; the count must have no
 * unit, or count people ("rose to 23 people"), and no percent sign or "percent" after it. The
 * head's unit (`killed`, `wounded`, `casualties`), else null.
 */
export function enTollHead(text: string, start: number, end: number, unit: string | null): string | null {
  if (unit !== null && unit !== 'people') return null;
  if (hasCyrillic(text.slice(Math.max(0, start - 60), start))) return null;
  if (/^\s*(?:%|percent\b|per\b|times\b)/i.test(text.slice(end, end + 12))) return null;
  const { heads, links } = enHeadLex();
  const before = wordsOf(text, Math.max(0, start - 200), start);
  const link = before.length - 1;
  if (link < 1 || !links.has(before[link]!.w) || /[^\s]/.test(text.slice(before[link]!.end, start))) return null;
  for (let i = link - 1; i >= Math.max(0, link - EN_HEAD_REACH); i--) {
    const w = before[i]!;
    if (/[.;:!?\n]/.test(text.slice(w.end, before[i + 1]!.start))) return null;
    if (/\d/.test(w.w)) return null;
    const m = heads.matchAt(before, i);
    if (m && m.end <= link) return m.row;
  }
  return null;
}

/** Words that join two casualty heads into one tally («погибших и раненых», «загиблих і поранених»). */
const JOIN_WORDS = new Set(['и', 'і', 'та', 'й']);

/**
 * The casualty heads of a tally standing before [start, ...) in its clause («погибших и раненых — »)
 * or right after [.., end) («сотни убитых и раненых»): their units, in order, or [] when there is none.
 */
function tallyHeads(text: string, start: number, end: number): string[] {
  const unitOf = (w: string): string | null => {
    if (!GEN_PLURAL.test(w)) return null;
    for (const [stem, u] of casualtyStems()) if (u !== '-' && w.startsWith(stem)) return u;
    return null;
  };
  const chain = (ws: Word[]): string[] => {
    const units: string[] = [];
    for (let i = 0; i < ws.length; i++) {
      const u = unitOf(ws[i]!.w);
      if (!u) break;
      units.push(u);
      if (!JOIN_WORDS.has(ws[i + 1]?.w ?? '')) break;
      i++;
    }
    return units;
  };
  const after = wordsOf(text, end, Math.min(text.length, end + 60)).filter((w) => !/[.!?,;:\n—–]/.test(text.slice(end, w.start)));
  const ahead = chain(after);
  if (ahead.length) return ahead;
  const before = wordsOf(text, Math.max(0, start - 160), start);
  // the nearest head before, and the heads joined to it on its left («погибших и раненых»)
  for (let i = before.length - 1, n = 0; i >= 0 && n < HEAD_REACH; i--, n++) {
    const w = before[i]!;
    if (/[.,;:!?\n]/.test(text.slice(w.end, i === before.length - 1 ? start : before[i + 1]!.start))) return [];
    if (!unitOf(w.w)) continue;
    let j = i;
    while (j >= 2 && JOIN_WORDS.has(before[j - 1]!.w) && unitOf(before[j - 2]!.w)) j -= 2;
    return chain(before.slice(j, i + 1));
  }
  return [];
}

/**
 * A Russian or Ukrainian vague amount (quantities rule `ruuk-vague`, data/vague-amounts-ruuk.tsv)
 * as a casualty figure, or null when it is none (then compare passes it over, as before this lane):
 *  - the toll of one casualty head («погибших — сотни», «сотни погибших»): its interval, that unit;
 *  - a joint tally of the dead and the wounded («погибших и раненых — сотни»): killed and wounded
 *    together are no count of either, and more of them than an official count of the dead is no
 *    contradiction: unit `casualties`;
 *  - unless the speaker rejects a lower order of magnitude («сотни, а не десятки», «не десятки, а
 *    сотни»): that answers an official count of the dead in that order («63 погибших» are dozens), so
 *    the figure says the dead are at least the rejected order's top (unit killed, at least 100).
 * A rejected magnitude before the figure («не десятки, а сотни») is passed over to find the head.
 */
export function ruukVagueTally(text: string, q: { start: number; end: number; unit: string | null; value: number; high?: number | null }, rejected: (w: string) => [number, number] | null): { unit: string; value: number; high: number | null; bound: 'range' | 'at_least' } | null {
  const { start, end, unit } = q;
  // a tally of a part of the people («серед них постраждалих одиниці», "among them") is no toll
  const clause = text.slice(Math.max(0, start - 80), start).split(/[.!?;\n]/u).pop() ?? '';
  if (/(?:^|[^\p{L}])(?:серед|среди|из|з|із)[ \u00a0]+них(?![\p{L}])/iu.test(clause)) return null;
  if (!hasCyrillic(text.slice(start, end))) return null;
  if (unit !== null && !PERSON_UNITS.has(unit) && unit !== 'people') return null;
  // the rejected magnitude: «..., а не десятки» after, «не десятки, а ...» before
  const post = /^[ \u00a0]*,?[ \u00a0]*(?:а|но|але)?[ \u00a0]*не[ \u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 40));
  const pre = /(?:^|[^\p{L}])не[ \u00a0]+(\p{L}+)[ \u00a0]*,?[ \u00a0]*(?:а|но|але)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  const rej = (post && rejected(post[1]!)) || (pre && rejected(pre[1]!)) || null;
  const from = pre && rejected(pre[1]!) ? start - pre[0].length + (pre[0].search(/не/u)) : start;
  let heads = tallyHeads(text, from, end);
  // a count of people with a casualty word next to it («сотни человек погибли»)
  if (!heads.length && unit !== null) {
    const u = ruukCasualtyUnit(text, start, end, unit);
    if (u) heads = [u];
  }
  if (!heads.length) return null;
  const joint = new Set(heads).size > 1;
  if (!joint) return { unit: heads[0]!, value: q.value, high: q.high ?? null, bound: 'range' };
  if (rej && rej[1] <= q.value && heads.includes('killed')) return { unit: 'killed', value: rej[1], high: null, bound: 'at_least' };
  return { unit: 'casualties', value: q.value, high: q.high ?? null, bound: 'range' };
}

/**
 * Whether a figures dispute is one side's official voices raising their count over time (84
 * wounded in the morning from the emergency service, "more than a hundred" the next day from
 * officials; a ministry's 63 dead, then 89): every speaker has the same known side (a voice of no
 * known side counts only when no voice of a known side gives its position in the same text) and none is an
 * unofficial voice (a war blogger against his own ministry stays a dispute), and ordered by when
 * they were published, each side's figure is at least the one before. An update, not a dispute.
 */
export function sameSideUpdate(d: Dispute, byId: ReadonlyMap<string, ClaimRecord>): boolean {
  // a voice of no known side in a text where a voice of a known side gives the same position (a
  // caption or a second attribution in the story that quotes the official) adds no account of its own
  // (the claim is passed over, not its speaker's name: a same-named voice of no side in a text of
  // its own, "residents" of another story, still counts)
  const speakers: { side: string | null; official: boolean | null }[] = [];
  for (const s of d.sides) {
    const known = new Set(s.claims.filter((c) => byId.get(c)?.speaker?.side).map((c) => byId.get(c)!.documentId));
    for (const c of s.claims) {
      const r = byId.get(c);
      if (!r) return false;
      if (!r.speaker?.side && known.has(r.documentId) && r.speaker?.name) continue;
      speakers.push({ side: r.speaker?.side ?? null, official: r.speaker?.official ?? null });
    }
  }
  const sides = new Set(speakers.map((s) => s.side));
  if (sides.size !== 1 || sides.has(null) || speakers.some((s) => s.official === false)) return false;
  const when = (s: Dispute['sides'][number]): number => Math.max(...s.claims.map((c) => Date.parse(byId.get(c)?.published ?? '') || 0));
  const ordered = [...d.sides].sort((a, b) => when(a) - when(b));
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!.interval;
    const cur = ordered[i]!.interval;
    if (!prev || !cur || when(ordered[i]!) === when(ordered[i - 1]!) || cur[0] < prev[0]) return false;
  }
  return true;
}

let personLex: { en: Map<string, string>; ruuk: [string, string][]; units: Set<string>; events: Map<string, string>; links: Set<string> } | null = null;
/**
 * The people nouns of data/units.tsv (class person; English with their plurals) and their
 * Russian/Ukrainian stems in data/units-ruuk.tsv, each with its unit; `units` are the person units;
 * also the one-word event and link nouns of units.tsv.
 */
export function personLexicon(): NonNullable<typeof personLex> {
  if (personLex) return personLex;
  const en = new Map<string, string>();
  const events = new Map<string, string>();
  const links = new Set<string>();
  const personUnits = new Set<string>();
  for (const [surface, unit, cls] of table('units.tsv')) {
    if (!surface || !unit) continue;
    if (cls === 'event' && !surface.includes(' ')) events.set(surface, unit);
    else if (cls === 'link' && !surface.includes(' ')) links.add(surface);
    if (cls !== 'person' || surface.includes(' ')) continue;
    personUnits.add(unit);
    en.set(surface, unit);
    en.set(surface + 's', unit);
    if (surface.endsWith('y')) en.set(surface.slice(0, -1) + 'ies', unit);
  }
  const ruuk = table('units-ruuk.tsv').filter((r) => r[0] && personUnits.has(r[1] ?? '')).map((r) => [r[0]!, r[1]!] as [string, string]);
  return (personLex = { en, ruuk, units: personUnits, events, links });
}

/** What may stand between the words of a counted noun phrase: spaces and quotation marks. */
const GAP = /^[\s\u00a0"“”«»„]+$/u;

/** How many describing words may stand between a bare number and the people it counts. */
const UNIT_REACH = 4;
/** A Latin plural noun (lower case, ending in -s or -men): "nationalists", "saboteurs", "fishermen". */
const PLURAL_NOUN = /^[a-z][a-z-]*(?:[^s']s|men)$/;

/**
 * The people counted by a number the quantities stage left without a unit, because more
 * describing words stand between them than it reads ("about 400 newly mobilised Russian soldiers
 * were killed", "близько 400 мобілізованих російських військовослужбовців"): the first person
 * noun (data/units.tsv class person, data/units-ruuk.tsv stems of those units) within UNIT_REACH
 * words after `end`, with nothing but spaces between the words; an English casualty word right
 * after the noun (links such as "were" allowed) gives the unit instead ("soldiers were killed" →
 * killed). Returns the unit and the end of the noun, or null.
 */
export function unitAfter(text: string, end: number): { unit: string; end: number } | null {
  const lexp = personLexicon();
  const after = wordsOf(text, end, Math.min(text.length, end + 120));
  for (let i = 0; i < Math.min(after.length, UNIT_REACH); i++) {
    const w = after[i]!;
    // spaces, and quotation marks around the noun ('up to 180 "foreign mercenaries" were killed')
    if (!GAP.test(text.slice(i === 0 ? end : after[i - 1]!.end, w.start))) return null;
    if (/^\p{N}/u.test(w.w)) return null;
    let unit = lexp.en.get(w.w) ?? null;
    if (!unit && hasCyrillic(w.w)) for (const [stem, u] of lexp.ruuk) if (w.w.startsWith(stem)) { unit = u; break; }
    // "... soldiers were killed": the casualty word after the noun, in its clause
    const casualty = (): string | null => {
      for (let k = i + 1; k < Math.min(after.length, i + 4); k++) {
        if (!GAP.test(text.slice(after[k - 1]!.end, after[k]!.start))) break;
        const ev = lexp.events.get(after[k]!.w);
        if (ev) return ev;
        if (!lexp.links.has(after[k]!.w)) break;
      }
      return null;
    };
    if (!unit) {
      // "more than 200 Ukrainian nationalists had been killed": a plural noun the lexicon lacks is
      // counted by the casualty word that governs it in its clause
      const ev = PLURAL_NOUN.test(w.w) && !lexp.links.has(w.w) ? casualty() : null;
      if (ev) return { unit: ev, end: w.end };
      continue;
    }
    return { unit: casualty() ?? unit, end: w.end };
  }
  return null;
}

/** Whether a settlements figure is a compound's first noun ("more than 100 town halls"): no count of settlements. */
export function settlementCompound(text: string, end: number, unit: string): boolean {
  if (unit !== 'settlements') return false;
  const next = wordsOf(text, end, Math.min(text.length, end + 20))[0];
  return !!next && /^\s*$/.test(text.slice(end, next.start)) && load().compounds.has(next.w);
}

interface RuukFrameRow extends StemWord { what: 'loss' | 'launched' | 'more' | 'update' | 'vague'; where: 'near' | 'before' | 'line' | 'self' }
let ruukFrames: RuukFrameRow[] | null = null;
function ruukFrameRows(): RuukFrameRow[] {
  if (ruukFrames) return ruukFrames;
  const rows: RuukFrameRow[] = [];
  for (const [stem, what, where] of table('figure-frames-ruuk.tsv')) {
    if (!stem || (what !== 'loss' && what !== 'launched' && what !== 'more' && what !== 'update' && what !== 'vague') || (where !== 'near' && where !== 'before' && where !== 'line' && where !== 'self')) {
      throw new Error(`sitrep: data/figure-frames-ruuk.tsv: bad row "${stem}"`);
    }
    rows.push({ ...stemWord(stem), what, where });
  }
  return (ruukFrames = rows);
}

const FRAME_NEAR = 4;

/**
 * What a Russian or Ukrainian figure at [start, end) of `text` counts, from data/figure-frames-ruuk.tsv:
 * `loss` (shot down, destroyed), `launched` (launched, fired), `skip` (a batch of a running count,
 * "ещё 7", or a line of an update, "UPD: ..."), or null when no such word is near it (or the figure
 * is not in Cyrillic text). The nearest frame word wins (the one before the figure at the same
 * distance); "skip" words win over frames.
 */
export function ruukFigureFrame(text: string, start: number, end: number): 'loss' | 'launched' | 'skip' | null {
  // a number inside a link ("t.me/mod_russia/46207") is no figure
  if (/[/#=]$/.test(text.slice(Math.max(0, start - 1), start))) return 'skip';
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const around = text.slice(Math.max(lineStart, start - 120), Math.min(text.length, end + 120));
  if (!hasCyrillic(around)) return null;
  const rows = ruukFrameRows();
  const hit = (w: string, where: RuukFrameRow['where']): RuukFrameRow | null => {
    for (const r of rows) if (r.where === where && stemWordHit(w, r)) return r;
    return null;
  };
  // a figure that is only a word of size ("десятки погибших", "несколько дронов")
  const own = wordsOf(text, start, end);
  if (own[0] && !/\d/.test(text.slice(start, end)) && hit(own[0].w, 'self')) return 'skip';
  // the line before the figure ("UPD: ещё 2 беспилотника ...")
  for (const w of wordsOf(text, lineStart, start)) if (hit(w.w, 'line')) return 'skip';
  const before = wordsOf(text, Math.max(lineStart, start - 120), start).filter((w) => !/[.!?;:\n]/.test(text.slice(w.end, start)));
  for (const w of before.slice(-2)) if (hit(w.w, 'before')) return 'skip';
  const lineEnd = text.indexOf('\n', end);
  const after = wordsOf(text, end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 120));
  const ahead: Word[] = [];
  for (const w of after) {
    if (/[.!?;]/.test(text.slice(ahead.length ? ahead[ahead.length - 1]!.end : end, w.start))) break;
    ahead.push(w);
    if (ahead.length >= FRAME_NEAR) break;
  }
  // a frame word inside the figure ("10 сбитых беспилотниках")
  for (const w of own.slice(1)) {
    const r = hit(w.w, 'near');
    if (r && (r.what === 'loss' || r.what === 'launched')) return r.what;
  }
  const behind = before.slice(-FRAME_NEAR).reverse();
  // at the same distance the word before wins: a Russian or Ukrainian verb governs the count after
  // it ("выпустила ночью восемь ракет ATACMS, перехватили всего две": eight were fired)
  for (let i = 0; i < FRAME_NEAR; i++) {
    for (const w of [behind[i], ahead[i]]) {
      if (!w) continue;
      const r = hit(w.w, 'near');
      if (r) return r.what === 'loss' || r.what === 'launched' ? r.what : 'skip';
    }
  }
  return null;
}

/**
 * Whether a figures dispute is one voice's running report rather than a dispute (issue 10, real
 * channel posts), for figures in Russian or Ukrainian text where no two speakers of different known
 * sides stand: every claim comes from one outlet (a channel's toll rising over the day: 2 killed,
 * then 5), or, ordered by when they were first published, each side's figure is at least the one
 * before (drones shot down over one night: 2, 10, 18, 20; "at least one killed", then 6) and every
 * speaker is of that side or the channel's own voice. A count that falls, one side's figure against
 * the other side's, or a quoted voice of no known side, stays a dispute.
 */
export function runningReport(d: Dispute, byId: ReadonlyMap<string, ClaimRecord>): boolean {
  const recs = d.sides.flatMap((s) => s.claims.map((c) => byId.get(c)));
  if (recs.some((r) => !r)) return false;
  if (!recs.every((r) => hasCyrillic(r!.content ?? ''))) return false;
  // an unofficial voice (a war blogger, data/actors.tsv official "no") against an official one of
  // his side does not update its count: he disputes it (as in sameSideUpdate; lane vague: a
  // blogger's «сотни, а не десятки» after the ministry's 63 dead)
  if (recs.some((r) => r!.speaker?.official === false) && recs.some((r) => r!.speaker?.official === true)) return false;
  const known = new Set(d.sides.flatMap((s) => s.speakers.map((x) => x.side)).filter((x) => x));
  // (casualty units whose toll is updated as the day goes on: data/compare.tsv `toll_units`)
  const toll = d.topic.what.type === 'quantity' && compareLexicon().tollUnits.has(d.topic.what.unit);
  // each side's first publication time, worked out once (the sort and the steps below read it)
  const firstOf = new Map(d.sides.map((s) => [s, Math.min(...s.claims.map((c) => Date.parse(byId.get(c)?.published ?? '') || Infinity))]));
  const first = (s: Dispute['sides'][number]): number => firstOf.get(s)!;
  const ordered = [...d.sides].sort((a, b) => first(a) - first(b));
  const rising = ordered.every((s, i) => {
    if (i === 0) return true;
    const prev = ordered[i - 1]!.interval;
    const cur = s.interval;
    return !!prev && !!cur && Number.isFinite(first(s)) && first(s) !== first(ordered[i - 1]!) && cur[0] >= prev[0];
  });
  // a casualty toll rising in publication order is updated as the day goes on: by voices of one
  // side or of none (a governor's press secretary, then a news agency "по последним данным"), and
  // across sides when every later toll is described as rising ("число погибших возросло до пяти")
  if (toll && rising) {
    if (known.size <= 1) return true;
    if (ordered.slice(1).every((s) => s.claims.every((c) => risingWords(byId.get(c)?.content ?? '')))) return true;
  }
  if (known.size > 1) return false;
  const outlets = new Set(recs.map((r) => r!.outlet ?? r!.source ?? null));
  if (outlets.size === 1 && !outlets.has(null)) return true;
  // a voice of no known side quoted by a channel (a Pentagon source, "an official") is not the channel's own running count
  const own = (r: ClaimRecord): boolean => !!r.speaker?.side || !r.speaker?.name || [r.outlet, r.source].some((o) => !!o && o.toLowerCase() === r.speaker!.name!.toLowerCase());
  if (!recs.every((r) => own(r!))) return false;
  return rising;
}

/**
 * Whether a casualty-toll dispute is one toll updated as the day goes on (lane false9): no two
 * speakers of different known sides, no unofficial voice against an official one, and, claim by
 * claim in the order they were published (a governor's channel at dawn, an agency at noon, the
 * channel's "rose to 21", a wire's "at least 19" in the evening), the toll never falls: each claim's
 * figure allows a value at least the largest floor given before it, and claims published at one time
 * agree. In any language (`runningReport` reads Russian and Ukrainian posts per side). A count that
 * falls, or the other side's count, stays a dispute.
 */
export function risingToll(d: Dispute, byId: ReadonlyMap<string, ClaimRecord>): boolean {
  const what = d.topic.what;
  const lex = compareLexicon();
  if (what.type !== 'quantity' || !lex.tollUnits.has(what.unit)) return false;
  const known = new Set(d.sides.flatMap((s) => s.speakers.map((x) => x.side)).filter((x) => x));
  if (known.size > 1) return false;
  const recs = d.sides.flatMap((s) => s.claims.map((c) => byId.get(c)));
  if (recs.some((r) => !r)) return false;
  if (recs.some((r) => r!.speaker?.official === false) && recs.some((r) => r!.speaker?.official === true)) return false;
  const ivo = { approxTolerance: lex.approxTolerance, vagueUpperFactor: lex.vagueUpperFactor, integers: true, atMostFloor: lex.tollUpToFloor };
  const items: { t: number; lo: number; hi: number }[] = [];
  for (const r of recs) {
    const t = Date.parse(r!.published ?? '');
    const qs = (r!.quantities ?? []).filter((q) => q.unit === what.unit && (q.subjectSide ?? null) === what.subjectSide);
    if (!Number.isFinite(t) || qs.length === 0) return false;
    const ivs = qs.map((q) => intervalOf(q, ivo));
    // a claim that gives the toll twice ("17 killed ... rose to 21") stands for its latest, largest figure
    items.push({ t, lo: Math.max(...ivs.map((iv) => iv.lo)), hi: Math.max(...ivs.map((iv) => iv.hi)) });
  }
  items.sort((a, b) => a.t - b.t);
  if (items[0]!.t === items[items.length - 1]!.t) return false;
  let floor = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    // claims of one time must agree with each other
    for (let j = i - 1; j >= 0 && items[j]!.t === it.t; j--) if (items[j]!.hi < it.lo || it.hi < items[j]!.lo) return false;
    if (it.hi < floor) return false;
    floor = Math.max(floor, it.lo);
  }
  return true;
}

/** Hours east of UTC of the day a Russian or Ukrainian channel's reader lives by (Moscow time; Kyiv's winter time is an hour behind, its summer time the same). */
const LOCAL_UTC_OFFSET_H = 3;

/**
 * The day a claim's air-defence tally is about: the day-precise date the claim states, else the
 * local calendar day of its publication (UTC+3): a count posted at 02:27 Moscow time on 29 November
 * ("за ночь уничтожено 30 БПЛА") is the night to the 29th, one posted at 05:43 on the 27th the
 * night to the 27th, although both fall within one day of each other.
 */
function tallyDay(r: ClaimRecord): string | null {
  if (r.dateFrom === 'claim' && r.date) return r.date.slice(0, 10);
  const t = Date.parse(r.published ?? '');
  return Number.isFinite(t) ? new Date(t + LOCAL_UTC_OFFSET_H * 3_600_000).toISOString().slice(0, 10) : null;
}

/**
 * Whether a figures dispute sets one night's air-defence tally against another night's (real
 * channel posts: a governor's 10 drones over the Rostov region in the night to 27 November against
 * 30 in the night to 29 November; 2 drones over the Bryansk region on 2 December against 10 a day
 * before): its unit is counted night by night (data/compare.tsv `night_tally_units`), every claim is
 * in Russian or Ukrainian, and no two claims on different sides are about the same day
 * (`tallyDay`). Two nights' counts are two tallies, not a dispute.
 */
export function differentNights(d: Dispute, byId: ReadonlyMap<string, ClaimRecord>): boolean {
  if (d.topic.what.type !== 'quantity' || !compareLexicon().nightTallyUnits.has(d.topic.what.unit)) return false;
  const days: (string | null)[][] = [];
  for (const s of d.sides) {
    const l: (string | null)[] = [];
    for (const c of s.claims) {
      const r = byId.get(c);
      if (!r || !hasCyrillic(r.content ?? '')) return false;
      l.push(tallyDay(r));
    }
    days.push(l);
  }
  if (days.some((l) => l.includes(null))) return false;
  for (let a = 0; a < days.length; a++) {
    for (let b = a + 1; b < days.length; b++) if (days[a]!.some((x) => days[b]!.includes(x))) return false;
  }
  return true;
}

/**
 * Whether a figures dispute is the items of one list told in several claims of one text by one voice
 * (real channel posts: a BBC post on Britain's plan to scrap "14 вертолетов CH-47 Chinook" and, in the
 * next line, "17 вертолетов Puma", against another channel's "31 вертолет" in all): in Russian or
 * Ukrainian claims, a text and speaker whose figures stand on two or more sides gives items, not
 * rival counts; without its claims fewer than two sides are left. A claim with no named speaker is
 * no one voice (a post quoting "ВСУ: 30, Минобороны: 10" unnamed). (Figures of one claim are handled
 * the same way in src/compare/facts.ts `withoutTallyParts`.)
 */
export function listItems(d: Dispute, byId: ReadonlyMap<string, ClaimRecord>): boolean {
  if (d.topic.what.type !== 'quantity') return false;
  const keyOf = (c: string): string | null => {
    const r = byId.get(c);
    // no named speaker is no known voice: two unnamed claims of one text may be both sides quoted
    const name = (r?.speaker?.name ?? '').trim().toLowerCase();
    return r && name && hasCyrillic(r.content ?? '') ? `${textKey(r)}|${name}` : null;
  };
  const sidesOf = new Map<string, Set<number>>();
  d.sides.forEach((s, i) => {
    for (const c of s.claims) {
      const k = keyOf(c);
      if (!k) continue;
      const l = sidesOf.get(k);
      if (l) l.add(i);
      else sidesOf.set(k, new Set([i]));
    }
  });
  const items = new Set([...sidesOf].filter(([, v]) => v.size >= 2).map(([k]) => k));
  if (items.size === 0) return false;
  return d.sides.filter((s) => s.claims.some((c) => { const k = keyOf(c); return k === null || !items.has(k); })).length < 2;
}

/** The day's increment written after a running total in a loss tally: "8,269 (+8)", "557,490 (+1,080)". */
const INCREMENT = /^\s*\(\s*\+\s*(\d{1,3}(?:[ ,]\d{3})*|\d+)\s*\)/;

/**
 * The day's increment after a running total that ends at `end` ("tanks - 8,269 (+8)": 8), as its
 * value and span, or null. A tally of the General Staff's daily form gives both figures: the total
 * since the invasion and the day's count, of the same unit.
 */
export function incrementAfter(text: string, end: number): { value: number; start: number; end: number; text: string } | null {
  const m = INCREMENT.exec(text.slice(end, end + 24));
  if (!m) return null;
  const start = end + m[0].indexOf(m[1]!);
  return { value: Number(m[1]!.replace(/[ ,]/g, '')), start, end: start + m[1]!.length, text: m[1]! };
}

/**
 * Responsibility and cause facts of Russian and Ukrainian claims, read from the claim's words with
 * data/responsibility-ruuk.tsv where the events stage gives the claim no attack (the events stage
 * types English text; its Russian and Ukrainian triggers may come later, and then win):
 * - an attack word ("удар", "обстріл", "скинув авіабомбу") or a blowing-up word ("взорвали") with a
 *   side word in its clause ("российские самолёты", "ЗСУ", "боевики «Азов»") gives "that side did
 *   it"; a side word right after a target preposition ("удар по позициям ВСУ") is the target, not
 *   the doer; the side word nearest to the trigger wins;
 * - "the enemy" words ("противник", "боевики") are the speaker's opponent; "окупанти" is RU when the
 *   speaker's side is unknown;
 * - a negation within three words before the trigger ("не наносили", "ни одного удара", "никаких
 *   ударов") turns it round: that side did not do it; a strike noun whose light verb later in its
 *   clause is negated ("ударов ... не наносили") is denied with it;
 * - a side's own act called a provocation or a lie in the same claim, or in a claim whose cue denies
 *   (`denies`), is its denial;
 * - an accusation word ("обвинила Украину", "поклав відповідальність на росіян") blames the side
 *   after it; a word of taking part ("не имеют отношения", "свою причетність") the side before it
 *   (negated: did not); a staging word with a side after it ("провокация киевского режима") says
 *   that side staged it; a weapon with a side in its clause ("ракету було випущено російськими
 *   військами", "ракета не була українською") is that side's, unless the clause has it had, used as
 *   a habit, supplied, made, or trained or helped with ("Россия имеет ракетные системы", "помощь в
 *   подготовке беспилотников"): that is no account of a strike;
 * - an accident phrase ("детонация боеприпасов", "порушення правил пожежної безпеки") gives an
 *   accident as the cause; an attack that happened gives an attack; a detonation a strike caused
 *   (a secondary or shot-down word beside it, «вторичная детонация»; a drone as the verb's subject,
 *   «сдетонировал беспилотник») gives none;
 * - «прилёт» / «приліт» (the hit of an incoming missile or drone) is an attack word, unless it is an
 *   arrival: a word of air travel in its clause («рейсы на прилёт») or a traveller right after it
 *   («прилёт российской делегации»); after it or a weapon, a side word behind «в/у/на/по» is where
 *   it hit («прилёт в расположение ВСУ»), not the doer;
 * - a side word before a source noun, with no comma, bracket or dash between ("украинские источники
 *   подтверждали факт удара"), names who reports, not the doer; nor does a side word inside brackets
 *   that do not hold the trigger ("(переименован украинскими властями)").
 * Clauses, brackets and the next source mark are computed once per fragment (linear in its words).
 * Pure.
 */
import { table } from '../lexicon/index.js';
import { clauseBreakBetween, wordsOf, opponent, stemPhrase, stemWordHit, type StemWord, type Word } from './lexicon.js';
import type { EventFact, Side } from './types.js';
import { morphPos } from './voice.js';
import { morph, morphologyLoaded } from '../analyze/ruuk/morph.js';
import { weaponSystemAt } from './weapon-sides.js';
import { hasCyrillic, hasCyrillicIn } from '../util/index.js';

/** Prepositions of origin: «с/со/з/із/зі позиций X» is where a strike came from, so X is its doer, not its target. */
const FROM_PREP = new Set(['с', 'со', 'з', 'із', 'зі']);
/** The classes of data/responsibility-ruuk.tsv rows. */
const CLASSES = ['attack', 'blast', 'side', 'enemy', 'target', 'negation', 'accident', 'detonation', 'denial', 'blame', 'involve', 'weapon', 'own', 'deny', 'country', 'nocomment', 'interceptor', 'shootdown', 'nonact', 'hit', 'flight', 'secondary', 'source', 'repel', 'modal', 'debris', 'scare', 'offensive', 'traveller', 'hearsay', 'policy', 'question', 'groundobj', 'causeprep', 'noloss', 'harmed', 'scene', 'answered', 'pretext', 'conditional', 'deed', 'organise', 'decide', 'take', 'charge', 'purpose', 'reason', 'drill', 'whq', 'unknown'] as const;
type Cls = (typeof CLASSES)[number];
interface Row { words: StemWord[]; cls: Cls; value: string | null }

let rows: Row[] | null = null;
let byFirst: Map<string, Row[]> | null = null;
function load(): Map<string, Row[]> {
  if (byFirst) return byFirst;
  rows = [];
  for (const [phrase, cls, value] of table('responsibility-ruuk.tsv')) {
    if (!phrase || !cls) continue;
    if (!(CLASSES as readonly string[]).includes(cls)) throw new Error(`sitrep: data/responsibility-ruuk.tsv: bad class "${cls}" for "${phrase}"`);
    const words = stemPhrase(phrase.toLowerCase().replace(/ё/g, 'е'));
    rows.push({ words, cls: cls as Cls, value: value && value !== '-' ? value : null });
  }
  // index by the first two letters of the first stem (stems are at least two letters long)
  byFirst = new Map();
  for (const r of rows) {
    const k = r.words[0]!.stem.slice(0, 2);
    const l = byFirst.get(k);
    if (l) l.push(r);
    else byFirst.set(k, [r]);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.words.length - a.words.length || b.words[0]!.stem.length - a.words[0]!.stem.length);
  return byFirst;
}

/** Classes looked up at a given word only (`rowAt`), never marks of their own. */
const LOOKUP: ReadonlySet<Cls> = new Set<Cls>(['secondary', 'traveller', 'groundobj', 'causeprep', 'noloss', 'harmed', 'scene']);

/** The rows matching at word `i`, longest first, each with the index after it. */
function* rowsAt(words: Word[], i: number): Generator<{ row: Row; end: number }> {
  const w = words[i]!.w.replace(/ё/g, 'е');
  for (const r of load().get(w.slice(0, 2)) ?? []) {
    let ok = true;
    for (let k = 0; k < r.words.length && ok; k++) {
      const ww = words[i + k]?.w.replace(/ё/g, 'е');
      const p = r.words[k]!;
      // "*" stands for any one word ("возгорание одного из двигателей")
      ok = ww !== undefined && (p.stem === '*' ? k > 0 : stemWordHit(ww, p));
    }
    if (ok) yield { row: r, end: i + r.words.length };
  }
}

/** The row of class `cls` matching at word `i` (any row of it, not only the one `matchAt` picks), or null. */
function rowAt(words: Word[], i: number, cls: Cls): Row | null {
  for (const m of rowsAt(words, i)) if (m.row.cls === cls) return m.row;
  return null;
}

/** A Russian or Ukrainian compound adjective whose first part is a country's combining form («российско-», «українсько-», «американо-»). */
const RELATION_COMPOUND = /^\p{L}+(?:ско|цко|сько|цько|о)-\p{L}{3,}/u;

/** The rows marked in `words` from left to right, each the longest match at its word, never overlapping. */
function marksOf(words: Word[]): { i: number; end: number; row: Row }[] {
  const marks: { i: number; end: number; row: Row }[] = [];
  for (let i = 0; i < words.length; ) {
    const m = matchAt(words, i);
    // (a compound adjective of two countries names a relation, not a side: «российско-украинскую
    // границу», «українсько-російський кордон», «российско-белорусские учения»)
    if (m && m.row.cls === 'side' && m.end === i + 1 && RELATION_COMPOUND.test(words[i]!.w)) {
      i++;
      continue;
    }
    if (m) {
      marks.push({ i, end: m.end, row: m.row });
      i = m.end;
    } else i++;
  }
  return marks;
}

/** The longest row matching at word `i` (not of a look-up class), with the index after it. */
function matchAt(words: Word[], i: number): { row: Row; end: number } | null {
  for (const m of rowsAt(words, i)) if (!LOOKUP.has(m.row.cls)) return m;
  return null;
}

/** Copulas before a staging word used as a predicate («это инсценировка», «є провокацією», «являются постановочной провокацией»). */
const STAGED_COPULA = new Set(['это', 'є', 'являются', 'является', 'являє', 'стало', 'стала']);

/** Light verbs of a strike noun («наносить удар», «завдавати удару»): their attack rows' first stems. */
const LIGHT_VERB = /^(нанес|нанёс|наносил|завда)/;
/** Whether an attack row is a light verb that takes a strike noun as its object. */
function isLightVerb(r: Row): boolean {
  return r.words.length === 1 && LIGHT_VERB.test(r.words[0]!.stem);
}

/** Instrumental singular endings of Russian and Ukrainian country names («Россией», «Украиной», «Москвой», «Киевом», «Росією», «Україною»). */
const INSTRUMENTAL = /(ей|ой|ою|ею|єю|ом|ем)$/u;
/** Genitive endings of a Russian or Ukrainian country name («России», «Росії», «Украины», «України»). */
const GENITIVE_COUNTRY = /(ии|ії|ины|іни|ини)$/u;
let dateWords: { months: Set<string>; weekdays: Set<string> } | null = null;
/**
 * Whether the words from `k` are a date («23 июля», «28 серпня», «понедельник»: data/date-words-ruuk.tsv
 * months and weekdays): after «на» they are a time («в ночь на 23 июля», «у ніч на 28 серпня»), not
 * a target, so the side named after them is the doer.
 */
function dateAfter(words: readonly Word[], k: number): boolean {
  if (!dateWords) {
    dateWords = { months: new Set(), weekdays: new Set() };
    for (const [p, kind] of table('date-words-ruuk.tsv')) {
      if (!p) continue;
      if (kind === 'month') dateWords.months.add(p.toLowerCase().replace(/ё/g, 'е'));
      else if (kind === 'weekday') dateWords.weekdays.add(p.toLowerCase().replace(/ё/g, 'е'));
    }
  }
  const a = words[k]?.w.replace(/ё/g, 'е');
  if (!a) return false;
  if (dateWords.weekdays.has(a)) return true;
  const b = words[k + 1]?.w.replace(/ё/g, 'е');
  return /^\d{1,2}$/.test(a) && b !== undefined && dateWords.months.has(b);
}

/** Prepositions that make an instrumental country no agent («с Россией», «между Россией и Украиной», «над Украиной», «з Україною»). */
const WITH_PREPOSITIONS = new Set(['с', 'со', 'з', 'із', 'зі', 'между', 'між', 'над', 'под', 'під', 'перед', 'за', 'пред']);

/** Nominative endings of Russian and Ukrainian side adjectives ("российские", "російські", "украинский"). */
const NOMINATIVE = /(ие|ий|ые|ый|ая|ое|і|ій|а|е)$/;

/** Marks that end a clause for the doer search (commas do not). */
const CLAUSE_MARK = /[;:.!?—–]/;

/** Prepositions that end the words read after «прилёт» for a traveller («прилёт в Стамбул»). */
const PREPOSITIONS = new Set(['в', 'во', 'у', 'на', 'по', 'до', 'к', 'ко', 'из', 'із', 'з', 'с', 'со', 'под', 'під', 'над', 'около', 'возле', 'біля', 'рядом', 'поблизу']);

/** Prepositions of the place a «прилёт» hit («в здание», «у будівлю», «на позиции», «по складу»). */
const HIT_PLACE = new Set(['в', 'во', 'у', 'на', 'по']);

/**
 * The responsibility and cause facts of a Russian or Ukrainian claim whose content is `frags` of
 * `text`, said by a speaker of side `speakerSide` (see the module comment); `systems` false reads no
 * weapon system of data/weapon-sides.tsv as a side (a claim of another war: `otherTheatre`);
 * `places`: the analyzer's place spans of `text`, for «атаковать» of a place (see `groundAssault`).
 */
export function ruukEventFacts(text: string, frags: readonly { start: number; end: number }[], speakerSide: Side | null, denies = false, cue: { start: number; end: number; text: string } | null = null, systems = true, places?: PlaceSpans): EventFact[] {
  // a denial verb in the cue ("заперечили", "отвергли") makes the claim a denial
  if (!denies && cue && hasCyrillic(cue.text)) {
    const cw = wordsOf(text, cue.start, cue.end);
    for (let i = 0; i < cw.length && !denies; i++) denies = matchAt(cw, i)?.row.cls === 'deny';
  }
  // (lane resp14) an accusation cue («МИД обвинил Киев в ударе по рынку», «Україна звинуватила Росію в
  // ударі»): the content opens with the accused and tells what of; the accused did it when that is a
  // strike, a blast or a deed («обвинил Киев в срыве переговоров» accuses of no strike)
  let accuses = false;
  if (!denies && cue && hasCyrillic(cue.text)) {
    const cw = wordsOf(text, cue.start, cue.end);
    for (let i = 0; i < cw.length && !accuses; i++) accuses = matchAt(cw, i)?.row.cls === 'blame';
  }
  const out: EventFact[] = [];
  let attack: EventFact | null = null;
  let accident: EventFact | null = null;
  let detonation: EventFact | null = null;
  let enemyNamed = false;
  let anyDenial = false;
  let answeredAttack: EventFact | null = null;
  for (const f of frags) {
    const piece = text.slice(f.start, f.end);
    if (!hasCyrillic(piece)) continue;
    const words = wordsOf(text, f.start, f.end);
    // («позиций» after «с/со/з/із» is where the strike came from: «с позиций ВСУ был нанесён удар»
    // names its doer, as «со стороны ВСУ» does)
    const fromPositions = (k: number): boolean => k > 0 && FROM_PREP.has(words[k - 1]!.w) && /^позиц/.test(words[k]!.w);
    // (a compound of two sides, «российско-украинскую границу», names no doer: marksOf leaves it out)
    const marks: { i: number; end: number; row: Row; hit?: boolean; arms?: boolean }[] = marksOf(words);
    // a country in the instrumental case is the agent of a passive or a verbal noun («удара,
    // нанесенного Россией», «применение Россией ракеты», «атакована Україною»): a side word, unless a
    // preposition stands up to two words before it («граница с Россией», «между Россией и Украиной»)
    for (let k = 0; k < marks.length; k++) {
      const x = marks[k]!;
      if (x.row.cls !== 'country' || x.end - x.i !== 1 || !INSTRUMENTAL.test(words[x.i]!.w)) continue;
      if (words.slice(Math.max(0, x.i - 2), x.i).some((w) => WITH_PREPOSITIONS.has(w.w))) continue;
      marks[k] = { ...x, row: { ...x.row, cls: 'side' } };
    }
    // a country in the genitive right after a strike noun and right before the preposition of its
    // target is the doer (lane agree10: «атаки Росії на Київ», «удару Росії по Одесі», «атаки Украины
    // на Курск»): the struck place follows «по»/«на»; a country alone after the noun («обстріл
    // України», «удары в России») stays a place
    for (let k = 1; k < marks.length - 1; k++) {
      const x = marks[k]!;
      if (x.row.cls !== 'country' || x.end - x.i !== 1 || !GENITIVE_COUNTRY.test(words[x.i]!.w)) continue;
      const before = marks[k - 1]!;
      const after = marks[k + 1]!;
      if (before.row.cls !== 'attack' || before.end !== x.i || after.row.cls !== 'target' || after.i !== x.end) continue;
      marks[k] = { ...x, row: { ...x.row, cls: 'side' } };
    }
    // a weapon system only one side fires («Искандер», «HIMARS», data/weapon-sides.tsv) names that side
    // as the doer in its clause, as a side word does; after a target preposition («удар по пусковой
    // установке HIMARS») it is the target, as a side word is
    // (`systems` false: the claim tells of another war, where such a system names no side of this one)
    if (systems) {
      const covered = new Set<number>();
      for (const x of marks) for (let k = x.i; k < x.end; k++) covered.add(k);
      let added = false;
      for (let k = 0; k < words.length; k++) {
        if (covered.has(k)) continue;
        const w = weaponSystemAt(words, k, text);
        if (!w || [...Array(w.end - k).keys()].some((d) => covered.has(k + d))) continue;
        marks.push({ i: k, end: w.end, row: { words: [{ stem: words[k]!.w, whole: true }], cls: 'side', value: w.side }, arms: true });
        added = true;
        k = w.end - 1;
      }
      if (added) marks.sort((x, y) => x.i - y.i);
    }
    // "Российские военные не комментировали удар": saying nothing is neither a denial nor an account
    // (lane involve: but "did not rule out that it was a provocation of X", «не виключив, що вибух
    // може бути провокацією самих росіян», is the speaker's own hedged accusation of staging, as the
    // English "suggested it could have been a Russian provocation": only that staging is read then)
    const ruleOut = (x: { row: Row }): boolean => x.row.cls === 'nocomment' && x.row.words.length === 2 && x.row.words[0]!.stem === 'не' && /^(исключ|виключ)/.test(x.row.words[1]!.stem);
    const staging = (x: { i: number; end: number; row: Row }): boolean => x.row.cls === 'denial' && STAGING.test(x.row.words[0]!.stem) && marks.some((y) => y.i >= x.end && y.i - x.end <= 1 && (y.row.cls === 'side' || y.row.cls === 'enemy'));
    const stagingOnly = marks.some((m) => m.row.cls === 'nocomment') && marks.every((m) => m.row.cls !== 'nocomment' || ruleOut(m)) && marks.some((m) => ruleOut(m) && marks.some((x) => x.i > m.i && staging(x)));
    if (marks.some((m) => m.row.cls === 'nocomment') && !stagingOnly) continue;
    // (lane resp12) a strike practised in an exercise or on a mock target («відпрацювали ракетні удари по
    // умовному противнику на навчаннях»): no account of a strike, no doer, no cause
    if (marks.some((m) => m.row.cls === 'drill')) continue;
    const denial = marks.some((m) => m.row.cls === 'denial');
    if (denial || denies) anyDenial = true;
    if (accuses && f === frags[0]) {
      // the accused: a side, enemy, own or country word (a capital stands for its government) among the
      // content's first three words, before any strike word; what of: a strike, blast, weapon or deed after it
      const who = marks.find((x) => x.i <= 2 && (x.row.cls === 'side' || x.row.cls === 'enemy' || x.row.cls === 'own' || x.row.cls === 'country'));
      const whoSide = who ? (who.row.cls === 'side' || who.row.cls === 'country' ? who.row.value : who.row.cls === 'own' ? speakerSide : (opponent(speakerSide) ?? who.row.value)) : null;
      const act = who ? marks.find((x) => x.i >= who.end && (x.row.cls === 'attack' || x.row.cls === 'blast' || x.row.cls === 'weapon' || x.row.cls === 'deed')) : undefined;
      if (who && whoSide && act && !marks.some((x) => (x.row.cls === 'attack' || x.row.cls === 'blast') && x.i < who.i) && !out.some((o) => o.agentSide === whoSide && o.polarity === 1)) {
        out.push({ topic: 'responsibility', agentSide: whoSide as Side, polarity: 1, cause: null, text: text.slice(words[who.i]!.start, words[act.end - 1]!.end), start: words[who.i]!.start, end: words[act.end - 1]!.end });
      }
    }
    // one pass over the gaps between words: the clause of each word (words between clause marks
    // ; : . ! ? and dashes, commas kept) and the innermost bracket it stands in (its "(" offset, or -1)
    const n = words.length;
    const clauseStart: number[] = new Array<number>(n);
    const clauseEnd: number[] = new Array<number>(n);
    const bracket: number[] = new Array<number>(n);
    const gap = (k: number): string => text.slice(words[k - 1]!.end, words[k]!.start);
    const open: number[] = [];
    for (let k = 0; k < n; k++) {
      const g = k > 0 ? gap(k) : '';
      clauseStart[k] = k > 0 && !CLAUSE_MARK.test(g) ? clauseStart[k - 1]! : k;
      for (let c = 0; c < g.length; c++) {
        if (g[c] === '(') open.push(words[k - 1]!.end + c);
        else if (g[c] === ')') open.pop();
      }
      bracket[k] = open.length ? open[open.length - 1]! : -1;
    }
    for (let k = n - 1; k >= 0; k--) clauseEnd[k] = k < n - 1 && clauseStart[k + 1] === clauseStart[k] ? clauseEnd[k + 1]! : k + 1;
    const clauseOf = (i: number): [number, number] => [clauseStart[i]!, clauseEnd[i]!];
    // the words of an act answered or a pretext (elsewhere and before: no strike here, no doer here)
    const away = elsewhereWords(words, marks, gap);
    if (marks.some((m) => m.row.cls === 'enemy')) enemyNamed = true;
    // «прилёт» is the hit of a missile or drone (then an attack mark, `hit` kept), unless it is an
    // arrival: a word of air travel in its clause («рейсы на прилёт», «прилёт и вылет») or a
    // traveller after it, before any preposition («прилёт российской делегации», «прильоту
    // президента»); then it is no mark at all
    const arrival = (m: { i: number; end: number }): boolean => {
      const [a, b] = clauseOf(m.i);
      if (marks.some((x) => x.row.cls === 'flight' && x.i >= a && x.i < b)) return true;
      for (let k = m.end; k < Math.min(b, m.end + 3); k++) {
        if (/[^\s«»"„“”]/.test(gap(k)) || PREPOSITIONS.has(words[k]!.w)) return false;
        if (rowAt(words, k, 'traveller')) return true;
        const x = matchAt(words, k)?.row.cls;
        if (x === 'weapon' || x === 'attack' || x === 'blast') return false;
      }
      return false;
    };
    for (let k = marks.length - 1; k >= 0; k--) {
      const m = marks[k]!;
      if (m.row.cls !== 'hit') continue;
      if (arrival(m)) marks.splice(k, 1);
      else marks[k] = { ...m, row: { ...m.row, cls: 'attack' }, hit: true };
    }
    // the next source mark at or after each word, and the next attack or blast mark (linear look-ups)
    const nextSource: number[] = new Array<number>(n + 1).fill(n);
    const nextAct: number[] = new Array<number>(n + 1).fill(n);
    for (const x of marks) {
      if (x.row.cls === 'source') nextSource[x.i] = x.i;
      if (x.row.cls === 'attack' || x.row.cls === 'blast') nextAct[x.i] = x.i;
    }
    for (let j = n - 1; j >= 0; j--) {
      nextSource[j] = Math.min(nextSource[j]!, nextSource[j + 1]!);
      nextAct[j] = Math.min(nextAct[j]!, nextAct[j + 1]!);
    }
    for (const m of marks) {
      if (stagingOnly && !staging(m)) continue;
      // a detonation a strike caused is no stored munitions going off: a word of data class
      // `secondary` within two words, in its clause («вторичная детонация», «сбитый БПЛА»), or a
      // drone (a `weapon` row of value `drone`) that detonated, subject of the verb with nothing
      // between («сдетонировал беспилотник»; «детонация дронов» on a store is still an accident)
      if (m.row.cls === 'detonation' && !detonation) {
        const [a, b] = clauseOf(m.i);
        const verb = !/^(детонац|детонаці)/.test(words[m.i]!.w);
        let caused = false;
        for (let k = Math.max(a, m.i - 2); k < Math.min(b, m.end + 2) && !caused; k++) {
          if (k === m.i) continue;
          caused = rowAt(words, k, 'secondary') !== null || (verb && Math.abs(k - m.i) === 1 && !/[^\s]/.test(gap(Math.max(k, m.i))) && rowAt(words, k, 'weapon')?.value === 'drone');
        }
        if (caused) continue;
        detonation = { topic: 'cause', agentSide: null, polarity: 1, cause: 'accident', text: text.slice(words[m.i]!.start, words[m.end - 1]!.end), start: words[m.i]!.start, end: words[m.end - 1]!.end };
      }
      if (m.row.cls === 'accident' && !accident) {
        accident = { topic: 'cause', agentSide: null, polarity: 1, cause: 'accident', text: text.slice(words[m.i]!.start, words[m.end - 1]!.end), start: words[m.i]!.start, end: words[m.end - 1]!.end };
      }
      const span0 = { text: text.slice(words[m.i]!.start, words[m.end - 1]!.end), start: words[m.i]!.start, end: words[m.end - 1]!.end };
      const sideOfMark = (s: { row: Row }): Side | null => (s.row.cls === 'side' ? s.row.value : s.row.cls === 'own' ? speakerSide : s.row.cls === 'enemy' ? (opponent(speakerSide) ?? s.row.value) : null);
      const negBefore = (i: number, a: number): boolean => marks.some((n) => n.row.cls === 'negation' && n.i < i && i - n.end <= 3 && n.i >= a);
      const add = (side: Side, polarity: 1 | -1): void => {
        // a side does not deny its own act and affirm it at once: in a denial ("заперечили свою причетність"),
        // or where the accusation is called a lie or cynical ("звинувачення ... виглядають цинічно"), it is denied
        if (polarity === 1 && (denies || denial) && side === speakerSide) polarity = -1;
        if (!out.some((o) => o.agentSide === side && o.polarity === polarity)) out.push({ topic: 'responsibility', agentSide: side, polarity, cause: null, ...span0 });
      };
      // (lane involve) an accusation in a case supposed («Если окажется, что Киев причастен», «Якщо
      // з'ясується, що Росія причетна») or asked («стоят ли они за атаками») accuses no one
      const accusing = m.row.cls === 'blame' || m.row.cls === 'involve' || m.row.cls === 'deed' || m.row.cls === 'organise' || m.row.cls === 'decide';
      if (accusing && askedOrSupposed(marks, m.i, m.end, gap, piece.trimEnd().endsWith('?'))) continue;
      const namedAt = (x: { row: Row }): Side | null => sideOfMark(x) ?? (x.row.cls === 'country' ? x.row.value : null);
      const strikeIn = (from: number, to: number): boolean => marks.some((x) => x.i >= from && x.i < to && (x.row.cls === 'attack' || x.row.cls === 'blast' || x.row.cls === 'weapon'));
      if (m.row.cls === 'deed') {
        // «Удар по Кримському мосту — спецоперація СБУ», «розправа Кремля»: a side (or a country, a
        // body) named right after the deed noun, nothing but its words between (no preposition: «в
        // ходе спецоперации на Украине» is where), did it; an operation only as the name of a strike
        // or blast the claim tells of (value op), a reprisal or revenge on its own (value kill)
        const s = marks.find((x) => x.i >= m.end && x.i - m.end <= 2 && namedAt(x) !== null);
        if (!s || words.slice(m.end, s.i + 1).some((w, k) => PREPOSITIONS.has(w.w) || /[,;:.!?—–()]/.test(gap(m.end + k)))) continue;
        if (m.row.value === 'op' && !strikeIn(0, words.length)) continue;
        add(namedAt(s)!, negBefore(m.i, clauseOf(m.i)[0]) ? -1 : 1);
        continue;
      }
      if (m.row.cls === 'organise') {
        // «теракт, который организовал Киев», «розправа, яку влаштував Путін», «Росія спланувала
        // атаку»: the side right after the verb (up to two words) or its subject before it in its
        // clause did it, when what was arranged is a strike, a blast or a deed: its object after it
        // (up to four words) or the noun the relative clause hangs on, right before «, который/яку»
        const [a, b] = clauseOf(m.i);
        const rel = m.i >= 2 && RELATIVE.test(words[m.i - 1]!.w) && /,/.test(gap(m.i - 1)) ? m.i - 2 : m.i >= 3 && RELATIVE.test(words[m.i - 2]!.w) && /,/.test(gap(m.i - 2)) ? m.i - 3 : -1;
        const deedAt = (k: number): boolean => k >= 0 && marks.some((x) => x.i <= k && k < x.end && (x.row.cls === 'attack' || x.row.cls === 'blast' || x.row.cls === 'weapon' || x.row.cls === 'deed'));
        // (the noun phrase before the comma may end in its own modifiers: «Теракт в Белгородской области, который»)
        let what = false;
        for (let k = rel; k >= 0 && k > rel - 4 && !what; k--) {
          what = deedAt(k);
          if (k > 0 && /[,;:.!?—–]/.test(gap(k))) break;
        }
        for (let k = m.end; k < Math.min(b, m.end + 4) && !what; k++) what = deedAt(k);
        if (!what) continue;
        const after = marks.find((x) => x.i >= m.end && x.i < b && x.i - m.end <= 1 && namedAt(x) !== null);
        const before = rel >= 0 ? undefined : [...marks].reverse().find((x) => x.i < m.i && x.i >= a && m.i - x.end <= 3 && namedAt(x) !== null);
        const s = after ?? before;
        if (s) add(namedAt(s)!, negBefore(m.i, a) ? -1 : 1);
        continue;
      }
      if (m.row.cls === 'decide') {
        // «Решения о подобных атаках принимаются не в Киеве, а в Вашингтоне»: decisions on strikes
        // taken (a `take` word) in a capital or a seat of power: that side is behind them; the one
        // after «не в» is only where they are not taken (no fact either way)
        const [, b] = clauseOf(m.i);
        const take = marks.find((x) => x.row.cls === 'take' && x.i > m.i && x.i - m.end <= 6 && x.i < b);
        if (!take || !strikeIn(m.end, take.i)) continue;
        for (const x of marks) {
          if (x.i <= take.i || x.i >= b || x.i - take.end > 6 || namedAt(x) === null) continue;
          const p = words[x.i - 1]?.w;
          if (p !== 'в' && p !== 'у' && p !== 'во') continue;
          if (words[x.i - 2]?.w === 'не') continue;
          add(namedAt(x)!, 1);
          break;
        }
        continue;
      }
      if (m.row.cls === 'blame' && marks.some((x) => x.row.cls === 'purpose' && x.i < m.i && m.i - x.end <= 2 && x.i >= clauseOf(m.i)[0])) {
        // (lane involve) «обстрілюють власні міста, щоб потім звинуватити Україну», «чтобы обвинить
        // Россию»: an accusation others mean to make, told as their scheme; the side after it is no doer
        continue;
      }
      if (m.row.cls === 'blame') {
        // "обвинила Украину в обстреле", "поклав відповідальність на росіян": the nearest side after it in its clause
        const [a, b] = clauseOf(m.i);
        const named = (x: { row: Row }): Side | null => sideOfMark(x) ?? (x.row.cls === 'country' ? x.row.value : null);
        const neg = negBefore(m.i, a);
        // (lane resp14) a side or capital after the strike the blame is for, behind a preposition of
        // its target with no verb between («ответственность за удар по Киеву», «обвинил ... в обстреле
        // Москвы»), is what was struck, not who is to blame
        const actBefore = (x: { i: number }): number => {
          for (let k = x.i - 1; k >= m.end; k--) if (marks.some((y) => y.i === k && (y.row.cls === 'attack' || y.row.cls === 'blast' || y.row.cls === 'weapon'))) return k;
          return -1;
        };
        const struck = (x: { i: number }): boolean => {
          const t = actBefore(x);
          if (t < 0) return false;
          if (words.slice(t + 1, x.i).some((w) => morphPos(w.w) === 'VERB')) return false;
          return x.i > 0 && BLAME_TARGET_PREPS.has(words[x.i - 1]!.w);
        };
        // (lane resp14) the blame for a deed («ответственность за удар …», «вину за обстрел …») lies on
        // the one after «на» that does not open the strike's own target («атака на Москву»), however far
        // in the clause («возложил ответственность за ракетный удар по Днепру на Россию», «полностью лежит
        // на Киеве»), or on the subject of a verb of bearing it («Росія несе повну відповідальність»,
        // «ответственность несут Вашингтон и Киев»)
        // (only a strike, blast, weapon or deed: «ответственность за срыв обмена ... на Москву» blames no one for a strike)
        const forDeed = words[m.end]?.w === 'за' && !/[,;]/.test(gap(m.end)) && marks.some((y) => y.i > m.end && y.i < b && (y.row.cls === 'attack' || y.row.cls === 'blast' || y.row.cls === 'weapon' || y.row.cls === 'deed'));
        if (forDeed) {
          const bearAt = words.findIndex((w, k) => k >= a && k < b && (k > m.i || m.i - k <= 3) && BEAR_VERB.test(w.w));
          const found: Side[] = [];
          if (bearAt >= 0 && bearAt < m.i) {
            const subj = [...marks].reverse().find((x) => x.i < bearAt && x.i >= a && bearAt - x.end <= 2 && named(x) !== null);
            if (subj) found.push(named(subj)!);
          } else if (bearAt > m.i) {
            // the nominative subjects right after the verb, joined by «и/і/та»
            let k = bearAt + 1;
            while (k < b) {
              const x = marks.find((y) => y.i === k && named(y) !== null);
              if (!x) break;
              found.push(named(x)!);
              k = x.end;
              if (k < b && AND_WORDS.has(words[k]!.w)) k++;
              else break;
            }
          }
          if (found.length === 0) {
            const on = marks.filter((x) => x.i > m.end && x.i < b && named(x) !== null && x.i > 0 && (words[x.i - 1]!.w === 'на' || (x.i > 1 && words[x.i - 2]!.w === 'на' && morphPos(words[x.i - 1]!.w) === 'ADJF')) && !marks.some((y) => (y.row.cls === 'attack' || y.row.cls === 'blast') && y.end === x.i - (words[x.i - 1]!.w === 'на' ? 1 : 2)));
            if (on.length > 0) found.push(named(on[on.length - 1]!)!);
          }
          for (const f of found) add(f, neg ? -1 : 1);
          if (found.length > 0) continue;
        }
        const s = marks.find((x) => x.i >= m.end && x.i < b && x.i - m.end <= 4 && named(x) !== null && !struck(x));
        if (s) add(named(s)!, neg ? -1 : 1);
        // (lane resp14) accusations denied by the cue with no one named in them («Россия отвергла
        // обвинения в ударе по вокзалу»): the speaker's own side did not do it
        else if (denies && speakerSide && strikeIn(m.end, b)) add(speakerSide, -1);
        continue;
      }
      if (m.row.cls === 'involve') {
        // "российские военные не имеют отношения к взрыву", "заперечили свою причетність": the side before it
        const [a] = clauseOf(m.i);
        // (a country or a body before it is the subject too: «Киев причастен», «Кремль причастен»; lane involve)
        // (a country only right before it: «Версія ФСБ про причетність» names who tells the version)
        // (lane resp14) or further, over the «к/до» phrase of the act before the word: «Украина к удару по
        // Белгороду не причастна»
        const overAct = (x: { end: number }): boolean => m.i - x.end <= 9 && words.slice(x.end, m.i).some((w) => INVOLVE_PREPS.has(w.w)) && INVOLVE_PREPS.has(words[x.end]!.w) && strikeIn(x.end, m.i);
        const s = [...marks].reverse().find((x) => x.i < m.i && x.i >= a && (m.i - x.end <= 4 || overAct(x)) && (sideOfMark(x) !== null || (namedAt(x) !== null && (x.end === m.i || overAct(x)))));
        // (speakru13) «никакого отношения» / «ни малейшего отношения» is negative itself, whichever side of it
        // «не имеет» stands («Украина никакого отношения к взрыву не имеет»)
        const neg = marks.some((n) => n.row.cls === 'negation' && n.i < m.i && m.i - n.end <= 3 && n.i >= a) || /^(никак|малейш)/.test(words[m.i]!.w.toLowerCase());
        const side = s ? namedAt(s) : null;
        if (side) add(side, neg ? -1 : 1);
        else if (neg && speakerSide) add(speakerSide, -1);
        else if (speakerSide && (denial || denies)) {
          // «заявления о причастности России ... глупы и абсурдны», «версія про причетність українських
          // спецслужб — вигадка»: the accused's own side named right after the noun, in a claim that calls
          // it false, did not take part (the other side's involvement named so is no denial of anything)
          const [, b] = clauseOf(m.i);
          const after = marks.find((x) => x.i >= m.end && x.i < b && x.i - m.end <= 1 && (sideOfMark(x) ?? (x.row.cls === 'country' ? x.row.value : null)) !== null);
          const named = after ? sideOfMark(after) ?? after.row.value : null;
          if (named === speakerSide) add(speakerSide, -1);
          // (lane resp14) a denial cue of taking part with no one named («Киев отрицает причастность к
          // атаке»): the speaker's own side did not take part
          else if (!after && denies) add(speakerSide, -1);
        }
        continue;
      }
      if (m.row.cls === 'denial' && STAGING.test(m.row.words[0]!.stem)) {
        // "провокация киевского режима", "провокація Кремля": the side right after staged it
        const s = marks.find((x) => x.i >= m.end && x.i - m.end <= 1 && sideOfMark(x) !== null);
        if (s) add(sideOfMark(s)!, 1);
        continue;
      }
      if (m.row.cls === 'debris') {
        // "в результате падения обломков возник пожар": a downed drone's or missile's debris, an attack by
        // someone the words leave open; the bare noun only beside a weapon or a shooting-down word
        const [a, b] = clauseOf(m.i);
        const armed = m.row.value === null || marks.some((x) => x.i >= a && x.i < b && (x.row.cls === 'weapon' || x.row.cls === 'shootdown' || x.row.cls === 'interceptor'));
        // (debris that caused nothing, «в результате падения обломков разрушений и пострадавших нет»:
        // an absence of loss after it with no comma between is no loss to give a cause for)
        let nothing = false;
        for (let k = m.end; k < b && !nothing; k++) {
          if (/[,;]/.test(gap(k))) break;
          nothing = rowAt(words, k, 'noloss') !== null;
        }
        if (armed && !nothing && !negBefore(m.i, a)) attack ??= { topic: 'cause', agentSide: null, polarity: 1, cause: 'attack', ...span0 };
        continue;
      }
      if (m.row.cls !== 'attack' && m.row.cls !== 'blast' && m.row.cls !== 'weapon') continue;
      const [a, b] = clauseOf(m.i);
      // «ВСУ пытаются атаковать», «атакуя в районе Ольговки», «атаковать позиции»: the verb with no
      // weapon or strike word in its clause is an assault on foot (an advance, a status fact), no strike
      if (m.row.cls === 'attack' && groundAssault(places, words, marks, m.i, a, b, gap)) continue;
      // an assault beaten off ("отражены шесть атак", "атаки окупантів відбито") is an advance stopped, no
      // strike; a modal before it ("могут нанести удары") is a possibility, no account of one
      if (m.row.cls === 'attack' && vetoed(marks, m.i, m.end, a, b, (x, y) => !/[,;]/.test(text.slice(words[x]!.end, words[y]!.start)))) continue;
      // the act another act answers («в ответ на удары ATACMS»), a pretext («удар ... как повод для»),
      // a case supposed («в случае ... удара»): no strike told at the claim's place
      if (supposed(marks, m.i, a, gap, words)) continue;
      // (lane resp14) an indirect question of who did it after a word of not knowing or finding out
      // («не могут установить, кто несёт ответственность за обстрелы», «невідомо, хто обстріляв»): no strike told
      if (unknownDoer(marks, m.i, words, gap)) continue;
      // (an act answered or a pretext happened, elsewhere and before: never a doer here, but an attack
      // as the cause when the claim names no other; ru-real dev r3-d19, r3-d35 list it so)
      if (away.has(m.i)) {
        if (m.row.cls === 'attack') answeredAttack ??= { topic: 'cause', agentSide: null, polarity: 1, cause: 'attack', ...span0 };
        continue;
      }
      // the doer: the side word nearest to the trigger in its clause, not right after a target preposition
      let side: Side | null = null;
      let best = Infinity;
      let sideAt = -1;
      // (an active finite verb's doer is its subject, before it in the clause: in «ВС РФ атаковали
      // группировку ВСУ» the side word nearer the verb belongs to its object; a side after the verb
      // wins only when none stands before it, «обстреляли город ВСУ»)
      const finite = (m.row.cls === 'attack' || m.row.cls === 'blast') && m.end - m.i === 1 && morphPos(words[m.i]!.w) === 'VERB';
      let ownSubject = false;
      // (a destroying verb's doer is its subject before it: after it stands what was destroyed and its owner,
      // «Бойцы Легиона уничтожили в Тёткино два склада боеприпасов армии РФ»; lane realru14)
      const destroyVerb = m.row.cls === 'blast' && /^(уничтож|знищ)/.test(m.row.words[0]!.stem);
      for (const s of marks) {
        if (s.i < a || s.i >= b || away.has(s.i) || (s.row.cls !== 'side' && s.row.cls !== 'enemy' && s.row.cls !== 'own')) continue;
        if (destroyVerb && s.i > m.i) continue;
        // (a weapon system names the doer of a strike word, not whose a weapon noun is: «зенітні ракетні
        // війська знищили бомбардувальник Ту-22М3» fired nothing of the bomber's side)
        if (s.arms && m.row.cls === 'weapon') continue;
        // (nor in a clause whose subject is the source of a report, «украинские и западные источники
        // подтверждали факт удара Storm Shadow»: a strike told as a topic of reports, in real posts an
        // aside about another place; case r15 of bench/gold/ru-disputes)
        if (s.arms && marks.some((x) => x.row.cls === 'source' && x.i >= a && x.i < m.i)) continue;
        // (not the side of an air defence that shot down: "российское ПВО сбило две" did not fire)
        // (nor after the shooting-down word, "был сбит украинской ПВО", "сбиты российскими средствами ПВО":
        // the passive's agent shot down; an air defence that destroyed, «Наши силы ПВО уничтожили более 140
        // воздушных целей», shot down too; lane realru14)
        if (marks.some((x) => x.row.cls === 'interceptor' && x.i >= s.end && x.i - s.end <= 1 && marks.some((y) => (y.row.cls === 'shootdown' || (y.row.cls === 'blast' && /^(уничтож|знищ)/.test(y.row.words[0]!.stem))) && ((y.i >= x.end && y.i - x.end <= 2) || (y.end <= s.i && s.i - y.end <= 2))))) continue;
        // (nor the side of a version of events: «версию российского Минобороны о том, что ...», «официальной
        // российской версии» name who tells it, not who struck; the side word right after the hearsay noun, one
        // word between at most, or right before it, no comma between; lane realru14)
        if (marks.some((x) => x.row.cls === 'hearsay' && ((x.i === s.end && !/[,;(]/.test(gap(x.i))) || (s.i >= x.end && s.i - x.end <= 1 && !/[,;(]/.test(text.slice(words[x.end - 1]!.end, words[s.i]!.start)))))) continue;
        // (not when an attack word stands between: "удар по плотине нанесли ВСУ")
        // (a genitive chain is the target too: "по штабу Черноморского флота РФ"; a comma ends it)
        // (further than two words only for a side word not in the nominative: "российские самолёты" after the target is the doer)
        const prep = marks.find((p) => p.row.cls === 'target' && !away.has(p.i) && !fromPositions(p.i) && !dateAfter(words, p.end) && p.i < s.i && (s.i - p.end <= 2 || (s.i - p.end <= 4 && !NOMINATIVE.test(words[s.i]!.w))) && p.i >= a && !/[,(]/.test(text.slice(words[p.i]!.end, words[s.i]!.start)) && !marks.some((x) => (x.row.cls === 'attack' || x.row.cls === 'blast') && x.i >= p.end && x.i < s.i));
        if (prep) continue;
        // (the object of an `answered` phrase, «в ответ на ракетные пуски киевского режима», names the
        // other act's side: a side adjective in an oblique case up to four words after it, no comma and no
        // pronoun between; «в ответ на это российские войска нанесли удар» keeps its doer)
        if (marks.some((p) => p.row.cls === 'answered' && p.i >= a && p.end <= s.i && s.i - p.end <= 4 && OBLIQUE_ADJ.test(words[s.i]!.w) && !/[,;(]/.test(text.slice(words[p.end - 1]!.end, words[s.i]!.start)) && !words.slice(p.end, s.i).some((w) => PRONOUN_OBJECT.test(w.w) || /NPRO|PRCL/.test(morphPos(w.w) ?? '')))) continue;
        // (after «прилёт» or a weapon, a place word «в/у/на/по» and the noun group after it is where
        // it hit: «зафиксирован прилёт в расположение ВСУ», «прилёт ракеты в казарму российских военных»)
        if ((m.hit || m.row.cls === 'weapon') && s.i > m.i) {
          let k = s.i - 1;
          while (k >= m.end && s.i - k <= 4 && !HIT_PLACE.has(words[k]!.w)) k--;
          if (k >= m.end && s.i - k <= 4 && !/[,;(]/.test(text.slice(words[k]!.end, words[s.i]!.start))) continue;
        }
        // (not a side word inside brackets that do not hold the trigger: '"Прилет" зафиксирован в
        // городе (переименован украинскими властями) ...' names who renamed the town)
        if (bracket[s.i] !== -1 && bracket[s.i] !== bracket[m.i]) continue;
        // (not a side in a clause of reason or concession the act is not in: «ракета была применена
        // ..., поскольку Украина уже использовала такие системы» names why, not who fired; lane prec11)
        if (marks.some((x) => x.row.cls === 'reason' && x.i > Math.min(s.i, m.i) && x.i < Math.max(s.i, m.i))) continue;
        // (lane own13) nor a side in a relative clause after the act: «Точне влучання по мосту, яким
        // окупанти возять усе необхідне» names who uses the bridge, not who hit it
        // (its preposition may stand before it: «по складу, з якого окупанти постачали»; but not a relative
        // clause that may tell the act itself, «атака, яку підготувала росія»: only an oblique relative
        // pronoun, «яким», «которой», or one after a preposition, names another thing, and not with an
        // act or arranging word after it)
        if (s.i > m.i && words.slice(m.end, s.i).some((w, k) => RELATIVE_ANY.test(w.w) && ((OBLIQUE_RELATIVE.test(w.w) && /,/.test(gap(m.end + k))) || (m.end + k - 1 >= m.end && PREPOSITIONS.has(words[m.end + k - 1]!.w) && /,/.test(gap(m.end + k - 1))))
          && !marks.some((x) => (x.row.cls === 'organise' || x.row.cls === 'attack' || x.row.cls === 'blast' || x.row.cls === 'deed') && x.i > m.end + k && x.i < s.i))) continue;
        // (not the owner of a noun the act is done to: a side word right after a noun that is no mark,
        // «разносят тяжёлую технику ВСУ», «места размещения оружия ВСУ», when another side word stands
        // before it in the clause, «Российские бойцы разносят технику ВСУ дронами»; «Расчёт ВСУ нанёс
        // удар», with no other side, keeps its doer)
        if (s.i > a && s.i - 1 !== m.i && !marks.some((x) => x.i <= s.i - 1 && x.end > s.i - 1) && !/[^\s]/.test(gap(s.i)) && morphPos(words[s.i - 1]!.w) === 'NOUN' && marks.some((o) => o.i >= a && o.i < s.i - 1 && sideOfMark(o) !== null && sideOfMark(o) !== sideOfMark(s))) continue;
        // (not the owner after «у»: «у ВСУ ... ракеты остаются дефицитными», «у ВСУ есть ракеты» say
        // who has the weapon, not who fired it)
        if (s.i > 0 && words[s.i - 1]!.w === 'у' && !/[^\s«»"]/.test(gap(s.i)) && m.row.cls === 'weapon') continue;
        // (not the side of a source that reports it: "Украинские и западные источники подтверждали
        // факт удара" names who reports, not who struck; one or two words may stand between, no
        // comma, bracket or dash: "удар нанесли ВСУ, сообщают источники" keeps its doer)
        const src = nextSource[s.end]!;
        if (src < b && src - s.end <= 2 && nextAct[s.i + 1]! >= src && !/[,;(—–]/.test(text.slice(words[s.i]!.end, words[src]!.start))) continue;
        // (not a side that takes part, or not, in the act named after it: in "Україна не має причетності до
        // атаки", "мы не имеем отношения к атаке" the involvement word between them holds the side, and
        // the attack is what it is involved in, not the side's own act)
        if (s.i < m.i && marks.some((x) => x.row.cls === 'involve' && x.i > s.i && x.i < m.i)) continue;
        // (lane resp14) nor when the act is the object of an involvement word after it, «к/до» before the
        // act: «Украина к удару по Белгороду не причастна», «ЗСУ до обстрілу не причетні»
        if (s.i < m.i && [words[m.i - 1]?.w, words[m.i - 2]?.w].some((w) => w !== undefined && INVOLVE_PREPS.has(w)) && marks.some((x) => x.row.cls === 'involve' && x.i > m.i && x.i < b)) continue;
        // (not a side word before a finite verb whose object pronoun stands right before it: in «росіяни
        // стурбовані, бо їх атакують», «нас атакуют с трёх сторон» the side is the pronoun's antecedent,
        // the side attacked, and the third-person plural with no subject names no doer)
        // (a verb in the third person plural, «атакують», «обстреливают», «атаковали»: «їх атака» is their attack)
        const impersonal = m.row.cls === 'attack' && m.end - m.i === 1 && m.i > a && PLURAL_VERB.test(words[m.i]!.w) && OBJECT_PRONOUN.test(words[m.i - 1]!.w) && !/[^\s]/.test(gap(m.i));
        if (impersonal && s.i < m.i) continue;
        // (the subject pronoun "мы"/"ми" only as the subject of the act: within three words, no comma between)
        if (s.row.cls === 'own' && s.row.value === 'pronoun' && (Math.abs(s.i - m.i) > 3 || /[,;]/.test(text.slice(words[Math.min(s.i, m.i)]!.end, words[Math.max(s.i, m.i)]!.start)))) continue;
        const d = Math.abs(s.i - m.i) + (finite && s.i > m.i ? 1000 : 0);
        if (d >= best) continue;
        const v = sideOfMark(s);
        if (!v) {
          // («Наши бойцы уничтожили два пункта управления БПЛА и несколько подразделений ВСУ» in a channel of
          // no known side: "our" is the verb's subject, of a side unknown here; the side after the verb is
          // its object's owner, no doer; lane realru14)
          if (finite && s.row.cls === 'own' && s.i < m.i) ownSubject = true;
          continue;
        }
        side = v;
        best = d;
        sideAt = s.i;
      }
      if (ownSubject && sideAt > m.i) {
        side = null;
        sideAt = -1;
      }
      // "удар ... нанесли не мы": a negated side word right after the act is its doer, whatever stands nearer
      const negDoer = m.row.cls === 'weapon' ? undefined : marks.find((s) => s.i >= m.end && s.i < b && s.i - m.end <= 2 && sideOfMark(s) !== null && marks.some((n) => n.row.cls === 'negation' && n.i >= m.end && s.i - n.end === 0) && !/[,;]/.test(text.slice(words[m.end - 1]!.end, words[s.i]!.start)));
      if (negDoer) {
        side = sideOfMark(negDoer);
        sideAt = negDoer.i;
      }
      // (a negation does not reach over a comma: "не является межконтинентальной, а ракетой" negates the
      // missile's type, not the launch)
      const noComma = (from: number, to: number): boolean => !/[,;]/.test(text.slice(words[from]!.end, words[to]!.start));
      // (nor over a verb and a preposition of cause: «не получилось из-за обстрелов» negates what the
      // shelling caused; «а не в результате удара ВСУ», with no verb between, still denies the strike)
      const causeBetween = (from: number, to: number): boolean => {
        for (let k = from; k < to; k++) if (rowAt(words, k, 'causeprep')) return words.slice(from, k).some((w) => morphPos(w.w) === 'VERB');
        return false;
      };
      let polarity: 1 | -1 = marks.some((n) => n.row.cls === 'negation' && n.i < m.i && m.i - n.end <= 3 && n.i >= a && noComma(n.i, m.i) && !causeBetween(n.end, m.i)) ? -1 : 1;
      // "ракета не була українською": a negation between the weapon and its side, at most two words
      // before the side ("не была украинской", "не является российской"), not a negation of something
      // else on the way ("ракета не является межконтинентальной ... Российская Федерация")
      if (m.row.cls === 'weapon' && sideAt > m.i && marks.some((n) => n.row.cls === 'negation' && n.i > m.i && n.i < sideAt && sideAt - n.end <= 2 && noComma(n.i, sideAt))) polarity = -1;
      // "удар нанесли не мы", "обстріляли місто не українські військові": the doer after the act, negated
      if (m.row.cls !== 'weapon' && sideAt > m.i && marks.some((n) => n.row.cls === 'negation' && n.i > m.i && n.end <= sideAt && sideAt - n.end <= 1 && noComma(n.i, sideAt))) polarity = -1;
      // «ударов по Мариуполю российские самолёты не наносили», «ударів ... не завдавали»: a strike noun
      // whose light verb stands later in its clause, no comma between, right after a negation, is
      // denied with it (the genitive of negation: one act told by the noun and the verb)
      if (polarity === 1 && m.row.cls === 'attack' && !isLightVerb(m.row) && marks.some((x) => x.row.cls === 'attack' && isLightVerb(x.row) && x.i > m.i && x.i < b && noComma(m.i, x.i) && marks.some((n) => n.row.cls === 'negation' && n.i > m.i && n.end <= x.i && x.i - n.end <= 1))) polarity = -1;
      if (m.row.cls === 'weapon' && !side) continue;
      // "ВСУ могут нанести удары ... ракетами": a weapon in a clause a modal verb opens is a possibility too
      // ("Атаковала ли Украина дронами ...": so is a weapon after a question particle in its clause)
      if (m.row.cls === 'weapon' && marks.some((x) => (x.row.cls === 'modal' || x.row.cls === 'question') && x.i >= a && x.i < m.i)) continue;
      // a weapon that is had, used as a habit, supplied, made, or trained or helped with is no account of a
      // strike: "Россия имеет ракетные системы", "оказывали помощь в подготовке беспилотников"
      // (the word stands before the weapon or its side, not after both: "ракета не является
      // межконтинентальной, … поэтому Российская Федерация не имеет обязательства" keeps Russia's missile)
      if (m.row.cls === 'weapon' && marks.some((x) => x.row.cls === 'nonact' && x.i >= a && x.i < b && x.i < Math.max(m.i, sideAt))) continue;
      // a side calling its own act a provocation denies it
      if (polarity === 1 && (denial || denies) && side !== null && side === speakerSide) polarity = -1;
      const span = { text: text.slice(words[m.i]!.start, words[m.end - 1]!.end), start: words[m.i]!.start, end: words[m.end - 1]!.end };
      // "так называемый удар — постановка": a strike the speaker calls "so-called" in a claim that calls
      // it staged or false, with no doer named, is one the speaker's side is said to have made and denies
      if (!side && speakerSide && (denial || denies) && m.row.cls === 'attack' && marks.some((x) => x.row.cls === 'scare' && x.i < m.i && m.i - x.end <= 1)) {
        if (!out.some((o) => o.agentSide === speakerSide && o.polarity === -1)) out.push({ topic: 'responsibility', agentSide: speakerSide, polarity: -1, cause: null, ...span });
        continue;
      }
      if (side && !out.some((o) => o.agentSide === side && o.polarity === polarity)) out.push({ topic: 'responsibility', agentSide: side, polarity, cause: null, ...span });
      // (a weapon that a named side fired, «после попадания беспилотника ВСУ», is an attack as much as an attack word)
      // (not beside a detonation or accident word: «детонация ракет на складе ВСУ» is stored munitions going off)
      if ((m.row.cls === 'attack' || (m.row.cls === 'weapon' && side && !marks.some((x) => x.row.cls === 'detonation' || x.row.cls === 'accident'))) && polarity === 1 && !attack) attack = { topic: 'cause', agentSide: side, polarity: 1, cause: 'attack', ...span };
    }
    // «Кадры из Бучи — это инсценировка», «Разговоры об "авиаударе" — целиком инсценированная провокация»,
    // «Історія про українську ДРГ — класична провокація»: the event itself called staged, as a predicate
    // (after a dash or a copula) with no side named right after the word, by a speaker of a known side:
    // the speaker's opponent staged it, as "a staged provocation" says in English. Not a provocation one
    // gives in to, a "provocative" statement, nor accusations called one (a blame or involvement word
    // before it: «обвинения Москвы — провокация» is about the accusations), nor a subject that names
    // no event (lane fixB: «Заявление Зеленского о перемирии — очередная провокация»)
    const opp = opponent(speakerSide);
    if (speakerSide && opp && !out.some((o) => o.topic === 'responsibility' && o.polarity === 1 && o.agentSide === opp)) {
      for (const m of marks) {
        if (m.row.cls !== 'denial' || !/^(провокац|инсценир|інсцен|постановк)/.test(m.row.words[0]!.stem) || /^(провокацион|провокаційн)/.test(words[m.i]!.w)) continue;
        if (marks.some((x) => x.i >= m.end && x.i - m.end <= 1 && (x.row.cls === 'side' || x.row.cls === 'enemy' || x.row.cls === 'own' || x.row.cls === 'country'))) continue;
        const [a] = clauseOf(m.i);
        let predicate = false;
        for (let k = m.i; k >= Math.max(a, m.i - 3, 1) && !predicate; k--) predicate = /[—–]/.test(gap(k)) || (k - 1 >= a && STAGED_COPULA.has(words[k - 1]!.w));
        if (!predicate || marks.some((x) => (x.row.cls === 'blame' || x.row.cls === 'involve') && x.i < m.i)) continue;
        // (the subject an event or its account: an attack, blast, weapon or hit word, or a noun of
        // footage or a story, data class scene, before the staging word; «Заявление Зеленского о
        // перемирии — провокация», «Мирний план Кремля — це провокація» call no strike staged)
        // (read from the claim's first fragment on: a scare-quoted «авиаударе» stands between fragments)
        if (!eventBefore(text, frags[0]!.start, words[m.i]!.start)) continue;
        out.push({ topic: 'responsibility', agentSide: opp, polarity: 1, cause: null, text: text.slice(words[m.i]!.start, words[m.end - 1]!.end), start: words[m.i]!.start, end: words[m.end - 1]!.end });
        break;
      }
    }
  }
  attack ??= answeredAttack;
  // stored munitions going off are the accident given only when the claim names no attack and no enemy
  if (!accident && !attack && detonation && !enemyNamed) accident = detonation;
  // a claim that only denies ("назвала провокацией обвинения Москвы в ударе") does not assert the
  // attack it names: no attack as the cause when no doer is named for it
  if (attack && (attack as EventFact).agentSide === null && anyDenial && out.some((o) => o.topic === 'responsibility') && out.every((o) => o.topic !== 'responsibility' || o.polarity === -1)) attack = null;
  if (accident) out.push(accident);
  else if (attack) out.push(attack);
  return out;
}

/**
 * Whether the words of `text` in [from, to) name an event or its account: an attack, blast, weapon
 * or hit word of data/responsibility-ruuk.tsv, a weapon system, or a noun of footage or a story
 * (class scene): the subject of a staging word as a predicate (see ruukEventFacts).
 */
function eventBefore(text: string, from: number, to: number): boolean {
  const ws = wordsOf(text, from, to);
  for (let k = 0; k < ws.length; k++) {
    const c = matchAt(ws, k)?.row.cls;
    if (c === 'attack' || c === 'blast' || c === 'weapon' || c === 'hit' || rowAt(ws, k, 'scene') || weaponSystemAt(ws, k, text)) return true;
  }
  return false;
}

/**
 * Whether the attack word `marks`' words [i, end) in clause [a, b) is no strike: a repel word within
 * three words of it (an assault beaten off), a modal verb within three words before it (a
 * possibility), a version or rumour right before it (a topic), or a policy word up to three words
 * after it with no comma between ("удары наносятся только по военным целям"; `open` says whether
 * words [from, to] stand with no comma between). Data: the repel, modal and hearsay
 * rows of data/responsibility-ruuk.tsv.
 */
function vetoed(marks: readonly { i: number; end: number; row: Row }[], i: number, end: number, a: number, b: number, open: (from: number, to: number) => boolean = () => true): boolean {
  // (an air attack repelled, "отражена атака украинских БПЛА", still happened: a weapon or an air
  // defence word in the clause keeps it a strike)
  const air = marks.some((x) => x.i >= a && x.i < b && (x.row.cls === 'weapon' || x.row.cls === 'interceptor' || x.row.cls === 'shootdown'));
  // (a version or rumour right before it, "версия об ударе", makes the strike the topic of an account)
  // (a policy after it, "удары наносятся только по военным целям", restricts what is struck: no strike)
  // (a question particle right after it or a word before it, "Ударила ли Украина", "Ограничены ли удары": a question, no strike)
  return marks.some((x) => x.i >= a && x.i < b && ((x.row.cls === 'repel' && !air && (x.i >= end ? x.i - end <= 3 : i - x.end <= 3)) || (x.row.cls === 'modal' && x.i < i && i - x.end <= 3) || (x.row.cls === 'hearsay' && x.i < i && i - x.end <= 1) || (x.row.cls === 'question' && (x.i >= end ? x.i === end : i - x.end <= 1)) || (x.row.cls === 'policy' && x.i >= end && x.i - end <= 3 && open(end - 1, x.i))));
}

/** Pronouns that stand for the act answered («в ответ на это», «у відповідь на це»): a side after them opens the next clause. */
const PRONOUN_OBJECT = /^(это|этого|эти|це|цього|ці|то|того)$/u;
/** Personal pronouns in the accusative: the object of a verb right after them («їх атакують», «нас обстреливают»). */
const OBJECT_PRONOUN = /^(их|їх|нас|вас|его|його|её|ее|її|них)$/u;
/** Endings of a Russian or Ukrainian verb in the third person plural, present or past («атакують», «обстреливают», «атаковали»). */
const PLURAL_VERB = /\p{L}{3,}(?:ють|уть|ають|ять|ют|ут|ат|ят|ли)$/u;
/** Parts of speech that end the object of «в ответ на» (a verb's subject or clause follows). */
const VERB_POS = new Set(['VERB', 'INFN', 'GRND']);

/** Oblique endings of adjectives and participles, for words the dictionary does not know («украинских», «українських»). */
const OBLIQUE_ADJ = /(ых|их|ого|его|ому|ему|ым|ими|ыми)$/u;
/** Conjunctions that join names inside an act's noun phrase («ATACMS и Storm Shadow»). */
const AND = new Set(['и', 'і', 'та', 'й']);

/**
 * The words of a fragment that tell of an act done elsewhere and before (data/responsibility-ruuk.tsv
 * classes answered and pretext), as a set of word indices: a strike, hit or weapon word and the
 * words of its noun phrase after it (oblique by the dictionary or by an adjective ending, Latin
 * names, prepositions, «и»; up to a comma, a clause mark or a word that may be a subject):
 * - the object of an `answered` phrase, the strike word at most three words after it with only
 *   adjectives, participles or numerals between («в ответ на удары ATACMS и Storm Shadow», «в ответ на
 *   массированные удары дальнобойными ракетами по Брянской области»); «в ответ на это российские
 *   войска нанесли удар» holds none, and its strike stays;
 * - a strike word (no verb) before a `pretext` noun in its clause, within eight words, no comma
 *   between («Удар Storm Shadow Путин представил как повод для удара по Днепру»: «Удар Storm Shadow»).
 * A strike, weapon or blast word among them is no account of a strike at the claim's place, and a
 * side word among them names no doer of another strike. `gap(k)` is the text between words k-1 and k.
 */
function elsewhereWords(words: Word[], marks: readonly { i: number; end: number; row: Row }[], gap: (k: number) => string): Set<number> {
  const away = new Set<number>();
  if (!marks.some((x) => x.row.cls === 'answered' || x.row.cls === 'pretext')) return away;
  const markAt = (k: number): { i: number; end: number; row: Row } | undefined => marks.find((y) => y.i <= k && y.end > k);
  const isAct = (k: number): boolean => {
    const c = markAt(k)?.row.cls;
    return (c === 'attack' || c === 'hit' || c === 'weapon') && !VERB_POS.has(morphPos(words[k]!.w) ?? '');
  };
  const stop = (k: number): boolean => /[,;]/.test(gap(k)) || CLAUSE_MARK.test(gap(k));
  const form = (k: number): ReturnType<typeof morph> => (morphologyLoaded() ? morph(words[k]!.w) : null);
  // a word inside the act's noun phrase after its head
  const inPhrase = (k: number): boolean => {
    const w = words[k]!.w;
    if (/^[a-z0-9-]+$/.test(w) || AND.has(w) || PREPOSITIONS.has(w)) return true;
    const m = markAt(k);
    if (m && (m.row.cls === 'weapon' || (m.row.cls === 'side' && OBLIQUE_ADJ.test(w)))) return true;
    // (a side noun owning the act, «удар ВСУ по Белгороду», «удар росіян по Харкову»: when the act's
    // target phrase follows it, no comma between; «в ответ на удары ВСУ российские войска …» stops here)
    if (m && m.row.cls === 'side' && m.end < words.length && PREPOSITIONS.has(words[m.end]!.w) && !NOMINATIVE.test(words[m.end - 1]!.w) && !stop(m.end)) return true;
    const f = form(k);
    if (f) return !f.nonNominal && f.cases.length > 0 && !f.cases.includes('nom');
    return OBLIQUE_ADJ.test(w);
  };
  // the head at word h and its phrase after it
  const take = (h: number, limit: number): void => {
    away.add(h);
    for (let k = h + 1; k < Math.min(words.length, limit) && !stop(k) && inPhrase(k); k++) away.add(k);
  };
  for (const x of marks) {
    if (x.row.cls === 'answered') {
      for (let k = x.end; k < Math.min(words.length, x.end + 4) && !stop(k); k++) {
        if (isAct(k)) {
          take(k, k + 10);
          break;
        }
        const f = form(k);
        if (!f || !f.posAll.some((p) => p === 'ADJF' || p === 'PRTF' || p === 'NUMR') || f.posAll.some((p) => p === 'NPRO' || p === 'PRCL')) break;
      }
    } else if (x.row.cls === 'pretext') {
      for (const m of marks) {
        if (m.i >= x.i || x.i - m.i > 8 || !isAct(m.i) || m.row.cls === 'weapon') continue;
        let open = true;
        for (let k = m.i + 1; k <= x.i && open; k++) open = !stop(k);
        if (open) take(m.i, x.i);
      }
    }
  }
  return away;
}

/** The stems of `denial` rows that call an event staged: a side right after one staged it («провокация киевского режима»). */
const STAGING = /^(провокац|инсценир|інсцен|постановк)/;
/** (lane resp14) Prepositions of a strike's target after it: a side behind one is what was struck («удар по Киеву»). */
const BLAME_TARGET_PREPS = new Set(['по', 'в', 'во', 'у', 'против', 'проти', 'на']);
/** (lane resp14) A verb of bearing blame («несёт ответственность», «несе відповідальність»): its subject is to blame. */
const BEAR_VERB = /^(несет|несёт|несут|несе|несуть|нести|несли|несла|несл)$/u;
/** (lane resp14) Words that join two subjects («Вашингтон и Киев»). */
const AND_WORDS = new Set(['и', 'і', 'й', 'та']);
/** (lane resp14) Prepositions of what one takes part in («причастна к удару», «причетні до обстрілу»). */
const INVOLVE_PREPS = new Set(['к', 'ко', 'до']);

/** (lane own13) A relative pronoun in any case (Russian, Ukrainian): after a comma it opens a relative clause. */
const RELATIVE_ANY = /^(?:котор\p{L}*|як(?:ий|а|е|і|у|ого|ої|их|им|ими|ій|ому|ою))$/u;
/** (lane own13) A relative pronoun in a case that cannot stand for the act as subject or object (instrumental, dative, locative, genitive). */
const OBLIQUE_RELATIVE = /^(?:котор(?:ым|ыми|ой|ом|ому|ых|ого)|як(?:им|ими|ій|ому|ого|ої|их|ою))$/u;
/** Relative pronouns that open a clause hanging on the noun before the comma («теракт, который организовал Киев», «розправа, яку влаштував»). */
const RELATIVE = /^(который|которая|которое|которые|которую|которого|которой|которых|який|яка|яке|які|яку|якого|якої|яких|что|що)$/;

/**
 * Whether an accusation word at [i, end) is supposed or asked (lane involve): a `conditional`
 * conjunction before it in its sentence, commas allowed («Если окажется, что Киев причастен», «Якщо
 * з'ясується, що Росія причетна»), a `question` particle up to three words before or after it in its
 * sentence («стоят ли они за атаками», «причастна ли Россия»), or a sentence that ends with "?".
 */
function askedOrSupposed(marks: readonly { i: number; end: number; row: Row }[], i: number, end: number, gap: (k: number) => string, question: boolean): boolean {
  if (question) return true;
  const sentenceBetween = (x: number, y: number): boolean => {
    for (let k = x + 1; k <= y; k++) if (/[.!?]/.test(gap(k))) return true;
    return false;
  };
  return marks.some((x) => (x.row.cls === 'conditional' && x.i < i && !sentenceBetween(x.i, i)) || (x.row.cls === 'question' && (x.i < i ? i - x.end <= 3 && !sentenceBetween(x.i, i) : x.i - end <= 3 && !sentenceBetween(end - 1, x.i))));
}

/**
 * Whether a `conditional` conjunction («в случае», «если», «якщо», «у разі») stands before word `i`
 * in clause [a, b) with no comma between: a strike or weapon word there is a case supposed («В случае
 * массированного применения ракет в одном ударе ...»), while «Если верить данным, ... нанесли удар»
 * and «В случае с Горловкой ВСУ нанесли удар» ("in the case of") keep their strike.
 */
function supposed(marks: readonly { i: number; end: number; row: Row }[], i: number, a: number, gap: (k: number) => string, words: Word[]): boolean {
  return marks.some((x) => {
    if (x.row.cls !== 'conditional' || x.i < a || x.end > i) return false;
    // («в случае с Горловкой» is "in the case of": no condition)
    if (FROM_PREP.has(words[x.end]?.w ?? '')) return false;
    for (let k = x.end; k <= i; k++) if (/[,;]/.test(gap(k))) return false;
    return true;
  });
}

/**
 * (lane resp14) Whether the act at word `i` stands in an indirect question of who did it: a `whq` word
 * (кто, хто, чья ...) before it, after a comma, with an `unknown` word (установить, неизвестно,
 * з'ясувати ...) up to three words before that comma.
 */
function unknownDoer(marks: readonly { i: number; end: number; row: Row }[], i: number, words: Word[], gap: (k: number) => string): boolean {
  return marks.some((q) => {
    if (q.row.cls !== 'whq' || q.i >= i || i - q.end > 8 || !/,/.test(gap(q.i))) return false;
    for (let k = q.i; k < i; k++) if (k > q.i && /[,;.!?]/.test(gap(k))) return false;
    return marks.some((u) => u.row.cls === 'unknown' && u.i < q.i && q.i - u.end <= 3);
  });
}

/** Verb forms of «атаковать»/«атакувати» (not the noun «атака», not the passive «атакован»: a place attacked is struck). */
const ATTACK_VERB = /^(атаков(?!ан)|атакув|атакуя$|атакующ|атаку(ю|ет|ют|ем|ешь|ете|й|йте|ючи|ють|є|ємо)$)/;

/** Spans of the places the analyzer found in a text (its `places` of role place), for `groundAssault`. */
export type PlaceSpans = readonly { start: number; end: number }[];

/**
 * Whether word `k` is a place the analyzer found (`places`) named as the object of a verb after it
 * («Харків атакували», «Ночью Белгород атаковали»): not after a preposition («под Суджей» is where
 * an assault went on). No places given: none.
 */
function placeWordAt(words: Word[], places: PlaceSpans | undefined, k: number): boolean {
  if (!places || (k > 0 && PREPOSITIONS.has(words[k - 1]!.w))) return false;
  return places.some((p) => p.start <= words[k]!.start && words[k]!.end <= p.end);
}

/**
 * Whether the attack mark at word `i` of clause [a, b) is a ground assault: a verb form of
 * «атаковать» with no weapon, strike, debris or air-defence word in its clause (the words
 * `ruukArmedIn` reads) and either no object (a comma or the clause end right after it: «ВСУ пытаются
 * атаковать, используя технику»; unless a place stands before it in its clause, «Харків атакували»,
 * or a word of people harmed follows it, «атаковали, есть пострадавшие»: a strike on a place) or a
 * ground object (data/responsibility-ruuk.tsv class groundobj: «позиции», «в районе») within two
 * words after it or anywhere before it in the clause («Российские позиции ... ВСУ пытаются
 * атаковать»). Russian military reporting says «атаковать» of assault groups on positions and names
 * the drone or missile when it means a strike («атаковали дронами»). `places`: the analyzer's place
 * spans of the text (none given: no place is read).
 */
function groundAssault(places: PlaceSpans | undefined, words: Word[], marks: readonly { i: number; end: number; row: Row }[], i: number, a: number, b: number, gap: (k: number) => string): boolean {
  if (!ATTACK_VERB.test(words[i]!.w.replace(/ё/g, 'е'))) return false;
  const armed = marks.some((x) => x.i >= a && x.i < b && (x.row.cls === 'weapon' || x.row.cls === 'blast' || x.row.cls === 'debris' || x.row.cls === 'shootdown' || x.row.cls === 'interceptor' || x.row.cls === 'hit' || (x.row.cls === 'attack' && !/^атак/.test(x.row.words[0]!.stem))));
  if (armed) return false;
  if (i + 1 >= b || /,/.test(gap(i + 1))) {
    let struck = false;
    for (let k = a; k < i && !struck; k++) struck = placeWordAt(words, places, k);
    for (let k = i + 1; k < b && !struck; k++) struck = rowAt(words, k, 'harmed') !== null;
    if (!struck) return true;
  }
  for (let k = i + 1; k < Math.min(b, i + 3); k++) if (rowAt(words, k, 'groundobj')) return true;
  for (let k = a; k < i; k++) if (rowAt(words, k, 'groundobj') && !(k > 0 && FROM_PREP.has(words[k - 1]!.w))) return true;
  return false;
}

/**
 * Whether the Cyrillic event trigger [start, end) of `text` is a ground assault, «атаковать» with no
 * weapon or strike word in its clause (see `groundAssault`): no strike for the events stage's
 * triggers either.
 */
export function ruukGroundAssault(text: string, start: number, end: number, places?: PlaceSpans): boolean {
  const c = triggerClause(text, start, end, 200, ASSAULT_STOPS);
  if (!c) return false;
  return groundAssault(places, c.words, c.marks, c.t, 0, c.words.length, c.gap);
}

/** The words of a Cyrillic trigger's clause, read by the trigger checks below. */
interface TriggerClause {
  words: Word[];
  marks: ReturnType<typeof marksOf>;
  /** The index in `words` of the word holding the trigger's start. */
  t: number;
  /** The row mark covering the trigger word, if any. */
  own: ReturnType<typeof marksOf>[number] | undefined;
  /** The text between word k-1 and word k. */
  gap: (k: number) => string;
}

/**
 * The clause around the Cyrillic event trigger [start, end) of `text`: up to `reach` characters
 * either side, stopping at a character of `stops`; null when the trigger is not Cyrillic or no word
 * holds its start.
 */
function triggerClause(text: string, start: number, end: number, reach: number, stops: RegExp): TriggerClause | null {
  // (the vetoed and elsewhere checks of one trigger read the same clause: it is built once)
  const last = lastClause.get(stops);
  if (last && last.text === text && last.start === start && last.end === end && last.reach === reach) return last.clause;
  const clause = buildTriggerClause(text, start, end, reach, stops);
  lastClause.set(stops, { text, start, end, reach, clause });
  return clause;
}

/** The last clause `triggerClause` built for each set of stops. */
const lastClause = new Map<RegExp, { text: string; start: number; end: number; reach: number; clause: TriggerClause | null }>();

function buildTriggerClause(text: string, start: number, end: number, reach: number, stops: RegExp): TriggerClause | null {
  if (!hasCyrillicIn(text, start, end)) return null;
  let lo = start;
  while (lo > 0 && start - lo < reach && !stops.test(text[lo - 1]!)) lo--;
  let hi = end;
  while (hi < text.length && hi - end < reach && !stops.test(text[hi]!)) hi++;
  const words = wordsOf(text, lo, hi);
  const t = words.findIndex((w) => w.start <= start && w.end > start);
  if (t < 0) return null;
  const marks = marksOf(words);
  return { words, marks, t, own: marks.find((x) => x.i <= t && x.end > t), gap: (k) => text.slice(words[k - 1]!.end, words[k]!.start) };
}

/** The stops of a strike trigger's clause: a sentence end, a semicolon, a colon or a line break. */
const CLAUSE_STOPS = /[.!?;:\n]/;
/** The stops of a ground assault's clause: those, and a dash. */
const ASSAULT_STOPS = /[.!?;:\n—–]/;

/**
 * Whether the Cyrillic event trigger [start, end) of `text` is an act answered or a pretext (see
 * `elsewhereWords`: «в ответ на удары ATACMS», «удар Storm Shadow ... как повод для»): it happened,
 * elsewhere and before, so it names no doer of the claim's strike; compare's event facts keep it only
 * as an attack cause of no named doer.
 */
export function ruukElsewhereAct(text: string, start: number, end: number): boolean {
  const c = triggerClause(text, start, end, 80, CLAUSE_STOPS);
  if (!c) return false;
  return elsewhereWords(c.words, c.marks, c.gap).has(c.own?.i ?? c.t);
}

/**
 * Whether the Cyrillic event trigger [start, end) of `text` is no strike: an offensive (a ground push,
 * the offensive rows of data/responsibility-ruuk.tsv), or by the words around it in its clause an
 * assault repelled ("атаки отбиты") or a possibility ("могут нанести удар"), as the repel and modal
 * rows say (see `vetoed`). For the events stage's
 * triggers, read by compare's event facts.
 */
export function ruukTriggerVetoed(text: string, start: number, end: number): boolean {
  const c = triggerClause(text, start, end, 80, CLAUSE_STOPS);
  if (!c) return false;
  const { words, marks, t, own } = c;
  // an offensive ("наступление", "наступальні дії") is a ground push, no strike
  if (own?.row.cls === 'offensive') return true;
  // "не комментировали удар", "угроза атаки": a strike named as what someone did not comment on, or
  // threatened, within four words of it, is no account of one (ruukEventFacts drops such a fragment)
  const ti = own?.i ?? t;
  if (marks.some((x) => x.row.cls === 'nocomment' && (x.i > ti ? x.i - ti : ti - x.end) <= 4)) return true;
  // (lane resp12) a strike practised in an exercise or on a mock target, in its clause («удары по условному противнику»)
  if (marks.some((x) => x.row.cls === 'drill')) return true;
  const gapOf = c.gap;
  if (supposed(marks, own?.i ?? t, 0, gapOf, words)) return true;
  return vetoed(marks, own?.i ?? t, own?.end ?? t + 1, 0, words.length, (x, y) => !/[,;]/.test(text.slice(words[x]!.end, words[y]!.start)));
}

/**
 * Whether the English attack word `words[k]` is an assault beaten off ("repelled four attacks by
 * Ukrainian assault groups"): a repel word of data/responsibility-en.tsv up to six words before it
 * with no clause mark between, and no weapon or air word in that stretch or the three words after
 * ("repelled an attack by Ukrainian drones" is still a strike).
 */
function enRepelled(text: string, words: Word[], k: number): boolean {
  const l = enLex();
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (/[;:.!?—–]/.test(text.slice(words[j]!.end, words[j + 1]!.start))) return false;
    if (!l.repel.has(words[j]!.w)) continue;
    const stretch = words.slice(j, Math.min(words.length, k + 4));
    return !stretch.some((x) => l.weapon.has(x.w) || l.air.has(x.w));
  }
  // the passive: "the attacks had been repelled", "all assaults were repulsed" (a repel word up to
  // six words after it ("attacks by Russian infantry were thwarted"), with no clause mark between and
  // no weapon or air word in the stretch)
  for (let j = k + 1; j < Math.min(words.length, k + 7); j++) {
    if (clauseBreakBetween(text, words, j - 1, j, 'dash')) return false;
    if (!l.repel.has(words[j]!.w)) continue;
    const stretch = words.slice(Math.max(0, k - 3), j + 1);
    return !stretch.some((x) => l.weapon.has(x.w) || l.air.has(x.w));
  }
  return false;
}

/**
 * Whether the English attack word `words[k]` states a policy ("Russia continues to strike military
 * targets only"): a habit word up to two words before it and a policy word up to four words after
 * it, with no clause mark between (data/responsibility-en.tsv).
 */
function enPolicy(text: string, words: Word[], k: number): boolean {
  const l = enLex();
  const open = (a: number, b: number): boolean => !clauseBreakBetween(text, words, a, b, 'dash');
  const habit = words.slice(Math.max(0, k - 2), k).some((x, j, arr) => l.habit.has(x.w) && open(k - arr.length + j, k));
  if (!habit) return false;
  for (let j = k + 1; j < Math.min(words.length, k + 5); j++) if (l.policy.has(words[j]!.w) && open(k, j)) return true;
  return false;
}

/** Whether the English event trigger [start, end) of `text` is an assault beaten off or a policy (see `enRepelled`, `enPolicy`). */
export function enTriggerVetoed(text: string, start: number, end: number): boolean {
  if (hasCyrillicIn(text, start, end)) return false;
  const lo = Math.max(0, start - 80);
  const words = wordsOf(text, lo, Math.min(text.length, end + 40));
  const t = words.findIndex((w) => w.start <= start && w.end > start);
  return t >= 0 && (enRepelled(text, words, t) || enPolicy(text, words, t) || enDrill(text, words, t) || enInvertedCondition(text, start));
}

/**
 * (lane resp12) Whether the English strike word at `start` of `text` stands in a condition opened by an
 * inverted auxiliary ("Should Ukraine strike Moscow, the response would be devastating", "Were Russia
 * to hit the dam, ..."): the sentence or clause (after a colon, a semicolon or a dash) opens with
 * should, were or had and no comma stands before the word; a case supposed, no account of a strike.
 */
export function enInvertedCondition(text: string, start: number): boolean {
  if (hasCyrillicIn(text, start, start + 2)) return false;
  let a = start;
  while (a > 0 && start - a < 160 && !/[.!?;:\n—–]/.test(text[a - 1]!)) a--;
  return /^[\s"“'‘(]*(?:should|were|had)\s+[^,]*$/iu.test(text.slice(a, start));
}

/**
 * (lane resp12) Whether the strike word [start, end) of `text` is a strike practised in a training
 * exercise or on a mock target (the `drill` rows of data/responsibility-en.tsv and
 * data/responsibility-ruuk.tsv, in its clause or sentence): no account of a strike.
 */
export function strikeDrilled(text: string, start: number, end: number): boolean {
  if (hasCyrillicIn(text, start, end)) {
    const c = triggerClause(text, start, end, 80, CLAUSE_STOPS);
    return c !== null && c.marks.some((x) => x.row.cls === 'drill');
  }
  const words = wordsOf(text, Math.max(0, start - 80), Math.min(text.length, end + 80));
  const t = words.findIndex((w) => w.start <= start && w.end > start);
  return t >= 0 && enDrill(text, words, t);
}

/** How many words either side of an English strike word a drill word may stand (see `enDrill`). */
const DRILL_REACH = 8;

/**
 * (lane resp12) Whether the English attack word `words[k]` is a strike practised, not done: a word of
 * a training exercise or its mock target (data/responsibility-en.tsv `drill`: "practised cruise
 * missile strikes on mock targets during exercises") within eight words of it in its sentence.
 */
function enDrill(text: string, words: Word[], k: number): boolean {
  const l = enLex();
  for (let j = k - 1; j >= Math.max(0, k - DRILL_REACH); j--) {
    if (/[.!?;]/.test(text.slice(words[j]!.end, words[j + 1]!.start))) break;
    if (l.drill.has(words[j]!.w)) return true;
  }
  for (let j = k + 1; j < Math.min(words.length, k + 1 + DRILL_REACH); j++) {
    if (/[.!?;]/.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
    if (l.drill.has(words[j]!.w)) return true;
  }
  return false;
}

interface EnLex {
  weapon: Set<string>; copula: Set<string>; hedge: Set<string>; negation: Set<string>; blame: Set<string>;
  behind: Set<string>; act: Set<string>; staged: Set<string>; deny: Set<string>; object: Set<string>; disown: Set<string>; maybe: Set<string>; own: Set<string>;
  absent: Set<string>; part: Set<string>; proof: Set<string>; claim: Set<string>; repel: Set<string>; air: Set<string>; habit: Set<string>; policy: Set<string>;
  intercept: Set<string>; modifier: Set<string>; have: Set<string>; device: Set<string>; answer: Set<string>;
  degree: Set<string>; suppose: Set<string>; decision: Set<string>; take: Set<string>; tell: Set<string>; drill: Set<string>; rest: Set<string>;
}
let en: EnLex | null = null;
function enLex(): EnLex {
  if (en) return en;
  const l: EnLex = { weapon: new Set(), copula: new Set(), hedge: new Set(), negation: new Set(), blame: new Set(), behind: new Set(), act: new Set(), staged: new Set(), deny: new Set(), object: new Set(), disown: new Set(), own: new Set(), maybe: new Set(), absent: new Set(), part: new Set(), proof: new Set(), claim: new Set(), repel: new Set(), air: new Set(), habit: new Set(), policy: new Set(), intercept: new Set(), modifier: new Set(), have: new Set(), device: new Set(), answer: new Set(), degree: new Set(), suppose: new Set(), decision: new Set(), take: new Set(), tell: new Set(), drill: new Set(), rest: new Set() };
  for (const [w, cls] of table('responsibility-en.tsv')) {
    if (!w || !cls || !(cls in l)) throw new Error(`sitrep: data/responsibility-en.tsv: bad row "${w}"`);
    l[cls as keyof EnLex].add(w);
    if (cls === 'weapon') l.weapon.add(w + 's');
  }
  return (en = l);
}

/** Words that may stand inside a weapon's noun phrase between the side and the weapon noun ("Ukrainian air defence missile"); more in the `modifier` rows of data/responsibility-en.tsv ("Ukrainian sea drones"). */
const MODIFIER_RE = /^(air|defen[cs]e|anti-aircraft|surface-to-air|cruise|ballistic|guided|tactical|s-300|s-\d+|nasams|patriot|made|built|produced|-)$/;
/** (lane resp14) Subject pronouns that stand for the speaker or the one it speaks of ("denied it was behind"). */
const PRONOUN_SUBJECTS = new Set(['it', 'we', 'they']);
const MODIFIERS = { test: (w: string): boolean => MODIFIER_RE.test(w) || enLex().modifier.has(w) };
/** Particles of a phrasal act verb ("carried out by", "blown up by", "shot down by"). */
const PARTICLES = new Set(['out', 'up', 'down', 'off']);
/** Words of "by"/"of" that put the doer after an act or a staging word. */
const AGENT_PREPS = new Set(['by', 'of']);
/** Words opening a relative clause: a side after one, before "answer for", is no subject of it ("those who attacked Ukraine would answer"). */
const ANSWER_REL = new Set(['who', 'that', 'which', 'whom', 'whose']);
/** Prepositions of a target or place: a side up to two words after one is what was hit, not who will answer ("fired missiles at Kyiv"). */
const ANSWER_PREPS = new Set(['at', 'on', 'against', 'in', 'into', 'over', 'upon', 'toward', 'towards', 'across']);

/** Third-person subject pronouns that may open a denial after a verb of telling ("told Turkey they had nothing to do with it"). */
const TELLER_PRONOUNS = new Set(['they', 'he', 'she']);
/** Words that may stand between a denial's subject pronoun and its verb ("they had absolutely nothing", "he has no"). */
const DENIAL_FILLERS = new Set(['had', 'has', 'have', 'absolutely', 'really', 'simply', 'certainly', 'definitely', 'clearly', 'nothing']);

/**
 * (lane resp11) The side of a pronoun subject of an English denial verb at word `v` ("they had
 * absolutely nothing to do with", "they had no involvement"): the nearest side before it in its
 * sentence that is not the addressee of a verb of telling (data/responsibility-en.tsv `tell`:
 * "Russian officials told Turkey they ...", "Ukrainian diplomats assured Hungary they ..." name the
 * teller first, the one told after the verb). Null when the subject is no such pronoun or no side
 * is found (the caller then reads the words before the verb as before).
 */
function pronounTeller(text: string, words: readonly Word[], v: number, sideIn: (words: Word[], from: number, to: number, backwards: boolean) => Side | null): Side | null {
  const l = enLex();
  let p = v - 1;
  while (p >= 0 && v - p <= 3 && DENIAL_FILLERS.has(words[p]!.w)) p--;
  if (p < 0 || !TELLER_PRONOUNS.has(words[p]!.w)) return null;
  for (let k = p - 1; k >= 0 && p - k <= 14; k--) {
    if (/[.!?;]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return null;
    const side = sideIn(words as Word[], k, k + 1, false);
    if (!side) continue;
    // the one told: right after the verb of telling, or after it and an article
    const before = words[k - 1]?.w;
    if ((before && l.tell.has(before)) || (before === 'the' && l.tell.has(words[k - 2]?.w ?? ''))) continue;
    return side;
  }
  return null;
}

/**
 * Whose weapon did it and who is to blame, in English claims (data/responsibility-en.tsv):
 * - "[the missile] was (most likely) a Ukrainian air defence missile" → UA did it; "the missile was
 *   not Ukrainian", "it was not our missile" (the speaker's) → that side did not;
 * - "Russia was to blame", "Russia is responsible", "Putin was a war criminal", "Moscow was behind the blast", "blamed Russia",
 *   "blamed the explosion on Russia" → RU did it; "Russia is not responsible", "Moscow had nothing
 *   to do with it", "Moscow was not involved", "there was no Russian involvement" → RU did not;
 * - "a terrorist act by Russian troops", "was fired by Ukrainian air defence" → the side after "by";
 * - "a provocation by the Kyiv regime", "a Ukrainian provocation" → that side staged it; "a false
 *   flag", "staged" with no side → the speaker's opponent did it;
 * - a denial cue ("Moscow denied any involvement", "rejected the accusations", "denied striking
 *   the hospital") → the speaker's own side did not do it.
 * `sideIn` is compare's side reader (countries, demonyms, actors; "the enemy" against the
 * speaker), `speakerSide` the claim's speaker's side.
 */
export function weaponFacts(
  text: string,
  frags: readonly { start: number; end: number }[],
  sideIn: (words: Word[], from: number, to: number, backwards: boolean) => Side | null,
  cue: { text: string; start: number; end: number } | null = null,
  speakerSide: Side | null = null,
  named = false,
): EventFact[] {
  const l = enLex();
  const out: EventFact[] = [];
  const push = (side: Side, polarity: 1 | -1, a: Word, b: Word): void => {
    if (!out.some((o) => o.agentSide === side && o.polarity === polarity)) out.push({ topic: 'responsibility', agentSide: side, polarity, cause: null, text: text.slice(a.start, b.end), start: a.start, end: b.end });
  };
  const cueWord = cue ? cue.text.toLowerCase().trim() : '';
  // a denial cue of more words ("has denied", "has repeatedly denied", "denied on", "categorically
  // rejected"): its verb is a deny word, the others are auxiliaries, adverbs and a preposition
  const cueDenies = cue !== null && (l.deny.has(cueWord) || wordsOf(cue.text).some((w) => l.deny.has(w.w)));
  // "The Kremlin blamed Ukraine for ...", "accused Moscow of ...", "blamed the blast on Kyiv": the cue blames the side that opens the content, or the one after "on"
  if (cue && l.blame.has(cueWord) && frags[0]) {
    const words = wordsOf(text, frags[0].start, frags[0].end);
    // the object of the blame verb, between the cue and the content: "accused Baku of unleashing
    // an aggression", "blamed Ukrainian forces for the shelling of Shebekino"
    const gap = cue.end <= frags[0].start && frags[0].start - cue.end < 60 ? wordsOf(text, cue.end, frags[0].start) : [];
    let side = gap.length ? sideIn(gap, 0, gap.length, false) : null;
    side ??= words.length ? sideIn(words, 0, Math.min(words.length, 2), false) : null;
    for (let i = 0; !side && i < words.length - 1; i++) if (words[i]!.w === 'on') side = sideIn(words, i + 1, Math.min(words.length, i + 3), false);
    if (side) out.push({ topic: 'responsibility', agentSide: side, polarity: 1, cause: null, text: cue.text, start: cue.start, end: cue.end });
  }
  // a side with a weapon word or "our"/"ours" (the speaker's) at word k
  const sideAt = (words: Word[], k: number): Side | null => (l.own.has(words[k]!.w) ? speakerSide : sideIn(words, k, k + 1, false));
  let denyObject: Word | null = null;
  let attackWord: Word | null = null;
  // a denial verb inside the content whose subject is the speaker's own side ("Peskov said Moscow
  // categorically rejected all accusations of its troops' involvement"): read as the cue's denial
  let innerDeny: Word | null = null;
  for (const f of frags) {
    const words = wordsOf(text, f.start, f.end);
    // (lane involve) an accusation after "if" or "whether" in its sentence is supposed or asked ("if it
    // turns out that Russia was behind the blast", "must say whether it is behind them"): no one's
    const supposedAt = (i: number): boolean => {
      for (let k = i - 1; k >= 0; k--) {
        if (/[.!?]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
        if (l.suppose.has(words[k]!.w)) return true;
      }
      return false;
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.w;
      if (l.decision.has(w)) {
        // (lane involve) "decisions on such attacks are taken in Washington, not in Kyiv": decisions
        // on a strike (an act word before the verb) taken in a capital: that side is behind it; the
        // one after "not in" is only where they are not taken
        const take = words.findIndex((x, k) => k > i && k - i <= 6 && l.take.has(x.w));
        if (take < 0 || !words.slice(i + 1, take).some((x) => l.act.has(x.w)) || supposedAt(i)) continue;
        for (let k = take + 1; k < Math.min(words.length, take + 8); k++) {
          if (words[k - 1]!.w !== 'in' || words[k - 2]?.w === 'not') continue;
          const side = sideIn(words, k, k + 1, false);
          if (side) {
            push(side, 1, words[i]!, words[k]!);
            break;
          }
        }
        continue;
      }
      if (!innerDeny && speakerSide && l.deny.has(w) && i > 0 && sideIn(words, Math.max(0, i - 3), i, true) === speakerSide) innerDeny = words[i]!;
      if (l.object.has(w) && !denyObject) denyObject = words[i]!;
      // (lane resp14) "denied it was behind the collapse", "denied they were involved": a pronoun
      // subject's taking part is what the denial denies
      if (l.behind.has(w) && !denyObject && i > 1 && l.copula.has(words[i - 1]!.w) && PRONOUN_SUBJECTS.has(words[i - 2]!.w)) denyObject = words[i]!;
      if ((l.act.has(w) || l.weapon.has(w)) && !attackWord) attackWord = words[i]!;
      if (l.copula.has(w)) {
        // copula (hedges, a negation) side-word (modifiers) weapon | copula not side-word (end of clause)
        let k = i + 1;
        let neg = false;
        while (k < words.length && (l.hedge.has(words[k]!.w) || l.negation.has(words[k]!.w))) {
          if (l.negation.has(words[k]!.w)) neg = true;
          k++;
        }
        if (k >= words.length) continue;
        const side = sideAt(words, k);
        if (!side) continue;
        let m = k + 1;
        while (m < words.length && MODIFIERS.test(words[m]!.w)) m++;
        const weaponAfter = m < words.length && l.weapon.has(words[m]!.w);
        // "was not Ukrainian": the weapon is the subject before the copula
        // "our" needs its weapon after it ("not our missile"); "ours" stands alone ("it was not ours")
        if (words[k]!.w === 'our' && !weaponAfter) continue;
        const weaponBefore = words.slice(Math.max(0, i - 4), i).some((x) => l.weapon.has(x.w)) || (words[k]!.w === 'ours' && words.slice(Math.max(0, i - 2), i).some((x) => x.w === 'it'));
        if (weaponAfter || (weaponBefore && (m >= words.length || /^[\s,.;:]/.test(text.slice(words[k]!.end, words[k]!.end + 1))))) {
          push(side, neg ? -1 : 1, words[i]!, words[weaponAfter ? m : k]!);
        }
      } else if ((l.blame.has(w) || l.behind.has(w) || l.claim.has(w)) && supposedAt(i)) {
        continue;
      } else if (l.blame.has(w) || (l.behind.has(w) && i > 0 && (l.copula.has(words[i - 1]!.w) || l.hedge.has(words[i - 1]!.w) || (l.negation.has(words[i - 1]!.w) && i > 1 && (l.copula.has(words[i - 2]!.w) || l.hedge.has(words[i - 2]!.w)))))) {
        // (also "Ukraine was not involved", "Kyiv is not behind it": a negation after the copula)
        // "Russia was to blame" / "Russia is responsible" / "Moscow was behind": the side before; "blamed Russia": the side after
        if (w === 'blame' || w === 'responsible' || w === 'accountable' || w === 'guilty' || w === 'culpable' || w === 'criminal' || w === 'criminals' || l.behind.has(w)) {
          const side = sideIn(words, Math.max(0, i - 4), i, true);
          const neg = words.slice(Math.max(0, i - 3), i).some((x) => l.negation.has(x.w));
          if (side) push(side, neg ? -1 : 1, words[Math.max(0, i - 3)]!, words[i]!);
        } else if (w === 'culprit' || w === 'culprits') {
          // "the culprit was Russia" / "Russia is the culprit"
          const side = sideIn(words, i + 1, Math.min(words.length, i + 4), false) ?? sideIn(words, Math.max(0, i - 4), i, true);
          if (side) push(side, 1, words[i]!, words[i]!);
        } else {
          const side = sideIn(words, i + 1, Math.min(words.length, i + 3), false);
          if (side) push(side, 1, words[i]!, words[Math.min(words.length - 1, i + 2)]!);
        }
      } else if (AGENT_PREPS.has(w) && i > 0) {
        // "<act> by <side>": "a terrorist act by Russian troops", "was shot down by Ukrainian air defence"
        let k = i - 1;
        if (PARTICLES.has(words[k]!.w) && k > 0) k--;
        const act = l.act.has(words[k]!.w) || (w === 'of' && l.staged.has(words[k]!.w));
        if (!act || (w === 'of' && !l.staged.has(words[k]!.w))) continue;
        if (enRepelled(text, words, k)) continue; // "repelled four attacks by Ukrainian assault groups"
        // "a missile shot down by Ukrainian air defences": who shot a weapon down defended; its owner attacked
        if (l.intercept.has(words[k]!.w) && words.slice(Math.max(0, k - 3), k).some((x) => l.weapon.has(x.w))) continue;
        // "there was no indication that the helicopter had been hit by enemy fire"
        if (enEvidenceDenied(text, words[k]!.start)) continue;
        if (clauseBreakBetween(text, words, k, i)) continue;
        const side = sideIn(words, i + 1, Math.min(words.length, i + 4), false);
        if (!side) continue;
        // "may have been caused by a Ukrainian missile" said by Kyiv: its own side named under a modal of possibility accuses no one
        if (side === speakerSide && words.slice(Math.max(0, k - 4), k).some((x) => l.maybe.has(x.w))) continue;
        const neg = words.slice(Math.max(0, k - 3), k).some((x) => l.negation.has(x.w));
        push(side, neg ? -1 : 1, words[k]!, words[Math.min(words.length - 1, i + 1)]!);
      } else if (l.staged.has(w) && (w !== 'flag' || words[i - 1]?.w === 'false')) {
        // "a Ukrainian provocation", "Kyiv's provocation": the side right before; "by/of" after is read above
        const before = sideIn(words, Math.max(0, i - 2), i, true);
        const after = i + 1 < words.length && AGENT_PREPS.has(words[i + 1]!.w) ? sideIn(words, i + 2, Math.min(words.length, i + 5), false) : null;
        const neg = words.slice(Math.max(0, i - 3), i).some((x) => l.negation.has(x.w));
        if (neg) continue; // "it was not staged"
        const side = after ?? before ?? opponent(speakerSide);
        if (side && !after) push(side, 1, words[before ? Math.max(0, i - 1) : i]!, words[i]!);
      } else if (l.part.has(w) && i > 1 && !/[,;:.!?]/.test(text.slice(words[Math.max(0, i - 4)]!.start, words[i]!.start))) {
        // "there was no Ukrainian involvement", "no evidence of Russian involvement": the side right
        // before the noun did not do it, when a word of none stands within four words before it
        const side = sideIn(words, i - 1, i, true);
        // "no" right before the side, or with one word of evidence between ("no evidence of", "no sign of");
        // not "no confirmation of", "no trace of", "no immediate comment on" (review4 #1)
        const at = (k: number): string | undefined => (k >= 0 ? words[k]!.w : undefined);
        const none = l.absent.has(at(i - 2) ?? '') ? words[i - 2]
          : l.absent.has(at(i - 3) ?? '') && l.proof.has(at(i - 2) ?? '') ? words[i - 3]
          : l.absent.has(at(i - 4) ?? '') && l.proof.has(at(i - 3) ?? '') && at(i - 2) === 'of' ? words[i - 4]
          : undefined;
        if (side && none) push(side, -1, none, words[i]!);
        else if (!side && l.absent.has(at(i - 1) ?? '') && l.have.has(at(i - 2) ?? '')) {
          // "Tehran had no involvement in the attack", "Kyiv has no role in it": the side before the verb
          const before = pronounTeller(text, words, i - 2, sideIn) ?? sideIn(words, Math.max(0, i - 5), i - 2, true);
          if (before) push(before, -1, words[i - 2]!, words[i]!);
        }
      } else if (l.claim.has(w) && (words[i + 1]?.w === 'responsibility' || words[i + 1]?.w === 'credit' || (l.degree.has(words[i + 1]?.w ?? '') && words[i + 2]?.w === 'responsibility'))) {
        // "Ukraine's security service claimed responsibility for the explosions", "Russia bears full
        // responsibility" (a `degree` word may stand between; lane involve): the side before did it
        const side = sideIn(words, Math.max(0, i - 4), i, true);
        const neg = words.slice(Math.max(0, i - 3), i).some((x) => l.negation.has(x.w));
        if (side && !neg) push(side, 1, words[Math.max(0, i - 1)]!, words[words[i + 1]!.w === 'responsibility' || words[i + 1]!.w === 'credit' ? i + 1 : i + 2]!);
      } else if (l.answer.has(w) && words[i + 1]?.w === 'for' && i > 0) {
        // "Russia ... would have to answer for it", "Moscow will answer for this crime": the subject of
        // "answer" in its clause (no comma between; the subject may stand before "and") is to blame.
        // Not a side a relative clause or a preposition names ("those who fired missiles at Kyiv
        // would answer for it", "those who attacked Ukraine": the side it was done to): the subject
        // stands before "who/that/which"; no side subject, no fact (lane fixA, finding 2)
        let a = i;
        while (a > 0 && i - a < 12 && !clauseBreakBetween(text, words, a - 1, a, 'paren')) a--;
        const rel = words.slice(a, i).findIndex((x) => ANSWER_REL.has(x.w));
        const upTo = rel >= 0 ? a + rel : i;
        let side: Side | null = null;
        for (let k = upTo - 1; k >= a && !side; k--) {
          const s = sideIn(words, k, k + 1, true);
          if (!s) continue;
          // "at Kyiv", "against Ukrainian cities": the side after a preposition is no subject
          if ([words[k - 1]?.w, words[k - 2]?.w].some((x) => x !== undefined && ANSWER_PREPS.has(x))) continue;
          side = s;
        }
        const neg = words.slice(Math.max(0, i - 3), i).some((x) => l.negation.has(x.w) || x.w === 'nobody');
        if (side && !neg) push(side, 1, words[i]!, words[i + 1]!);
      } else if (l.rest.has(w) && words[i + 1]?.w === 'with' && words.slice(Math.max(0, i - 14), i).some((x) => x.w === 'responsibility' || x.w === 'blame' || x.w === 'onus') && !clauseBreakBetween(text, words, Math.max(0, i - 1), i)) {
        // (lane resp14) "responsibility for the shelling ... lies with Ukraine's armed forces", "the blame
        // rests with Moscow": the side after "with"
        const side = sideIn(words, i + 2, Math.min(words.length, i + 5), false);
        const neg = words.slice(Math.max(0, i - 3), i).some((x) => l.negation.has(x.w));
        if (side) push(side, neg ? -1 : 1, words[i]!, words[Math.min(words.length - 1, i + 2)]!);
      } else if (l.disown.has(w) && words[i + 1]?.w === 'to' && words[i + 2]?.w === 'do' && words[i + 3]?.w === 'with') {
        // "Moscow had nothing to do with the blast"; "Russian officials told Turkey they had nothing
        // to do with it": a pronoun subject is the teller, not the one told (`pronounTeller`)
        const side = pronounTeller(text, words, i, sideIn) ?? sideIn(words, Math.max(0, i - 4), i, true) ?? speakerSide;
        if (side) push(side, -1, words[i]!, words[i + 3]!);
      }
    }
  }
  // "Russian drones entered Polish airspace", "a Ukrainian missile hit the village": a side's weapon
  // named as what did it, when nothing else in the claim says who did it (not after "at"/"against":
  // a weapon aimed at a side is not its own). "Russian-made" is where it was built, not who fired it.
  if (out.length === 0 && !named) {
    for (const f of frags) {
      const words = wordsOf(text, f.start, f.end);
      for (let k = 0; k < words.length - 1 && out.length === 0; k++) {
        // "there was no evidence that the depot had been struck by a Ukrainian drone"
        if (enEvidenceDenied(text, words[k]!.start) || enSetAside(text, words[k]!.start)) continue;
        if (k > 0 && /^(at|against|on|toward|towards|by|of)$/.test(words[k - 1]!.w)) continue;
        // (lane resp14) nor in a case supposed or asked: "that if a Russian missile hit Polish territory"
        // (a `suppose` word up to three words before the side, no comma between)
        if (words.slice(Math.max(0, k - 3), k).some((x) => l.suppose.has(x.w) && !/[,;]/.test(text.slice(x.end, words[k]!.start)))) continue;
        if (/-(made|built|produced|designed)$/.test(words[k]!.w)) continue;
        const side = sideIn(words, k, k + 1, false);
        if (!side) continue;
        let m = k + 1;
        while (m < words.length && MODIFIERS.test(words[m]!.w) && !/^(made|built|produced)$/.test(words[m]!.w)) m++;
        if (m < words.length && l.weapon.has(words[m]!.w) && /^\s+$/.test(text.slice(words[m - 1]!.end, words[m]!.start))) {
          const neg = words.slice(Math.max(0, k - 3), k).some((x) => l.negation.has(x.w));
          push(side, neg ? -1 : 1, words[k]!, words[m]!);
        }
      }
    }
  }
  // "Russia denied that its forces were responsible", "denied that a Russian missile hit the market":
  // what a denying claim says its own side did is what it denies
  if (cue && cueDenies && speakerSide) {
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      if (o.agentSide !== speakerSide || o.polarity !== 1) continue;
      if (out.some((x) => x.agentSide === speakerSide && x.polarity === -1)) out.splice(k--, 1);
      else out[k] = { ...o, polarity: -1 };
    }
  }
  // "Moscow denied any involvement", "Kyiv rejected the accusations", "denied striking the hospital"
  if (cue && cueDenies && speakerSide && (denyObject || attackWord) && !out.some((o) => o.agentSide === speakerSide)) {
    out.push({ topic: 'responsibility', agentSide: speakerSide, polarity: -1, cause: null, text: cue.text, start: cue.start, end: cue.end });
  }
  // the same denial said inside the content, with the speaker's side as its subject and its object after it
  if (innerDeny && speakerSide && denyObject && denyObject.start > innerDeny.start && !out.some((o) => o.agentSide === speakerSide)) {
    out.push({ topic: 'responsibility', agentSide: speakerSide, polarity: -1, cause: null, text: text.slice(innerDeny.start, denyObject.end), start: innerDeny.start, end: denyObject.end });
  }
  return out;
}

/**
 * Whether a claim says where decisions on strikes are taken (lane involve): «Решения о подобных атаках
 * принимаются не в Киеве, а в Вашингтоне», "decisions on such attacks are taken in Washington, not in
 * Kyiv" (a `decide`/`decision` word, a strike word after it, a `take` verb within six words). The
 * capitals such a claim names are seats of power, not where anything happened (src/compare/facts.ts).
 */
export function decisionSeat(text: string, frags: readonly { start: number; end: number }[]): boolean {
  const l = enLex();
  for (const f of frags) {
    const words = wordsOf(text, f.start, f.end);
    if (hasCyrillicIn(text, f.start, f.end)) {
      const marks = marksOf(words);
      for (const m of marks) {
        if (m.row.cls !== 'decide') continue;
        const take = marks.find((x) => x.row.cls === 'take' && x.i > m.i && x.i - m.end <= 6);
        if (take && marks.some((x) => x.i >= m.end && x.i < take.i && (x.row.cls === 'attack' || x.row.cls === 'blast' || x.row.cls === 'weapon'))) return true;
      }
      continue;
    }
    for (let i = 0; i < words.length; i++) {
      if (!l.decision.has(words[i]!.w)) continue;
      const take = words.findIndex((x, k) => k > i && k - i <= 6 && l.take.has(x.w));
      if (take >= 0 && words.slice(i + 1, take).some((x) => l.act.has(x.w))) return true;
    }
  }
  return false;
}

/**
 * Whether a Russian or Ukrainian claim calls charges false (lane involve): a fragment that holds a
 * `denial` word (ложью, абсурд, фейк, вигадка) and a word of what others say (a `charge` noun:
 * утверждения, заявления, твердження; a `hearsay` one: версии, чутки; or an accusation: обвинения),
 * as in «назвал абсолютной ложью утверждения, будто Кремль причастен», «заявления о причастности
 * России ... глупы и абсурдны»: the side answers an accusation, a dispute of the war's kind.
 */
export function ruukChargeDenied(text: string, frags: readonly { start: number; end: number }[]): boolean {
  for (const f of frags) {
    if (!hasCyrillicIn(text, f.start, f.end)) continue;
    const marks = marksOf(wordsOf(text, f.start, f.end));
    if (marks.some((m) => m.row.cls === 'denial') && marks.some((m) => m.row.cls === 'charge' || m.row.cls === 'hearsay' || m.row.cls === 'blame')) return true;
  }
  return false;
}

/**
 * Whether a Russian or Ukrainian phrase names a weapon, an air or strike word or debris (rows of
 * data/responsibility-ruuk.tsv of class weapon, attack other than «атак…», blast, debris, shootdown,
 * interceptor): what makes an «атака» a strike rather than an assault on foot («об атаке 50 дронов»,
 * «ракетной атаки» against «попытались контратаковать позиции»).
 */
export function ruukArmedIn(text: string, start: number, end: number): boolean {
  if (!hasCyrillicIn(text, start, end)) return false;
  const words = wordsOf(text, start, end);
  for (let i = 0; i < words.length; i++) {
    const m = matchAt(words, i);
    if (!m) continue;
    const c = m.row.cls;
    if (c === 'weapon' || c === 'blast' || c === 'debris' || c === 'shootdown' || c === 'interceptor' || c === 'hit') return true;
    if (c === 'attack' && !/^атак/.test(m.row.words[0]!.stem)) return true;
  }
  return false;
}

/** The side a Russian or Ukrainian phrase names ("российских военнослужащих" → RU), or null: the first side row in it. */
export function ruukSideIn(text: string, start: number, end: number): Side | null {
  if (!hasCyrillicIn(text, start, end)) return null;
  const words = wordsOf(text, start, end);
  for (let i = 0; i < words.length; i++) {
    const m = matchAt(words, i);
    if (m && m.row.cls === 'side' && m.row.value) return m.row.value;
  }
  return null;
}

let vesselWords: Set<string> | null = null;
/** Words that name a vessel before its name ("the cruiser Moskva"): rows "before ... vessel" of data/place-name-clues.tsv. */
function vesselClues(): Set<string> {
  return (vesselWords ??= new Set(table('place-name-clues.tsv').filter((r) => r[1] === 'before' && r[2] === 'vessel').map((r) => r[0]!.toLowerCase())));
}

/**
 * The vessels a text names ("the cruiser Moskva", "the flagship «Moskva»"), as [name, start, end],
 * in text order: a vessel word of data/place-name-clues.tsv, then (over quotation marks) a
 * capitalised name. An event at sea has no town: the ship is where it happened.
 */
export function vesselsIn(text: string, start = 0, end = text.length): [string, number, number][] {
  const out: [string, number, number][] = [];
  const clues = vesselClues();
  const re = /([\p{L}-]+)\s+(?:the\s+)?["“«']?(\p{Lu}[\p{L}-]+)/gu;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    if (!clues.has(m[1]!.toLowerCase())) {
      re.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const s = m.index + m[0].length - m[2]!.length;
    if (s + m[2]!.length <= end) out.push([m[2]!, s, s + m[2]!.length]);
  }
  return out;
}

/**
 * Whether an English claim's content talks about who did it rather than telling of a strike: a denial
 * verb or a word of involvement or accusation ("Kyiv rejected all accusations of its troops'
 * involvement in the shelling of Donetsk"). Its strike of no named doer is what is argued over, no
 * account of its own.
 */
/**
 * (lane resp14) Whether the English strike word at `start` of `text` is what a side disowns: "had
 * nothing to do with" (a `disown` row) up to six words before it in its clause ("Russia had nothing to
 * do with the missile strike"): no account that the side named before it struck.
 */
export function enDisownedAct(text: string, start: number): boolean {
  if (hasCyrillicIn(text, start, start + 2)) return false;
  const l = enLex();
  const words = wordsOf(text, Math.max(0, start - 80), start);
  for (let k = words.length - 1; k >= Math.max(0, words.length - 6); k--) {
    if (k + 1 < words.length && /[.!?;:,]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
    if (words[k]!.w === 'with' && words[k - 1]?.w === 'do' && words[k - 2]?.w === 'to' && l.disown.has(words[k - 3]?.w ?? '')) return true;
  }
  return false;
}

/**
 * (lane resp14) Whether English claim fragments blame someone for a strike: a blame word ("blamed",
 * "responsible", "responsibility", "had nothing to do with", "was behind") and an act or weapon word,
 * or a denial cue ("denied") of taking part ("involvement", "was behind").
 * Said by a voice of one of the two sides it is war reporting, whatever the document's other words.
 */
export function enBlameTalk(text: string, frags: readonly { start: number; end: number }[], cue: { text: string } | null = null): boolean {
  const l = enLex();
  const ws = frags.flatMap((f) => wordsOf(text, f.start, f.end));
  // (a denial cue of taking part: "denied it was behind the collapse", "denied any involvement in")
  if (cue && wordsOf(cue.text).some((w) => l.deny.has(w.w)) && ws.some((w, i) => l.object.has(w.w) || l.part.has(w.w) || (l.behind.has(w.w) && i > 0 && l.copula.has(ws[i - 1]!.w)))) return true;
  const blames = ws.some((w, i) => l.blame.has(w.w) || w.w === 'responsibility' || (l.disown.has(w.w) && ws[i + 1]?.w === 'to') || (l.behind.has(w.w) && i > 0 && l.copula.has(ws[i - 1]!.w)));
  return blames && ws.some((w) => l.act.has(w.w) || l.weapon.has(w.w));
}

/**
 * Whether the claim fragments of `text` talk of who did it: a denial, involvement or taking part.
 */
export function enAttributionTalk(text: string, frags: readonly { start: number; end: number }[]): boolean {
  const l = enLex();
  return frags.some((f) => wordsOf(text, f.start, f.end).some((w) => l.deny.has(w.w) || l.object.has(w.w) || l.part.has(w.w)));
}

/**
 * Whether the English word at `at` stands in an alternative set aside: "rather than" or "instead of"
 * up to three words before it ("caused by a gas leak rather than by a drone strike").
 */
export function enSetAside(text: string, at: number): boolean {
  return /\b(?:rather\s+than|instead\s+of)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, at - 60), at));
}

/** Whether `w` (lower case) is an English word of a planted device of data/responsibility-en.tsv (bomb, explosives, grenade ...). */
export function enDeviceWord(w: string): boolean {
  return enLex().device.has(w);
}

/** Whether `w` (lower case) is an English air word of data/responsibility-en.tsv (air, aerial, uav ...). */
export function enAirWord(w: string): boolean {
  return enLex().air.has(w);
}

/** Whether `w` (lower case) is an English blame word of data/responsibility-en.tsv (accused, blamed ...). */
export function enBlameWord(w: string): boolean {
  return enLex().blame.has(w);
}

/** Whether `w` (lower case) is an English weapon noun of data/responsibility-en.tsv (missile, drones ...). */
export function enWeaponWord(w: string): boolean {
  return enLex().weapon.has(w);
}

/**
 * The doer a passive or reduced relative names after the English trigger ending at `end`: "(was)
 * fired by Russia", "shot down by air defences", "hit by several drones". Returns undefined when
 * no "by" phrase follows (a particle out/up/down/off may stand between), else the side of the two to
 * four words after "by", or null when they name none ("by fire", "by sabotage"). `sideOf` reads a
 * side from words (compare's `sideIn`).
 */
export function enByAgent(text: string, end: number, sideOf: (words: Word[], from: number, to: number) => Side | null): Side | null | undefined {
  const words = wordsOf(text, end, Math.min(text.length, end + 80));
  let k = 0;
  if (words[k] && PARTICLES.has(words[k]!.w)) k++;
  if (words[k]?.w !== 'by' || /[,;:.!?]/.test(text.slice(end, words[k]!.start))) return undefined;
  let to = k + 1;
  while (to < Math.min(words.length, k + 5) && !clauseBreakBetween(text, words, to - 1, to)) to++;
  return sideOf(words, k + 1, to);
}

/**
 * Whether the English trigger at `at` stands after a denial of evidence in its sentence ("there was no
 * indication that the helicopter had been hit", "no sign of an attack", "no evidence that drones were
 * involved"): a word of class `absent` (no), one or two words later a `proof` noun, then "that" or
 * "of", before the trigger with no clause mark between. Such a claim does not say the strike happened.
 */
export function enEvidenceDenied(text: string, at: number): boolean {
  const l = enLex();
  const lo = Math.max(0, at - 160);
  const words = wordsOf(text, lo, at);
  for (let i = words.length - 1; i >= 0; i--) {
    if (/[;:.!?]/.test(text.slice(words[i]!.end, i + 1 < words.length ? words[i + 1]!.start : at))) return false;
    if (!l.absent.has(words[i]!.w)) continue;
    for (let j = i + 1; j <= Math.min(words.length - 2, i + 2); j++) {
      if (l.proof.has(words[j]!.w) && (words[j + 1]!.w === 'that' || words[j + 1]!.w === 'of')) return true;
    }
  }
  return false;
}

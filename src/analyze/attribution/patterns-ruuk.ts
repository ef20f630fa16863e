/**
 * Attribution patterns for Russian and Ukrainian text ("who said what"), run on the paragraphs the
 * language stage marked 'ru' or 'uk'. Cue verbs in all their forms and the fixed phrases come
 * from data files (data/cue-verbs-ru.tsv, data/cue-verbs-uk.tsv, data/ruuk-words.tsv); speakers
 * are resolved to actors by src/analyze/ruuk/names.ts. Patterns, in the order they are tried:
 *
 * - headline attribution: "…, — Генштаб", "… — Минобороны РФ", "Министр: …" (one line);
 * - "по словам X, …" / "за словами X", "по данным X" / "за даними X", "по его словам";
 * - "об этом сообщил X" / "про це повідомив X": the content is the sentences before, or the
 *   paragraph before when the sentence opens its paragraph;
 * - "как сообщил X, …" / "як повідомив X, …";
 * - inverted: "«…», — заявил X", "…, сообщили в Минобороны", "…, — сказав Путін";
 * - preposed: "X заявил, что …" / "X заявив, що …", "X сообщил о …", "X написал: «…»",
 *   "в X заявили, что …" / "у X повідомили, що …" (an organisation), "Он добавил, что …";
 * - passive: "сообщается, что …", "в сообщении X говорится, что …", "…, йдеться у звіті X";
 * - (branch ruattr) "Так X ответил …" / "Так прокоментував X" over the sentences before; "…, об этом
 *   заявил X" over the clause before; "Про це X написав" with the speaker before the cue; a statement
 *   signed on the next line "— X"; a short item closed by "…, передает ТАСС." over its whole line.
 *   Abbreviated titles ("и. о.", "врио", "т.в.о.") are part of a speaker, never its end.
 * - (branch ruattr2) reaction verbs in every pattern ("Так X відреагував / оцінив", "Так ситуацію
 *   охарактеризував X"); an outlet the speaker told ("Про це Суспільному сказав X", "Как заявил SHOT
 *   депутат") and a platform after the cue ("написав у Telegram X") are never the speaker; "Как стало
 *   известно Mash, …"; "…, сообщает X со ссылкой на Y" (Y's own claim); "О смерти сообщил X"; unnamed
 *   sources ("джерело в СБУ") named by their phrase, "співрозмовник" referring back to them.
 *
 * - (lane attrib) claims carried by a noun and its genitive owner ("опровергло заявления Киева о том,
 *   что …", "Всупереч заявам Міноборони Росії про те, що …, …"): the owner's claim, rule 'ruuk-nominal';
 *   a quotation before "Так X відреагував на …" is words whatever it answers.
 *
 * Pronouns and bare titles ("он", "він", "министр") take the name of the previous speaker.
 */
import type { ClaimDraft, Doc } from '../doc.js';
import type { ClaimKind, Speaker, TextSpan } from '../types.js';
import { ruukLexicon, type RuukCue } from '../ruuk/lexicon.js';
import { table } from '../../lexicon/index.js';
import { grammarSet } from '../../lexicon/grammar.js';
import { findActor, nominative, nominativePhrase, speakerName, speakerType, subjectStart } from '../ruuk/names.js';
import { morph, morphologyLoaded, morphologyReady } from '../ruuk/morph.js';
import { defaultGazetteer } from '../places/gazetteer.js';
import { lookupSurface } from '../places/recognise.js';
import { sideOfPhrase } from '../../lexicon/sides.js';
import { genderFits, nameGender, pronounGender, type Gender } from './gender.js';

interface W {
  lower: string;
  start: number;
  end: number;
  cap: boolean;
}

interface Ctx {
  doc: Doc;
  lang: 'ru' | 'uk';
  /** cue start offsets already used */
  used: Set<number>;
  last: Speaker | null;
  /** the named speakers of the claims emitted so far, with their content, in order (speak10) */
  spoken: { speaker: Speaker; content: TextSpan[] }[];
}

// (lane speak14) an outlet's web address is one word ("LIGA.net", "Lenta.ru", "Страна.ua"): its dot ends no phrase
const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*(?:\.(?:net|ru|ua|com|org|info|news|media)(?![\p{L}\p{N}]))?/gu;
const CONTENT_START = /[\p{L}\p{N}"«„“]/u;
const TITLES = grammarSet('ruuk-title');
const PREPS = new Set(['в', 'во', 'у', 'на', 'после', 'після', 'при', 'под', 'під', 'з', 'із', 'с', 'со', 'за', 'перед', 'до']);
const ORG_PREPS = new Set(['в', 'во', 'у']);
/** Prepositions of a circumstance between a subject and its verb ("в интервью", "на брифинге"). */
const LOCATIVE_PREPS = new Set(['в', 'во', 'на']);
const COMPLEMENT = new Set(['что', 'що', 'чтобы', 'щоб', 'о', 'об', 'про', 'мол', 'будто', 'ніби', 'нібито', 'якобы']);
const AS = new Set(['как', 'як']);
const MODALS = new Set(['может', 'могут', 'можно', 'должен', 'должна', 'должны', 'готов', 'готова', 'хочет', 'намерен', 'будет',
  'стал', 'може', 'можуть', 'мусить', 'повинен', 'має', 'буде', 'не']);
/** Verbs whose direct object is the content ("опроверг сообщения", "закликав союзників …"). */
const BARE_OBJECT = grammarSet('ruuk-bare-object-cue');
const CONJ = new Set(['но', 'а', 'и', 'однако', 'та', 'і', 'й', 'але', 'проте', 'потом', 'затем', 'потім', 'тогда', 'тоді']);
const RELATIVE = new Set(['о', 'об', 'про', 'который', 'которая', 'которые', 'кто', 'что', 'що', 'хто', 'який', 'яка', 'які', 'чем', 'чём', 'чого']);
const WEEKDAYS = /^(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)$/;
const POSSESSIVE = new Set(['его', 'ее', 'её', 'их', 'його', 'її', 'їх']);
/** (speakru12) The cue a verb of data/ruuk-words.tsv `as-cue` is after «как» / «як»: a report. */
const AS_CUE: RuukCue = { lemma: '', cls: 'report', lang: 'ru', plural: false, gerund: [] };

/** Per UTF-16 code unit: 0 not yet known, 1 lower case does not change it, 2 it does (a capital). */
const CAP_UNIT = new Uint8Array(65536);

/** Whether the code unit `c` changes under toLowerCase (a capital), memoised per code unit. */
function capUnit(c: number): boolean {
  let v = CAP_UNIT[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = CAP_UNIT[c] = ch !== ch.toLowerCase() ? 2 : 1;
  }
  return v === 2;
}

function wordsIn(doc: Doc, a: number, b: number): W[] {
  const out: W[] = [];
  const s = doc.norm.slice(a, b);
  // the span lowered once gives each word's lower case when lowering maps each character to one
  // character without looking at its neighbours: no length change (İ), no capital sigma (Σ, whose
  // lower case depends on the letters around it)
  const low = s.toLowerCase();
  const byChar = low.length === s.length && !s.includes('\u03a3');
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const w = m[0];
    const lower = byChar ? low.slice(m.index, m.index + w.length) : w.toLowerCase();
    out.push({ lower, start: a + m.index, end: a + m.index + w.length, cap: capUnit(w.charCodeAt(0)) });
  }
  return out;
}

/** Phrase lists by their first word, keeping the list's order (longest first), per list. */
const PHRASES_BY_FIRST = new WeakMap<string[][], Map<string, string[][]>>();

function phrasesStartingWith(list: string[][], first: string): string[][] | undefined {
  let by = PHRASES_BY_FIRST.get(list);
  if (!by) {
    by = new Map();
    for (const p of list) {
      // an empty phrase matches nothing: phraseAt returns 0 for it as for no match
      if (p.length === 0) continue;
      const l = by.get(p[0]!);
      if (l) l.push(p);
      else by.set(p[0]!, [p]);
    }
    PHRASES_BY_FIRST.set(list, by);
  }
  return by.get(first);
}

function phraseAt(ws: W[], i: number, list0: string[][] | undefined): number {
  if (!list0 || i >= ws.length) return 0;
  // only the phrases whose first word is word i can match
  const list = phrasesStartingWith(list0, ws[i]!.lower);
  if (!list) return 0;
  for (const p of list) {
    if (i + p.length > ws.length) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = ws[i + k]!.lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}

function kindOfWord(w: string, kind: string): boolean {
  return (ruukLexicon().words.get(w) ?? []).some((x) => x.kind === kind);
}

/** Whether a Russian word is only an adverb or the short neuter adjective that doubles as one ("оперативно"). */
function adverbOnly(lower: string): boolean {
  const p = morph(lower)?.posAll;
  return !!p && p.includes('ADVB') && p.every((x) => x === 'ADVB' || x === 'ADJS');
}

/** Whether a lower-case word is an office or role that opens a speaker ("речник", "генерал-майор"). */
function titleLike(lower: string): boolean {
  return TITLES.has(lower) || TITLES.has(lower.split('-')[0]!) || kindOfWord(lower, 'role');
}

/** Trim spaces, dashes, commas and markdown off both ends of [a, b); null when nothing is left. */
function trim(doc: Doc, a: number, b: number, keepFinalStop = false): TextSpan | null {
  const t = doc.norm;
  while (a < b && !CONTENT_START.test(t[a]!)) a++;
  while (b > a && /[\s,;:—–\-*_.…!?)]/u.test(t[b - 1]!) && !(keepFinalStop && /[.!?]/.test(t[b - 1]!))) {
    if (t[b - 1] === ')' && t.lastIndexOf('(', b - 1) >= a) break;
    b--;
  }
  // keep an ellipsis or closing quote; drop a trailing lone "**"
  if (b <= a) return null;
  return doc.span(a, b);
}

/** The outermost quotation that ends at `end` (after trimming), if any. */
function quoteEndingAt(doc: Doc, end: number): { start: number; end: number } | null {
  for (const q of doc.quoteIndex().outer) if (q.end === end) return q;
  return null;
}

function quoteStartingAt(doc: Doc, start: number): { start: number; end: number } | null {
  const q = doc.quoteIndex().byStart.get(start);
  return q && q.depth === 0 ? q : null;
}

/**
 * A speaker phrase to the right of word `j` (after an inverted cue): addressees ("РИА Новости",
 * "журналистам") and an organisation's preposition ("в Минобороны") skipped; it ends at a comma,
 * colon, bracket, the end of the sentence or a stop phrase ("в интервью", "у Телеграмі").
 */
function speakerRight(ctx: Ctx, ws: W[], j: number, end: number): [number, number] | null {
  const { doc } = ctx;
  const lex = ruukLexicon();
  let k = j;
  // "написав у Telegram X", "заявил в интервью X": a circumstance of the cue (a stop phrase opened by
  // a preposition) right after it is no part of the speaker who follows it
  const circ = k < ws.length ? phraseAt(ws, k, lex.phrases['stop']) : 0;
  if (circ && ORG_PREPS.has(ws[k]!.lower) && k + circ < ws.length && ws[k + circ]!.start < end &&
    !gapHasStop(doc.norm.slice(ws[k + circ - 1]!.end, ws[k + circ]!.start))) k += circ;
  for (let guard = 0; guard < 3; guard++) {
    const lat = latinAddressee(doc, ws, k, end);
    if (lat) { k += lat; continue; }
    const n = phraseAt(ws, k, lex.phrases['addressee']);
    if (n && !(k + n < ws.length && /^[\s]*$/.test(doc.norm.slice(ws[k + n - 1]!.end, ws[k + n]!.start)) && ws[k + n]!.cap && n === 1 && false)) {
      // an addressee directly followed by a comma or the end is the speaker itself ("сообщил Bloomberg")
      const after = k + n < ws.length ? doc.norm.slice(ws[k + n - 1]!.end, ws[k + n]!.start) : '.';
      if (k + n >= ws.length || /[,.;:]/.test(after)) break;
      // "передає РБК-Україна з посиланням на …": the outlet that cites is the speaker
      if (phraseAt(ws, k + n, lex.phrases['stop']) || phraseAt(ws, k + n, lex.phrases['citing'])) break;
      k += n;
      // "порталу «ДАН» источники": the outlet's quoted name after its common noun is the addressee's too
      if (k < ws.length && /["«„]/.test(doc.norm[ws[k]!.start - 1] ?? '') && /^[ \u00a0]*["«„]$/.test(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) {
        // the closing quote must come before another opening quote and the sentence's end; a name left
        // unclosed ("порталу «ДАН источники") is taken as one word
        let q = k;
        const opens = (x: number): boolean => x > k && /^\s*["«„]$/.test(doc.norm.slice(ws[x - 1]!.end, ws[x]!.start));
        while (q < ws.length && q - k < 5 && ws[q]!.start < end && !opens(q) && !/^["»“]/.test(doc.norm.slice(ws[q]!.end, ws[q]!.end + 1))) q++;
        k = q < ws.length && q - k < 5 && ws[q]!.start < end && !opens(q) ? q + 1 : k + 1;
      }
      continue;
    }
    break;
  }
  // "— рассказал об этом пресс-секретарь …": the reference to the content is no part of the speaker
  if (k + 2 < ws.length && (ws[k]!.lower === 'об' || ws[k]!.lower === 'о' || ws[k]!.lower === 'про') && kindOfWord(ws[k + 1]!.lower, 'thisword') &&
    !gapHasStop(doc.norm.slice(ws[k + 1]!.end, ws[k + 2]!.start))) k += 2;
  // an abbreviated title ("т.в.о. міністра …", "в.о. начальника …") is the speaker's, its "в" no preposition
  const abbrev = k < ws.length ? titleAbbrAt(doc, ws, k) : 0;
  if (!abbrev && k < ws.length && ORG_PREPS.has(ws[k]!.lower) && k + 1 < ws.length) k++;
  if (k >= ws.length || ws[k]!.start >= end) return null;
  if (gapHasStop(doc.norm.slice(ws[k - 1]?.end ?? ws[k]!.start, ws[k]!.start))) return null;
  let e = k;
  while (e < ws.length && ws[e]!.start < end && e - k < 14) {
    if (e > k && e - k <= abbrev) {
      // inside the abbreviation, and the full stop right after it: no stop
    } else if (e > k) {
      const gap = doc.norm.slice(ws[e - 1]!.end, ws[e]!.start);
      // "т.в.о. міністра …": the full stops of an abbreviated title end no speaker
      if (gapHasStop(gap) && !inTitleAbbr(doc, ws, k, e)) break;
      if (phraseAt(ws, e, lex.phrases['stop']) || phraseAt(ws, e, lex.phrases['citing'])) break;
      // "объяснили юристы и добавили, что …": a second cue, with its conjunction, is no part of the speaker
      if (CONJ.has(ws[e]!.lower) && e + 1 < ws.length && ws[e + 1]!.start < end && lex.cues.has(ws[e + 1]!.lower) &&
        /^\s+$/.test(doc.norm.slice(ws[e]!.end, ws[e + 1]!.start))) break;
    }
    e++;
  }
  if (e === k) return null;
  // (speakru13) «— сообщила она РБК»: a personal pronoun is the whole speaker; what follows it is the outlet told
  if (e > k + 1 && SUBJECT_PRONOUNS.has(ws[k]!.lower)) return [k, k + 1];
  return [k, e];
}

const LATIN_WORD = /^[A-Za-z][A-Za-z0-9.&'’-]*$/;
const CYRILLIC_START = /^[\u0400-\u04ff]/;

/**
 * The number of words of an outlet written in Latin letters at word `k` that the speaker told
 * ("как заявил SHOT депутат", "рассказали Mash очевидцы", "сказал CNN Джон Кирби"): a run of Latin
 * words followed, with only a space between, by a Cyrillic word that is no stop or citing phrase;
 * 0 otherwise (a Latin name at the end, before a comma or "со ссылкой" is the speaker itself).
 */
function latinAddressee(doc: Doc, ws: W[], k: number, end: number): number {
  const lex = ruukLexicon();
  let e = k;
  while (e < ws.length && e - k < 4 && ws[e]!.start < end && LATIN_WORD.test(doc.norm.slice(ws[e]!.start, ws[e]!.end)) &&
    (e === k || /^[ \u00a0]+$/.test(doc.norm.slice(ws[e - 1]!.end, ws[e]!.start)))) e++;
  if (e === k || !ws[k]!.cap || e >= ws.length || ws[e]!.start >= end) return 0;
  if (!/^[ \u00a0]+$/.test(doc.norm.slice(ws[e - 1]!.end, ws[e]!.start))) return 0;
  const next = doc.norm.slice(ws[e]!.start, ws[e]!.end);
  if (!CYRILLIC_START.test(next)) return 0;
  // "CNN и Reuters сообщают" (a list of speakers), "SHOT ПРОВЕРКА" (a channel's own name)
  if (CONJ.has(ws[e]!.lower) || (next.length > 1 && next === next.toUpperCase())) return 0;
  if (phraseAt(ws, e, lex.phrases['stop']) || phraseAt(ws, e, lex.phrases['citing'])) return 0;
  return e - k;
}

/**
 * Whether the words [a, b) before a cue are only the outlet the speaker told, not the speaker: an
 * addressee of data/ruuk-words.tsv, a Latin outlet name, a capitalised word in the dative
 * ("Суспільному", "Громадському") or a quoted name whose first word is in the dative ("«Українській
 * правді»", "«Российской газете»"): "Про це Суспільному сказав X".
 */
function addresseeBefore(doc: Doc, ws: W[], a: number, b: number): boolean {
  if (b <= a) return false;
  const lex = ruukLexicon();
  if (phraseAt(ws, a, lex.phrases['addressee']) === b - a) return true;
  if (ws.slice(a, b).every((w) => LATIN_WORD.test(doc.norm.slice(w.start, w.end))) && ws[a]!.cap) return true;
  const w = ws[a]!;
  const dative = /(ому|ові|еві|єві|ій|ой|ам|ям)$/.test(w.lower);
  if (b - a === 1 && w.cap && /(ому|ові|еві|єві)$/.test(w.lower)) return true;
  const open = doc.norm[w.start - 1];
  if (dative && w.cap && (open === '«' || open === '"' || open === '„') && b - a <= 4) {
    const close = doc.norm.slice(ws[b - 1]!.end, ws[b - 1]!.end + 1);
    return close === '»' || close === '"' || close === '“';
  }
  return false;
}

function gapHasStop(gap: string): boolean {
  return /[,;:(!?.\n—–]/.test(gap);
}

/** Prepositions that open a circumstance of a speech event ("в интервью", «на брифінгу», «під час …»). */
const CIRCUMSTANCE_PREPS = new Set(['в', 'во', 'у', 'на', 'під']);
/**
 * The number of words of a circumstance of the speech event that opens at word `k`: a `stop` phrase of
 * data/ruuk-words.tsv that starts with a preposition ("в интервью", «в ефірі», «на пресконференції», «під
 * час»), with at most one word between the preposition and the rest («на спільній пресконференції», «в
 * эфире радио» is «в эфире» itself). 0 when there is none. What follows it ("журналисту Андрею
 * Медведеву", «з Радославом Сікорським») belongs to the circumstance, never to the speaker.
 */
function circumstanceAt(doc: Doc, ws: W[], k: number, end: number): number {
  if (k >= ws.length || ws[k]!.start >= end || !CIRCUMSTANCE_PREPS.has(ws[k]!.lower)) return 0;
  const stops = ruukLexicon().phrases['stop'];
  const n = phraseAt(ws, k, stops);
  if (n) return n;
  if (k + 2 >= ws.length || ws[k + 2]!.start >= end || gapHasStop(doc.norm.slice(ws[k]!.end, ws[k + 2]!.start))) return 0;
  const m = phraseAt([ws[k]!, ...ws.slice(k + 2, k + 5)], 0, stops);
  return m >= 2 ? m + 1 : 0;
}

let titleAbbreviations: { words: string[]; dotted: boolean }[] | null = null;
/**
 * The number of words of an abbreviated title at word `i` ("и. о.", "т.в.о.", "тимч. в.о.", "врио",
 * "зам."; data/title-abbreviations-ruuk.tsv), 0 when there is none. A row written with full stops
 * must have them between its words in the text ("и о" without them is two words of a clause), and a
 * one-word one must end in one ("зам."); a row without ("врио", "тво") needs none. Its full stops end
 * no speaker phrase and its one-letter words are no preposition or conjunction.
 */
function titleAbbrAt(doc: Doc, ws: W[], i: number): number {
  titleAbbreviations ??= table('title-abbreviations-ruuk.tsv')
    .map((r) => ({ words: r[0]!.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean), dotted: r[0]!.includes('.') }))
    .sort((x, y) => y.words.length - x.words.length);
  for (const { words, dotted } of titleAbbreviations) {
    if (i + words.length > ws.length || words.some((w, j) => ws[i + j]!.lower !== w)) continue;
    const n = words.length;
    if (dotted) {
      let ok = true;
      for (let k = i + 1; k < i + n && ok; k++) if (!/^\.\s*$/.test(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) ok = false;
      if (!ok || (n === 1 && doc.norm[ws[i]!.end] !== '.')) continue;
    }
    return n;
  }
  return 0;
}

/** Whether the gap before word `e` lies inside or right after an abbreviated title that starts at or after word `from`. */
function inTitleAbbr(doc: Doc, ws: W[], from: number, e: number): boolean {
  if (!/^[.\s]*$/.test(doc.norm.slice(ws[e - 1]!.end, ws[e]!.start))) return false;
  for (let s = Math.max(from, e - 4); s < e; s++) {
    const n = titleAbbrAt(doc, ws, s);
    if (n && e <= s + n) return true;
  }
  return false;
}

/** Extend a speaker's end over a quotation it opened ('с позывным "Ник"'). */
function speakerEnd(doc: Doc, start: number, end: number): number {
  const inner = doc.norm.slice(start, end);
  const opens = (inner.match(/"/g) ?? []).length;
  if (opens % 2 === 1 && doc.norm[end] === '"') return end + 1;
  return end;
}

function speakerOf(ctx: Ctx, a: number, b: number, oblique: boolean): Speaker {
  const { doc } = ctx;
  const span = doc.span(a, b);
  const lower = span.text.toLowerCase();
  const lex = ruukLexicon();
  const pron = lex.words.get(lower)?.find((x) => x.kind === 'pronoun');
  const inter = kindOfWord(lower, 'interlocutor');
  const refers = anaphorOf(lower);
  if (refers === 'organisation' || refers === 'source') {
    // a bare noun of a body ("в Службі", "в ведомстве") or of an unnamed source ("джерело"): the body
    // or unnamed source that spoke last (data/ruuk-anaphors.tsv); else read as written below
    const last = ctx.last;
    const fits = last && (refers === 'organisation' ? last.type === 'organisation' : last.type === 'unknown' && last.name !== null && last.name.includes(' ') && last.name.toLowerCase().split(/\s+/).some((w) => kindOfWord(w, 'unnamed')));
    if (last && fits) return { ...span, name: last.name, type: last.type, resolvedFrom: { start: last.resolvedFrom?.start ?? last.start, end: last.resolvedFrom?.end ?? last.end } };
    // else the last speaker whose name holds that noun ("Оперативный штаб Курской области … в сообщении
    // штаба"), whatever its type
    const head = nominative(lower, ctx.lang).toLowerCase();
    if (refers === 'organisation' && !lower.includes(' ')) {
      for (let k = ctx.spoken.length - 1; k >= 0; k--) {
        const sp = ctx.spoken[k]!.speaker;
        if (sp.name && sp.name.toLowerCase().split(/\s+/).includes(head)) return { ...span, name: sp.name, type: sp.type, resolvedFrom: { start: sp.resolvedFrom?.start ?? sp.start, end: sp.resolvedFrom?.end ?? sp.end } };
      }
      // no body spoke yet: the last body data/actors-cyrillic.tsv knows named before ("Следственный
      // комитет России возбудил дело. По версии следствия, …")
      if (!ctx.spoken.some((x) => x.speaker.type === 'organisation')) {
        const body = recentBody(doc, a);
        if (body) return { ...span, name: body.name, type: body.type, resolvedFrom: { start: body.start, end: body.end } };
      }
    }
  }
  // «…, зазначили в Лондоні», «заявили в Москве»: a capital after «в»/«у» stands for a body named
  // before it (the subject of the sentence before, else the last body that spoke or was named); a
  // place is never a speaker (speak10b)
  // the phrase's words, split once for the readers below
  const ws = wordsIn(doc, a, b);
  const capital = capitalBody(ctx, a, b, ws);
  if (capital) return { ...span, name: capital.name, type: 'organisation', resolvedFrom: { start: capital.start, end: capital.end } };
  // «говорится в сообщении штаба», «йдеться у заяві міністерства»: the body whose message it is speaks
  // (data/ruuk-words.tsv `message-noun`); the phrase stays as written, its name is the owner's
  if (ws.length >= 2 && kindOfWord(ws[0]!.lower, 'message-noun')) {
    const owner = speakerOf(ctx, ws[1]!.start, b, true);
    if (owner.name) return { ...span, name: owner.name, type: owner.type, ...(owner.resolvedFrom ? { resolvedFrom: owner.resolvedFrom } : {}) };
  }
  // (speakru12) «— сказал Президент Беларуси», «— добавил президент Украины»: an office of a country
  // (data/ruuk-role-classes.tsv `country`) stands for the person of that country who spoke or was
  // named before; with no such person, or a country no side list knows, it keeps its own words as its
  // name (never the country's genitive alone)
  const countryRole = roleOfCountry(ctx, a, b, ws);
  if (countryRole) return { ...span, ...countryRole };
  const bare = TITLES.has(lower) || /^(глава государства|глава держави|премьер-министр|прем'єр-міністр)/.test(lower) || inter || refers === 'person';
  // (speakru12) a bare role names an office (data/ruuk-role-classes.tsv): it stands only for a person
  // whose own title, where the text gives one, names the same office («за даними голови ОВА» after the
  // interior minister spoke is not the minister)
  const office = bare && !pron && !inter ? roleClassAt(lowerWords(lower), 0)?.cls ?? null : null;
  if (refers === 'person' && ctx.last && ctx.last.type !== 'person') {
    // a role of a person ("глава МИД", "президента") after a body spoke: the last person named
    const back = recentActor(doc, a);
    if (back && (!office || sameOffice(office, officeBefore(doc, back.start, back.end)))) return { ...span, name: back.name, type: back.type, resolvedFrom: { start: back.start, end: back.end } };
  }
  // the last speaker, but not one whose claim's content runs over the pronoun ("Росія роками
  // розповідала, що …, додав він": він is not Russia, whose claim holds «додав він»)
  const last = pron ? lastSpeakerOutside(ctx, a) : ctx.last;
  if ((pron || bare || lower === 'там же') && last && (!office || sameOffice(office, speakerOffice(doc, last)))) {
    return { ...span, name: last.name, type: last.type, resolvedFrom: { start: last.resolvedFrom?.start ?? last.start, end: last.resolvedFrom?.end ?? last.end } };
  }
  if (office) {
    // an earlier speaker whose title names that office («…, зазначив генпрокурор» after others spoke)
    for (let k = ctx.spoken.length - 1; k >= 0; k--) {
      const sp = ctx.spoken[k]!.speaker;
      if (sp.type === 'person' && sp.name && speakerOffice(doc, sp) === office) return { ...span, name: sp.name, type: sp.type, resolvedFrom: { start: sp.resolvedFrom?.start ?? sp.start, end: sp.resolvedFrom?.end ?? sp.end } };
    }
  }
  if (pron || bare) {
    // no speaker yet: the last actor named in the text before ("Лавров выступил … Он заявил")
    const back = recentActor(doc, a);
    if (back && (!office || sameOffice(office, officeBefore(doc, back.start, back.end)))) return { ...span, name: back.name, type: back.type, resolvedFrom: { start: back.start, end: back.end } };
  }
  // an abbreviated title ("и. о.", "врио") is left out of the name lookup: the person follows it
  const an = titleAbbrAt(doc, ws, 0);
  const lookup = an && an < ws.length ? doc.text.slice(ws[an]!.start, b) : span.text;
  // "джерело в СБУ", "источники в правительстве …": an unnamed source is named by its whole phrase
  // (a number or adjectives may stand before the noun: "два источника", "анонимный источник в …")
  // (speakru12) «Російський військовий блогер, пов'язаний із ВДВ»: a speaker named by a noun of description
  // (data/ruuk-words.tsv `described`) with no name before it and a clause after its comma is named by the
  // whole phrase, not by a body its clause mentions
  const dn = ws.findIndex((w) => kindOfWord(w.lower, 'described'));
  if (dn >= 0 && dn <= 3 && !ws.slice(1, dn + 1).some((w) => w.cap) && dn + 1 < ws.length && /^\s*,/.test(doc.norm.slice(ws[dn]!.end, ws[dn + 1]!.start))) {
    return { ...span, name: oblique ? nominativePhrase(span.text, ctx.lang) : span.text, type: 'unknown' };
  }
  const un = ws.findIndex((w) => kindOfWord(w.lower, 'unnamed'));
  if (un >= 0 && un <= 2 && ws.length > un + 1 && !ws.slice(0, un).some((w) => findActor(w.lower))) {
    return { ...span, name: oblique ? nominativePhrase(span.text, ctx.lang) : span.text, type: 'unknown' };
  }
  const r = speakerName(lookup, ctx.lang, oblique);
  return { ...span, name: r.name ?? (pron || inter ? null : span.text), type: r.type };
}

/** The speaker of the latest claim (ctx.spoken) whose content does not hold offset `at`; null when none. */
function lastSpeakerOutside(ctx: Ctx, at: number): Speaker | null {
  for (let k = ctx.spoken.length - 1; k >= 0; k--) {
    const { speaker, content } = ctx.spoken[k]!;
    if (!content.some((f) => f.start <= at && at < f.end)) return speaker;
  }
  return null;
}

interface RoleRow { stems: string[]; cls: string; country: boolean }
let roleRows: Map<string, RoleRow[]> | null = null;
/** The rows of data/ruuk-role-classes.tsv by the first letter of their first stem. */
function roleClassRows(): Map<string, RoleRow[]> {
  if (!roleRows) {
    roleRows = new Map();
    for (const [stems, cls, country] of table('ruuk-role-classes.tsv')) {
      if (!stems || !cls) continue;
      const row: RoleRow = { stems: stems.split(' '), cls, country: country === 'yes' };
      const l = roleRows.get(stems[0]!) ?? [];
      l.push(row);
      roleRows.set(stems[0]!, l);
    }
  }
  return roleRows;
}

/** The lower-case words of a phrase. */
function lowerWords(lower: string): string[] {
  return lower.match(WORD) ?? [];
}

/**
 * The office that the role words starting at `i` name (data/ruuk-role-classes.tsv: «генпрокурор»,
 * «голови ОВА», «Президент Беларуси»): the longest row whose stems open the words there, with the
 * number of words it takes; null when none does.
 */
function roleClassAt(words: string[], i: number): { cls: string; country: boolean; n: number } | null {
  const w0 = words[i];
  if (!w0) return null;
  let best: { cls: string; country: boolean; n: number } | null = null;
  for (const row of roleClassRows().get(w0[0]!) ?? []) {
    const n = row.stems.length;
    if (i + n > words.length || (best && best.n >= n)) continue;
    if (row.stems.every((st, k) => words[i + k]!.startsWith(st))) best = { cls: row.cls, country: row.country, n };
  }
  return best;
}

/** The office the role words of `text` name, the first found from its start; null when none. */
function officeIn(text: string): string | null {
  const ws = lowerWords(text.toLowerCase());
  for (let i = 0; i < ws.length; i++) {
    const r = roleClassAt(ws, i);
    if (r) return r.cls;
  }
  return null;
}

/** The office of a person named at `start..end`: a role word among the six words before the name in its sentence, the nearest first. */
function officeBefore(doc: Doc, start: number, end: number): string | null {
  const own = officeIn(doc.text.slice(start, end));
  if (own) return own;
  const sent = doc.sentences.find((s) => s.start <= start && start < s.end);
  const ws = wordsIn(doc, Math.max(sent?.start ?? 0, start - 120), start).slice(-6);
  const lowers = ws.map((w) => w.lower);
  for (let i = lowers.length - 1; i >= 0; i--) {
    const r = roleClassAt(lowers, i);
    if (r) return r.cls;
  }
  return null;
}

/** The office of a speaker: the role words of the phrase that named it first (its `resolvedFrom`), else those before it. */
function speakerOffice(doc: Doc, sp: Speaker): string | null {
  const from = sp.resolvedFrom ?? sp;
  return officeBefore(doc, from.start, from.end);
}

/** Whether a role of office `role` may stand for a person of office `other` (either unknown, or the same). */
function sameOffice(role: string | null, other: string | null): boolean {
  return role === null || other === null || role === other;
}

/** The side a speaker's name belongs to: data/actors-cyrillic.tsv, else compare's side reading of the name. */
function sideOfName(name: string): string | null {
  return findActor(name)?.side ?? sideOfPhrase(name).side ?? null;
}

/**
 * A role of a country's office holder (`country` rows of data/ruuk-role-classes.tsv) followed by the
 * country alone («Президент Беларуси», «президента Украины», «премьер Венгрии»): the name and type of
 * the person of that country who spoke last, else the last such person named before `a`; with neither,
 * or a country no side list knows, the phrase in the nominative. Null when the phrase is no such role.
 * `ws` are the words of `a..b` (`wordsIn`).
 */
function roleOfCountry(ctx: Ctx, a: number, b: number, ws: readonly W[]): Pick<Speaker, 'name' | 'type'> & { resolvedFrom?: { start: number; end: number } } | null {
  const { doc } = ctx;
  const role = roleClassAt(ws.map((w) => w.lower), 0);
  if (!role || !role.country) return null;
  const rest = ws.slice(role.n);
  // one or two capitalised words, no person's name among them («президент компании Евгений …» is not)
  if (rest.length === 0 || rest.length > 2 || !rest.every((w) => w.cap)) return null;
  if (rest.some((w) => givenNames().has(doc.text.slice(w.start, w.end)) || findActor(w.lower) !== null)) return null;
  // a name in quotation marks is a company («президента "Автоваза"»)
  if (doc.norm[rest[0]!.start - 1] === '"') return null;
  const side = sideOfPhrase(doc.text.slice(a, b)).side;
  // a country no side list knows is one word in the genitive («президент Франции»); a name after the
  // role («премьер-министр Никол Пашинян», «президент Токаев») is no country
  const one = doc.text.slice(rest[0]!.start, rest[0]!.end);
  if (!side && (rest.length > 1 || nominative(one, ctx.lang) === one)) return null;
  if (side) {
    for (let k = ctx.spoken.length - 1; k >= 0; k--) {
      const sp = ctx.spoken[k]!.speaker;
      if (sp.type === 'person' && sp.name && sideOfName(sp.name) === side) {
        return { name: sp.name, type: sp.type, resolvedFrom: { start: sp.resolvedFrom?.start ?? sp.start, end: sp.resolvedFrom?.end ?? sp.end } };
      }
    }
    const back = recentPersonOfSide(doc, a, side);
    if (back) return { name: back.name, type: 'person', resolvedFrom: { start: back.start, end: back.end } };
  }
  return { name: nominativePhrase(doc.text.slice(a, b), ctx.lang), type: 'person' };
}

/** The last capitalised word before `at` (within 400 characters) naming a person of data/actors-cyrillic.tsv of side `side`. */
function recentPersonOfSide(doc: Doc, at: number, side: string): { name: string; start: number; end: number } | null {
  return lastKnownPerson(doc, wordsIn(doc, Math.max(0, at - 400), at), side);
}

/**
 * The last capitalised word of `ws` (three letters or more) that names a person an actor list knows
 * (data/actors-cyrillic.tsv), of side `side` when one is given; null when none. Read by `recentActor`
 * and `recentPersonOfSide`.
 */
function lastKnownPerson(doc: Doc, ws: readonly W[], side: string | null = null): { name: string; type: 'person'; start: number; end: number } | null {
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k]!;
    if (!w.cap || w.end - w.start < 3) continue;
    const found = findActor(doc.text.slice(w.start, w.end));
    if (found && found.type === 'person' && (side === null || found.side === side)) return { name: found.latin, type: 'person', start: w.start, end: w.end };
  }
  return null;
}

let anaphors: Map<string, string> | null = null;
/** What a speaker phrase that points back stands for (data/ruuk-anaphors.tsv): 'person', 'organisation', 'source', or null. */
function anaphorOf(lower: string): string | null {
  if (!anaphors) {
    anaphors = new Map();
    for (const [phrase, refers] of table('ruuk-anaphors.tsv')) if (phrase && refers) anaphors.set(phrase, refers);
  }
  return anaphors.get(lower.replace(/\s+/g, ' ').trim()) ?? null;
}

/**
 * The body a capital stands for in «…, зазначили в Лондоні» (speak10b): the phrase `a..b` is one
 * capitalised word right after «в»/«во»/«у» that no actor list knows and that the gazetteer reads first
 * as a national capital (feature PPLC). The body is the subject of the sentence before in the
 * paragraph when it is a body (its opening words, up to its verb, hold a noun of a body), else the last
 * body that spoke, else the last body an actor list knows named before. Null otherwise. `ws` are the
 * words of `a..b` (`wordsIn`).
 */
function capitalBody(ctx: Ctx, a: number, b: number, ws: readonly W[]): { name: string; start: number; end: number } | null {
  const { doc } = ctx;
  if (ws.length !== 1 || !ws[0]!.cap) return null;
  const prep = wordsIn(doc, Math.max(0, a - 4), a).pop();
  const word = doc.text.slice(a, b);
  if (!prep || !ORG_PREPS.has(prep.lower) || findActor(word)) return null;
  const gaz = defaultGazetteer();
  if (!gaz) return null;
  const top = lookupSurface(gaz, word, new Map())[0];
  if (!top || top.entry.featureCode !== 'PPLC') return null;
  const si = doc.sentences.findIndex((s) => s.start <= a && a < s.end);
  const prev = si > 0 ? doc.sentences[si - 1]! : null;
  if (prev && prev.paragraph === doc.sentences[si]!.paragraph) {
    const pws = wordsIn(doc, prev.start, prev.end);
    // the subject ends before its verb: a cue word, a negation, or a lower-case past form («відкинуло»,
    // «спростувала», «заявили»; a short word such as «сили» is a noun)
    const cues = ruukLexicon().cues;
    let stop = pws.findIndex((w, k) => k > 0 && !w.cap && (cues.has(w.lower) || kindOfWord(w.lower, 'negation') || (w.lower.length >= 6 && /(?:ло|ла|ли)$/u.test(w.lower))));
    if (stop < 0) stop = pws.length;
    for (let n = Math.min(6, stop); n >= 2; n--) {
      if (!pws[0]!.cap) break;
      const phrase = doc.text.slice(pws[0]!.start, pws[n - 1]!.end);
      if (gapHasStop(doc.norm.slice(pws[0]!.start, pws[n - 1]!.end))) continue;
      // a body: a noun of a body (data/ruuk-anaphors.tsv `organisation`: «міністерство», «штаб»)
      // among its words, or a body an actor list knows
      const actor = findActor(phrase);
      const body = pws.slice(0, n).some((w) => anaphorOf(w.lower) === 'organisation') || (actor && (actor.type === 'organisation' || actor.type === 'channel'));
      if (body) return { name: phrase, start: pws[0]!.start, end: pws[n - 1]!.end };
    }
  }
  const last = ctx.last;
  if (last && last.type === 'organisation' && last.name) return { name: last.name, start: last.resolvedFrom?.start ?? last.start, end: last.resolvedFrom?.end ?? last.end };
  const body = recentBody(doc, a);
  return body ? { name: body.name, start: body.start, end: body.end } : null;
}

/** The last body (organisation or channel of data/actors-cyrillic.tsv) named by one to three words from a capitalised one before `at` (within 400 characters). */
function recentBody(doc: Doc, at: number): { name: string; type: Speaker['type']; start: number; end: number } | null {
  const ws = wordsIn(doc, Math.max(0, at - 400), at);
  for (let k = ws.length - 1; k >= 0; k--) {
    if (!ws[k]!.cap) continue;
    for (let n = Math.min(3, ws.length - k); n >= 1; n--) {
      if (gapHasStop(doc.norm.slice(ws[k]!.start, ws[k + n - 1]!.end))) continue;
      const found = findActor(doc.text.slice(ws[k]!.start, ws[k + n - 1]!.end));
      if (found && (found.type === 'organisation' || found.type === 'channel')) return { name: found.latin, type: found.type, start: ws[k]!.start, end: ws[k + n - 1]!.end };
    }
  }
  return null;
}

/** The last capitalised word before `at` (within 400 characters) that names a known actor. */
function recentActor(doc: Doc, at: number): { name: string; type: Speaker['type']; start: number; end: number } | null {
  const ws = wordsIn(doc, Math.max(0, at - 400), at);
  return lastKnownPerson(doc, ws) ?? recentSurname(doc, ws);
}

/**
 * A person no actor list knows, named before the pronoun: the last capitalised word with a surname
 * ending (data/ruuk-words.tsv, kind `surname`: -ов, -енко, -швили ...) that does not open its
 * sentence, with the capitalised first name right before it if there is one ("Отар Бердзенишвили
 * покинул свой пост ... Он подчеркнул"; "глава розницы ВТБ Горшков ... По его словам"). The name is
 * taken as written, only when the word is in the nominative (an oblique surname is an object).
 */
let givenNameSet: Set<string> | null = null;
/** Russian and Ukrainian given names in the nominative (data/place-person-names.tsv), as written. */
function givenNames(): Set<string> {
  return (givenNameSet ??= new Set(table('place-person-names.tsv').map((r) => r[0]!).filter(Boolean)));
}

function recentSurname(doc: Doc, ws: W[]): { name: string; type: Speaker['type']; start: number; end: number } | null {
  const endings = ruukLexicon().phrases['surname'] ?? [];
  if (endings.length === 0) return null;
  for (let k = ws.length - 1; k >= 1; k--) {
    const w = ws[k]!;
    const abbr = (x: W): boolean => { const t = doc.text.slice(x.start, x.end); return t === t.toUpperCase(); };
    if (!w.cap || w.end - w.start < 4 || abbr(w)) continue;
    // not the first word of a sentence or a line
    if (/[.!?\n]\s*[«"„“]?$/.test(doc.norm.slice(ws[k - 1]!.end, w.start))) continue;
    const prev0 = ws[k - 1]!;
    // a surname no ending list knows right after a given name ("Алексей Шульга", «Андрій Ковзеля»;
    // data/place-person-names.tsv, nominative)
    const given = prev0.cap && /^\s+$/.test(doc.norm.slice(prev0.end, w.start)) && givenNames().has(doc.text.slice(prev0.start, prev0.end));
    if (!given && !endings.some((e) => w.lower.endsWith(e[0]!.slice(1)))) continue;
    // a town is no person ("Харьков", "Саратов")
    if (doc.places.some((p) => p.start < w.end && w.start < p.end)) continue;
    const lang: 'ru' | 'uk' = /[іїєґ]/.test(w.lower) ? 'uk' : 'ru';
    // (a surname after a given name in the nominative is in the nominative too: «Ковзеля» is no genitive there)
    if (!given && nominative(doc.text.slice(w.start, w.end), lang) !== doc.text.slice(w.start, w.end)) continue;
    const prev = ws[k - 1]!;
    // after a preposition it is a place or an object ("в Саратов", "у Петренко"), not a subject
    if (ruukLexicon().words.get(prev.lower)?.some((x) => x.kind === 'preposition')) continue;
    const first = prev.cap && !abbr(prev) && /^\s+$/.test(doc.norm.slice(prev.end, w.start)) ? prev : w;
    return { name: doc.text.slice(first.start, w.end), type: 'person', start: first.start, end: w.end };
  }
  return null;
}

function kindOf(doc: Doc, content: TextSpan[]): ClaimKind {
  const t = content.map((c) => doc.norm.slice(c.start, c.end)).join(' ');
  if (t.startsWith('"') && t.endsWith('"') && (t.match(/"/g) ?? []).length === 2) return 'direct';
  const q = t.match(/"[^"]+"/g) ?? [];
  return q.some((x) => x.trim().split(/\s+/).length >= 2) ? 'mixed' : 'indirect';
}

function emit(ctx: Ctx, speaker: Speaker | null, cue: [number, number], content: (TextSpan | null)[], rule: string): boolean {
  const { doc } = ctx;
  const frags = content.filter((c): c is TextSpan => c !== null && c.end > c.start);
  if (frags.length === 0) return false;
  if (ctx.used.has(cue[0])) return false;
  ctx.used.add(cue[0]);
  const claim: ClaimDraft = {
    kind: kindOf(doc, frags),
    speaker,
    cue: doc.span(cue[0], cue[1]),
    content: frags,
    why: { stage: 'attribution', rule },
    anchor: doc.tokenAt(cue[0]),
  };
  doc.claims.push(claim);
  if (speaker && speaker.name) {
    ctx.last = speaker;
    ctx.spoken.push({ speaker, content: frags });
  }
  return true;
}

/**
 * Where a quotation starts after a colon that follows one of the words `j..hi-1` (the first such
 * colon, no sentence stop or other punctuation before it): the offset of the quotation mark, or -1.
 */
function colonQuoteAfter(doc: Doc, ws: W[], j: number, hi: number): number {
  for (let k = j; k < hi; k++) {
    const gap = doc.norm.slice(ws[k]!.end, ws[k + 1]?.start ?? doc.norm.length);
    const m = /^\s*:\s*(?=["«„“])/.exec(gap);
    if (m) return ws[k]!.end + m[0].length;
    if (/[^\s]/.test(gap)) return -1;
  }
  return -1;
}

/** Content to the right of a cue: "что …", ": «…»", "о …", a quotation, or the rest of the sentence. */
function contentRight(ctx: Ctx, ws: W[], j: number, sEnd: number, pEnd: number): TextSpan | null {
  const { doc } = ctx;
  const lex = ruukLexicon();
  const from = j > 0 ? ws[j - 1]!.end : sEnd;
  const colon = doc.norm.slice(from, ws[j]?.start ?? sEnd);
  // skip an addressee between the cue and "что" ("заявил журналистам, что", "заявил Spiegel, что");
  // a claim noun is no addressee: "заперечив заяви окупантів про те, що …" is denied whole
  for (let k = j; k < Math.min(ws.length, j + 5); k++) {
    if (kindOfWord(ws[k]!.lower, 'claim-noun')) break;
    if ((ws[k]!.lower === 'что' || ws[k]!.lower === 'що') && k > 0 && /,/.test(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) {
      return extendQuote(ctx, trim(doc, ws[k]!.start, sEnd), pEnd);
    }
    // (speakru13) «рассказал РИА Новости, как …»: a «как»/«як» clause after the outlet told
    if (AS.has(ws[k]!.lower) && k > j && /^\s*,\s*$/.test(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start)) && addresseeBefore(doc, ws, j, k)) {
      return extendQuote(ctx, trim(doc, ws[k]!.start, sEnd), pEnd);
    }
  }
  if (j >= ws.length) {
    const rest = trim(doc, from, sEnd);
    return rest && doc.norm[rest.start] === '"' ? extendQuote(ctx, rest, pEnd) : null;
  }
  // (speakru12) an addressee or object of up to four words between the cue and a colon before a
  // quotation («дорікнув власному міністерству оборони: «…»», «заявив журналістам: «…»»): the quotation
  const q = /:/.test(colon) ? -1 : colonQuoteAfter(doc, ws, j, Math.min(ws.length, j + 4));
  if (q >= 0) return extendQuote(ctx, trim(doc, q, sEnd), pEnd);
  const n = phraseAt(ws, j, lex.phrases['addressee']);
  const k = n && j + n < ws.length && COMPLEMENT.has(ws[j + n]!.lower) ? j + n : j;
  const start = /:/.test(colon) ? from + colon.indexOf(':') + 1 : ws[k]!.start;
  const c = trim(doc, start, sEnd);
  return extendQuote(ctx, c, pEnd);
}

/** A content that opens a quotation running past its sentence is extended to the quotation's end. */
function extendQuote(ctx: Ctx, c: TextSpan | null, pEnd: number): TextSpan | null {
  if (!c) return c;
  const { doc } = ctx;
  const q = quoteStartingAt(doc, c.start);
  if (q && q.end > c.end && q.end <= pEnd + 1) return doc.span(c.start, q.end);
  return c;
}

/**
 * The rest of a sentence after an inverted cue and its speaker set off by commas inside it (", заявил
 * президент, закончилось …"): from the word after the closing comma to the sentence end; null when
 * the cue came after a dash or a quotation, the speaker is not closed by a comma, or what follows is
 * a clause of its own (a cue such as "добавив", a conjunction, a relative or complement word).
 */
function parentheticalRest(ctx: Ctx, ws: W[], j: number, sEnd: number, gapBefore: string): TextSpan | null {
  const { doc } = ctx;
  if (j >= ws.length || !/^\s*,\s*$/.test(gapBefore)) return null;
  const gap = doc.norm.slice(ws[j - 1]!.end, ws[j]!.start);
  if (!/^\s*,\s*$/.test(gap)) return null;
  const next = ws[j]!;
  if (next.cap || ruukLexicon().cues.has(next.lower) || CONJ.has(next.lower) || RELATIVE.has(next.lower) || COMPLEMENT.has(next.lower)) return null;
  // an adverbial participle is the speaker's circumstance ("…, заявил X, выступая перед …"; "виступаючи")
  if (/(ючи|учи|ачи|ячи|вши|вшись)$/.test(next.lower) || morph(next.lower)?.posAll.includes('GRND')) return null;
  return trim(doc, next.start, sEnd);
}

/** Content to the left of an inverted cue, from the sentence start; a quotation that ends there is taken whole. */
function contentLeft(ctx: Ctx, sStart: number, end: number): TextSpan | null {
  const { doc } = ctx;
  const c = trim(doc, sStart, end);
  if (!c) return null;
  const q = quoteEndingAt(doc, c.end);
  if (q && q.start < c.start) return trim(doc, q.start, c.end);
  return c;
}

/** Finds the Russian and Ukrainian attributions of a document, paragraph by paragraph. */
export function findClaimsRuUk(doc: Doc, langs: readonly string[]): void {
  const lex = ruukLexicon();
  const ctx: Ctx = { doc, lang: 'ru', used: new Set(), last: null, spoken: [] };
  const paras = doc.paragraphs;
  const bySent: number[][] = paras.map(() => []);
  doc.sentences.forEach((s, i) => bySent[s.paragraph]?.push(i));
  const footer = paras.map((p) => isFooter(doc, p.start, p.end));
  // the first Russian or Ukrainian text loads the dictionary (src/analyze/ruuk/az.ts; a Ukrainian
  // name without і/ї/є is looked up in it too): not this document's time
  if (!morphologyLoaded() && langs.some((l) => l === 'ru' || l === 'uk')) doc.budget.untimed(morphologyReady);
  for (let pi = 0; pi < paras.length; pi++) {
    const l = langs[pi];
    if (l !== 'ru' && l !== 'uk') continue;
    if (footer[pi]) continue;
    ctx.lang = l;
    const p = paras[pi]!;
    headline(ctx, p.start, p.end, pi);
    for (const si of bySent[pi]!) {
      const s = doc.sentences[si]!;
      sentence(ctx, s.start, s.end, pi, p.start, p.end, prevContent(doc, bySent, footer, pi, si, langs));
    }
  }
  signatureDash(ctx, langs, footer);
  continuedQuotes(ctx, langs);
  statementList(ctx, langs, footer);
  closingReport(ctx, langs, footer);
  doc.claims.sort((a, b) => a.anchor - b.anchor);
  void lex;
}

/**
 * A short news item that ends with its source ("Поезда … задерживаются … Также … следуют поезда
 * МЦД-3, передает ТАСС."): an inverted cue of reporting (class `report` or `write`: сообщает,
 * передает, пишет, повідомляє) in the last sentence of the post gives the source the whole line
 * before it, when no other claim lies in that line and it holds at most four sentences. A source
 * named in mid-post covers only its own sentence; a line before is a fact of its own (the dev gold's
 * Ukrainian summaries: "Станом на 22:00 …\nНа Покровському напрямку …, повідомляє Генштаб" give the
 * staff only the last line); a quotation only itself.
 */
function closingReport(ctx: Ctx, langs: readonly string[], footer: boolean[]): void {
  const { doc } = ctx;
  const t = doc.norm;
  // the last sentence of the post outside footers
  let last = -1;
  for (let k = doc.sentences.length - 1; k >= 0; k--) {
    const s = doc.sentences[k]!;
    if (!footer[s.paragraph] && /[\p{L}\p{N}]/u.test(t.slice(s.start, s.end))) { last = k; break; }
  }
  if (last < 0) return;
  const ls = doc.sentences[last]!;
  const l = langs[ls.paragraph];
  if (l !== 'ru' && l !== 'uk') return;
  const lex = ruukLexicon();
  const inLast0 = doc.claims.filter((c) => c.cue && c.cue.start >= ls.start && c.cue.start < ls.end);
  // the source a claim cites ("…, передает ТАСС со ссылкой на X") shares its claim's content
  const inLast = inLast0.filter((c) => c.why.rule !== 'ruuk-citing');
  if (inLast.length !== 1) return;
  const c = inLast[0]!;
  if (c.why.rule !== 'ruuk-inverted' && c.why.rule !== 'ruuk-passive-inverted') return;
  const cls = lex.cues.get(c.cue!.text.toLowerCase())?.cls;
  if (c.why.rule === 'ruuk-inverted' && cls !== 'report' && cls !== 'write') return;
  const first = c.content[0]!;
  // a quotation is the speaker's own words and no more
  if (/^["«„“]/.test(first.text)) return;
  const nl = t.lastIndexOf('\n', first.start - 1);
  const blockStart = nl >= 0 ? nl + 1 : 0;
  if (blockStart >= first.start) return;
  const cites = inLast0.filter((o) => o.why.rule === 'ruuk-citing' && o.content[0]!.start === first.start && o.content[0]!.end === first.end);
  if (doc.claims.some((o) => o !== c && !cites.includes(o) && ((o.cue && o.cue.end > blockStart && o.cue.start < first.start) || o.content.some((f) => f.end > blockStart && f.start < first.start)))) return;
  const sents = doc.sentences.filter((s) => s.end > blockStart && s.start < first.start).length;
  if (sents < 1 || sents > 4) return;
  const wide = trim(doc, blockStart, first.end);
  if (!wide || wide.start >= first.start) return;
  c.content = [wide, ...c.content.slice(1)];
  c.why = { ...c.why, rule: c.why.rule + '+block' };
  for (const o of cites) o.content = [doc.span(wide.start, wide.end), ...o.content.slice(1)];
}

/**
 * A quotation that goes on after its cue («…», — сказал Песков журналистам. «…».): when a claim's
 * quotation comes before its inverted cue, the cue and speaker close their sentence (at most a few
 * words after them, no comma, quotation mark or cue), and the next sentences of the same paragraph
 * are each one quotation nobody claims, those quotations are the speaker's too (more content
 * fragments), as in English ('"…," Schiff said. "…"'). It stops at the first sentence that is not one.
 */
function continuedQuotes(ctx: Ctx, langs: readonly string[]): void {
  const { doc } = ctx;
  const t = doc.norm;
  const cues = ruukLexicon().cues;
  const taken = (a: number, b: number): boolean => doc.claims.some((o) => (o.cue && o.cue.start < b && a < o.cue.end) || o.content.some((f) => f.start < b && a < f.end));
  for (const c of [...doc.claims]) {
    if (!c.cue || c.content.length !== 1 || c.why.rule !== 'ruuk-inverted') continue;
    const first = c.content[0]!;
    const q0 = quoteStartingAt(doc, first.start);
    if (!q0 || q0.end !== first.end || first.end > c.cue.start) continue;
    const si = doc.sentences.findIndex((s) => s.start <= c.cue!.start && c.cue!.start < s.end);
    const s = doc.sentences[si];
    if (!s) continue;
    const l = langs[s.paragraph];
    if (l !== 'ru' && l !== 'uk') continue;
    const tail = Math.max(c.cue.end, c.speaker?.end ?? 0);
    const rest = t.slice(tail, s.end).replace(/[\s.!…*_]+$/u, '');
    const restWs = wordsIn(doc, tail, tail + rest.length);
    if (/[,;:«»"„“()—–]/.test(rest) || restWs.length > 4 || restWs.some((w) => cues.has(w.lower) || COMPLEMENT.has(w.lower))) continue;
    for (let sj = si + 1; sj < doc.sentences.length; sj++) {
      const next = doc.sentences[sj]!;
      if (next.paragraph !== s.paragraph) break;
      let a = next.start;
      while (a < next.end && /\s/.test(t[a]!)) a++;
      const q = quoteStartingAt(doc, a);
      if (!q || taken(q.start, q.end)) break;
      // the quotation's sentence ends with it
      const last = doc.sentences.findIndex((x) => x.start < q.end && q.end <= x.end);
      if (last < 0 || /[\p{L}\p{N}]/u.test(t.slice(q.end, doc.sentences[last]!.end))) break;
      c.content.push(doc.span(q.start, q.end));
      sj = last;
    }
  }
}

/** A line that is only a dash and a speaker: "— мэр Тбилиси Каха Каладзе." */
const SIGNATURE_LINE = /^[ \t\u00a0]*([—–])[ \t\u00a0]*([^\n—–:[\]]{3,120}?)[\s.*_]*$/u;

/**
 * A statement signed on the next line by a dash and the speaker ("Подобная … чушь … жителей Уэльса.\n—
 * лидер консервативной партии Уэльса Эндрю Дэвис."), as channels sign a quotation: the line before
 * is the speaker's. The line before must be prose that ends a sentence and not a list item; the
 * line after, if any, no list item either (a list of "— …" points is statementList's); the signing
 * line names someone (a capitalised word), holds no cue, no clause punctuation and no finite verb.
 * Rule 'ruuk-signature-dash'; the cue is the dash.
 */
function signatureDash(ctx: Ctx, langs: readonly string[], footer: boolean[]): void {
  const { doc } = ctx;
  const t = doc.norm;
  const cue = ruukLexicon().cues;
  doc.paragraphs.forEach((p, pi) => {
    const l = langs[pi];
    if ((l !== 'ru' && l !== 'uk') || footer[pi]) return;
    // lines of the paragraph, the line before it included when only one line break parts them
    for (let ls = p.start; ls < p.end; ) {
      const le0 = t.indexOf('\n', ls);
      const le = le0 >= 0 && le0 < p.end ? le0 : p.end;
      const m = ls > 0 && t[ls - 1] === '\n' ? SIGNATURE_LINE.exec(t.slice(ls, le)) : null;
      if (m) {
        const prevEnd = ls - 1;
        const prevStart = t.lastIndexOf('\n', prevEnd - 1) + 1;
        const prevLine = t.slice(prevStart, prevEnd);
        const next = le < t.length ? t.slice(le + 1, t.indexOf('\n', le + 1) < 0 ? t.length : t.indexOf('\n', le + 1)) : '';
        const who = m[2]!.replace(/[\s.*_]+$/u, '');
        const whoStart = ls + m[0].indexOf(m[2]!);
        const ws = wordsIn(doc, whoStart, whoStart + who.length);
        ctx.lang = l;
        if (prevLine.trim().length >= 20 && !ITEM.test(prevLine) && /[.!?»"*…]\s*$/.test(prevLine) && !/:\s*$/.test(prevLine) && !ITEM.test(next) &&
          ws.length >= 1 && ws.length <= 10 && ws.some((w) => w.cap) && !ws.some((w) => cue.has(w.lower)) && !/[,;!?«»"()]/.test(who) &&
          !(l === 'ru' && ws.some((w, k) => (k === 0 || !w.cap) && morph(w.lower)?.pos === 'VERB')) && !addressedLine(ws, l)) {
          const dash = ls + m[0].indexOf(m[1]!);
          const sp = speakerOf(ctx, ws[0]!.start, speakerEnd(doc, ws[0]!.start, ws[ws.length - 1]!.end), false);
          emit(ctx, sp, [dash, dash + 1], [trim(doc, prevStart, prevEnd)], 'ruuk-signature-dash');
        }
      }
      ls = le + 1;
    }
  });
}

/**
 * Whether a "— …" line is addressed to someone rather than signed: it holds a word of thanks or
 * remembrance (data/ruuk-words.tsv, kind `thanks`: "— Спасибо Ивану Петрову"), or (Russian) a word that
 * can only be dative with no preposition before it ("— Низкий поклон волонтёрам"); a signature names
 * its speaker in the nominative.
 */
function addressedLine(ws: W[], l: string): boolean {
  const dat = (w: W): boolean => morph(w.lower)?.cases.includes('dat') ?? false;
  return ws.some((w, k) => {
    if (kindOfWord(w.lower, 'thanks')) return true;
    // the dative opens the line ("— Ивану Петрову", "— Нашим волонтёрам"): every word before it can be
    // dative too; a dative inside the signature's own phrase ("советник главы ДНР по военным вопросам
    // Игорь Кимаковский") follows a nominative
    if (l !== 'ru' || !ws.slice(0, k).every(dat)) return false;
    const f = morph(w.lower);
    return f !== null && f.cases.includes('dat') && !f.cases.includes('nom') && !f.cases.includes('gen');
  });
}

/** A list item's marker at the start of a line: a dash or a bullet, with Markdown marks around it. */
const ITEM = /^([\s*_]*)([—–•●▪■◾◼🔹🔸])\uFE0F?[\s*_]*/u;
/** "Путин:", "Другие заявления Путина:", "Главное из заявлений Путина на сессии ОДКБ:" as a whole heading. */
const SPEAKER_HEADING = /^[^\p{L}]*(.{2,120}?)[\s*_]*:[\s*_]*$/u;
const STATEMENTS_OF = /(?:^|\s)(?:заявлени[йяе]|высказывани[йяе]|тезис(?:ы|ов)|заяв|висловлюван(?:ня|ь))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * A post whose heading names a speaker ("…, заявил Владимир Путин", "Путин: …", "Путин:", "Другие
 * заявления Путина:") and then lists points as dash or bullet lines ("— Россия имеет …;"): each point
 * is that speaker's statement, not the channel's own (rule 'ruuk-statement-list'; cue: the item's
 * marker). Items that already hold an attribution are left as they are.
 */
function statementList(ctx: Ctx, langs: readonly string[], footer: boolean[]): void {
  const { doc } = ctx;
  const paras = doc.paragraphs;
  let h = 0;
  while (h < paras.length && footer[h]) h++;
  const hp = paras[h];
  if (!hp || (langs[h] !== 'ru' && langs[h] !== 'uk')) return;
  // the heading is the paragraph's first line
  const nl = doc.norm.indexOf('\n', hp.start);
  const hEnd = nl >= 0 && nl < hp.end ? nl : hp.end;
  let speaker: Speaker | null = null;
  for (const c of doc.claims) {
    if (c.cue && c.cue.start >= hp.start && c.cue.start < hEnd && c.speaker?.name && (c.speaker.type === 'person' || c.speaker.type === 'organisation')) { speaker = c.speaker; break; }
  }
  if (!speaker) {
    const line = doc.norm.slice(hp.start, hEnd);
    const m = SPEAKER_HEADING.exec(line);
    if (m) {
      const body = m[1]!.replace(/[*_]+/g, ' ').trim();
      const of = STATEMENTS_OF.exec(body);
      const who = of ? of[1]! : body;
      const at = doc.norm.indexOf(who, hp.start + (m.index ?? 0));
      if (at >= 0 && at < hEnd && (of || findActor(who) || TITLES.has(who.toLowerCase()))) {
        ctx.lang = langs[h] as 'ru' | 'uk';
        const sp = speakerOf(ctx, at, at + who.length, !!of);
        if (sp.name && (sp.type === 'person' || sp.type === 'organisation')) speaker = sp;
      }
    }
  }
  if (!speaker) return;
  const taken = doc.claims.flatMap((c) => [...c.content, ...(c.cue ? [c.cue] : [])]);
  for (let q = h; q < paras.length; q++) {
    if (footer[q] || (langs[q] !== 'ru' && langs[q] !== 'uk')) continue;
    const p = paras[q]!;
    let ls = q === h ? hEnd + 1 : p.start;
    while (ls < p.end) {
      const le0 = doc.norm.indexOf('\n', ls);
      const le = le0 >= 0 && le0 < p.end ? le0 : p.end;
      const m = ITEM.exec(doc.norm.slice(ls, le));
      if (m && !taken.some((t) => t.start < le && ls < t.end)) {
        // the mark's own code units: 🔹 and 🔸 are two (a surrogate pair), the others one
        const mark = ls + m[1]!.length;
        const content = trim(doc, ls + m[0].length, le);
        if (content && proseWords(content.text) >= 3) {
          emit(ctx, { ...speaker }, [mark, mark + m[2]!.length], [content], 'ruuk-statement-list');
        }
      }
      ls = le + 1;
    }
  }
}

/** What "об этом" / "про це" refers to: the sentences of the paragraph before this one, or the paragraph before. */
function prevContent(doc: Doc, bySent: number[][], footer: boolean[], pi: number, si: number, _langs: readonly string[]): TextSpan | null {
  const list = bySent[pi]!;
  const k = list.indexOf(si);
  if (k > 0) return trim(doc, doc.sentences[list[0]!]!.start, doc.sentences[list[k - 1]!]!.end);
  for (let q = pi - 1; q >= 0; q--) {
    if (footer[q]) continue;
    const p = doc.paragraphs[q]!;
    return trim(doc, p.start, p.end);
  }
  return null;
}

function isFooter(doc: Doc, a: number, b: number): boolean {
  const footers = (footerPhrases ??= (ruukLexicon().phrases['footer'] ?? []).map((f) => f.join(' ')));
  const maxLen = (footerMaxLen ??= Math.max(0, ...footers.map((f) => f.length)));
  // the line's lower case from its first letter, as far as the longest phrase reaches (whether a
  // character is a letter does not change with its case, and a phrase's Cyrillic letters lower
  // the same in a prefix as in the whole line)
  const raw = doc.norm.slice(a, b);
  const k = LEADING_NON_LETTERS.exec(raw)![0].length;
  const s = raw.slice(k, k + maxLen).toLowerCase();
  for (const f of footers) if (s.startsWith(f)) return true;
  return false;
}
/** The footer phrases of data/ruuk-words.tsv as text, and the longest one's length (made on first use). */
let footerPhrases: string[] | null = null;
let footerMaxLen: number | null = null;
const LEADING_NON_LETTERS = /^[^\p{L}]*/u;

/** Letter words of `s` outside Markdown link targets and bare URLs ("[12:56](https://…)" has none). */
function proseWords(s: string): number {
  return (s.replace(/\]\([^)\s]*\)/g, ']').replace(/https?:\/\/\S+/g, ' ').match(/\p{L}{2,}/gu) ?? []).length;
}

/** A "Term: text" line: a capitalised phrase of one to three words, a colon, then text. */
const COLON_LINE = /^([^\p{L}]*)(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}):\s+(\S.{8,})$/u;

/**
 * Whether paragraph `pi` sits in a list of "Term: text" lines (the paragraph before or after has the
 * same shape): a glossary or a feature list ("🔷 Shared Lock: …", "🔷 Schema Lock: …"), where a
 * term is a speaker only when it is a listed actor or a title.
 */
function inColonList(doc: Doc, pi: number): boolean {
  for (const q of [pi - 1, pi + 1]) {
    const p = doc.paragraphs[q];
    if (p && COLON_LINE.test(doc.norm.slice(p.start, p.end))) return true;
  }
  return false;
}

/**
 * "…, — Генштаб", "… — Минобороны РФ", "Министр: …" on one line. The text before a dash must hold
 * at least three words of prose (a table of contents line "[12:56](url) — Тема" holds none).
 */
function headline(ctx: Ctx, a: number, b: number, pi: number): void {
  const { doc } = ctx;
  const line = doc.norm.slice(a, b);
  // (both patterns need their punctuation in the line: a dash, a colon)
  const m = line.includes('—') || line.includes('–') ? /^(.*[\p{L}\p{N}"»)*.])[ \t\u00a0]*,?(?:[ \t\u00a0]+|[ \t\u00a0]*[*_]+[ \t\u00a0]*)[—–][ \t\u00a0]+([^—–\n]{2,80}?)[\s.*_]*$/u.exec(line) : null;
  if (m) {
    const tail = m[2]!;
    const tailStart = a + m.index + m[0].lastIndexOf(tail);
    const ws = wordsIn(doc, tailStart, tailStart + tail.length);
    const cue = ruukLexicon().cues;
    // a speaker is a noun phrase: no clause punctuation or quotation marks ("Podman, который …",
    // "«…». Накидайте …"), no finite verb ("Go имеет …"; the dictionary's likeliest parse)
    // (the dictionary is asked last, only about a tail that passes every other test; a capitalised
    // word after the first is a name, whatever the dictionary makes of it: "Грузии" is no verb)
    // (the full stops of an abbreviated title, "и. о. премьер-министра", are no sentence end)
    const abbrN = titleAbbrAt(doc, ws, 0);
    const tail0 = abbrN && ws[abbrN] ? doc.norm.slice(ws[abbrN]!.start, tailStart + tail.length) : tail;
    // a quotation signed by a name and what the speaker is («…». — Андрей Соколов, командир батальона):
    // the line before the dash is one whole quotation, the name one to four capitalised words, the
    // description after its comma opens in lower case and holds no other comma (a list of names is no
    // signature); a unit's name in quotation marks may close it («Скеля»)
    const described = signedQuote(ctx, a, tailStart, tail0.replace(/[\s.*_]+$/u, ''));
    const phrase = (): boolean => /[,;!?«»"]|\.\s/.test((described ?? tail0).replace(/[\s.*_]+$/u, '')) ||
      (ctx.lang === 'ru' && ws.some((w, k) => (k === 0 || !w.cap) && morph(w.lower)?.pos === 'VERB'));
    if (ws.length >= 1 && ws.length <= (described !== null ? 12 : 7) && !ws.some((w) => cue.has(w.lower)) && (ws[0]!.cap || TITLES.has(ws[0]!.lower) || abbrN > 0) &&
      proseWords(doc.norm.slice(a, tailStart)) >= 3 && !phrase()) {
      const dash = doc.norm.lastIndexOf(doc.norm.slice(tailStart - 2, tailStart).includes('—') ? '—' : '–', tailStart);
      let sp = speakerOf(ctx, ws[0]!.start, speakerEnd(doc, ws[0]!.start, ws[ws.length - 1]!.end), false);
      if (described !== null) {
        // the phrase is the name and its description; the name is read from the name alone
        const comma = doc.norm.indexOf(',', tailStart);
        const byName = speakerOf(ctx, ws[0]!.start, comma, false);
        sp = { ...doc.span(ws[0]!.start, ws[ws.length - 1]!.end + (/^[»"“”]/.test(doc.norm.slice(ws[ws.length - 1]!.end)) ? 1 : 0)), name: byName.name, type: byName.type };
      }
      emit(ctx, sp, [dash, dash + 1], [trim(doc, a, dash)], 'ruuk-headline-dash');
      return;
    }
  }
  const c = line.includes(':') ? COLON_LINE.exec(line) : null;
  if (c) {
    const sStart = a + c[1]!.length;
    const sEnd = sStart + c[2]!.length;
    const ws = wordsIn(doc, sStart, sEnd);
    // A listed actor, or a phrase shaped like a name: every word capitalised, one script, no "vs"
    // (an article title is not: "Лучшие практики Go", "Итераторы в Go", "Покоряем Kubernetes",
    // "Rust vs Python"); in a list of such lines only a listed actor (a term looks like a name).
    const spText = doc.text.slice(sStart, sEnd);
    const latin = ws.filter((w) => /[a-z]/i.test(w.lower)).length;
    const nameShape = ws.every((w) => w.cap) && !ws.some((w) => w.lower === 'vs') && (latin === 0 || latin === ws.length);
    const known = findActor(spText) !== null || (!inColonList(doc, pi) && nameShape && speakerType(spText, ctx.lang) !== 'unknown');
    // "По Макеевке: …", "Про Кринки: …": a topic heading, not a speaker (data/ruuk-words.tsv, topic)
    // (speakru12) «Песков заявил журналистам: «…»»: a cue before the colon and a quotation after it are
    // the sentence's own claim (its speaker before the cue), no heading
    const cueFirst = ws.some((w, k) => k > 0 && ruukLexicon().cues.has(w.lower)) && /^\s*["«„“]/.test(doc.norm.slice(sEnd + 1, b));
    if (ws.length && (TITLES.has(ws[0]!.lower) || known) && !kindOfWord(ws[0]!.lower, 'topic') && !cueFirst) {
      const sp = speakerOf(ctx, sStart, sEnd, false);
      emit(ctx, sp, [sEnd, sEnd + 1], [trim(doc, sEnd + 1, b)], 'ruuk-headline-colon');
    }
  }
}

/**
 * When the line `a..tailStart` before a dash is one whole quotation and the signing tail is "Name,
 * description" (a name of one to four capitalised words, a comma, a description in lower case with no
 * comma of its own; a unit's «name» inside it is taken out), the tail as a phrase to test for clause
 * punctuation without the name's comma and the unit's quotation marks; else null.
 */
function signedQuote(ctx: Ctx, a: number, tailStart: number, tail: string): string | null {
  const { doc } = ctx;
  const content = trim(doc, a, tailStart);
  if (!content || !/^[«"„“]/.test(content.text)) return null;
  const q = quoteStartingAt(doc, content.start);
  if (!q || q.end !== content.end) return null;
  const comma = tail.indexOf(',');
  if (comma < 0) return null;
  const name = tail.slice(0, comma).trim().split(/\s+/);
  // (the normalised text writes «» as straight quotation marks)
  const desc = tail.slice(comma + 1).trim().replace(/[«"„“][^«»"„“”]*[»"“”]/gu, 'X');
  if (name.length > 4 || !name.every((w) => /^\p{Lu}/u.test(w)) || !/^\p{Ll}/u.test(desc) || desc.split(/\s+/).length > 8) return null;
  return tail.slice(0, comma) + ' ' + desc;
}

function sentence(ctx: Ctx, sStart: number, sEnd: number, _pi: number, pStart: number, pEnd: number, before: TextSpan | null): void {
  const { doc } = ctx;
  const lex = ruukLexicon();
  const ws = wordsIn(doc, sStart, sEnd);
  const according0 = lex.phrases['according'];
  const thisref0 = lex.phrases['thisref'];
  const learned0 = lex.phrases['learned'];
  const citing0 = lex.phrases['citing'];
  if (before) soRef(ctx, ws, sStart, sEnd, before);
  preliminary(ctx, ws, sStart, sEnd, pStart);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // "заявления Киева о том, что …": a claim carried by a noun, whatever verb governs it
    if (kindOfWord(w.lower, 'claim-noun') && !doc.inClosedQuote(w.start)) nominalClaim(ctx, ws, i, sEnd);
    // only a word that opens an "according" or "this" phrase, or is a cue or passive word, leads
    // anywhere below: any other is passed over before the quotations are looked at
    // (speakru12) a verb that reports only after «как» / «як» (data/ruuk-words.tsv `as-cue`: «Как выяснил
    // «Коммерсантъ», …»; «учёные выяснили, что …» is no one's report)
    const asCue = i > 0 && AS.has(ws[i - 1]!.lower) && kindOfWord(w.lower, 'as-cue');
    if (!(according0 && phrasesStartingWith(according0, w.lower)) && !(thisref0 && phrasesStartingWith(thisref0, w.lower))
      && !(learned0 && phrasesStartingWith(learned0, w.lower)) && !(citing0 && phrasesStartingWith(citing0, w.lower))
      && !lex.cues.has(w.lower) && !kindOfWord(w.lower, 'passive') && !asCue) continue;
    if (doc.inClosedQuote(w.start)) continue;
    if (learnedFrom(ctx, ws, i, sStart, sEnd, pEnd) || citingSource(ctx, ws, i, sStart, sEnd)) continue;
    // "по словам X", "по его словам", "за даними X"
    let n = phraseAt(ws, i, lex.phrases['according']);
    let pronoun = -1;
    if (!n && i + 2 < ws.length && POSSESSIVE.has(ws[i + 1]!.lower)) {
      const probe = [ws[i]!, ws[i + 2]!];
      if (phraseAt(probe, 0, lex.phrases['according']) === 2) { n = 3; pronoun = i + 1; }
    }
    if (n) {
      if (according(ctx, ws, i, n, pronoun, sStart, sEnd, pEnd)) { i += n - 1; continue; }
    }
    // "об этом сообщил X", "про це повідомив X", "такое мнение выразил X"
    const r = phraseAt(ws, i, lex.phrases['thisref']);
    // "…, об этом заявил X" / "… — об этом сообщают СМИ": what "этом" refers to is the clause before it
    // in the same sentence; at the start of a sentence, the sentences before
    const gapThis = i >= 2 ? doc.norm.slice(ws[i - 1]!.end, w.start) : '';
    // ("…, о чем говорит ситуация" is a relative clause, not a pointer: only "этом" / "це")
    const sameSentence = r === 2 && i >= 2 && /[,—–]/.test(gapThis) && kindOfWord(ws[i + 1]!.lower, 'thisword') ? contentLeft(ctx, sStart, ws[i - 1]!.end + gapThis.search(/[,—–]/)) : null;
    const refContent = sameSentence ?? (i === 0 || !r ? before : null);
    if (r && refContent) {
      let k = i + r;
      // «Такую оценку дал X», «Такий прогноз зробив X»: after a pointing phrase with a speech noun (no
      // preposition first), a light verb (data/ruuk-words.tsv `light-verb`) is the cue
      const nounRef = !COMPLEMENT.has(w.lower);
      const isCue = (x: W): boolean => lex.cues.has(x.lower) || kindOfWord(x.lower, 'passive') || (nounRef && kindOfWord(x.lower, 'light-verb'));
      // a speaker may stand between "про це" and the cue ("Про це начальник ОВА X написав у Telegram")
      while (k < ws.length && k < i + r + 10 && !isCue(ws[k]!) &&
        !gapHasStop(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) k++;
      // «Об этом в эфире радио Y рассказал X», «Про це під час брифінгу … сказала X»: a circumstance of
      // the speech event right after the pointer; the speaker follows the cue
      const circ = circumstanceAt(doc, ws, i + r, sEnd) > 0;
      const far = k - (i + r) > 3 && !circ;
      if (k < ws.length && isCue(ws[k]!) &&
        !gapHasStop(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) {
        const cw = ws[k]!;
        const mid = ws[i + r]!;
        const leftNamed = !circ && k > i + r && (mid.cap || TITLES.has(mid.lower) || titleAbbrAt(doc, ws, i + r) > 0) && !addresseeBefore(doc, ws, i + r, k);
        let speaker: Speaker | null = null;
        if (leftNamed) {
          let y = k;
          while (y > i + r + 1 && kindOfWord(ws[y - 1]!.lower, 'adverb')) y--;
          speaker = speakerOf(ctx, mid.start, speakerEnd(doc, mid.start, ws[y - 1]!.end), false);
        } else if (!far) {
          const sp = speakerRight(ctx, ws, k + 1, sEnd);
          speaker = sp ? speakerOf(ctx, ws[sp[0]]!.start, speakerEnd(doc, ws[sp[0]]!.start, ws[sp[1] - 1]!.end), false) : null;
        }
        if ((leftNamed || !far) && emit(ctx, speaker, [cw.start, cw.end], [refContent], 'ruuk-thisref')) { i = k; continue; }
      }
    }
    const cue = lex.cues.get(w.lower) ?? (asCue ? AS_CUE : undefined);
    const passive = !cue && kindOfWord(w.lower, 'passive');
    if (!cue && !passive) continue;
    if (ctx.used.has(w.start)) continue;
    // (speakru13) «X обвинил Y в том, что …», «звинуватив Y у ударі …»: an accusation (class `accuse` of
    // data/cue-verbs-*.tsv) is the claim of a named subject only, never inverted («…, обвинил Y»: Y is the
    // accused); its content is the accused and what of
    if (cue?.cls === 'accuse') {
      // a gerund («…, обвинив его в …») has the subject of the clause before it: left alone
      if (cue.gerund.includes(ctx.lang)) continue;
      const left = leftSpeaker(ctx, ws, i, sStart, cue.plural);
      if (Array.isArray(left)) accusation(ctx, ws, i, left, sEnd, pEnd);
      continue;
    }
    const gapBefore = doc.norm.slice(i > 0 ? ws[i - 1]!.end : sStart, w.start);
    const prev = i > 0 ? ws[i - 1]!.lower : '';
    // "как сообщил X, …" / "як повідомив X, …" / "Як зазначається, …"
    // "так как считает" (because): "как" of a conjunction, written right after its first word
    if (AS.has(prev) && !(i > 1 && kindOfWord(ws[i - 2]!.lower, 'conjunction') && /^\s+$/.test(doc.norm.slice(ws[i - 2]!.end, ws[i - 1]!.start)))) {
      const sp = passive ? null : speakerRight(ctx, ws, i + 1, sEnd);
      const spEnd = sp ? ws[sp[1] - 1]!.end : w.end;
      const speaker = sp ? speakerOf(ctx, ws[sp[0]]!.start, speakerEnd(doc, ws[sp[0]]!.start, spEnd), false) : null;
      // (speakru12) a quoted name's closing mark is the speaker's, not the content's («Как выяснил «Коммерсантъ», …»)
      const closes = sp && doc.norm[ws[sp[0]]!.start - 1] === '"' && doc.norm[spEnd] === '"' ? 1 : 0;
      const after = trim(doc, spEnd + closes, sEnd);
      const left = trim(doc, sStart, ws[i - 1]!.start);
      const content = after && after.end - after.start > 3 ? extendQuote(ctx, after, pEnd) : left;
      if (emit(ctx, speaker, [w.start, w.end], [content], 'ruuk-as-reported')) continue;
    }
    // "может заявить" is no report; "«… я бы не стал», — сказал X" is (a quotation ends with the modal)
    if (MODALS.has(prev) && /^\s*$/.test(gapBefore)) continue;
    // (where an outlet told stands after the cue: computed at most once per cue, on first need)
    let addr: number | undefined;
    const addressee = (): number => (addr ??= addresseeComplement(doc, ws, i, sEnd));
    const inverted = i > 0 && /[,—–"]/.test(gapBefore) && !cue?.gerund.includes(ctx.lang) && !complementAfter(ws, i) && !parentheticalBefore(doc, ws, i, sStart) &&
      addressee() < 0;
    if (inverted) {
      const sp = speakerRight(ctx, ws, i + 1, sEnd);
      if (sp || passive) {
        const speaker = sp ? speakerOf(ctx, ws[sp[0]]!.start, speakerEnd(doc, ws[sp[0]]!.start, ws[sp[1] - 1]!.end), false) : null;
        const content = contentLeft(ctx, sStart, i > 0 ? ws[i - 1]!.end + gapBefore.search(/[,—–]|$/) : w.start);
        // ", заявил президент," inside the sentence ("Вторжение …, заявил президент, закончилось …"):
        // the clause goes on after the speaker and is his too, unless what follows is a clause of
        // its own (a gerund "добавив", a conjunction, a relative word)
        const rest = sp && !passive ? parentheticalRest(ctx, ws, sp[1], sEnd, gapBefore) : null;
        if (emit(ctx, speaker, [w.start, w.end], rest ? [content, rest] : [content], passive ? 'ruuk-passive-inverted' : 'ruuk-inverted')) continue;
      }
    }
    // "О взрывах сообщили жители", "Про удар повідомило джерело в СБУ": the topic opens the sentence,
    // the speaker follows the cue (rule 'ruuk-topic-first')
    if (cue && topicFirst(ctx, ws, i, sStart, sEnd)) continue;
    // preposed: "X заявил, что …", "В Кремле заявили, что …", "сообщается, что …"; a gerund after a
    // comma ("…он не стал, добавив, что …") has the pronoun subject of the clause before it
    let left = (cue?.gerund.includes(ctx.lang) ? gerundSubject(ctx, ws, i, sStart) : null) ?? leftSpeaker(ctx, ws, i, sStart, !!(cue?.plural) || passive);
    // (speakru13) «Женщина, которая живёт рядом с квартирой, где …, рассказала SHOT, что …»: before an outlet
    // told, a subject read as a relative clause is the relative clause's; the sentence's first segment speaks
    if (Array.isArray(left) && addressee() >= 0) left = subjectOfRelative(doc, ws, left, sStart, i) ?? left;
    const content = contentRight(ctx, ws, i + 1, sEnd, pEnd);
    if (!content) continue;
    // a bare object ("отметили ключевое значение") is content only for verbs whose object is what was said
    // (speak10) a verb of data/ruuk-words.tsv `institution-object` takes a bare object only after a body
    // in the locative ("В ведомстве называют его …"; "Этот город называют …" is no one's claim)
    const bodyLeft = !!left && left !== 'impersonal' && ORG_PREPS.has(wordsIn(doc, Math.max(sStart, left[0] - 4), left[0]).pop()?.lower ?? '');
    const bareOk = !!cue && (BARE_OBJECT.has(cue.lemma) || (bodyLeft && kindOfWord(cue.lemma, 'institution-object')));
    if (cue && !bareOk && !/^["«„“:]/.test(doc.norm.slice(content.start, content.start + 1)) &&
      !COMPLEMENT.has(wordsIn(doc, content.start, Math.min(content.end, content.start + 12))[0]?.lower ?? '') &&
      addressee() < 0 &&
      !/:\s*$/.test(doc.norm.slice(w.end, content.start))) continue;
    if (!left && cue) continue;
    const speaker = left && left !== 'impersonal' ? speakerOf(ctx, left[0], left[1], false) : null;
    emit(ctx, speaker, [w.start, w.end], [content], passive ? 'ruuk-passive' : 'ruuk-preposed');
  }
}

/** Prepositions of the charge after the accused («обвинил Киев в …», «звинуватив Росію у …»). */
const CHARGE_PREPS = new Set(['в', 'во', 'у']);
/** Object forms of the personal pronouns (a phrase holding one is no accuser) and the subject forms that may accuse. */
const OBJECT_PRONOUNS = new Set(['его', 'её', 'ее', 'их', 'него', 'неё', 'нее', 'них', 'його', 'її', 'їх', 'нього', 'неї']);
const SUBJECT_PRONOUNS = new Set(['он', 'она', 'они', 'він', 'вона', 'вони']);
/**
 * (speakru13) An accusation after its subject at [left): the accused (one to four words right after the cue,
 * no punctuation between) and the charge opened by «в»/«у» are the content, to the end of the sentence
 * («Лавров обвинил Киев в том, что …» → «Киев в том, что …»). Nothing without a charge.
 */
function accusation(ctx: Ctx, ws: W[], i: number, left: [number, number], sEnd: number, pEnd: number): void {
  const { doc } = ctx;
  const j = i + 1;
  if (j >= ws.length || ws[j]!.start >= sEnd || !/^\s+$/.test(doc.norm.slice(ws[i]!.end, ws[j]!.start))) return;
  // «Шамарина обвиняют в получении взятки»: no accused after the verb, its object stood before it (a charge)
  if (CHARGE_PREPS.has(ws[j]!.lower) || kindOfWord(ws[j]!.lower, 'adverb')) return;
  // the accuser is a named subject: capitalised, a title or a personal pronoun, with no object pronoun in
  // it («Его задержали и обвинили в …», «в домогательствах его обвинили»)
  const sw = wordsIn(doc, left[0], left[1]);
  if (!sw.length || sw.some((x) => OBJECT_PRONOUNS.has(x.lower))) return;
  if (!sw[0]!.cap && !TITLES.has(sw[0]!.lower) && !SUBJECT_PRONOUNS.has(sw[0]!.lower)) return;
  // (lane resp14) «возложил ответственность за удар на Россию»: the blame noun opens the content, no charge «в»
  if (kindOfWord(ws[j]!.lower, 'blame-noun')) {
    const blamed = extendQuote(ctx, trim(doc, ws[j]!.start, sEnd), pEnd);
    if (blamed) emit(ctx, speakerOf(ctx, left[0], left[1], false), [ws[i]!.start, ws[i]!.end], [blamed], 'ruuk-accuse');
    return;
  }
  if (kindOfWord(ruukLexicon().cues.get(ws[i]!.lower)?.lemma ?? '', 'blame-verb')) return;
  let k = j + 1;
  while (k < ws.length && k - j <= 4 && ws[k]!.start < sEnd && !CHARGE_PREPS.has(ws[k]!.lower) && !gapHasStop(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) k++;
  if (k >= ws.length || ws[k]!.start >= sEnd || !CHARGE_PREPS.has(ws[k]!.lower) || gapHasStop(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) return;
  const content = extendQuote(ctx, trim(doc, ws[j]!.start, sEnd), pEnd);
  if (!content) return;
  emit(ctx, speakerOf(ctx, left[0], left[1], false), [ws[i]!.start, ws[i]!.end], [content], 'ruuk-accuse');
}

/**
 * (speakru12) «Вертолёт потерпел крушение, сообщили ТАСС в экстренных службах. По предварительным данным,
 * причиной стало возгорание двигателя.»: a sentence that opens with a phrase of preliminary data and no
 * owner (data/ruuk-words.tsv `preliminary`: «по предварительным данным», «за попередніми даними»), a
 * comma after it and no cue of its own goes on with the claim of the sentence right before it in the
 * same paragraph: the same speaker, the phrase as the cue. Nothing when that sentence has no claim
 * with a named speaker (a post's own «По предварительным данным, …» names no one).
 */
function preliminary(ctx: Ctx, ws: W[], sStart: number, sEnd: number, pStart: number): void {
  const { doc } = ctx;
  const lex = ruukLexicon();
  const n = phraseAt(ws, 0, lex.phrases['preliminary']);
  if (!n || n >= ws.length) return;
  if (!/^[\s*_]*$/.test(doc.norm.slice(sStart, ws[0]!.start))) return;
  if (!/^\s*,\s*$/.test(doc.norm.slice(ws[n - 1]!.end, ws[n]!.start))) return;
  if (ws.some((w) => lex.cues.has(w.lower) || kindOfWord(w.lower, 'passive'))) return;
  const last = ctx.spoken[ctx.spoken.length - 1];
  if (!last || !last.speaker.name) return;
  // the claim lies in the sentence right before, in this paragraph
  const si = doc.sentences.findIndex((s) => s.start <= sStart && sStart < s.end);
  const prev = si > 0 ? doc.sentences[si - 1]! : null;
  if (!prev || prev.start < pStart) return;
  const lastEnd = Math.max(...last.content.map((f) => f.end), last.speaker.end);
  if (lastEnd < prev.start || lastEnd > prev.end) return;
  const content = trim(doc, ws[n]!.start, sEnd);
  const sp = last.speaker;
  emit(ctx, { ...sp, resolvedFrom: { start: sp.resolvedFrom?.start ?? sp.start, end: sp.resolvedFrom?.end ?? sp.end } }, [ws[0]!.start, ws[n - 1]!.end], [content], 'ruuk-preliminary');
}

/**
 * The speaker of a gerund cue set off by a comma ("Называть число погибших он не стал, добавив, что …",
 * «Від коментарів він відмовився, додавши, що …»): the personal pronoun in the nominative (data/ruuk-words.tsv
 * `subject-pronoun`: он, она, они, він, вона, вони) of the clause right before the comma, as offsets; null when
 * that clause has none (then the subject is looked for as for any preposed cue).
 */
function gerundSubject(ctx: Ctx, ws: W[], i: number, sStart: number): [number, number] | null {
  const { doc } = ctx;
  if (i < 2 || !/,/.test(doc.norm.slice(ws[i - 1]!.end, ws[i]!.start))) return null;
  for (let k = i - 1; k >= 0 && ws[k]!.start >= sStart; k--) {
    const w = ws[k]!;
    if (kindOfWord(w.lower, 'subject-pronoun') && !doc.inClosedQuote(w.start)) return [w.start, w.end];
    if (k > 0 && gapHasStop(doc.norm.slice(ws[k - 1]!.end, w.start))) break;
  }
  return null;
}

/** Prepositions that put a claim noun in the locative ("в заявлении", "у заяві", "на брифинге"). */
const IN_NOUN = new Set(['в', 'во', 'у', 'на']);

/**
 * (lane attrib) A claim carried by a noun (data/ruuk-words.tsv `claim-noun`) and its owner in the
 * genitive right after it, then "о том, что …" / "про те, що …" or ", что …": "опровергло заявления
 * Киева о том, что …", "Всупереч заявам Міноборони Росії про те, що …, …". The owner is the speaker,
 * the noun the cue, the "что"-clause up to the next comma, dash or the sentence's end the content
 * (rule 'ruuk-nominal'). The verb that governs the noun ("опровергло") keeps its own claim, and the
 * owner does not become the last speaker a later pronoun refers to.
 */

function nominalClaim(ctx: Ctx, ws: W[], i: number, sEnd: number): boolean {
  const { doc } = ctx;
  const gapAt = (k: number): string => doc.norm.slice(ws[k - 1]!.end, ws[k]!.start);
  const that = (k: number): boolean => ws[k]?.lower === 'что' || ws[k]?.lower === 'що';
  let k = i + 1;
  let c = -1;
  for (; k < ws.length && k <= i + 7; k++) {
    const g = gapAt(k);
    if (k > i + 1 && (ws[k]!.lower === 'о' || ws[k]!.lower === 'про') && /^\s+$/.test(g) && (ws[k + 1]?.lower === 'том' || ws[k + 1]?.lower === 'те') &&
      k + 2 < ws.length && /^\s*,\s*$/.test(gapAt(k + 2)) && that(k + 2)) { c = k + 2; break; }
    // a bare ", что" after a noun that a locative preposition governs opens a relative clause («В
    // заявлении МИД, что опубликовано в понедельник, …», «У заяві Міноборони, що оприлюднена …»)
    if (k > i + 1 && /^\s*,\s*$/.test(g) && that(k)) { if (IN_NOUN.has(ws[i - 1]?.lower ?? '')) return false; c = k; break; }
    if (!/^\s+$/.test(g)) return false;
  }
  if (c < 0) return false;
  const lex = ruukLexicon();
  const owner = ws.slice(i + 1, k);
  if (PREPS.has(owner[0]!.lower) || POSSESSIVE.has(owner[0]!.lower)) return false;
  if (owner.some((w) => lex.cues.has(w.lower) || COMPLEMENT.has(w.lower) || kindOfWord(w.lower, 'claim-noun'))) return false;
  let e = c + 1;
  while (e < ws.length && !/[,;—–]/.test(gapAt(e))) e++;
  const content = trim(doc, ws[c]!.start, e < ws.length ? ws[e - 1]!.end : sEnd);
  if (!content || wordsIn(doc, content.start, content.end).length < 3) return false;
  const last = ctx.last;
  const spoken = ctx.spoken.length;
  const a = owner[0]!.start;
  const ok = emit(ctx, speakerOf(ctx, a, speakerEnd(doc, a, owner[owner.length - 1]!.end), true), [ws[i]!.start, ws[i]!.end], [content], 'ruuk-nominal');
  ctx.last = last;
  ctx.spoken.length = spoken;
  return ok;
}

/**
 * A sentence that opens with its topic ("о …", "об …", "про …", no pointer "об этом"), then the cue,
 * then the speaker with no punctuation between: the speaker is right of the cue and the content is
 * the topic phrase. Rule 'ruuk-topic-first'.
 */
function topicFirst(ctx: Ctx, ws: W[], i: number, sStart: number, sEnd: number): boolean {
  const { doc } = ctx;
  let t0 = 0;
  while (t0 < i && ws[t0]!.start < sStart) t0++;
  if (i - t0 < 2 || i - t0 > 6) return false;
  const t = ws[t0]!;
  if (t.lower !== 'о' && t.lower !== 'об' && t.lower !== 'про') return false;
  if (kindOfWord(ws[t0 + 1]!.lower, 'thisword') || RELATIVE.has(ws[t0 + 1]!.lower)) return false;
  if (!/^[\s*_«"]*$/.test(doc.norm.slice(sStart, t.start))) return false;
  for (let k = t0 + 1; k <= i; k++) if (gapHasStop(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) return false;
  if (complementAfter(ws, i) || i + 1 >= ws.length || PREPS.has(ws[i + 1]!.lower)) return false;
  const sp = speakerRight(ctx, ws, i + 1, sEnd);
  if (!sp) return false;
  const f = ws[sp[0]]!;
  if (!(f.cap || titleLike(f.lower) || kindOfWord(f.lower, 'interlocutor') || kindOfWord(f.lower, 'unnamed'))) return false;
  // "говорил Песков в прошлом году": a lower-case prepositional phrase after a name is a circumstance of
  // the cue, not the speaker's ("источники в правительстве", "посол в США Антонов" keep theirs)
  for (let p = sp[0] + 1; p < sp[1]; p++) {
    if (PREPS.has(ws[p]!.lower) && ws.slice(sp[0], p).some((w) => w.cap) && !ws.slice(p + 1, sp[1]).some((w) => w.cap)) { sp[1] = p; break; }
  }
  const speaker = speakerOf(ctx, f.start, speakerEnd(doc, f.start, ws[sp[1] - 1]!.end), false);
  return emit(ctx, speaker, [ws[i]!.start, ws[i]!.end], [doc.span(t.start, ws[i - 1]!.end)], 'ruuk-topic-first');
}

/**
 * "Как стало известно Mash, …" / "Як стало відомо Суспільному, …" / "…, стало известно SHOT": the
 * outlet in the dative that learned it is the source (data/ruuk-words.tsv, kind `learned`); with no
 * name after the phrase ("стало известно, что …") there is no claim. Rule 'ruuk-learned'.
 */
function learnedFrom(ctx: Ctx, ws: W[], i: number, sStart: number, sEnd: number, pEnd: number): boolean {
  const { doc } = ctx;
  const n = phraseAt(ws, i, ruukLexicon().phrases['learned']);
  if (!n || ctx.used.has(ws[i]!.start)) return false;
  const sp = speakerRight(ctx, ws, i + n, sEnd);
  if (!sp || sp[1] - sp[0] > 4) return false;
  // the one who learned it is a name, an addressee ("изданию") or an unnamed source, never a time
  // adverb ("Как стало известно вечером / сегодня", "Як стало відомо згодом")
  const w0 = ws[sp[0]]!;
  if (!(w0.cap || kindOfWord(w0.lower, 'addressee') || kindOfWord(w0.lower, 'unnamed'))) return false;
  const spEnd = speakerEnd(doc, ws[sp[0]]!.start, ws[sp[1] - 1]!.end);
  // the outlet's name ends at the comma or the end of the sentence
  if (sp[1] < ws.length && ws[sp[1]]!.start < sEnd && !/^\s*,/.test(doc.norm.slice(spEnd, ws[sp[1]]!.start))) return false;
  const prev = i > 0 ? ws[i - 1]!.lower : '';
  const gapBefore = doc.norm.slice(i > 0 ? ws[i - 1]!.end : sStart, ws[i]!.start);
  let content: TextSpan | null = null;
  if (AS.has(prev)) content = extendQuote(ctx, trim(doc, spEnd, sEnd), pEnd);
  else if (i > 0 && /[,—–]/.test(gapBefore)) content = contentLeft(ctx, sStart, ws[i - 1]!.end + gapBefore.search(/[,—–]/));
  if (!content || wordsIn(doc, content.start, content.end).length < 2) return false;
  const speaker = speakerOf(ctx, ws[sp[0]]!.start, spEnd, true);
  return emit(ctx, speaker, [ws[i]!.start, ws[i + n - 1]!.end], [content], 'ruuk-learned');
}

/**
 * "…, сообщает Reuters со ссылкой на спикера Палаты представителей Джонсона": the source a claim's
 * speaker cites (data/ruuk-words.tsv, kind `citing`) gives a second claim over the same content,
 * when a claim's cue stands before the phrase in the same sentence. Rule 'ruuk-citing'.
 */
function citingSource(ctx: Ctx, ws: W[], i: number, sStart: number, sEnd: number): boolean {
  const { doc } = ctx;
  const n = phraseAt(ws, i, ruukLexicon().phrases['citing']);
  if (!n || ctx.used.has(ws[i]!.start)) return false;
  let outer: ClaimDraft | undefined;
  for (const c of doc.claims) if (c.cue && c.cue.start >= sStart && c.cue.start < ws[i]!.start) outer = c;
  if (!outer) return false;
  // the citing phrase belongs to the outer claim's cue and speaker only when it follows them directly
  // ("…, сообщает Reuters со ссылкой на X", "X сообщает со ссылкой на Y, что …"); after the content
  // ("Песков заявил, что …, со ссылкой на позицию Киева") it is part of what was said: the content
  // ends before it and no second claim is made
  const head = Math.max(outer.cue!.end, outer.speaker?.end ?? 0);
  if (head > ws[i]!.start || !/^[\s,]*$/.test(doc.norm.slice(head, ws[i]!.start))) {
    const cut: TextSpan[] = [];
    for (const f of outer.content) {
      if (f.end <= ws[i]!.start) cut.push(doc.span(f.start, f.end));
      else if (f.start < ws[i]!.start) { const t = trim(doc, f.start, ws[i]!.start); if (t) cut.push(t); }
    }
    if (cut.length) outer.content = cut;
    ctx.used.add(ws[i]!.start);
    return true;
  }
  const sp = speakerRight(ctx, ws, i + n, sEnd);
  if (!sp) return false;
  const spEnd = speakerEnd(doc, ws[sp[0]]!.start, ws[sp[1] - 1]!.end);
  const speaker = speakerOf(ctx, ws[sp[0]]!.start, spEnd, true);
  let content = outer.content.map((f) => doc.span(f.start, f.end));
  // "X сообщает со ссылкой на Y, что …": the content is what follows Y, for both claims
  const f0 = content[0]!;
  if (f0.start <= ws[i]!.start && f0.end > spEnd) {
    const rest = trim(doc, spEnd, f0.end);
    if (!rest) return false;
    content = [rest, ...content.slice(1)];
    outer.content = content.map((f) => doc.span(f.start, f.end));
  }
  return emit(ctx, speaker, [ws[i]!.start, ws[i + n - 1]!.end], content, 'ruuk-citing');
}

/**
 * "Так X ответил на вопрос …" / "Так радник … Михайло Подоляк прокоментував …" / "Так считает X": a
 * sentence that opens with a word pointing back (data/ruuk-words.tsv, kind `so-ref`) and has a cue
 * with no punctuation before it gives the speaker's claim over the sentences before (`before`, as
 * for "об этом"). The speaker stands between "Так" and the cue (a name, a title, an abbreviated
 * title or a pronoun), or after a cue that follows "Так" directly. Rule 'ruuk-so-ref'.
 */
function soRef(ctx: Ctx, ws: W[], sStart: number, sEnd: number, before: TextSpan): void {
  const { doc } = ctx;
  const lex = ruukLexicon();
  if (ws.length < 3 || ws[0]!.start < sStart || !phraseAt(ws, 0, lex.phrases['so-ref'])) return;
  // "Так, …" (thus, for example) and "так как" / "так и" are no pointer
  if (!/^[ \t\u00a0]+$/.test(doc.norm.slice(ws[0]!.end, ws[1]!.start))) return;
  if (!/^[\s*_«"]*$/.test(doc.norm.slice(sStart, ws[0]!.start))) return;
  let k = 1;
  while (k < ws.length && k < 13 && !lex.cues.has(ws[k]!.lower) && !gapHasStop(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) k++;
  if (k >= ws.length || !lex.cues.has(ws[k]!.lower) || gapHasStop(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) return;
  if (complementAfter(ws, k) || /^\s*[:,]/.test(doc.norm.slice(ws[k]!.end, ws[k]!.end + 2))) return;
  // "ответить на X" / "отреагировать на X" answers with words when X is something said ("на вопрос
  // журналистов") or when an office holder named by title answers ("Так радник … Подоляк відреагував на
  // нічну атаку"); a state, a capital or a bare name may answer with an act ("Так Москва ответила на
  // санкции Запада", "Так Кремль відреагував на удари": the sentence before is the narrator's fact)
  // (lane attrib) a quotation before it is words whatever it answers («…». Так керівник ОП Андрій Єрмак
  // відреагував на ракетний удар)
  const quoted = /^[«"„“]/.test(doc.norm.slice(before.start, before.start + 1)) && quoteEndingAt(doc, before.end) !== null;
  if (kindOfWord(lex.cues.get(ws[k]!.lower)!.lemma, 'respond') && ws[k + 1]?.lower === 'на' && !quoted &&
    !ws.slice(k + 2, k + 5).some((w) => kindOfWord(w.lower, 'speech-noun')) &&
    !(k > 1 && (titleLike(ws[1]!.lower) || titleAbbrAt(doc, ws, 1) > 0))) return;
  const cw = ws[k]!;
  // "Так он прокомментировал …" right after a sentence attributed already: the same statement, no new claim
  if (doc.claims.some((c) => c.cue && c.cue.start >= before.start && c.cue.start < before.end &&
    c.content.reduce((n, f) => n + Math.max(0, Math.min(f.end, before.end) - Math.max(f.start, before.start)), 0) * 2 >= before.end - before.start)) {
    // the cue is the back-reference's, no other pattern's ("Так он прокомментировал сообщения СМИ, что …")
    ctx.used.add(cw.start);
    return;
  }
  let speaker: Speaker | null = null;
  // "Так ситуацію на напрямку охарактеризував речник X": a lower-case object between "Так" and the cue,
  // the speaker after the cue (a title or a capitalised name, not a preposition)
  const first0 = ws[1]!;
  const right0 = ws[k + 1];
  const objectFirst = k > 1 && !first0.cap && !TITLES.has(first0.lower) && titleAbbrAt(doc, ws, 1) === 0 &&
    !kindOfWord(first0.lower, 'pronoun') && !!right0 && !PREPS.has(right0.lower) &&
    !gapHasStop(doc.norm.slice(cw.end, right0.start)) && (right0.cap || TITLES.has(right0.lower) || titleAbbrAt(doc, ws, k + 1) > 0);
  if (objectFirst) {
    const sp = speakerRight(ctx, ws, k + 1, sEnd);
    if (!sp) return;
    speaker = speakerOf(ctx, ws[sp[0]]!.start, speakerEnd(doc, ws[sp[0]]!.start, ws[sp[1] - 1]!.end), false);
  } else if (k === 1) {
    // "Так резюмировал итоги брифинга генерал-майор X": a lower-case object before the speaker's title or name
    let j = 2;
    while (j < ws.length && j < 7 && !ws[j]!.cap && !titleLike(ws[j]!.lower) && !PREPS.has(ws[j]!.lower) &&
      !gapHasStop(doc.norm.slice(ws[j - 1]!.end, ws[j]!.start))) j++;
    if (j === 2 || j >= ws.length || j >= 7 || !(ws[j]!.cap || titleLike(ws[j]!.lower)) || gapHasStop(doc.norm.slice(ws[j - 1]!.end, ws[j]!.start))) j = 2;
    const sp = speakerRight(ctx, ws, j, sEnd);
    if (!sp) return;
    speaker = speakerOf(ctx, ws[sp[0]]!.start, speakerEnd(doc, ws[sp[0]]!.start, ws[sp[1] - 1]!.end), false);
  } else if (!ws[1]!.cap && (kindOfWord(ws[1]!.lower, 'adverb') || adverbOnly(ws[1]!.lower))) {
    // "Так оперативно отреагировали спасатели" / "Так жёстко ответил Песков": an adverb before the cue
    // is no speaker; a capitalised name or a title right after the cue is, and otherwise there is none
    const r = ws[k + 1];
    if (!r || r.start >= sEnd || !(r.cap || titleLike(r.lower)) || PREPS.has(r.lower)) return;
    const sp = speakerRight(ctx, ws, k + 1, sEnd);
    if (!sp) return;
    speaker = speakerOf(ctx, ws[sp[0]]!.start, speakerEnd(doc, ws[sp[0]]!.start, ws[sp[1] - 1]!.end), false);
  } else {
    const first = ws[1]!;
    const pron = kindOfWord(first.lower, 'pronoun');
    if (!(first.cap || TITLES.has(first.lower) || pron || titleAbbrAt(doc, ws, 1) > 0)) {
      // a lower-case title word not in the list ("офицер", "радник") opens a noun phrase when the words
      // up to the cue hold a capitalised name or are one noun
      if (!(k === 2 || ws.slice(2, k).some((w) => w.cap))) return;
    }
    let y = k;
    while (y > 2 && kindOfWord(ws[y - 1]!.lower, 'adverb')) y--;
    speaker = speakerOf(ctx, first.start, speakerEnd(doc, first.start, ws[y - 1]!.end), false);
  }
  emit(ctx, speaker, [cw.start, cw.end], [before], 'ruuk-so-ref');
}

/**
 * Whether the cue at word `i` is followed by its complement ("рассказывает об автоматизации …",
 * "заявил, что …"): then the speaker stands before the cue ("X, бэкенд-разработчик …, рассказывает
 * об …"), not after it. "об этом" / "про це" is no complement ("«…», — рассказал об этом X").
 */
/**
 * Whether an adverb phrase set off by commas stands right before the cue at word `i` ("Шольц, в свою
 * очередь, назвал ...", "Міністр, своєю чергою, назвав ..."; `adverb` rows of data/ruuk-words.tsv): the
 * comma before the cue closes the parenthetical, so the cue is no inverted one and its speaker is before it.
 */
function parentheticalBefore(doc: Doc, ws: W[], i: number, sStart: number): boolean {
  const adverbs = ruukLexicon().phrases['adverb'] ?? [];
  for (let n = 1; n <= 3 && i - n > 0; n++) {
    if (phraseAt(ws, i - n, adverbs) !== n) continue;
    const before = doc.norm.slice(ws[i - n - 1]!.end, ws[i - n]!.start);
    if (ws[i - n - 1]!.start >= sStart && /^\s*,\s*$/.test(before)) return true;
  }
  return false;
}

/**
 * (speakru13) «X, 53-летний военнопленный, рассказал РИА Новости, как …», «X, який …, розповів Суспільному,
 * що …»: the word index of «что»/«как»/«що»/«як» after a comma right behind an outlet the speaker told
 * (an addressee of data/ruuk-words.tsv, a Latin outlet name, a capitalised dative: `addresseeBefore`) right
 * after the cue at `i`; -1 when there is none. The cue is then no inverted one: its speaker is before it.
 */
function addresseeComplement(doc: Doc, ws: W[], i: number, sEnd: number): number {
  for (let k = i + 2; k < Math.min(ws.length, i + 6) && ws[k]!.start < sEnd; k++) {
    if (!/^\s*,\s*$/.test(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) continue;
    const l = ws[k]!.lower;
    if ((l === 'что' || l === 'що' || AS.has(l)) && addresseeBefore(doc, ws, i + 1, k)) return k;
    return -1;
  }
  return -1;
}

/** Prepositions of a partner in conversation («в беседе с SHOT», «у розмові з Радіо Свобода»). */
const WITH_PREPS = new Set(['с', 'со', 'з', 'із', 'зі']);

/**
 * (lane speak14) The word after a circumstance of the speech that opens words [x, y) with its partner: a stop
 * phrase opened by a preposition (data/ruuk-words.tsv: «в беседе», «в интервью», «у коментарі», «у розмові»),
 * then «с»/«з» and the partner, or the outlet told (a quoted name, a Latin name, a capitalised dative,
 * an addressee of data/ruuk-words.tsv). `x` when there is none.
 */
function openingCircumstance(doc: Doc, ws: W[], x: number, y: number): number {
  const n = circumstanceAt(doc, ws, x, ws[y - 1]!.end);
  if (!n) return x;
  let k = x + n;
  if (k >= y) return x;
  const withPrep = WITH_PREPS.has(ws[k]!.lower);
  if (withPrep) k++;
  if (k >= y) return x;
  const open = doc.norm[ws[k]!.start - 1];
  if (open === '«' || open === '"' || open === '„' || open === '“') {
    // a quoted name to its closing mark
    let q = k;
    while (q < y && q - k < 5 && !/^["»“”]/.test(doc.norm.slice(ws[q]!.end, ws[q]!.end + 1))) q++;
    return q < y - 1 ? q + 1 : x;
  }
  const lat = latinAddressee(doc, ws, k, ws[y - 1]!.end);
  if (lat) return k + lat;
  const addr = phraseAt(ws, k, ruukLexicon().phrases['addressee']);
  if (addr) return k + addr < y ? k + addr : x;
  if (ws[k]!.cap) {
    // «з Радіо Свобода», «Суспільному»: a capitalised run
    let e = k + 1;
    while (e < y && ws[e]!.cap && /^[ \u00a0]+$/.test(doc.norm.slice(ws[e - 1]!.end, ws[e]!.start))) e++;
    if (!withPrep && !/(ому|ові|еві|єві|ам|ям)$/.test(ws[k]!.lower)) return x;
    return e < y ? e : x;
  }
  // «с журналистами»: one word after the preposition
  return withPrep && k + 1 < y ? k + 1 : x;
}

/** Words that open a relative clause («который», «де», «где», …). */
const RELATIVE_OPENERS = new Set(['который', 'которая', 'которое', 'которые', 'где', 'куда', 'когда', 'який', 'яка', 'яке', 'які', 'де', 'куди', 'коли']);
/**
 * (speakru13) When the speaker phrase at [left) opens with a relative word, the capitalised first segment of
 * the sentence (up to its first comma) before the cue at `i`; null otherwise.
 */
function subjectOfRelative(doc: Doc, ws: W[], left: [number, number], sStart: number, i: number): [number, number] | null {
  const first = wordsIn(doc, left[0], left[1])[0];
  if (!first || !RELATIVE_OPENERS.has(first.lower)) return null;
  let a = 0;
  while (a < i && ws[a]!.start < sStart) a++;
  if (a >= i || !ws[a]!.cap) return null;
  let b = a + 1;
  while (b < i && !/,/.test(doc.norm.slice(ws[b - 1]!.end, ws[b]!.start))) b++;
  if (b >= i || b - a > 8) return null;
  return [ws[a]!.start, ws[b - 1]!.end];
}

function complementAfter(ws: W[], i: number): boolean {
  const n = ws[i + 1]?.lower;
  if (n === undefined || !COMPLEMENT.has(n) || n === 'мол' || n === 'будто' || n === 'ніби' || n === 'нібито' || n === 'якобы') return false;
  if (n === 'о' || n === 'об' || n === 'про') return !kindOfWord(ws[i + 2]?.lower ?? '', 'thisword');
  return true;
}

/** The possessives of one speaker ("по его словам", "за її словами"); "их"/"їх" are several (data/grammar-words.tsv `singular-possessive`). */
const SINGULAR_POSSESSIVE = grammarSet('singular-possessive');

/**
 * Whom "его"/"його" in "по его словам" / "за його словами" stands for when no claim of the pronoun's
 * own sentence comes before it: the subject of the sentence before (same or previous paragraph), not
 * the last person that sentence names ("Песков ответил на вопрос о словах Макрона. По его словам, …":
 * Песков). The subject is the speaker of a claim of that sentence whose speaker lies in no other claim's
 * content there (so not a nominal "заявление Путина" inside the subject's content) — the cited source
 * when a medium cites one ("со ссылкой на X") — else a person named at the sentence's start in the
 * nominative, before a lower-case word, with no preposition before it and no dash or colon in the
 * sentence. Null when neither is found (the caller reads the pronoun as before).
 */
function subjectBefore(ctx: Ctx, sStart: number, at: number, pw: W): Speaker | null {
  const { doc } = ctx;
  // a claim of this sentence before the phrase has a subject of its own ("Сырский отметил, что …, по его словам, …")
  if (doc.claims.some((c) => c.cue && c.cue.start >= sStart && c.cue.start < at)) return null;
  const si = doc.sentences.findIndex((s) => s.start <= sStart && sStart < s.end);
  if (si <= 0) return null;
  const prev = doc.sentences[si - 1]!;
  if (doc.sentences[si]!.paragraph - prev.paragraph > 1) return null;
  const span = doc.span(pw.start, pw.end);
  // (lane speak14) the pronoun's gender («её», «її» a woman; «его», «його» a man or a body): a person of
  // the other gender is not what it stands for
  const gender = pronounGender(pw.lower);
  const here = doc.claims.filter((c) => c.cue && c.cue.start >= prev.start && c.cue.start < prev.end);
  const top = here.filter((c) => c.speaker?.name && !here.some((o) => o !== c && o.content.some((f) => f.start <= c.speaker!.start && c.speaker!.end <= f.end)));
  // a medium that cites a source ("сообщила газета X со ссылкой на представителя Y"): the source's words go on
  const cited = here.find((c) => c.why.rule === 'ruuk-citing' && c.speaker?.name && genderFits(gender, c.speaker.name));
  const fitting = top.filter((c) => genderFits(gender, c.speaker!.name));
  if (cited || fitting.length) {
    const sp = cited ? cited.speaker! : fitting.sort((x, y) => x.cue!.start - y.cue!.start)[0]!.speaker!;
    return { ...span, name: sp.name, type: sp.type, resolvedFrom: { start: sp.resolvedFrom?.start ?? sp.start, end: sp.resolvedFrom?.end ?? sp.end } };
  }
  const ws = wordsIn(doc, prev.start, prev.end);
  if (!here.length) {
    const subject = namedSubject(ctx, ws, prev, gender);
    if (subject) return { ...span, ...subject };
  }
  // (lane speak14) the speaker or subject before is of the other gender («Мария Захарова прокомментировала
  // заявление Владимира Зеленского. По её словам, …», «Резніков зустрівся з Ганною Маляр. За її словами,
  // …»): the first person of the pronoun's gender named in the sentence before, in whatever case
  if (gender === null || (here.length && !top.length) || /[—–:]/.test(doc.norm.slice(prev.start, prev.end))) return null;
  return personOfGender(ctx, ws, gender, span);
}

/**
 * The person named first in sentence `prev` as its subject (a capitalised run in the nominative, before
 * any comma, dash or preposition), when no claim of that sentence speaks and it fits `gender`; null
 * otherwise. Not in a sentence with a dash or a colon, which may sign it with someone else («Зеленский
 * посылает сигнал …, — Кулеба в интервью …»).
 */
function namedSubject(ctx: Ctx, ws: W[], prev: { start: number; end: number }, gender: Gender): Pick<Speaker, 'name' | 'type' | 'resolvedFrom'> | null {
  const { doc } = ctx;
  if (/[—–:]/.test(doc.norm.slice(prev.start, prev.end))) return null;
  for (let k = 0; k < Math.min(ws.length, 7); k++) {
    const w = ws[k]!;
    if (/[,:;—–(]/.test(doc.norm.slice(ws[Math.max(0, k - 1)]!.end, w.start))) return null;
    if (PREPS.has(w.lower) || ORG_PREPS.has(w.lower)) return null;
    if (!w.cap) continue;
    let e = k;
    while (e + 1 < ws.length && ws[e + 1]!.cap && /^[ \t\u00a0]+$/.test(doc.norm.slice(ws[e]!.end, ws[e + 1]!.start))) e++;
    const next = ws[e + 1];
    if (!next || next.cap || PREPS.has(next.lower) || !/^[ \t\u00a0]+$/.test(doc.norm.slice(ws[e]!.end, next.start))) continue;
    const lastWord = doc.text.slice(ws[e]!.start, ws[e]!.end);
    if (nominative(lastWord, ctx.lang) !== lastWord) continue;
    const p = personIn(ctx, ws, k, e);
    if (p) return genderFits(gender, p.name) && genderFits(gender, p.text) ? { name: p.name, type: 'person', resolvedFrom: p.resolvedFrom } : null;
  }
  return null;
}

/** A person named by words [k, e] of `ws` (a known actor, or a given name and what follows it), with its name; null when none. */
function personIn(ctx: Ctx, ws: W[], k: number, e: number): { name: string; text: string; resolvedFrom: { start: number; end: number } } | null {
  const { doc } = ctx;
  for (let j = k; j <= e; j++) {
    const phrase = doc.text.slice(ws[j]!.start, ws[e]!.end);
    const actor = findActor(phrase);
    const given = j < e && givenNames().has(doc.text.slice(ws[j]!.start, ws[j]!.end));
    if ((actor && actor.type === 'person') || given) {
      const name = actor?.type === 'person' ? actor.latin : speakerName(phrase, ctx.lang).name ?? phrase;
      return { name, text: phrase, resolvedFrom: { start: ws[j]!.start, end: ws[e]!.end } };
    }
  }
  return null;
}

/** (lane speak14) The first person of `gender` named in the words `ws` of a sentence, as the speaker of the pronoun `span`; null when none. */
function personOfGender(ctx: Ctx, ws: W[], gender: 'm' | 'f', span: TextSpan): Speaker | null {
  const { doc } = ctx;
  for (let k = 0; k < ws.length; k++) {
    if (!ws[k]!.cap) continue;
    let e = k;
    while (e + 1 < ws.length && ws[e + 1]!.cap && /^[ \t\u00a0]+$/.test(doc.norm.slice(ws[e]!.end, ws[e + 1]!.start))) e++;
    const p = personIn(ctx, ws, k, e);
    if (p && (nameGender(p.name) === gender || nameGender(p.text) === gender)) {
      // a name after a preposition is put in the nominative («з Ганною Маляр» → Ганна Маляр) unless an actor's
      const actor = findActor(p.text);
      const oblique = k > 0 && (PREPS.has(ws[k - 1]!.lower) || ORG_PREPS.has(ws[k - 1]!.lower));
      const name = actor?.type === 'person' ? actor.latin : oblique ? speakerName(p.text, ctx.lang, true).name ?? p.name : p.name;
      return { ...span, name, type: 'person', resolvedFrom: p.resolvedFrom };
    }
    k = e;
  }
  return null;
}

function according(ctx: Ctx, ws: W[], i: number, n: number, pronoun: number, sStart: number, sEnd: number, pEnd: number): boolean {
  const { doc } = ctx;
  const cueEnd = ws[i + n - 1]!.end;
  let speaker: Speaker | null;
  let segEnd: number;
  if (pronoun >= 0) {
    const pw = ws[pronoun]!;
    speaker = (SINGULAR_POSSESSIVE.has(pw.lower) ? subjectBefore(ctx, sStart, ws[i]!.start, pw) : null) ?? speakerOf(ctx, pw.start, pw.end, true);
    segEnd = cueEnd;
  } else {
    const sp = speakerRight(ctx, ws, i + n, sEnd);
    if (!sp) return false;
    segEnd = speakerEnd(doc, ws[sp[0]]!.start, ws[sp[1] - 1]!.end);
    speaker = speakerOf(ctx, ws[sp[0]]!.start, segEnd, true);
  }
  const beforeWs = ws.slice(0, i).filter((w) => w.start >= sStart);
  const before = beforeWs.length >= 2 ? trim(doc, sStart, ws[i]!.start) : null;
  const after = trim(doc, segEnd, sEnd);
  let content: TextSpan | null;
  if (before && after && wordsIn(doc, after.start, after.end).length >= 2) content = trim(doc, before.start, after.end);
  else if (after && wordsIn(doc, after.start, after.end).length >= 2) content = extendQuote(ctx, after, pEnd);
  else content = before;
  return emit(ctx, speaker, [ws[i]!.start, cueEnd], [content], 'ruuk-according');
}

/**
 * The speaker phrase left of a preposed cue, as offsets; null when there is none; 'impersonal' when
 * the words before a plural cue are all an object ("Родителей призвали …": a claim with no speaker).
 */
function leftSpeaker(ctx: Ctx, ws: W[], i: number, sStart: number, plural: boolean): [number, number] | 'impersonal' | null {
  const { doc } = ctx;
  const lex = ruukLexicon();
  let a = 0;
  while (a < i && ws[a]!.start < sStart) a++;
  if (a >= i) return null;
  // the clause: after the last comma, unless that leaves only adverbs (then the first segment)
  const segs: [number, number][] = [];
  let s0 = a;
  for (let k = a + 1; k < i; k++) {
    if (/[,:;—–]/.test(doc.norm.slice(ws[k - 1]!.end, ws[k]!.start))) { segs.push([s0, k]); s0 = k; }
  }
  segs.push([s0, i]);
  const strip = ([x, y]: [number, number]): [number, number] => {
    while (x < y && (kindOfWord(ws[x]!.lower, 'adverb'))) x++;
    while (y > x && kindOfWord(ws[y - 1]!.lower, 'adverb')) y--;
    return [x, y];
  };
  const strip2 = (r: [number, number]): [number, number] => {
    let [x, y] = strip(r);
    // "И.о. мэра …": the "и" of an abbreviated title is no conjunction
    while (x < y && CONJ.has(ws[x]!.lower) && !titleAbbrAt(doc, ws, x)) x++;
    [x, y] = strip([x, y]);
    // a multi-word adverb at the end ("в свою очередь", "при этом"), a day ("в среду", "накануне")
    for (let guard = 0; guard < 3 && y > x; guard++) {
      let cut = 0;
      for (const p of lex.phrases['adverb'] ?? []) if (p.length > 1 && y - p.length >= x && phraseAt(ws, y - p.length, [p])) { cut = p.length; break; }
      if (!cut && y - 2 >= x && ORG_PREPS.has(ws[y - 2]!.lower) && WEEKDAYS.test(ws[y - 1]!.lower)) cut = 2;
      if (!cut) break;
      y -= cut;
    }
    return strip([x, y]);
  };
  let [x, y] = strip2(segs[segs.length - 1]!);
  // "X, бэкенд-разработчик …, рассказывает об …", "Песков, отвечая на вопрос, заявил, что …": a comma
  // right before the cue closes an apposition or a participle clause; the subject is the segment before it
  if (segs.length >= 2 && /,/.test(doc.norm.slice(ws[i - 1]!.end, ws[i]!.start))) {
    const [px, py] = strip2(segs[segs.length - 2]!);
    if (px < py && ws[px]!.cap) {
      [x, y] = [px, py];
      // (speakru12) an unnamed speaker described by a noun of data/ruuk-words.tsv `described` and a
      // participle clause after it («Російський військовий блогер, пов'язаний із ВДВ, визнав …»): the
      // clause is part of the description that names it
      const [ax, ay] = segs[segs.length - 1]!;
      if (segs.length === 2 && kindOfWord(ws[py - 1]!.lower, 'described') && !ws.slice(px + 1, py).some((w) => w.cap) &&
        ax < ay && ay - ax <= 5 && !ws[ax]!.cap && !ws.slice(ax, ay).some((w) => lex.cues.has(w.lower))) y = ay;
    }
  }
  if (x >= y) [x, y] = strip2(segs[0]!);
  if (x >= y) return null;
  if (RELATIVE.has(ws[x]!.lower) && !(plural && false)) {
    if (ws[x]!.lower === 'о' || ws[x]!.lower === 'об' || ws[x]!.lower === 'про' ? RELATIVE.has(ws[x + 1]?.lower ?? '') : true) return null;
  }
  for (let k = x; k < y; k++) if (COMPLEMENT.has(ws[k]!.lower) && ws[k]!.lower !== 'о' && ws[k]!.lower !== 'про') return null;
  if (ws.slice(x, y).some((w) => lex.cues.has(w.lower))) return null;
  if (ws[y - 1]!.lower === 'не') y--;
  if (x >= y) return null;
  // (lane speak14) «В беседе с SHOT X заявил», «В інтерв'ю Суспільному X заявив», «У коментарі «Українській
  // правді» X …»: a circumstance of the speech with its partner opening the clause is no part of the speaker
  const cx = openingCircumstance(doc, ws, x, y);
  if (cx > x && cx < y) x = cx;
  // "В.о. міського голови …": the "в" of an abbreviated title is no preposition
  const afterPrep = PREPS.has(ws[x]!.lower) && !titleAbbrAt(doc, ws, x);
  const org = afterPrep && plural && ORG_PREPS.has(ws[x]!.lower);
  if (afterPrep) x += org ? 1 : 2;
  if (x >= y) return null;
  // Russian: no subject starts with an oblique noun or an adverb ("Таможенникам она заявила",
  // "В начале ноября разведка заявила"); only oblique words before a plural cue are its object.
  // An organisation after "в" ("В посольстве США заявили") is left as it is.
  const k = org ? 0 : subjectStart(ws.slice(x, y).map((w) => doc.text.slice(w.start, w.end)), ctx.lang, (l) => PREPS.has(l), afterPrep);
  if (k > 0) x += k;
  else if (k < 0 && !afterPrep) return plural && !kindOfWord(ws[i]!.lower, 'passive') ? 'impersonal' : null;
  // "Губернатор X в интервью журналисту Y сказал", «Міністр X на спільній пресконференції з Y у
  // Варшаві заявив»: a circumstance of the speech event after a capitalised subject ends the subject
  // (the interviewer or the host named in it is no speaker), in either language
  for (let c = x + 1; c < y; c++) {
    if (!ws.slice(x, c).some((w) => w.cap) || !circumstanceAt(doc, ws, c, ws[y - 1]!.end)) continue;
    y = c;
    break;
  }
  // "Валерий Жила в недавнем треде подробно написал": an adverb and a lower-case prepositional phrase
  // after a capitalised subject are circumstances of the verb, not part of the speaker
  if (ctx.lang === 'ru') {
    while (y - x > 1 && ws.slice(x, y - 1).some((w) => w.cap) && (morph(ws[y - 1]!.lower)?.posAll.every((p) => p === 'ADVB') ?? false)) y--;
    for (let k = x + 1; k < y - 1; k++) {
      if (!LOCATIVE_PREPS.has(ws[k]!.lower) || !ws.slice(x, k).some((w) => w.cap)) continue;
      const pp = ws.slice(k + 1, y);
      if (!pp[0]!.cap && !/[a-z]/i.test(pp[0]!.lower) && !pp.some((w, j) => j > 0 && w.cap && pp[j - 1]!.cap)) { y = k; break; }
    }
  }
  if (y - x > 14) x = y - 6;
  if (!ws[x]!.cap && !TITLES.has(ws[x]!.lower) && !plural && y - x > 4) return null;
  return [ws[x]!.start, speakerEnd(doc, ws[x]!.start, ws[y - 1]!.end)];
}

/**
 * Speaker names in Russian and Ukrainian: a speaker phrase in any grammatical case ("по словам
 * Пескова", "за словами Шмигаля", "в Минобороны России") is matched to an actor of
 * data/actors-cyrillic.tsv, whose canonical Latin name is the claim's speaker name (so that
 * Зеленский, Зеленський and Zelensky are one actor). Unknown names are put in the nominative by
 * suffix rules (`nominative`).
 */
import { ruukLexicon, type CyrActor } from './lexicon.js';
import { beforeSubject, morph, morphologyReady, nameForm, obliqueOnly } from './morph.js';
import { BoundedMemo } from '../../util/index.js';
import { table } from '../../lexicon/index.js';

const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;

/** Whether an inflected word `w` (lower case) is a form of the dictionary word `key`. */
export function formOf(w: string, key: string): boolean {
  if (w === key) return true;
  // every other match starts with the key or with its stem (at least 3 letters): the first letter
  // rejects nearly all pairs (findActor tries every key at every word) before any string is made
  if (w.charCodeAt(0) !== key.charCodeAt(0)) return false;
  if (key.length <= 4) return w.length <= key.length + 3 && w.startsWith(key) && key.length >= 3 && /^(а|у|ом|е|і|ові|ом|ою|ы|и|ой|ей|я|ю)$/.test(w.slice(key.length));
  // drop the nominative ending of the key, compare the stem, allow a case ending after it
  const stem = keyStems.get(key, stemOfKey);
  if (!w.startsWith(stem)) return false;
  const rest = w.slice(stem.length);
  return rest.length <= 4 && /^[\p{L}]*$/u.test(rest) && (rest === '' || /^(а|у|ом|ем|е|і|ові|еві|ою|ею|ой|ей|ого|ому|им|ым|ім|ий|ый|ій|я|ю|ь|о|ая|ую|ої|ою|ы|и|ів|ам|ами|ах|ях|ям|ями|ле|лі|ля)$/.test(rest));
}

/** A key of more than 4 letters without its nominative ending ("зеленский" → "зеленск"). */
function stemOfKey(key: string): string {
  return key.replace(/(ий|ый|ой|ій|ь|а|я|о|й)$/, '');
}
/** `stemOfKey` by key (the keys are the lexicon's: few, and asked again at every word). */
const keyStems = new BoundedMemo<string, string>(10_000);

/** Words of a phrase with their offsets (relative to the phrase). */
export function words(text: string): { w: string; lower: string; start: number; end: number }[] {
  const out: { w: string; lower: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ w: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The actor a speaker phrase names, if data/actors-cyrillic.tsv knows it: a person named last wins
 * (the head of "глава МИД РФ Сергей Лавров" is Лавров); of organisations the first ("Генштаб ЗСУ").
 */
export function findActor(phrase: string): CyrActor | null {
  const ws = words(phrase).map((w) => w.lower);
  let best: CyrActor | null = null;
  let bestAt = -1;
  let bestFit = -1;
  for (const a of ruukLexicon().actors) {
    for (const key of a.keys) {
      for (let i = 0; i + key.length <= ws.length; i++) {
        let ok = true;
        for (let k = 0; k < key.length && ok; k++) ok = formOf(ws[i + k]!, key[k]!);
        if (ok && best && i < bestAt && best.type !== 'person' && a.type !== 'person') {
          // An organisation before the one found so far, whatever their order in the data: the first
          // is the speaker, the later one its owner ("Повітряні сили ЗСУ" is the Air Force).
          best = a;
          bestFit = keyFit(ws, i, key, a);
          bestAt = i;
        } else if (ok && i >= bestAt) {
          // An organisation after another is its owner in the genitive ("Генштаб ЗСУ", "пресс-служба
          // Минобороны России"): the first is the speaker.
          if (best && best.type !== 'person' && a.type !== 'person' && i > bestAt) continue;
          const fit = keyFit(ws, i, key, a);
          if (i > bestAt || !best) {
            best = a;
            bestFit = fit;
          } else if (best.type !== 'organisation' && a.type !== 'organisation') {
            // Two named people or channels on the same words ("Подоляк", "Подоляка": one is a case
            // form of the other) are told apart by the first name before them, then by the exact form.
            if (fit > bestFit) {
              best = a;
              bestFit = fit;
            }
          } else if (best.type !== 'person' && a.type === 'person') {
            // a person beats an organisation named earlier in the phrase ("глава МИД Лавров")
            best = a;
            bestFit = fit;
          }
          bestAt = i;
        }
      }
    }
  }
  return best;
}

/**
 * How well actor `a`'s key matches the words at `i`: 2 when the word before is a form of the
 * actor's first name in Russian or Ukrainian ("Михаил Подоляк"), else 1 when every key word is
 * written exactly as the key, else 0 (a case form).
 */
function keyFit(ws: string[], i: number, key: string[], a: CyrActor): number {
  const prev = ws[i - 1];
  if (prev && a.type !== 'organisation') {
    for (const full of [a.ru, a.uk]) {
      const first = full.split(' ')[0]!.toLowerCase();
      if (first && full.includes(' ') && (formOf(prev, first) || nominative(prev) === first)) return 2;
    }
  }
  for (let k = 0; k < key.length; k++) if (ws[i + k] !== key[k]) return 0;
  return 1;
}

const SIDE_WORDS: [RegExp, string][] = [
  // Ukrainian writes Russia with one "с": "Міноборони Росії" is Russia's ministry (lane attrib)
  [/(росси|россій|росі[яїює]|росій|рф(?![\p{L}])|российск|кремл)/iu, 'RU'],
  [/(украин|україн|всу|зсу)/iu, 'UA'],
];
const FOREIGN = /(сири|сирі|белорус|білорус|казахстан|армени|вірмені|азербайджан|грузи|финлянд|фінлянд|эстони|естоні|латви|литв|японии|японії|индии|індії|кндр|северной кореи|турци|туреччин|сша|америк|южной кореи|південної кореї|германи|німеччин|немецк|німецьк|франци|француз|французьк|польш|польщ|польск|польськ|британ|израил|ізраїл|китая|китаю|китайск|китайськ|ирана|ірану|иранск|іранськ|японск|японськ|турецк|турецьк|итали|італі|итальянск|італійськ|канад)/iu;

const ORG_NAMES: Record<string, Record<string, string>> = {
  'Ministry of Defence': { RU: 'Russian Ministry of Defence', UA: 'Ministry of Defence of Ukraine' },
  'General Staff': { RU: 'Russian General Staff', UA: 'General Staff of the Armed Forces of Ukraine' },
  'Foreign Ministry': { RU: 'Russian Foreign Ministry', UA: 'Ukrainian Foreign Ministry' },
};

/**
 * The canonical name and type of a speaker phrase: a known actor's Latin name; a country's
 * ministry or General Staff by the country named in the phrase, else by the language of the post
 * (a Russian post's "Минобороны" is Russia's, a Ukrainian post's "Міноборони" is Ukraine's); else
 * the phrase's proper name (put in the nominative when `oblique`: "по словам Пескова"), else for
 * Russian whose head noun is in an oblique case the phrase put in the nominative up to its head
 * ("по данным властей" → "власти", "в российской силовой структуре" → "российская силовая
 * структура"; type 'unknown'), else null.
 */
export function speakerName(phrase: string, lang: 'ru' | 'uk', oblique = false): { name: string | null; type: SpeakerType } {
  return readSpeaker(phrase, lang, oblique, true);
}

/** The type of speaker a phrase names: `speakerName(phrase, lang).type`, without putting an unnamed source in the nominative. */
export function speakerType(phrase: string, lang: 'ru' | 'uk'): SpeakerType {
  return readSpeaker(phrase, lang, false, false).type;
}

type SpeakerType = 'person' | 'organisation' | 'channel' | 'unknown';

/** `speakerName`; with `named` false the name of an unnamed source is not made (null; its type is 'unknown' either way). */
function readSpeaker(phrase: string, lang: 'ru' | 'uk', oblique: boolean, named: boolean): { name: string | null; type: SpeakerType } {
  const a = findActor(phrase);
  // A body in a title followed by a person's name ("Начальник Донецької ОВА Павло Кириленко"):
  // the speaker is the person.
  if (a && a.type !== 'person') {
    // the name after the body's words ("речник МЗС України Олег Ніколенко": not "України")
    const person = nameAfterBody(trailingName(words(phrase)));
    if (person && person.length >= 2 && person.every((w) => findActor(w.w) === null && !SIDE_WORDS.some(([re]) => re.test(w.w)) && !FOREIGN.test(w.w))) {
      return { name: person.map((w) => (oblique ? nominative(w.w, lang) : w.w)).join(' '), type: 'person' };
    }
  }
  if (a) {
    const table = ORG_NAMES[a.latin];
    if (table) {
      if (FOREIGN.test(phrase)) return { name: null, type: 'organisation' };
      let side = lang === 'uk' ? 'UA' : 'RU';
      for (const [re, s] of SIDE_WORDS) if (re.test(phrase)) { side = s; break; }
      return { name: table[side] ?? a.latin, type: 'organisation' };
    }
    return { name: a.latin, type: a.type };
  }
  const ws = words(phrase);
  const person = nameAfterBody(trailingName(ws));
  if (person && (person.length < ws.length || person.length >= 2)) {
    return { name: person.map((w) => (oblique ? nominative(w.w, lang) : w.w)).join(' '), type: 'person' };
  }
  // an unnamed source in an oblique case ("по данным властей" → власти, "в российской силовой
  // структуре" → российская силовая структура)
  if (named) {
    const nom = nominativePhrase(phrase, lang);
    if (nom !== phrase) return { name: nom, type: 'unknown' };
  }
  return { name: null, type: 'unknown' };
}

/** A trailing name without the capitalised words of a body or country before it ("України Олег Ніколенко" → "Олег Ніколенко"). */
function nameAfterBody<W extends { w: string }>(ws: W[] | null): W[] | null {
  if (!ws) return ws;
  let k = 0;
  while (k < ws.length - 1 && (findActor(ws[k]!.w)?.type === 'organisation' || COUNTRY_WORD_START.some((re) => re.test(ws[k]!.w)))) k++;
  return ws.slice(k);
}
/** SIDE_WORDS and FOREIGN anchored at the start of a word: a country's word opens it («України», «Польщі»), a first name may only hold one inside («Віталія» holds «італі»). */
const COUNTRY_WORD_START: RegExp[] = [...SIDE_WORDS.map(([re]) => re), FOREIGN].map((re) => new RegExp(`^(?:${re.source})`, re.flags));

/** The trailing capitalised words of a phrase (at most three): a person's name ("Андрей Новицкий", "Кристиан Вагнер"), or null. */
function trailingName<W extends { w: string }>(ws: W[]): W[] | null {
  let k = ws.length;
  while (k > 0 && /^\p{Lu}\p{Ll}/u.test(ws[k - 1]!.w) && ws.length - k < 3) k--;
  // (speakru13) «центра погоды "Фобос" Евгений Тишковец», «мэр Горловки Иван Приходько»: a given name
  // (data/place-person-names.tsv) inside the run, with a surname after it, starts the person's name; the
  // capitalised word before it is a body's or a place's
  if (k < ws.length && !givenName(ws[k]!.w)) {
    for (let m = k + 1; m < ws.length - 1; m++) if (givenName(ws[m]!.w)) return ws.slice(m);
  }
  return k < ws.length ? ws.slice(k) : null;
}

let givenNameSet: Set<string> | null = null;
/** Whether a word is a Russian or Ukrainian given name in the nominative (data/place-person-names.tsv). */
function givenName(w: string): boolean {
  return (givenNameSet ??= new Set(table('place-person-names.tsv').map((r) => r[0]!).filter(Boolean))).has(w);
}

/**
 * A name word in an oblique case put in the nominative (Пескова → Песков, Шмигаля → Шмигаль,
 * Москальковой → Москалькова), by the endings of data/ruuk-name-endings.tsv (src/analyze/ruuk/morph.ts);
 * for a Russian word the table has no ending for, by the dictionary when it knows the word only in
 * oblique cases (Игоря → Игорь). The table comes first: it is right where the dictionary is not
 * (female surnames).
 */
export function nominative(w: string, lang: 'ru' | 'uk' = /[іїєґ]/i.test(w) ? 'uk' : 'ru'): string {
  const t = nameForm(w, lang).lemma;
  if (t !== w || lang !== 'ru' || !obliqueOnly(w)) return t;
  const f = morph(w)!;
  if (f.pos !== 'NOUN') return t;
  return matchCase(f.nominative, w);
}

/** `word` (lower case) written with the capitals of `like`: all capitals, a first capital, or none. */
function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] !== like[0]!.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/**
 * A Russian speaker phrase read in an oblique case put in the nominative, as far as its head noun
 * ("властей" → "власти", "российской силовой структуре" → "российская силовая структура", "лидера
 * КПРФ" → "лидер КПРФ", "немецкого издания" → "немецкое издание"): the adjectives before the first
 * noun agree with it, the words after it (its genitive attributes) stay. Unchanged when a word
 * before the head is not in the dictionary, for Ukrainian, and without a dictionary.
 */
export function nominativePhrase(phrase: string, lang: 'ru' | 'uk'): string {
  if (lang !== 'ru' || !morphologyReady()) return phrase;
  const ws = words(phrase);
  const mods: { start: number; end: number; w: string }[] = [];
  for (const x of ws) {
    const f = morph(x.w);
    if (!f) return phrase;
    if (f.pos === 'ADJF' || f.pos === 'PRTF') { mods.push(x); continue; }
    if (f.pos !== 'NOUN' || f.case === 'nom') return phrase;
    const reps: [number, number, string][] = [];
    for (const m of mods) {
      const a = morph(m.w)!.agree(f.gender ?? 'masc', f.number);
      if (!a) return phrase;
      reps.push([m.start, m.end, matchCase(a, m.w)]);
    }
    reps.push([x.start, x.end, matchCase(f.nominative, x.w)]);
    return replaceAll(phrase, reps);
  }
  // an adjective as a noun ("военных" → "военные", "опрошенных экспертами" stays: not all adjectives)
  const head = mods.length > 0 && mods.length === ws.length ? morph(mods[mods.length - 1]!.w)! : null;
  if (!head || head.case === 'nom') return phrase;
  const reps: [number, number, string][] = [];
  for (const m of mods) {
    const a = morph(m.w)!.agree(head.gender ?? 'masc', head.number);
    if (!a) return phrase;
    reps.push([m.start, m.end, matchCase(a, m.w)]);
  }
  return replaceAll(phrase, reps);
}

/** Whether a Russian word can be a genitive noun or adjective (and is nothing but nominal). */
function genitiveNoun(w: string): boolean {
  const f = morph(w);
  return f !== null && !f.nonNominal && f.cases.includes('gen');
}

/** `text` with the ranges [start, end) of `reps` (in order, not overlapping) replaced. */
function replaceAll(text: string, reps: [number, number, string][]): string {
  let out = text;
  for (let k = reps.length - 1; k >= 0; k--) out = out.slice(0, reps[k]![0]) + reps[k]![2] + out.slice(reps[k]![1]);
  return out;
}

/**
 * Where the subject starts in a Russian phrase left of a cue verb, as an index into `ws` (its words
 * as written): past the words that cannot be a subject — oblique nouns and adjectives, adverbs,
 * a preposition with the word after it, and genitives after those ("Сотрудникам правоохранительных органов Асламбек",
 * "В начале ноября украинская военная разведка", "Таможенникам она"). -1 when no word of the phrase
 * can be a subject ("Родителей", "Москвичам": an object before an impersonal plural verb).
 * `afterOblique`: the phrase follows a preposition and its word ("В ходе | встречи … президент"). 0 for
 * Ukrainian and without a dictionary.
 */
export function subjectStart(ws: string[], lang: 'ru' | 'uk', isPreposition: (lower: string) => boolean, afterOblique = false): number {
  if (lang !== 'ru' || !morphologyReady()) return 0;
  let k = 0;
  let oblique = afterOblique;
  while (k < ws.length) {
    if (isPreposition(ws[k]!.toLowerCase()) && k + 1 < ws.length) { k += 2; oblique = true; continue; }
    if (beforeSubject(ws[k]!)) { k++; oblique = true; continue; }
    // a genitive attribute of the oblique words before ("Сотрудникам полиции Асламбек"), when a word follows
    if (oblique && k + 1 < ws.length && genitiveNoun(ws[k]!)) { k++; continue; }
    break;
  }
  return k >= ws.length ? -1 : k;
}

/**
 * Speaker names in Russian and Ukrainian: a speaker phrase in any grammatical case ("по словам
 * Пескова", "за словами Шмигаля", "в Минобороны России") is matched to an actor of
 * data/actors-cyrillic.tsv, whose canonical Latin name is the claim's speaker name (so that
 * Зеленский, Зеленський and Zelensky are one actor). Unknown names are put in the nominative by
 * suffix rules (`nominative`).
 */
import { ruukLexicon, type CyrActor } from './lexicon.js';
import { nameForm } from './morph.js';

const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;

/** Whether an inflected word `w` (lower case) is a form of the dictionary word `key`. */
export function formOf(w: string, key: string): boolean {
  if (w === key) return true;
  if (key.length <= 4) return w.length <= key.length + 3 && w.startsWith(key) && key.length >= 3 && /^(а|у|ом|е|і|ові|ом|ою|ы|и|ой|ей|я|ю)$/.test(w.slice(key.length));
  // drop the nominative ending of the key, compare the stem, allow a case ending after it
  const stem = key.replace(/(ий|ый|ой|ій|ь|а|я|о|й)$/, '');
  if (!w.startsWith(stem)) return false;
  const rest = w.slice(stem.length);
  return rest.length <= 4 && /^[\p{L}]*$/u.test(rest) && (rest === '' || /^(а|у|ом|ем|е|і|ові|еві|ою|ею|ой|ей|ого|ому|им|ым|ім|ий|ый|ій|я|ю|ь|о|ая|ую|ої|ою|ы|и|ів|ам|ами|ах|ях|ям|ями|ле|лі|ля)$/.test(rest));
}

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
        if (ok && i >= bestAt) {
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
  [/(росси|россій|рф(?![\p{L}])|российск|російськ|кремл)/iu, 'RU'],
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
 * the phrase's proper name (put in the nominative when `oblique`: "по словам Пескова"), else null.
 */
export function speakerName(phrase: string, lang: 'ru' | 'uk', oblique = false): { name: string | null; type: 'person' | 'organisation' | 'channel' | 'unknown' } {
  const a = findActor(phrase);
  // A body in a title followed by a person's name ("Начальник Донецької ОВА Павло Кириленко"):
  // the speaker is the person.
  if (a && a.type !== 'person') {
    const person = trailingName(words(phrase));
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
  const person = trailingName(ws);
  if (person && (person.length < ws.length || person.length >= 2)) {
    return { name: person.map((w) => (oblique ? nominative(w.w, lang) : w.w)).join(' '), type: 'person' };
  }
  return { name: null, type: 'unknown' };
}

/** The trailing capitalised words of a phrase (at most three): a person's name ("Андрей Новицкий", "Кристиан Вагнер"), or null. */
function trailingName<W extends { w: string }>(ws: W[]): W[] | null {
  let k = ws.length;
  while (k > 0 && /^\p{Lu}\p{Ll}/u.test(ws[k - 1]!.w) && ws.length - k < 3) k--;
  return k < ws.length ? ws.slice(k) : null;
}

/**
 * A name word in an oblique case put in the nominative (Пескова → Песков, Шмигаля → Шмигаль,
 * Москальковой → Москалькова), by the endings of data/ruuk-name-endings.tsv (src/analyze/ruuk/morph.ts).
 */
export function nominative(w: string, lang: 'ru' | 'uk' = /[іїєґ]/i.test(w) ? 'uk' : 'ru'): string {
  return nameForm(w, lang).lemma;
}

/**
 * Stage `places`: the places a document names, each resolved to one gazetteer entry, and the
 * sides its demonyms point to ("Ukrainian troops" → UA).
 *
 * Recognition (recognise.ts) finds capitalised runs the gazetteer knows; resolution (resolve.ts)
 * chooses one entry per mention. This file gates weak mentions, marks each place's role and
 * writes the layers:
 *
 * - role `place`: a place where something is or happens;
 * - role `speaker`: the name stands for a government or an authority that speaks ("Kyiv said",
 *   "the Kharkiv regional administration said"): it heads a claim's speaker phrase that is no
 *   person (not "the mayor of Rivne", where Rivne is a place);
 * - role `name`: part of an organisation's name that does not speak here ("Paris Police
 *   Department officers").
 *
 * Names that are no places although the gazetteer knows them: a wire dateline's outlet ("KYIV,
 * Oct 15 (Meridian) -", see attribution/dateline.ts); a bare name that reports ("Meridian could not
 * independently verify") with no prominent reading; a small town far from the cluster the document's
 * other places make, with nothing in the text or the document for it (`remoteTowns`).
 *
 * Facilities named in place of their settlement ("the Kursk nuclear power plant", «Крокус Сити
 * Холл») are places at that settlement, and a noun of their class may name them again (facilities.ts).
 *
 * Entities the earlier stage could not type ("Kupiansk": unknown; "Donetsk Oblast": a guessed
 * person) become `place` entities when the whole entity is a resolved place.
 *
 * The gazetteer comes from `doc.gazetteer` (injected through `AnalyzeOptions.gazetteer`) or the
 * default one, loaded once on first use; without either, the stage leaves both layers empty.
 */
import { Kind, isCapitalAt, type Doc } from '../doc.js';
import type { Place } from '../types.js';
import type { Stage } from '../pipeline.js';
import type { GazEntry, Gazetteer } from '../../geo/types.js';
import { lookupSurface, mentionForSpan, recognise, type Mention } from './recognise.js';
import { withFacilities } from './facilities.js';
import { resolveMentions, type Resolved } from './resolve.js';
import { isCommonWord, placeLexicon } from './lexicon.js';
import { isNativeName } from './variants.js';
import { defaultGazetteer } from './gazetteer.js';
import { cyrillicCountry, distanceKm } from '../../geo/index.js';
import { DATELINE_DASHES, findDatelines } from '../attribution/dateline.js';
import { cueLexicon } from '../attribution/lexicon.js';
import { entityLexicon } from '../entities/lexicon.js';
import { ruukLexicon } from '../ruuk/lexicon.js';
import { hasCyrillic } from '../../util/index.js';
import { ruukRows } from '../events/lexicon.js';
import { loadAz } from '../ruuk/az.js';

/** A level-country entry for an ISO code (a continent for null), found through its name. */
function countryEntry(gaz: Gazetteer, name: string, code: string | null): GazEntry | undefined {
  let memo = COUNTRY_ENTRIES.get(gaz);
  if (!memo) COUNTRY_ENTRIES.set(gaz, (memo = new Map()));
  const key = `${code ?? ''}\t${name}`;
  let e = memo.get(key);
  if (e === undefined) {
    e = lookupSurface(gaz, name, new Map()).find((c) => c.entry.level === 'country' && (code ? c.entry.country === code : c.entry.featureCode === 'CONT'))?.entry ?? null;
    memo.set(key, e);
  }
  return e ?? undefined;
}
/**
 * `countryEntry` answers by gazetteer, then by code and name: a pure function of the three, asked
 * at every demonym of every document ("Russian", "Ukrainian"); the names are data/demonyms.tsv's
 * few hundred, so the memo stays small.
 */
const COUNTRY_ENTRIES = new WeakMap<Gazetteer, Map<string, GazEntry | null>>();

/** Demonyms and national adjectives → the `sides` layer, each with its country's entry. */
function findSides(doc: Doc, gaz: Gazetteer): void {
  const lex = placeLexicon();
  const t = doc.tokens;
  const text = doc.text;
  for (let i = 0; i < t.n; i++) {
    const k = t.kind[i]!;
    if (k !== Kind.Word && k !== Kind.Other) continue;
    const c = text.charCodeAt(t.start[i]!);
    // Latin demonyms are capitalised in English; Cyrillic adjectives are lower case
    const latinCap = c >= 65 && c <= 90;
    if (!latinCap && !(c >= 0x400 && c <= 0x4ff)) continue;
    const w = t.lower[i]!;
    // two-word demonyms first ("North Korean", "South African")
    let d = i + 1 < t.n && lex.demonymFirstWords.has(w) ? lex.demonyms.get(`${w} ${t.lower[i + 1]!}`) : undefined;
    let j = i + 2;
    if (!d) {
      d = lex.demonyms.get(w);
      j = i + 1;
    }
    if (!d) continue;
    const e = countryEntry(gaz, d.countryName, d.country);
    doc.sides.push({
      start: t.start[i]!, end: t.end[j - 1]!, text: doc.text.slice(t.start[i]!, t.end[j - 1]!), country: d.country, name: e?.name ?? d.countryName, form: d.form,
      id: e?.id ?? null, lat: e?.lat ?? null, lon: e?.lon ?? null, why: { stage: 'places', rule: 'demonym' },
    });
    i = j - 1;
  }
}

/**
 * Whether a resolved mention is kept as a place. Weak evidence needs a strong entry: a common word
 * or an acronym alone is no place; a sentence-initial word that is not a proper noun (or a Cyrillic
 * one: wink-nlp does not tag Cyrillic) needs a close match and a town of some size, punctuation
 * right after it ("Угледар: ...") or the Cyrillic name as written; a name inside an organisation's
 * name needs a country, a region or a town of 10,000 people; an old or other name needs support
 * (below); part of a personal name is a place only as a strong modifier at its start.
 */
/** An opening quotation mark, a capitalised Cyrillic word, then a lower-case Cyrillic word inside the same quotes. */
const QUOTED_THING = /^[«„"“]\p{Lu}[\p{L}ʼ'’]*[ \u00a0]+[а-яёіїєґʼ'’-]{3,}[^»”"\n]*[»”"]/u;

function accept(doc: Doc, gaz: Gazetteer, m: Mention, r: Resolved, dateline: boolean, named: ReadonlySet<string>): boolean {
  const lex = placeLexicon();
  const e = r.best.entry;
  const area = e.level === 'country' || e.level === 'admin1';
  const strong = area || e.population >= 10000;
  const t = doc.tokens;
  const one = m.t1 - m.t0 === 1;
  const word = t.lower[m.t0]!;
  // a common English word ("Police", "Union", "Best") is a place only as an administrative phrase
  if (one && !m.want && isCommonWord(word)) return false;
  // short all-capital tokens are acronyms ("TV", "CIS", "AP") unless they name a country or region,
  // or stand in a dateline's place part ("KYIV, Oct 15 (Meridian) -")
  if (/^[A-Z][A-Z.]{0,3}$/.test(m.surface) && !(area && r.best.match === 'exact') && !dateline) return false;
  // a Cyrillic word read only through a Latin transliteration is no place when it opens a sentence
  // (a common word: "Работа" is no Rabat, "Линия" no Linyi, "Силы" no Scilly) or has three letters
  // or fewer ("Ту"-95 is no Tsu): a place Russian and Ukrainian news name has a Cyrillic name in the
  // gazetteer, matched as written or in a case form
  // (a case reading that meets the entry only through a Latin name, "Люди" → "люда" → Luda, is
  // two guesses, a case ending and a transliteration: as loose as a transliteration)
  const cyr = t.kind[m.t0] === Kind.Other && hasCyrillic(m.surface);
  const latinReading = cyr && r.best.match === 'inflection' && !hasCyrillic(r.best.variant);
  const loose = r.best.match === 'translit' || r.best.match === 'skeleton' || latinReading;
  // (three letters or fewer: worked out at most once, and only where asked)
  let short: boolean | undefined;
  const isShort = (): boolean => (short ??= m.surface.replace(/[^\p{L}]/gu, '').length <= 3);
  if (cyr && loose && (m.initial || isShort())) return false;
  // such a two-guess reading of a small place needs the document's support: its region named or
  // another place within 100 km ("Большой" is no hamlet Bolshaya; "в Синьковке" with Kupiansk is)
  // (not a district named with its administrative word, «Охтирського району»: the word is the support)
  if (latinReading && !area && !(m.want === 'admin2' && e.level === 'admin2') && e.population < 10000 && !r.regional && !r.nearby) return false;
  // a one-word Latin name in a Cyrillic document is mostly a brand, a product or a term ("Brent",
  // "Xiaomi", "Jupyter", "Niva"): a place only as a country, a capital or a city of 100,000
  // (and by its current name, not an alternate: "Google" is no Topeka), never through a loose match ("DALL-E" is no Dale)
  const latinInCyrillic = !cyr && !m.want && /\p{Script=Latin}/u.test(m.surface) && cyrillicDocument(doc);
  if (latinInCyrillic && one && !(e.level === 'country' || ((e.featureCode === 'PPLC' || (e.level === 'city' && e.population >= 100000)) && r.best.preferred))) return false;
  if (latinInCyrillic && r.best.match === 'skeleton') return false;
  // a Cyrillic name read as a town abroad (outside the countries that write Cyrillic) needs the
  // document's support (its region or country named, a place nearby) when the town is small, the
  // reading loose or the word of three letters or fewer: GeoNames gives small towns abroad Russian
  // names that are common words ("Уфе" Ouffet, "Итак" Ithaca, "Сок" Sōka), and loose readings
  // meet them too ("Деда" Jeddah, "Яндекс" Andechs); "в Париже", "в Хургаде" stay. (Its country or
  // region counts when the document names the country or region itself: one such misreading must not
  // support another, "Коран" as Corenc no "Би" of "Би-би-си" as Bû, "Альтман" as Eltmann no "Яндекс"
  // as Andechs.)
  if (cyr && !m.want && e.level !== 'country' && e.level !== 'admin1' && e.country && !cyrillicCountry(e.country)
    && (e.population < 100000 || loose || isShort()) && !r.nearby && !named.has(e.country) && !named.has(e.admin1 ?? '')) return false;
  // a name glued to a word before it by a hyphen ("аш-Шам", "al-Sham") is part of that word; one with
  // a hyphen and a number after it is a model ("Ту-95", "Су-34", "Ми-8")
  // (Cyrillic only: an English "pro-Russia", "anti-Israel" still modifies by the place)
  if (cyr && /[\p{L}]-$/u.test(doc.text.slice(Math.max(0, m.start - 2), m.start)) && /\p{Ll}/u.test(doc.text.charAt(m.start - 2))) return false;
  if (cyr && /^-\d/.test(doc.text.slice(m.end, m.end + 2))) return false;
  // one with a hyphen and a lower-case word after it is the first part of a compound ("Би-би-си" is
  // no Bû, "Москва-река" the river); "Ростов-на-Дону" is read whole, as one name
  if (cyr && /^-[а-яёіїєґ]/u.test(doc.text.slice(m.end, m.end + 2))) return false;
  // the first word of a quoted name whose next word is a lower-case common noun is that thing's
  // name, not a town: a pipeline, a ship, a plant («Північного потоку», «Северный поток»,
  // «Оленегорський гірник»); «Новая Каховка» (capitalised) and a one-word «Азовсталь» are not this
  if (cyr && !m.want && !area && QUOTED_THING.test(doc.text.slice(Math.max(0, m.start - 1), Math.min(doc.text.length, m.end + 40)))) return false;
  // a Cyrillic word opening a sentence that the war's vocabulary holds (a trigger, instrument or
  // object word of data/event-ruuk.tsv: «Атаки», «Удары», «Ракеты») or that the document writes in
  // lower case elsewhere is that common word, not a place of the same name («Атаки на Харьков» is no
  // village Ataky); a region or a country, or a town of 10,000, keeps its name
  if (cyr && one && m.initial && !m.want && !strong && (warWord(word) || lowerElsewhere(doc, m))) return false;
  // ... and so is one that Russian's dictionary holds as a common noun in its dictionary form, with no
  // place tag («Город», «Порт», «Мост» are no villages Horod, Port, Mosty); a form of another word
  // («Пески» of песок, «Кринки» of кринка) or a name the dictionary lacks («Курахово») is not this;
  // a town of 10,000 keeps its name unless it is reached only through a case ending («Мост» is no
  // genitive plural of Mosty)
  if (cyr && one && m.initial && !m.want && (!strong || r.best.match === 'inflection') && commonNoun(word)) return false;
  // one read only through a case ending as a place abroad is two guesses on a capital that says
  // nothing («Колонна» is no Colón, a department of Honduras), unless the document names that country
  if (cyr && m.initial && !m.want && r.best.match === 'inflection' && e.level !== 'country' && e.country && !cyrillicCountry(e.country) && !named.has(e.country)) return false;
  if (m.initial && !strong) {
    const close = r.best.match === 'exact' || r.best.match === 'fold' || r.best.match === 'translit';
    const punct = m.next < t.n && t.kind[m.next] === Kind.Punct && t.sent[m.next] === t.sent[m.t0];
    // a Cyrillic name as written (not an inflected or loose reading) may open a post ("Тёткино снова ...")
    const cyrillicAsWritten = t.kind[m.t0] === Kind.Other && (r.best.match === 'exact' || r.best.match === 'fold');
    if (!close || !(e.population >= 1000 || punct || cyrillicAsWritten)) return false;
  }
  if (m.inOrg && !(strong || e.level === 'admin2')) return false;
  if (!m.want && notAPlace(doc, m, e)) return false;
  // a word of a person's name in this document ("Bernie" of Bernie Sanders, "Clinton" of Hillary
  // Clinton) is that person, not a small town of the same name, unless the text puts it in a
  // locative frame ("in Clinton") or names it with its region
  if (!m.want && one && !area && e.featureCode !== 'PPLC' && e.featureCode !== 'PPLA' && e.population < lex.w('person.name.max.population') && !r.regional && personWords(doc).has(word) && !locativeBefore(doc, m)) return false;
  // a Cyrillic surname right after a person noun ("депутат Журавлёв", "сенатор Климов":
  // data/place-name-clues.tsv `title`) is that person, not a small town of the same name
  if (!m.want && one && cyr && !area && e.featureCode !== 'PPLC' && e.featureCode !== 'PPLA' && e.population < lex.w('person.name.max.population') && personTitleBefore(doc, m)) return false;
  // an old or other name (not the entry's current or official one) needs the document's support:
  // GeoNames' alternate names hold surnames and foreign forms ("Putin" for a Ukrainian village,
  // "Danube" for a Serbian district). Native and transliterated names need nothing more; other
  // names of a region need the document's countries or places nearby, of a small place its own
  // region named in the document or another place of the document within 100 km.
  if (!r.best.preferred && !m.want && (e.level === 'admin1' || e.level === 'admin2' || e.population < 10000)) {
    const native = isNativeName(gaz, e.id, r.best.variant);
    const region = e.level === 'admin1' || e.level === 'admin2';
    if (!native && !(region ? r.support > lex.w('context.country') : r.regional || r.nearby)) return false;
  }
  // part of a longer name that is no organisation ("Mary Smith", "Bernard Xavier"): only a strong
  // place at its start, that is not a given name, is a modifier ("Kharkiv Governor ...")
  // ("Chad Olsen", "Troy Price" are given names: a place before a name that is no title is no modifier)
  // (an all-capital heading, "BELGOROD DIRECTION: ...", is no person's name)
  if (m.part === 'start' && (!strong || (one && lex.firstNames.has(word)) || (!titleAfter(doc, m) && /\p{Ll}/u.test(m.surface)))) return false;
  if (m.part === 'inside' && !area) return false;
  return true;
}

/** Whether a lower-case Cyrillic word is a trigger, instrument or object word of data/event-ruuk.tsv («атаки», «удары», «ракеты»). */
function warWord(word: string): boolean {
  const rows = ruukRows(word);
  return !!rows && rows.some((r) => r.words.length === 1 && (r.table === 'trigger' || r.table === 'instrument' || r.table === 'object'));
}

/** Whether az's most likely reading of a lower-case Cyrillic word is a common noun in its own dictionary form (not a name, not a place). */
function commonNoun(word: string): boolean {
  const az = loadAz();
  const p = az?.(word)[0];
  return !!p && p.parser === 'Dictionary' && p.lemma === word && p.grammemes[0] === 'NOUN'
    && !p.grammemes.some((g) => NAME_TAGS.has(g));
}
/** OpenCorpora grammemes of names: places, first names, surnames, patronymics, organisations, trade marks. */
const NAME_TAGS = new Set(['Geox', 'Name', 'Surn', 'Patr', 'Orgn', 'Trad']);

/** Whether the word of mention `m` (one word) stands in lower case elsewhere in the document («атаки» after «Атаки ...»). */
function lowerElsewhere(doc: Doc, m: Mention): boolean {
  let words = lowerWords.get(doc);
  if (!words) {
    // the Cyrillic words the document writes in lower case (made once per document)
    words = new Set();
    const t = doc.tokens;
    for (let i = 0; i < t.n; i++) if (t.kind[i] === Kind.Other && !isCapitalAt(doc.text, t.start[i]!)) words.add(t.lower[i]!);
    lowerWords.set(doc, words);
  }
  return words.has(doc.tokens.lower[m.t0]!);
}
const lowerWords = new WeakMap<Doc, Set<string>>();

const cyrillicDocs = new WeakMap<Doc, boolean>();
/** Whether most letters of a document are Cyrillic (memoised per document). */
function cyrillicDocument(doc: Doc): boolean {
  let v = cyrillicDocs.get(doc);
  if (v === undefined && !hasCyrillic(doc.text)) cyrillicDocs.set(doc, (v = false)); // no Cyrillic letter: none after the links are cut either
  if (v === undefined) {
    let cyr = 0;
    let latin = 0;
    const text = doc.text.replace(/https?:\/\/[^\s)\]]*/g, ''); // links are no language
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x400 && c <= 0x4ff) cyr++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    }
    cyrillicDocs.set(doc, (v = cyr > latin));
  }
  return v;
}

const personWordCache = new WeakMap<Doc, Set<string>>();
/** Lower-case words of the names of persons of two words or more in the document ("hillary", "clinton"). */
function personWords(doc: Doc): Set<string> {
  let set = personWordCache.get(doc);
  if (set) return set;
  set = new Set<string>();
  doc.entities.forEach((e, n) => {
    if (e.type !== 'person') return;
    const [a, b] = doc.entityTok[n]!;
    if (b - a < 2) return;
    for (let k = a; k < b; k++) if (doc.tokens.kind[k] === Kind.Word && isCapitalAt(doc.text, doc.tokens.start[k]!)) set!.add(doc.tokens.lower[k]!);
  });
  personWordCache.set(doc, set);
  return set;
}

/** A person noun of data/place-name-clues.tsv `title` right before the mention, over spaces only. */
function personTitleBefore(doc: Doc, m: Mention): boolean {
  const b = tokenBefore(doc, m);
  return b >= 0 && placeLexicon().nameClues.title.has(doc.tokens.lower[b]!);
}

/** The index of the token right before the mention, over spaces, or -1. */
function tokenBefore(doc: Doc, m: Mention): number {
  const t = doc.tokens;
  let b = m.t0 - 1;
  while (b >= 0 && t.kind[b] === Kind.Space) b--;
  return b;
}

/** A locative word (data/place-locatives.txt) right before the mention, over spaces and "the". */
function locativeBefore(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  let b = m.t0 - 1;
  while (b >= 0 && (t.kind[b] === Kind.Space || t.lower[b] === 'the')) b--;
  return b >= 0 && placeLexicon().locatives.has(t.lower[b]!);
}

/** Quotation marks around a name ("батальона «Азов»", "the cruiser “Moskva”"): skipped like "the". */
const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”', '„']);

/**
 * A clock time at the end of a text, before a name and a word of `clock-after` ("12:00", "12.00",
 * "0400", "3 p.m." before "Kyiv time", "Greenwich Mean Time"): the word after the name says it.
 */
const CLOCK_BEFORE = /(?:\b\d{1,2}[:.]\d{2}|\b\d{4}|\b\d{1,2}\s*(?:час\p{L}*|годин\p{L}*|a\.?m\.?|p\.?m\.?))\s*$/iu;

/**
 * A clock time at the end of a text, before a preposition of `clock` («по», «за»), which are common
 * prepositions ("удар по Харькову"): only HH:MM with hours up to 23 or hours in words («в 12:00», «в
 * 14 часов», «о 10 годині»); a date «12.05» or a year «в 2023» is none.
 */
const CLOCK_STRICT_BEFORE = /(?:\b(?:[01]?\d|2[0-3]):[0-5]\d|\b(?:[01]?\d|2[0-3])\s*(?:час\p{L}*|годин\p{L}*))\s*$/iu;

/**
 * Whether a name gives a clock time's zone («в 12:00 по Гринвичу», «о 10:00 за Гринвічем», "03:15 Kyiv
 * time"): a preposition of data/place-name-clues.tsv `clock` between a strict clock time
 * (`CLOCK_STRICT_BEFORE`) and the name, or a word of `clock-after` after a name that follows a clock time.
 */
function timeZone(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  const clues = placeLexicon().nameClues;
  const b = tokenBefore(doc, m);
  if (b >= 0 && clues.clock.has(t.lower[b]!) && CLOCK_STRICT_BEFORE.test(doc.text.slice(Math.max(0, t.start[b]! - 24), t.start[b]!))) return true;
  let a = m.t1;
  while (a < t.n && t.kind[a] === Kind.Space) a++;
  return a < t.n && clues['clock-after'].has(t.lower[a]!) && CLOCK_BEFORE.test(doc.text.slice(Math.max(0, m.start - 24), m.start));
}

/**
 * Whether a one-word name is a month of a date (data/place-name-clues.tsv `month`): a month's name
 * or abbreviation right before a day number, over a full stop ("LONDON, Nov 7 -", "on Sept. 6"), or
 * right after one ("25 Jan"). "Nov" is then no town in Tajikistan, "May" no village.
 */
function monthOfDate(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  if (m.t1 - m.t0 > 2 || !placeLexicon().nameClues.month.has(t.lower[m.t0]!.replace(/\.$/, ''))) return false;
  const day = (k: number): boolean => k >= 0 && k < t.n && /^(?:[1-9]|[12]\d|3[01])$/.test(t.lower[k]!);
  let a = m.t1;
  while (a < t.n && (t.kind[a] === Kind.Space || t.lower[a] === '.')) a++;
  let b = m.t0 - 1;
  while (b >= 0 && t.kind[b] === Kind.Space) b--;
  return day(a) || day(b);
}

/**
 * Drops a district whose region qualifier right after it names another region of the same country
 * («Красногорский район Подмосковья» is Moscow oblast's, not the Bryansk district of that name;
 * «Алексеевский район Татарстана» not Belgorod's): the gazetteer knows only some regions' districts.
 */
function vetoByQualifier(doc: Doc, resolved: (Resolved | null | undefined)[]): void {
  const t = doc.tokens;
  const at = new Map<number, Resolved>();
  for (const r of resolved) if (r) at.set(r.mention.t0, r);
  for (let i = 0; i < resolved.length; i++) {
    const r = resolved[i];
    const e = r?.best.entry;
    if (!r || !e || e.level !== 'admin2' || !e.admin1) continue;
    let k = r.mention.next;
    while (k < t.n && t.kind[k] === Kind.Space) k++;
    const q = at.get(k)?.best.entry;
    if (q && q.level === 'admin1' && q.admin1 && q.admin1 !== e.admin1 && q.country === e.country) resolved[i] = null;
  }
}

/**
 * Whether a mention in capitals opens a line as a dateline without an outlet, a comma and a date
 * after it and a dash after the date ("KYIV, Sept 19 - ...", "LONDON, Nov. 7 – ..."): the place the
 * story was filed from, as in a bracketed dateline ("KYIV, Oct 15 (Meridian) -").
 */
function datedLineHead(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  // the cheap token tests first (comma, month, day, dash), so that a long line of names in capitals
  // costs constant work per mention
  let k = m.t1;
  const skipSpace = (): void => { while (k < t.n && t.kind[k] === Kind.Space) k++; };
  if (t.lower[k] !== ',') return false;
  k++;
  skipSpace();
  if (!(k < t.n && placeLexicon().nameClues.month.has(t.lower[k]!.replace(/\.$/, '')))) return false;
  k++;
  if (t.lower[k] === '.') k++;
  skipSpace();
  if (!(k < t.n && /^\d{1,2}$/.test(t.lower[k]!))) return false;
  k++;
  skipSpace();
  if (!(k < t.n && DATELINE_DASHES.has(t.lower[k]!))) return false;
  if (m.surface !== m.surface.toUpperCase()) return false;
  // the line starts before the mention: only space tokens back to a line break or the text's start
  for (let b = m.t0 - 1; b >= 0; b--) {
    if (t.kind[b] !== Kind.Space) return false;
    if (doc.text.slice(t.start[b]!, t.end[b]!).includes('\n')) return true;
  }
  return doc.text.slice(0, m.start).trim() === '';
}

/** A place a reader takes for the place first: a country, a region, a capital or seat, a town of `speaker.min.population`. */
function prominentPlace(e: GazEntry): boolean {
  return e.level === 'country' || e.level === 'admin1' || e.featureCode === 'PPLC' || e.featureCode === 'PPLA' || e.population >= placeLexicon().w('speaker.min.population');
}

/**
 * Whether a one-word name is used as something other than a place: a clock time's zone («по
 * Гринвичу»), a title ("Sen." is no Sitten), a person or organisation the project knows by one word
 * (data/actors.tsv, data/actors-cyrillic.tsv, data/org-words.tsv: "Budanov", "Azov said", "units of
 * Wagner"), the whole of a known organisation's name, or a name with a clue of
 * data/place-name-clues.tsv next to it ("the cruiser Moskva", "Wagner fighters", "Moskva, the
 * flagship"); unless a locative word stands right before it ("in Wagner", "near Moskva"; a weak one,
 * "of", "to", "from", only for a name no actor bears or a prominent place: "trains to Kamyshin").
 */
function notAPlace(doc: Doc, m: Mention, entry: GazEntry): boolean {
  const t = doc.tokens;
  if (timeZone(doc, m) || monthOfDate(doc, m)) return true;
  if (m.t1 - m.t0 !== 1 && !(m.t1 - m.t0 === 2 && t.lower[m.t0 + 1] === '.')) return false;
  const lex = placeLexicon();
  const skip = (k: number): boolean => t.kind[k] === Kind.Space || t.lower[k] === 'the' || t.lower[k] === ',' || t.lower[k] === "'s" || t.lower[k] === '’s' || QUOTE_MARKS.has(t.lower[k]!);
  // an abbreviated title before a name ("from Sen. Edward Kennedy"), even after a locative word
  const word = t.lower[m.t0]!.replace(/\.$/, '');
  if (entityLexicon().titles.has(word) && (/\.$/.test(m.surface) || doc.text[m.end] === '.')) return true;
  const actor = lex.actorNames.has(word);
  let b = m.t0 - 1;
  while (b >= 0 && skip(b) && t.lower[b] !== ',') b--;
  // a clue word right after the name ("Azov brigade", "Moskva's crew")
  const clueAfter = (): boolean => {
    let after = m.t1;
    while (after < t.n && skip(after)) after++;
    return after < t.n && lex.nameClues.after.has(t.lower[after]!);
  };
  // (a weak locative does not outweigh a clue after the name: "fighters of the Azov brigade")
  if (b >= 0 && lex.locatives.has(t.lower[b]!) && !(actor && lex.nameClues.weak.has(t.lower[b]!) && (!prominentPlace(entry) || clueAfter()))) return false;
  if (actor) return true;
  // a Cyrillic name in quotation marks after a lower-case word is the name of a unit, a grouping, a
  // firm or a project ("группировки войск «Днепр»", "бригады «Терек»", "завод «Южмаш»"), unless the
  // word is a preposition or says "so-called" ("в «ДНР»", "так называемой «ЛНР»"), or is an airfield's
  // noun: an airfield is named after its settlement («аэродром «Энгельс»», data/place-name-clues.tsv `site`)
  const open = m.t0 > 0 ? t.lower[m.t0 - 1]! : '';
  const close = m.t1 < t.n ? t.lower[m.t1]! : '';
  if ((open === '«' || open === '"') && (close === '»' || close === '"') && t.kind[m.t0] === Kind.Other) {
    let w = m.t0 - 2;
    while (w >= 0 && t.kind[w] === Kind.Space) w--;
    const word = w >= 0 ? t.lower[w]! : '';
    if (t.kind[w] === Kind.Other && /^[а-яёіїєґ]{4,}$/u.test(word) && !/^(?:называем|зван|самопровозглаш|самопроголош|непризнан|невизнан)/u.test(word) && !lex.locatives.has(word) && !lex.nameClues.site.has(word)) return true;
  }
  const ent = doc.entityAt[m.t0] ?? -1;
  const e = ent >= 0 ? doc.entities[ent] : undefined;
  if (e && e.start === m.start && e.end === m.end && (e.type === 'organisation' || e.type === 'channel') && e.why.rule !== 'country-or-capital') return true;
  let before = m.t0 - 1;
  while (before >= 0 && skip(before)) before--;
  if (before >= 0 && lex.nameClues.before.has(t.lower[before]!)) return true;
  // "МО РФ", "ВС РФ": a state body's abbreviation and the country's make one name
  if (before >= 0 && lex.nameClues['before-abbr'].has(t.lower[before]!) && isAbbreviation(doc.text.slice(m.start, m.end))) return true;
  return clueAfter();
}

/**
 * Whether a capital or a country stands for its government: its possessive before a word of
 * data/place-name-clues.tsv `possessive` ("Moscow's account", "Kyiv's latest denial"), with up to
 * two words between. "Moscow's mayor", "Kyiv's metro" stay places.
 */
function governs(doc: Doc, m: Mention, e: GazEntry, match: string): boolean {
  if (e.featureCode !== 'PPLC' && e.level !== 'country') return false;
  const t = doc.tokens;
  let k = m.t1;
  while (k < t.n && t.kind[k] === Kind.Space) k++;
  if (k < t.n && match !== 'inflection' && t.sent[k] === t.sent[m.t0] && !prepositionBefore(doc, m) && speechVerb(doc, k)) return true;
  if (k >= t.n || (t.lower[k] !== "'s" && t.lower[k] !== '’s' && t.lower[k] !== "'")) return false;
  const words = placeLexicon().nameClues.possessive;
  for (let n = 0, j = k + 1; j < t.n && n < 3; j++) {
    if (t.kind[j] === Kind.Space) continue;
    if (t.kind[j] !== Kind.Word) return false;
    if (words.has(t.lower[j]!)) return true;
    n++;
  }
  return false;
}

/**
 * A `frame` preposition of data/place-name-clues.tsv right before the mention, over spaces ("a drone
 * attack on Moscow claimed two lives"): the name is the object of an act, not a government that speaks.
 * "in", «в», «у» are no frame words: "officials in Kyiv said", «в Москве заявили» speak for the
 * government (issue 9: a claim made in Moscow's name is not placed in Moscow).
 */
function prepositionBefore(doc: Doc, m: Mention): boolean {
  const b = tokenBefore(doc, m);
  return b >= 0 && placeLexicon().nameClues.frame.has(doc.tokens.lower[b]!);
}

/**
 * Whether token k is a verb that makes a capital or country right before it its government ("Moscow
 * disputes", «Москва опровергла», «Київ відкинув»): a verb of data/place-name-clues.tsv `verb`, or a
 * Russian or Ukrainian cue verb (data/cue-verbs-ru.tsv, cue-verbs-uk.tsv) that is not one of thought.
 */
function speechVerb(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const w = t.lower[k]!;
  if (placeLexicon().nameClues.verb.has(w)) return true;
  if (t.kind[k] !== Kind.Other) return false;
  const cue = ruukLexicon().cues.get(w);
  return !!cue && cue.cls !== 'think';
}

/** Whether a title word ("Governor", "Gov.", "President") follows the mention: "Kharkiv Governor Oleh Syniehubov". */
function titleAfter(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  let k = m.t1;
  while (k < t.n && t.kind[k] === Kind.Space) k++;
  return k < t.n && entityLexicon().titles.has(t.lower[k]!.replace(/\.$/, ''));
}

/**
 * The remote small towns of a document (data/place-weights.tsv, `remote.*`): when most of the
 * document's towns (not countries or regions), and at least `remote.min.places` of them, lie within
 * `remote.cluster.km` of its middle (the median latitude and longitude of its towns), a town of
 * under `remote.max.population` people that is no capital or regional seat, farther than
 * `remote.km` from every other town, is a misreading unless the text puts it in a locative frame
 * ("in X", "near X": data/place-locatives.txt) or the document supports it: its region named,
 * another place within 100 km, or a place of its country. Linear in the document's towns.
 */
function remoteTowns(doc: Doc, kept: readonly Resolved[]): Set<Resolved> {
  const lex = placeLexicon();
  const out = new Set<Resolved>();
  // a town inside an organisation's name ("Meridian Press Agency") may be remote too, but does not
  // make the cluster
  const towns = kept.filter((r) => r.best.entry.level === 'city' || r.best.entry.level === 'village');
  const ids = new Map(towns.filter((r) => !r.mention.inOrg).map((r) => [r.best.entry.id, r.best.entry]));
  if (ids.size < lex.w('remote.min.places') + 1) return out;
  const maxPop = lex.w('remote.max.population');
  const far = lex.w('remote.km');
  const spread = lex.w('remote.cluster.km');
  const t = doc.tokens;
  // a locative word right before the mention (over spaces and "the")
  const locative = (r: Resolved): boolean => {
    let k = r.mention.t0 - 1;
    while (k >= 0 && (t.kind[k] === Kind.Space || t.lower[k] === 'the')) k--;
    return k >= 0 && lex.locatives.has(t.lower[k]!);
  };
  // the middle: the median latitude and longitude of the towns (one outlier barely moves it; a
  // document across the antimeridian gets a wide spread, and no town is remote); the towns outside
  // remote.cluster.km of it, once, so that a document naming thousands of towns stays linear
  const all = [...ids.values()];
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const midLat = median(all.map((e) => e.lat));
  const midLon = median(all.map((e) => e.lon));
  const outside = all.filter((e) => distanceKm(midLat, midLon, e.lat, e.lon) > spread);
  // a cluster: at least remote.min.places towns, and most of them
  const inside = all.length - outside.length;
  if (inside < lex.w('remote.min.places') || inside <= outside.length) return out;
  for (const r of towns) {
    const e = r.best.entry;
    if (e.population >= maxPop || e.featureCode === 'PPLC' || e.featureCode === 'PPLA' || r.regional || r.nearby) continue;
    if (all.some((o) => o.id !== e.id && distanceKm(o.lat, o.lon, e.lat, e.lon) <= far)) continue;
    if (kept.some((o) => o !== r && o.best.entry.id !== e.id && o.best.entry.country === e.country)) continue;
    if (locative(r)) continue;
    out.add(r);
  }
  // one sense per spelling: a spelling dropped at one mention is dropped at all that share its reading
  const gone = new Set([...out].map((r) => r.best.entry.id));
  for (const r of towns) if (gone.has(r.best.entry.id) && !out.has(r) && locative(r)) gone.delete(r.best.entry.id);
  return new Set(towns.filter((r) => gone.has(r.best.entry.id)));
}

/** Finds and resolves the places of a document (see the file comment). */
export function findPlaces(doc: Doc): void {
  const gaz = doc.gazetteer ?? defaultGazetteer();
  if (!gaz) return;
  findSides(doc, gaz);
  const lex = placeLexicon();
  // (a dateline closes with a ")" token: a text without one has none, and the token scan is skipped)
  const datelines = doc.text.includes(')') ? findDatelines(doc) : [];
  // (is m inside one of the ranges: ranges sorted by start with a running maximum of their ends,
  // so a binary search answers it, not a scan of every dateline per mention)
  const covered = (ranges: [number, number][]): ((m: Mention) => boolean) => {
    const rs = [...ranges].sort((x, y) => x[0] - y[0]);
    const maxEnd: number[] = [];
    for (const [, b] of rs) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -Infinity, b));
    return (m) => {
      let lo = 0, hi = rs.length; // first range starting after m.t0
      while (lo < hi) { const mid = (lo + hi) >> 1; if (rs[mid]![0] <= m.t0) lo = mid + 1; else hi = mid; }
      return lo > 0 && maxEnd[lo - 1]! >= m.t1;
    };
  };
  const inOutlet = covered(datelines.map((d) => d.outlet));
  const inPlaces = covered(datelines.map((d) => d.places));
  // a bare name that speaks ("Kyiv said", "Meridian could not independently verify"), whatever type
  // the speaker was given: an organisation unless some reading of it is prominent
  // (a phrase heads m when it starts at m or at a "the " just before it: the starts such a phrase
  // can have, found by looking back from m, so each lookup is one map probe, not a scan of all phrases)
  const headStarts = (m: Mention): number[] => {
    let q = m.start;
    while (q > 0 && /\s/.test(doc.text[q - 1]!)) q--;
    return q < m.start && q >= 3 && /^the$/i.test(doc.text.slice(q - 3, q)) ? [m.start, q - 3] : [m.start];
  };
  // (a verb of saying, writing or evidence: not of thought or perception, "Korenevo saw fighting")
  const verbs = cueLexicon().verbs;
  const speakingClaims = doc.unclaimed.length > 0 ? [...doc.claims, ...doc.unclaimed] : doc.claims;
  const bare = new Set(speakingClaims.flatMap((c) => {
    const cls = verbs.get(doc.tokens.lemma[c.anchor] ?? '')?.cls;
    return c.speaker && cls && cls !== 'thought' ? [`${c.speaker.start}:${c.speaker.end}`] : [];
  }));
  const minPop = lex.w('speaker.min.population');
  const prominent = (e: GazEntry): boolean => e.level === 'country' || e.level === 'admin1' || e.featureCode === 'PPLC' || e.featureCode === 'PPLA' || e.population >= minPop;
  // a dateline's bracketed name is its outlet, never a place ("KYIV, Oct 15 (Meridian) -")
  const ms = recognise(doc, gaz).filter((m) =>
    !inOutlet(m)
    && !(!m.want && headStarts(m).some((a) => bare.has(`${a}:${m.end}`)) && !m.cands.some((c) => prominent(c.entry))));
  if (!ms.length) {
    // (a facility's noun or a lower-case name may stand in a text with no other place)
    doc.places = withFacilities(doc, gaz, []);
    return;
  }
  // a place speaks when it heads a speaker phrase that is no person ("Kyiv said", "the Kharkiv
  // regional administration said", "Russia's defence ministry said"), not in "the mayor of Rivne"
  const speakerEnd = new Map<number, number>(); // speaker phrase start → its furthest end
  for (const c of speakingClaims) {
    if (c.speaker && c.speaker.type !== 'person') speakerEnd.set(c.speaker.start, Math.max(speakerEnd.get(c.speaker.start) ?? -1, c.speaker.end));
  }
  const speaks = (m: Mention): boolean => headStarts(m).some((a) => m.end <= (speakerEnd.get(a) ?? -1));
  const resolved = resolveMentions(doc, ms, (k) => speaks(ms[k]!));
  vetoByQualifier(doc, resolved);
  const kept: Resolved[] = [];
  // the countries and regions the document names as such (ISO codes)
  const named = new Set<string>();
  for (const r of resolved) {
    const e = r?.best.entry;
    if (e && e.level === 'country' && e.country) named.add(e.country);
    else if (e && (e.level === 'admin1' || e.level === 'admin2') && e.admin1) named.add(e.admin1);
  }
  for (const r of resolved) {
    if (!r) continue;
    if (accept(doc, gaz, r.mention, r, inPlaces(r.mention) || datedLineHead(doc, r.mention), named)) kept.push(r);
  }
  const remote = remoteTowns(doc, kept);
  const places: Place[] = [];
  for (const r of kept) {
    if (remote.has(r)) continue;
    const m = r.mention;
    const e = r.best.entry;
    const speaking = speaks(m);
    const role: Place['role'] = speaking || governs(doc, m, e, r.best.match) ? 'speaker' : m.inOrg ? 'name' : inPlaces(m) ? 'dateline' : 'place';
    const variants = [...new Set(m.cands.filter((c) => c.entry.id === e.id).map((c) => c.variant))];
    places.push({
      // (the span's fields written out, not spread: same keys in the same order, no object copy)
      start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), name: e.name, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon,
      level: e.level, id: e.id, role, variants, match: r.best.match,
      why: { stage: 'places', rule: m.want ? `admin-${m.want}` : m.inOrg ? 'in-organisation' : 'gazetteer' },
    });
  }
  // a facility, venue or structure named in place of its settlement (facilities.ts)
  doc.places = withFacilities(doc, gaz, places);
  // entities the earlier stage could not type, that are exactly a place
  const byStart = new Map(places.map((p) => [p.start, p]));
  for (const ent of doc.entities) {
    if (ent.type !== 'unknown' && !(ent.type === 'person' && ent.why.rule === 'capitalised-run')) continue;
    const p = byStart.get(ent.start);
    if (!p || p.end !== ent.end) continue;
    ent.type = 'place';
    ent.name = p.name;
    ent.why = { stage: 'places', rule: 'gazetteer' };
  }
}

/**
 * Resolves given spans (for example gold toponym spans of a benchmark) in an analysed document,
 * with the same evidence as the stage: each span becomes a mention, and all of them resolve
 * together. Returns one place per span, in order. A span the gazetteer knows no entry for (a
 * street, a building, a river) is placed at the document's focus (`documentFocus`), with id and
 * level null and the rule 'document-focus'; null when the document names no place either. A span
 * read through a part of it whose feature words make it an area named after something ("Morris
 * County") takes the part's town only with the document's support (see `mentionForSpan`).
 */
export function resolveSpans(doc: Doc, spans: { start: number; end: number }[]): (Place | null)[] {
  const gaz = doc.gazetteer ?? defaultGazetteer();
  if (!gaz) return spans.map(() => null);
  const lex = placeLexicon();
  // a national adjective points to its country (and is no mention: "English" is no town in Indiana
  // to lend its support to a Washington nearby)
  const demonym = spans.map((s) => lex.demonyms.get(doc.text.slice(s.start, s.end).toLowerCase()));
  const ms: (Mention | null)[] = spans.map((s, k) => (demonym[k] ? null : mentionForSpan(doc, gaz, s.start, s.end)));
  const live = ms.filter((m): m is Mention => m !== null);
  const resolved = resolveMentions(doc, live);
  const byMention = new Map(live.map((m, k) => [m, resolved[k]]));
  const focus = documentFocus(doc.places, gaz);
  const place = (s: { start: number; end: number }, e: GazEntry, variant: string | null, match: string, rule: string): Place => ({
    start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), name: e.name, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, level: e.level, id: e.id,
    role: 'place', variants: variant ? [variant] : [], match, why: { stage: 'places', rule },
  });
  return spans.map((s, k) => {
    const d = demonym[k];
    const ce = d ? countryEntry(gaz, d.countryName, d.country) : undefined;
    if (ce) return place(s, ce, null, 'exact', 'demonym');
    const m = ms[k];
    const r = m ? byMention.get(m) : null;
    // "X County" read through X: the town X only when the document supports it (its region named,
    // or a place of the document nearby) or X is itself an area; else the document's focus
    const weakArea = m?.feature === 'area' && r && r.best.entry.level !== 'admin1' && r.best.entry.level !== 'admin2' && !r.regional && !r.nearby;
    if (r && !weakArea) return place(s, r.best.entry, r.best.variant, r.best.match, 'given-span');
    if (!focus) return null;
    // a place the gazetteer does not hold (a street, a building, a river): the document's focus
    return { ...place(s, focus, null, 'focus', 'document-focus'), id: null, name: doc.text.slice(s.start, s.end), level: null };
  });
}

/**
 * The document's focus: a town in the region the document names most (its towns and the region
 * itself counted together: three mentions of a surname that is a village in England do not outweigh
 * six towns in Virginia), the most named of them, then the most populous; else its most named
 * region, else its most named country. Null when it names no place.
 */
export function documentFocus(places: readonly Place[], gaz: Gazetteer): GazEntry | null {
  const count = new Map<string, number>();
  for (const p of places) if (p.id && p.role !== 'name') count.set(p.id, (count.get(p.id) ?? 0) + 1);
  const byRegion = new Map<string, number>();
  const entries: [GazEntry, number][] = [];
  for (const [id, n] of count) {
    const e = gaz.get(id);
    if (!e) continue;
    entries.push([e, n]);
    if (e.level !== 'country' && e.admin1) byRegion.set(e.admin1, (byRegion.get(e.admin1) ?? 0) + n);
  }
  let best: GazEntry | null = null;
  let bestKey: number[] = [];
  for (const [e, n] of entries) {
    const region = e.level !== 'country' && e.admin1 ? byRegion.get(e.admin1)! : 0;
    const rank = e.level === 'country' ? 0 : e.level === 'admin1' ? 1 : 2;
    // a town first; then the mentions of its region (its towns and the region itself); then its own; then population
    const key = [rank, region, n, e.population];
    let d = 0;
    for (let i = 0; i < key.length && d === 0; i++) d = key[i]! - (bestKey[i] ?? -Infinity);
    if (d > 0) {
      bestKey = key;
      best = e;
    }
  }
  return best;
}

export const placesStage: Stage = {
  name: 'places',
  requires: ['tokens', 'sentences', 'entities', 'claims'],
  assigns: ['places', 'sides'],
  run: findPlaces,
};

/** Whether a mention is written as an abbreviation: two or more letters, all capitals ("РФ", "США"). */
function isAbbreviation(text: string): boolean {
  return text.length >= 2 && /^\p{Lu}+$/u.test(text);
}

/**
 * Speaker sides: which side a claim's speaker speaks for, from data/actors.tsv (named actors,
 * affiliation cues, role words) and data/countries.tsv (country names, capitals, demonyms), read
 * in the speaker span, its canonical name and its title/apposition. Unknown stays null.
 */
import type { Analysis, Claim } from '../analyze/types.js';
import { ENEMY_SIDE, compareLexicon, opponent, wordsOf, type ActorRow, type Word } from './lexicon.js';
import type { ClaimRecord, EventFact, Side, SpeakerInfo } from './types.js';
import { SpanIndex, memo } from './docindex.js';
import { table } from '../lexicon/index.js';
import { grammarSet } from '../lexicon/grammar.js';
import { decideSide, scanPhrase, sideOfPhrase } from '../lexicon/sides.js';

export { sideOfPhrase } from '../lexicon/sides.js';

/** Everything known about a claim's speaker: name, type, side, official, affiliation. */
export function speakerInfo(analysis: Analysis, claim: Claim): SpeakerInfo {
  const sp0 = claim.speaker;
  if (!sp0) return { name: null, text: null, type: null, side: null, official: null, affiliation: null, sideFrom: null };
  // "I have decided ..." in a post that speaks in its author's own voice: the author speaks.
  const author = analysis.author?.ownVoice && analysis.author.name ? analysis.author.name : null;
  const sp = author && !sp0.fromDocument && FIRST_PERSON_SPEAKERS.has(sp0.text.trim().toLowerCase()) ? { ...sp0, name: author, text: author, resolvedFrom: null } : sp0;
  // The phrase, the canonical name, and the title/apposition of the entity it names or was resolved to.
  const parts = [sp.text];
  if (sp.name && sp.name !== sp.text) parts.push(sp.name);
  const at = sp.resolvedFrom ?? sp;
  for (const e of titledEntitiesOver(analysis, at.start, at.end)) parts.push(e.title!.text);
  const scans = parts.map(scanPhrase);
  // a channel's or author's name holding a capital («Москва - новостная», a city news channel) does not speak
  // for that capital's government (data/sides.tsv kind `capital`); a name that is the capital alone does
  const whole = sp.text.trim().toLowerCase();
  const rows = scans.flatMap((x) => x.rows).filter((r) => !(sp0.fromDocument && r.capital && r.phrase !== whole));
  const decided = decideSide(rows, scans.some((x) => x.outlet));
  if (decided.side === null && sp.fromDocument) {
    const channel = channelSide(sp.name);
    if (channel) return { name: sp.name ?? sp.text, text: sp.text, type: sp.type, side: channel.side, official: false, affiliation: channel.label, sideFrom: `channel:${channel.key}` };
  }
  // a person the analysis resolved to a name the document gives elsewhere ("He", «його», a surname
  // alone) speaks with the side that person's own phrases give, when this phrase names no side at all
  if (decided.side === null && !sp0.fromDocument && !rows.some((r) => r.side)) {
    const same = samePersonSide(analysis, sp);
    if (same) return { name: sp.name ?? sp.text, text: sp.text, type: sp.type, side: same.side, official: same.official, affiliation: same.affiliation, sideFrom: `same:${same.text}` };
  }
  if (decided.side === null) {
    const office = officeSide(analysis, claim, rows) ?? seatSide(analysis, sp.text, rows) ?? mayorSide(analysis, claim);
    if (office) return { name: sp.name ?? sp.text, text: sp.text, type: sp.type, ...office };
    const before = anaphoricSide(analysis, claim);
    if (before) return { name: sp.name ?? sp.text, text: sp.text, type: sp.type, ...decided, side: before.side, sideFrom: `anaphor:${before.text}` };
  }
  // (lane speak14) a body named with no country ("The ministry said", «Генштаб сообщил»): the document's side
  const body = sp0.fromDocument ? null : bareBody(sp.text);
  if (body && (decided.side === null || body === 'ruuk')) {
    const doc = documentSide(analysis, body === 'en');
    if (doc && doc.side !== decided.side) {
      return { name: sp.name ?? sp.text, text: sp.text, type: sp.type, side: doc.side, official: true, affiliation: compareLexicon().countryNames.get(doc.side) ?? doc.side, sideFrom: `document:${doc.from}` };
    }
  }
  return { name: sp.name ?? sp.text, text: sp.text, type: sp.type, ...decided };
}

let bareBodies: Map<string, 'en' | 'ruuk'> | null = null;
/** The analyses whose speakers' sides `documentSide` is gathering right now. */
const gathering = new WeakSet<Analysis>();

/** Whether a speaker phrase is only a body's name with no country (data/bare-bodies.tsv), and in which script; null otherwise ("Its General Staff" names its owner just before: no bare body). */
function bareBody(text: string): 'en' | 'ruuk' | null {
  if (!bareBodies) {
    bareBodies = new Map();
    for (const [p, lang] of table('bare-bodies.tsv')) if (p && (lang === 'en' || lang === 'ruuk')) bareBodies.set(p, lang);
  }
  const t = text.trim().toLowerCase().replace(/[\s,]+$/, '').replace(/^(the|в|во|у)\s+/, '').replace(/\s+/g, ' ');
  const exact = bareBodies.get(t);
  if (exact) return exact;
  for (const [p, lang] of bareBodies) if (lang === 'ruuk' && t.startsWith(p) && t.length - p.length <= 3 && !t.slice(p.length).includes(' ')) return lang;
  return null;
}

/**
 * The side the document gives a body named with no country: the side of the outlet that published it
 * (its `source` or author: a state agency), else, when `speakers` (English copy), the one side, Russia's
 * or Ukraine's, that every other speaker of the document with a known side and no bare body's name
 * speaks for. Null when the outlet has no side and the speakers have none or two.
 */
function documentSide(analysis: Analysis, speakers: boolean): { side: Side; from: string } | null {
  for (const by of [analysis.source, analysis.author?.name]) {
    if (!by) continue;
    const s = sideOfPhrase(by).side;
    if (s === 'RU' || s === 'UA') return { side: s, from: `outlet:${by}` };
  }
  // (a speaker read while the document's sides are being gathered, "it said" pointing back to a bare body,
  // gets none: no circle)
  if (!speakers || gathering.has(analysis)) return null;
  const sides = memo(analysis, 'speaker:documentSides', () => {
    gathering.add(analysis);
    try {
      const out = new Set<string>();
      for (const c of analysis.claims) {
        if (!c.speaker || c.speaker.fromDocument || bareBody(c.speaker.text)) continue;
        const info = speakerInfo(analysis, c);
        if (info.side) out.add(info.side);
      }
      return out;
    } finally {
      gathering.delete(analysis);
    }
  });
  if (sides.size !== 1) return null;
  const only = [...sides][0]!;
  return only === 'RU' || only === 'UA' ? { side: only, from: 'speakers' } : null;
}

/**
 * The side a claim speaks for in an agreement on who struck (`doer`), `fact` being the claim's event
 * fact the agreement reads: its speaker's side; else, for a named voice of no known side (a city's
 * mayor, a prosecutor general the data does not list: «Росія вранці атакувала Львів ракетами»), the
 * struck side, when the fact says the doer struck and every place the claim names below a country lies
 * in the doer's opponent's country (lane agree12). Null otherwise: an unnamed voice, a place of the
 * doer's own country or of a third one, a doer with no opponent.
 */
export function reportSide(r: ClaimRecord, doer: Side, fact: Pick<EventFact, 'agentSide' | 'polarity'>): Side | null {
  const own = r.speaker?.side ?? null;
  if (own !== null) return own;
  const struck = opponent(doer);
  const sp = r.speaker;
  if (!struck || fact.agentSide !== doer || fact.polarity !== 1) return null;
  if (!sp?.name || (sp.type !== 'person' && sp.type !== 'channel' && sp.type !== 'organisation')) return null;
  const below = r.places.filter((p) => p && p.level !== 'country');
  return below.length > 0 && below.every((p) => p.country === struck) ? struck : null;
}

/** Speaker types a person's phrase may have (an unresolved pronoun or description is `unknown`). */
const PERSON_TYPES = new Set<string | null>(['person', 'unknown', null]);

/** A person's name as `samePersonSide` groups the speakers of a document: NFKC, lower case, letters and digits. */
export function personKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The side of a person speaker from the phrases of the same person elsewhere in the document: the
 * speakers of the document's claims with the same canonical name, each read from its own phrase, name
 * and title (`decideSide`, no office, seat, mayor or anaphor guess), give one side. Only for a speaker
 * tied to that name by the text: resolved from an antecedent ("He", «його», «он»), or a phrase that
 * holds a word of the name ("Tilvar"); a description the analysis named with nothing of the name in it
 * ("his spokesman") takes none. Null when the phrases give no side or two.
 */
function samePersonSide(analysis: Analysis, sp: NonNullable<Claim['speaker']>): { side: Side; official: boolean | null; affiliation: string | null; text: string } | null {
  if (!sp.name || !PERSON_TYPES.has(sp.type)) return null;
  const key = personKey(sp.name);
  if (!key) return null;
  if (!sp.resolvedFrom) {
    const own = new Set(personKey(sp.text).split(' '));
    if (!key.split(' ').some((w) => w.length > 1 && own.has(w))) return null;
  }
  const byName = memo(analysis, 'speaker:samePerson', () => {
    const sides = new Map<string, Map<Side, { side: Side; official: boolean | null; affiliation: string | null; text: string }>>();
    for (const c of analysis.claims) {
      const o = c.speaker;
      if (!o || o.fromDocument || !o.name || !PERSON_TYPES.has(o.type)) continue;
      const k = personKey(o.name);
      const parts = [o.text, o.name];
      for (const e of titledEntitiesOver(analysis, (o.resolvedFrom ?? o).start, (o.resolvedFrom ?? o).end)) parts.push(e.title!.text);
      const scans = parts.map(scanPhrase);
      const d = decideSide(scans.flatMap((x) => x.rows), scans.some((x) => x.outlet));
      if (!d.side) continue;
      const m = sides.get(k) ?? sides.set(k, new Map()).get(k)!;
      if (!m.has(d.side)) m.set(d.side, { side: d.side, official: d.official, affiliation: d.affiliation, text: o.text });
    }
    return sides;
  });
  const found = byName.get(key);
  return found && found.size === 1 ? [...found.values()][0]! : null;
}

let channels: Map<string, { side: Side; label: string; key: string }> | null = null;

/** A channel name as data/channel-sides.tsv keys it: lower case, emoji and symbols dropped, single spaces. */
function channelKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}\s.,/+|-]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The side of a Telegram channel writing in its own voice, from data/channel-sides.tsv (lane side11):
 * the document author's whole name is looked up, never a word of an attributed speaker phrase. Null
 * when the channel is not listed.
 */
export function channelSide(name: string | null | undefined): { side: Side; label: string; key: string } | null {
  if (!name) return null;
  if (!channels) {
    channels = new Map();
    for (const [names, side, label] of table('channel-sides.tsv')) {
      if (!names || !side) continue;
      for (const n of names.split(',')) {
        const key = channelKey(n);
        if (key) channels.set(key, { side, label: label ?? n, key });
      }
    }
  }
  return channels.get(channelKey(name)) ?? null;
}

/** Speaker pronouns that point back to the speaker named before ("..., it said", "he added"). */
const SPEAKER_ANAPHORS = new Set(['it', 'he', 'she', 'they']);

/**
 * The side of a speaker that points back to the one named just before: a pronoun ("Ukrainian
 * losses were ..., it said") or "the" + the head noun of that speaker's phrase ("A Ukrainian brigade
 * spokesperson said ... The brigade still holds ..., the spokesperson added"). The antecedent is the
 * speaker of the nearest earlier claim with a speaker, in the same sentence or the one before; its
 * side is carried only when it has one (precision first: no search past it). Null otherwise.
 */
function anaphoricSide(analysis: Analysis, claim: Claim): { side: Side; text: string } | null {
  const sp = claim.speaker;
  if (!sp || sp.fromDocument) return null;
  const phrase = sp.text.trim().toLowerCase().split(/\s+/);
  const pronoun = phrase.length === 1 && SPEAKER_ANAPHORS.has(phrase[0]!);
  const definite = phrase.length === 2 && phrase[0] === 'the';
  if (!pronoun && !definite) return null;
  const i = analysis.claims.indexOf(claim);
  let prev: Claim | null = null;
  for (let j = i - 1; j >= 0; j--) {
    const c = analysis.claims[j]!;
    if (c.speaker && !c.speaker.fromDocument && c.speaker.start < sp.start && c.speaker.text !== sp.text) { prev = c; break; }
  }
  if (!prev) return null;
  // the same sentence or the one before
  const sentenceIndex = (at: number): number => analysis.sentences.findIndex((x) => at >= x.start && at < x.end);
  const here = sentenceIndex(sp.start);
  const there = sentenceIndex(prev.speaker!.start);
  if (here < 0 || there < 0 || here - there > 1) return null;
  const words = prev.speaker!.text.trim().toLowerCase().split(/\s+/);
  if (definite && words[words.length - 1] !== phrase[1]) return null;
  const info = speakerInfo(analysis, prev);
  return info.side ? { side: info.side, text: prev.speaker!.text } : null;
}

/**
 * The side of a regional office holder whose phrase names no side: "the acting governor of the Kursk
 * region, Arkady Veretennikov" → RU, "the head of the Sumy regional military administration" → UA.
 * Needs an office word (kind "office" in actors.tsv) in the speaker's phrase or in the phrase of
 * another claim of the document with the same speaker name (the first mention carries the title,
 * "Hordiienko wrote" does not), and resolved places inside those phrases that are regions or
 * places within one (not countries) of one country only. Else null: unknown stays unknown.
 */
function officeSide(analysis: Analysis, claim: Claim, rows: ActorRow[]): Pick<SpeakerInfo, 'side' | 'official' | 'affiliation' | 'sideFrom'> | null {
  const sp = claim.speaker!;
  const group = officeGroup(analysis, (sp.name ?? sp.text).toLowerCase());
  // The speaker's own span and the spans of the same speaker in the document's other claims: the
  // office word comes from the speaker's rows, else from the first of those spans that has one.
  // The spans with an office word are the same set whichever claim of the group asks (the speaker's
  // own span is one of the group's unless it comes from the document), so the places are read once per name.
  const office: ActorRow | null = rows.find((r) => r.office) ?? group?.office ?? null;
  if (!office || !group || group.where.length === 0) return null;
  const { countries, region } = group;
  if (countries.size !== 1) return null;
  const side = [...countries][0]!;
  return { side, official: office.official ?? true, affiliation: `${compareLexicon().countryNames.get(side) ?? side} · ${office.affiliation ?? office.phrase}${region ? `, ${region}` : ''}`, sideFrom: `office:${office.phrase}` };
}

/** A regional seat word with no region beside it: «губернатор», «глава региона», «голова області». */
const REGION_SEAT = /^(губернатор|глава|голова)/;
const REGION_WORD = /(регион|облас|края)/i;
/** The English governor's seat (office rows of data/actors.tsv): "regional governor Ivan Petrov", "Governor X" (lane side11). */
const GOVERNOR_SEAT = /^(regional |acting )?governor$/;

/**
 * The side of a regional office holder named by the seat alone ("сообщил губернатор", "глава
 * региона"): the country of the document's places when every resolved region, town or village it
 * names is of one country and none is of a region both sides call theirs (the `region` rows of
 * data/strike-territory-ruuk.tsv: Crimea, Sevastopol, the four regions Russia claims), else null.
 * «глава»/«голова» count only with a region word in the phrase ("глава компании" is no governor).
 * English copy's "regional governor", "acting governor" and "governor" are read the same way (lane side11).
 */
function seatSide(analysis: Analysis, phrase: string, rows: ActorRow[]): Pick<SpeakerInfo, 'side' | 'official' | 'affiliation' | 'sideFrom'> | null {
  const seat = rows.find((r) => (r.seat && REGION_SEAT.test(r.phrase)) || (r.office && !r.side && GOVERNOR_SEAT.test(r.phrase)));
  if (!seat || rows.some((r) => r.region || r.kind === 'name')) return null;
  if (!seat.phrase.startsWith('губернатор') && !GOVERNOR_SEAT.test(seat.phrase) && !REGION_WORD.test(phrase)) return null;
  const country = memo(analysis, 'speaker:seatCountry', () => {
    const shared = new Set<string>();
    for (const [p, code] of table('strike-territory-ruuk.tsv')) if (p === 'region' && code) shared.add(code);
    const countries = new Set<string>();
    for (const p of analysis.places) {
      if (!p.country || p.level === 'country' || p.level === null) continue;
      if (p.admin1 && shared.has(p.admin1)) return null;
      countries.add(p.country);
    }
    return countries.size === 1 ? [...countries][0]! : null;
  });
  if (country !== 'RU' && country !== 'UA') return null;
  return { side: country, official: seat.official ?? true, affiliation: `${compareLexicon().countryNames.get(country) ?? country} · ${seat.affiliation ?? seat.phrase}`, sideFrom: `seat:${seat.phrase}+places` };
}

let mayorLex: { titles: string[][]; veto: string[]; outside: Set<string>; outsideCities: Set<string>; seized: Set<string> } | null = null;

/** Lower-case words of a phrase (letters, digits, hyphens and apostrophes inside a word). */
function plainWords(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}

/**
 * The side of a city's mayor (data/mayor-titles.tsv): the title and a city or village of Ukraine
 * (outside Crimea and Sevastopol) resolved inside the speaker's phrase, or inside the phrase of
 * another claim of the document whose speaker has the same surname ("Міський голова Херсона Ігор
 * Колихаєв ..." then "— написав Колихаєв"), make the speaker Ukraine's, unless a veto word ("так
 * званий", "гауляйтер", "separatist") stands in one of those phrases. Else null.
 */
function mayorSide(analysis: Analysis, claim: Claim): Pick<SpeakerInfo, 'side' | 'official' | 'affiliation' | 'sideFrom'> | null {
  const sp = claim.speaker!;
  if (sp.fromDocument || (sp.type !== 'person' && sp.type !== null && sp.type !== 'unknown')) return null;
  if (!mayorLex) {
    const rows = table('mayor-titles.tsv');
    mayorLex = {
      titles: rows.filter((r) => r[0] === 'title' && r[1]).map((r) => plainWords(r[1]!)),
      veto: rows.filter((r) => r[0] === 'veto' && r[1]).map((r) => r[1]!.toLowerCase()),
      outside: new Set(rows.filter((r) => r[0] === 'outside' && r[1]).map((r) => r[1]!)),
      outsideCities: new Set(rows.filter((r) => r[0] === 'outside-city' && r[1]).map((r) => r[1]!)),
      seized: new Set(rows.filter((r) => r[0] === 'seized-city' && r[1]).map((r) => r[1]!)),
    };
  }
  const lex = mayorLex;
  // a document published by a Russian outlet (TASS, RIA Novosti) calls the installed heads "mayor"
  for (const by of [analysis.source, analysis.author?.name]) if (by && sideOfPhrase(by).side === 'RU') return null;
  const surname = (name: string | null | undefined): string | null => {
    const w = plainWords(name ?? '');
    return w.length > 0 ? w[w.length - 1]! : null;
  };
  const own = surname(sp.name ?? sp.text);
  if (own === null) return null;
  // the phrases of this person in the document: its own, and those of speakers of the same surname
  // (the speakers by surname, in claim order, worked out once per document)
  const bySurname = memo(analysis, 'speaker:mayorSurnames', () => {
    const out = new Map<string | null, { start: number; end: number }[]>();
    for (const c of analysis.claims) {
      const o = c.speaker;
      if (!o || o.fromDocument) continue;
      const k = surname(o.name ?? o.text);
      const list = out.get(k);
      if (list) list.push(o);
      else out.set(k, [o]);
    }
    return out;
  });
  const spans: { start: number; end: number }[] = [sp, ...(bySurname.get(own) ?? []).filter((o) => o !== sp)];
  let titled = false;
  const countries = new Set<string>();
  for (const span of spans) {
    const words = plainWords(analysis.text.slice(span.start, span.end));
    const joined = ` ${words.join(' ')} `;
    if (lex.veto.some((v) => (v.endsWith('~') ? words.some((w) => w.startsWith(v.slice(0, -1))) : joined.includes(` ${v} `)))) return null;
    if (!lex.titles.some((t) => joined.includes(` ${t.join(' ')} `))) continue;
    // the first city of the phrase is the mayor's: a later one is a word of the name ("Міський голова
    // Конотопа Артем Семеніхін": «Артем» is also a town of Russia)
    const p = analysis.places
      .filter((q) => q.start >= span.start && q.end <= span.end && (q.level === 'city' || q.level === 'village') && q.country)
      .sort((x, y) => x.start - y.start)[0];
    if (!p) continue;
    if ((p.admin1 && lex.outside.has(p.admin1)) || (p.id && lex.outsideCities.has(p.id))) return null;
    // a city seized in 2022: only a mayor in exile known by name (data/actors.tsv, decided before
    // this rule) is Ukraine's; an unnamed or unknown "mayor" there may be the installed head
    if (p.id && lex.seized.has(p.id)) return null;
    countries.add(p.country!);
    titled = true;
  }
  if (!titled || countries.size !== 1 || !countries.has('UA')) return null;
  return { side: 'UA', official: true, affiliation: `${compareLexicon().countryNames.get('UA') ?? 'UA'} · Mayor`, sideFrom: 'mayor+city' };
}

/** What `officeSide` needs about every speaker of one name in a document, computed once per name. */
interface OfficeGroup {
  /** The first office row found in the group's spans, in claim order. */
  office: ActorRow | null;
  /** The group's speaker spans with an office word. */
  where: { start: number; end: number }[];
  /** Countries of the resolved sub-country places inside those spans, and the first such place's name. */
  countries: Set<string>;
  region: string | null;
}

/** The office group of speakers named `name` (lower case) in `analysis`, or null when none has an office word. */
function officeGroup(analysis: Analysis, name: string): OfficeGroup | null {
  const groups = memo(analysis, 'speaker:officeGroups', () => {
    const lex = compareLexicon().actors;
    const byName = new Map<string, { office: ActorRow | null; where: { start: number; end: number }[] }>();
    const seen = new Set<unknown>();
    for (const c of analysis.claims) {
      const o = c.speaker;
      if (!o || o.fromDocument || seen.has(o)) continue;
      seen.add(o);
      const key = (o.name ?? o.text).toLowerCase();
      let g = byName.get(key);
      if (!g) byName.set(key, (g = { office: null, where: [] }));
      const found = lex.scan(wordsOf(o.text)).map((m) => m.row).find((r) => r.office);
      if (!found) continue;
      g.office ??= found;
      g.where.push(o);
    }
    return { byName, done: new Map<string, OfficeGroup>() };
  });
  const done = groups.done.get(name);
  if (done) return done;
  const g = groups.byName.get(name);
  if (!g) return null;
  const countries = new Set<string>();
  let region: string | null = null;
  if (g.where.length > 0) {
    const spans = new SpanIndex(g.where);
    for (const p of analysis.places) {
      if (!p.country || p.level === 'country' || p.level === null) continue;
      if (!spans.contains(p.start, p.end)) continue;
      countries.add(p.country);
      region ??= p.name;
    }
  }
  const out: OfficeGroup = { office: g.office, where: g.where, countries, region };
  groups.done.set(name, out);
  return out;
}

/** Entities with a title that overlap `[start, end)`, in document order (the order of `analysis.entities`). */
function titledEntitiesOver(analysis: Analysis, start: number, end: number): Analysis['entities'] {
  const ents = analysis.entities;
  const index = memo(analysis, 'speaker:entities', () => {
    for (let i = 1; i < ents.length; i++) if (ents[i]!.start < ents[i - 1]!.start) return null; // unsorted: scan
    return new SpanIndex(ents);
  });
  const out: Analysis['entities'] = [];
  if (!index) {
    for (const e of ents) {
      if (e.start >= end) break;
      if (e.end > start && e.title) out.push(e);
    }
    return out;
  }
  for (const i of index.overlapping(start, end)) if (ents[i]!.title) out.push(ents[i]!);
  return out;
}

/** First-person speaker words ("I", "we"; Russian and Ukrainian "я", "мы", "ми"): in an own-voice post, the author. */
const FIRST_PERSON_SPEAKERS = new Set(['i', 'we', 'я', 'мы', 'ми']);

/** Whether a claim's speaker is a first-person word ("I have decided to withdraw our units"): "our" in it is the speaker's. */
export function firstPersonSpeaker(claim: Claim): boolean {
  return !!claim.speaker && !claim.speaker.fromDocument && FIRST_PERSON_SPEAKERS.has(claim.speaker.text.trim().toLowerCase());
}

/** Third-person words that point to the speaker's own side in reported speech ("the ministry said its troops", "the commander said his troops"). */
const OWN = new Set(['its', 'own', 'his', 'her']);
/**
 * First-person words: the speaker's side only inside the speaker's own quoted words ("We are
 * holding," he said). In indirect speech they are the reporter's ("the ministry claims that we lost").
 */
const FIRST_PERSON = new Set(['we', 'our', 'us', 'ours', 'мы', 'наш', 'наши', 'наших', 'нашим', 'нами', 'ми', 'наші', 'наших', 'нашим', 'нашими', 'нас', 'наше', 'наша', 'нашу', 'нашего', 'нашей', 'нашему', 'нашого', 'нашої', 'нашому']);

/** The speaker's side and which offsets lie inside quotation marks (where "we" is the speaker). */
export interface SpeakerContext {
  side: Side | null;
  quoted?: (offset: number) => boolean;
  /** A Russian or Ukrainian claim in its author's own voice (a channel post): its subjectless advances and holdings are the author's side's. */
  ownVoice?: boolean;
  /** The side came from the post's words for the forces of one side ("ВСУшники", "рашисты"): the post is war reporting. */
  voiceWords?: boolean;
}
/** Words for the speaker's opponent ("the enemy", "the adversary"). From data/grammar-words.tsv `enemy-noun`. */
const ENEMY = grammarSet('enemy-noun');
let enemyFighters: Set<string> | null = null;
/** Whether a word names the speaker's opponent: "the enemy", or the fighters who raid a side's territory (data/enemy-fighters-en.tsv: "attackers", "saboteurs"). */
export function enemyWord(w: string): boolean {
  enemyFighters ??= new Set(table('enemy-fighters-en.tsv').map((r) => r[0]!).filter((x) => x));
  return ENEMY.has(w) || enemyFighters.has(w);
}

/**
 * The side named by the words `words[from, to)` (nearest to `to` first when `backwards`), or null:
 * a country, demonym or actor cue gives its side; "our/its/we" the speaker's; "the enemy" the
 * speaker's opponent.
 */
export function sideIn(words: Word[], from: number, to: number, speaker: Side | null | SpeakerContext, backwards: boolean): Side | null {
  const speakerSide = speaker !== null && typeof speaker === 'object' ? speaker.side : speaker;
  const quoted = speaker !== null && typeof speaker === 'object' ? speaker.quoted : undefined;
  const lex = compareLexicon().actors;
  const order: number[] = [];
  for (let i = from; i < to; i++) order.push(i);
  if (backwards) order.reverse();
  for (const i of order) {
    const w = words[i]!.w;
    if (OWN.has(w) || (FIRST_PERSON.has(w) && quoted?.(words[i]!.start))) {
      if (speakerSide) return speakerSide;
      continue;
    }
    if (FIRST_PERSON.has(w)) continue;
    if (enemyWord(w)) {
      const o = opponent(speakerSide);
      if (o) return o;
      continue;
    }
    const m = lex.matchAt(words, i);
    if (m && m.row.side === ENEMY_SIDE) {
      const o = opponent(speakerSide);
      if (o) return o;
      continue;
    }
    // ("shells of NATO calibre", "NATO-standard rounds": a standard a weapon is made to, no doer)
    if (m && m.row.side && m.row.kind !== 'role' && m.end < words.length && standardNoun(words[m.end]!.w)) continue;
    if (m && m.row.side && m.row.kind !== 'role') return m.row.side;
  }
  return null;
}

let standardNouns: Set<string> | null = null;
/** Whether a word is a noun of a weapon's standard (data/grammar-words.tsv `side-standard`: "calibre", "standard"): a side word before it names no one's act. */
function standardNoun(w: string): boolean {
  standardNouns ??= grammarSet('side-standard');
  return standardNouns.has(w);
}

/**
 * `compareEvents`: disputes over events, from the claims' event facts (src/compare/event-facts.ts).
 *
 * Claims are grouped by the places they are about (each place, and the region of a place named as
 * a region; never a whole country) and cut into windows of `windowDays` days from the first day of
 * each window (responsibility and cause are argued within a few days of the event). Inside a window:
 * - responsibility: positions "side X did it" and "side X did not do it". Two positions conflict
 *   when one side's deed is affirmed and denied, or when two different sides are each named as the
 *   doer by speakers who accuse the other side (the speaker's side is not the doer's: Kyiv says
 *   Russia struck, Moscow says Kyiv did). A side's own report of its strike next to its accusation
 *   of the other side is no dispute.
 * - cause: an attack against an accident or the defender's air defence, given by different speakers
 *   for one place.
 * A dispute needs two texts or two named speakers, and not one speaker alone. Cost: a sort per
 * place; the claims of one window are few.
 */
import { dayNumber, hashId, disputeId, oneSpeaker, placeKeys, sideOf, textKey, twoVoices, type RecRef, isoDay } from './compare.js';
import type { Agreement, ClaimRecord, Dispute, EventFact, PlaceRef, Side, Topic } from './types.js';
import { capitalOfSide } from './capital.js';
import { reportSide } from './speaker.js';
import { table } from '../lexicon/index.js';
import { DisjointSets, groupBy, hasCyrillic } from '../util/index.js';
import { namesTruce, targetClass, targetPhrases, targetTexts } from './event-facts.js';
import { compareLexicon, NEGATIONS, opponent, PhraseMatcher, wordsOf } from './lexicon.js';
import { addWeaponKinds } from './weapon-sides.js';

/** The group key of the claims about the breaking of a truce declared for the whole war (`namesTruce`). */
const TRUCE_KEY = 'truce:RU-UA';


let territory: { phrases: { re: RegExp; country: string }[]; vetoes: RegExp[]; shared: Set<string> } | null = null;
/** data/strike-territory-ruuk.tsv: phrases naming the country a strike hit, and regions either side calls its own. */
function territoryLexicon(): NonNullable<typeof territory> {
  if (territory) return territory;
  const phrases: { re: RegExp; country: string }[] = [];
  const vetoes: RegExp[] = [];
  const shared = new Set<string>();
  for (const [phrase, code] of table('strike-territory-ruuk.tsv')) {
    if (!phrase || !code) continue;
    if (phrase === 'region') { shared.add(code); continue; }
    // a word ending in "~" is a stem (any ending)
    const body = phrase.replace(/ё/g, 'е').split(/\s+/).map((w) => (w.endsWith('~') ? `${w.slice(0, -1)}\\p{L}*` : w)).join('\\s+');
    if (code === '-') vetoes.push(new RegExp(`(?:^|[^\\p{L}])${body}(?![\\p{L}])`, 'giu'));
    else phrases.push({ re: new RegExp(`(?:^|[^\\p{L}])${body}(?![\\p{L}])`, 'iu'), country: code });
  }
  return (territory = { phrases, vetoes, shared });
}

/**
 * The one country a Russian or Ukrainian claim says its strike hit ("удары по российской
 * территории" → RU, "на территории Украины" → UA), or null when it names none or both.
 */
export function struckCountry(content: string): string | null {
  let text = content.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  // "с начала войны в Украине": the war in a country names no strike on it (review4 #4)
  for (const v of territoryLexicon().vetoes) text = text.replace(v, ' ');
  const found = new Set(territoryLexicon().phrases.filter((p) => p.re.test(text)).map((p) => p.country));
  return found.size === 1 ? [...found][0]! : null;
}

/** The countries at war whose whole territory is too wide to be one event's place. */
const BELLIGERENTS = new Set(['UA', 'RU']);

interface EvItem extends RecRef {
  day: number;
  fact: EventFact;
  /** the claim names a place below the level of the group's key (a town of the third country keyed by it) */
  fine: boolean;
  /** in a region's group: the claim names that region itself and no place in it (its incident placed at the region) */
  coarse: boolean;
  /** in a region's group: the claim names a town or village of it, not the region (it only takes part in `rolledUp`) */
  rolled: boolean;
}

/**
 * How wide a group's place is for one incident: a first-level region (`region`), a third country
 * (`country`), or a place (null). Two sides each named as the doer somewhere in a whole region are
 * two sides' strikes there, not one incident blamed on each (real channel posts: drones shot down
 * over the Kursk region one night, a Russian helicopter's strike on Ukrainian positions in it two
 * days later); in a third country they are one incident only when the claims on both sides name a
 * place in it below its regions other than its capital (Przewodów), not only the country, a region or
 * its capital ("permission of the US to strike deep into Russia", "the policy of Washington" against
 * "Russia fired a new missile at Ukraine"); a third country's capital keyed as a place is judged as
 * the country.
 */
type Wide = 'region' | 'country' | 'truce' | null;

/** Options of `compareEvents`. */
export interface EventCompareOptions {
  /** Days a window spans (from its first day). */
  windowDays: number;
  /** The one topic to compare (responsibility or cause). */
  topic: EventFact['topic'];
  /** Where responsibility agreements go (`doerAgreement`); none are looked for when absent. */
  agreements?: Agreement[];
}

/** Event disputes among `records` (see the module comment). */
export function compareEvents(records: readonly ClaimRecord[], opts: EventCompareOptions): Dispute[] {
  const byPlace = new Map<string, { name: string | null; level: Topic['level']; wide: Wide; items: EvItem[] }>();
  // a third country's name as some claim gives it, for the incident placed at that country
  const countryNames = new Map<string, string>();
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (!rec || !Array.isArray(rec.events) || rec.events.length === 0 || !Array.isArray(rec.places)) continue;
    const day = dayNumber(typeof rec.date === 'string' ? rec.date : null);
    if (Number.isNaN(day)) continue;
    let keys = placeKeys({ places: rec.places.filter((p) => p && p.level !== 'country') }, false);
    // a claim that says its strike hit one belligerent's territory is not about a place of the other
    // that the rest of its post names (regions either side calls its own are kept)
    const struck = typeof rec.content === 'string' ? struckCountry(rec.content) : null;
    const onStruckSide = (k: { key: string; rolled?: boolean }): boolean => {
      if (!struck) return true;
      const lex = territoryLexicon();
      const p = rec.places.find((x) => x && (k.key === `region:${x.admin1}` ? (k.rolled === true || x.level === 'admin1') : x.id === k.key));
      const country = p?.country ?? null;
      return !(country && BELLIGERENTS.has(country) && BELLIGERENTS.has(struck) && country !== struck && !(p?.admin1 && lex.shared.has(p.admin1)));
    };
    if (struck) keys = keys.filter(onStruckSide);
    // a responsibility claim at a town or village is also keyed by its region, for one incident the
    // other side names only at the region (`rolledUp`); it takes part in nothing else there
    if (opts.topic === 'responsibility') {
      for (const k of placeKeys({ places: rec.places.filter((p) => p && p.level !== 'country') }, true)) if (k.rolled && !keys.some((x) => x.key === k.key) && onStruckSide(k)) keys.push(k);
    }
    // An event in a third country (a missile or drones landing in Poland) is one incident there:
    // its claims meet at that country, whether they name a village or only the country. A country
    // the claim names as the doer or the denier ("accused the United States of being behind it",
    // "the United States had nothing to do with it") is a party, not the incident's place.
    const parties = new Set(rec.events.map((f) => (f && f.topic === opts.topic ? f.agentSide : null)).filter((s): s is Side => s !== null));
    for (const p of rec.places) {
      if (!p || !p.country || BELLIGERENTS.has(p.country) || parties.has(p.country)) continue;
      if (p.level === 'country' && p.name) countryNames.set(p.country, p.name);
      const key = `country:${p.country}`;
      if (!keys.some((k) => k.key === key)) keys.push({ key, name: p.level === 'country' ? p.name : p.country, level: 'place', rolled: true });
    }
    // A truce declared for the whole war is broken on both sides of the line: each side names places
    // on its own side ("despite the truce, the Ukrainian army shelled the Kursk region", «російська
    // армія порушила режим тиші» on the Donetsk front), so claims that name it meet once, for the war
    // (issue 9, Easter 2025). Only claims naming a truce: strikes elsewhere stay at their places.
    if (opts.topic === 'responsibility' && typeof rec.content === 'string' && rec.events.some((f) => f && f.topic === 'responsibility' && f.polarity === 1 && f.agentSide !== null && BELLIGERENTS.has(f.agentSide)) && (rec.truce === true || namesTruce(rec.content))) {
      const country = rec.places.find((p) => p && p.level === 'country' && !!p.country && BELLIGERENTS.has(p.country));
      if (!byPlace.has(TRUCE_KEY)) byPlace.set(TRUCE_KEY, { name: country?.name ?? null, level: 'place', wide: 'truce', items: [] });
      const g = byPlace.get(TRUCE_KEY)!;
      g.name ??= country?.name ?? null;
      for (const f of rec.events) {
        if (f && f.topic === 'responsibility' && f.polarity === 1 && f.agentSide !== null && BELLIGERENTS.has(f.agentSide)) g.items.push({ rec: r, day, fact: f, fine: false, coarse: false, rolled: false });
      }
    }
    for (const k of keys) {
      let g = byPlace.get(k.key);
      // a third country's capital keyed as a place is that country's government as often as the city
      const capital = k.key.startsWith('region:') || k.key.startsWith('country:') ? null : rec.places.find((p) => p && p.id === k.key && !!p.country && !BELLIGERENTS.has(p.country) && capitalOfSide(p, new Set([p.country])));
      const wide: Wide = k.key.startsWith('region:') ? 'region' : k.key.startsWith('country:') || capital ? 'country' : null;
      if (!g) byPlace.set(k.key, (g = { name: k.name, level: k.level, wide, items: [] }));
      // (a region's group opened by a town's claim carries the region's code: the region's own name, when a claim gives it)
      else if (!k.rolled && wide === 'region' && g.name === k.key.slice('region:'.length)) g.name = k.name;
      const country = capital ? capital.country : wide === 'country' ? k.key.slice('country:'.length) : null;
      // (a town, a village or a site of the country, not a whole region of it nor its capital: in war
      // reporting the capital is mostly the government, "the policy of Washington", "London's missiles")
      const fine = country !== null && rec.places.some((p) => p && p.country === country && p.level !== 'country' && p.level !== 'admin1' && !capitalOfSide(p, new Set([country])));
      // (the region named as such, "over the Belgorod region", with no town or village of it)
      const region = wide === 'region' ? k.key.slice('region:'.length) : null;
      // a town's claim rolls up only when all its towns and villages lie in this region (a summary of
      // strikes on Kharkiv, Odesa and Zaporizhzhia is no one incident in the Kharkiv region); a claim
      // is at the region only when it names no town or village at all
      const below = rec.places.filter((p) => p && p.level !== 'admin1' && p.level !== 'country');
      const rolled = region !== null && k.rolled && below.every((p) => p.admin1 === region);
      const coarse = region !== null && !k.rolled && below.length === 0;
      if (k.rolled && region !== null && !rolled) continue;
      for (const f of rec.events) {
        if (f && f.topic === opts.topic && (f.polarity === 1 || f.polarity === -1)) g.items.push({ rec: r, day, fact: f, fine, coarse, rolled });
      }
    }
  }
  const out: Dispute[] = [];
  const seen = new Set<string>();
  const deniers = opts.topic === 'cause' ? ownDenials(records) : new Set<string>();
  const wide = opts.topic === 'responsibility' && opts.agreements ? countryWideOwnStrikes(records) : [];
  for (const [place, g] of byPlace) {
    // a group a claim naming a town of the country opened carries the country's code: name it
    if (place.startsWith('country:') && g.name === place.slice('country:'.length)) g.name = countryNames.get(g.name) ?? g.name;
    g.items.sort((a, b) => a.day - b.day || a.rec - b.rec);
    // the claims keyed by the place itself, then (a region's group) with its towns' claims for `rolledUp`
    const passes: [EvItem[], boolean][] = [[g.items.filter((it) => !it.rolled), false]];
    if (g.wide === 'region' && g.items.some((it) => it.rolled) && g.items.some((it) => it.coarse)) passes.push([g.items, true]);
    for (const [items, rollup] of passes) {
      let i = 0;
      while (i < items.length) {
        let j = i + 1;
        while (j < items.length && items[j]!.day - items[i]!.day <= opts.windowDays) j++;
        if (j - i >= 2) {
          const win = items.slice(i, j);
          const from = isoDay(win[0]!.day);
          const to = isoDay(win[win.length - 1]!.day);
          const topic = (topicName: 'responsibility' | 'cause', side: Side | null): Topic => ({
            key: `${place}|${from}..${to}|e|${topicName}`, place, placeName: g.name, level: g.level, from, to,
            what: { type: 'event', topic: topicName, subjectSide: side },
          });
          const found = rollup ? [rolledUp(records, win, topic('responsibility', null))]
            : opts.topic === 'responsibility' ? responsibility(records, win, topic('responsibility', null), g.wide) : causeOrWeapon(cause(records, win, topic('cause', null), deniers), () => weaponClassDisputes(records, win, topic('cause', null), g.wide));
          // (no dispute over who did it in the window: the sides that name one doer agree on it)
          // (a region's group with its towns' claims: only a claim naming the region alone and one naming a
          // town of it meet there, `levels`; two towns of one region are two strikes)
          if (opts.topic === 'responsibility' && (rollup ? g.wide === 'region' : g.wide === null) && opts.agreements) {
            const blamed = found.some((d) => d && d.reason !== 'target');
            // (the doer's own claim of a strike across the other side's whole country that night, at a town of it: `countryWideOwnStrikes`)
            const near = rollup ? [] : wideAt(records, wide, win, place);
            const all = near.length > 0 ? [...win, ...near] : win;
            const a = (blamed ? null : doerAgreement(records, all, topic('responsibility', null), rollup)) ?? claimedStrikeAgreement(records, all, topic('responsibility', null), rollup);
            if (a && !seen.has(`a|${a.side.claims.join(',')}`)) {
              seen.add(`a|${a.side.claims.join(',')}`);
              opts.agreements.push(a);
            }
          }
          for (const d of found) {
            if (!d) continue;
            // a truce's breaking is argued by the two sides in their own texts: one text that retells the other
            // side's claim and answers it («твердження російської сторони ... не відповідають дійсності»)
            // is a denial at its place, not the war's truce dispute
            if (place === TRUCE_KEY && !acrossTexts(d)) continue;
            // one dispute per set of claims (a claim about a town and its region would repeat it)
            const key = `${d.reason}|${d.sides.map((s) => s.claims.join(',')).join(';')}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(d);
          }
        }
        i = j;
      }
    }
  }
  if (opts.topic === 'responsibility') {
    for (const d of strikeTargets(records)) {
      // a strike whose target a place's own window already set against the striking side's account stays there
      if (out.some((e) => e.kind === 'responsibility' && sharesSides(e, d))) continue;
      out.push(d);
    }
    for (const d of accusedDenials(records)) {
      // a blame and a denial that a place's own window already set against each other stay there
      const [a, b] = d.sides.map((x) => new Set(x.claims));
      if (out.some((e) => e.kind === 'responsibility' && e.sides.some((x) => x.claims.some((c) => a!.has(c))) && e.sides.some((x) => x.claims.some((c) => b!.has(c))))) continue;
      out.push(d);
    }
  }
  return out;
}

/**
 * The doer's own claims of a strike across the other belligerent's whole country (lane agree12): its
 * official voice says its side struck and names that country as the only place («Вооружённые силы
 * Российской Федерации нанесли массированный удар ... по предприятиям военно-промышленного комплекса
 * Украины»). Such a claim is keyed to no place; it takes part only in the agreements on who struck at a
 * town of that country that the struck side reports struck by the same doer the same or the next day
 * (`wideAt`), never in a dispute. A claim naming another doer or a denial takes no part.
 */
function countryWideOwnStrikes(records: readonly ClaimRecord[]): EvItem[] {
  const out: EvItem[] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (!rec || !Array.isArray(rec.events) || !Array.isArray(rec.places) || rec.places.length === 0) continue;
    const sp = rec.speaker;
    const own = sp?.side ?? null;
    if (!own || !BELLIGERENTS.has(own) || sp?.official !== true) continue;
    if (!rec.places.every((p) => p && p.level === 'country')) continue;
    if (!rec.places.some((p) => p && p.country === opponent(own))) continue;
    const day = dayNumber(typeof rec.date === 'string' ? rec.date : null);
    if (Number.isNaN(day)) continue;
    const resp = rec.events.filter((f) => f && f.topic === 'responsibility');
    if (resp.some((f) => f.polarity !== 1 || f.agentSide !== own)) continue;
    if ((rec.statuses ?? []).some((st) => st && (st.denial || (st.topic === 'attack' && st.polarity === -1)))) continue;
    const f = resp[0];
    if (f) out.push({ rec: r, day, fact: f, fine: false, coarse: false, rolled: false });
  }
  return out;
}

/**
 * The country-wide own strikes (`countryWideOwnStrikes`) that meet a window of claims at `place`: the
 * place lies in the country the strike was claimed on, outside the regions either side calls its own
 * (data/strike-territory-ruuk.tsv `region` rows), and a claim of the window from a speaker of that
 * country's side names the same doer within a day of it.
 */
function wideAt(records: readonly ClaimRecord[], wide: readonly EvItem[], win: readonly EvItem[], place: string): EvItem[] {
  if (wide.length === 0 || place.startsWith('region:') || place.startsWith('country:') || place === TRUCE_KEY) return [];
  const at = win.map((it) => records[it.rec]!.places.find((p) => p && p.id === place) ?? null).find((p) => p !== null) ?? null;
  const country = at?.country ?? null;
  // (not in a region either side calls its own, Crimea or the annexed regions: a strike claimed on
  // "Ukraine" names none of them, «Крымский мост» is no target of a massed strike on Ukraine's energy)
  if (!country || (at?.admin1 && territoryLexicon().shared.has(at.admin1))) return [];
  return wide.filter((w) => {
    const doer = w.fact.agentSide;
    if (!doer || opponent(doer) !== country || win.some((it) => it.rec === w.rec)) return false;
    return win.some((it) => it.fact.topic === 'responsibility' && it.fact.polarity === 1 && it.fact.agentSide === doer && Math.abs(it.day - w.day) <= 1 && itemSide(records, it, doer) === country);
  });
}

/** Whether two sides of `d` hold claims of two different documents (claim ids are `<documentId>#<index>`). */
function acrossTexts(d: Dispute): boolean {
  const docs = d.sides.map((x) => new Set(x.claims.map((c) => c.slice(0, c.lastIndexOf('#')))));
  return docs.some((a, i) => docs.some((b, j) => i !== j && [...a].some((x) => [...b].some((y) => x !== y))));
}

/** Whether dispute `e` sets a claim of one side of `d` against a claim of another side of `d`. */
function sharesSides(e: Dispute, d: Dispute): boolean {
  const sets = d.sides.map((x) => new Set(x.claims));
  return sets.some((a, i) => sets.some((b, j) => i !== j && e.sides.some((x) => x.claims.some((c) => a.has(c))) && e.sides.some((y) => y.claims.some((c) => b.has(c)))));
}

/** One claim's account of what a strike hit, as `strikeTargets` pairs them. */
interface TargetAccount extends EvItem {
  /** who struck: the fact's doer, or (the struck side's account naming none) the speaker's enemy */
  doer: Side;
  /** the speaker's side */
  own: Side;
  /** the places below a region the claim names (towns, villages, districts, sites) */
  below: PlaceRef[];
  /** the first-level regions it names as such */
  regions: Set<string>;
  /** the countries it names as such */
  countries: Set<string>;
}

/** Whether place `p` lies on the territory of side `s` as that side's speakers count it (its country, or a region either side calls its own: data/strike-territory-ruuk.tsv). */
function onTerritory(p: PlaceRef, s: Side): boolean {
  return p.country === s || (BELLIGERENTS.has(s) && p.admin1 !== null && territoryLexicon().shared.has(p.admin1));
}

/**
 * The accounts of what a strike hit (lane target10) that a claim gives: the striking side's own
 * speaker saying its side hit a military object (`target` military), or a speaker of another side
 * saying that side hit a civilian one (`target` civilian or mixed). A strike the struck side tells
 * without naming its doer («Рыльск подвергся ракетному удару», "a drone hit an apartment block"),
 * at places that all lie on the speaker's own territory, was made by the speaker's enemy (a
 * governor or a ministry does not report its own side's strike on its own town as an unnamed one).
 * A claim naming two doers, or the striking side's own account naming a civilian object, gives none.
 */
function targetAccounts(records: readonly ClaimRecord[]): { military: TargetAccount[]; civilian: TargetAccount[]; admits: TargetAccount[] } {
  const military: TargetAccount[] = [];
  const civilian: TargetAccount[] = [];
  const admits: TargetAccount[] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    const own = rec?.speaker?.side ?? null;
    if (!rec || !own || !Array.isArray(rec.events) || !Array.isArray(rec.places)) continue;
    const day = dayNumber(typeof rec.date === 'string' ? rec.date : null);
    if (Number.isNaN(day)) continue;
    const facts = rec.events.filter((f) => f && f.polarity === 1 && f.target && (f.topic === 'responsibility' || (f.topic === 'cause' && f.cause === 'attack')));
    if (facts.length === 0) continue;
    const named = new Set(rec.events.filter((f) => f && f.topic === 'responsibility' && f.polarity === 1 && f.agentSide).map((f) => f.agentSide!));
    if (named.size > 1) continue;
    const below = rec.places.filter((p) => p && p.level !== 'admin1' && p.level !== 'country');
    const regions = new Set(rec.places.filter((p) => p && p.level === 'admin1' && p.admin1).map((p) => p.admin1!));
    const countries = new Set(rec.places.filter((p) => p && p.level === 'country' && p.country).map((p) => p.country!));
    const struck = rec.places.filter((p) => p && p.level !== 'country');
    const implied = struck.length > 0 && struck.every((p) => onTerritory(p, own)) ? opponent(own) : null;
    const doer = named.size === 1 ? [...named][0]! : implied;
    if (!doer || !BELLIGERENTS.has(doer)) continue;
    const f = facts.find((x) => x.agentSide === doer || x.agentSide === null)!;
    if (!f) continue;
    const kinds = new Set(facts.map((x) => x.target));
    const base: TargetAccount = { rec: r, day, fact: f, fine: false, coarse: false, rolled: false, doer, own, below, regions, countries };
    if (own === doer && named.size === 1) {
      if (kinds.has('civilian') || kinds.has('mixed')) admits.push(base);
      else if (kinds.has('military')) military.push(base);
    } else if (own !== doer && (kinds.has('civilian') || kinds.has('mixed'))) civilian.push(base);
  }
  return { military, civilian, admits };
}

/**
 * Disputes over what one strike hit (lane target10), where the windows of one place do not set the
 * two accounts against each other: the striking side's statement names no town, only the country or
 * the region it struck that night ("massed strike on the enterprises of Ukraine's military-industrial
 * complex ... all designated targets hit"; «уразили командний пункт противника в Курській області»),
 * or the struck side's account names no doer. The struck side's civilian account (a town, or up to
 * three places of one region) meets the striking side's military account when the two are at most a
 * day apart (a night strike is dated on both days), their weapons do not differ, and the military
 * account's towns, if it names any (at most two), include the civilian account's, else its regions
 * hold it, else the countries it names do; the struck side's account then names its place in its own
 * words (its content or sentence). The striking side's own speaker saying a civilian object
 * was hit there ("an air base and a hospital next to it") leaves nothing disputed. Two strikes on two
 * named towns, or on two nights, never meet; nor two voices of one side. One dispute per doer and
 * strike (the accounts joined through shared claims: a statement naming only the country meets the
 * accounts of every town it hit), named at the place the struck side's accounts name most.
 */
export function strikeTargets(records: readonly ClaimRecord[]): Dispute[] {
  const { military, civilian, admits } = targetAccounts(records);
  if (military.length === 0 || civilian.length === 0) return [];
  const oneStrike = (a: EvItem, b: EvItem): boolean => !a.fact.weapons || !b.fact.weapons || a.fact.weapons.some((k) => b.fact.weapons!.includes(k));
  /** the place key of a civilian account: its one town, or its region */
  const struckAt = (c: TargetAccount): PlaceRef | string | null => {
    if (c.below.length > 0) {
      const regs = new Set(c.below.map((p) => p.admin1));
      return c.below.length <= 3 && regs.size === 1 ? c.below[0]! : null;
    }
    return c.regions.size === 1 ? [...c.regions][0]! : null;
  };
  const meets = (m: TargetAccount, c: TargetAccount): boolean => {
    if (m.doer !== c.doer || Math.abs(m.day - c.day) > 1 || !oneStrike(m, c) || textKey(records[m.rec]!) === textKey(records[c.rec]!) && records[m.rec]!.speaker?.name === records[c.rec]!.speaker?.name) return false;
    const at = struckAt(c);
    if (at === null) return false;
    const region = typeof at === 'string' ? at : at.admin1;
    const country = typeof at === 'string' ? (c.regions.size > 0 ? records[c.rec]!.places.find((p) => p && p.level === 'admin1')?.country ?? null : null) : at.country;
    if (m.below.length > 0) return m.below.length <= 2 && typeof at !== 'string' && c.below.some((p) => m.below.some((q) => q.id === p.id));
    // the striking side names no town: the struck side's account names its own (its content or
    // sentence does, not a headline or a caption elsewhere in the text)
    const from = records[c.rec]!.placeFrom;
    if (from !== 'content' && from !== 'sentence') return false;
    if (m.regions.size > 0) return region !== null && m.regions.has(region);
    return country !== null && m.countries.has(country);
  };
  // the pairs of one doer, joined through shared claims into one strike each: a statement naming only
  // the country it struck that night meets the struck side's accounts of every town it hit, and is one
  // dispute, not one per town
  // accounts by doer and day: a civilian account looks only at the military accounts and admissions of
  // its doer on its own day and the days either side (`meets` needs both), in ledger order, not at all
  // of them (the whole-ledger scan was O(military x civilian))
  const byDay = (list: TargetAccount[]): Map<string, { i: number; a: TargetAccount }[]> => {
    const m = new Map<string, { i: number; a: TargetAccount }[]>();
    list.forEach((a, i) => { const k = `${a.doer}|${a.day}`; (m.get(k) ?? m.set(k, []).get(k)!).push({ i, a }); });
    return m;
  };
  const near = (index: Map<string, { i: number; a: TargetAccount }[]>, c: TargetAccount): TargetAccount[] =>
    [-1, 0, 1].flatMap((dd) => index.get(`${c.doer}|${c.day + dd}`) ?? []).sort((x, y) => x.i - y.i).map((x) => x.a);
  const milIndex = byDay(military);
  const admitIndex = byDay(admits);
  const pairs = new Map<Side, [TargetAccount, TargetAccount][]>();
  for (const c of civilian) {
    if (struckAt(c) === null) continue;
    // the striking side itself says a civilian object was hit there
    if (near(admitIndex, c).some((a) => meets(a, c))) continue;
    for (const m of near(milIndex, c)) if (meets(m, c)) (pairs.get(c.doer) ?? pairs.set(c.doer, []).get(c.doer)!).push([m, c]);
  }
  const key = (at: PlaceRef | string): string => (typeof at === 'string' ? `region:${at}` : at.id);
  const out: Dispute[] = [];
  for (const [doer, list] of pairs) {
    const sets = new DisjointSets<number>();
    for (const [m, c] of list) sets.union(m.rec, c.rec);
    const groups = new Map<number, { mil: Set<TargetAccount>; civ: Set<TargetAccount> }>();
    for (const [m, c] of list) {
      const root = sets.find(m.rec);
      const x = groups.get(root) ?? groups.set(root, { mil: new Set(), civ: new Set() }).get(root)!;
      x.mil.add(m);
      x.civ.add(c);
    }
    for (const { mil, civ } of groups.values()) {
      // named at the place the struck side's accounts name most (the first named, on a tie)
      const count = new Map<string, { at: PlaceRef | string; n: number }>();
      for (const c of civ) {
        const at = struckAt(c)!;
        const x = count.get(key(at)) ?? count.set(key(at), { at, n: 0 }).get(key(at))!;
        x.n++;
      }
      let best: { at: PlaceRef | string; n: number } | null = null;
      for (const x of count.values()) if (!best || x.n > best.n) best = x;
      const at = best!.at;
      const all = [...mil, ...civ];
      const days = all.map((it) => it.day);
      const from = isoDay(Math.min(...days));
      const to = isoDay(Math.max(...days));
      const region = typeof at === 'string' ? at : null;
      const name = typeof at === 'string' ? (all.flatMap((it) => records[it.rec]!.places).find((p) => p && p.level === 'admin1' && p.admin1 === region)?.name ?? region) : at.name;
      const topic: Topic = {
        key: `${key(at)}|${from}..${to}|e|responsibility`, place: key(at), placeName: name, level: region !== null ? 'region' : 'place', from, to,
        what: { type: 'event', topic: 'responsibility', subjectSide: null },
      };
      const d = targetSides(records, doer, uniq([...mil]), uniq([...civ]), topic);
      if (d) out.push(d);
    }
  }
  return out;
}

/** One claim's accusation or denial as `accusedDenials` pairs them. */
interface Answer extends EvItem {
  /** the first-level region the claim names and nothing below it ("the Kharkiv region"), else null */
  region: string | null;
  /** the places below a region the claim names (towns, villages, districts, sites) */
  below: PlaceRef[];
}

/**
 * Responsibility disputes between an accusation and the accused's own denial of one event, which the
 * windows of one place miss: the accuser names the doer at one level of the place hierarchy and the
 * accused answers at another (the region against a town or district of it), or answers days later,
 * up to `denial_window_days` (data/compare.tsv) after the accusation (Izium, September 2022: "Russia
 * would have to answer for it" at the Kharkiv region; five days later «Сообщения о массовом захоронении
 * в Изюме — ложь»). The accusation: a claim naming one side as the doer, by a speaker of another known
 * side. The denial: by a speaker of the accused side, either "not done by" that side or a bare denial
 * of the reports (a status `event` denial, in a claim with no responsibility fact of its own). The two
 * meet at one place, or one names only a region and the other a town or district of it (all the
 * accusation's towns lie in it; the denial names at most three places below a region); two towns of
 * one region are two places, never one event here. They tell of one strike (no disjoint weapon kinds,
 * no two different targets: `sameStrike`). One dispute per place and accused side, named at the region
 * when the two levels differ; the country is never such a place.
 */
export function accusedDenials(records: readonly ClaimRecord[]): Dispute[] {
  const limit = compareLexicon().denialWindowDays;
  if (!(limit > 0)) return [];
  const blames: Answer[] = [];
  const denials: Answer[] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    const own = rec?.speaker?.side ?? null;
    if (!rec || !own || !Array.isArray(rec.places)) continue;
    const day = dayNumber(typeof rec.date === 'string' ? rec.date : null);
    if (Number.isNaN(day)) continue;
    const below = rec.places.filter((p) => p && p.level !== 'admin1' && p.level !== 'country');
    const regions = [...new Set(rec.places.filter((p) => p && p.level === 'admin1' && p.admin1).map((p) => p.admin1!))];
    const region = below.length === 0 && regions.length === 1 ? regions[0]! : null;
    // (a claim placed at no region or town still meets the other claims of its own text: `sameText`)
    const base = { rec: r, day, fine: false, coarse: region !== null, rolled: false, region, below };
    const facts = (Array.isArray(rec.events) ? rec.events : []).filter((f) => f && f.topic === 'responsibility' && f.agentSide);
    // a claim naming two doers, or a side as doer and not, stands on neither here
    const doers = new Set(facts.filter((f) => f.polarity === 1).map((f) => f.agentSide!));
    const denied = new Set(facts.filter((f) => f.polarity === -1).map((f) => f.agentSide!));
    if (doers.size === 1 && denied.size === 0) {
      const f = facts.find((x) => x.polarity === 1)!;
      if (f.agentSide !== own) blames.push({ ...base, fact: f });
    } else if (doers.size === 0 && denied.has(own)) {
      denials.push({ ...base, fact: facts.find((x) => x.polarity === -1 && x.agentSide === own)! });
    } else if (facts.length === 0 && Array.isArray(rec.statuses)) {
      const s = rec.statuses.find((x) => x && x.topic === 'event' && x.polarity === -1 && x.denial);
      if (s) denials.push({ ...base, fact: { topic: 'responsibility', agentSide: own, polarity: -1, cause: null, text: s.text, start: s.start, end: s.end } });
    }
  }
  if (blames.length === 0 || denials.length === 0) return [];
  const inRegion = (a: Answer, region: string, all: boolean): boolean =>
    a.below.length > 0 && (all ? a.below.every((p) => p.admin1 === region) : a.below.length <= 3 && a.below.some((p) => p.admin1 === region));
  /** the place key where accusation `b` and denial `d` meet, or null */
  const meet = (b: Answer, d: Answer): string | null => {
    if (b.region !== null && d.region === b.region) return `region:${b.region}`;
    if (b.region !== null) return inRegion(d, b.region, false) ? `region:${b.region}` : null;
    if (d.region !== null) return inRegion(b, d.region, true) ? `region:${d.region}` : null;
    const shared = b.below.find((p) => d.below.some((q) => q.id === p.id));
    return shared ? shared.id : null;
  };
  // the pairs of one place and accused side, joined through shared claims into one episode each
  // (a blame answered by two denials, two blames by one denial); never across unrelated months
  // denials by accused side and region (a place with no region by its id), sorted by day: an
  // accusation looks only at the denials of its side, regions and days (no all-pairs scan)
  const cell = (a: Answer): string[] => [...new Set((a.region !== null ? [a.region] : a.below.map((p) => p.admin1 ?? `id:${p.id}`)))].map((k) => `${a.fact.agentSide}|${k}`);
  const index = new Map<string, Answer[]>();
  for (const d of denials) for (const k of cell(d)) (index.get(k) ?? index.set(k, []).get(k)!).push(d);
  for (const l of index.values()) l.sort((x, y) => x.day - y.day);
  const pairs = new Map<string, [Answer, Answer][]>();
  // an accusation and the accused's denial told in one text are about one incident, wherever each
  // claim is placed ("The Kremlin accused the United States ... Kirby said the United States had
  // nothing to do with it"): they meet at the place the text's responsibility claims name most (lane miss9)
  const byText = groupBy(denials, (d) => textKey(records[d.rec]!));
  // the records of those texts, in one pass (a text's place is read from its own records only)
  const ofText = byText.size > 0 ? groupBy(records.filter((r) => r && byText.has(textKey(r))), textKey) : new Map<string, ClaimRecord[]>();
  const textPlaces = new Map<string, PlaceRef | null>();
  /** The town or site that at least two of the text's responsibility claims name, the most named one; null when none. */
  const placeOfText = (k: string): PlaceRef | null => {
    if (textPlaces.has(k)) return textPlaces.get(k)!;
    const count = new Map<string, { p: PlaceRef; n: number }>();
    for (const r of ofText.get(k) ?? []) {
      if (!Array.isArray(r.events) || !r.events.some((f) => f && f.topic === 'responsibility') || !Array.isArray(r.places)) continue;
      const seen = new Set<string>();
      for (const p of r.places) {
        if (!p || p.level === 'country' || p.level === 'admin1' || seen.has(p.id)) continue;
        seen.add(p.id);
        const c = count.get(p.id);
        if (c) c.n++;
        else count.set(p.id, { p, n: 1 });
      }
    }
    let best: { p: PlaceRef; n: number } | null = null;
    for (const c of count.values()) if (c.n >= 2 && (!best || c.n > best.n)) best = c;
    textPlaces.set(k, best?.p ?? null);
    return best?.p ?? null;
  };
  const textPlaceById = new Map<string, PlaceRef>();
  // a claim placed by its own words (its content or sentence names a town): a roundup's "Kyiv denied
  // striking the hospital in Kharkiv" is about Kharkiv, not about the text's other incident
  const ownPlaced = (a: Answer): boolean => a.below.length > 0 && (records[a.rec]!.placeFrom === 'content' || records[a.rec]!.placeFrom === 'sentence');
  for (const b of blames) {
    for (const d of byText.get(textKey(records[b.rec]!)) ?? []) {
      if (d.rec === b.rec || d.fact.agentSide !== b.fact.agentSide || Math.abs(d.day - b.day) > 1 || meet(b, d) !== null || !sameStrike(records, b, d)) continue;
      if (ownPlaced(b) && ownPlaced(d)) continue;
      const p = placeOfText(textKey(records[b.rec]!));
      if (p === null || [b, d].some((a) => ownPlaced(a) && !a.below.some((x) => x.id === p.id))) continue;
      textPlaceById.set(p.id, p);
      const key = `${p.id}|${b.fact.agentSide}`;
      (pairs.get(key) ?? pairs.set(key, []).get(key)!).push([b, d]);
    }
  }
  for (const b of blames) {
    const near = new Set<Answer>();
    for (const k of cell(b)) {
      const l = index.get(k);
      if (!l) continue;
      let lo = 0;
      let hi = l.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (l[mid]!.day < b.day - 1) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < l.length && l[i]!.day - b.day <= limit; i++) near.add(l[i]!);
    }
    for (const d of near) {
      if (d.rec === b.rec) continue; // (the index cell holds the agent side: `near` has only denials of b's accused side)
      const place = meet(b, d);
      if (place === null || !sameStrike(records, b, d)) continue;
      // days apart at two levels of the place hierarchy, a denial of a named object (a market, a
      // school) answers only a report of that object, or of the same weapon or toll (lane fixF)
      if (Math.abs(d.day - b.day) > 1 && (b.region !== null) !== (d.region !== null) && !answersObject(records[b.rec]!, records[d.rec]!)) continue;
      const key = `${place}|${b.fact.agentSide}`;
      (pairs.get(key) ?? pairs.set(key, []).get(key)!).push([b, d]);
    }
  }
  const groups: { place: string; side: Side; blames: EvItem[]; denials: EvItem[] }[] = [];
  for (const [key, list] of pairs) {
    const place = key.slice(0, key.lastIndexOf('|'));
    const side = key.slice(key.lastIndexOf('|') + 1);
    const sets = new DisjointSets<number>();
    for (const [b, d] of list) sets.union(b.rec, d.rec);
    // (an Answer per record: a set of them holds each record once, so no second dedupe)
    const byRoot = new Map<number, { place: string; side: Side; blames: Set<EvItem>; denials: Set<EvItem> }>();
    for (const [b, d] of list) {
      const root = sets.find(b.rec);
      const g = byRoot.get(root) ?? byRoot.set(root, { place, side, blames: new Set(), denials: new Set() }).get(root)!;
      g.blames.add(b);
      g.denials.add(d);
    }
    for (const g of byRoot.values()) groups.push({ ...g, blames: [...g.blames], denials: [...g.denials] });
  }
  const out: Dispute[] = [];
  for (const g of groups) {
    const all = [...g.blames, ...g.denials];
    const days = all.map((it) => it.day);
    const from = isoDay(Math.min(...days));
    const to = isoDay(Math.max(...days));
    const region = g.place.startsWith('region:') ? g.place.slice('region:'.length) : null;
    const at = (p: PlaceRef | undefined): boolean => !!p && (region !== null ? p.level === 'admin1' && p.admin1 === region : p.id === g.place);
    // (a text's place that neither claim of the pair names: its name from the text's other claims)
    const named = all.flatMap((it) => records[it.rec]!.places).find(at) ?? (region === null ? textPlaceById.get(g.place) : undefined);
    const topic: Topic = {
      key: `${g.place}|${from}..${to}|e|responsibility`, place: g.place, placeName: named?.name ?? region ?? null, level: region !== null ? 'region' : 'place', from, to,
      what: { type: 'event', topic: 'responsibility', subjectSide: null },
    };
    const d = responsibilityDispute(records, new Map([[`${g.side}|1`, g.blames], [`${g.side}|-1`, g.denials]]), topic);
    if (d) out.push(d);
  }
  return out;
}

/** Distinct records of items (one claim may name one event twice). */
function uniq(items: EvItem[]): EvItem[] {
  const s = new Set<number>();
  return items.filter((it) => (s.has(it.rec) ? false : (s.add(it.rec), true)));
}

/**
 * The responsibility disputes of one window: one dispute, or, when the speakers come from three or
 * more sides (the two belligerents and a third country's investigators), one per pair of speakers'
 * sides that contradict each other (UA against RU, UA against PL).
 */
function responsibility(records: readonly ClaimRecord[], win: EvItem[], topic: Topic, wide: Wide = null): Dispute[] {
  const pos = new Map<string, EvItem[]>();
  for (const it of win) {
    if (it.fact.topic !== 'responsibility' || !it.fact.agentSide) continue;
    const k = `${it.fact.agentSide}|${it.fact.polarity}`;
    const l = pos.get(k);
    if (l) l.push(it);
    else pos.set(k, [it]);
  }
  const speakerSide = (it: EvItem): Side | null => records[it.rec]!.speaker?.side ?? null;
  // A claim on two positions that do not go together (one side did and did not; two sides each
  // did it) stands on none; "we did not strike it, they blew it up" (X not, Y did) stands on both.
  // A speaker of a known side who names two other sides as doers accuses both (a state and the
  // one it says stands behind it: "Kyiv did it, on Washington's orders"): that stands on both too.
  const posOf = new Map<number, Set<string>>();
  for (const [k, l] of pos) for (const it of l) (posOf.get(it.rec) ?? posOf.set(it.rec, new Set()).get(it.rec)!).add(k);
  const coherent = (it: EvItem): boolean => {
    const ks = posOf.get(it.rec)!;
    if (ks.size === 1) return true;
    const list = [...ks].map((k) => k.split('|'));
    const sides = new Set(list.map(([s]) => s));
    if (sides.size !== list.length) return false;
    const doers = list.filter(([, p]) => p === '1').map(([s]) => s);
    if (doers.length <= 1) return true;
    const own = speakerSide(it);
    return own !== null && !doers.includes(own);
  };
  for (const [k, l] of pos) pos.set(k, uniq(l.filter(coherent)));
  // Claims that do not come from the doer's own side (a side's own report of its strike accuses no one).
  const accusers = (l: EvItem[], side: string): EvItem[] => l.filter((it) => speakerSide(it) !== side);
  const keys = [...pos.keys()].filter((k) => pos.get(k)!.length > 0);
  const involved = new Map<string, EvItem[]>();
  const conflicts: [string, string][] = [];
  for (let a = 0; a < keys.length; a++) {
    for (let b = a + 1; b < keys.length; b++) {
      const [sa, pa] = keys[a]!.split('|');
      const [sb, pb] = keys[b]!.split('|');
      const la = pos.get(keys[a]!)!;
      const lb = pos.get(keys[b]!)!;
      if (sa === sb && pa !== pb) {
        // affirmed against denied: the affirming claims count, the denial needs a voice of its own
        involved.set(keys[a]!, la);
        involved.set(keys[b]!, lb);
        conflicts.push([keys[a]!, keys[b]!]);
      } else if (sa !== sb && pa === '1' && pb === '1') {
        // (two doers in a whole region are two events; in a third country, claims on both sides name a place in it: see `Wide`)
        if (wide === 'region') continue;
        const xa = accusers(la, sa!).filter((it) => wide !== 'country' || it.fine);
        const xb = accusers(lb, sb!).filter((it) => wide !== 'country' || it.fine);
        if (xa.length === 0 || xb.length === 0) continue;
        // each side blames the other: one accuser's side is known, and the other accuser is not of it
        // (two strikes on one town by two sides, told by neutral narrators, are two events)
        if (!xa.some((x) => xb.some((y) => (speakerSide(x) !== null || speakerSide(y) !== null) && speakerSide(x) !== speakerSide(y)))) continue;
        involved.set(keys[a]!, xa);
        involved.set(keys[b]!, xb);
        conflicts.push([keys[a]!, keys[b]!]);
      }
    }
  }
  if (involved.size < 2) {
    const t = wide === null ? targetDispute(records, win, topic) : null;
    return t ? [t] : [];
  }
  const one = responsibilityDispute(records, involved, topic);
  // three or more speakers' sides: one dispute per pair of sides that contradict each other
  const known = new Set([...involved.values()].flat().map(speakerSide).filter((x): x is Side => x !== null));
  if (known.size < 3) return one ? [one] : [];
  const out: Dispute[] = [];
  const list = [...known].sort();
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const pair = new Map<string, EvItem[]>();
      for (const [ka, kb] of conflicts) {
        const la = involved.get(ka) ?? [];
        const lb = involved.get(kb) ?? [];
        for (const [p, q] of [[list[x], list[y]], [list[y], list[x]]] as const) {
          const fa = la.filter((it) => speakerSide(it) === p);
          const fb = lb.filter((it) => speakerSide(it) === q);
          if (fa.length === 0 || fb.length === 0) continue;
          pair.set(ka, uniq([...(pair.get(ka) ?? []), ...fa]));
          pair.set(kb, uniq([...(pair.get(kb) ?? []), ...fb]));
        }
      }
      if (pair.size < 2) continue;
      const d = responsibilityDispute(records, pair, topic);
      if (d) out.push(d);
    }
  }
  return out.length > 0 ? out : one ? [one] : [];
}

/**
 * The responsibility dispute of one incident named at two levels in a region's window: claims of one
 * side's speakers name only the region as the place where the other side did it ("Russia accused
 * Ukraine of shooting the plane down over the Belgorod region"), claims of the other side's speakers
 * name a town or village of that region where the first side did it ("came down near Yablonovo"):
 * each side blames the other for one event. Two doers each named only for the whole region, or at
 * two towns of it, are two sides' strikes there and no dispute (real channel posts: drones over the
 * Kursk region one night, a strike on positions in it another day). Null when there is none.
 */
function rolledUp(records: readonly ClaimRecord[], win: EvItem[], topic: Topic): Dispute | null {
  const side = (it: EvItem): Side | null => records[it.rec]!.speaker?.side ?? null;
  const affirmed = win.filter((it) => it.fact.topic === 'responsibility' && it.fact.polarity === 1 && it.fact.agentSide);
  // a claim that names two doers stands on neither here
  const doers = new Map<number, Set<string>>();
  for (const it of affirmed) (doers.get(it.rec) ?? doers.set(it.rec, new Set()).get(it.rec)!).add(it.fact.agentSide!);
  const one = affirmed.filter((it) => doers.get(it.rec)!.size === 1);
  for (const coarse of one.filter((it) => it.coarse)) {
    const sa = coarse.fact.agentSide!;
    const sb = side(coarse);
    if (sb === null || sb === sa) continue;
    // the coarse side: speakers of sb blaming sa at the region; the fine side: speakers of sa blaming sb at a place in it
    const a = uniq(one.filter((it) => it.coarse && it.fact.agentSide === sa && side(it) === sb && Math.abs(it.day - coarse.day) <= 1));
    // one incident: the town's claim within a day of the region's, naming no other weapon or target (review4 #3)
    const b = uniq(one.filter((it) => it.rolled && it.fact.agentSide === sb && side(it) === sa && Math.abs(it.day - coarse.day) <= 1 && sameStrike(records, coarse, it)));
    if (b.length === 0) continue;
    const d = responsibilityDispute(records, new Map([[`${sa}|1`, a], [`${sb}|1`, b]]), topic);
    if (d) return d;
  }
  return null;
}

/** `weaponKinds` and `targetPhrases` of a record, read once (records are not changed by compare). */
const kindsOf = new WeakMap<ClaimRecord, ReadonlySet<string>>();
const targetsOf = new WeakMap<ClaimRecord, ReadonlySet<string>>();
/** The kinds of weapon (data/weapon-kinds.tsv) the content of `rec` names (read-only; cached per record). */
function weaponKinds(rec: ClaimRecord): ReadonlySet<string> {
  const known = kindsOf.get(rec);
  if (known) return known;
  const out = new Set<string>();
  kindsOf.set(rec, out);
  for (const w of (rec.content ?? '').toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []) addWeaponKinds(w, out);
  return out;
}

/**
 * Whether denial `den` may answer accusation `acc` of a strike days before: the denial names no
 * object of data/target-words.tsv, or the accusation names one of those it names (across Latin and
 * Cyrillic script, one of its kind: civilian or military), or the two share a
 * kind of weapon (data/weapon-kinds.tsv) or a toll (the same number of killed or wounded). A region
 * "shelled overnight" on 1 June is no market in Kupiansk denied on 6 June (review 2).
 */
function answersObject(acc: ClaimRecord, den: ClaimRecord): boolean {
  const targets = (r: ClaimRecord): ReadonlySet<string> => targetsOf.get(r) ?? targetsOf.set(r, targetPhrases(r.content ?? '')).get(r)!;
  const td = targets(den);
  if (td.size === 0) return true;
  const ta = targets(acc);
  if ([...td].some((t) => ta.has(t))) return true;
  // the table's phrases are of one language each: across scripts ("civilians" / «мирных жителей»)
  // the kind of object (civilian or military) stands for the phrase
  if (hasCyrillic(acc.content ?? '') !== hasCyrillic(den.content ?? '')) {
    const ka = new Set([...ta].map(targetClass));
    if ([...td].some((t) => ka.has(targetClass(t)))) return true;
  }
  const wa = weaponKinds(acc);
  if ([...weaponKinds(den)].some((k) => wa.has(k))) return true;
  const toll = (r: ClaimRecord): Set<string> => new Set((r.quantities ?? []).filter((q) => q.unit === 'killed' || q.unit === 'wounded').map((q) => `${q.unit}:${q.value}`));
  const la = toll(acc);
  return [...toll(den)].some((k) => la.has(k));
}

/** Whether two claims may tell of one strike: they name no disjoint kinds of weapon and no two different targets. */
function sameStrike(records: readonly ClaimRecord[], a: EvItem, b: EvItem): boolean {
  // (a `mixed` account, "a military institute and the hospital next to it", fits either kind)
  if (a.fact.target && b.fact.target && a.fact.target !== 'mixed' && b.fact.target !== 'mixed' && a.fact.target !== b.fact.target) return false;
  const wa = weaponKinds(records[a.rec]!);
  const wb = weaponKinds(records[b.rec]!);
  return wa.size === 0 || wb.size === 0 || [...wa].some((k) => wb.has(k));
}

/** `reportSide` (src/compare/speaker.ts) of a window's item: the side its claim speaks for in an agreement that `doer` struck. */
function itemSide(records: readonly ClaimRecord[], it: EvItem, doer: Side): Side | null {
  return reportSide(records[it.rec]!, doer, it.fact);
}

/**
 * A responsibility agreement of one window at a place that holds no dispute over who did it: one
 * side named as the doer by speakers of at least two known sides, from at least two texts (the
 * doer's own report of its strike and the struck side's account of it: «ВС РФ нанесли удар по
 * объектам в Одессе» and «Росія атакувала Одесу»; or two other sides that both name it). Claims that
 * name two doers, or of which a claim of the window denies the doer's deed, take no part; one side's
 * voices alone are no agreement (two voices of one ministry, a reprint). Null when there is none.
 */
function doerAgreement(records: readonly ClaimRecord[], win: EvItem[], topic: Topic, levels = false): Agreement | null {
  const resp = win.filter((it) => it.fact.topic === 'responsibility' && it.fact.agentSide);
  const doers = new Map<number, Set<string>>();
  for (const it of resp) if (it.fact.polarity === 1) (doers.get(it.rec) ?? doers.set(it.rec, new Set()).get(it.rec)!).add(it.fact.agentSide!);
  for (const doer of new Set(resp.filter((it) => it.fact.polarity === 1).map((it) => it.fact.agentSide!))) {
    if (resp.some((it) => it.fact.polarity === -1 && it.fact.agentSide === doer)) continue;
    // (each item's side computed once: `meets` asks it for every pair)
    const sideOfItem = new Map<EvItem, Side | null>();
    for (const it of resp) sideOfItem.set(it, itemSide(records, it, doer));
    const speakerSide = (it: EvItem): Side | null => sideOfItem.get(it)!;
    // (a claim naming two doers takes no part, but the doer's own official claim of its strike that also
    // names the other side, «уразили арсенал ..., боєприпасами з якого ворог обстрілює Україну», still claims it)
    const single = (it: EvItem): boolean => doers.get(it.rec)!.size === 1 || (speakerSide(it) === doer && records[it.rec]!.speaker?.official === true);
    const all = uniq(resp.filter((it) => it.fact.polarity === 1 && it.fact.agentSide === doer && single(it) && speakerSide(it) !== null));
    // two texts, and two of them from speakers of different sides, the same or the next day (a claim
    // of a strike on the 10th and a report of one on the 12th are two strikes); with `levels`, one
    // names the region alone and the other a town of it
    const meets = (x: EvItem, y: EvItem): boolean => speakerSide(x) !== speakerSide(y) && Math.abs(x.day - y.day) <= 1 && textKey(records[x.rec]!) !== textKey(records[y.rec]!) && (!levels || x.coarse !== y.coarse);
    const items = levels ? all.filter((x) => all.some((y) => meets(x, y))) : all;
    const sides = new Set(items.map(speakerSide));
    if (sides.size < 2) continue;
    if (!items.some((x) => items.some((y) => meets(x, y)))) continue;
    const shown = [...new Set(items.map((it) => it.fact.text.replace(/\s+/g, ' ')))].slice(0, 3).map((t) => `"${t}"`).join(', ');
    const t: Topic = { ...topic, key: `${topic.key}|agreed|${doer}`, what: { type: 'event', topic: 'responsibility', subjectSide: doer } };
    const side = { ...sideOf(records, items, `done by ${doer} (${shown})`), polarity: 1 as const };
    return { id: hashId(`a|${t.key}|${side.claims.join(',')}`), topic: t, kind: 'responsibility', side };
  }
  return null;
}

/**
 * A responsibility agreement of one strike that its doer claims and the struck side reports, whatever
 * else the window disputes: the doer's own speaker says its side struck («Вооружённые силы Российской
 * Федерации нанесли удар ... по объектам в районе Одессы», "its forces had struck an ammunition depot
 * near Millerovo") and a speaker of another known side says the same doer struck there («Російська
 * ракета влучила у собор»), in another text, the same or the next day (a night strike is dated on
 * both). The two may dispute what was hit, or who hit one building of it (the doer blames the other
 * side's air defence for the cathedral): the agreement that the doer struck the place stands beside
 * that dispute. No agreement without the doer's own claim (an accusation the accused denies, or
 * leaves unanswered, is none), nor from one side's voices; claims naming two doers take no part.
 */
function claimedStrikeAgreement(records: readonly ClaimRecord[], win: EvItem[], topic: Topic, levels = false): Agreement | null {
  const speakerSide = (it: EvItem): Side | null => records[it.rec]!.speaker?.side ?? null;
  const resp = win.filter((it) => it.fact.topic === 'responsibility' && it.fact.polarity === 1 && it.fact.agentSide && BELLIGERENTS.has(it.fact.agentSide));
  const doers = new Map<number, Set<string>>();
  for (const it of win) if (it.fact.topic === 'responsibility' && it.fact.polarity === 1 && it.fact.agentSide) (doers.get(it.rec) ?? doers.set(it.rec, new Set()).get(it.rec)!).add(it.fact.agentSide);
  // (a claim that denies an attack or the reports in its own words, "its units had carried out no
  // strikes in this case", «информация об ударе не соответствует действительности», agrees on no strike)
  const denies = (it: EvItem): boolean => (records[it.rec]!.statuses ?? []).some((st) => st && (st.denial || (st.topic === 'attack' && st.polarity === -1)));
  for (const doer of new Set(resp.map((it) => it.fact.agentSide!))) {
    // (the doer's own claim is its official voice's: its ministry, army or head of state; "Russia" in a
    // wire's headline, "the theatre it bombed", is the reporter's wording, not Russia's claim)
    const official = (it: EvItem): boolean => speakerSide(it) === doer && records[it.rec]!.speaker?.official === true;
    // (a claim naming two doers takes no part, but the doer's own claim of its strike that also names
    // the other side, «уразили арсенал ... з якого ворог обстрілює Україну», still claims the strike)
    const mine = resp.filter((it) => it.fact.agentSide === doer && (doers.get(it.rec)!.size === 1 || official(it)) && !denies(it));
    const own = mine.filter(official);
    const struck = mine.filter((it) => { const s = itemSide(records, it, doer); return s !== null && s !== doer && doers.get(it.rec)!.size === 1; });
    // (with `levels`, one names the region alone and the other a town of it)
    const meets = (x: EvItem, y: EvItem): boolean => Math.abs(x.day - y.day) <= 1 && textKey(records[x.rec]!) !== textKey(records[y.rec]!) && (!levels || x.coarse !== y.coarse);
    const o = own.filter((x) => struck.some((y) => meets(x, y)));
    const r = struck.filter((y) => o.some((x) => meets(x, y)));
    if (o.length === 0 || r.length === 0) continue;
    const items = uniq([...o, ...r]);
    const shown = [...new Set(items.map((it) => it.fact.text.replace(/\s+/g, ' ')))].slice(0, 3).map((t) => `"${t}"`).join(', ');
    const t: Topic = { ...topic, key: `${topic.key}|agreed|${doer}`, what: { type: 'event', topic: 'responsibility', subjectSide: doer } };
    const side = { ...sideOf(records, items, `done by ${doer}: claimed by ${doer} and reported by the struck side (${shown})`), polarity: 1 as const };
    return { id: hashId(`a|${t.key}|${side.claims.join(',')}`), topic: t, kind: 'responsibility', side };
  }
  return null;
}

/** One responsibility dispute over the positions `involved` ("side|polarity" → claims), or null when it has one voice. */
function responsibilityDispute(records: readonly ClaimRecord[], involved: Map<string, EvItem[]>, topic: Topic): Dispute | null {
  const items = [...involved.values()].flat();
  if (!twoVoices(records, items) || oneSpeaker(records, items)) return null;
  const sides = compatibleGroups([...involved.keys()]).map((group) => {
    const l = uniq(group.flatMap((k) => involved.get(k)!));
    const position = group.map((k) => {
      const [side, pol] = k.split('|');
      const shown = [...new Set(involved.get(k)!.map((it) => it.fact.text.replace(/\s+/g, ' ')))].slice(0, 3).map((t) => `"${t}"`).join(', ');
      return `${pol === '1' ? `done by ${side}` : `not done by ${side}`} (${shown})`;
    }).join('; ');
    return { ...sideOf(records, l, position), polarity: (group.some((k) => k.endsWith('|1')) ? 1 : -1) as 1 | -1 };
  });
  if (sides.length < 2) return null;
  return {
    id: disputeId(topic.key, sides),
    topic, reason: 'responsibility', kind: 'responsibility', sides,
    explanation: `Who did it: ${sides.map((s) => s.position).join(' vs ')}`,
  };
}

/**
 * A dispute over what one strike hit, in a window where no side's deed is both affirmed and denied
 * and no two sides are each blamed: the doer's own side says it struck a military object (a unit's
 * quarters, a command post: `target` military), and the other side says the same doer hit a civilian
 * one (a block of flats, a restaurant: `target` civilian). Its kind is `responsibility` (issue 9's
 * kinds: who answers for what was hit), its reason `target`. Only at a place, never a region or a
 * country (grouping is left to the caller's `wide`); the doer's claim names at most two places below
 * the country (a front summary listing many towns is no account of one strike); the accusing side
 * is a known side, the doer's opponent; voices of no known side that say the same join it. Two texts
 * or two named speakers, as every dispute.
 */
function targetDispute(records: readonly ClaimRecord[], win: EvItem[], topic: Topic): Dispute | null {
  const speakerSide = (it: EvItem): Side | null => records[it.rec]!.speaker?.side ?? null;
  const narrow = (it: EvItem): boolean => records[it.rec]!.places.filter((p) => p && p.level !== 'country').length <= 2;
  // what the claim says was hit: its blame's own target, else the one its account of the strike gives
  // (lane hide10: «Удар по дев'ятиповерхівці — це черговий теракт росіян» names the doer in one
  // phrase and the object hit in another; the claim agrees on the doer and still says a home was hit)
  const targetOf = (it: EvItem): EventFact['target'] => it.fact.target ?? strikeTarget(records[it.rec]!, it.fact.agentSide) ?? undefined;
  // the struck side's account names a civilian object, alone or beside a military site ("a military
  // institute and the hospital next to it": `mixed`, lane target2)
  const civil = (it: EvItem): boolean => targetOf(it) === 'civilian' || targetOf(it) === 'mixed';
  // the doer: the fact's own, else, for a civilian object hit told in the passive by a speaker of one
  // of the two sides ("civilians were targeted", «внаслідок удару по житловому кварталу»), the side that
  // speaker answers (lane miss14: dev kyiv-oct10-targets, odesa-castle-target)
  const doerOf = (it: EvItem): Side | null => {
    if (it.fact.agentSide) return it.fact.agentSide;
    const s = speakerSide(it);
    return (s === 'RU' || s === 'UA') && civil(it) ? opponent(s) : null;
  };
  const affirmed = win.filter((it) => it.fact.topic === 'responsibility' && it.fact.polarity === 1 && targetOf(it) && doerOf(it) !== null);
  // the weapons two accounts name as the instrument are none, or share a kind: drones on a house at
  // night and Iskanders on a command post the same day are two strikes (lane target2)
  const oneStrike = (a: EvItem, b: EvItem): boolean => !a.fact.weapons || !b.fact.weapons || a.fact.weapons.some((k) => b.fact.weapons!.includes(k));
  for (const doer of new Set(affirmed.map((it) => doerOf(it)!))) {
    const mine = affirmed.filter((it) => doerOf(it) === doer);
    // the doer's own side also says a civilian object was hit beside its target ("an air base and a
    // hospital next to it"): no dispute over what was hit
    if (mine.some((it) => targetOf(it) === 'mixed' && speakerSide(it) === doer)) continue;
    const own = mine.filter((it) => targetOf(it) === 'military' && speakerSide(it) === doer && narrow(it));
    const accusers0 = mine.filter((it) => civil(it) && speakerSide(it) !== null && speakerSide(it) !== doer);
    const accusers = accusers0.filter((a) => own.some((m) => oneStrike(a, m)));
    const mil0 = own.filter((m) => accusers.some((a) => oneStrike(a, m)));
    if (mil0.length === 0 || accusers.length === 0) continue;
    // voices of no known side that say the doer hit a military target join its side (an unnamed source of a state agency)
    const military = uniq([...mil0, ...mine.filter((it) => targetOf(it) === 'military' && speakerSide(it) === null && narrow(it) && mil0.some((m) => oneStrike(it, m)))]);
    const mil = new Set(military.map((it) => it.rec));
    const civilian = uniq(mine.filter((it) => civil(it) && speakerSide(it) !== doer && !mil.has(it.rec) && mil0.some((m) => oneStrike(it, m))));
    const d = targetSides(records, doer, military, civilian, topic);
    if (d) return d;
  }
  return null;
}

/**
 * The object a claim's account of a strike by `doer` says was hit, when its blame names none: the
 * target of its affirmed responsibility or attack-cause facts whose doer is `doer` or unnamed, when the
 * claim blames no second side; the facts naming both kinds give `mixed`; null when they name none.
 */
function strikeTarget(rec: ClaimRecord, doer: Side | null): EventFact['target'] | null {
  if (!doer || !Array.isArray(rec.events)) return null;
  const named = new Set(rec.events.filter((f) => f && f.topic === 'responsibility' && f.polarity === 1 && f.agentSide).map((f) => f.agentSide!));
  if (named.size > 1) return null;
  const kinds = new Set(rec.events.filter((f) => f && f.polarity === 1 && f.target && (f.agentSide === doer || f.agentSide === null)
    && (f.topic === 'responsibility' || (f.topic === 'cause' && f.cause === 'attack'))).map((f) => f.target!));
  if (kinds.size === 0) return null;
  return kinds.size === 1 ? [...kinds][0]! : kinds.has('civilian') || kinds.has('mixed') ? 'mixed' : 'military';
}

/**
 * The dispute over what `doer`'s strike hit: the accounts of a military object against those of a
 * civilian one, each side shown with what it says was hit in its own words ("hangars", «житловому
 * кварталу») and its trigger words; null when the two are one voice (one text and no two named
 * speakers, or one speaker).
 */
function targetSides(records: readonly ClaimRecord[], doer: Side, military: EvItem[], civilian: EvItem[], topic: Topic): Dispute | null {
  const items = [...military, ...civilian];
  if (!twoVoices(records, items) || oneSpeaker(records, items)) return null;
  const shown = (l: EvItem[], cls: 'civilian' | 'military'): string => {
    const hit = [...new Set(l.flatMap((it) => targetTexts(records[it.rec]!.content ?? '', cls)))].slice(0, 4).map((x) => `"${x}"`).join(', ');
    const said = [...new Set(l.map((it) => it.fact.text.replace(/\s+/g, ' ')))].slice(0, 3).map((x) => `"${x}"`).join(', ');
    return hit ? `${hit}; ${said}` : said;
  };
  const t: Topic = { ...topic, key: `${topic.key}|target`, what: { type: 'event', topic: 'responsibility', subjectSide: doer } };
  const sides = [
    { ...sideOf(records, military, `done by ${doer}: a military object hit (${shown(military, 'military')})`), polarity: 1 as const },
    { ...sideOf(records, civilian, `done by ${doer}: a civilian object hit (${shown(civilian, 'civilian')})`), polarity: 1 as const },
  ];
  return {
    id: disputeId(t.key, sides),
    topic: t, reason: 'target', kind: 'responsibility', sides,
    explanation: `What the strike hit: ${sides.map((x) => x.position).join(' vs ')}`,
  };
}

/**
 * The speakers who deny their own side's deed, each as `<documentId>|<speaker name>`: a claim of
 * theirs with a responsibility fact "not done by" the speaker's own side ("the Russian armed forces
 * did not carry out any strikes on civilian targets").
 */
function ownDenials(records: readonly ClaimRecord[]): Set<string> {
  const out = new Set<string>();
  for (const rec of records) {
    const side = rec?.speaker?.side ?? null;
    const name = rec?.speaker?.name ?? null;
    if (!side || !name || !Array.isArray(rec.events)) continue;
    if (rec.events.some((f) => f && f.topic === 'responsibility' && f.polarity === -1 && f.agentSide === side)) out.add(`${rec.documentId}|${name}`);
  }
  return out;
}

function cause(records: readonly ClaimRecord[], win: EvItem[], topic: Topic, deniers: ReadonlySet<string> = new Set()): Dispute | null {
  let attack = uniq(win.filter((it) => it.fact.topic === 'cause' && it.fact.cause === 'attack'));
  let accident = uniq(win.filter((it) => it.fact.topic === 'cause' && it.fact.cause === 'accident'));
  // the defender's air defence given as the cause ("caused by Ukrainian air defence") stands against
  // the attack as an accident does; not when its speaker denies in the same text that its own side
  // did it ("we did not strike civilian targets; the damage was caused by a Ukrainian air defence
  // missile"): that is the accused's denial, which the responsibility dispute shows
  let defence = uniq(win.filter((it) => it.fact.topic === 'cause' && it.fact.cause === 'defence' && !deniers.has(`${records[it.rec]!.documentId}|${records[it.rec]!.speaker?.name ?? ''}`)));
  if (attack.length === 0 || accident.length + defence.length === 0) return null;
  // a crash told with no war word is argued against an aircraft's loss only (lane cause): an
  // airliner's "engine failure" against a strike on an oil depot at the same place, or "shot at from
  // the ground" against a fire at a depot, are two losses, not one cause (a war claim's accident,
  // "the bomber's technical malfunction", stands against any attack at its place, as before)
  const pairs = (ex: EvItem, at: EvItem): boolean => (!ex.fact.crashOnly || at.fact.loss === 'aircraft') && (!at.fact.crashOnly || ex.fact.loss === 'aircraft');
  const explained = [...accident, ...defence];
  accident = accident.filter((x) => attack.some((y) => pairs(x, y)));
  defence = defence.filter((x) => attack.some((y) => pairs(x, y)));
  attack = attack.filter((y) => explained.some((x) => pairs(x, y)));
  if (attack.length === 0 || accident.length + defence.length === 0) return null;
  const acc = new Set([...accident, ...defence].map((it) => it.rec));
  // a named speaker who gives an accident or air defence as the cause holds that position: the strike
  // the same speaker tells of elsewhere ("the missile was shot down and fell onto the building") is
  // the event explained, not the other position
  const nameOf = (it: EvItem): string | null => records[it.rec]!.speaker?.name ?? null;
  const explainers = new Set([...accident, ...defence].map(nameOf).filter((n): n is string => n !== null));
  const att = attack.filter((it) => !acc.has(it.rec) && !explainers.has(nameOf(it) ?? ''));
  if (att.length === 0) return null;
  const items = [...att, ...accident, ...defence];
  if (!twoVoices(records, items) || oneSpeaker(records, items)) return null;
  const shown = (l: EvItem[]): string => [...new Set(l.map((it) => it.fact.text.replace(/\s+/g, ' ')))].slice(0, 3).map((t) => `"${t}"`).join(', ');
  const sides = [
    ...(accident.length ? [sideOf(records, accident, `an accident (${shown(accident)})`)] : []),
    ...(defence.length ? [sideOf(records, defence, `air defence (${shown(defence)})`)] : []),
    sideOf(records, att, `an attack (${shown(att)})`),
  ];
  return {
    id: disputeId(topic.key, sides),
    topic, reason: 'cause', kind: 'cause', sides,
    explanation: `What caused it: ${sides.map((s) => s.position).join(' vs ')}`,
  };
}

/** The disputes of a window's cause: the cause dispute if there is one, else the weapon-class disputes. */
function causeOrWeapon(d: Dispute | null, weapon: () => Dispute[]): (Dispute | null)[] {
  return d ? [d] : weapon();
}

let classWords: PhraseMatcher<string> | null = null;
const classesOf = new WeakMap<ClaimRecord, ReadonlySet<string>>();
/** The range classes of missile (data/weapon-classes.tsv) the content of `rec` names before any other voice's report in it, negated ones left out (cached per record). */
function weaponClasses(rec: ClaimRecord): ReadonlySet<string> {
  const known = classesOf.get(rec);
  if (known) return known;
  if (!classWords) {
    classWords = new PhraseMatcher<string>();
    for (const [phrase, cls] of table('weapon-classes.tsv')) if (phrase && cls && cls !== 'identify') classWords.add(phrase, cls);
  }
  const words = wordsOf(rec.content ?? '');
  const out = new Set<string>();
  for (const x of classWords.scan(words)) {
    // (another voice's report inside the claim: what follows is that voice's class)
    if (x.row === 'reporting') break;
    if (!words.slice(Math.max(0, x.from - 3), x.from).some((w) => NEGATIONS.has(w.w))) out.add(x.row);
  }
  classesOf.set(rec, out);
  return out;
}

/**
 * A cause dispute over the weapon (lane target2): claims of one window at one place that give an
 * attack as the cause, each naming one range class of missile (data/weapon-classes.tsv), in two
 * classes, said by speakers of two known sides that do not overlap ("an intercontinental ballistic
 * missile", Ukraine's air force, against "a new intermediate-range ballistic missile", Putin); the
 * doers they name, if any, agree. A claim naming two classes (a story retelling both) takes no part.
 * When a class is named by speakers of several sides, each of them stands against the other class
 * in a dispute of its own (lane facts9: Ukraine's ICBM against Russia's and against the Pentagon's
 * intermediate-range missile are two disputes, as analysts list them).
 */
function weaponClassDisputes(records: readonly ClaimRecord[], win: EvItem[], topic: Topic, wide: Wide): Dispute[] {
  // one strike is at a place: not a region, a country or a truce's whole war
  if (wide !== null) return [];
  const speakerSide = (it: EvItem): Side | null => records[it.rec]!.speaker?.side ?? null;
  const attack = uniq(win.filter((it) => it.fact.topic === 'cause' && it.fact.cause === 'attack' && it.fact.polarity === 1 && speakerSide(it) !== null && weaponClasses(records[it.rec]!).size === 1));
  const byClass = new Map<string, EvItem[]>();
  for (const it of attack) {
    const c = [...weaponClasses(records[it.rec]!)][0]!;
    (byClass.get(c) ?? byClass.set(c, []).get(c)!).push(it);
  }
  if (byClass.size !== 2) return [];
  const [[ca, la], [cb, lb]] = [...byClass].sort((x, y) => x[0].localeCompare(y[0])) as [[string, EvItem[]], [string, EvItem[]]];
  const doers = (l: EvItem[]): Set<Side> => new Set(l.map((it) => it.fact.agentSide).filter((x): x is Side => x !== null));
  const da = doers(la);
  const db = doers(lb);
  if (da.size > 0 && db.size > 0 && ![...da].some((x) => db.has(x))) return [];
  const sa = new Set(la.map(speakerSide));
  if (lb.some((it) => sa.has(speakerSide(it)))) return [];
  const items = [...la, ...lb];
  if (!twoVoices(records, items) || oneSpeaker(records, items)) return [];
  // one strike: its accounts at most a day apart (the cause window is longer: a loss's cause may be told
  // weeks later, a weapon's class is told the day of the strike)
  let first = Infinity;
  let last = -Infinity;
  for (const it of items) {
    first = Math.min(first, it.day);
    last = Math.max(last, it.day);
  }
  if (last - first > 1) return [];
  const shown = (l: EvItem[]): string => [...new Set(l.map((it) => it.fact.text.replace(/\s+/g, ' ')))].slice(0, 3).map((t) => `"${t}"`).join(', ');
  const bySide = (l: EvItem[]): EvItem[][] => [...groupBy(l, (it) => speakerSide(it) ?? '').values()];
  const ga = bySide(la);
  const gb = bySide(lb);
  // one side for each class: the whole lists, as before; else one dispute per pair of sides
  const pairs: [EvItem[], EvItem[]][] = ga.length === 1 && gb.length === 1 ? [[la, lb]] : ga.flatMap((x) => gb.map((y) => [x, y] as [EvItem[], EvItem[]]));
  const out: Dispute[] = [];
  // (one topic for every pair: disputes of one window split by pairs of sides share claims, kinds.ts)
  const t: Topic = { ...topic, key: `${topic.key}|weapon` };
  for (const [xa, xb] of pairs) {
    if (pairs.length > 1 && (!twoVoices(records, [...xa, ...xb]) || oneSpeaker(records, [...xa, ...xb]))) continue;
    const sides = [sideOf(records, xa, `an ${ca} missile (${shown(xa)})`), sideOf(records, xb, `an ${cb} missile (${shown(xb)})`)];
    out.push({
      id: disputeId(t.key, sides),
      topic: t, reason: 'cause', kind: 'cause', sides,
      explanation: `What weapon made the strike: ${sides.map((x) => x.position).join(' vs ')}`,
    });
  }
  return out;
}

/**
 * The positions ("side|polarity") of one responsibility dispute, grouped so that positions saying the
 * same thing stand on one side: one side did it and another did not ("RU|1" with "UA|-1": Kyiv denies
 * it and blames Moscow), or two sides each did not. Positions that contradict each other (one side did
 * and did not; two sides each did it) stay apart. Affirmed positions come first in each group, groups
 * in the order of their first position.
 */
export function compatibleGroups(keys: readonly string[]): string[][] {
  const parse = (k: string): [string, string] => k.split('|') as [string, string];
  const compatible = (a: string, b: string): boolean => {
    const [sa, pa] = parse(a);
    const [sb, pb] = parse(b);
    return sa !== sb && (pa !== pb || pa === '-1');
  };
  const groups: string[][] = [];
  for (const k of keys) {
    // a position joins the first group all of whose positions it agrees with
    const g = groups.find((x) => x.every((y) => compatible(y, k)));
    if (g) g.push(k);
    else groups.push([k]);
  }
  for (const g of groups) g.sort((a, b) => (a.endsWith('|1') ? 0 : 1) - (b.endsWith('|1') ? 0 : 1));
  return groups;
}

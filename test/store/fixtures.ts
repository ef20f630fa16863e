/**
 * Hand-built documents and analyses for the store contract tests: fictional texts written for
 * sitrep, with claims, places, quantities and dates placed by finding their phrases in the text, so
 * every expected value below can be checked by reading the text.
 */
import type { Analysis, Claim, Document, EventMention, Place, Quantity, Span, TextSpan } from '../../src/analyze/types.js';
import type { IngestItem } from '../../src/ledger/types.js';

/** The span of the first occurrence of `phrase` in `text` at or after `from`; throws when absent. */
export function spanOf(text: string, phrase: string, from = 0): TextSpan {
  const at = text.indexOf(phrase, from);
  if (at < 0) throw new Error(`fixture: '${phrase}' not in text`);
  return { start: at, end: at + phrase.length, text: phrase };
}

/** Every occurrence of `phrase` in `text`. */
function allSpans(text: string, phrase: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) out.push({ start: at, end: at + phrase.length, text: phrase });
  return out;
}

export interface ClaimSpec {
  speaker: string;
  name?: string;
  cue: string;
  content: string[];
  kind?: Claim['kind'];
}
export interface PlaceSpec {
  text: string;
  name: string;
  id: string | null;
  country?: string | null;
  admin1?: string | null;
  lat?: number | null;
  lon?: number | null;
}
export interface QuantitySpec {
  text: string;
  value: number;
  unit: string;
  claim: number | null;
  bound?: Quantity['bound'];
}

export interface EventSpec {
  trigger: string;
  claim: number | null;
  eventType: string | null;
  subEventType: string | null;
  plover: string;
}

/** Builds a document and its analysis. Sentences end at '.', '!' or '?' followed by white space. */
export function item(id: string, text: string, published: string | null, spec: {
  claims?: ClaimSpec[]; places?: PlaceSpec[]; quantities?: QuantitySpec[]; dates?: { text: string; date: string }[]; events?: EventSpec[];
  source?: string; url?: string; meta?: Record<string, unknown>;
} = {}): IngestItem {
  const document: Document = { id, text, published, source: spec.source ?? `fixture/${id}.txt`, url: spec.url ?? null, meta: spec.meta ?? {} };
  const sentences: (Span & { paragraph: number })[] = [];
  const re = /[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    sentences.push({ start: m.index! + lead, end: m.index! + m[0].trimEnd().length, paragraph: 0 });
  }
  const why = { stage: 'fixture', rule: 'hand-placed' };
  const claims: Claim[] = (spec.claims ?? []).map((c) => {
    const sp = spanOf(text, c.speaker);
    const cue = spanOf(text, c.cue, sp.end);
    return {
      kind: c.kind ?? 'indirect',
      speaker: { ...sp, name: c.name ?? c.speaker, type: 'person' },
      cue,
      content: c.content.map((p) => spanOf(text, p, cue.end)),
      why,
    };
  });
  const places: Place[] = (spec.places ?? []).flatMap((p) => allSpans(text, p.text).map((sp) => ({
    ...sp, name: p.name, id: p.id, country: p.country ?? null, admin1: p.admin1 ?? null,
    lat: p.lat ?? null, lon: p.lon ?? null, level: 'city' as const,
  }))).sort((a, b) => a.start - b.start);
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => ({
    ...spanOf(text, q.text), value: q.value, high: null, bound: q.bound ?? 'exact', unit: q.unit, claim: q.claim, why,
  }));
  const dates = (spec.dates ?? []).map((d) => ({ ...spanOf(text, d.text), date: d.date, precision: 'day' as const, why }));
  const events: EventMention[] = (spec.events ?? []).map((e) => ({
    trigger: spanOf(text, e.trigger), kind: 'fixture', plover: { type: e.plover, mode: null },
    acled: { event_type: e.eventType, sub_event_type: e.subEventType }, instrument: null, agent: null, target: null, place: null, date: null,
    quantities: [], polarity: 'happened', modality: null, claim: e.claim, why,
  }));
  const analysis: Analysis = {
    id, text, published, source: document.source ?? null, sentences, paragraphs: [{ start: 0, end: text.length }], quotes: [],
    entities: [], claims, quantities, places, sides: [], dates, stats: { tokens: 0, words: text.split(/\s+/).length, ms: 0 },
    ...(events.length ? { events } : {}),
  };
  return { document, analysis };
}

const KUP = { text: 'Kupiansk', name: 'Kupiansk', id: 'geonames:704679', country: 'UA', admin1: 'UA-63', lat: 49.71, lon: 37.61 };
const VOV = { text: 'Vovchansk', name: 'Vovchansk', id: 'geonames:689431', country: 'UA', admin1: 'UA-63', lat: 50.29, lon: 36.94 };
const BEL = { text: 'Belgorod', name: 'Belgorod', id: 'geonames:578072', country: 'RU', admin1: 'RU-BEL', lat: 50.61, lon: 36.58 };

/** The wire story: a governor's casualty figure for Kupiansk, published 2024-08-06. */
export const WIRE_TEXT =
  'Twelve civilians were killed when artillery struck a market in the town of Kupiansk on Monday, regional officials said. ' +
  'Governor Oleh Synehubov said that 12 civilians were killed and 30 wounded in the shelling of Kupiansk. ' +
  'The market had been crowded with shoppers buying vegetables and bread in the late morning, and rescue crews worked ' +
  'through the afternoon to clear the rubble from the collapsed roof of the main hall near the railway station. ' +
  'Residents described a series of loud explosions followed by smoke rising above the centre of the town, which lies on ' +
  'the Oskil river and has been shelled almost daily since the spring. Local hospitals asked for blood donors.';

export function wire(id = 'wire-1', text = WIRE_TEXT, source = 'wire/agency.txt'): IngestItem {
  return item(id, text, '2024-08-06T09:00:00Z', {
    source,
    url: 'https://news.example.org/kupiansk-market',
    meta: { siteName: 'Example Wire' },
    claims: [{ speaker: 'Governor Oleh Synehubov', name: 'Oleh Synehubov', cue: 'said', content: ['12 civilians were killed and 30 wounded in the shelling of Kupiansk'] }],
    places: [KUP],
    quantities: [
      { text: '12 civilians were killed', value: 12, unit: 'killed', claim: 0 },
      { text: '30 wounded', value: 30, unit: 'wounded', claim: 0 },
    ],
    dates: [{ text: 'Monday', date: '2024-08-05' }],
  });
}

/** The wire story reprinted by another outlet under a new first sentence. */
export const REPRINT_TEXT = WIRE_TEXT.replace(
  'Twelve civilians were killed when artillery struck a market in the town of Kupiansk on Monday, regional officials said.',
  'A Russian strike on a busy market in Kupiansk killed a dozen people, the authorities in Kharkiv region reported.',
);

export function reprint(id = 'reprint-1'): IngestItem {
  return item(id, REPRINT_TEXT, '2024-08-06T15:30:00Z', {
    source: 'outlets/daily-herald.html',
    url: 'https://herald.example.com/2024/08/06/market',
    meta: { siteName: 'Daily Herald' },
    claims: [{ speaker: 'Governor Oleh Synehubov', name: 'Oleh Synehubov', cue: 'said', content: ['12 civilians were killed and 30 wounded in the shelling of Kupiansk'] }],
    places: [KUP],
    quantities: [{ text: '12 civilians were killed', value: 12, unit: 'killed', claim: 0 }],
  });
}

/** The other side's account: a ministry denies the strike, names Vovchansk and Belgorod. */
export const MINISTRY_TEXT =
  'The Russian Defence Ministry said on Tuesday that reports of a strike on Kupiansk were fabricated. ' +
  'Spokesman Igor Konashenkov claimed that Ukrainian forces had shelled Belgorod overnight, wounding 4 people. ' +
  'He also said that troops had repelled 3 attacks near Vovchansk.';

export function ministry(id = 'mod-1'): IngestItem {
  return item(id, MINISTRY_TEXT, '2024-08-07T06:00:00Z', {
    source: 'telegram/mod_russia',
    meta: { chatName: 'Минобороны России' },
    claims: [
      { speaker: 'The Russian Defence Ministry', cue: 'said', content: ['reports of a strike on Kupiansk were fabricated'] },
      { speaker: 'Spokesman Igor Konashenkov', name: 'Igor Konashenkov', cue: 'claimed', content: ['Ukrainian forces had shelled Belgorod overnight, wounding 4 people'] },
      { speaker: 'He', name: 'Igor Konashenkov', cue: 'said', content: ['troops had repelled 3 attacks near Vovchansk'] },
    ],
    places: [KUP, BEL, VOV],
    quantities: [
      { text: '4 people', value: 4, unit: 'wounded', claim: 1 },
      { text: '3 attacks', value: 3, unit: 'attacks', claim: 2 },
    ],
    dates: [{ text: 'Tuesday', date: '2024-08-06' }],
  });
}

/**
 * Russian and Ukrainian documents for the search tests (written for sitrep): "Тёткино" with ё and
 * "Теткино" without, "Курской области" and "Курская область", Ukrainian case forms. Their
 * analyses say the language the analyzer would find (`lang`), as a Telegram post gives none.
 */
export function cyrillicItems(): IngestItem[] {
  const ru1 = item('ru-1', 'Губернатор Алексей Смирнов сообщил, что пограничное село Тёткино в Курской области снова обстреляли.', '2024-11-20T08:00:00Z', {
    source: 'telegram/gubernator', claims: [{ speaker: 'Губернатор Алексей Смирнов', name: 'Alexei Smirnov', cue: 'сообщил', content: ['пограничное село Тёткино в Курской области снова обстреляли'] }],
  });
  const ru2 = item('ru-2', 'Курская область: в Теткино повреждены два дома и линия электропередачи.', '2024-11-20T09:00:00Z', { source: 'telegram/news' });
  const uk1 = item('uk-1', 'Голова ОВА Олег Синєгубов повідомив, що окупанти вночі обстріляли околиці Харкова.', '2024-11-20T10:00:00Z', {
    source: 'telegram/ova', claims: [{ speaker: 'Голова ОВА Олег Синєгубов', name: 'Oleh Syniehubov', cue: 'повідомив', content: ['окупанти вночі обстріляли околиці Харкова'] }],
  });
  ru1.analysis.lang = 'ru';
  ru2.analysis.lang = 'ru';
  uk1.analysis.lang = 'uk';
  return [ru1, ru2, uk1];
}

/**
 * Two claims reporting events (fictional): the governor's shelling of Izium (ACLED "Explosions/Remote
 * violence" / "Shelling/artillery/missile attack", PLOVER ASSAULT) and the spokesman's repelled
 * assault near Kupiansk ("Battles" / "Armed clash", FIGHT), for the migrations that fill the claims'
 * event types.
 */
export function strikes(id = 'strikes'): IngestItem {
  const text = 'Governor Oleh Brat said Russian artillery shelled Izium overnight. Spokesman Nazar Voloshyn said troops repelled an assault near Kupiansk.';
  return item(id, text, '2024-08-09', {
    claims: [
      { speaker: 'Governor Oleh Brat', cue: 'said', content: ['Russian artillery shelled Izium overnight'] },
      { speaker: 'Spokesman Nazar Voloshyn', cue: 'said', content: ['troops repelled an assault near Kupiansk'] },
    ],
    events: [
      { trigger: 'shelled', claim: 0, eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', plover: 'ASSAULT' },
      { trigger: 'assault', claim: 1, eventType: 'Battles', subEventType: 'Armed clash', plover: 'FIGHT' },
    ],
  });
}

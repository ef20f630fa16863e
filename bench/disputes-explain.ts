/**
 * Why a gold dispute was missed, stage by stage (`bench/disputes.ts --explain`; pure, no I/O,
 * unit-tested in test/unit/disputes-explain.test.ts).
 *
 * For each of the gold dispute's two sides: its documents in the ledger → the stored claims whose
 * speaker is a gold speaker → the side compare gives those speakers → their claim facts of the gold
 * kind (as stored, the facts compare reads). Then, for both sides together: whether their facts
 * meet on a place compare groups by, within the kind's window, whether compare (the real one,
 * handed in) sets them against each other when given only these claims, and, when it does, why the
 * full ledger's report still did not match the gold (another dispute took the claims, or the
 * scorer's place, window or sides disagree). The first stage that fails is the one to fix.
 */
import { dayNumber } from '../src/compare/index.js';
import type { ClaimRecord, Dispute, PlaceRef } from '../src/compare/types.js';
import { disputeMatches, placeMatches, sidesCorrespond, speakerMatches, windowMatches, type GoldDispute, type GoldSide, type Pred, type PredSide } from './disputes-match.js';

/** One stored claim, as the explanation reads it. */
export interface ExplainClaim {
  id: string;
  /** The gold name of its document. */
  doc: string;
  speaker: string | null;
  /** The side the store gives its speaker (compare's speaker side). */
  side: string | null;
  content: string;
  /** The record compare reads (stored facts and provenance), or null when the claim is not comparable. */
  record: ClaimRecord | null;
}

/** The stages, in the order a claim goes through them. */
export const STAGES = ['documents', 'speaker', 'side', 'facts', 'place', 'window', 'compare', 'ledger', 'scorer'] as const;
/** One stage of the chain. */
export type Stage = (typeof STAGES)[number];

/** One printed line: a stage, its outcome (true ok, false failed, null does not decide), what was seen. */
export interface StageLine { stage: Stage; ok: boolean | null; text: string; side: 0 | 1 | null }

/** The explanation of one missed gold dispute. */
export interface Explanation { gold: GoldDispute; lines: StageLine[]; firstFail: Stage | null }

/** What the explanation needs besides the claims: the real compare, and windows per kind. */
export interface ExplainDeps {
  /** Disputes compare finds among the given records (`compareClaims(records).disputes`). */
  compare: (records: ClaimRecord[]) => Dispute[];
  /** Days over which compare sets claims of this kind against each other. */
  windowDays: (kind: string) => number;
  /** The full ledger's disputes as the scorer saw them (to say which one took the claims). */
  ledger?: Pred[];
}

/** Countries whose whole territory is too wide to be one event's place (compare never groups there). */
const BELLIGERENTS = new Set(['UA', 'RU']);

/** The facts of a record that a dispute of `kind` compares, one short line each. */
export function factsOfKind(kind: string, r: ClaimRecord): string[] {
  const out: string[] = [];
  const statuses = Array.isArray(r.statuses) ? r.statuses : [];
  const events = Array.isArray(r.events) ? r.events : [];
  const quantities = Array.isArray(r.quantities) ? r.quantities : [];
  const st = (topics: string[]): void => {
    for (const s of statuses) {
      if (!s || !topics.includes(s.topic)) continue;
      const where = s.places?.length ? ` at ${s.places.map(placeText).join(', ')}` : '';
      out.push(`status ${s.topic}${s.state ? `/${s.state}` : ''} ${s.polarity > 0 ? '+' : '-'}${s.denial ? ' (denial)' : ''} of ${s.subjectSide ?? '?'} "${s.text}"${where}`);
    }
  };
  if (kind === 'responsibility' || kind === 'cause') {
    for (const e of events) {
      if (!e || e.topic !== kind) continue;
      out.push(kind === 'responsibility' ? `${e.polarity > 0 ? 'done' : 'not done'} by ${e.agentSide ?? '?'} "${e.text}"` : `cause ${e.cause ?? '?'}${e.agentSide ? ` by ${e.agentSide}` : ''} "${e.text}"`);
    }
    if (kind === 'responsibility') st(['attack', 'event']);
  } else if (kind === 'control') st(['control', 'event']);
  else if (kind === 'status') st(['advance', 'situation', 'attack']);
  else if (kind === 'figures') {
    for (const q of quantities) {
      if (!q) continue;
      const v = q.bound === 'range' ? `${q.value}-${q.high}` : `${q.bound} ${q.value}`;
      out.push(`${v} ${q.unit} (${q.frame}${q.scope ? `@${q.scope}` : ''}, of ${q.subjectSide ?? '?'}) "${q.text}"`);
    }
    // what a strike did (src/compare/outcome.ts): compare's outcome disputes are figures disputes
    for (const o of Array.isArray(r.outcomes) ? r.outcomes : []) {
      if (!o) continue;
      out.push(`outcome ${o.state}${o.debris ? '/debris' : ''}${o.civilian ? ' (civilian)' : ''} of ${o.ofSide ?? '?'} "${o.text}"`);
    }
  }
  return out;
}

/** A place with its hierarchy: name [level id, region, country]. */
export function placeText(p: PlaceRef): string {
  return `${p.name} [${p.level ?? '?'} ${p.id}${p.admin1 ? ` ${p.admin1}` : ''}${p.country ? ` ${p.country}` : ''}]`;
}

/**
 * The place keys compare can group a record's facts of `kind` under (mirrors the grouping it
 * does, for the explanation only): events at each place finer than a country, at a region named as
 * such, and at a third country; statuses also at the region of their places (roll-up); figures at
 * their places and named regions; control at the places its statements name, else the claim's.
 */
export function groupKeys(kind: string, r: ClaimRecord): string[] {
  const keys = new Set<string>();
  const places = Array.isArray(r.places) ? r.places.filter((p) => p && typeof p.id === 'string') : [];
  const own = (ps: PlaceRef[]): void => {
    for (const p of ps) {
      if (p.level === 'country') continue;
      keys.add(p.level === 'admin1' && p.admin1 ? `region:${p.admin1}` : p.id);
    }
  };
  if (kind === 'control') {
    const named = (r.statuses ?? []).flatMap((s) => (s && s.topic === 'control' && s.places?.length ? s.places : []));
    own(named.length ? named : places);
    return [...keys];
  }
  own(places);
  if (kind === 'responsibility' || kind === 'cause') {
    for (const p of places) if (p.country && !BELLIGERENTS.has(p.country)) keys.add(`country:${p.country}`);
  }
  if (kind === 'status' || kind === 'figures') {
    for (const p of places) if (p.admin1 && p.level !== 'country') keys.add(`region:${p.admin1}`);
  }
  return [...keys];
}

/** The finest level at which two lists of places meet: the same place, region or country, or none. */
export function meetLevel(a: readonly PlaceRef[], b: readonly PlaceRef[]): { level: 'place' | 'region' | 'country' | 'none'; at: string | null } {
  for (const x of a) for (const y of b) if (x.id === y.id) return { level: 'place', at: x.name };
  for (const x of a) for (const y of b) if (x.admin1 && x.admin1 === y.admin1) return { level: 'region', at: x.admin1 };
  for (const x of a) for (const y of b) if (x.country && x.country === y.country) return { level: 'country', at: x.country };
  return { level: 'none', at: null };
}

/** Claims of a gold side's documents, and among them those of its gold speakers. */
function sideClaims(g: GoldSide, claims: readonly ExplainClaim[]): { inDocs: ExplainClaim[]; bySpeaker: ExplainClaim[] } {
  const inDocs = claims.filter((c) => g.documents.includes(c.doc));
  const bySpeaker = inDocs.filter((c) => g.speakers.some((s) => speakerMatches(c.speaker, s.name)));
  return { inDocs, bySpeaker };
}

const short = (s: string, n = 70): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** A compare dispute as the scorer reads it (docs by the claims' gold document names). */
export function predOf(d: Dispute, docOf: (claimId: string) => string, recOf: (claimId: string) => ClaimRecord | undefined): Pred {
  const admin1 = new Set<string>();
  if (d.topic.place?.startsWith('region:')) admin1.add(d.topic.place.slice('region:'.length));
  for (const s of d.sides) for (const c of s.claims) for (const p of recOf(c)?.places ?? []) if (p.admin1 && (p.id === d.topic.place || d.topic.place === null)) admin1.add(p.admin1);
  const side = (s: Dispute['sides'][number]): PredSide => ({ position: s.position, docs: [...new Set(s.claims.map(docOf))], speakers: s.speakers.map((x) => ({ name: x.name, side: x.side })) });
  return { id: d.id, kind: d.kind ?? null, reason: d.reason, placeName: d.topic.placeName, from: d.topic.from, to: d.topic.to, admin1: [...admin1], sides: d.sides.map(side) };
}

/** Explains why gold dispute `g` was missed, from the stored `claims` (see the module comment). */
export function explainMiss(g: GoldDispute, claims: readonly ExplainClaim[], deps: ExplainDeps): Explanation {
  const lines: StageLine[] = [];
  const add = (stage: Stage, ok: boolean | null, text: string, side: 0 | 1 | null = null): void => {
    lines.push({ stage, ok, text, side });
  };
  const kindSets: ExplainClaim[][] = [];
  const sideMatters = g.kind === 'responsibility' || g.kind === 'status';
  g.sides.slice(0, 2).forEach((gs, k) => {
    const i = k as 0 | 1;
    const stored = new Set(claims.map((c) => c.doc));
    const docsIn = gs.documents.filter((d) => stored.has(d));
    const { inDocs, bySpeaker } = sideClaims(gs, claims);
    add('documents', inDocs.length > 0, `${docsIn.length} of ${gs.documents.length} documents hold claims; ${inDocs.length} claims`, i);
    if (bySpeaker.length > 0) {
      const names = [...new Set(bySpeaker.map((c) => c.speaker))].join(', ');
      add('speaker', true, `${bySpeaker.length} claims by ${names}`, i);
    } else {
      const near = [...new Set(inDocs.map((c) => `${c.speaker ?? '(none)'}${c.side ? ` (${c.side})` : ''}`))].slice(0, 6).join('; ');
      add('speaker', false, `no claim of ${gs.speakers.map((s) => s.name).join(' / ')}; speakers there: ${near || '-'}`, i);
    }
    if (bySpeaker.length > 0) {
      const sides = [...new Set(bySpeaker.map((c) => c.side ?? '?'))];
      const good = sides.includes(gs.side);
      add('side', good ? true : sideMatters ? false : null, `compare gives ${sides.join(', ')} (gold ${gs.side})${good || sideMatters ? '' : '; not needed for this kind'}`, i);
    }
    const withKind = (l: ExplainClaim[]): ExplainClaim[] => l.filter((c) => c.record && factsOfKind(g.kind, c.record).length > 0);
    const own = withKind(bySpeaker);
    const other = withKind(inDocs);
    if (own.length > 0) {
      kindSets.push(own);
      for (const c of own.slice(0, 4)) {
        const r = c.record!;
        add('facts', true, `${c.speaker ?? '?'} ${r.date ?? '?'} @ ${(r.places ?? []).map(placeText).join('; ') || '-'}: ${factsOfKind(g.kind, r).join(' | ')}`, i);
      }
    } else {
      kindSets.push(other);
      const said = bySpeaker.slice(0, 2).map((c) => `"${short(c.content)}"`).join(' ');
      const alt = other.slice(0, 2).map((c) => `${c.speaker ?? '?'} (${c.side ?? '?'}): ${factsOfKind(g.kind, c.record!).join(' | ')}`).join('; ');
      add('facts', false, `no ${g.kind} facts in the gold speakers' claims${said ? ` ${said}` : ''}${alt ? `; other speakers there: ${alt}` : ''}`, i);
    }
  });
  const [a, b] = [kindSets[0] ?? [], kindSets[1] ?? []];
  if (a.length > 0 && b.length > 0) {
    // the pairs of claims (one per side, distinct) that share a place key compare groups by
    let best: { gap: number; key: string } | null = null;
    let meet: ReturnType<typeof meetLevel> = { level: 'none', at: null };
    const rank = { place: 3, region: 2, country: 1, none: 0 };
    for (const x of a) {
      for (const y of b) {
        if (x.id === y.id) continue;
        const rx = x.record!;
        const ry = y.record!;
        const m = meetLevel(rx.places ?? [], ry.places ?? []);
        if (rank[m.level] > rank[meet.level]) meet = m;
        const ky = new Set(groupKeys(g.kind, ry));
        const shared = groupKeys(g.kind, rx).find((k) => ky.has(k));
        if (!shared) continue;
        const gap = Math.abs(dayNumber(rx.date) - dayNumber(ry.date));
        const gp = Number.isNaN(gap) ? 0 : gap;
        if (!best || gp < best.gap) best = { gap: gp, key: shared };
      }
    }
    if (!best) add('place', false, meet.level === 'none' ? 'the two sides\' facts share no place, region or country' : `they meet only at the ${meet.level} (${meet.at}), where compare does not group ${g.kind} facts`);
    else {
      add('place', true, `both grouped at ${best.key}`);
      const w = deps.windowDays(g.kind);
      add('window', best.gap <= w, `${best.gap} days apart (window ${w})`);
    }
    const recs = [...new Map([...a, ...b].map((c) => [c.id, c.record!])).values()];
    const aIds = new Set(a.map((c) => c.id));
    const bIds = new Set(b.map((c) => c.id));
    const found = deps.compare(recs).filter((d) => {
      const ins = d.sides.map((s) => s.claims);
      return ins.some((x, i) => ins.some((y, j) => i !== j && x.some((c) => aIds.has(c)) && y.some((c) => bIds.has(c))));
    });
    if (found.length === 0) {
      const pos = (l: ExplainClaim[]): string => [...new Set(l.flatMap((c) => factsOfKind(g.kind, c.record!)))].slice(0, 3).join(' | ');
      add('compare', false, `given only these claims, compare finds no dispute between them: [${pos(a)}] vs [${pos(b)}]`);
    } else {
      const docOf = (id: string): string => claims.find((c) => c.id === id)?.doc ?? `?${id}`;
      const recOf = (id: string): ClaimRecord | undefined => claims.find((c) => c.id === id)?.record ?? undefined;
      const preds = found.map((d) => predOf(d, docOf, recOf));
      const hit = preds.find((p) => disputeMatches(p, g));
      const d0 = found[0]!;
      add('compare', true, `alone, compare disputes them: ${d0.kind ?? d0.reason} @ ${d0.topic.placeName ?? '-'} ${d0.topic.from ?? '?'}..${d0.topic.to ?? '?'}`);
      if (hit) {
        const ids = new Set(found.flatMap((d) => d.sides.flatMap((s) => s.claims)));
        const taken = (deps.ledger ?? []).filter((p) => p.sides.some((s) => s.docs.some((d) => [...ids].some((id) => docOf(id) === d))));
        add('ledger', false, `the full ledger does not report it (other claims in the group change the positions, or another dispute covers these claims${taken.length ? `: ${taken.slice(0, 3).map((p) => `${p.kind ?? p.reason} @ ${p.placeName}`).join(', ')}` : ''})`);
      } else {
        const p = preds[0]!;
        const why = !placeMatches(p, g.place, g.placeOptional) ? `place ${p.placeName} [${p.admin1.join(',')}] is not ${g.place.name}`
          : !windowMatches(p, g.window) ? `window ${p.from}..${p.to} is not ${g.window.join('..')}`
            : !sidesCorrespond(p.sides, g.sides, g.sameSide === true) ? 'its sides are not the gold sides (documents or speakers)' : 'no match';
        add('scorer', false, `the dispute compare finds does not match the gold: ${why}`);
      }
    }
  }
  const firstFail = STAGES.find((s) => lines.some((l) => l.stage === s && l.ok === false)) ?? null;
  return { gold: g, lines, firstFail };
}

/** The explanation as printed lines: the gold dispute, then one line per stage, the first failure marked. */
export function explanationText(e: Explanation): string[] {
  const g = e.gold;
  const out = [`${g.id} [${g.kind}] ${g.place.name} ${g.window.join('..')}: first failing stage ${e.firstFail ?? 'none'}`];
  let marked = false;
  let cur: 0 | 1 | null | undefined;
  for (const l of e.lines) {
    if (l.side !== cur) {
      cur = l.side;
      const gs = l.side === null ? undefined : g.sides[l.side];
      out.push(gs && l.side !== null ? `  side ${l.side + 1} (${gs.side}: ${short(gs.position, 60)})` : '  both sides');
    }
    const first = !marked && l.ok === false && l.stage === e.firstFail;
    if (first) marked = true;
    out.push(`    ${first ? '>>' : '  '} ${l.ok === true ? 'ok  ' : l.ok === false ? 'FAIL' : '~   '} ${l.stage.padEnd(9)} ${l.text}`);
  }
  return out;
}

/** Misses counted by first failing stage, in stage order (stages with none left out). */
export function tallyStages(es: readonly Explanation[]): { stage: Stage | 'none'; count: number; ids: string[] }[] {
  const rows: { stage: Stage | 'none'; count: number; ids: string[] }[] = [];
  for (const s of [...STAGES, 'none'] as const) {
    const ids = es.filter((e) => (e.firstFail ?? 'none') === s).map((e) => e.gold.id);
    if (ids.length) rows.push({ stage: s, count: ids.length, ids });
  }
  return rows;
}

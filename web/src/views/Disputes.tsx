/**
 * Disputes: the sides of each next to each other, with how many independent sources (original
 * texts; reprints and forwards count once) and outlets back each. Agreements on request.
 */
import type { Agreement, ClaimRecord, Dispute, DisputeSide, DisputesResponse, Topic } from '../api.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { day, Loaded, plural, SideBadge, useLoad } from '../util.js';

/** A topic in words: what, where, when. */
export function topicTitle(t: Topic): string {
  const what = t.what.type === 'quantity'
    ? `${t.what.unit.replace(/_/g, ' ')}${t.what.subjectSide ? ` (${t.what.subjectSide})` : ''}`
    : `${t.what.topic}${t.what.subjectSide ? ` (${t.what.subjectSide})` : ''}`;
  const where = t.placeName ?? t.place ?? 'no place';
  const when = t.from ? (t.to && t.to !== t.from ? `${t.from} to ${t.to}` : t.from) : 'undated';
  return `${what} — ${where}, ${when}`;
}

function ClaimCard({ c }: { c: ClaimRecord }) {
  return (
    <li class="claim-card">
      <div>
        <strong>{c.speaker ?? 'unattributed'}</strong>
        {c.speakerLatin ? <span class="latin" lang="en" title="The name in Latin letters"> ({c.speakerLatin})</span> : null} <SideBadge side={c.side} /> {c.cue ? <em>{c.cue}</em> : null}
      </div>
      {c.affiliation ? <div class="muted">{c.affiliation}</div> : null}
      <blockquote>{c.content}</blockquote>
      <div class="muted">
        <a href={href('document', c.documentId, { claim: c.index })}>{c.outlet ?? c.source ?? c.documentId.slice(0, 12)}</a>
        {c.date ? ` · ${day(c.date)}` : ''}
        {c.originClaimId ? ' · repeated from an earlier document' : ''}
      </div>
    </li>
  );
}

function Side({ s, n, claims }: { s: DisputeSide; n: number; claims: Record<string, ClaimRecord> }) {
  return (
    <div class="side" role="group" aria-label={`Side ${n}: ${s.position}`}>
      <h4>{s.position}</h4>
      <p class="sources" data-testid="independent-sources">
        {/* The headline is the number of originating outlets (several posts of one channel count once);
            texts (reprints count once) and carrying outlets follow, as in `sitrep disputes`. */}
        <strong>{plural(s.independentOrigins ?? s.independentSources, 'independent source', 'independent sources')}</strong>
        {' · '}{plural(s.independentSources, 'text', 'texts')} · {plural(s.independentOutlets, 'outlet', 'outlets')} · {plural(s.claims.length, 'claim', 'claims')}
      </p>
      <ul class="plain">
        {s.claims.map((id) => {
          const c = claims[id];
          return c ? <ClaimCard key={id} c={c} /> : <li key={id} class="muted">claim {id}</li>;
        })}
      </ul>
    </div>
  );
}

function DisputeCard({ d, claims }: { d: Dispute; claims: Record<string, ClaimRecord> }) {
  return (
    <article class="dispute" aria-labelledby={`d-${d.id}`} data-testid="dispute">
      <h3 id={`d-${d.id}`}>{d.kind ? <span class="kind" data-testid="dispute-kind">{d.kind}</span> : null} {topicTitle(d.topic)}</h3>
      <p class="muted">{d.reason}: {d.explanation}</p>
      <div class="sides">
        {d.sides.map((s, i) => <Side key={i} s={s} n={i + 1} claims={claims} />)}
      </div>
    </article>
  );
}

function AgreementCard({ a, claims }: { a: Agreement; claims: Record<string, ClaimRecord> }) {
  return (
    <article class="dispute agreement" aria-labelledby={`a-${a.id}`}>
      <h3 id={`a-${a.id}`}>{topicTitle(a.topic)}</h3>
      <div class="sides"><Side s={a.side} n={1} claims={claims} /></div>
    </article>
  );
}

function Report({ r, agreements }: { r: DisputesResponse; agreements: boolean }) {
  return (
    <>
      <p class="muted" role="status" data-testid="disputes-count">
        {plural(r.totalDisputes, 'dispute', 'disputes')} among {plural(r.compared, 'claim', 'claims')} compared
        {r.totalDisputes > r.disputes.length ? ` (the first ${r.disputes.length} shown)` : ''}.{' '}
        <a href={href('disputes', '', agreements ? {} : { agreements: 1 })}>{agreements ? 'Hide agreements' : 'Show agreements'}</a>
      </p>
      {r.disputes.map((d) => <DisputeCard key={d.id} d={d} claims={r.claims} />)}
      {agreements ? (
        <>
          <h2>Agreements ({r.totalAgreements})</h2>
          {r.agreements.map((a) => <AgreementCard key={a.id} a={a} claims={r.claims} />)}
        </>
      ) : null}
    </>
  );
}

/** At most this many disputes (and agreements) are asked for and shown. */
const SHOWN = 100;

/** The disputes view. */
export function DisputesView({ params }: { params: URLSearchParams }) {
  const agreements = params.get('agreements') === '1';
  const load = useLoad(() => api.disputes({ limit: SHOWN, ...(agreements ? { agreements: true } : {}) }), `disputes-${agreements}`);
  return (
    <section>
      <h2 tabIndex={-1}>Disputes</h2>
      <Loaded load={load}>{(r) => <Report r={r} agreements={agreements} />}</Loaded>
    </section>
  );
}

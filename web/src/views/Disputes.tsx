/** Disputes: the sides of each next to each other, with how many independent sources back each. */
import { api, type DisputeSide, type DisputeView } from '../api.js';
import { href } from '../router.js';
import { day, Loaded, SideBadge, useLoad } from '../util.js';

function Side({ s, n }: { s: DisputeSide; n: number }) {
  return (
    <div class="side" aria-label={`Side ${n}: ${s.position}`}>
      <h4>{s.position}</h4>
      <p class="sources" data-testid="independent-sources">
        <strong>{s.independentSources}</strong> independent {s.independentSources === 1 ? 'source' : 'sources'},{' '}
        {s.claims.length} {s.claims.length === 1 ? 'claim' : 'claims'}
      </p>
      <ul class="plain">
        {s.claims.map((c) => (
          <li key={c.id} class="claim-card">
            <div>
              <strong>{c.speaker ?? 'unattributed'}</strong> <SideBadge side={c.side} /> {c.cue ? <em>{c.cue}</em> : null}
            </div>
            <blockquote>{c.content}</blockquote>
            <div class="muted">
              <a href={href('document', c.documentId, { claim: c.index })}>{c.source ?? c.documentId.slice(0, 12)}</a>
              {c.date ? ` · ${day(c.date)}` : ''}
              {c.originClaimId ? ' · repeated from an earlier document' : ''}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Dispute({ d }: { d: DisputeView }) {
  return (
    <article class="dispute" aria-labelledby={`d-${d.id}`}>
      <h3 id={`d-${d.id}`}>{d.topic}</h3>
      <p class="muted">
        {d.kind}
        {d.place ? ` · ${d.place}` : ''}
        {d.from ? ` · ${day(d.from)}${d.to && d.to !== d.from ? ` to ${day(d.to)}` : ''}` : ''} · {d.reason}
      </p>
      <div class="sides">
        {d.sides.map((s, i) => <Side key={i} s={s} n={i + 1} />)}
      </div>
    </article>
  );
}

/** The disputes view (agreements on request). */
export function DisputesView({ params }: { params: URLSearchParams }) {
  const load = useLoad(() => api.disputes(), 'disputes');
  const showAgreements = params.get('agreements') === '1';
  return (
    <section>
      <h2 tabIndex={-1}>Disputes</h2>
      <Loaded load={load}>
        {(r) => (
          <>
            <p class="muted" role="status">
              {r.disputes.length} {r.disputes.length === 1 ? 'dispute' : 'disputes'} among {r.claims} claims
              {r.agreements.length ? `, ${r.agreements.length} agreements` : ''}.{' '}
              {r.agreements.length ? (
                <a href={href('disputes', '', showAgreements ? {} : { agreements: 1 })}>
                  {showAgreements ? 'Hide agreements' : 'Show agreements'}
                </a>
              ) : null}
            </p>
            {r.disputes.map((d) => <Dispute key={d.id} d={d} />)}
            {showAgreements ? (
              <>
                <h2>Agreements</h2>
                {r.agreements.map((d) => <Dispute key={d.id} d={d} />)}
              </>
            ) : null}
          </>
        )}
      </Loaded>
    </section>
  );
}

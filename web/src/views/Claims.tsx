/** The claims table: server-side filters and paging; each row links to its document. */
import { Fragment } from 'preact';
import { api, CLAIM_FILTERS, withQuery, type ClaimFilters, type ClaimRecord, type Page } from '../api.js';
import { href, navigate } from '../router.js';
import { ACLED_TYPES, eventColour, eventLabel, PLOVER_TYPES } from '../../../src/export/event-colours.js';
import { EventSwatch } from '../util.js';
import { day, Loaded, SideBadge, useLoad } from '../util.js';

export const PAGE_SIZE = 50;

const LABELS: Record<(typeof CLAIM_FILTERS)[number], string> = {
  speaker: 'Speaker',
  side: 'Side',
  place: 'Place',
  region: 'Region (ISO code)',
  from: 'From',
  to: 'To',
  text: 'Text',
  kind: 'Kind',
  event: 'Event type',
};

/** The filters of the current route. */
function filtersOf(params: URLSearchParams): ClaimFilters {
  const f: ClaimFilters = {};
  for (const k of CLAIM_FILTERS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  const offset = Number(params.get('offset') ?? 0);
  f.offset = Number.isInteger(offset) && offset > 0 ? offset : 0;
  f.limit = PAGE_SIZE;
  return f;
}

function Filters({ f }: { f: ClaimFilters }) {
  const submit = (e: Event): void => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const next: Record<string, string> = {};
    for (const k of CLAIM_FILTERS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) next[k] = v;
    }
    navigate(href('claims', '', next));
  };
  return (
    <form class="filters" onSubmit={submit} aria-label="Claim filters" key={JSON.stringify(f)}>
      {CLAIM_FILTERS.map((k) => (
        <label key={k}>
          <span>{LABELS[k]}</span>
          {k === 'kind' ? (
            <select name="kind">
              {['', 'direct', 'indirect', 'mixed'].map((v) => (
                <option key={v} value={v} selected={(f.kind ?? '') === v}>{v || 'any'}</option>
              ))}
            </select>
          ) : k === 'event' ? (
            <input name="event" type="text" list="event-types" defaultValue={f.event ?? ''} placeholder="Battles, ASSAULT …"
              title="An ACLED event or sub-event type (Armed clash, Air/drone strike …) or a PLOVER type" />
          ) : k === 'from' || k === 'to' ? (
            <input name={k} type="date" defaultValue={f[k] ?? ''} />
          ) : (
            <input name={k} type="text" defaultValue={f[k] ?? ''} placeholder={k === 'region' ? 'UA-63' : k === 'side' ? 'UA, RU …' : undefined} />
          )}
        </label>
      ))}
      <datalist id="event-types">
        {[...ACLED_TYPES.map((a) => a.type), ...PLOVER_TYPES].map((t) => <option key={t} value={t} />)}
      </datalist>
      <div class="buttons">
        <button type="submit">Apply</button>
        <button type="button" onClick={() => navigate(href('claims'))}>Clear</button>
      </div>
    </form>
  );
}

/** The event types a claim reports, each a link to the claims of that type (ACLED sub-type, else type, else PLOVER). */
function EventChips({ c }: { c: ClaimRecord }) {
  const seen = new Set<string>();
  const chips = (c.events ?? []).map((e) => ({ label: eventLabel(e), type: e.eventType, plover: e.plover }))
    .filter((x) => (seen.has(x.label) ? false : (seen.add(x.label), true)));
  if (!chips.length) return null;
  return (
    <ul class="plain event-chips" aria-label="Events reported">
      {chips.map((x) => (
        <li key={x.label}>
          <a class="event-chip" href={href('claims', '', { event: x.label })} title={`${x.type ?? 'not an ACLED event'} · PLOVER ${x.plover}: claims of this type`}>
            <EventSwatch colour={eventColour(x.type)} />
            {x.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Row({ c }: { c: ClaimRecord }) {
  return (
    <tr>
      <td>
        <div>
          {c.speaker ? <a href={href('claims', '', { speaker: c.speaker })} title={`Claims by ${c.speaker}`}>{c.speaker}</a> : <span class="muted">unattributed</span>}
        </div>
        {c.speakerLatin ? <div class="latin" lang="en" title="The name in Latin letters">{c.speakerLatin}</div> : null}
        <SideBadge side={c.side} />
        {c.affiliation ? <div class="affiliation">{c.affiliation}</div> : null}
      </td>
      <td>{c.cue ?? ''}</td>
      <td class="content">
        {c.content}
        <EventChips c={c} />
      </td>
      <td>
        {c.quantities.length === 0 ? null : (
          <ul class="plain">
            {c.quantities.map((q) => <li key={q.id}>{q.text}{q.unit ? <span class="muted"> ({q.unit})</span> : null}</li>)}
          </ul>
        )}
      </td>
      <td>
        {c.places.length === 0 ? null : (
          <ul class="plain">
            {c.places.map((p, i) => (
              <li key={`${p.placeId}-${i}`}>
                <a href={href('claims', '', { place: p.placeId })} title={`Claims naming ${p.name}`}>{p.name}</a>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td class="nowrap">{day(c.date)}</td>
      <td>
        <a href={href('document', c.documentId, { claim: c.index })} title={`Open the document (claim ${c.index + 1})`}>
          {c.outlet ?? c.source ?? c.documentId.slice(0, 12)}
        </a>
        {c.originClaimId ? <div class="muted">repeated</div> : null}
      </td>
    </tr>
  );
}

function Table({ page, f }: { page: Page<ClaimRecord>; f: ClaimFilters }) {
  const offset = f.offset ?? 0;
  const params = (o: number): Record<string, string | number> => {
    const p: Record<string, string | number> = {};
    for (const k of CLAIM_FILTERS) if (f[k]) p[k] = f[k] as string;
    if (o > 0) p.offset = o;
    return p;
  };
  const first = page.items.length ? offset + 1 : 0;
  const last = offset + page.items.length;
  return (
    <>
      <nav class="pager" aria-label="Pages of claims">
        <span role="status" data-testid="claims-count">
          {page.total === 0 ? 'No claims match.' : `Claims ${first}–${last} of ${page.totalCapped ? `more than ${page.total.toLocaleString('en')}` : page.total}`}
        </span>
        <button type="button" disabled={offset === 0} onClick={() => navigate(href('claims', '', params(Math.max(0, offset - PAGE_SIZE))))}>
          Previous
        </button>
        <button type="button" disabled={page.totalCapped ? page.next === null : last >= page.total} onClick={() => navigate(href('claims', '', params(offset + PAGE_SIZE)))}>
          Next
        </button>
        <span class="exports">
          Export all matching:{' '}
          {(['csv', 'geojson', 'json'] as const).map((format, i) => (
            <Fragment key={format}>
              {i > 0 ? ' · ' : ''}
              <a href={withQuery('/api/export', { format, ...params(0) })} download>{format.toUpperCase()}</a>
            </Fragment>
          ))}
        </span>
      </nav>
      {page.items.length === 0 ? null : (
        <table class="claims">
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col">Cue</th>
              <th scope="col">Content</th>
              <th scope="col">Quantities</th>
              <th scope="col">Places</th>
              <th scope="col">Date</th>
              <th scope="col">Document</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((c) => <Row key={c.id} c={c} />)}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The claims view. */
export function ClaimsView({ params }: { params: URLSearchParams }) {
  const f = filtersOf(params);
  const key = JSON.stringify(f);
  const load = useLoad(() => api.claims(f), key);
  return (
    <section>
      <h2 tabIndex={-1}>Claims</h2>
      <Filters f={f} />
      <Loaded load={load}>{(page) => <Table page={page} f={f} />}</Loaded>
    </section>
  );
}

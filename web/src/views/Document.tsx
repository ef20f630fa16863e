/** One stored document: its provenance and its text with the analysis highlighted. */
import { api, type DocumentDetail } from '../api.js';
import { href } from '../router.js';
import { day, Loaded, SafeLink, useLoad } from '../util.js';
import { AnalysisView } from './AnalysisView.js';

function Meta({ d }: { d: DocumentDetail }) {
  const doc = d.document;
  return (
    <dl class="meta">
      <dt>Source</dt>
      <dd>{doc.source ?? <span class="muted">unknown</span>}</dd>
      <dt>Link</dt>
      <dd>{doc.url ? <SafeLink url={doc.url} /> : <span class="muted">none</span>}</dd>
      <dt>Published</dt>
      <dd>{doc.published ? day(doc.published) : <span class="muted">unknown</span>}</dd>
      <dt>Claims</dt>
      <dd>{doc.claimCount}</dd>
      {doc.carrierOf ? (
        <>
          <dt>Carries</dt>
          <dd>
            {doc.duplicate === 'exact' ? 'an exact copy of ' : 'a near copy of '}
            <a href={href('document', doc.carrierOf)}>{doc.carrierOf.slice(0, 12)}</a>
            {doc.similarity != null ? ` (similarity ${doc.similarity.toFixed(2)})` : ''}
          </dd>
        </>
      ) : null}
      <dt>Id</dt>
      <dd class="mono">{doc.id}</dd>
    </dl>
  );
}

/** The document view. `?claim=N` marks and scrolls to that claim. */
export function DocumentView({ id, params }: { id: string; params: URLSearchParams }) {
  const load = useLoad(() => api.document(id), id);
  const c = Number(params.get('claim'));
  const claim = params.has('claim') && Number.isInteger(c) && c >= 0 ? c : null;
  return (
    <section>
      <Loaded load={load}>
        {(d) => (
          <>
            <h2 tabIndex={-1}>{d.document.title ?? d.document.source ?? 'Document'}</h2>
            <Meta d={d} />
            {d.analysis ? (
              <AnalysisView analysis={d.analysis} focusClaim={claim} />
            ) : (
              <div class="doc-text" data-testid="doc-text">{d.document.text ?? ''}</div>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

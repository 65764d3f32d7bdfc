import { useDelayedText } from '../../components/use-delayed-text.js';
import { STATUS_LABELS, type DocumentStatus } from '../../components/documents/StatusBadge.js';
import type { DocumentFilter } from './documents-route.js';
import { useDocumentsList } from './documents-services.js';

const SEARCH_DELAY_MS = 250;

/** The search box keeps its own text while typing and hands it over after a pause, so each key is not a query. */
function SearchBox({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const [text, setText] = useDelayedText(value, onChange, SEARCH_DELAY_MS);
  return (
    <input
      className="input documents-search"
      type="search"
      placeholder="PO, ASN, control no."
      title="Search by PO, ASN, invoice or control number (starts with)"
      aria-label="Search by PO, reference or control number (starts with)"
      data-testid="documents-search"
      value={text}
      maxLength={80}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && text !== '') {
          event.preventDefault();
          setText('');
        }
      }}
    />
  );
}

const STATUS_ORDER: DocumentStatus[] = ['rejected', 'accepted-with-errors', 'accepted'];

export function FilterBar({ filter, onChange }: { filter: DocumentFilter; onChange: (filter: DocumentFilter) => void }) {
  const facets = useDocumentsList((state) => state.facets);
  const set = <K extends keyof DocumentFilter>(key: K, value: DocumentFilter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const anyFilter = Object.keys(filter).length > 0;
  return (
    <div className="documents-filters" role="search" aria-label="Filter documents">
      <SearchBox value={filter.text ?? ''} onChange={(text) => set('text', text || undefined)} />
      <select className="input documents-select" aria-label="Partner" data-testid="filter-partner" value={filter.partnerId ?? ''} onChange={(event) => set('partnerId', event.target.value ? Number(event.target.value) : undefined)}>
        <option value="">All partners</option>
        {facets?.partners.map((partner) => (
          <option key={partner.id} value={partner.id}>
            {partner.name} ({partner.documents.toLocaleString()})
          </option>
        ))}
      </select>
      <select className="input documents-select" aria-label="Type" data-testid="filter-type" value={filter.type ?? ''} onChange={(event) => set('type', event.target.value || undefined)}>
        <option value="">All types</option>
        {facets?.types.map((type) => (
          <option key={type.type} value={type.type}>
            {type.type} {type.name ?? ''} ({type.documents.toLocaleString()})
          </option>
        ))}
      </select>
      <select className="input documents-select documents-select-narrow" aria-label="Direction" data-testid="filter-direction" value={filter.direction ?? ''} onChange={(event) => set('direction', (event.target.value || undefined) as DocumentFilter['direction'])}>
        <option value="">In and out</option>
        <option value="inbound">Inbound</option>
        <option value="outbound">Outbound</option>
      </select>
      <span className="documents-date" role="group" aria-label="Received between">
        <span>Received</span>
        <input className="input" type="date" aria-label="Received from" data-testid="filter-from" value={filter.from ?? ''} max={filter.to} onChange={(event) => set('from', event.target.value || undefined)} />
        <span aria-hidden="true">–</span>
        <input className="input" type="date" aria-label="Received to" data-testid="filter-to" value={filter.to ?? ''} min={filter.from} onChange={(event) => set('to', event.target.value || undefined)} />
      </span>
      <button type="button" className="button button-quiet button-small" disabled={!anyFilter} onClick={() => onChange({})} data-testid="filter-clear">
        Clear
      </button>
    </div>
  );
}

/** Status as one click: the rejected and with-errors counts say at once whether anything needs attention. */
export function StatusFilter({ filter, onChange }: { filter: DocumentFilter; onChange: (filter: DocumentFilter) => void }) {
  const facets = useDocumentsList((state) => state.facets);
  const set = (status: DocumentStatus | undefined) => {
    const next = { ...filter };
    if (status === undefined) delete next.status;
    else next.status = status;
    onChange(next);
  };
  return (
    <div className="documents-status-filter" role="group" aria-label="Status">
      <button type="button" className="chip" aria-pressed={filter.status === undefined} data-testid="filter-status-all" onClick={() => set(undefined)}>
        All
      </button>
      {STATUS_ORDER.map((status) => (
        <button key={status} type="button" className={`chip chip-${status}`} aria-pressed={filter.status === status} data-testid={`filter-status-${status}`} onClick={() => set(filter.status === status ? undefined : status)}>
          {STATUS_LABELS[status]}
          {facets && <span className="chip-count">{facets.statuses[status].toLocaleString()}</span>}
        </button>
      ))}
    </div>
  );
}

import { useCallback } from 'react';
import { useDelayedText } from '../../components/use-delayed-text.js';
import { usePartners } from '../maps/use-partners.js';
import { CHANNELS, MISMATCH_TYPE_LABELS, MISMATCH_TYPES, OWNER_LABELS, OWNERS, SEVERITIES, STATUSES } from './labels.js';
import { isFiltered } from './queue-route.js';
import type { QueueFilter } from './recon-types.js';

const TYPING_DELAY_MS = 300;

/** A text box that keeps its own text while typing and hands it over after a pause, so each key is not a query. */
function DelayedInput({ value, onChange, label, testId, placeholder, className, pattern }: { value: string; onChange: (text: string) => void; label: string; testId: string; placeholder: string; className: string; pattern?: RegExp }) {
  const accept = useCallback((next: string) => pattern === undefined || pattern.test(next), [pattern]);
  const [text, setText] = useDelayedText(value, onChange, TYPING_DELAY_MS, accept);
  const invalid = pattern !== undefined && text.trim() !== '' && !pattern.test(text.trim());
  return (
    <input
      className={`input ${className}`}
      type="search"
      placeholder={placeholder}
      aria-label={label}
      aria-invalid={invalid || undefined}
      data-testid={testId}
      value={text}
      maxLength={200}
      onChange={(event) => setText(event.target.value)}
    />
  );
}

/** A single choice over a list field; a saved view holding several values shows them as one "n chosen" entry. */
function OneOf<T extends string | number>({ values, chosen, all, label, testId, text, onChange }: { values: readonly T[]; chosen: T[] | undefined; all: string; label: string; testId: string; text: (value: T) => string; onChange: (next: T[] | undefined) => void }) {
  const several = (chosen?.length ?? 0) > 1;
  const current = several ? '*' : chosen?.[0] !== undefined ? String(chosen[0]) : '';
  return (
    <select
      className="input recon-select"
      aria-label={label}
      data-testid={testId}
      value={current}
      onChange={(event) => {
        const picked = values.find((value) => String(value) === event.target.value);
        if (event.target.value !== '*') onChange(picked === undefined ? undefined : [picked]);
      }}
    >
      <option value="">{all}</option>
      {several && <option value="*">{chosen!.map((value) => text(value)).join(', ')}</option>}
      {values.map((value) => (
        <option key={value} value={String(value)}>
          {text(value)}
        </option>
      ))}
    </select>
  );
}

const STATUS_CHOICES = [
  { id: '', label: 'Open and assigned', statuses: undefined },
  ...STATUSES.map((status) => ({ id: status, label: status[0]!.toUpperCase() + status.slice(1), statuses: [status] })),
  { id: 'all', label: 'Every status', statuses: [...STATUSES] },
];

const AGE_CHOICES = [0, 1, 3, 7, 30];

export function QueueFilters({ filter, onChange }: { filter: QueueFilter; onChange: (filter: QueueFilter) => void }) {
  const { partners } = usePartners();
  const set = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const statusId = !filter.statuses ? '' : filter.statuses.length === STATUSES.length ? 'all' : filter.statuses.length === 1 ? filter.statuses[0]! : '';
  const partnerName = (id: number) => partners.find((partner) => partner.id === id)?.name ?? `Partner ${id}`;
  return (
    <div className="recon-filters" role="search" aria-label="Filter the review queue">
      <DelayedInput className="recon-search" value={filter.text ?? ''} onChange={(text) => set('text', text || undefined)} label="Search PO, ASN, invoice or summary" testId="recon-search" placeholder="PO, ASN, invoice, text…" />
      <OneOf values={partners.map((partner) => partner.id)} chosen={filter.partnerIds} all="All partners" label="Partner" testId="recon-filter-partner" text={partnerName} onChange={(value) => set('partnerIds', value)} />
      <OneOf values={MISMATCH_TYPES} chosen={filter.types} all="All types" label="Type" testId="recon-filter-type" text={(type) => MISMATCH_TYPE_LABELS[type]} onChange={(value) => set('types', value)} />
      <OneOf values={SEVERITIES} chosen={filter.severities} all="Any severity" label="Severity" testId="recon-filter-severity" text={(value) => value} onChange={(value) => set('severities', value)} />
      <OneOf values={OWNERS} chosen={filter.owners} all="Any owner" label="Owner" testId="recon-filter-owner" text={(owner) => OWNER_LABELS[owner]} onChange={(value) => set('owners', value)} />
      <OneOf values={CHANNELS} chosen={filter.channels as (typeof CHANNELS)[number][] | undefined} all="Any channel" label="Channel" testId="recon-filter-channel" text={(value) => value} onChange={(value) => set('channels', value)} />
      <DelayedInput className="recon-warehouse" value={(filter.warehouses ?? []).join(', ')} onChange={(text) => set('warehouses', text ? text.split(',').map((value) => value.trim()).filter(Boolean) : undefined)} label="Warehouse" testId="recon-filter-warehouse" placeholder="Warehouse" />
      <select className="input recon-select" aria-label="Status" data-testid="recon-filter-status" value={statusId} onChange={(event) => set('statuses', STATUS_CHOICES.find((choice) => choice.id === event.target.value)?.statuses)}>
        {STATUS_CHOICES.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
      <select className="input recon-select" aria-label="Age" data-testid="recon-filter-age" value={filter.minAgeDays ?? 0} onChange={(event) => set('minAgeDays', Number(event.target.value) || undefined)}>
        {AGE_CHOICES.map((days) => (
          <option key={days} value={days}>
            {days === 0 ? 'Any age' : `Older than ${days} ${days === 1 ? 'day' : 'days'}`}
          </option>
        ))}
      </select>
      <DelayedInput className="recon-money" value={filter.minMoney ?? ''} onChange={(text) => set('minMoney', text || undefined)} label="Minimum money at risk" testId="recon-filter-money" placeholder="Min. at risk" pattern={/^\d{1,15}(\.\d{1,6})?$/} />
      <DelayedInput className="recon-assignee" value={filter.assignee ?? ''} onChange={(text) => set('assignee', text || undefined)} label="Assignee" testId="recon-filter-assignee" placeholder="Assignee" />
      <label className="recon-check">
        <input type="checkbox" checked={filter.chargebackRisk === true} onChange={(event) => set('chargebackRisk', event.target.checked || undefined)} data-testid="recon-filter-chargeback" />
        Chargeback risk
      </label>
      <label className="recon-check" title="Also those the latest check no longer finds (the data was corrected)">
        <input type="checkbox" checked={filter.includeCleared === true} onChange={(event) => set('includeCleared', event.target.checked || undefined)} data-testid="recon-filter-cleared" />
        Include cleared
      </label>
      {isFiltered(filter) && (
        <button type="button" className="button button-quiet" data-testid="recon-clear-filters" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}

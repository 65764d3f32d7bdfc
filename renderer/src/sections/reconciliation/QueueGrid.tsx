import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { WindowedList } from '../../components/documents/WindowedList.js';
import { Skeleton } from '../../components/Skeleton.js';
import { ageText, MISMATCH_TYPE_LABELS, moneyText, OWNER_LABELS } from './labels.js';
import { threadHash } from './queue-route.js';
import type { QueueRow, QueueSort, QueueSortField } from './recon-types.js';
import { useQueue, useReconServices } from './recon-services.js';

export const ROW_HEIGHT = 44;

interface Column {
  id: string;
  title: string;
  sort?: QueueSortField;
  /** a second sortable field shown in the same column (type over partner) */
  also?: { title: string; sort: QueueSortField };
  /** a second, unsorted field shown in the same column (status over owner) */
  after?: string;
}

function SortButton({ title, field, sort, onSort }: { title: string; field: QueueSortField; sort: QueueSort; onSort: (field: QueueSortField) => void }) {
  const sorted = sort.field === field;
  return (
    <button type="button" className="recon-sort" data-testid={`recon-sort-${field}`} onClick={() => onSort(field)} title={`Sort by ${title.toLowerCase()}`} aria-pressed={sorted}>
      {title}
      <span aria-hidden="true">{sorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
    </button>
  );
}

const COLUMNS: Column[] = [
  { id: 'pick', title: '' },
  { id: 'severity', title: 'Severity', sort: 'severity' },
  { id: 'type', title: 'Type', sort: 'type', also: { title: 'Partner', sort: 'partner' } },
  { id: 'summary', title: 'Summary' },
  { id: 'sides', title: 'Expected / actual' },
  { id: 'money', title: 'At risk', sort: 'money' },
  { id: 'age', title: 'Age', sort: 'age' },
  { id: 'status', title: 'Status', sort: 'status', after: 'Owner' },
];

function HeaderRow({ sort, onSort }: { sort: QueueSort; onSort: (field: QueueSortField) => void }) {
  return (
    <div className="recon-row recon-header-row" role="row" aria-rowindex={1}>
      {COLUMNS.map((column) => {
        const sortedBy = [column.sort, column.also?.sort].find((field) => field !== undefined && field === sort.field);
        return (
          <div key={column.id} className={`recon-cell recon-cell-${column.id}`} role="columnheader" aria-sort={sortedBy ? (sort.direction === 'asc' ? 'ascending' : 'descending') : column.sort ? 'none' : undefined}>
            {column.sort ? <SortButton title={column.title} field={column.sort} sort={sort} onSort={onSort} /> : column.title}
            {column.after && <span aria-hidden="true"> · {column.after}</span>}
            {column.also && (
              <>
                <span aria-hidden="true"> · </span>
                <SortButton title={column.also.title} field={column.also.sort} sort={sort} onSort={onSort} />
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

export function SeverityBadge({ severity }: { severity: QueueRow['severity'] }) {
  return (
    <span className={`recon-severity recon-severity-${severity}`} data-severity={severity}>
      {severity}
    </span>
  );
}

export function StatusChip({ row }: { row: Pick<QueueRow, 'status' | 'assignee' | 'present'> }) {
  return (
    <span className={`recon-status recon-status-${row.status}`} data-status={row.status}>
      {row.status}
      {row.assignee && row.status === 'assigned' ? ` · ${row.assignee}` : ''}
      {!row.present && <span className="recon-muted"> · cleared</span>}
    </span>
  );
}

function Cells({ row, picked, onPick, now }: { row: QueueRow; picked: boolean; onPick: () => void; now: number }) {
  const cell = (id: string, content: ReactNode, title?: string) => (
    <div className={`recon-cell recon-cell-${id}`} role="gridcell" title={title}>
      {content}
    </div>
  );
  return (
    <>
      {cell(
        'pick',
        <input type="checkbox" tabIndex={-1} checked={picked} aria-label={`Select ${row.summary}`} data-testid="recon-pick" onChange={onPick} onClick={(event) => event.stopPropagation()} />,
      )}
      {cell('severity', <SeverityBadge severity={row.severity} />)}
      {cell(
        'type',
        <>
          <span className="recon-line1">{MISMATCH_TYPE_LABELS[row.type] ?? row.type}</span>
          <span className="recon-line2 recon-muted">{row.partnerName ?? '—'}</span>
        </>,
        `${MISMATCH_TYPE_LABELS[row.type] ?? row.type}\n${row.partnerName ?? ''}`,
      )}
      {cell(
        'summary',
        <a className="recon-link" href={threadHash(row.threadKey, row.id)} tabIndex={-1} data-testid="recon-open">
          {row.summary}
        </a>,
        `${row.summary}\n${row.threadKey}`,
      )}
      {cell(
        'sides',
        <>
          <span className="recon-line1">{row.expected.text}</span>
          <span className="recon-line2 recon-actual">{row.actual.text}</span>
        </>,
        `Expected: ${row.expected.text}\nActual: ${row.actual.text}`,
      )}
      {cell('money', moneyText(row.moneyAtRisk), row.chargebackRisk ? 'Chargeback risk' : undefined)}
      {cell('age', ageText(row.firstSeenAt, now), `Found ${row.firstSeenAt}`)}
      {cell(
        'status',
        <>
          <span className="recon-line1">
            <StatusChip row={row} />
          </span>
          <span className="recon-line2 recon-muted">{OWNER_LABELS[row.owner]}</span>
        </>,
        `${row.assignee ? `Assigned to ${row.assignee}\n` : ''}Owner: ${OWNER_LABELS[row.owner]}`,
      )}
    </>
  );
}

/** The clock for ages ('5 h'), ticking once a minute so the list does not redraw every second. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The review queue: sortable headers, rows drawn as they scroll into view, a tick box per row for bulk actions. */
export function QueueGrid({ onSort, onOpen }: { onSort: (field: QueueSortField) => void; onOpen: (row: QueueRow) => void }) {
  const { queue } = useReconServices();
  const total = useQueue((state) => state.total);
  const sort = useQueue((state) => state.sort);
  const status = useQueue((state) => state.status);
  const active = useQueue((state) => state.active);
  const selection = useQueue((state) => state.selection);
  useQueue((state) => state.revision);
  const showRange = useCallback((first: number, last: number) => queue.getState().showRange(first, last), [queue]);
  const setActive = useCallback((index: number) => queue.getState().setActive(index), [queue]);
  const open = (index: number) => {
    const row = queue.getState().rowAt(index);
    if (row) onOpen(row);
  };
  const now = useNow(60_000);
  const rowCount = status === 'loading' && total === 0 ? 8 : total;
  return (
    <div className="recon-grid" aria-busy={status === 'loading'}>
      <WindowedList
        rowCount={rowCount}
        rowHeight={ROW_HEIGHT}
        header={<HeaderRow sort={sort} onSort={onSort} />}
        headerHeight={ROW_HEIGHT}
        idPrefix="recon-row"
        label="Review queue"
        testId="recon-list"
        activeIndex={active}
        onActiveChange={setActive}
        onOpen={open}
        onRangeChange={showRange}
        renderRow={(index) => {
          const row = queue.getState().rowAt(index);
          if (!row)
            return (
              <div className="recon-row">
                {COLUMNS.map((column) => (
                  <div key={column.id} className={`recon-cell recon-cell-${column.id}`} role="gridcell">
                    <Skeleton width="70%" />
                  </div>
                ))}
              </div>
            );
          const picked = selection.includes(row.id);
          return (
            <div className={`recon-row${picked ? ' recon-row-picked' : ''}`} data-testid="recon-row" data-id={row.id} data-thread={row.threadKey} data-status={row.status} data-type={row.type} onDoubleClick={() => onOpen(row)}>
              <Cells row={row} picked={picked} onPick={() => queue.getState().toggleSelected(row.id)} now={now} />
            </div>
          );
        }}
        empty={
          status === 'ready' ? (
            <div className="recon-empty" data-testid="recon-no-match">
              Nothing to review under these filters.
            </div>
          ) : null
        }
      />
    </div>
  );
}

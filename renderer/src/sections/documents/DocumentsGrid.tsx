import { useCallback, useState } from 'react';
import { DirectionMark, StatusBadge } from '../../components/documents/StatusBadge.js';
import { WindowedList } from '../../components/documents/WindowedList.js';
import { formatDateTime } from '../../components/documents/format.js';
import { Skeleton } from '../../components/Skeleton.js';
import { documentHash, type DocumentSort, type SortColumn } from './documents-route.js';
import type { DocumentRow } from './documents-store.js';
import { useDocumentsList, useDocumentsServices } from './documents-services.js';
import { navigate } from './navigate.js';

export const ROW_HEIGHT = 34;

interface Column {
  id: string;
  title: string;
  sort?: SortColumn;
}

const COLUMNS: Column[] = [
  { id: 'status', title: 'Status', sort: 'status' },
  { id: 'received', title: 'Received', sort: 'receivedAt' },
  { id: 'partner', title: 'Partner', sort: 'partner' },
  { id: 'direction', title: 'Dir.' },
  { id: 'type', title: 'Type', sort: 'type' },
  { id: 'business', title: 'PO / reference' },
  { id: 'control', title: 'Control no.', sort: 'controlNumber' },
  { id: 'problem', title: 'Problem' },
];

function HeaderRow({ sort, onSort }: { sort: DocumentSort; onSort: (column: SortColumn) => void }) {
  return (
    <div className="documents-row documents-header-row" role="row" aria-rowindex={1}>
      {COLUMNS.map((column) => {
        const sorted = column.sort !== undefined && sort.column === column.sort;
        return (
          <div
            key={column.id}
            className={`documents-cell documents-cell-${column.id}`}
            role="columnheader"
            aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : column.sort ? 'none' : undefined}
          >
            {column.sort ? (
              <button type="button" className="documents-sort" data-testid={`sort-${column.sort}`} onClick={() => onSort(column.sort!)} title={`Sort by ${column.title.toLowerCase()}`}>
                {column.title}
                <span className="documents-sort-mark" aria-hidden="true">
                  {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            ) : (
              column.title
            )}
          </div>
        );
      })}
    </div>
  );
}

function Cells({ row }: { row: DocumentRow }) {
  const business = row.reference ?? row.poNumber;
  const businessTitle = [row.poNumber && `PO ${row.poNumber}`, row.reference && `Reference ${row.reference}`, row.documentDate && `Dated ${row.documentDate}`, row.amount && `Amount ${row.amount}`].filter(Boolean).join(' · ');
  return (
    <>
      <div className="documents-cell documents-cell-status" role="gridcell">
        <StatusBadge status={row.status} />
      </div>
      <div className="documents-cell documents-cell-received" role="gridcell" title={row.receivedAt}>
        {formatDateTime(row.receivedAt)}
      </div>
      <div className="documents-cell documents-cell-partner" role="gridcell" title={row.partnerName ?? undefined}>
        {row.partnerName ?? '—'}
      </div>
      <div className="documents-cell documents-cell-direction" role="gridcell">
        <DirectionMark direction={row.direction} />
      </div>
      <div className="documents-cell documents-cell-type" role="gridcell" title={`${row.type} ${row.typeName ?? ''} (${row.version})`}>
        <span className="documents-type-code">{row.type}</span> <span className="documents-type-name">{row.typeName ?? ''}</span>
      </div>
      <div className="documents-cell documents-cell-business" role="gridcell" title={businessTitle || undefined}>
        {business ?? <span className="documents-muted">—</span>}
      </div>
      <div className="documents-cell documents-cell-control" role="gridcell" title={`Transaction ${row.controlNumber} · group ${row.groupControlNumber ?? '—'} · interchange ${row.interchangeControlNumber}`}>
        {row.controlNumber} <span className="documents-muted">· {row.interchangeControlNumber}</span>
      </div>
      <div className={`documents-cell documents-cell-problem${row.errorCount > 0 ? ' documents-problem-error' : ''}`} role="gridcell" title={row.firstProblem ?? undefined}>
        {row.firstProblem ? (
          <>
            {row.errorCount + row.warningCount > 1 && <span className="documents-problem-count">{row.errorCount + row.warningCount}</span>}
            {row.firstProblem}
          </>
        ) : null}
      </div>
    </>
  );
}

function LoadingCells() {
  return (
    <>
      {COLUMNS.map((column) => (
        <div key={column.id} className={`documents-cell documents-cell-${column.id}`} role="gridcell">
          <Skeleton width={column.id === 'problem' ? '60%' : '70%'} />
        </div>
      ))}
    </>
  );
}

/** The document list: sortable headers, rows drawn as they scroll into view, Enter or double click opens one. */
export function DocumentsGrid({ onSort }: { onSort: (column: SortColumn) => void }) {
  const { list } = useDocumentsServices();
  const total = useDocumentsList((state) => state.total);
  const sort = useDocumentsList((state) => state.sort);
  const status = useDocumentsList((state) => state.status);
  // Redraw when pages arrive.
  useDocumentsList((state) => state.revision);
  const [active, setActive] = useState(-1);
  const showRange = useCallback((first: number, last: number) => list.getState().showRange(first, last), [list]);
  const open = (index: number) => {
    const row = list.getState().rowAt(index);
    if (row) navigate(documentHash(row.id));
  };
  const rowCount = status === 'loading' && total === 0 ? 12 : total;
  return (
    <div className="documents-grid" aria-busy={status === 'loading'}>
      <WindowedList
        rowCount={rowCount}
        rowHeight={ROW_HEIGHT}
        header={<HeaderRow sort={sort} onSort={onSort} />}
        headerHeight={ROW_HEIGHT}
        idPrefix="document-row"
        label="Documents"
        testId="documents-list"
        activeIndex={active}
        onActiveChange={setActive}
        onOpen={open}
        onRangeChange={showRange}
        renderRow={(index) => {
          const row = list.getState().rowAt(index);
          return (
            <div className="documents-row" data-testid={row ? 'document-row' : undefined} data-status={row?.status} onClick={row ? () => open(index) : undefined}>
              {row ? <Cells row={row} /> : <LoadingCells />}
            </div>
          );
        }}
        empty={
          status === 'ready' ? (
            <div className="documents-empty" data-testid="documents-no-match">
              No documents match these filters.
            </div>
          ) : null
        }
      />
    </div>
  );
}

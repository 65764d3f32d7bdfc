import { useEffect, useState } from 'react';
import { CommandLine } from '../../components/CommandLine.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Skeleton } from '../../components/Skeleton.js';
import { useSession } from '../../services.js';
import { WorkspaceCommand } from '../WorkspaceCommand.js';
import { DemoOffer } from '../demo/DemoOffer.js';
import { DocumentsGrid } from './DocumentsGrid.js';
import { DocumentView } from './DocumentView.js';
import { FilterBar, StatusFilter } from './FilterBar.js';
import { AddFilesButton, ImportStatus } from './ImportControls.js';
import { QuarantineList } from './QuarantineList.js';
import { documentRangeHash, listHash, parseDocumentsHash, QUARANTINE_HASH, rememberedList, rememberList, toggledSort, type DocumentFilter, type DocumentSort } from './documents-route.js';
import { useDocumentsList, useDocumentsServices, useHash } from './documents-services.js';
import { navigate } from './navigate.js';

function InboxPath() {
  const inbox = useSession((state) => state.workspace?.folders.inbox ?? null);
  const loading = useSession((state) => state.loading);
  if (inbox) return <CommandLine text={inbox} label="inbox folder path" />;
  return loading ? <Skeleton width="24em" /> : <span>the workspace’s inbox folder</span>;
}

/** Before the first file: what the section holds and every way to bring files in. */
function FirstRun() {
  return (
    <EmptyState icon="documents" heading="No documents yet">
      <DemoOffer />
      <p>
        Every X12 and EDIFACT file you receive or send appears here, one row per transaction, with its partner, type,
        control numbers, status and any problems found in it.
      </p>
      <div className="drop-zone" data-testid="documents-drop-zone">
        <span>Drop EDI files anywhere on this window</span>
        <AddFilesButton />
      </div>
      <ImportStatus />
      <h3>Other ways to bring files in</h3>
      <ul className="how-to">
        <li>
          <span>Put them in the workspace’s inbox folder:</span>
          <InboxPath />
        </li>
        <li>
          <span>Or from a terminal:</span>
          <WorkspaceCommand verb="ingest FILE" label="ingest command" />
        </li>
      </ul>
    </EmptyState>
  );
}

/**
 * Files dragged over the window are taken here, read and uploaded. In the desktop window the preload has already
 * taken the drop (it reads the paths, which a page cannot) and marked it handled, so the page leaves it alone.
 */
function useWindowFileDrop(): boolean {
  const { ingest } = useDocumentsServices();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      void ingest.getState().upload(Array.from(event.dataTransfer?.files ?? []));
    };
    document.addEventListener('dragenter', onEnter);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('dragover', onOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onEnter);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [ingest]);
  return dragging;
}

function DocumentsBrowser({ view, filter, sort }: { view: 'list' | 'quarantine'; filter: DocumentFilter; sort: DocumentSort }) {
  const { list } = useDocumentsServices();
  const total = useDocumentsList((state) => state.total);
  const lowerBound = useDocumentsList((state) => state.totalIsLowerBound);
  const limitedTo = useDocumentsList((state) => state.searchLimitedTo);
  const status = useDocumentsList((state) => state.status);
  const quarantined = useDocumentsList((state) => state.quarantined);
  const facets = useDocumentsList((state) => state.facets);

  useEffect(() => {
    if (view === 'list') list.getState().setQuery(filter, sort);
  }, [list, view, filter, sort]);

  // Filters and sort live in the address; changing them replaces the entry so Back leaves the list, not each key.
  const go = (nextFilter: DocumentFilter, nextSort: DocumentSort) => navigate(listHash(nextFilter, nextSort), { replace: true });

  if (facets && facets.total === 0 && quarantined === 0 && Object.keys(filter).length === 0 && view === 'list') return <FirstRun />;

  const count = status === 'loading' ? '' : `${total.toLocaleString()}${lowerBound ? '+' : ''} ${total === 1 && !lowerBound ? 'document' : 'documents'}`;
  return (
    <div className="documents-browser">
      <div className="documents-toolbar">
        <nav className="documents-tabs" aria-label="Documents views">
          <a className="documents-tab" href={listHash(filter, sort)} aria-current={view === 'list' ? 'page' : undefined} data-testid="tab-documents">
            Documents
          </a>
          <a className="documents-tab" href={QUARANTINE_HASH} aria-current={view === 'quarantine' ? 'page' : undefined} data-testid="tab-quarantine">
            Quarantined files
            <span className={quarantined > 0 ? 'chip-count chip-count-warning' : 'chip-count'}>{quarantined.toLocaleString()}</span>
          </a>
        </nav>
        {view === 'list' && <StatusFilter filter={filter} onChange={(next) => go(next, sort)} />}
        <ImportStatus />
        <AddFilesButton />
      </div>
      {view === 'list' ? (
        <>
          <FilterBar filter={filter} onChange={(next) => go(next, sort)} />
          <div className="documents-count" aria-live="polite" data-testid="documents-count">
            {count}
            {limitedTo !== null && <span className="documents-limited"> — the search is short, so only its first {limitedTo.toLocaleString()} matches are listed; type more of the number to see the rest.</span>}
          </div>
          <DocumentsGrid onSort={(column) => go(filter, toggledSort(sort, column))} />
        </>
      ) : (
        <QuarantineList />
      )}
    </div>
  );
}

export function DocumentsSection() {
  const route = parseDocumentsHash(useHash());
  const dragging = useWindowFileDrop();
  const routeKey = route.view === 'list' ? listHash(route.filter, route.sort) : route.view === 'document' ? documentRangeHash(route.id, route.bytes) : route.view;
  const [stable, setStable] = useState<{ key: string; route: typeof route }>({ key: routeKey, route });
  // Parsing the address makes new objects each render; keep one per distinct address so effects run once per change.
  if (stable.key !== routeKey) setStable({ key: routeKey, route });
  const current = stable.key === routeKey ? stable.route : route;
  useEffect(() => {
    if (current.view === 'list') rememberList(current.filter, current.sort);
  }, [current]);
  const lastList = rememberedList();
  return (
    <div className="documents" data-testid="documents">
      {current.view === 'document' ? (
        <DocumentView id={current.id} bytes={current.bytes} />
      ) : (
        <DocumentsBrowser view={current.view} filter={current.view === 'list' ? current.filter : lastList.filter} sort={current.view === 'list' ? current.sort : lastList.sort} />
      )}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div className="drop-overlay-panel">Drop to add the files to this workspace</div>
        </div>
      )}
    </div>
  );
}

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { navigate } from '../documents/navigate.js';
import { QueueFilters } from './QueueFilters.js';
import { QueueGrid } from './QueueGrid.js';
import { queueCommand, SHORTCUT_HELP, targetIds, type Scope } from './queue-keys.js';
import { queueHash, rememberQueue, threadHash, toggledSort } from './queue-route.js';
import { ExportButtons, QueueCount, RebuildButton } from './QueueToolbar.js';
import type { QueueFilter, QueueRow, QueueSort } from './recon-types.js';
import { useQueue, useReconServices } from './recon-services.js';
import { ReviewDialog, type DialogKind } from './ReviewDialog.js';
import { SavedViews } from './SavedViews.js';

export function ShortcutHelp() {
  return (
    <p className="recon-help" data-testid="recon-help">
      {SHORTCUT_HELP.map(([keys, does]) => (
        <span key={keys} className="recon-help-item">
          <kbd>{keys}</kbd> {does}
        </span>
      ))}
    </p>
  );
}

/** Assign, resolve or note the ticked rows (or the active one): the buttons behind Shift+A, Shift+R and Shift+N. */
function BulkButtons({ onAsk }: { onAsk: (kind: DialogKind) => void }) {
  const selected = useQueue((state) => state.selection.length);
  const hasActive = useQueue((state) => state.active >= 0 && state.active < state.total);
  const what = selected > 0 ? `the ${selected.toLocaleString()} selected` : 'the active row';
  const buttons: [DialogKind, string][] = [
    ['assign', 'Assign…'],
    ['resolve', 'Resolve…'],
    ['note', 'Note…'],
  ];
  return (
    <div className="recon-bulk" role="group" aria-label={`Act on ${what}`}>
      {buttons.map(([kind, label]) => (
        <button key={kind} type="button" className="button button-small" disabled={selected === 0 && !hasActive} title={`${label.replace('…', '')} ${what}`} onClick={() => onAsk(kind)} data-testid={`recon-bulk-${kind}`}>
          {label}
        </button>
      ))}
    </div>
  );
}

/** The review queue: saved views, filters, the list and its keyboard, and the dialogs behind a, r and n. */
export function QueueView({ filter, sort, viewId }: { filter: QueueFilter; sort: QueueSort; viewId: number | null }) {
  const { queue } = useReconServices();
  const [dialog, setDialog] = useState<{ kind: DialogKind; ids: string[] } | null>(null);
  const gridBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    queue.getState().setQuery(filter, sort);
    rememberQueue(queueHash(filter, sort, viewId));
  }, [queue, filter, sort, viewId]);

  // Filters and sort live in the address; a change replaces the entry so Back leaves the queue, not each key.
  const go = (nextFilter: QueueFilter, nextSort: QueueSort) => navigate(queueHash(nextFilter, nextSort), { replace: true });
  const open = (row: QueueRow) => navigate(threadHash(row.threadKey, row.id));
  const focusGrid = () => gridBox.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();

  const ask = (kind: DialogKind, scope: Scope) => {
    const state = queue.getState();
    const ids = targetIds(scope, state.rowAt(state.active)?.id ?? null, state.selection);
    if (ids.length > 0) setDialog({ kind, ids });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || dialog) return;
    const state = queue.getState();
    const command = queueCommand(event, { active: state.active, rowCount: state.total, selected: state.selection.length });
    if (!command) return;
    event.preventDefault();
    switch (command.kind) {
      case 'move':
        state.setActive(command.index);
        break;
      case 'open': {
        const row = state.rowAt(command.index);
        if (row) open(row);
        break;
      }
      case 'toggle': {
        const row = state.rowAt(command.index);
        if (row) state.toggleSelected(row.id);
        break;
      }
      case 'clear-selection':
        state.clearSelection();
        break;
      default:
        ask(command.kind, command.scope);
    }
  };

  return (
    <div className="recon-queue-layout">
      <SavedViews filter={filter} sort={sort} viewId={viewId} onApply={(hash) => navigate(hash, { replace: true })} />
      <div className="recon-queue">
        <QueueFilters filter={filter} onChange={(next) => go(next, sort)} />
        <div className="recon-queue-bar">
          <QueueCount />
          <BulkButtons onAsk={(kind) => ask(kind, 'selection')} />
          <ExportButtons />
          <RebuildButton />
        </div>
        <div className="recon-grid-box" ref={gridBox} onKeyDown={onKeyDown}>
          <QueueGrid onSort={(field) => go(filter, toggledSort(sort, field))} onOpen={open} />
        </div>
        <ShortcutHelp />
      </div>
      {dialog && (
        <ReviewDialog
          kind={dialog.kind}
          count={dialog.ids.length}
          onClose={() => {
            setDialog(null);
            focusGrid();
          }}
          onSubmit={(change) => {
            const ids = dialog.ids;
            setDialog(null);
            void queue
              .getState()
              .act(ids, change)
              .then(() => focusGrid());
          }}
        />
      )}
    </div>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_SORT, normalizeFilter, queueHash } from './queue-route.js';
import type { QueueFilter, QueueSort, SavedView } from './recon-types.js';
import { useQueue, useReconServices } from './recon-services.js';

const sameView = (view: SavedView, filter: QueueFilter, sort: QueueSort) =>
  JSON.stringify(normalizeFilter(view.filter)) === JSON.stringify(normalizeFilter(filter)) && (view.sort ?? DEFAULT_SORT).field === sort.field && (view.sort ?? DEFAULT_SORT).direction === sort.direction;

/** Saved views beside the queue: one click applies a view; the current filter can be saved under a name. */
export function SavedViews({ filter, sort, viewId, onApply }: { filter: QueueFilter; sort: QueueSort; viewId: number | null; onApply: (hash: string) => void }) {
  const { queue } = useReconServices();
  const views = useQueue((state) => state.views);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  useEffect(() => {
    void queue.getState().loadViews();
  }, [queue]);
  const current = views.find((view) => view.id === viewId);
  const changed = current !== undefined && !sameView(current, filter, sort);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const saved = await queue.getState().saveView(name.trim());
    if (saved) {
      setNaming(false);
      setName('');
      onApply(queueHash(saved.filter, saved.sort ?? DEFAULT_SORT, saved.id));
    }
  };
  return (
    <nav className="recon-views" aria-label="Saved views" data-testid="recon-views">
      <h2 className="recon-views-title">Views</h2>
      <ul className="recon-views-list">
        <li>
          <a className="recon-view" href="#/reconciliation" aria-current={viewId === null && Object.keys(normalizeFilter(filter)).length === 0 ? 'page' : undefined}>
            Open mismatches
          </a>
        </li>
        {views.map((view) => (
          <li key={view.id} className="recon-view-item">
            <a className="recon-view" href={queueHash(view.filter, view.sort ?? DEFAULT_SORT, view.id)} aria-current={view.id === viewId ? 'page' : undefined} data-testid="recon-view">
              {view.name}
            </a>
            <button type="button" className="button button-icon button-small recon-view-delete" aria-label={`Delete the view ${view.name}`} title="Delete this view" onClick={() => void queue.getState().deleteView(view.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {changed && current && (
        <button type="button" className="button button-small" data-testid="recon-view-update" onClick={() => void queue.getState().saveView(current.name, current.id)}>
          Update “{current.name}”
        </button>
      )}
      {naming ? (
        <form className="recon-view-form" onSubmit={(event) => void save(event)}>
          <input className="input" autoFocus aria-label="View name" placeholder="View name" maxLength={80} value={name} onChange={(event) => setName(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && setNaming(false)} data-testid="recon-view-name" />
          <button type="submit" className="button button-small button-primary" disabled={!name.trim()} data-testid="recon-view-save">
            Save
          </button>
        </form>
      ) : (
        <button type="button" className="button button-quiet button-small" onClick={() => setNaming(true)} data-testid="recon-view-new">
          Save current view…
        </button>
      )}
    </nav>
  );
}

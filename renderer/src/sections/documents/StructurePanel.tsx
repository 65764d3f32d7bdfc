import { useState, type KeyboardEvent } from 'react';
import type { DocumentDetail } from './use-document.js';

type LoopView = NonNullable<DocumentDetail['tree']>;
type HierarchyView = NonNullable<DocumentDetail['hierarchy']>[number];

interface TreeProps {
  detail: DocumentDetail;
  selected: number | null;
  onSelect: (segment: number) => void;
}

/** Arrow keys move between visible tree items (the WAI-ARIA tree pattern, simplified: Left/Right fold). */
function onTreeKey(event: KeyboardEvent<HTMLElement>) {
  const items = [...(event.currentTarget.querySelectorAll<HTMLElement>('[role="treeitem"] > .tree-label'))].filter((item) => item.offsetParent !== null);
  const index = items.indexOf(document.activeElement as HTMLElement);
  const move = (next: number) => {
    event.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, next))]?.focus();
  };
  if (event.key === 'ArrowDown') move(index + 1);
  else if (event.key === 'ArrowUp') move(index - 1);
  else if (event.key === 'Home') move(0);
  else if (event.key === 'End') move(items.length - 1);
}

function LoopNode({ loop, detail, selected, onSelect, depth }: TreeProps & { loop: LoopView; depth: number }) {
  const [open, setOpen] = useState(depth < 2);
  const contains = selected !== null && selected >= loop.first && selected <= loop.last;
  return (
    <li role="treeitem" aria-expanded={open} aria-selected={false} className={contains ? 'tree-item tree-contains' : 'tree-item'}>
      <button
        type="button"
        className="tree-label tree-loop"
        onClick={() => setOpen(!open)}
        onDoubleClick={() => onSelect(loop.first)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight' && !open) setOpen(true);
          if (event.key === 'ArrowLeft' && open) setOpen(false);
        }}
        title={`Segments ${loop.first + 1}–${loop.last + 1}`}
      >
        <span className="tree-twisty" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="tree-id">{loop.id}</span> <span className="tree-name">{loop.name}</span>
      </button>
      {open && (
        <ul role="group">
          {loop.items.map((item) =>
            item.kind === 'loop' ? (
              <LoopNode key={`l${item.loop.first}-${item.loop.id}`} loop={item.loop} detail={detail} selected={selected} onSelect={onSelect} depth={depth + 1} />
            ) : (
              <li key={`s${item.index}`} role="treeitem" aria-selected={selected === item.index} className="tree-item">
                <button type="button" className={`tree-label tree-segment${detail.segments[item.index]?.problems.length ? ' tree-problem' : ''}`} onClick={() => onSelect(item.index)}>
                  <span className="tree-id">{detail.segments[item.index]?.tag}</span> <span className="tree-name">{detail.segmentNames[detail.segments[item.index]?.tag ?? '']?.name}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </li>
  );
}

function HierarchyNode({ node, detail, selected, onSelect }: TreeProps & { node: HierarchyView }) {
  const [open, setOpen] = useState(true);
  const contains = selected !== null && node.segments.includes(selected);
  const summary = node.segments
    .map((index) => detail.segments[index]?.tag)
    .filter((tag) => tag && tag !== 'HL')
    .join(' ');
  return (
    <li role="treeitem" aria-expanded={node.children.length > 0 ? open : undefined} aria-selected={contains} className="tree-item">
      <button
        type="button"
        className={`tree-label tree-hl${contains ? ' tree-selected' : ''}`}
        onClick={() => onSelect(node.segment)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight' && !open) setOpen(true);
          if (event.key === 'ArrowLeft' && open) setOpen(false);
        }}
      >
        <span
          className="tree-twisty"
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            setOpen(!open);
          }}
        >
          {node.children.length > 0 ? (open ? '▾' : '▸') : '·'}
        </span>
        <span className="tree-id">HL {node.id}</span> <span className="tree-name">{node.levelName ?? node.level}</span> <span className="tree-summary">{summary}</span>
      </button>
      {open && node.children.length > 0 && (
        <ul role="group">
          {node.children.map((child) => (
            <HierarchyNode key={child.id} node={child} detail={detail} selected={selected} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The loop tree from the spec and, for ship notices, the HL hierarchy (shipment › order › pack › item). */
export function StructurePanel({ detail, selected, onSelect }: TreeProps) {
  const hasHierarchy = (detail.hierarchy?.length ?? 0) > 0;
  const [view, setView] = useState<'loops' | 'hierarchy'>(hasHierarchy ? 'hierarchy' : 'loops');
  return (
    <section className="panel structure" aria-labelledby="structure-heading" data-testid="structure">
      <div className="panel-head">
        <h2 id="structure-heading" className="panel-title">
          Structure
        </h2>
        {hasHierarchy && (
          <div className="segmented" role="group" aria-label="Structure view">
            <button type="button" className="chip" aria-pressed={view === 'hierarchy'} onClick={() => setView('hierarchy')}>
              HL tree
            </button>
            <button type="button" className="chip" aria-pressed={view === 'loops'} onClick={() => setView('loops')}>
              Loops
            </button>
          </div>
        )}
      </div>
      {view === 'hierarchy' && hasHierarchy ? (
        <ul className="tree" role="tree" aria-label="HL hierarchy" data-testid="hl-tree" onKeyDown={onTreeKey}>
          {detail.hierarchy!.map((node) => (
            <HierarchyNode key={node.id} node={node} detail={detail} selected={selected} onSelect={onSelect} />
          ))}
        </ul>
      ) : detail.tree ? (
        <ul className="tree" role="tree" aria-label="Loops" data-testid="loop-tree" onKeyDown={onTreeKey}>
          <LoopNode loop={detail.tree} detail={detail} selected={selected} onSelect={onSelect} depth={0} />
        </ul>
      ) : (
        <p className="documents-muted">No spec for this transaction type, so no loop structure.</p>
      )}
    </section>
  );
}

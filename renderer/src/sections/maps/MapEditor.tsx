import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MappingIssue } from '../../../../main/core/mapping-store/types.js';
import { useMapsServices, useEditor } from './maps-services.js';
import { editorHash, MAPS_HOME_HASH, type MapsRoute } from './maps-route.js';
import { OutputPane } from './OutputPane.js';
import { RegressionPanel } from './RegressionPanel.js';
import { ruleAt, ruleIdsUnder } from './rule-list.js';
import { segmentsReadBy } from './rule-reads.js';
import { RulesPane } from './RulesPane.js';
import { SourcePane } from './SourcePane.js';
import { TaskBar } from './TaskBar.js';
import { usePartners } from './use-partners.js';
import { VersionHistory } from './VersionHistory.js';

type EditorRoute = Extract<MapsRoute, { view: 'editor' }>;

function replaceHash(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
}

/** Ctrl+S saves the draft, Ctrl+Enter previews at once (also while typing in a field). */
function useEditorShortcuts(): void {
  const { editor } = useMapsServices();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.key === 's' || event.key === 'S') {
        event.preventDefault();
        void editor.getState().saveDraft();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        void editor.getState().previewNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}

function OriginBadge() {
  const { origin, dirty, versions, draftId } = useEditor(useShallow((state) => ({ origin: state.origin, dirty: state.dirty, versions: state.versions, draftId: state.draftId })));
  const draft = versions?.versions.find((version) => version.id === draftId);
  const text =
    origin === 'draft'
      ? `Draft${draft ? ` v${draft.version}` : ''}`
      : origin === 'published'
        ? `Published v${versions?.published?.version ?? ''}`
        : origin === 'default'
          ? 'New map from the built-in default'
          : 'New empty map';
  return (
    <span className="editor-origin" data-testid="editor-origin" data-dirty={dirty}>
      {text}
      {dirty && <span className="editor-dirty"> · unsaved changes</span>}
    </span>
  );
}

/** The mapping editor: source tree, rules and canonical output side by side, with drafts, publishing and history. */
export function MapEditor({ route }: { route: EditorRoute }) {
  const { editor, regression } = useMapsServices();
  const sampleSelectId = useId();
  const [view, setView] = useState<'edit' | 'check'>('edit');
  const [history, setHistory] = useState(false);
  const { partners } = usePartners();
  const partner = partners.find((candidate) => candidate.id === route.partnerId);
  const state = useEditor(
    useShallow((s) => ({
      status: s.status,
      error: s.error,
      samples: s.samples,
      sampleId: s.sampleId,
      preview: s.preview,
      previewError: s.previewError,
      previewMs: s.previewMs,
      previewPending: s.previewPending,
      previewSeq: s.previewSeq,
      selected: s.selected,
      selectedSegment: s.selectedSegment,
      definition: s.definition,
      draftId: s.draftId,
      dirty: s.dirty,
      busy: s.busy,
      versions: s.versions,
      remapTaskId: s.remapTaskId,
      rawError: s.rawError,
    })),
  );
  useEditorShortcuts();

  const { partnerId, standard, type, sample } = route;
  useEffect(() => {
    const kept = editor.getState();
    // Coming back to a map with unsaved edits (after a look at another section) keeps them.
    const sameMap = kept.key?.partnerId === partnerId && kept.key.standard === standard && kept.key.type === type;
    if (sameMap && kept.status === 'ready' && kept.dirty) void kept.previewNow();
    else {
      void kept.load({ partnerId, standard, type }, sample);
      regression.getState().reset();
    }
    return () => editor.getState().dispose();
    // The sample in the address follows the editor; reading it again would reload on every pick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, regression, partnerId, standard, type]);

  useEffect(() => {
    if (!state.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.dirty]);

  useEffect(() => {
    if (state.status === 'ready') replaceHash(editorHash(partnerId, standard, type, state.sampleId));
  }, [state.status, state.sampleId, partnerId, standard, type]);

  const source = state.preview?.source ?? null;
  const markedKey = useMemo(() => {
    const rule = state.selected ? ruleAt(state.definition, state.selected) : undefined;
    return [...segmentsReadBy(source, ruleIdsUnder(rule), rule)].join(',');
  }, [state.selected, state.definition, source]);
  // A set that changes only when the marked segments do, so typing in a rule does not redraw the source tree.
  const marked = useMemo(() => new Set(markedKey === '' ? [] : markedKey.split(',').map(Number)), [markedKey]);

  const selectSegment = useCallback((index: number) => editor.getState().selectSegment(index), [editor]);

  const onIssue = useCallback(
    (issue: MappingIssue) => {
      if (issue.ruleId) editor.getState().selectRuleById(issue.ruleId);
      if (issue.segment) editor.getState().selectSegment(issue.segment.index);
    },
    [editor],
  );

  const check = () => {
    setView('check');
    void regression.getState().run({ partnerId, standard, type }, editor.getState().definition);
  };

  const publish = async () => {
    const taskId = await editor.getState().publish();
    if (taskId) {
      setView('edit');
      regression.getState().reset();
    }
  };

  if (state.status === 'failed') {
    return (
      <div className="maps-editor">
        <a href={MAPS_HOME_HASH}>All maps</a>
        <p className="inline-message inline-message-error" data-testid="editor-error">
          {state.error}
        </p>
      </div>
    );
  }

  return (
    <div className="maps-editor" data-testid="map-editor">
      <div className="editor-header">
        <a className="button button-small button-quiet" href={MAPS_HOME_HASH} data-testid="editor-home">
          ← All maps
        </a>
        <h2 className="editor-title" data-testid="editor-title">
          {partner?.name ?? `Partner ${partnerId}`} · {standard.toUpperCase()} {type}
        </h2>
        <OriginBadge />
        <span className="maps-spacer" />
        <span className="editor-sample">
        <label htmlFor={sampleSelectId}>Sample</label>
        <select
          id={sampleSelectId}
          className="input editor-sample-select"
          value={state.sampleId ?? ''}
          onChange={(event) => editor.getState().selectSample(Number(event.target.value))}
          disabled={state.samples.length === 0}
          data-testid="editor-sample"
        >
          {state.samples.length === 0 && <option value="">No archived {type} documents from this partner</option>}
          {state.samples.map((candidate) => (
            <option key={candidate.documentId} value={candidate.documentId}>
              {candidate.poNumber ?? candidate.controlNumber} · {candidate.canonicalStatus ? `canonical ${candidate.canonicalStatus}` : 'not mapped yet'} · {candidate.fileName ?? `file ${candidate.fileId}`} · {candidate.segmentCount} segments
            </option>
          ))}
        </select>
        </span>
      </div>
      <div className="editor-toolbar" role="toolbar" aria-label="Map actions">
        <button type="button" className="button" onClick={() => void editor.getState().saveDraft()} disabled={state.busy !== null || state.status !== 'ready'} data-testid="editor-save" aria-keyshortcuts="Control+S">
          {state.busy === 'saving' ? 'Saving…' : 'Save draft'} <kbd>Ctrl+S</kbd>
        </button>
        <button type="button" className="button" onClick={() => void editor.getState().discardDraft()} disabled={state.draftId === null || state.busy !== null} data-testid="editor-discard">
          Discard draft
        </button>
        <button type="button" className="button" onClick={() => void editor.getState().previewNow()} disabled={state.sampleId === null} data-testid="editor-preview" aria-keyshortcuts="Control+Enter">
          Preview <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="button button-primary" onClick={check} disabled={state.status !== 'ready' || state.rawError !== null || view === 'check'} data-testid="editor-check">
          Check against all files…
        </button>
        <span className="maps-spacer" />
        <button type="button" className="button" aria-expanded={history} onClick={() => setHistory(!history)} data-testid="editor-history">
          Versions{state.versions && state.versions.versions.length > 0 ? ` (${state.versions.versions.length})` : ''}
        </button>
      </div>
      {state.remapTaskId && <TaskBar taskId={state.remapTaskId} label="Re-mapping this partner’s documents" testId="remap-progress" />}
      {history && (
        <div className="editor-history" data-testid="editor-history-panel">
          <VersionHistory versions={state.versions} busy={state.busy !== null} onRollback={(version) => void editor.getState().rollback(version)} />
        </div>
      )}
      {view === 'check' ? (
        <RegressionPanel onBack={() => setView('edit')} onPublish={() => void publish()} />
      ) : (
        <div className="editor-panes">
          <section className="editor-pane" aria-labelledby="pane-source">
            <h3 id="pane-source" className="editor-pane-title">
              Source
            </h3>
            <SourcePane source={source} marked={marked} selectedSegment={state.selectedSegment} onSelectSegment={selectSegment} />
          </section>
          <section className="editor-pane" aria-labelledby="pane-rules">
            <h3 id="pane-rules" className="editor-pane-title">
              Rules
            </h3>
            <RulesPane />
          </section>
          <section className="editor-pane" aria-labelledby="pane-output">
            <h3 id="pane-output" className="editor-pane-title">
              Canonical output
            </h3>
            {state.rawError && (
              <p className="inline-message inline-message-info output-paused" data-testid="preview-paused">
                Preview paused until the JSON parses (line {state.rawError.line}, column {state.rawError.column}).
              </p>
            )}
            <OutputPane preview={state.preview} error={state.previewError} pending={state.previewPending} ms={state.previewMs} seq={state.previewSeq} onIssue={onIssue} />
          </section>
        </div>
      )}
    </div>
  );
}

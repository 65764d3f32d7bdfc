import { useStore } from 'zustand';
import { absoluteTime, rawText } from './sync-format.js';
import type { SyncStore } from './sync-store.js';

/** Records that failed mapping: the reason, the raw payload (a disclosure), replay one, the selected or all. */
export function DeadLettersTab({ store }: { store: SyncStore }) {
  const letters = useStore(store, (state) => state.deadLetters);
  const selected = useStore(store, (state) => state.selectedDeadLetters);
  const replaying = useStore(store, (state) => state.replaying);
  const lastReplay = useStore(store, (state) => state.lastReplay);
  const { toggleDeadLetter, selectAllDeadLetters, replay } = store.getState();

  return (
    <div className="sync-dead-letters">
      <div className="sync-toolbar">
        <label className="sync-check">
          <input type="checkbox" checked={letters.length > 0 && selected.length === letters.length} disabled={letters.length === 0} onChange={(event) => selectAllDeadLetters(event.target.checked)} data-testid="dead-letters-select-all" />
          Select all
        </label>
        <button type="button" className="button button-primary button-small" disabled={replaying || selected.length === 0} onClick={() => void replay(selected)} data-testid="dead-letters-replay-selected">
          Replay selected ({selected.length})
        </button>
        <button type="button" className="button button-small" disabled={replaying || letters.length === 0} onClick={() => void replay()} data-testid="dead-letters-replay-all">
          Replay all
        </button>
        <span className="sync-muted">Fix the connector’s map first; a record that maps now lands as a record and leaves this list.</span>
      </div>
      {lastReplay && (
        <p className="sync-replay-result" role="status" data-testid="dead-letters-replay-result">
          Replayed {lastReplay.replayed.toLocaleString('en-US')}; {lastReplay.stillFailing.length.toLocaleString('en-US')} still failing
          {lastReplay.stillFailing[0] && ` (first: ${lastReplay.stillFailing[0].reason})`}.
        </p>
      )}
      {letters.length === 0 ? (
        <p className="sync-muted">No dead letters: every record synced so far mapped.</p>
      ) : (
        <ul className="sync-letter-list" aria-label="Dead letters">
          {letters.map((letter) => (
            <li key={letter.id} className="sync-letter" data-testid="dead-letter">
              <div className="sync-letter-head">
                <input type="checkbox" checked={selected.includes(letter.id)} onChange={() => toggleDeadLetter(letter.id)} aria-label={`Select ${letter.connector} ${letter.recordId}`} />
                <span className="sync-letter-id">
                  {letter.connector} · {letter.stream} · {letter.recordId}
                </span>
                <span className="sync-muted" title={`first failed ${absoluteTime(letter.firstFailedAt)}`}>
                  {letter.attempts} {letter.attempts === 1 ? 'attempt' : 'attempts'}, last {absoluteTime(letter.lastFailedAt)}
                </span>
                <button type="button" className="button button-small" disabled={replaying} onClick={() => void replay([letter.id])} data-testid="dead-letter-replay">
                  Replay
                </button>
              </div>
              <p className="sync-letter-reason" data-testid="dead-letter-reason">
                {letter.reason}
              </p>
              <details className="sync-letter-raw">
                <summary>Raw record</summary>
                <pre tabIndex={0}>{rawText(letter.raw)}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

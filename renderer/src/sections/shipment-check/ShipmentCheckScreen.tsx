/**
 * The shipment check: one full screen for warehouse staff on a shared PC. A search box that is always ready for a
 * scanner (focused on load; a key typed anywhere else lands in it; Enter searches; Escape goes back to the list), today's
 * shipments with large badges, and the carton-by-carton comparison of the shipment a scan names.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../../services.js';
import { CartonCheck } from './CartonCheck.js';
import { foundText } from './check-labels.js';
import { createCheckStore } from './check-store.js';
import { TodayList } from './TodayList.js';
import './shipment-check.css';

const REFRESH_MS = 60_000;

export function ShipmentCheckScreen() {
  const { client } = useServices();
  const [store] = useState(() => createCheckStore(client));
  const state = useStore(store);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    void store.getState().loadToday();
    const off = store.getState().subscribe();
    const timer = window.setInterval(() => void store.getState().loadToday(), REFRESH_MS);
    input.current?.focus();
    return () => {
      off();
      window.clearInterval(timer);
    };
  }, [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const field = input.current;
      if (!field) return;
      if (event.key === 'Escape') {
        store.getState().close();
        setText('');
        field.focus();
        return;
      }
      // a scanner types wherever the focus is: printable keys outside the box go into it
      const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      const target = event.target as HTMLElement | null;
      const typingElsewhere = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (printable && target !== field && !typingElsewhere && event.key !== ' ') {
        field.focus();
        field.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const search = async (query: string) => {
    setText(query);
    await store.getState().find(query);
    // the next scan replaces this code
    input.current?.focus();
    input.current?.select();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void search(text);
  };

  const status = state.searching
    ? `Looking for ${state.query}…`
    : state.searchError
      ? state.searchError.message
      : state.detail
        ? `${foundText(state.detail.foundBy, state.query)} Press Escape for today’s list.`
        : '';

  return (
    <div className="check-screen" data-testid="shipment-check">
      <header className="check-top">
        <h1 className="check-title">Shipment check</h1>
        <p className="check-date">{new Date().toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}</p>
        <a className="check-exit" href="#/reconciliation" data-testid="check-exit">
          Exit to Crossdock
        </a>
      </header>
      <form className="check-search" role="search" onSubmit={onSubmit}>
        <label htmlFor="check-query" className="check-search-label">
          Scan a carton or type an ASN number, bill of lading or SSCC, then press Enter
        </label>
        <div className="check-search-row">
          <input
            id="check-query"
            ref={input}
            className="check-search-input"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            inputMode="text"
            enterKeyHint="search"
            data-testid="check-query"
          />
          <button type="submit" className="check-search-button" disabled={text.trim() === ''}>
            Check
          </button>
        </div>
        <p className={`check-status${state.searchError ? ' check-status-error' : ''}`} role="status" aria-live="polite" data-testid="check-status">
          {status}
        </p>
      </form>
      <main className="check-body">
        {state.detail ? (
          <>
            <button type="button" className="check-back" onClick={() => (store.getState().close(), setText(''), input.current?.focus())}>
              ← Today’s shipments <kbd>Esc</kbd>
            </button>
            <CartonCheck detail={state.detail} />
          </>
        ) : (
          <TodayList rows={state.today} status={state.todayStatus} error={state.todayError} onOpen={(query) => void search(query)} />
        )}
      </main>
    </div>
  );
}

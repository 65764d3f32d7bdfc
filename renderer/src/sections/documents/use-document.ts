import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ResultOf } from '../../api/contract-types.js';
import { useServices, useSession } from '../../services.js';
import { reportError } from '../../store/notices-store.js';
import { documentHash } from './documents-route.js';
import { navigate } from './navigate.js';

export type DocumentDetail = ResultOf<'documents.get'>;

export type DocumentState = { status: 'loading' } | { status: 'ready'; detail: DocumentDetail } | { status: 'failed'; error: ApiError };

/** One document's detail, fetched when the id changes (or on reload); the previous answer shows until the new one. */
export function useDocument(id: number): { state: DocumentState; reload: () => void } {
  const { client } = useServices();
  const [answer, setAnswer] = useState<{ id: number; state: DocumentState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void client.call('documents.get', { id }).then((result) => {
      if (current) setAnswer({ id, state: result.ok ? { status: 'ready', detail: result.value } : { status: 'failed', error: result.error } });
    });
    return () => {
      current = false;
    };
  }, [client, id, attempt]);
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { state: answer && answer.id === id ? answer.state : { status: 'loading' }, reload };
}

/**
 * Re-processing replaces a file's document rows (new ids). When the task ends, the same transaction is found again
 * (same file, type and control numbers) and the view moves to its new id.
 */
export function useReprocess(detail: DocumentDetail | null, reload: () => void): { running: boolean; start: () => void } {
  const { client, notices } = useServices();
  const [taskId, setTaskId] = useState<string | null>(null);
  const [handled, setHandled] = useState<string | null>(null);
  const task = useSession((state) => (taskId ? state.tasks.find((candidate) => candidate.taskId === taskId) : undefined));
  const ended = task !== undefined && task.state !== 'running';
  useEffect(() => {
    if (!ended || !detail || !taskId || handled === taskId) return;
    const finished = task?.state === 'finished';
    const row = detail.document;
    const text = row.poNumber ?? row.reference ?? row.controlNumber;
    void (async () => {
      const result = finished ? await client.call('documents.list', { filter: { text }, limit: 500 }) : null;
      setHandled(taskId);
      if (!finished) return;
      const again = result?.ok
        ? result.value.rows.find((candidate) => candidate.fileId === row.fileId && candidate.type === row.type && candidate.controlNumber === row.controlNumber && candidate.interchangeControlNumber === row.interchangeControlNumber)
        : undefined;
      notices.getState().push('success', `${row.type} ${text} was parsed again from the archived file.`, 'Re-processed');
      if (again && again.id !== row.id) navigate(documentHash(again.id), { replace: true });
      else reload();
    })();
  }, [ended, task?.state, taskId, handled, detail, client, notices, reload]);
  const start = () => {
    if (!detail) return;
    void client.call('files.reprocess', { fileIds: [detail.document.fileId] }).then((result) => {
      if (result.ok) setTaskId(result.value.taskId);
      else reportError(notices, 'Could not re-process the file', result.error);
    });
  };
  return { running: taskId !== null && handled !== taskId, start };
}

import { useEffect, useState } from 'react';
import type { ResultOf } from '../../api/contract-types.js';
import { formatDateTime, formatSize } from '../../components/documents/format.js';
import { useServices, useSession } from '../../services.js';
import { reportError } from '../../store/notices-store.js';
import { useDocumentsList } from './documents-services.js';
import { downloadOriginal } from './download.js';

type FilesPage = ResultOf<'files.list'>;

/**
 * Files that are not EDI (or could not be read) are kept in the archive but are not documents: listed here with the
 * reason, to download or re-process (after a parser or settings change).
 */
export function QuarantineList() {
  const { client, notices } = useServices();
  const [page, setPage] = useState<FilesPage | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const task = useSession((state) => (taskId ? state.tasks.find((candidate) => candidate.taskId === taskId) : undefined));
  const taskEnded = task !== undefined && task.state !== 'running';
  const reprocessing = taskId !== null && !taskEnded;
  // Read again when an import changes the count, and when a re-process ends (a file that now parses leaves the list).
  const revision = useDocumentsList((state) => state.quarantined);

  useEffect(() => {
    let current = true;
    void client.call('files.list', { state: 'quarantined', limit: 500 }).then((result) => {
      if (!current) return;
      if (result.ok) setPage(result.value);
      else reportError(notices, 'Could not list the quarantined files', result.error);
    });
    return () => {
      current = false;
    };
  }, [client, notices, revision, taskEnded]);

  useEffect(() => {
    if (taskEnded && task) notices.getState().push(task.state === 'finished' ? 'success' : 'info', task.message ?? `Re-processing ${task.state}`, 'Re-processed');
  }, [taskEnded, task, notices]);

  const reprocess = async (fileIds: number[]) => {
    const result = await client.call('files.reprocess', { fileIds });
    if (result.ok) setTaskId(result.value.taskId);
    else reportError(notices, 'Could not re-process', result.error);
  };

  if (!page) return <div className="quarantine" aria-busy="true" />;
  if (page.rows.length === 0) {
    return (
      <div className="quarantine" data-testid="quarantine-list">
        <p className="documents-empty">No quarantined files. Files that are not EDI or cannot be read are kept here, with the reason.</p>
      </div>
    );
  }
  return (
    <div className="quarantine" data-testid="quarantine-list">
      <div className="quarantine-actions">
        <span>
          {page.total.toLocaleString()} quarantined {page.total === 1 ? 'file' : 'files'}
          {page.total > page.rows.length ? ` (newest ${page.rows.length} shown)` : ''}
        </span>
        <button type="button" className="button button-small" disabled={reprocessing} onClick={() => void reprocess(page.rows.map((row) => row.id))}>
          {reprocessing ? 'Re-processing…' : 'Re-process all shown'}
        </button>
      </div>
      <table className="quarantine-table">
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">File</th>
            <th scope="col">Size</th>
            <th scope="col">Reason</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => (
            <tr key={row.id} data-testid="quarantine-row">
              <td className="quarantine-time">{formatDateTime(row.firstReceivedAt)}</td>
              <td className="quarantine-name" title={row.sha256}>
                {row.name ?? row.sha256.slice(0, 12)}
                {row.receipts > 1 && <span className="documents-muted"> · received {row.receipts}×</span>}
              </td>
              <td>{formatSize(row.size)}</td>
              <td className="quarantine-reason">{row.reason ?? row.verdict ?? 'Unreadable'}</td>
              <td className="quarantine-row-actions">
                <button type="button" className="button button-quiet button-small" disabled={reprocessing} onClick={() => void reprocess([row.id])}>
                  Re-process
                </button>
                <button type="button" className="button button-quiet button-small" onClick={() => void downloadOriginal(client, notices, { fileId: row.id })}>
                  Download
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

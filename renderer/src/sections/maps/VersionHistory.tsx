import type { MapTypeVersions } from '../../../../main/core/mapping-store/types.js';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—');

/** Every version of this map, newest first; a retired one can be published again (rollback). */
export function VersionHistory({ versions, busy, onRollback }: { versions: MapTypeVersions | null; busy: boolean; onRollback: (version: number) => void }) {
  const list = versions?.versions ?? [];
  if (list.length === 0) return <p className="maps-muted">No saved versions yet: this partner’s documents {versions?.effective === 'workspace' ? 'use the workspace map' : 'are not mapped until a map is published (start from the built-in default)'}.</p>;
  return (
    <table className="maps-table" data-testid="version-history">
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Status</th>
          <th scope="col">Saved</th>
          <th scope="col">Published</th>
          <th scope="col">Rules</th>
          <th scope="col">Note</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((version) => (
          <tr key={version.id} data-testid="version-row" data-status={version.status}>
            <td>v{version.version}</td>
            <td>
              <span className={`version-status version-status-${version.status}`}>{version.status}</span>
            </td>
            <td>{when(version.createdAt)}</td>
            <td>{when(version.publishedAt)}</td>
            <td>{version.ruleCount}</td>
            <td className="maps-muted">{version.note ?? ''}</td>
            <td>
              {version.status === 'retired' && (
                <button type="button" className="button button-small" disabled={busy} onClick={() => onRollback(version.version)} data-testid={`rollback-${version.version}`}>
                  Roll back to v{version.version}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

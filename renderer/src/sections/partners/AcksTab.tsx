import { useStore } from 'zustand';
import { toAckStatusRow, toSentAckRow } from './partner-rows.js';
import type { PartnersStore } from './partners-store.js';

export function AcksTab({ store }: { store: PartnersStore }) {
  const ackStatus = useStore(store, (state) => state.ackStatus);
  const acksSent = useStore(store, (state) => state.acksSent);
  const groups = (ackStatus?.items ?? []).map(toAckStatusRow);
  const sent = (acksSent?.items ?? []).map(toSentAckRow);

  return (
    <div className="partners-acks">
      <section aria-label="Outbound groups">
        <h2 className="partners-heading">Our outbound groups</h2>
        {groups.length === 0 ? (
          <p className="partners-empty">
            No outbound groups yet. When we send a group to a partner, its 997 / 999 / CONTRL answer is matched here:
            accepted, accepted with errors, rejected, or overdue when none came in time.
          </p>
        ) : (
          <table className="partners-table">
            <thead>
              <tr>
                <th>Status</th>
                <th>Partner</th>
                <th>Group</th>
                <th>Interchange</th>
                <th>Sets</th>
                <th>Sent (UTC)</th>
                <th>Due (UTC)</th>
                <th>Acknowledged (UTC)</th>
                <th>Ack</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((row) => (
                <tr key={row.key} data-testid="ack-status-row" data-status={row.status}>
                  <td>
                    <span className={`partners-badge partners-badge-${row.status}`}>{row.statusLabel}</span>
                  </td>
                  <td>{row.partner}</td>
                  <td className="partners-number">{row.group}</td>
                  <td className="partners-number">{row.interchange}</td>
                  <td>{row.transactions}</td>
                  <td className="partners-time">{row.sentAt}</td>
                  <td className="partners-time">{row.dueAt ?? '—'}</td>
                  <td className="partners-time">{row.acknowledgedAt}</td>
                  <td>{row.ackDocument ? <a href={row.ackDocument.href}>{row.ackDocument.label}</a> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-label="Acks we sent">
        <h2 className="partners-heading">Acks we sent</h2>
        {sent.length === 0 ? (
          <p className="partners-empty">No acks sent yet. Acks generated for partners' inbound groups are written to outbox/ and listed here.</p>
        ) : (
          <table className="partners-table">
            <thead>
              <tr>
                <th>Kind</th>
                <th>Partner</th>
                <th>Outbox file</th>
                <th>Written</th>
                <th>We said</th>
                <th>Answers</th>
                <th>Created (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {sent.map((row) => (
                <tr key={row.key} data-testid="ack-sent-row" data-write-status={row.writeStatus} className={row.failed ? 'partners-row-failed' : undefined}>
                  <td>{row.kind}</td>
                  <td>{row.partner}</td>
                  <td className="partners-number">{row.fileName}</td>
                  <td>
                    {row.failed ? (
                      <span className="partners-badge partners-badge-rejected" title={row.error ?? undefined}>
                        {row.writeLabel}
                        {row.error ? `: ${row.error}` : ''}
                      </span>
                    ) : (
                      row.writeLabel
                    )}
                  </td>
                  <td>{row.outcome}</td>
                  <td>{row.answers}</td>
                  <td className="partners-time">{row.createdAt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

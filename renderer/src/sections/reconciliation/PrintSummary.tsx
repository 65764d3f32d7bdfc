import { formatDateTime } from '../../components/documents/format.js';
import { MISMATCH_TYPE_LABELS, moneyText, OWNER_LABELS, reasonLabel, STEP_LABELS } from './labels.js';
import type { MismatchDetail, ThreadDetail } from './recon-types.js';
import { ComparisonTable } from './ThreadParts.js';

/**
 * What "Print summary" prints, and only it: the thread, its timeline, lines and mismatches with their state, for a
 * call with the partner or a chargeback dispute. Hidden on screen; the print style sheet hides everything else.
 */
export function PrintSummary({ thread, details }: { thread: ThreadDetail; details: MismatchDetail[] }) {
  return (
    <div className="recon-print-root" data-testid="recon-print-summary">
      <h1>
        {thread.poNumbers.length > 0 ? `PO ${thread.poNumbers.join(', ')}` : thread.key}
        {thread.partnerName ? ` — ${thread.partnerName}` : ''}
      </h1>
      <p>
        Thread {thread.key} · checked {thread.evaluatedAt ? formatDateTime(thread.evaluatedAt) : '—'} · printed {formatDateTime(new Date().toISOString())}
      </p>
      <h2>Timeline</h2>
      <table>
        <tbody>
          {thread.timeline.map((step) => (
            <tr key={step.step}>
              <th scope="row">{STEP_LABELS[step.step] ?? step.step}</th>
              <td>{step.status}</td>
              <td>{step.at ? formatDateTime(step.at) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Lines across sources</h2>
      <ComparisonTable thread={thread} highlight={null} />
      <h2>Mismatches</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Summary</th>
            <th scope="col">Expected</th>
            <th scope="col">Actual</th>
            <th scope="col">At risk</th>
            <th scope="col">Owner</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {thread.mismatches.map((row) => {
            const detail = details.find((candidate) => candidate.id === row.id);
            return (
              <tr key={row.id}>
                <td>{MISMATCH_TYPE_LABELS[row.type] ?? row.type}</td>
                <td>{row.summary}</td>
                <td>{row.expected.text}</td>
                <td>{row.actual.text}</td>
                <td>{moneyText(row.moneyAtRisk)}</td>
                <td>{OWNER_LABELS[row.owner]}</td>
                <td>
                  {row.status}
                  {row.assignee ? ` (${row.assignee})` : ''}
                  {detail?.resolutionReason ? ` · ${reasonLabel(detail.resolutionReason)}` : ''}
                  {detail?.resolutionNote ? ` · ${detail.resolutionNote}` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

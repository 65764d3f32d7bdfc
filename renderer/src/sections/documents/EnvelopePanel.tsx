import type { ReactNode } from 'react';
import { formatDateTime, formatEdiDate, formatSize } from '../../components/documents/format.js';
import { controlName, controlSymbol } from '../../components/documents/visible-text.js';
import type { DocumentDetail } from './use-document.js';

function Field({ label, children, title }: { label: string; children: ReactNode; title?: string }) {
  return (
    <div className="envelope-field" title={title}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A delimiter as the user should see it: printable ones as themselves, control characters by name. */
function Delimiter({ value }: { value: string | null | undefined }) {
  if (value === null || value === undefined || value === '') return <span className="documents-muted">none</span>;
  return (
    <code className="envelope-delimiter">
      {[...value].map((character, index) => {
        const code = character.charCodeAt(0);
        const symbol = controlSymbol(code);
        return symbol ? (
          <span key={index} title={controlName(code)}>
            {symbol}
          </span>
        ) : (
          <span key={index}>{character}</span>
        );
      })}
    </code>
  );
}

const party = (value: { qualifier: string; id: string }) => `${value.qualifier ? `${value.qualifier}:` : ''}${value.id.trim()}`;

/** Interchange, group, transaction and file at a glance: who sent it, every control number, and how it was written. */
export function EnvelopePanel({ detail }: { detail: DocumentDetail }) {
  const { interchange, group } = detail.envelope;
  const row = detail.document;
  const delimiters = interchange.delimiters;
  const x12 = interchange.standard === 'x12';
  return (
    <section className="panel envelope" aria-labelledby="envelope-heading" data-testid="envelope">
      <h2 id="envelope-heading" className="panel-title">
        Envelope
      </h2>
      <div className="envelope-columns">
        <div className="envelope-group">
          <h3>Interchange {x12 ? '(ISA)' : '(UNB)'}</h3>
          <dl>
          <Field label="Control number">
            <code>{interchange.controlNumber}</code>
            {interchange.duplicateControlNumber && (
              <span className="tag tag-warning" title="The same sender used this control number in another file">
                duplicate
              </span>
            )}
          </Field>
          <Field label="From → to">
            {party(interchange.sender)} → {party(interchange.receiver)}
          </Field>
          <Field label="Sent">
            {formatEdiDate(interchange.date)} {interchange.time ?? ''}
          </Field>
          <Field label="Version">
            {interchange.version}
            {interchange.syntaxId ? ` · ${interchange.syntaxId}` : ''}
            {interchange.test && <span className="tag tag-warning">test</span>}
          </Field>
          <Field label="Delimiters" title="element, component, repetition, segment terminator and what follows it">
            <span className="envelope-delimiters">
              element <Delimiter value={delimiters.element} /> component <Delimiter value={delimiters.component} /> repetition <Delimiter value={delimiters.repetition} /> segment{' '}
              <Delimiter value={`${delimiters.segment ?? ''}${delimiters.segmentSuffix ?? ''}`} />
            </span>
          </Field>
          {interchange.quirks.length > 0 && <Field label="Quirks">{interchange.quirks.join(', ')}</Field>}
          </dl>
        </div>
        <div className="envelope-group">
          <h3>Group {x12 ? '(GS)' : group.explicit ? '(UNG)' : '(no UNG)'}</h3>
          <dl>
          <Field label="Control number">
            <code>{group.controlNumber ?? '—'}</code>
          </Field>
          <Field label="Functional id">{group.functionalId ?? '—'}</Field>
          <Field label="Version">{group.version ?? '—'}</Field>
          <Field label="Status">
            {group.status} · {group.transactionCount} {group.transactionCount === 1 ? 'transaction' : 'transactions'}
          </Field>
          </dl>
        </div>
        <div className="envelope-group">
          <h3>Transaction {x12 ? '(ST)' : '(UNH)'}</h3>
          <dl>
          <Field label="Control number">
            <code>{row.controlNumber}</code>
          </Field>
          <Field label="Type">
            {row.type} {detail.spec?.name ?? row.typeName ?? ''}
          </Field>
          <Field label="Version" title={detail.spec && !detail.spec.exact ? `Checked against the ${detail.spec.version} spec (closest known)` : undefined}>
            {row.version}
            {detail.spec && !detail.spec.exact && <span className="documents-muted"> (checked as {detail.spec.version})</span>}
          </Field>
          <Field label="Segments">{row.segmentCount.toLocaleString()}</Field>
          {(row.poNumber || row.reference) && (
            <Field label="Business ids">
              {[row.poNumber && `PO ${row.poNumber}`, row.reference && `Ref ${row.reference}`, row.documentDate && formatEdiDate(row.documentDate), row.amount].filter(Boolean).join(' · ')}
            </Field>
          )}
          </dl>
        </div>
        <div className="envelope-group">
          <h3>File</h3>
          <dl>
          <Field label="Name">{detail.file.names.join(', ') || '—'}</Field>
          <Field label="Size">{formatSize(detail.file.size)}</Field>
          <Field label="SHA-256" title={detail.file.sha256}>
            <code>{detail.file.sha256.slice(0, 16)}…</code>
          </Field>
          <Field label="Received">
            <ul className="envelope-receipts">
              {detail.file.receipts.slice(0, 5).map((receipt) => (
                <li key={receipt.id} title={receipt.path ?? undefined}>
                  {formatDateTime(receipt.receivedAt)} · {receipt.source}
                  {receipt.duplicate && <span className="tag tag-warning">duplicate delivery</span>}
                </li>
              ))}
              {detail.file.receipts.length > 5 && <li className="documents-muted">and {detail.file.receipts.length - 5} more</li>}
            </ul>
          </Field>
          </dl>
        </div>
      </div>
    </section>
  );
}

import { useId, useState, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PartnerChannel } from '../../../../main/core/partners/profile-schema.js';
import { ImportStatus } from '../documents/ImportControls.js';
import { editorHash } from './maps-route.js';
import { useMapsServices, useWizard } from './maps-services.js';
import { OutputPane } from './OutputPane.js';
import { TaskBar } from './TaskBar.js';
import type { DetectedFile } from './wizard-store.js';

/** The profile's channels (profile-schema.ts PARTNER_CHANNELS; the renderer may not load runtime code from main/). */
const CHANNELS: readonly PartnerChannel[] = ['edi', 'ecommerce', 'marketplace', 'field-sales', 'portal'];

const DELIMITER_NAMES: Record<string, string> = { element: 'element', component: 'component', segment: 'segment', segmentSuffix: 'after segments', repetition: 'repetition', decimal: 'decimal', release: 'release' };

function visible(text: string | null): string {
  if (text === null || text === '') return 'none';
  if (text === ' ') return 'space';
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** Step 1: files dropped here or picked go through the Documents upload (ingest.upload), one summary. */
export function FilesStep() {
  const { wizard } = useMapsServices();
  const { files, uploading } = useWizard(useShallow((state) => ({ files: state.files, uploading: state.uploading })));
  const [over, setOver] = useState(false);
  const inputId = useId();
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    void wizard.getState().upload(Array.from(event.dataTransfer.files));
  };
  return (
    <div className="wizard-files">
      <div
        className={over ? 'drop-zone wizard-drop drop-zone-over' : 'drop-zone wizard-drop'}
        data-testid="wizard-drop"
        onDragOver={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>Drop the partner’s sample files here</span>
        <label className="button" htmlFor={inputId}>
          Choose files…
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          className="visually-hidden"
          data-testid="wizard-files-input"
          onChange={(event) => {
            const picked = Array.from(event.target.files ?? []);
            event.target.value = '';
            void wizard.getState().upload(picked);
          }}
        />
      </div>
      <ImportStatus />
      {uploading && <p className="maps-muted">Reading what the files contain…</p>}
      {files.length > 0 && (
        <ul className="wizard-file-list" data-testid="wizard-files">
          {files.map((file) => (
            <li key={file.name} data-testid="wizard-file">
              <span className="maps-code">{file.name}</span> <span className="maps-muted">{describeOutcome(file)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function describeOutcome(file: DetectedFile): string {
  const count = `${file.documents.length} transaction${file.documents.length === 1 ? '' : 's'}`;
  switch (file.outcome) {
    case 'ingested':
      return `received · ${count}`;
    case 'duplicate':
    case 'already-received':
      return `received before · ${count}`;
    case 'quarantined':
    case 'unreadable':
      return `not usable: ${file.message ?? file.outcome}`;
    default:
      return count;
  }
}

/** Step 2: per file, who sent it and how it is written; pick the partner to onboard. */
export function DetectedStep() {
  const { wizard } = useMapsServices();
  const { files, partners, partnerId } = useWizard(useShallow((state) => ({ files: state.files, partners: state.partners, partnerId: state.partnerId })));
  return (
    <div className="wizard-detected">
      <table className="maps-table" data-testid="wizard-detected">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Partner</th>
            <th scope="col">Sender → receiver</th>
            <th scope="col">Standard</th>
            <th scope="col">Types</th>
            <th scope="col">Delimiters</th>
            <th scope="col">Quirks</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.name} data-testid="wizard-detected-row">
              <td className="maps-code">{file.name}</td>
              <td>{[...new Set(file.documents.map((row) => row.partnerName ?? 'unknown'))].join(', ') || '—'}</td>
              <td className="maps-code">{file.envelope ? `${file.envelope.sender} → ${file.envelope.receiver}` : '—'}</td>
              <td>{file.envelope ? `${file.envelope.standard.toUpperCase()} ${file.envelope.version}` : '—'}</td>
              <td>{[...new Set(file.documents.map((row) => `${row.type}${row.typeName ? ` ${row.typeName}` : ''}`))].join(', ') || '—'}</td>
              <td>
                <div className="wizard-delimiters">
                {file.envelope
                  ? Object.entries(file.envelope.delimiters)
                      .filter(([, value]) => value !== null)
                      .map(([name, value]) => (
                        <span key={name} className="wizard-delimiter">
                          {DELIMITER_NAMES[name] ?? name} <code>{visible(value)}</code>
                        </span>
                      ))
                  : '—'}
                </div>
              </td>
              <td>{file.envelope && file.envelope.quirks.length > 0 ? file.envelope.quirks.join(', ') : 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="wizard-partners">
        <legend>Partner to onboard</legend>
        {partners.length === 0 && <p className="maps-muted">No partner was recognised in these files.</p>}
        {partners.map((partner) => (
          <label key={partner.id} className="wizard-partner" data-testid="wizard-partner">
            <input type="radio" name="wizard-partner" checked={partner.id === partnerId} onChange={() => wizard.getState().choosePartner(partner.id)} />
            <span>
              <strong>{partner.profile.name}</strong>{' '}
              <span className="maps-muted">
                {partner.identifiers.map((identifier) => `${identifier.kind.toUpperCase()} ${'qualifier' in identifier && identifier.qualifier ? `${identifier.qualifier}:` : ''}${identifier.id}`).join(' · ')}
              </span>
              <br />
              <span className="maps-muted">
                Versions {partner.learned.versions.join(', ') || '—'} · quirks {partner.learned.quirks.join(', ') || 'none'} · {partner.documents.total} documents in the workspace
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** Step 3: the profile's name and channel (partners.update; field errors from the answer's zod paths). */
export function ProfileStep() {
  const { wizard } = useMapsServices();
  const { name, channel, profileErrors } = useWizard(useShallow((state) => ({ name: state.name, channel: state.channel, profileErrors: state.profileErrors })));
  const nameId = useId();
  const channelId = useId();
  return (
    <div className="wizard-profile">
      <div className="field">
        <label className="field-label" htmlFor={nameId}>
          Partner name
        </label>
        <div className="field-control">
          <input
            id={nameId}
            className="input input-wide"
            value={name}
            autoFocus
            aria-invalid={Boolean(profileErrors.name)}
            aria-describedby={profileErrors.name ? `${nameId}-error` : undefined}
            data-testid="wizard-name"
            onChange={(event) => wizard.getState().setName(event.target.value)}
          />
          {profileErrors.name && (
            <p className="field-error" id={`${nameId}-error`}>
              {profileErrors.name}
            </p>
          )}
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={channelId}>
          Channel
        </label>
        <div className="field-control">
          <select id={channelId} className="input" value={channel} data-testid="wizard-channel" onChange={(event) => wizard.getState().setChannel(event.target.value as PartnerChannel)}>
            {CHANNELS.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
          {profileErrors.channel && <p className="field-error">{profileErrors.channel}</p>}
        </div>
      </div>
    </div>
  );
}

/** Step 4: a default map per document type found. */
export function MapsStep() {
  const { wizard } = useMapsServices();
  const types = useWizard((state) => state.types);
  return (
    <ul className="wizard-types" data-testid="wizard-types">
      {types.map((choice) => (
        <li key={choice.key} className="wizard-type">
          <label>
            <input type="checkbox" checked={choice.use} disabled={!choice.defaultMap} onChange={(event) => wizard.getState().toggleType(choice.key, event.target.checked)} data-testid={`wizard-type-${choice.type}`} />
            <span className="maps-code">
              {choice.standard.toUpperCase()} {choice.type}
            </span>{' '}
            <span className="maps-muted">
              {choice.documents} sample{choice.documents === 1 ? '' : 's'} ·{' '}
              {choice.defaultMap ? `start from “${choice.defaultMap.name ?? 'default'}” (produces ${choice.defaultMap.kind})` : 'no built-in default map for this type yet'}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/** Step 5: each chosen map's output on the uploaded sample. */
export function PreviewStep() {
  const { types, previews } = useWizard(useShallow((state) => ({ types: state.types, previews: state.previews })));
  return (
    <div className="wizard-previews">
      {types
        .filter((choice) => choice.use && choice.defaultMap)
        .map((choice) => {
          const entry = previews[choice.key];
          return (
            <section key={choice.key} className="wizard-preview" aria-label={`${choice.type} preview`} data-testid="wizard-preview">
              <h3 className="output-heading">
                {choice.standard.toUpperCase()} {choice.type} on {entry?.preview?.source.fileName ?? 'the sample'}
              </h3>
              <OutputPane preview={entry?.preview ?? null} error={entry?.error ?? null} pending={!entry} ms={null} showTiming={false} />
            </section>
          );
        })}
    </div>
  );
}

/** Step 6: saved and published, with the re-map of the partner's documents. */
export function PublishStep() {
  const { published, types, partnerId } = useWizard(useShallow((state) => ({ published: state.published, types: state.types, partnerId: state.partnerId })));
  return (
    <ul className="wizard-published" data-testid="wizard-published">
      {published.map((entry) => {
        const choice = types.find((candidate) => candidate.key === entry.key);
        return (
          <li key={entry.key} data-testid="wizard-published-type" data-state={entry.state}>
            <span className="wizard-published-head">
            <span className="maps-code">{entry.key.replace('/', ' ').toUpperCase()}</span>
            {entry.state === 'publishing' && <span className="maps-muted">publishing…</span>}
            {entry.state === 'failed' && (
              <span className="field-error" data-testid="wizard-publish-error">
                {entry.message}
              </span>
            )}
            {entry.state === 'published' && <span>published as version {entry.version}</span>}
            </span>
            {entry.taskId && <TaskBar taskId={entry.taskId} label="Re-mapping documents" testId="wizard-remap" />}
            {entry.state === 'published' && choice && partnerId !== null && (
              <span className="wizard-links">
                <a className="button button-small" href={editorHash(partnerId, choice.standard, choice.type)} data-testid="wizard-open-editor">
                  Open in the editor
                </a>
                <a className="button button-small" href={`#/documents?partner=${partnerId}`} data-testid="wizard-open-documents">
                  See the documents
                </a>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

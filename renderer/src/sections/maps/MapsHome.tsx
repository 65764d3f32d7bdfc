import { useEffect, useState } from 'react';
import type { MapsList, MapTypeVersions } from '../../../../main/core/mapping-store/types.js';
import { EmptyState } from '../../components/EmptyState.js';
import { useServices } from '../../services.js';
import { editorHash, ONBOARD_HASH } from './maps-route.js';
import { usePartners } from './use-partners.js';

const ORIGIN_WORDS: Record<string, string> = { partner: 'This partner’s map', workspace: 'Workspace map', default: 'Built-in default' };

function versionText(entry: MapTypeVersions): string {
  if (entry.published) return `v${entry.published.version}`;
  return '—';
}

/** One partner's maps per document type: what applies now, the published version, an open draft. */
function PartnerMaps({ partnerId, name }: { partnerId: number; name: string }) {
  const { client } = useServices();
  const [list, setList] = useState<MapsList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void client.call('maps.list', { partnerId }).then((listed) => {
      if (!live) return;
      if (listed.ok) {
        setList(listed.value);
        setError(null);
      } else setError(listed.error.message);
    });
    return () => {
      live = false;
    };
  }, [client, partnerId]);
  if (error) return <p className="inline-message inline-message-error">{error}</p>;
  if (!list) return <p className="maps-muted">Loading maps…</p>;
  return (
    <table className="maps-table" data-testid="maps-types">
      <caption className="maps-caption">Maps of {name}</caption>
      <thead>
        <tr>
          <th scope="col">Document type</th>
          <th scope="col">Produces</th>
          <th scope="col">Applies now</th>
          <th scope="col">Published</th>
          <th scope="col">Draft</th>
          <th scope="col">
            <span className="visually-hidden">Open</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.types.map((entry) => (
          <tr key={`${entry.standard}/${entry.type}`} data-testid="maps-type-row" data-type={entry.type}>
            <td>
              <span className="maps-code">{entry.type}</span> <span className="maps-muted">{entry.standard.toUpperCase()}</span>
            </td>
            <td>{entry.kind ?? '—'}</td>
            <td>{entry.effective ? ORIGIN_WORDS[entry.effective] : 'Nothing (unmapped)'}</td>
            <td>{versionText(entry)}</td>
            <td>{entry.draft ? `v${entry.draft.version}` : '—'}</td>
            <td>
              <a className="button button-small" href={editorHash(partnerId, entry.standard, entry.type)} data-testid={`maps-open-${entry.standard}-${entry.type}`}>
                {entry.published || entry.draft ? 'Edit map' : 'Start from default'}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The Maps home: pick a partner and a document type to edit, or onboard a new partner from sample files. */
export function MapsHome() {
  const { partners, loading, error } = usePartners();
  const [chosen, setChosen] = useState<number | null>(null);
  const partner = partners.find((candidate) => candidate.id === chosen) ?? partners[0];
  return (
    <div className="maps-home" data-testid="maps-home">
      <div className="maps-toolbar">
        <a className="button button-primary" href={ONBOARD_HASH} data-testid="maps-onboard">
          Onboard a partner…
        </a>
        <span className="maps-muted">Drop a new partner’s sample files, review what was detected, and publish a map in a few steps.</span>
      </div>
      {error && <p className="inline-message inline-message-error">{error}</p>}
      {!loading && partners.length === 0 && !error ? (
        <EmptyState icon="maps" heading="No partners yet">
          <p>Partners appear here once their files are received. Start with the onboarding wizard: it takes a partner’s sample files and ends with a published map.</p>
        </EmptyState>
      ) : (
        <div className="maps-home-columns">
          <nav aria-label="Partners" className="maps-partner-list">
            <ul>
              {partners.map((candidate) => (
                <li key={candidate.id}>
                  <button
                    type="button"
                    className="maps-partner"
                    aria-current={candidate.id === partner?.id ? 'true' : undefined}
                    onClick={() => setChosen(candidate.id)}
                    data-testid="maps-partner"
                  >
                    <span className="maps-partner-name">{candidate.name}</span>
                    <span className="maps-muted">{candidate.documents.total.toLocaleString()} documents</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="maps-partner-detail">{partner && <PartnerMaps key={partner.id} partnerId={partner.id} name={partner.name} />}</div>
        </div>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/contract-types.js';
import { useServices } from '../../services.js';
import type { CanonicalRecord } from './canonical-status.js';

export type CanonicalState = { status: 'loading' } | { status: 'ready'; record: CanonicalRecord; mapName: string | null } | { status: 'failed'; error: ApiError };

/**
 * The stored canonical document of a document and the name of the map that made it. Fetched again when `version`
 * changes (the document view passes its detail, so a reload or re-process fetches again).
 */
export function useCanonical(documentId: number, standard: string, type: string, version: unknown): CanonicalState {
  const { client } = useServices();
  const [answer, setAnswer] = useState<{ key: unknown; state: CanonicalState } | null>(null);
  useEffect(() => {
    let current = true;
    void (async () => {
      const result = await client.call('canonical.get', { documentId });
      if (!result.ok) {
        if (current) setAnswer({ key: version, state: { status: 'failed', error: result.error } });
        return;
      }
      const record = result.value;
      let mapName: string | null = null;
      // the name is a nicety: without it the panel still says which version of which kind of map
      if (record.map?.mapId != null) {
        const map = await client.call('maps.get', { id: record.map.mapId });
        mapName = map.ok ? map.value.name : null;
      } else if (record.map?.origin === 'default') {
        const defaults = await client.call('maps.defaults', {});
        mapName = defaults.ok ? (defaults.value.maps.find((map) => map.standard === standard && map.type === type)?.name ?? null) : null;
      }
      if (current) setAnswer({ key: version, state: { status: 'ready', record, mapName } });
    })();
    return () => {
      current = false;
    };
  }, [client, documentId, standard, type, version]);
  return answer && answer.key === version ? answer.state : { status: 'loading' };
}

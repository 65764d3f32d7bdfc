import { useEffect, useState } from 'react';
import type { PartnerSummary } from '../../../../main/core/partners/types.js';
import { useServices } from '../../services.js';

/** The partner list (partners.list), reloaded when an ingest finishes (new partners appear with new files). */
export function usePartners(): { partners: PartnerSummary[]; loading: boolean; error: string | null } {
  const { client } = useServices();
  const [state, setState] = useState<{ partners: PartnerSummary[]; loading: boolean; error: string | null }>({ partners: [], loading: true, error: null });
  useEffect(() => {
    let live = true;
    const load = async () => {
      const listed = await client.call('partners.list', { includeMerged: false });
      if (!live) return;
      setState(listed.ok ? { partners: listed.value.items, loading: false, error: null } : { partners: [], loading: false, error: listed.error.message });
    };
    void load();
    const off = client.on('ingest.finished', () => void load());
    return () => {
      live = false;
      off();
    };
  }, [client]);
  return state;
}

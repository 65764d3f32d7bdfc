import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { EmptyState } from '../../components/EmptyState.js';
import { TabList } from '../../components/TabList.js';
import { useServices } from '../../services.js';
import { AcksTab } from './AcksTab.js';
import { LedgerTab } from './LedgerTab.js';
import { createPartnersStore, hasNoData, type PartnersStore } from './partners-store.js';
import { createProfilesStore, type ProfilesStore } from './profiles-store.js';
import { ImportButton, ProfilesTab } from './ProfilesTab.js';

type TabId = 'profiles' | 'ledger' | 'acks';
const TABS: { id: TabId; label: string }[] = [
  { id: 'profiles', label: 'Profiles' },
  { id: 'ledger', label: 'Control numbers' },
  { id: 'acks', label: 'Acknowledgments' },
];

export function PartnersEmptyState({ profiles }: { profiles?: ProfilesStore }) {
  return (
    <EmptyState icon="partners" heading="No trading partners yet">
      <p>
        Each company you exchange EDI with gets a profile here: its identifiers (ISA, GS, UNB, GLN), the standard and
        version it sends, its delimiters and quirks, acknowledgment rules and the map that turns its files into orders,
        shipments and invoices.
      </p>
      <p>
        You do not need to create partners by hand: a profile is created the first time one of their files arrives
        (see Documents). A guided onboarding, from sample files to a published map, comes later.
      </p>
      {profiles && (
        <p>
          Or start from a profile exported from another workspace: <ImportButton store={profiles} />
        </p>
      )}
      {profiles && <ImportErrors store={profiles} />}
    </EmptyState>
  );
}

function ImportErrors({ store }: { store: ProfilesStore }) {
  const errors = useStore(store, (state) => state.formErrors);
  if (errors.length === 0) return null;
  return (
    <div className="inline-message inline-message-error" role="alert">
      {errors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

export function PartnersSection() {
  const { client } = useServices();
  const [store] = useState(() => createPartnersStore(client));
  const [profiles] = useState(() => createProfilesStore(client));
  useEffect(() => {
    const unsubscribe = store.getState().subscribe();
    const unsubscribeProfiles = profiles.getState().subscribe();
    void store.getState().load();
    void profiles.getState().load();
    return () => {
      unsubscribe();
      unsubscribeProfiles();
    };
  }, [store, profiles]);
  return <PartnersView store={store} profiles={profiles} />;
}

/** Separate from the loading effect so markup tests can render a store in any state. */
export function PartnersView({ store, profiles, initialTab = 'profiles' }: { store: PartnersStore; profiles: ProfilesStore; initialTab?: TabId }) {
  const state = useStore(store);
  const profileCount = useStore(profiles, (profilesState) => profilesState.partners.length);
  const [tab, setTab] = useState<TabId>(initialTab);

  // a partner imported before any of its files arrived counts too
  if ((hasNoData(state) && profileCount === 0) || (state.status === 'loading' && state.ledger === null)) return <PartnersEmptyState profiles={profiles} />;

  return (
    <div className="partners">
      <TabList tabs={TABS} selected={tab} onSelect={setTab} prefix="partners" label="Partner views" listClassName="partners-tabs" tabClassName="partners-tab" />
      {state.status === 'failed' && (
        <p className="partners-error" role="alert">
          Could not load: {state.error}
        </p>
      )}
      <div role="tabpanel" id={`partners-panel-${tab}`} aria-labelledby={`partners-tab-${tab}`} className="partners-panel">
        {tab === 'profiles' ? <ProfilesTab store={profiles} /> : tab === 'ledger' ? <LedgerTab store={store} /> : <AcksTab store={store} />}
      </div>
    </div>
  );
}

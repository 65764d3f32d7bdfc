import { useSyncExternalStore } from 'react';
import { MapEditor } from './MapEditor.js';
import { MapsHome } from './MapsHome.js';
import { parseMapsHash } from './maps-route.js';
import { OnboardingWizard } from './OnboardingWizard.js';
import './maps.css';

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Maps: partners and their maps, the mapping editor, and the onboarding wizard, each at its own address. */
export function MapsSection() {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash, () => '#/maps');
  const route = parseMapsHash(hash);
  if (route.view === 'onboard') return <OnboardingWizard />;
  if (route.view === 'editor') return <MapEditor key={`${route.partnerId}/${route.standard}/${route.type}`} route={route} />;
  return <MapsHome />;
}

import { useEffect } from 'react';
import { AlertBadge, AlertsPermissionPrompt, AlertsWatcher } from './components/alerts/AlertBadge.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { NavBar } from './components/NavBar.js';
import { Notices } from './components/Notices.js';
import { StatusBar } from './components/StatusBar.js';
import { sectionById, type SectionId } from './routing/sections.js';
import { SCREENS } from './routing/screens.js';
import { useHashRoute, useScreenRoute } from './routing/use-hash-route.js';
import { useSectionShortcuts } from './routing/use-section-shortcuts.js';
import { sectionComponents } from './sections/index.js';
import { ShipmentCheckScreen } from './sections/shipment-check/ShipmentCheckScreen.js';
import { useTheme } from './theme/use-theme.js';

/** The shell: navigation, the current section under its header, the status bar, and notices over everything. */
export function Shell({ section }: { section: SectionId }) {
  const meta = sectionById(section);
  const Content = sectionComponents[section];
  return (
    <div className="shell">
      <NavBar active={section} badges={{ reconciliation: <AlertBadge /> }} footer={<AlertsPermissionPrompt />} />
      <AlertsWatcher active={section} />
      <main className="main" aria-labelledby="section-title">
        <header className="section-header">
          <h1 id="section-title" className="section-title">
            {meta.title}
          </h1>
          <p className="section-summary">{meta.summary}</p>
        </header>
        <div className="section-body" data-testid={`section-${section}`}>
          <ErrorBoundary key={section} what={`the ${meta.title} section`}>
            <Content />
          </ErrorBoundary>
        </div>
      </main>
      <StatusBar />
      <Notices />
    </div>
  );
}

export function App() {
  const section = useHashRoute();
  const screen = useScreenRoute();
  useSectionShortcuts();
  useTheme();
  useEffect(() => {
    const title = screen ? SCREENS.find((each) => each.id === screen)?.title : sectionById(section).title;
    document.title = `${title ?? 'Crossdock'} — Crossdock`;
  }, [section, screen]);
  if (screen === 'check') {
    return (
      <ErrorBoundary what="the shipment check">
        <ShipmentCheckScreen />
        <Notices />
      </ErrorBoundary>
    );
  }
  return <Shell section={section} />;
}

import { EmptyState } from '../../components/EmptyState.js';

export function PartnersSection() {
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
    </EmptyState>
  );
}

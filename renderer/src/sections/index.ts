import type { ComponentType } from 'react';
import type { SectionId } from '../routing/sections.js';
import { DocumentsSection } from './documents/DocumentsSection.js';
import { MapsSection } from './maps/MapsSection.js';
import { PartnersSection } from './partners/PartnersSection.js';
import { ReconciliationSection } from './reconciliation/ReconciliationSection.js';
import { SettingsSection } from './settings/SettingsSection.js';
import { SyncSection } from './sync/SyncSection.js';

export const sectionComponents: Record<SectionId, ComponentType> = {
  documents: DocumentsSection,
  partners: PartnersSection,
  maps: MapsSection,
  reconciliation: ReconciliationSection,
  sync: SyncSection,
  settings: SettingsSection,
};

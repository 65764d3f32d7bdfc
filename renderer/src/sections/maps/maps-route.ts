/**
 * Addresses inside the Maps section: `#/maps` (partners and their maps), `#/maps/onboard` (the wizard) and
 * `#/maps/<partnerId>/<standard>/<type>[?sample=<documentId>]` (the editor), so a reload or a link keeps the place.
 */
import type { MapStandard } from '../../../../main/core/mapping-store/types.js';

export type MapsRoute =
  | { view: 'home' }
  | { view: 'onboard' }
  | { view: 'editor'; partnerId: number; standard: MapStandard; type: string; sample: number | null };

const STANDARDS: readonly MapStandard[] = ['x12', 'edifact', 'csv', 'json'];
const TYPE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

export function parseMapsHash(hash: string): MapsRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter((part) => part.length > 0);
  if (parts[0] !== 'maps') return { view: 'home' };
  if (parts[1] === 'onboard') return { view: 'onboard' };
  const partnerId = Number(parts[1]);
  const standard = parts[2] as MapStandard | undefined;
  const type = parts[3] === undefined ? undefined : decodeURIComponent(parts[3]);
  if (!Number.isInteger(partnerId) || partnerId <= 0 || !standard || !STANDARDS.includes(standard) || !type || !TYPE.test(type)) return { view: 'home' };
  const sample = Number(new URLSearchParams(query).get('sample'));
  return { view: 'editor', partnerId, standard, type, sample: Number.isInteger(sample) && sample > 0 ? sample : null };
}

export function editorHash(partnerId: number, standard: MapStandard, type: string, sample: number | null = null): string {
  return `#/maps/${partnerId}/${standard}/${encodeURIComponent(type)}${sample === null ? '' : `?sample=${sample}`}`;
}

export const MAPS_HOME_HASH = '#/maps';
export const ONBOARD_HASH = '#/maps/onboard';

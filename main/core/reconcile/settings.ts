/**
 * Per-partner tolerances and SLAs for the rules, from the partner profile with defaults where the profile says
 * nothing. The profile has no field yet for "order in ERP within", "EDI order within" or "credit within": those use
 * the defaults here (see the report of issue 6).
 */
import type { PartnerProfileFields } from '../partners/profile-schema.js';
import type { PartnerSettings } from './types.js';

export const DEFAULT_SETTINGS: PartnerSettings = {
  pricePercent: '0',
  quantityUnits: '0',
  quantityPercent: '0',
  moneyAmount: '0.01',
  erpOrderWithinHours: 4,
  ediOrderWithinHours: 24,
  orderAckWithinHours: 24,
  asnWithinHours: 24,
  creditWithinHours: 72,
};

/** Settings from a profile's tolerances and SLAs; `slas.ackWithinHours` is taken as the 855 deadline. */
export function settingsFromProfile(profile: Pick<PartnerProfileFields, 'tolerances' | 'slas'>, base: PartnerSettings = DEFAULT_SETTINGS): PartnerSettings {
  return {
    ...base,
    pricePercent: profile.tolerances.pricePercent ?? base.pricePercent,
    quantityUnits: profile.tolerances.quantityUnits ?? base.quantityUnits,
    quantityPercent: profile.tolerances.quantityPercent ?? base.quantityPercent,
    orderAckWithinHours: profile.slas.ackWithinHours ?? base.orderAckWithinHours,
    asnWithinHours: profile.slas.asnWithinHours ?? base.asnWithinHours,
  };
}

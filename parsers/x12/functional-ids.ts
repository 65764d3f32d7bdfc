/**
 * The functional group (GS01) each transaction set belongs in. Only sets we are sure of: an unknown set is not
 * checked rather than wrongly flagged.
 */
const FUNCTIONAL_ID_BY_SET: Record<string, string> = {
  '180': 'AN', '204': 'SM', '210': 'IM', '214': 'QM', '270': 'HS', '271': 'HB', '276': 'HR', '277': 'HN', '278': 'HI',
  '310': 'IO', '315': 'QO', '810': 'IN', '812': 'CD', '816': 'OR', '820': 'RA', '824': 'AG', '830': 'PS', '832': 'SC',
  '834': 'BE', '835': 'HP', '837': 'HC', '846': 'IB', '850': 'PO', '852': 'PD', '855': 'PR', '856': 'SH', '857': 'BS',
  '860': 'PC', '861': 'RC', '862': 'SS', '864': 'TX', '865': 'CA', '869': 'RS', '870': 'RS', '875': 'OG', '880': 'GP',
  '894': 'DX', '895': 'DX', '940': 'OW', '943': 'AR', '944': 'RE', '945': 'SW', '947': 'AW', '990': 'GF', '997': 'FA',
  '999': 'FA',
};

export function expectedFunctionalId(transactionSet: string): string | undefined {
  return FUNCTIONAL_ID_BY_SET[transactionSet];
}

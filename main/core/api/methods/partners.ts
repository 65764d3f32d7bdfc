/** The partners domain's methods (profiles, rename, merge, export/import). Spread into the contract. */
export const partnersMethods = {} as const;

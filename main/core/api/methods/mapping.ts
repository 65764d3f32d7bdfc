/** The mapping domain's methods (canonical schema, maps, preview, regression, publish). Spread into the contract. */
export const mappingMethods = {} as const;

/** Realistic-looking names, places and products shared by both generators. */
export const STORE_NAMES = ['ACME DISTRIBUTION CENTER', 'NORTHWIND RETAIL STORE', 'CONTOSO SUPERMARKET', 'FABRIKAM OUTLET', 'TAILSPIN HARDWARE', 'WIDE WORLD IMPORTERS'] as const;
export const STREETS = ['1200 INDUSTRIAL PKWY', '45 HARBOR RD', '900 COMMERCE DR STE 210', '77 LOGISTICS WAY', '3100 W MAIN ST', '18 RUE DU PORT'] as const;
export const CITIES: readonly (readonly [city: string, state: string, postal: string])[] = [
  ['COLUMBUS', 'OH', '43215'],
  ['RENO', 'NV', '89501'],
  ['SAVANNAH', 'GA', '31401'],
  ['TACOMA', 'WA', '98402'],
  ['ALLENTOWN', 'PA', '18101'],
  ['JOLIET', 'IL', '60431'],
];
export const UNITS = ['EA', 'CA', 'BX', 'PK', 'DZ'] as const;
export const PRODUCTS = [
  'STAINLESS STEEL WATER BOTTLE 750ML',
  'LED DESK LAMP WARM WHITE',
  'CERAMIC COFFEE MUG 12OZ',
  'COTTON BATH TOWEL GREY',
  'WIRELESS MOUSE 2.4GHZ',
  'GARDEN HOSE 50FT',
  'KIDS RAIN BOOTS SIZE 11',
] as const;
export const CONTACTS = ['JANE DOE', 'ROBERT SMITH', 'MARIA GARCIA', 'WEI CHEN', 'AMIT PATEL'] as const;

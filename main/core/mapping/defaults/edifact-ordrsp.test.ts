import { edifactOrdrspMap } from './edifact-ordrsp.js';
import { describeCorpus, describeGoldens } from './edifact-testkit.js';

describeGoldens('ORDRSP', edifactOrdrspMap, ['ordrsp-d96a.edi', 'ordrsp-d01b.edi']);

describeCorpus('ORDRSP', edifactOrdrspMap, [
  {
    file: 'BerryWorksSoftware__edireader__ORDERS-D01B-UNOC.edi',
    messages: 1,
    errors: {
      '000001': [
        "currency: expected an ISO 4217 currency code such as USD",
        "line-price-currency: expected an ISO 4217 currency code such as USD",
      ],
    },
  },
  {
    file: 'BerryWorksSoftware__edireader__ORDERS-D01B-UNOE.edi',
    notThisType: "SOURCES.tsv labels it ORDRSP, but its UNH says ORDERS:D:01B:UN:EAN008 (a purchase order, for the ORDERS map)",
  },
]);

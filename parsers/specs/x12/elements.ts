/**
 * Data elements that many segments share. Each is defined once so a length change between releases (127 grew from
 * 30 to 50 characters in 005010, 364 from 80 to 256) is written in one place.
 */
import type { Usage } from '../types.js';
import { composite, element } from './builders.js';
import type { ElementDefinition } from './builders.js';

export const referenceQualifier = (usage: Usage = 'M'): ElementDefinition =>
  element('128', 'Reference Identification Qualifier', usage, 'ID', 2, 3, { codes: '128' });

export const referenceId = (usage: Usage, name = 'Reference Identification'): ElementDefinition =>
  element('127', name, usage, 'AN', 1, 50, { versions: { '004010': { max: 30 } } });

export const communicationQualifier = (usage: Usage): ElementDefinition =>
  element('365', 'Communication Number Qualifier', usage, 'ID', 2, 2, { codes: '365' });

export const communicationNumber = (usage: Usage): ElementDefinition =>
  element('364', 'Communication Number', usage, 'AN', 1, 256, { versions: { '004010': { max: 80 } } });

export const date = (usage: Usage, name = 'Date'): ElementDefinition => element('373', name, usage, 'DT', 8, 8);
export const time = (usage: Usage, name = 'Time'): ElementDefinition => element('337', name, usage, 'TM', 4, 8);
export const dateTimeQualifier = (usage: Usage = 'M'): ElementDefinition =>
  element('374', 'Date/Time Qualifier', usage, 'ID', 3, 3, { codes: '374' });

export const productQualifier = (usage: Usage): ElementDefinition =>
  element('235', 'Product/Service ID Qualifier', usage, 'ID', 2, 2, { codes: '235' });
export const productId = (usage: Usage): ElementDefinition =>
  element('234', 'Product/Service ID', usage, 'AN', 1, 48);

export const unitOfMeasure = (usage: Usage, name = 'Unit or Basis for Measurement Code'): ElementDefinition =>
  element('355', name, usage, 'ID', 2, 2, { codes: '355' });
export const quantity = (usage: Usage, name = 'Quantity'): ElementDefinition =>
  element('380', name, usage, 'R', 1, 15);
export const quantityOrdered = (usage: Usage): ElementDefinition =>
  element('330', 'Quantity Ordered', usage, 'R', 1, 15);
export const unitsShipped = (usage: Usage): ElementDefinition =>
  element('382', 'Number of Units Shipped', usage, 'R', 1, 10);
export const unitPrice = (usage: Usage): ElementDefinition => element('212', 'Unit Price', usage, 'R', 1, 17);
export const basisOfUnitPrice = (usage: Usage): ElementDefinition =>
  element('639', 'Basis of Unit Price Code', usage, 'ID', 2, 2);
export const monetaryAmount = (usage: Usage): ElementDefinition =>
  element('782', 'Monetary Amount', usage, 'R', 1, 18);
export const amount = (usage: Usage, max = 15): ElementDefinition => element('610', 'Amount', usage, 'N2', 1, max);
export const percent = (usage: Usage): ElementDefinition => element('954', 'Percent', usage, 'R', 1, 10);

export const description = (usage: Usage): ElementDefinition => element('352', 'Description', usage, 'AN', 1, 80);
export const freeFormDescription = (usage: Usage): ElementDefinition =>
  element('369', 'Free-form Description', usage, 'AN', 1, 45);
export const assignedId = (usage: Usage): ElementDefinition =>
  element('350', 'Assigned Identification', usage, 'AN', 1, 20);
export const purchaseOrderNumber = (usage: Usage): ElementDefinition =>
  element('324', 'Purchase Order Number', usage, 'AN', 1, 22);
export const releaseNumber = (usage: Usage): ElementDefinition =>
  element('328', 'Release Number', usage, 'AN', 1, 30);
export const changeOrderSequence = (usage: Usage): ElementDefinition =>
  element('327', 'Change Order Sequence Number', usage, 'AN', 1, 8);
export const contractNumber = (usage: Usage): ElementDefinition =>
  element('367', 'Contract Number', usage, 'AN', 1, 30);
export const requestReference = (usage: Usage): ElementDefinition =>
  element('326', 'Request Reference Number', usage, 'AN', 1, 45);
export const transactionSetPurpose = (usage: Usage = 'M'): ElementDefinition =>
  element('353', 'Transaction Set Purpose Code', usage, 'ID', 2, 2, { codes: '353' });
export const transactionType = (usage: Usage): ElementDefinition =>
  element('640', 'Transaction Type Code', usage, 'ID', 2, 2);
export const actionCode = (usage: Usage): ElementDefinition => element('306', 'Action Code', usage, 'ID', 1, 2);

export const entityIdentifier = (usage: Usage): ElementDefinition =>
  element('98', 'Entity Identifier Code', usage, 'ID', 2, 3, { codes: '98' });
export const name = (usage: Usage): ElementDefinition => element('93', 'Name', usage, 'AN', 1, 60);
export const idCodeQualifier = (usage: Usage): ElementDefinition =>
  element('66', 'Identification Code Qualifier', usage, 'ID', 1, 2, { codes: '66' });
export const idCode = (usage: Usage): ElementDefinition => element('67', 'Identification Code', usage, 'AN', 2, 80);
export const locationQualifier = (usage: Usage): ElementDefinition =>
  element('309', 'Location Qualifier', usage, 'ID', 1, 2);
export const locationIdentifier = (usage: Usage): ElementDefinition =>
  element('310', 'Location Identifier', usage, 'AN', 1, 30);

export const weight = (usage: Usage): ElementDefinition => element('81', 'Weight', usage, 'R', 1, 10);
export const weightQualifier = (usage: Usage): ElementDefinition =>
  element('187', 'Weight Qualifier', usage, 'ID', 1, 2);
export const volume = (usage: Usage): ElementDefinition => element('183', 'Volume', usage, 'R', 1, 8);
export const packagingCode = (usage: Usage): ElementDefinition =>
  element('103', 'Packaging Code', usage, 'AN', 3, 5, { codes: '103' });
export const ladingQuantity = (usage: Usage): ElementDefinition =>
  element('80', 'Lading Quantity', usage, 'N0', 1, 7);
export const transportationMethod = (usage: Usage): ElementDefinition =>
  element('91', 'Transportation Method/Type Code', usage, 'ID', 1, 2, { codes: '91' });
export const routing = (usage: Usage): ElementDefinition => element('387', 'Routing', usage, 'AN', 1, 35);
export const shipmentMethodOfPayment = (usage: Usage): ElementDefinition =>
  element('146', 'Shipment Method of Payment', usage, 'ID', 2, 2, { codes: '146' });
export const shipmentStatus = (usage: Usage): ElementDefinition =>
  element('368', 'Shipment/Order Status Code', usage, 'ID', 2, 2, { codes: '368' });
export const scac = (usage: Usage): ElementDefinition =>
  element('140', 'Standard Carrier Alpha Code', usage, 'ID', 2, 4);
export const upcCaseCode = (usage: Usage): ElementDefinition =>
  element('438', 'U.P.C. Case Code', usage, 'AN', 12, 12);
export const specialHandling = (usage: Usage): ElementDefinition =>
  element('152', 'Special Handling Code', usage, 'ID', 2, 3);

/** C001: a unit of measure followed by up to four more units, each with an exponent and a multiplier. */
export function compositeUnitOfMeasure(usage: Usage): ElementDefinition {
  const components: ElementDefinition[] = [
    unitOfMeasure('M'),
    element('1018', 'Exponent', 'O', 'R', 1, 15),
    element('649', 'Multiplier', 'O', 'R', 1, 10),
  ];
  for (let index = 0; index < 4; index++) {
    components.push(
      unitOfMeasure('C'),
      element('1018', 'Exponent', 'C', 'R', 1, 15),
      element('649', 'Multiplier', 'C', 'R', 1, 10),
    );
  }
  return composite('C001', 'Composite Unit of Measure', usage, components);
}

/** C040: up to three further qualified references attached to a REF or N9. */
export const referenceIdentifier = (usage: Usage): ElementDefinition =>
  composite('C040', 'Reference Identifier', usage, [
    referenceQualifier('M'),
    referenceId('M'),
    referenceQualifier('C'),
    referenceId('C'),
    referenceQualifier('C'),
    referenceId('C'),
  ]);

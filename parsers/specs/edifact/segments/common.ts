/**
 * Header-level segments shared by the commercial messages (ORDERS, ORDRSP, DESADV, INVOIC, INVRPT, RECADV, APERAK).
 * Where D.96A and D.01B differ, the definition accepts both (widest length; a D.96A simple element that D.01B turned
 * into a composite is written as the composite, whose first component is the old simple element).
 */
import type { SegmentSpec } from '../../types.js';
import {
  codedWithText,
  codeListIds,
  documentName,
  identificationNumber,
  partyIdentification,
  repeated,
} from './composites.js';
import { composite, segment, simple, times } from './define.js';

export const commonSegments: SegmentSpec[] = [
  segment('BGM', 'Beginning of message', 'Says what the document is (order, invoice, despatch advice...), gives its number and whether it is an original, a replacement or a cancellation.', [
    documentName('C'),
    // D.96A: simple element 1004 an..35; D.01B: composite C106 whose first component is 1004.
    composite('C106', 'Document/message identification', 'C', [
      simple('1004', 'Document identifier', 'C', 'an..35'),
      simple('1056', 'Version identifier', 'C', 'an..9'),
      simple('1060', 'Revision identifier', 'C', 'an..6'),
    ]),
    simple('1225', 'Message function code', 'C', 'an..3', '1225'),
    simple('4343', 'Response type code', 'C', 'an..3', '4343'),
  ]),
  segment('DTM', 'Date/time/period', 'Gives a date, time or period and says which one it is (document date, requested delivery, ...).', [
    composite('C507', 'Date/time/period', 'M', [
      simple('2005', 'Date or time or period function code qualifier', 'M', 'an..3', '2005'),
      simple('2380', 'Date or time or period value', 'C', 'an..35'),
      simple('2379', 'Date or time or period format code', 'C', 'an..3', '2379'),
    ]),
  ]),
  segment('PAI', 'Payment instructions', 'Says how payment is to be made (conditions, guarantee, means of payment).', [
    composite('C534', 'Payment instruction details', 'M', [
      simple('4439', 'Payment conditions code', 'C', 'an..3'),
      simple('4431', 'Payment guarantee means code', 'C', 'an..3'),
      simple('4461', 'Payment means code', 'C', 'an..3'),
      ...codeListIds(),
      simple('4435', 'Payment channel code', 'C', 'an..3'),
    ]),
  ]),
  segment('ALI', 'Additional information', 'Flags special conditions such as country of origin, customs preference or special handling.', [
    simple('3239', 'Country of origin name code', 'C', 'an..3'),
    simple('9213', 'Duty regime type code', 'C', 'an..3'),
    ...times(5, simple('4183', 'Special condition code', 'C', 'an..3')),
  ]),
  segment('IMD', 'Item description', 'Describes a product or service in words or by code (for example the article name).', [
    simple('7077', 'Description format code', 'C', 'an..3'),
    // D.96A: simple element 7081 an..3; D.01B: composite C272 starting with 7081.
    codedWithText('C272', 'Item characteristic', 'C', simple('7081', 'Item characteristic code', 'C', 'an..3')),
    // 7008 was an..35 in D.96A and an..256 in D.01B.
    codedWithText('C273', 'Item description', 'C', simple('7009', 'Item description code', 'C', 'an..17'), [
      simple('7008', 'Item description', 'C', 'an..256'),
      simple('7008', 'Item description', 'C', 'an..256'),
      simple('3453', 'Language name code', 'C', 'an..3'),
    ]),
    simple('7383', 'Surface or layer code', 'C', 'an..3'),
  ]),
  segment('FTX', 'Free text', 'Carries free-form text (notes, instructions, reasons) with a code saying what the text is about.', [
    simple('4451', 'Text subject code qualifier', 'M', 'an..3'),
    simple('4453', 'Free text function code', 'C', 'an..3'),
    // 4441 an..3 in D.96A, an..17 in D.01B
    codedWithText('C107', 'Text reference', 'C', simple('4441', 'Free text description code', 'M', 'an..17')),
    // 4440 an..70 in D.96A, an..512 in D.01B
    composite('C108', 'Text literal', 'C', times(5, simple('4440', 'Free text', 'M', 'an..512'))),
    simple('3453', 'Language name code', 'C', 'an..3'),
    // D.01B only
    simple('4447', 'Free text format code', 'C', 'an..3'),
  ]),
  segment('GIR', 'Related identification numbers', 'Groups identification numbers that belong together, such as a batch and its serial numbers.', [
    simple('7297', 'Set type code qualifier', 'M', 'an..3'),
    ...repeated(5, identificationNumber, 'M'),
  ]),
  segment('RFF', 'Reference', 'Gives a reference number and says what it refers to (order number, contract, delivery note, ...).', [
    composite('C506', 'Reference', 'M', [
      simple('1153', 'Reference code qualifier', 'M', 'an..3', '1153'),
      // an..35 in D.96A, an..70 in D.01B
      simple('1154', 'Reference identifier', 'C', 'an..70'),
      simple('1156', 'Document line identifier', 'C', 'an..6'),
      simple('4000', 'Reference version identifier', 'C', 'an..35'),
      // D.01B only
      simple('1060', 'Revision identifier', 'C', 'an..6'),
    ]),
  ]),
  segment('NAD', 'Name and address', 'Identifies a party (buyer, supplier, delivery point, ...) by code, by name and address, or both.', [
    simple('3035', 'Party function code qualifier', 'M', 'an..3', '3035'),
    partyIdentification('C'),
    composite('C058', 'Name and address', 'C', times(5, simple('3124', 'Name and address description', 'M', 'an..35'))),
    composite('C080', 'Party name', 'C', [
      ...times(5, simple('3036', 'Party name', 'M', 'an..35')),
      simple('3045', 'Party name format code', 'C', 'an..3'),
    ]),
    composite('C059', 'Street', 'C', times(4, simple('3042', 'Street and number or post office box identifier', 'M', 'an..35'))),
    simple('3164', 'City name', 'C', 'an..35'),
    // D.96A: simple element 3229 an..9; D.01B: composite C819 starting with 3229.
    codedWithText('C819', 'Country sub-entity details', 'C', simple('3229', 'Country sub-entity name code', 'C', 'an..9'), [
      simple('3228', 'Country sub-entity name', 'C', 'an..70'),
    ]),
    // an..9 in D.96A, an..17 in D.01B
    simple('3251', 'Postal identification code', 'C', 'an..17'),
    simple('3207', 'Country name code', 'C', 'an..3'),
  ]),
  segment('LOC', 'Place/location identification', 'Identifies a place or location (warehouse, port, delivery place) and its role.', [
    simple('3227', 'Location function code qualifier', 'M', 'an..3'),
    // 3224 an..70 in D.96A, an..256 in D.01B
    codedWithText('C517', 'Location identification', 'C', simple('3225', 'Location name code', 'C', 'an..25'), [
      simple('3224', 'Location name', 'C', 'an..256'),
    ]),
    codedWithText('C519', 'Related location one identification', 'C', simple('3223', 'First related location name code', 'C', 'an..25'), [
      simple('3222', 'First related location name', 'C', 'an..70'),
    ]),
    codedWithText('C553', 'Related location two identification', 'C', simple('3233', 'Second related location name code', 'C', 'an..25'), [
      simple('3232', 'Second related location name', 'C', 'an..70'),
    ]),
    simple('5479', 'Relation code', 'C', 'an..3'),
  ]),
  segment('FII', 'Financial institution information', 'Identifies a bank account and the bank that holds it.', [
    simple('3035', 'Party function code qualifier', 'M', 'an..3', '3035'),
    composite('C078', 'Account holder identification', 'C', [
      simple('3194', 'Account holder identifier', 'C', 'an..35'),
      simple('3192', 'Account holder name', 'C', 'an..35'),
      simple('3192', 'Account holder name', 'C', 'an..35'),
      simple('6345', 'Currency identification code', 'C', 'an..3'),
    ]),
    composite('C088', 'Institution identification', 'C', [
      simple('3433', 'Institution name code', 'C', 'an..11'),
      ...codeListIds(),
      simple('3434', 'Institution branch identifier', 'C', 'an..17'),
      ...codeListIds(),
      simple('3432', 'Institution name', 'C', 'an..70'),
      simple('3436', 'Institution branch location name', 'C', 'an..70'),
    ]),
    simple('3207', 'Country name code', 'C', 'an..3'),
  ]),
  segment('DOC', 'Document/message details', 'Identifies another document that is referred to or required (its type, number and copies).', [
    documentName('M'),
    composite('C503', 'Document/message details', 'C', [
      simple('1004', 'Document identifier', 'C', 'an..35'),
      simple('1373', 'Document status code', 'C', 'an..3'),
      // an..35 in D.96A, an..70 in D.01B
      simple('1366', 'Document source description', 'C', 'an..70'),
      simple('3453', 'Language name code', 'C', 'an..3'),
      // 1056 and 1060 are D.01B only
      simple('1056', 'Version identifier', 'C', 'an..9'),
      simple('1060', 'Revision identifier', 'C', 'an..6'),
    ]),
    simple('3153', 'Communication medium type code', 'C', 'an..3'),
    simple('1220', 'Document copies required quantity', 'C', 'n..2'),
    simple('1218', 'Document originals required quantity', 'C', 'n..2'),
  ]),
  segment('CTA', 'Contact information', 'Names the department or person to contact at a party.', [
    simple('3139', 'Contact function code', 'C', 'an..3'),
    composite('C056', 'Contact details', 'C', [
      simple('3413', 'Contact identifier', 'C', 'an..17'),
      simple('3412', 'Contact name', 'C', 'an..35'),
    ]),
  ]),
  segment('COM', 'Communication contact', 'Gives a phone number, e-mail address or other communication number for a contact.', [
    composite('C076', 'Communication contact', 'M', [
      simple('3148', 'Communication address identifier', 'M', 'an..512'),
      simple('3155', 'Communication address code qualifier', 'M', 'an..3'),
    ]),
  ]),
  segment('AJT', 'Adjustment details', 'Says why a quantity or amount was adjusted in a response or invoice.', [
    simple('4465', 'Adjustment reason description code', 'M', 'an..3'),
    // n..6 in D.96A, an..6 in D.01B
    simple('1082', 'Line item identifier', 'C', 'an..6'),
  ]),
  segment('INP', 'Parties and instruction', 'Carries an instruction from one party to another, with its status.', [
    composite('C849', 'Parties to instruction', 'C', [
      // an..17 in D.96A, an..35 in D.01B
      simple('3301', 'Enacting party identifier', 'M', 'an..35'),
      simple('3285', 'Instruction receiving party identifier', 'C', 'an..35'),
    ]),
    composite('C522', 'Instruction', 'C', [
      simple('4403', 'Instruction type code qualifier', 'M', 'an..3'),
      simple('4401', 'Instruction description code', 'C', 'an..3'),
      ...codeListIds(),
      simple('4400', 'Instruction description', 'C', 'an..35'),
    ]),
    composite('C850', 'Status of instruction', 'C', [
      simple('4405', 'Status description code', 'M', 'an..3'),
      simple('3036', 'Party name', 'C', 'an..35'),
    ]),
    simple('1229', 'Action request/notification description code', 'C', 'an..3', '1229'),
  ]),
  segment('ERC', 'Application error information', 'Gives the application error code an APERAK reports for the referenced document.', [
    codedWithText('C901', 'Application error detail', 'M', simple('9321', 'Application error code', 'M', 'an..8')),
  ]),
];

/** Line-item segments: product identification, prices, item status, inventory and change details. */
import type { SegmentSpec } from '../../types.js';
import { codedWithText, instruction, itemNumber, measurementDetails, reasonForChange, repeated } from './composites.js';
import { composite, segment, simple } from './define.js';

export const itemSegments: SegmentSpec[] = [
  segment('LIN', 'Line item', 'Starts a line: its number, the action on it (in responses) and the main product number.', [
    // n..6 in D.96A, an..6 in D.01B
    simple('1082', 'Line item identifier', 'C', 'an..6'),
    simple('1229', 'Action request/notification description code', 'C', 'an..3', '1229'),
    itemNumber('C'),
    composite('C829', 'Sub-line information', 'C', [
      simple('5495', 'Sub-line indicator code', 'C', 'an..3'),
      simple('1082', 'Line item identifier', 'C', 'an..6'),
    ]),
    simple('1222', 'Configuration level number', 'C', 'n..2'),
    simple('7083', 'Configuration operation code', 'C', 'an..3'),
  ]),
  segment('PIA', 'Additional product id', 'Gives further product numbers for the line (buyer part, supplier article, batch).', [
    simple('4347', 'Product identifier code qualifier', 'M', 'an..3', '4347'),
    ...repeated(5, itemNumber, 'M'),
  ]),
  segment('PRI', 'Price details', 'Gives a unit price and says which price it is (net, gross, invoice price).', [
    composite('C509', 'Price information', 'C', [
      simple('5125', 'Price code qualifier', 'M', 'an..3', '5125'),
      simple('5118', 'Price amount', 'C', 'n..15'),
      simple('5375', 'Price type code', 'C', 'an..3'),
      simple('5387', 'Price specification code', 'C', 'an..3'),
      simple('5284', 'Unit price basis value', 'C', 'n..9'),
      simple('6411', 'Measurement unit code', 'C', 'an..3'),
    ]),
    simple('5213', 'Sub-line item price change operation code', 'C', 'an..3'),
  ]),
  segment('APR', 'Additional price information', 'Gives extra price information such as the trade class or a price multiplier.', [
    simple('4043', 'Trade class code', 'C', 'an..3'),
    composite('C138', 'Price multiplier information', 'C', [
      simple('5394', 'Price multiplier rate', 'M', 'n..12'),
      simple('5393', 'Price multiplier type code qualifier', 'C', 'an..3'),
    ]),
    reasonForChange('C'),
  ]),
  segment('QVR', 'Quantity variances', 'Reports the difference between an expected and an actual quantity, and why.', [
    composite('C279', 'Quantity difference information', 'C', [
      simple('6064', 'Variance quantity', 'M', 'n..15'),
      simple('6063', 'Quantity type code qualifier', 'C', 'an..3', '6063'),
    ]),
    simple('4221', 'Discrepancy nature identification code', 'C', 'an..3'),
    reasonForChange('C'),
  ]),
  segment('CCI', 'Characteristic/class id', 'Names a product characteristic (colour, size, grade) that the following values describe.', [
    simple('7059', 'Class type code', 'C', 'an..3'),
    measurementDetails('C'),
    codedWithText('C240', 'Characteristic description', 'C', simple('7037', 'Characteristic description code', 'M', 'an..17'), [
      simple('7036', 'Characteristic description', 'C', 'an..35'),
      simple('7036', 'Characteristic description', 'C', 'an..35'),
    ]),
    // D.01B only
    simple('4051', 'Characteristic relevance code', 'C', 'an..3'),
  ]),
  segment('CAV', 'Characteristic value', 'Gives the value of the characteristic named in the preceding CCI.', [
    codedWithText('C889', 'Characteristic value', 'M', simple('7111', 'Characteristic value description code', 'C', 'an..3'), [
      simple('7110', 'Characteristic value description', 'C', 'an..35'),
      simple('7110', 'Characteristic value description', 'C', 'an..35'),
    ]),
  ]),
  segment('STG', 'Stages', 'Identifies a stage of a process, for instance a delivery stage in a scheduled order.', [
    simple('9421', 'Process stage code qualifier', 'M', 'an..3'),
    simple('6426', 'Process stages quantity', 'C', 'n..2'),
    simple('6428', 'Process stages actual quantity', 'C', 'n..2'),
  ]),
  segment('RCS', 'Requirements and conditions', 'States a requirement or condition (regulatory, contractual) that applies.', [
    simple('7293', 'Sector area identification code qualifier', 'M', 'an..3'),
    codedWithText('C550', 'Requirement/condition identification', 'C', simple('7295', 'Requirement or condition description identifier', 'M', 'an..17'), [
      simple('7294', 'Requirement or condition description', 'C', 'an..35'),
    ]),
    simple('1229', 'Action request/notification description code', 'C', 'an..3', '1229'),
    // D.01B only
    simple('3207', 'Country name code', 'C', 'an..3'),
  ]),
  segment('GIS', 'General indicator', 'Carries a general coded indicator, for example how a line is to be processed.', [
    codedWithText('C529', 'Processing indicator', 'M', simple('7365', 'Processing indicator description code', 'M', 'an..3'), [
      simple('7187', 'Process type description code', 'C', 'an..17'),
    ]),
  ]),
  segment('MTD', 'Maintenance operation details', 'Says what maintenance operation applies to an object (D.01B only).', [
    simple('7495', 'Object type code qualifier', 'M', 'an..3'),
    simple('4513', 'Maintenance operation code', 'C', 'an..3'),
    simple('3005', 'Maintenance operation operator code', 'C', 'an..3'),
    simple('3009', 'Maintenance operation payer code', 'C', 'an..3'),
  ]),
  segment('PGI', 'Product group information', 'Puts the line into a product group, for example for price or discount purposes.', [
    simple('5379', 'Product group type code', 'M', 'an..3'),
    // 5389 an..3 in D.96A, an..25 in D.01B
    codedWithText('C288', 'Product group', 'C', simple('5389', 'Product group name code', 'C', 'an..25'), [
      simple('5388', 'Product group name', 'C', 'an..35'),
    ]),
  ]),
  segment('INV', 'Inventory management related details', 'Describes an inventory movement: direction, type, reason and valuation method.', [
    simple('4501', 'Inventory movement direction code', 'C', 'an..3'),
    simple('7491', 'Inventory type code', 'C', 'an..3'),
    simple('4499', 'Inventory movement reason code', 'C', 'an..3'),
    simple('4503', 'Inventory balance method code', 'C', 'an..3'),
    instruction('C'),
  ]),
  segment('STS', 'Status', 'Gives the status of an item or stock (category, status code and reasons).', [
    codedWithText('C601', 'Status category', 'C', simple('9015', 'Status category code', 'M', 'an..3')),
    // D.96A names the components 9011/9010 (status reason); D.01B 4405/4404 (status). Same formats; D.01B ids kept.
    codedWithText('C555', 'Status', 'C', simple('4405', 'Status description code', 'M', 'an..3'), [
      simple('4404', 'Status description', 'C', 'an..35'),
    ]),
    // 9012 an..35 in D.96A, an..256 in D.01B
    ...repeated(
      5,
      (usage) =>
        codedWithText('C556', 'Status reason', usage, simple('9013', 'Status reason description code', 'M', 'an..3'), [
          simple('9012', 'Status reason description', 'C', 'an..256'),
        ]),
      'C',
    ),
  ]),
  segment('GEI', 'Processing information', 'Gives a coded indication of how something has been or is to be processed (D.01B only).', [
    simple('9649', 'Processing information code qualifier', 'M', 'an..3'),
    codedWithText('C012', 'Processing indicator', 'C', simple('7365', 'Processing indicator description code', 'C', 'an..3'), [
      simple('7364', 'Processing indicator description', 'C', 'an..35'),
    ]),
    simple('7187', 'Process type description code', 'C', 'an..17'),
  ]),
  segment('RJL', 'Accounting journal identification', 'Identifies the accounting journal and entry an amount belongs to (D.01B only).', [
    codedWithText('C595', 'Accounting journal identification', 'C', simple('1171', 'Accounting journal identifier', 'M', 'an..17'), [
      simple('1170', 'Accounting journal name', 'C', 'an..35'),
    ]),
    codedWithText('C596', 'Accounting entry type details', 'C', simple('4475', 'Accounting entry type name code', 'M', 'an..17'), [
      simple('4474', 'Accounting entry type name', 'C', 'an..35'),
    ]),
  ]),
];

/** Kept separate so tests can assert the D.01B-only segments are not used by D.96A message specs. */
export const D01B_ONLY_SEGMENTS = ['MTD', 'GEI', 'RJL'] as const;

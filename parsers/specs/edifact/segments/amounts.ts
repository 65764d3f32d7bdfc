/** Money, quantity, tax, allowance and payment-terms segments. Widest of D.96A and D.01B where they differ. */
import type { ElementSpec, SegmentSpec } from '../../types.js';
import { codedWithText, codeListIds, specialServices } from './composites.js';
import { composite, segment, simple } from './define.js';

function currencyDetails(): ElementSpec {
  return composite('C504', 'Currency details', 'C', [
    simple('6347', 'Currency usage code qualifier', 'M', 'an..3'),
    simple('6345', 'Currency identification code', 'C', 'an..3'),
    simple('6343', 'Currency type code qualifier', 'C', 'an..3'),
    simple('6348', 'Currency rate', 'C', 'n..4'),
  ]);
}

export const amountSegments: SegmentSpec[] = [
  segment('TAX', 'Duty/tax/fee details', 'Gives the tax (usually VAT) that applies: its type, category and rate.', [
    simple('5283', 'Duty or tax or fee function code qualifier', 'M', 'an..3', '5283'),
    codedWithText('C241', 'Duty/tax/fee type', 'C', simple('5153', 'Duty or tax or fee type name code', 'C', 'an..3'), [
      simple('5152', 'Duty or tax or fee type name', 'C', 'an..35'),
    ]),
    codedWithText('C533', 'Duty/tax/fee account detail', 'C', simple('5289', 'Duty or tax or fee account code', 'M', 'an..6')),
    simple('5286', 'Duty or tax or fee assessment basis value', 'C', 'an..15'),
    composite('C243', 'Duty/tax/fee detail', 'C', [
      simple('5279', 'Duty or tax or fee rate code', 'C', 'an..7'),
      ...codeListIds(),
      simple('5278', 'Duty or tax or fee rate', 'C', 'an..17'),
      simple('5273', 'Duty or tax or fee rate basis code', 'C', 'an..12'),
      ...codeListIds(),
    ]),
    simple('5305', 'Duty or tax or fee category code', 'C', 'an..3', '5305'),
    simple('3446', 'Party tax identifier', 'C', 'an..20'),
    // D.01B only
    simple('1227', 'Calculation sequence code', 'C', 'an..3'),
  ]),
  segment('MOA', 'Monetary amount', 'Gives an amount of money and says which amount it is (line amount, invoice total, tax amount, ...).', [
    composite('C516', 'Monetary amount', 'M', [
      simple('5025', 'Monetary amount type code qualifier', 'M', 'an..3', '5025'),
      // n..18 in D.96A, n..35 in D.01B
      simple('5004', 'Monetary amount', 'C', 'n..35'),
      simple('6345', 'Currency identification code', 'C', 'an..3'),
      simple('6343', 'Currency type code qualifier', 'C', 'an..3'),
      simple('4405', 'Status description code', 'C', 'an..3'),
    ]),
  ]),
  segment('CUX', 'Currencies', 'Says which currency the amounts are in and, when two are used, the rate between them.', [
    currencyDetails(),
    currencyDetails(),
    simple('5402', 'Currency exchange rate', 'C', 'n..12'),
    simple('6341', 'Exchange rate currency market identifier', 'C', 'an..3'),
  ]),
  segment('PCD', 'Percentage details', 'Gives a percentage and says what it is (discount, tax, tolerance, ...).', [
    composite('C501', 'Percentage details', 'M', [
      simple('5245', 'Percentage type code qualifier', 'M', 'an..3'),
      simple('5482', 'Percentage', 'C', 'n..10'),
      simple('5249', 'Percentage basis identification code', 'C', 'an..3'),
      ...codeListIds(),
    ]),
    // D.01B only
    simple('4405', 'Status description code', 'C', 'an..3'),
  ]),
  segment('PAT', 'Payment terms basis', 'States the payment terms: when payment is due and from which reference date.', [
    simple('4279', 'Payment terms type code qualifier', 'M', 'an..3'),
    codedWithText('C110', 'Payment terms', 'C', simple('4277', 'Payment terms description identifier', 'M', 'an..17'), [
      simple('4276', 'Payment terms description', 'C', 'an..35'),
      simple('4276', 'Payment terms description', 'C', 'an..35'),
    ]),
    composite('C112', 'Terms/time information', 'C', [
      simple('2475', 'Time reference code', 'M', 'an..3'),
      simple('2009', 'Terms time relation code', 'C', 'an..3'),
      simple('2151', 'Period type code', 'C', 'an..3'),
      simple('2152', 'Period count quantity', 'C', 'n..3'),
    ]),
  ]),
  segment('QTY', 'Quantity', 'Gives a quantity, says which one it is (ordered, despatched, received, ...) and its unit.', [
    composite('C186', 'Quantity details', 'M', [
      simple('6063', 'Quantity type code qualifier', 'M', 'an..3', '6063'),
      // n..15 in D.96A; D.01B changed 6060 to an..35
      simple('6060', 'Quantity', 'M', 'an..35'),
      simple('6411', 'Measurement unit code', 'C', 'an..3'),
    ]),
  ]),
  segment('CNT', 'Control total', 'Gives a control total (number of lines, total quantity) the receiver can check the message against.', [
    composite('C270', 'Control', 'M', [
      simple('6069', 'Control total type code qualifier', 'M', 'an..3'),
      simple('6066', 'Control total value', 'M', 'n..18'),
      simple('6411', 'Measurement unit code', 'C', 'an..3'),
    ]),
  ]),
  segment('RNG', 'Range details', 'Gives a range (minimum to maximum) that a quantity, price or allowance applies to.', [
    simple('6167', 'Range type code qualifier', 'M', 'an..3'),
    composite('C280', 'Range', 'C', [
      simple('6411', 'Measurement unit code', 'M', 'an..3'),
      simple('6162', 'Range minimum value', 'C', 'n..18'),
      simple('6152', 'Range maximum value', 'C', 'n..18'),
    ]),
  ]),
  segment('RTE', 'Rate details', 'Gives a rate per unit, for example an allowance or charge per unit.', [
    composite('C128', 'Rate details', 'M', [
      simple('5419', 'Rate type code qualifier', 'M', 'an..3'),
      simple('5420', 'Unit price basis rate', 'M', 'n..15'),
      simple('5284', 'Unit price basis value', 'C', 'n..9'),
      simple('6411', 'Measurement unit code', 'C', 'an..3'),
    ]),
    // D.01B only
    simple('4405', 'Status description code', 'C', 'an..3'),
  ]),
  segment('ALC', 'Allowance or charge', 'Announces an allowance (discount) or charge (freight, handling) and what it is for.', [
    simple('5463', 'Allowance or charge code qualifier', 'M', 'an..3'),
    composite('C552', 'Allowance/charge information', 'C', [
      simple('1230', 'Allowance or charge identifier', 'C', 'an..35'),
      simple('5189', 'Allowance or charge identification code', 'C', 'an..3'),
    ]),
    simple('4471', 'Settlement means code', 'C', 'an..3'),
    simple('1227', 'Calculation sequence code', 'C', 'an..3'),
    specialServices('C'),
  ]),
];

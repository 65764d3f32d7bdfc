/**
 * INVRPT, inventory report. In D.96A the stock lines are QTY groups (SG11 triggered by QTY); D.01B triggers SG11
 * with INV and makes QTY a mandatory segment inside it, so the two directories need separate specs.
 */
import { C, group, M, message } from './structure.js';

const NAME = 'Inventory report message';

export const invrptD96A = message('INVRPT', NAME, ['D96A'], [
  M('UNH'), M('BGM'), M('DTM', 10),
  group('SG1', 'C', 10, 'RFF', C('DTM')),
  group('SG2', 'C', 20, 'NAD', C('LOC', 5),
    group('SG3', 'C', 10, 'RFF', C('DTM')),
    group('SG4', 'C', 10, 'CTA', C('COM', 5))),
  group('SG5', 'C', 5, 'CUX', C('DTM')),
  group('SG6', 'C', 9999, 'CPS',
    group('SG7', 'C', 999, 'PAC', C('PCI', 1000),
      group('SG8', 'C', 9999, 'QTY', C('GIN', 9999), C('DTM', 5)))),
  group('SG9', 'C', 9999, 'LIN', C('PIA', 10), C('IMD', 10), C('MEA', 10), C('ALI', 10), C('LOC', 5), C('DTM', 5),
    group('SG10', 'C', 10, 'RFF', C('DTM')),
    group('SG11', 'C', 9999, 'QTY', C('INV'), C('GIN', 9999), C('LOC', 5), C('DTM', 5), C('STS', 9),
      group('SG12', 'C', 5, 'NAD', C('LOC')),
      group('SG13', 'C', 5, 'PRI', C('CUX'), C('DTM')),
      group('SG14', 'C', 10, 'RFF', C('DTM')),
      group('SG15', 'C', 9999, 'CPS',
        group('SG16', 'C', 9999, 'PAC', C('MEA', 10), C('QTY', 10),
          group('SG17', 'C', 9999, 'PCI', C('RFF'), C('DTM', 5), C('GIN', 9999)))))),
  M('UNT'),
]);

export const invrptD01B = message('INVRPT', NAME, ['D01B'], [
  M('UNH'), M('BGM'), C('FTX', 99), M('DTM', 10),
  group('SG1', 'C', 10, 'RFF', C('DTM')),
  group('SG2', 'C', 20, 'NAD', C('LOC', 5),
    group('SG3', 'C', 99, 'RFF', C('DTM')),
    group('SG4', 'C', 10, 'CTA', C('COM', 5))),
  group('SG5', 'C', 5, 'CUX', C('DTM')),
  group('SG6', 'C', 9999, 'CPS',
    group('SG7', 'C', 999, 'PAC', C('PCI', 1000),
      group('SG8', 'C', 9999, 'QTY', C('GIN', 9999), C('DTM', 5)))),
  group('SG9', 'C', 9999999, 'LIN', C('PIA', 10), C('IMD', 10), C('NAD'), C('MEA', 10), C('ALI', 10), C('LOC', 5),
    C('DTM', 5), C('FTX', 99),
    group('SG10', 'C', 10, 'RFF', C('DTM')),
    group('SG11', 'C', 9999, 'INV', M('QTY'), C('GIN', 9999), C('LOC', 5), C('DTM', 5), C('STS', 9),
      group('SG12', 'C', 5, 'NAD', C('LOC')),
      group('SG13', 'C', 5, 'PRI', C('CUX'), C('DTM')),
      group('SG14', 'C', 10, 'RFF', C('DTM')),
      group('SG15', 'C', 9999, 'CPS',
        group('SG16', 'C', 9999, 'PAC', C('MEA', 10), C('QTY', 10),
          group('SG17', 'C', 9999, 'PCI', C('RFF'), C('DTM', 5), C('GIN', 9999),
            group('SG18', 'C', 99, 'GIR', C('DTM', 5))))))),
  M('UNT'),
]);

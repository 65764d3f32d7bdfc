/**
 * RECADV, receiving advice. The NAD group is mandatory in both directories. Group numbering is the same in
 * D.96A and D.01B, but D.01B adds segments (CUX, FTX, GEI, MOA, ALC, PRI, NAD) and repeats, so each keeps a spec.
 */
import type { StructureNode } from './structure.js';
import { C, group, M, message } from './structure.js';

const NAME = 'Receiving advice message';

/** Physical or logical state with its instructions; the same pair recurs at many levels. */
function stateGroup(id: string): StructureNode {
  return group(id, 'C', 10, 'CDI', C('INP', 5));
}

export const recadvD96A = message('RECADV', NAME, ['D96A'], [
  M('UNH'), M('BGM'), M('DTM', 10), C('ALI', 5),
  group('SG1', 'C', 10, 'RFF', C('DTM')),
  group('SG2', 'C', 10, 'DOC', stateGroup('SG3')),
  group('SG4', 'M', 10, 'NAD', C('LOC', 10),
    group('SG5', 'C', 10, 'RFF', C('DTM')),
    group('SG6', 'C', 10, 'CTA', C('COM', 5))),
  group('SG7', 'C', 10, 'TOD', stateGroup('SG8'),
    group('SG9', 'C', 10, 'LOC', C('CDI', 10))),
  group('SG10', 'C', 10, 'TDT', C('DTM', 10), C('CDI', 10)),
  group('SG11', 'C', 9999, 'EQD', stateGroup('SG12'),
    group('SG13', 'C', 25, 'SEL', M('CDI', 10)),
    group('SG14', 'C', 10, 'EQA', stateGroup('SG15'))),
  group('SG16', 'C', 9999, 'CPS',
    group('SG17', 'C', 9999, 'PAC', C('QVR'),
      group('SG18', 'C', 999, 'PCI', C('RFF'), stateGroup('SG19'),
        group('SG20', 'C', 999, 'GIN', stateGroup('SG21')))),
    group('SG22', 'C', 9999, 'LIN', C('PIA', 10), C('IMD', 25), C('QTY', 10), C('QVR', 10), C('DTM', 5),
      stateGroup('SG23'),
      group('SG24', 'C', 10, 'DOC', stateGroup('SG25')),
      group('SG26', 'C', 99, 'GIN', stateGroup('SG27')),
      group('SG28', 'C', 10, 'RFF', C('DTM')),
      group('SG29', 'C', 9999, 'PCI', C('QTY'), C('QVR'), stateGroup('SG30'),
        group('SG31', 'C', 10, 'GIN', stateGroup('SG32'))))),
  C('CNT'),
  M('UNT'),
]);

export const recadvD01B = message('RECADV', NAME, ['D01B'], [
  M('UNH'), M('BGM'), M('DTM', 10), C('ALI', 5), C('CUX', 9), C('FTX', 99),
  group('SG1', 'C', 10, 'RFF', C('DTM'), C('GEI', 99), C('MOA', 99), C('ALC')),
  group('SG2', 'C', 10, 'DOC', stateGroup('SG3')),
  group('SG4', 'M', 99, 'NAD', C('LOC', 10),
    group('SG5', 'C', 10, 'RFF', C('DTM')),
    group('SG6', 'C', 10, 'CTA', C('COM', 5))),
  group('SG7', 'C', 10, 'TOD', stateGroup('SG8'),
    group('SG9', 'C', 10, 'LOC', C('CDI', 10))),
  group('SG10', 'C', 10, 'TDT', C('DTM', 10), C('CDI', 20)),
  group('SG11', 'C', 9999, 'EQD', stateGroup('SG12'),
    group('SG13', 'C', 25, 'SEL', M('CDI', 10)),
    group('SG14', 'C', 10, 'EQA', stateGroup('SG15'))),
  group('SG16', 'C', 9999, 'CPS',
    group('SG17', 'C', 9999, 'PAC', C('QVR'),
      group('SG18', 'C', 999, 'PCI', C('RFF'), stateGroup('SG19'),
        group('SG20', 'C', 999, 'GIN', stateGroup('SG21')))),
    group('SG22', 'C', 9999, 'LIN', C('PIA', 10), C('IMD', 25), C('QTY', 10), C('QVR', 10), C('DTM', 5), C('PRI'),
      C('FTX', 99), C('NAD', 99),
      stateGroup('SG23'),
      group('SG24', 'C', 10, 'DOC', stateGroup('SG25')),
      group('SG26', 'C', 99, 'GIN', stateGroup('SG27')),
      group('SG28', 'C', 10, 'RFF', C('DTM'), C('GEI', 99), C('MOA', 99), C('ALC')),
      group('SG29', 'C', 9999, 'PCI', C('QTY'), C('QVR'), stateGroup('SG30'),
        group('SG31', 'C', 10, 'GIN', stateGroup('SG32'))))),
  C('CNT'),
  M('UNT'),
]);

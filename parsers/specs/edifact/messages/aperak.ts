/** APERAK, application error and acknowledgement. D.01B adds a DOC group as SG1, renumbering the rest. */
import { C, group, M, message } from './structure.js';

const NAME = 'Application error and acknowledgement message';

export const aperakD96A = message('APERAK', NAME, ['D96A'], [
  M('UNH'), M('BGM'), C('DTM', 9), C('FTX', 9), C('CNT', 9),
  group('SG1', 'C', 9, 'RFF', C('DTM', 9)),
  group('SG2', 'C', 9, 'NAD', C('CTA', 9), C('COM', 9)),
  group('SG3', 'C', 999, 'ERC', C('FTX'),
    group('SG4', 'C', 1, 'RFF', C('FTX', 9))),
  M('UNT'),
]);

export const aperakD01B = message('APERAK', NAME, ['D01B'], [
  M('UNH'), M('BGM'), C('DTM', 9), C('FTX', 9), C('CNT', 9),
  group('SG1', 'C', 99, 'DOC', C('DTM', 99)),
  group('SG2', 'C', 9, 'RFF', C('DTM', 9)),
  group('SG3', 'C', 9, 'NAD', C('CTA', 9), C('COM', 9)),
  group('SG4', 'C', 99999, 'ERC', C('FTX'),
    group('SG5', 'C', 9, 'RFF', C('FTX', 9))),
  M('UNT'),
]);

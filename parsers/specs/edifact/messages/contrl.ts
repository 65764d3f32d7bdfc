/**
 * CONTRL, syntax and service report. It is a service message: its structure does not change between the D.96A
 * and D.01B directories, and partners send it as CONTRL:D:3:UN (syntax 3) or CONTRL:2:2:UN / CONTRL:4:1:UN, so the
 * spec also answers for those version keys.
 */
import { C, group, M, message } from './structure.js';

export const contrl = message('CONTRL', 'Syntax and service report message', ['D96A', 'D01B', 'D3', '22', '41'], [
  M('UNH'), M('UCI'),
  group('SG1', 'C', 999999, 'UCM',
    group('SG2', 'C', 999, 'UCS', C('UCD', 99))),
  group('SG3', 'C', 999999, 'UCF',
    group('SG4', 'C', 999999, 'UCM',
      group('SG5', 'C', 999, 'UCS', C('UCD', 99)))),
  M('UNT'),
]);

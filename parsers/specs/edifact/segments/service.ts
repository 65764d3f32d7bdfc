/**
 * Service segments (ISO 9735 syntax versions 3 and 4): envelope segments, the section separator UNS, and the
 * segments of the CONTRL syntax and service report. Where syntax 3 and 4 differ, one definition accepts both:
 * the wider length, and conditional usage where one version made an element optional (UNG). Elements that only
 * syntax 4 has are added at the end of their segment or composite as conditional.
 */
import type { ElementSpec, SegmentSpec, Usage } from '../../types.js';
import { composite, segment, simple } from './define.js';

function sender(usage: Usage): ElementSpec {
  return composite('S002', 'Interchange sender', usage, [
    simple('0004', 'Interchange sender identification', 'M', 'an..35'),
    simple('0007', 'Identification code qualifier', 'C', 'an..4'),
    // an..14 in syntax 3, an..35 in syntax 4
    simple('0008', 'Interchange sender internal identification', 'C', 'an..35'),
    simple('0042', 'Interchange sender internal sub-identification', 'C', 'an..35'),
  ]);
}

function recipient(usage: Usage): ElementSpec {
  return composite('S003', 'Interchange recipient', usage, [
    simple('0010', 'Interchange recipient identification', 'M', 'an..35'),
    simple('0007', 'Identification code qualifier', 'C', 'an..4'),
    simple('0014', 'Interchange recipient internal identification', 'C', 'an..35'),
    simple('0046', 'Interchange recipient internal sub-identification', 'C', 'an..35'),
  ]);
}

function dateAndTime(usage: Usage): ElementSpec {
  return composite('S004', 'Date and time of preparation', usage, [
    // YYMMDD (n6) in syntax 3, CCYYMMDD (n8) in syntax 4
    simple('0017', 'Date', 'M', 'n6..8'),
    simple('0019', 'Time', 'M', 'n4'),
  ]);
}

function messageIdentifier(usage: Usage): ElementSpec {
  return composite('S009', 'Message identifier', usage, [
    simple('0065', 'Message type', 'M', 'an..6'),
    simple('0052', 'Message version number', 'M', 'an..3'),
    simple('0054', 'Message release number', 'M', 'an..3'),
    // an..2 in syntax 3, an..3 in syntax 4
    simple('0051', 'Controlling agency, coded', 'M', 'an..3'),
    simple('0057', 'Association assigned code', 'C', 'an..6'),
    simple('0110', 'Code list directory version number', 'C', 'an..6'),
    simple('0113', 'Message type sub-function identification', 'C', 'an..6'),
  ]);
}

function dataElementIdentification(usage: Usage): ElementSpec {
  return composite('S011', 'Data element identification', usage, [
    simple('0098', 'Erroneous data element position in segment', 'M', 'n..3'),
    simple('0104', 'Erroneous component data element position', 'C', 'n..3'),
    simple('0136', 'Erroneous data element occurrence', 'C', 'n..6'),
  ]);
}

function applicationParty(id: 'S006' | 'S007', name: string, elementId: string, usage: Usage): ElementSpec {
  return composite(id, name, usage, [
    simple(elementId, `${name} identification`, 'M', 'an..35'),
    simple('0007', 'Identification code qualifier', 'C', 'an..4'),
  ]);
}

function identificationExtension(id: string, name: string, first: string, second: string, third: string): ElementSpec {
  return composite(id, name, 'C', [
    simple(first, `${name} identification`, 'M', 'an..14'),
    simple(second, `${name} version`, 'C', 'an..3'),
    simple(third, `${name} release`, 'C', 'an..3'),
    simple('0051', 'Controlling agency, coded', 'C', 'an..3'),
  ]);
}

function syntaxError(usage: Usage): ElementSpec {
  return simple('0085', 'Syntax error, coded', usage, 'an..3', '0085');
}

export const serviceSegments: SegmentSpec[] = [
  // Documentation only: the tokenizer reads UNA itself, by position, before any delimiter is known.
  segment('UNA', 'Service string advice', 'Declares the six service characters of the interchange: component separator, element separator, decimal mark, release character, repetition separator (syntax 4) and segment terminator.', [
    simple('UNA1', 'Component data element separator', 'M', 'an1'),
    simple('UNA2', 'Data element separator', 'M', 'an1'),
    simple('UNA3', 'Decimal notation', 'M', 'an1'),
    simple('UNA4', 'Release indicator', 'M', 'an1'),
    simple('UNA5', 'Repetition separator (syntax 4) or reserved', 'M', 'an1'),
    simple('UNA6', 'Segment terminator', 'M', 'an1'),
  ]),
  segment('UNB', 'Interchange header', 'Opens an interchange: character set, sender, recipient, date and control reference.', [
    composite('S001', 'Syntax identifier', 'M', [
      simple('0001', 'Syntax identifier', 'M', 'a4', '0001'),
      simple('0002', 'Syntax version number', 'M', 'n1'),
      simple('0080', 'Service code list directory version number', 'C', 'an..6'),
      simple('0133', 'Character encoding, coded', 'C', 'an..3'),
    ]),
    sender('M'),
    recipient('M'),
    dateAndTime('M'),
    simple('0020', 'Interchange control reference', 'M', 'an..14'),
    composite('S005', "Recipient's reference/password details", 'C', [
      simple('0022', "Recipient's reference/password", 'M', 'an..14'),
      simple('0025', "Recipient's reference/password qualifier", 'C', 'an2'),
    ]),
    simple('0026', 'Application reference', 'C', 'an..14'),
    simple('0029', 'Processing priority code', 'C', 'a1'),
    simple('0031', 'Acknowledgement request', 'C', 'n1'),
    simple('0032', 'Interchange agreement identifier', 'C', 'an..35'),
    simple('0035', 'Test indicator', 'C', 'n1'),
  ]),
  // Syntax 3 makes 0038, S006, S007, S004, 0051 and S008 mandatory; syntax 4 makes them conditional.
  segment('UNG', 'Functional group header', 'Opens an optional group of messages of one type inside an interchange.', [
    simple('0038', 'Message group identification', 'C', 'an..6'),
    applicationParty('S006', 'Application sender', '0040', 'C'),
    applicationParty('S007', 'Application recipient', '0044', 'C'),
    dateAndTime('C'),
    simple('0048', 'Group reference number', 'M', 'an..14'),
    simple('0051', 'Controlling agency, coded', 'C', 'an..3'),
    composite('S008', 'Message version', 'C', [
      simple('0052', 'Message version number', 'M', 'an..3'),
      simple('0054', 'Message release number', 'M', 'an..3'),
      simple('0057', 'Association assigned code', 'C', 'an..6'),
    ]),
    simple('0058', 'Application password', 'C', 'an..14'),
  ]),
  segment('UNE', 'Functional group trailer', 'Closes a group and states how many messages it holds.', [
    simple('0060', 'Number of messages', 'M', 'n..6'),
    simple('0048', 'Group reference number', 'M', 'an..14'),
  ]),
  segment('UNZ', 'Interchange trailer', 'Closes the interchange and states how many messages (or groups) it holds.', [
    simple('0036', 'Interchange control count', 'M', 'n..6'),
    simple('0020', 'Interchange control reference', 'M', 'an..14'),
  ]),
  segment('UNH', 'Message header', 'Opens a message: its reference number, type, directory version and association code.', [
    simple('0062', 'Message reference number', 'M', 'an..14'),
    messageIdentifier('M'),
    simple('0068', 'Common access reference', 'C', 'an..35'),
    composite('S010', 'Status of the transfer', 'C', [
      simple('0070', 'Sequence of transfers', 'M', 'n..2'),
      simple('0073', 'First and last transfer', 'C', 'a1'),
    ]),
    // S016 to S018 exist in syntax 4 only
    identificationExtension('S016', 'Message subset', '0115', '0116', '0118'),
    identificationExtension('S017', 'Message implementation guideline', '0121', '0122', '0124'),
    identificationExtension('S018', 'Scenario', '0127', '0128', '0130'),
  ]),
  segment('UNT', 'Message trailer', 'Closes a message and states how many segments it has, UNH and UNT included.', [
    simple('0074', 'Number of segments in the message', 'M', 'n..6'),
    simple('0062', 'Message reference number', 'M', 'an..14'),
  ]),
  segment('UNS', 'Section control', 'Separates the detail section (lines) from the summary section (totals) of a message.', [
    simple('0081', 'Section identification', 'M', 'a1'),
  ]),
  segment('UCI', 'Interchange response', 'Identifies the interchange a CONTRL answers and says whether it was accepted or rejected.', [
    simple('0020', 'Interchange control reference', 'M', 'an..14'),
    sender('M'),
    recipient('M'),
    simple('0083', 'Action, coded', 'M', 'an..3', '0083'),
    syntaxError('C'),
    simple('0013', 'Service segment tag, coded', 'C', 'an..3'),
    dataElementIdentification('C'),
  ]),
  segment('UCF', 'Functional group response', 'Identifies a group (UNG) the CONTRL answers and says whether it was accepted or rejected.', [
    simple('0048', 'Group reference number', 'M', 'an..14'),
    applicationParty('S006', 'Application sender', '0040', 'C'),
    applicationParty('S007', 'Application recipient', '0044', 'C'),
    simple('0083', 'Action, coded', 'M', 'an..3', '0083'),
    syntaxError('C'),
    simple('0013', 'Service segment tag, coded', 'C', 'an..3'),
    dataElementIdentification('C'),
  ]),
  // Syntax 3 has 0062 and S009 mandatory here; syntax 4 conditional.
  segment('UCM', 'Message response', 'Identifies a message the CONTRL answers and says whether it was accepted or rejected.', [
    simple('0062', 'Message reference number', 'C', 'an..14'),
    messageIdentifier('C'),
    simple('0083', 'Action, coded', 'M', 'an..3', '0083'),
    syntaxError('C'),
    simple('0013', 'Service segment tag, coded', 'C', 'an..3'),
    dataElementIdentification('C'),
  ]),
  segment('UCS', 'Segment error indication', 'Points at the segment (by position in the message) that has an error, or is missing.', [
    simple('0096', 'Segment position in message body', 'M', 'n..6'),
    syntaxError('C'),
  ]),
  segment('UCD', 'Data element error indication', 'Points at the element or component in error inside the segment named by the UCS before it.', [
    syntaxError('M'),
    dataElementIdentification('M'),
  ]),
];

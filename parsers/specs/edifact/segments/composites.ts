/**
 * Composite data elements that several segments share. Each is a function of its usage because the same
 * composite is mandatory in one segment and conditional in another.
 *
 * D.96A vs D.01B: code list qualifier 1131 grew from an..3 to an..17 in D.01B; we keep an..17 everywhere.
 */
import type { ElementSpec, Usage } from '../../types.js';
import { composite, simple, times } from './define.js';

/** 1131 + 3055, the pair that closes most coded composites. */
export function codeListIds(): ElementSpec[] {
  return [
    simple('1131', 'Code list identification code', 'C', 'an..17'),
    simple('3055', 'Code list responsible agency code', 'C', 'an..3', '3055'),
  ];
}

/** A coded composite of the common shape: code, 1131, 3055, then free-text description(s). */
export function codedWithText(
  id: string,
  name: string,
  usage: Usage,
  code: ElementSpec,
  texts: ElementSpec[] = [],
): ElementSpec {
  return composite(id, name, usage, [code, ...codeListIds(), ...texts]);
}

export function documentName(usage: Usage): ElementSpec {
  return codedWithText('C002', 'Document/message name', usage, simple('1001', 'Document name code', 'C', 'an..3', '1001'), [
    simple('1000', 'Document name', 'C', 'an..35'),
  ]);
}

export function partyIdentification(usage: Usage): ElementSpec {
  return codedWithText('C082', 'Party identification details', usage, simple('3039', 'Party identifier', 'M', 'an..35'));
}

export function itemNumber(usage: Usage): ElementSpec {
  return composite('C212', 'Item number identification', usage, [
    simple('7140', 'Item identifier', 'C', 'an..35'),
    simple('7143', 'Item type identification code', 'C', 'an..3', '7143'),
    ...codeListIds(),
  ]);
}

export function equipmentIdentification(usage: Usage): ElementSpec {
  return codedWithText('C237', 'Equipment identification', usage, simple('8260', 'Equipment identifier', 'C', 'an..17'), [
    simple('3207', 'Country name code', 'C', 'an..3'),
  ]);
}

export function instruction(usage: Usage): ElementSpec {
  return composite('C522', 'Instruction', usage, [
    simple('4403', 'Instruction type code qualifier', 'M', 'an..3'),
    simple('4401', 'Instruction description code', 'C', 'an..3'),
    ...codeListIds(),
    simple('4400', 'Instruction description', 'C', 'an..35'),
  ]);
}

export function specialServices(usage: Usage): ElementSpec {
  return codedWithText('C214', 'Special services identification', usage, simple('7161', 'Special service description code', 'C', 'an..3'), [
    simple('7160', 'Special service description', 'C', 'an..35'),
    simple('7160', 'Special service description', 'C', 'an..35'),
  ]);
}

export function measurementDetails(usage: Usage): ElementSpec {
  return composite('C502', 'Measurement details', usage, [
    simple('6313', 'Measured attribute code', 'C', 'an..3'),
    simple('6321', 'Measurement significance code', 'C', 'an..3'),
    // D.96A an..3, D.01B an..17
    simple('6155', 'Non-discrete measurement name code', 'C', 'an..17'),
    simple('6154', 'Non-discrete measurement name', 'C', 'an..70'),
  ]);
}

export function reasonForChange(usage: Usage): ElementSpec {
  return codedWithText('C960', 'Reason for change', usage, simple('4295', 'Change reason description code', 'C', 'an..3'), [
    simple('4294', 'Change reason description', 'C', 'an..35'),
  ]);
}

export function identityNumberRange(usage: Usage): ElementSpec {
  return composite('C208', 'Identity number range', usage, [
    simple('7402', 'Object identifier', 'M', 'an..35'),
    simple('7402', 'Object identifier', 'C', 'an..35'),
  ]);
}

export function identificationNumber(usage: Usage): ElementSpec {
  return composite('C206', 'Identification number', usage, [
    simple('7402', 'Object identifier', 'M', 'an..35'),
    simple('7405', 'Object identification code qualifier', 'C', 'an..3', '7405'),
    simple('4405', 'Status description code', 'C', 'an..3'),
  ]);
}

/** C208 / C206 / C212 style repeats: first as given, the rest conditional. */
export function repeated(count: number, make: (usage: Usage) => ElementSpec, firstUsage: Usage): ElementSpec[] {
  return times(count, make(firstUsage), make('C'));
}

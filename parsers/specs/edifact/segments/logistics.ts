/** Transport, packaging, equipment and marking segments (DESADV, RECADV and the transport parts of orders). */
import type { SegmentSpec } from '../../types.js';
import {
  codedWithText,
  codeListIds,
  equipmentIdentification,
  identityNumberRange,
  instruction,
  measurementDetails,
  repeated,
  specialServices,
} from './composites.js';
import { composite, segment, simple, times } from './define.js';

export const logisticsSegments: SegmentSpec[] = [
  segment('TDT', 'Details of transport', 'Describes the transport: stage, mode, means and carrier.', [
    simple('8051', 'Transport stage code qualifier', 'M', 'an..3'),
    simple('8028', 'Means of transport journey identifier', 'C', 'an..17'),
    composite('C220', 'Mode of transport', 'C', [
      simple('8067', 'Transport mode name code', 'C', 'an..3'),
      simple('8066', 'Transport mode name', 'C', 'an..17'),
    ]),
    composite('C228', 'Transport means', 'C', [
      simple('8179', 'Transport means description code', 'C', 'an..8'),
      simple('8178', 'Transport means description', 'C', 'an..17'),
    ]),
    codedWithText('C040', 'Carrier', 'C', simple('3127', 'Carrier identifier', 'C', 'an..17'), [
      simple('3128', 'Carrier name', 'C', 'an..35'),
    ]),
    simple('8101', 'Transit direction indicator code', 'C', 'an..3'),
    composite('C401', 'Excess transportation information', 'C', [
      simple('8457', 'Excess transportation reason code', 'M', 'an..3'),
      simple('8459', 'Excess transportation responsibility code', 'M', 'an..3'),
      simple('7130', 'Customer shipment authorisation identifier', 'C', 'an..17'),
    ]),
    codedWithText('C222', 'Transport identification', 'C', simple('8213', 'Transport means identification name identifier', 'C', 'an..9'), [
      simple('8212', 'Transport means identification name', 'C', 'an..35'),
      simple('8453', 'Transport means nationality code', 'C', 'an..3'),
    ]),
    simple('8281', 'Transport means ownership indicator code', 'C', 'an..3'),
  ]),
  segment('TOD', 'Terms of delivery or transport', 'States the delivery terms (for example an Incoterm) and who pays for transport.', [
    simple('4055', 'Delivery or transport terms function code', 'C', 'an..3'),
    simple('4215', 'Transport charges payment method code', 'C', 'an..3'),
    codedWithText('C100', 'Terms of delivery or transport', 'C', simple('4053', 'Delivery or transport terms description code', 'C', 'an..3'), [
      simple('4052', 'Delivery or transport terms description', 'C', 'an..70'),
      simple('4052', 'Delivery or transport terms description', 'C', 'an..70'),
    ]),
  ]),
  segment('PAC', 'Package', 'Gives the number and type of packages (cartons, pallets) at this level of the shipment.', [
    simple('7224', 'Package quantity', 'C', 'n..8'),
    composite('C531', 'Packaging details', 'C', [
      simple('7075', 'Packaging level code', 'C', 'an..3'),
      simple('7233', 'Packaging related description code', 'C', 'an..3'),
      simple('7073', 'Packaging terms and conditions code', 'C', 'an..3'),
    ]),
    codedWithText('C202', 'Package type', 'C', simple('7065', 'Package type description code', 'C', 'an..17', '7065'), [
      simple('7064', 'Type of packages', 'C', 'an..35'),
    ]),
    composite('C402', 'Package type identification', 'C', [
      simple('7077', 'Description format code', 'M', 'an..3'),
      simple('7064', 'Type of packages', 'M', 'an..35'),
      simple('7143', 'Item type identification code', 'C', 'an..3', '7143'),
      simple('7064', 'Type of packages', 'C', 'an..35'),
      simple('7143', 'Item type identification code', 'C', 'an..3', '7143'),
    ]),
    composite('C532', 'Returnable package details', 'C', [
      simple('8395', 'Returnable package freight payment responsibility code', 'C', 'an..3'),
      simple('8393', 'Returnable package load contents code', 'C', 'an..3'),
    ]),
  ]),
  segment('MEA', 'Measurements', 'Gives a measurement (weight, volume, dimension, count) and its unit.', [
    simple('6311', 'Measurement purpose code qualifier', 'M', 'an..3'),
    measurementDetails('C'),
    composite('C174', 'Value/range', 'C', [
      simple('6411', 'Measurement unit code', 'M', 'an..3'),
      // n..18 in D.96A, an..18 in D.01B
      simple('6314', 'Measurement value', 'C', 'an..18'),
      simple('6162', 'Range minimum value', 'C', 'n..18'),
      simple('6152', 'Range maximum value', 'C', 'n..18'),
      simple('6432', 'Significant digits quantity', 'C', 'n..2'),
    ]),
    simple('7383', 'Surface or layer code', 'C', 'an..3'),
  ]),
  segment('PCI', 'Package identification', 'Says how packages are marked (shipping marks, label type) so they can be identified.', [
    simple('4233', 'Marking instructions code', 'C', 'an..3'),
    composite('C210', 'Marks and labels', 'C', times(10, simple('7102', 'Shipping marks description', 'M', 'an..35'))),
    simple('8275', 'Container or package contents indicator code', 'C', 'an..3'),
    codedWithText('C827', 'Type of marking', 'C', simple('7511', 'Marking type code', 'M', 'an..3')),
  ]),
  segment('GIN', 'Goods identity number', 'Gives identity numbers of goods or packages, such as SSCC pallet labels or serial numbers.', [
    simple('7405', 'Object identification code qualifier', 'M', 'an..3', '7405'),
    ...repeated(5, identityNumberRange, 'M'),
  ]),
  segment('EQD', 'Equipment details', 'Identifies a piece of transport equipment (container, trailer) and its size and type.', [
    simple('8053', 'Equipment type code qualifier', 'M', 'an..3'),
    equipmentIdentification('C'),
    codedWithText('C224', 'Equipment size and type', 'C', simple('8155', 'Equipment size and type description code', 'C', 'an..10'), [
      simple('8154', 'Equipment size and type description', 'C', 'an..35'),
    ]),
    simple('8077', 'Equipment supplier code', 'C', 'an..3'),
    simple('8249', 'Equipment status code', 'C', 'an..3'),
    simple('8169', 'Full or empty indicator code', 'C', 'an..3'),
  ]),
  segment('EQA', 'Attached equipment', 'Identifies equipment attached to the equipment described before it.', [
    simple('8053', 'Equipment type code qualifier', 'M', 'an..3'),
    equipmentIdentification('C'),
  ]),
  segment('HAN', 'Handling instructions', 'Gives handling instructions and hazardous-material codes for goods or packages.', [
    codedWithText('C524', 'Handling instructions', 'C', simple('4079', 'Handling instruction description code', 'C', 'an..3'), [
      simple('4078', 'Handling instruction description', 'C', 'an..70'),
    ]),
    // 7419 an..4 in D.96A, an..7 in D.01B; 7418 is D.01B only
    codedWithText('C218', 'Hazardous material', 'C', simple('7419', 'Hazardous material category name code', 'C', 'an..7'), [
      simple('7418', 'Hazardous material category name', 'C', 'an..35'),
    ]),
  ]),
  segment('SEL', 'Seal number', 'Gives the number of a seal on a container or vehicle and who applied it.', [
    // D.96A: mandatory an..10; D.01B: conditional an..35 (it may be given in C208 instead)
    simple('9308', 'Transport unit seal identifier', 'C', 'an..35'),
    codedWithText('C215', 'Seal issuer', 'C', simple('9303', 'Sealing party name code', 'C', 'an..3'), [
      simple('9302', 'Sealing party name', 'C', 'an..35'),
    ]),
    simple('4517', 'Seal condition code', 'C', 'an..3'),
    // D.01B only
    identityNumberRange('C'),
  ]),
  segment('CPS', 'Consignment packing sequence', 'Starts one level of the packing hierarchy (shipment, pallet, carton) and names its parent level.', [
    // an..12 in D.96A, an..35 in D.01B
    simple('7164', 'Hierarchical structure level identifier', 'M', 'an..35'),
    simple('7166', 'Hierarchical structure parent identifier', 'C', 'an..35'),
    simple('7075', 'Packaging level code', 'C', 'an..3'),
  ]),
  segment('DLM', 'Delivery limitations', 'States limits on delivery such as back-order or substitution rules.', [
    simple('4455', 'Back order arrangement type code', 'C', 'an..3'),
    instruction('C'),
    specialServices('C'),
    simple('4457', 'Substitution condition code', 'C', 'an..3'),
  ]),
  segment('SGP', 'Split goods placement', 'Says how much of the goods is placed in a given piece of equipment.', [
    equipmentIdentification('M'),
    simple('7224', 'Package quantity', 'C', 'n..8'),
  ]),
  segment('TMD', 'Transport movement details', 'Describes the kind of transport movement and service requested.', [
    composite('C219', 'Movement type', 'C', [
      simple('8335', 'Movement type description code', 'C', 'an..3'),
      simple('8334', 'Movement type description', 'C', 'an..35'),
    ]),
    simple('8332', 'Equipment plan description', 'C', 'an..26'),
    simple('8341', 'Haulage arrangements code', 'C', 'an..3'),
  ]),
  segment('DGS', 'Dangerous goods', 'Identifies dangerous goods: regulation, hazard class, UN number and related data.', [
    simple('8273', 'Dangerous goods regulations code', 'C', 'an..3'),
    composite('C205', 'Hazard code', 'C', [
      simple('8351', 'Hazard identification code', 'M', 'an..7'),
      simple('8078', 'Additional hazard classification identifier', 'C', 'an..7'),
      simple('8092', 'Hazard code version identifier', 'C', 'an..10'),
    ]),
    composite('C234', 'Undg information', 'C', [
      simple('7124', 'United Nations Dangerous Goods (UNDG) identifier', 'C', 'n4'),
      simple('7088', 'Dangerous goods flashpoint description', 'C', 'an..8'),
    ]),
    composite('C223', 'Dangerous goods shipment flashpoint', 'C', [
      simple('7106', 'Shipment flashpoint degree', 'C', 'n3'),
      simple('6411', 'Measurement unit code', 'C', 'an..3'),
    ]),
    simple('8339', 'Packaging danger level code', 'C', 'an..3'),
    simple('8364', 'Emergency procedure for ships identifier', 'C', 'an..6'),
    simple('8410', 'Hazard medical first aid guide identifier', 'C', 'an..4'),
    simple('8126', 'Transport emergency card identifier', 'C', 'an..10'),
    composite('C235', 'Hazard identification placard details', 'C', [
      simple('8158', 'Orange hazard placard upper part identifier', 'C', 'an..4'),
      simple('8186', 'Orange hazard placard lower part identifier', 'C', 'an4'),
    ]),
    composite('C236', 'Dangerous goods label', 'C', times(3, simple('8246', 'Dangerous goods marking identifier', 'C', 'an..4'))),
    simple('8255', 'Packing instruction type code', 'C', 'an..3'),
    simple('8325', 'Category of means of transport code', 'C', 'an..3'),
    simple('8211', 'Permission for transport code', 'C', 'an..3'),
  ]),
  segment('COD', 'Component details', 'Describes a component of a product (type and material), as used in packaging detail.', [
    codedWithText('C823', 'Type of unit/component', 'C', simple('7505', 'Unit or component type description code', 'C', 'an..3'), [
      simple('7504', 'Unit or component type description', 'C', 'an..35'),
    ]),
    codedWithText('C824', 'Component material', 'C', simple('7507', 'Component material description code', 'C', 'an..3'), [
      simple('7506', 'Component material description', 'C', 'an..35'),
    ]),
  ]),
  segment('SCC', 'Scheduling conditions', 'Says whether delivery schedule quantities are firm or forecast and how often deliveries happen.', [
    simple('4017', 'Delivery plan commitment level code', 'M', 'an..3'),
    simple('4493', 'Delivery instruction code', 'C', 'an..3'),
    composite('C329', 'Pattern description', 'C', [
      simple('2013', 'Frequency code', 'C', 'an..3'),
      simple('2015', 'Despatch pattern code', 'C', 'an..3'),
      simple('2017', 'Despatch pattern timing code', 'C', 'an..3'),
    ]),
  ]),
  segment('TSR', 'Transport service requirements', 'States the transport service required (contract, priority, service level).', [
    codedWithText('C536', 'Contract and carriage condition', 'C', simple('4065', 'Contract and carriage condition code', 'M', 'an..3')),
    composite('C233', 'Service', 'C', [
      simple('7273', 'Service requirement code', 'M', 'an..3'),
      ...codeListIds(),
      simple('7273', 'Service requirement code', 'C', 'an..3'),
      ...codeListIds(),
    ]),
    codedWithText('C537', 'Transport priority', 'C', simple('4219', 'Transport service priority code', 'M', 'an..3')),
    codedWithText('C703', 'Nature of cargo', 'C', simple('7085', 'Cargo type classification code', 'M', 'an..3')),
  ]),
  segment('CDI', 'Physical or logical state', 'Describes the condition of goods or equipment on receipt (damaged, wet, ...).', [
    simple('7001', 'Physical or logical state type code qualifier', 'M', 'an..3'),
    // 7006 an..35 in D.96A, an..70 in D.01B
    codedWithText('C564', 'Physical or logical state information', 'M', simple('7007', 'Physical or logical state description code', 'C', 'an..3'), [
      simple('7006', 'Physical or logical state description', 'C', 'an..70'),
    ]),
  ]),
];

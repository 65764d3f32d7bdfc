/**
 * Acknowledgments for a parsed file: per interchange, 997/999 (and TA1 when asked) from the X12 writer, CONTRL from
 * the EDIFACT writer. Each ack carries the interchange (and group) it answers, so callers can name and file it.
 */
import { generateContrl } from './edifact/index.js';
import type { EdiFileResult, Group, Interchange, Standard } from './model.js';
import { generateX12Acks } from './x12/index.js';

/** The caller's counter for the acks' own control numbers (ISA13/GS06/ST02, UNB0020/UNG0048/UNH0062). */
export interface ControlNumberSource {
  nextInterchange(): number;
  nextGroup(): number;
  nextTransaction(): number;
}

export type AcknowledgmentKind = '997' | '999' | 'TA1' | 'CONTRL';

export interface AcknowledgmentOptions {
  controlNumbers: ControlNumberSource;
  /** the acks' envelope date and time (default: now) */
  now?: Date;
  /** X12 functional ack: 997, 999, or 'auto' (999 for 005010 and later groups); default 'auto' */
  kind?: '997' | '999' | 'auto';
  /** X12 TA1: 'always', 'on-error' or 'never'; default 'always' when ISA14 asks for one, else 'on-error' */
  ta1?: 'always' | 'on-error' | 'never';
}

export interface Acknowledgment {
  standard: Standard;
  kind: AcknowledgmentKind;
  text: string;
  /** the inbound interchange this acknowledges */
  interchange: Interchange;
  /** the inbound functional group a 997/999 answers; null for TA1 and CONTRL */
  group: Group | null;
}

/**
 * Why an interchange cannot be acknowledged, or null when it can: EDIFACT messages sent without a UNB have no
 * sender to answer and no interchange reference to quote.
 */
export function whyNoAcknowledgment(interchange: Interchange): string | null {
  if (interchange.standard === 'edifact' && interchange.header.elements.length === 0) return 'the messages came without a UNB header, so there is no sender to answer';
  return null;
}

/** Acknowledgments for every interchange that can have one (see whyNoAcknowledgment), in file order. */
export function generateAcknowledgments(result: EdiFileResult, options: AcknowledgmentOptions): Acknowledgment[] {
  const acks: Acknowledgment[] = [];
  const dated = options.now ? { now: options.now } : {};
  for (const interchange of result.interchanges) {
    if (whyNoAcknowledgment(interchange) !== null) continue;
    if (interchange.standard === 'x12') {
      const written = generateX12Acks(interchange, { controlNumbers: options.controlNumbers, kind: options.kind ?? 'auto', ...dated, ...(options.ta1 ? { ta1: options.ta1 } : {}) });
      const groupFor = groupsInOrder(interchange);
      for (const ack of written) acks.push({ standard: 'x12', kind: ack.kind, text: ack.text, interchange, group: ack.forGroup === undefined ? null : groupFor(ack.forGroup) });
    } else {
      const contrl = generateContrl(interchange, { controlNumbers: options.controlNumbers, ...dated });
      acks.push({ standard: 'edifact', kind: contrl.kind, text: contrl.text, interchange, group: null });
    }
  }
  return acks;
}

/**
 * The X12 writer names the group a 997/999 answers by GS06 only; a file may repeat a GS06 inside one interchange,
 * and the writer answers groups in order, so each control number takes the next group that carries it.
 */
function groupsInOrder(interchange: Interchange): (controlNumber: string) => Group | null {
  const queues = new Map<string, Group[]>();
  for (const group of interchange.groups) {
    if (group.controlNumber === null) continue;
    const queue = queues.get(group.controlNumber) ?? [];
    queue.push(group);
    queues.set(group.controlNumber, queue);
  }
  return (controlNumber) => queues.get(controlNumber)?.shift() ?? null;
}

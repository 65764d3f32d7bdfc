/** The scenario's EDI traffic as files: one interchange each, named so that name order is arrival order. */
import { edifactFile, edifactTypeOf } from './edifact.js';
import type { DemoScenario, EdiEvent } from './model.js';
import { x12File, x12TypeOf } from './x12.js';

export interface DemoFile {
  name: string;
  /** when the file arrived (inbound) or left (outbound) in the simulated three weeks */
  at: Date;
  text: string;
  event: EdiEvent;
}

const stamp = (at: Date) => at.toISOString().slice(0, 16).replace(/[-:]/g, '');

export function ediFilesOf(scenario: DemoScenario): DemoFile[] {
  return scenario.events.map((event, index) => {
    const x12 = event.partner.standard === 'x12';
    const type = x12 ? x12TypeOf(event) : edifactTypeOf(event);
    const direction = event.direction === 'inbound' ? 'in' : 'out';
    return {
      name: `${stamp(event.at)}-${String(index).padStart(4, '0')}-${event.partner.key}-${direction}-${type}.${x12 ? 'x12' : 'edi'}`,
      at: event.at,
      text: x12 ? x12File(event) : edifactFile(event),
      event,
    };
  });
}

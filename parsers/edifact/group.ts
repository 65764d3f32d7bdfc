/**
 * Functional groups: explicit UNG..UNE groups and the implicit group holding messages sent without UNG.
 */
import { elementValue } from '../model.js';
import type { Group, Problem, Segment, Transaction } from '../model.js';
import type { Reporter } from './report.js';
import { quote } from './report.js';
import type { SegmentView } from './segment-view.js';
import { siteOf } from './segment-view.js';

export class OpenGroup {
  readonly group: Group;
  messages = 0;
  rejected = 0;
  warned = false;
  lastEnd: number;

  constructor(group: Group) {
    this.group = group;
    this.lastEnd = group.range.end;
  }

  static explicit(ung: Segment): OpenGroup {
    return new OpenGroup({
      functionalId: elementValue(ung, 1),
      controlNumber: elementValue(ung, 5),
      sender: { id: elementValue(ung, 2, 1), qualifier: elementValue(ung, 2, 2) },
      receiver: { id: elementValue(ung, 3, 1), qualifier: elementValue(ung, 3, 2) },
      version: (ung.elements[6] ?? []).join(':') || null,
      date: elementValue(ung, 4, 1) || null,
      time: elementValue(ung, 4, 2) || null,
      explicit: true,
      status: 'accepted',
      problems: [],
      transactions: [],
      range: { start: ung.offset, end: ung.end },
    });
  }

  static implicit(start: number): OpenGroup {
    return new OpenGroup({
      functionalId: null,
      controlNumber: null,
      sender: null,
      receiver: null,
      version: null,
      date: null,
      time: null,
      explicit: false,
      status: 'accepted',
      problems: [],
      transactions: [],
      range: { start, end: start },
    });
  }

  record(transaction: Transaction, retain: boolean): void {
    this.messages++;
    if (transaction.status === 'rejected') this.rejected++;
    else if (transaction.status === 'accepted-with-errors') this.warned = true;
    this.lastEnd = transaction.range.end;
    if (retain) this.group.transactions.push(transaction);
  }

  /** UNE: count of messages and the reference repeated from UNG. */
  closeWithTrailer(une: Segment, view: SegmentView, reporter: Reporter): void {
    const group = this.group;
    this.lastEnd = une.end;
    const declared = elementValue(une, 1);
    const reference = elementValue(une, 2);
    if (/^\d+$/.test(declared)) group.declaredTransactionCount = Number(declared);
    if (Number(declared) !== this.messages || declared === '') {
      group.problems.push(reporter.error('group-count-mismatch', 'group',
        `UNE says group ${quote(group.controlNumber ?? '')} has ${quote(declared)} messages but it has ${this.messages}`,
        siteOf(view, 1), { dataElementRef: '0060', badValue: declared }));
    }
    if (reference !== group.controlNumber) {
      group.problems.push(reporter.error('group-control-mismatch', 'group',
        `UNE group reference ${quote(reference)} differs from UNG group reference ${quote(group.controlNumber ?? '')}`,
        siteOf(view, 2), { dataElementRef: '0048', badValue: reference }));
    }
  }

  /** `at`: where the UNE should have been (after the last segment read) */
  closeWithoutTrailer(reason: string, reporter: Reporter, at: number, next?: SegmentView): void {
    this.lastEnd = at;
    const site = { offset: at, ...(next ? { segmentIndex: next.index, segmentTag: next.tag } : {}) };
    this.group.problems.push(reporter.error('group-trailer-missing', 'group',
      `Group ${quote(this.group.controlNumber ?? '')} (${this.group.functionalId ?? 'no id'}) has no UNE trailer: ${reason}`, site));
  }

  finish(reporter: Reporter, view?: SegmentView): Group {
    const group = this.group;
    group.range.end = this.lastEnd;
    if (group.explicit && this.messages === 0) {
      const site = view ? siteOf(view) : { offset: group.range.start };
      group.problems.push(reporter.warning('group-empty', 'group', `Group ${quote(group.controlNumber ?? '')} contains no messages`, site));
    }
    group.status = groupStatus(group.problems, this);
    return group;
  }
}

function groupStatus(problems: Problem[], counts: OpenGroup): Group['status'] {
  if (problems.some((problem) => problem.severity === 'error')) return 'rejected';
  if (counts.rejected > 0) return counts.rejected === counts.messages ? 'rejected' : 'partially-accepted';
  if (counts.warned || problems.some((problem) => problem.severity === 'warning')) return 'accepted-with-errors';
  return 'accepted';
}

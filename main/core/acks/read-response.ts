/**
 * What a partner's 997/999 or CONTRL says, read from its segments: per acknowledged group, the group's outcome and
 * each transaction set's / message's. X12: AK1 names the group (functional id + GS06), AK2 + AK5/IK5 each set, AK9
 * the group. EDIFACT: UCI names the interchange (UNB 0020), UCF a group (UNG 0048), UCM a message; action 4 is
 * rejected, 7 acknowledged, 8 received.
 */
import { elementValue, type Segment } from '../../../parsers/index.js';
import type { AckedTransaction, AckOutcome } from './types.js';

export interface GroupResponse {
  kind: '997' | '999' | 'CONTRL';
  /** X12 AK101; '' for CONTRL */
  functionalId: string;
  /** X12 AK102; EDIFACT UCF 0048, '' when the CONTRL answers the whole interchange */
  groupControl: string;
  /** EDIFACT UCI 0020; '' for X12 */
  interchangeControl: string;
  status: AckOutcome;
  transactions: AckedTransaction[];
}

/** AK9/AK5/IK5 codes: A accepted, E accepted with errors, P partially accepted; R, M, W, X are rejections. */
function x12Outcome(code: string): AckOutcome {
  if (code === 'A') return 'accepted';
  if (code === 'E' || code === 'P') return 'accepted-with-errors';
  return 'rejected';
}

function outcomeOfSets(transactions: AckedTransaction[]): AckOutcome {
  if (transactions.length > 0 && transactions.every((transaction) => transaction.status === 'rejected')) return 'rejected';
  return transactions.some((transaction) => transaction.status !== 'accepted') ? 'accepted-with-errors' : 'accepted';
}

const nonEmpty = (values: string[]) => values.filter((value) => value !== '');

export function readFunctionalAck(kind: '997' | '999', segments: readonly Segment[]): GroupResponse[] {
  let response: GroupResponse | null = null;
  let open: AckedTransaction | null = null;
  let groupCode: string | null = null;
  for (const segment of segments) {
    switch (segment.tag) {
      case 'AK1':
        response = { kind, functionalId: elementValue(segment, 1), groupControl: elementValue(segment, 2), interchangeControl: '', status: 'accepted', transactions: [] };
        break;
      case 'AK2':
        open = { type: elementValue(segment, 1), controlNumber: elementValue(segment, 2), status: 'accepted', codes: [] };
        response?.transactions.push(open);
        break;
      case 'AK5':
      case 'IK5':
        if (open) {
          open.status = x12Outcome(elementValue(segment, 1));
          open.codes = nonEmpty([2, 3, 4, 5, 6].map((position) => elementValue(segment, position)));
        }
        open = null;
        break;
      case 'AK9':
        groupCode = elementValue(segment, 1);
        break;
    }
  }
  if (response === null) return [];
  response.status = groupCode ? x12Outcome(groupCode) : outcomeOfSets(response.transactions);
  return [response];
}

type PendingResponse = GroupResponse & { action: string };

export function readContrl(segments: readonly Segment[]): GroupResponse[] {
  let interchangeControl = '';
  let interchangeAction = '';
  const responses: PendingResponse[] = [];
  const start = (groupControl: string, action: string): PendingResponse => {
    const response: PendingResponse = { kind: 'CONTRL', functionalId: '', groupControl, interchangeControl: '', status: 'accepted', transactions: [], action };
    responses.push(response);
    return response;
  };
  for (const segment of segments) {
    if (segment.tag === 'UCI') {
      interchangeControl = elementValue(segment, 1);
      interchangeAction = elementValue(segment, 4);
    } else if (segment.tag === 'UCF') {
      start(elementValue(segment, 1), elementValue(segment, 4));
    } else if (segment.tag === 'UCM') {
      // messages before any UCF belong to the interchange's messages sent without UNG
      const response = responses.at(-1) ?? start('', '');
      const rejected = elementValue(segment, 3) === '4';
      response.transactions.push({ controlNumber: elementValue(segment, 1), type: elementValue(segment, 2, 1), status: rejected ? 'rejected' : 'accepted', codes: nonEmpty([elementValue(segment, 4)]) });
    }
  }
  if (interchangeControl === '') return [];
  if (responses.length === 0) start('', '');
  return responses.map(({ action, ...response }) => {
    const rejected = interchangeAction === '4' || action === '4';
    return { ...response, interchangeControl, status: rejected ? 'rejected' : outcomeOfSets(response.transactions) };
  });
}

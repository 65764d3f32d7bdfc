import { describe, expect, it } from 'vitest';
import { parseEdi } from '../../../parsers/index.js';
import { readContrl, readFunctionalAck } from './read-response.js';
import { contrl, functionalAck } from './test-fixtures.js';

function segmentsOf(text: string) {
  const transaction = parseEdi(Buffer.from(text, 'latin1')).interchanges[0]?.groups[0]?.transactions[0];
  if (!transaction?.segments) throw new Error('no transaction');
  return transaction.segments;
}

describe('reading partners acks', () => {
  it('reads a 997: the group it answers, each set and the group outcome', () => {
    const text = functionalAck({ sender: 'BUYERCO', receiver: 'ACME', control: '50', ackedFunctionalId: 'IN', ackedGroup: '1234', groupStatus: 'P', sets: [{ type: '810', control: '0001', status: 'A' }, { type: '810', control: '0002', status: 'R' }] });
    expect(readFunctionalAck('997', segmentsOf(text))).toEqual([
      {
        kind: '997',
        functionalId: 'IN',
        groupControl: '1234',
        interchangeControl: '',
        status: 'accepted-with-errors',
        transactions: [
          { type: '810', controlNumber: '0001', status: 'accepted', codes: [] },
          { type: '810', controlNumber: '0002', status: 'rejected', codes: ['5'] },
        ],
      },
    ]);
  });

  it('reads a 999 (IK5) and a rejected group', () => {
    const text = functionalAck({ kind: '999', sender: 'BUYERCO', receiver: 'ACME', control: '51', ackedFunctionalId: 'SH', ackedGroup: '77', groupStatus: 'R', sets: [{ type: '856', control: '0007', status: 'R' }] });
    const [response] = readFunctionalAck('999', segmentsOf(text));
    expect(response).toMatchObject({ kind: '999', functionalId: 'SH', groupControl: '77', status: 'rejected', transactions: [{ controlNumber: '0007', status: 'rejected' }] });
  });

  it('reads a CONTRL: the interchange reference, rejected messages, a rejected interchange', () => {
    const someRejected = contrl({ sender: 'RETAILER', receiver: 'ACMEGLN', reference: 'C1', ackedReference: 'OUR-7', action: '7', messages: [{ reference: '1', type: 'INVOIC', action: '7' }, { reference: '2', type: 'INVOIC', action: '4' }] });
    expect(readContrl(segmentsOf(someRejected))).toEqual([
      {
        kind: 'CONTRL',
        functionalId: '',
        groupControl: '',
        interchangeControl: 'OUR-7',
        status: 'accepted-with-errors',
        transactions: [
          { controlNumber: '1', type: 'INVOIC', status: 'accepted', codes: [] },
          { controlNumber: '2', type: 'INVOIC', status: 'rejected', codes: [] },
        ],
      },
    ]);
    const rejected = contrl({ sender: 'RETAILER', receiver: 'ACMEGLN', reference: 'C2', ackedReference: 'OUR-8', action: '4', messages: [] });
    expect(readContrl(segmentsOf(rejected))).toMatchObject([{ interchangeControl: 'OUR-8', groupControl: '', status: 'rejected', transactions: [] }]);
    const received = contrl({ sender: 'RETAILER', receiver: 'ACMEGLN', reference: 'C3', ackedReference: 'OUR-9', action: '8', messages: [] });
    expect(readContrl(segmentsOf(received))).toMatchObject([{ interchangeControl: 'OUR-9', status: 'accepted' }]);
  });

  it('reads nothing from segments that are not an ack', () => {
    expect(readFunctionalAck('997', [])).toEqual([]);
    expect(readContrl([])).toEqual([]);
  });
});

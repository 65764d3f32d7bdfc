import { describe, expect, it } from 'vitest';
import type { ReconcileChanged } from '../../../../main/core/reconcile-store/types.js';
import { noticeForChange, noticeForSlas, slaKey, type SlaSoon } from './alert-policy.js';

const change = (severities: ('low' | 'medium' | 'high' | 'critical')[]): ReconcileChanged => ({
  threadKeys: 1,
  found: severities.length,
  reopened: 0,
  cleared: 0,
  alerts: severities.map((severity, index) => ({ id: `mm-${index}`, type: 'asn-qty-vs-wms', summary: `finding ${index}`, severity, partnerName: 'ACME' })),
});

describe('alert policy', () => {
  it('stays quiet for low and medium findings and for a change without alerts', () => {
    expect(noticeForChange(change([]))).toBeNull();
    expect(noticeForChange(change(['low', 'medium']))).toBeNull();
  });

  it('announces high and critical ones, the first named', () => {
    expect(noticeForChange(change(['critical']))).toEqual({ title: 'New critical-priority mismatch', body: 'ACME: finding 0', tag: 'crossdock-mismatches' });
    expect(noticeForChange(change(['medium', 'high', 'high']))?.title).toBe('2 new high-priority mismatches');
    expect(noticeForChange(change(['medium', 'high', 'high']))?.body).toBe('ACME: finding 1 (and 1 more)');
  });

  it('announces each SLA once', () => {
    const sla: SlaSoon = { threadKey: 'order:1:PO-7', partnerName: 'ACME', poNumber: 'PO-7', step: 'asn', dueAt: '2026-11-28T15:00:00.000Z' };
    const time = () => '15:00';
    expect(noticeForSlas([sla], new Set(), time)).toEqual({ title: 'A deadline is close', body: 'The ASN for PO PO-7 (ACME) is due at 15:00.', tag: 'crossdock-sla' });
    expect(noticeForSlas([sla], new Set([slaKey(sla)]), time)).toBeNull();
    const ack: SlaSoon = { ...sla, step: 'ack', poNumber: 'PO-8' };
    expect(noticeForSlas([ack, sla], new Set([slaKey(sla)]), time)?.body).toBe('The 855 acknowledgment for PO PO-8 (ACME) is due at 15:00.');
    expect(noticeForSlas([ack, sla], new Set(), time)?.title).toBe('2 deadlines are close');
  });
});

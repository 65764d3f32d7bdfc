/**
 * When Crossdock speaks up: a desktop notification for new or re-opened high/critical mismatches, and one for each
 * SLA (855, ASN) about to be missed; nothing for low and medium findings. Pure, so the rules are tested on their own.
 */
import type { AlertsSummary, ReconcileChanged } from '../../../../main/core/reconcile-store/types.js';

export interface DesktopNotice {
  title: string;
  body: string;
  /** notifications with the same tag replace each other instead of piling up */
  tag: string;
}

export function noticeForChange(changed: ReconcileChanged): DesktopNotice | null {
  const urgent = changed.alerts.filter((alert) => alert.severity === 'high' || alert.severity === 'critical');
  const first = urgent[0];
  if (!first) return null;
  const title = urgent.length === 1 ? `New ${first.severity}-priority mismatch` : `${urgent.length} new high-priority mismatches`;
  const partner = first.partnerName ? `${first.partnerName}: ` : '';
  const more = urgent.length > 1 ? ` (and ${urgent.length - 1} more)` : '';
  return { title, body: `${partner}${first.summary}${more}`, tag: 'crossdock-mismatches' };
}

export type SlaSoon = AlertsSummary['slaSoon'][number];

export function slaKey(sla: SlaSoon): string {
  return `${sla.threadKey}|${sla.step}|${sla.dueAt}`;
}

/** SLAs not announced yet, as one notice; `announced` holds the keys already shown (kept by the caller). */
export function noticeForSlas(slas: readonly SlaSoon[], announced: ReadonlySet<string>, formatTime: (iso: string) => string): DesktopNotice | null {
  const fresh = slas.filter((sla) => !announced.has(slaKey(sla)));
  const first = fresh[0];
  if (!first) return null;
  const what = (sla: SlaSoon) => `${sla.step === 'ack' ? 'The 855 acknowledgment' : 'The ASN'} for PO ${sla.poNumber ?? '?'}${sla.partnerName ? ` (${sla.partnerName})` : ''} is due at ${formatTime(sla.dueAt)}`;
  return {
    title: fresh.length === 1 ? 'A deadline is close' : `${fresh.length} deadlines are close`,
    body: fresh.length === 1 ? `${what(first)}.` : `${what(first)}, and ${fresh.length - 1} more.`,
    tag: 'crossdock-sla',
  };
}

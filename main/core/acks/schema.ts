/**
 * Acknowledgment policy and method inputs as zod schemas. Pure (zod only): the contract imports these, and the
 * contract is loaded by build tooling and type-imported by the renderer.
 */
import { z } from 'zod';

export const ackPolicySchema = z
  .object({
    /** generate acks for this partner's inbound groups */
    generate: z.boolean(),
    /** X12 functional ack: 'auto' is 999 for 005010 groups, 997 otherwise */
    kind: z.enum(['997', '999', 'auto']),
    ta1: z.enum(['never', 'on-error', 'always']),
    /** EDIFACT CONTRL: 'message' reports each message (UCM), 'interchange' only the interchange (UCI) */
    contrlLevel: z.enum(['interchange', 'message']),
  })
  .strict();

export type AckPolicy = z.infer<typeof ackPolicySchema>;

export const DEFAULT_ACK_POLICY: AckPolicy = { generate: true, kind: 'auto', ta1: 'on-error', contrlLevel: 'message' };

const partnerId = z.number().int().positive();
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) };

export const ackStatusValues = ['pending', 'overdue', 'accepted', 'accepted-with-errors', 'rejected'] as const;

export const ackPolicyGetInput = z.object({ partnerId }).strict();

export const ackPolicySetInput = z
  .object({
    partnerId,
    policy: ackPolicySchema.partial().optional(),
    /** hours after which this partner's unacknowledged groups are overdue; null: the workspace setting */
    ackOverdueHours: z.number().int().min(1).max(24 * 30).nullable().optional(),
  })
  .strict();

export const ackStatusInput = z.object({ partnerId: partnerId.optional(), status: z.enum(ackStatusValues).optional(), ...page }).strict();

export const acksSentInput = z.object({ partnerId: partnerId.optional(), ...page }).strict();

export const documentAcksInput = z.object({ documentId: z.number().int().positive() }).strict();

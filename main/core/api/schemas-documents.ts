/** Input schemas of the documents and files methods (zod only: the preload bundles the contract). */
import { z } from 'zod';

const isoDateOrTime = z
  .string()
  .max(40)
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) || (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))), 'an ISO date (2026-11-27) or date-time');

export const documentFilter = z
  .object({
    partnerId: z.number().int().positive().optional(),
    type: z.string().min(1).max(12).optional(),
    status: z.enum(['accepted', 'accepted-with-errors', 'rejected']).optional(),
    direction: z.enum(['inbound', 'outbound']).optional(),
    from: isoDateOrTime.optional(),
    to: isoDateOrTime.optional(),
    text: z.string().trim().min(1).max(80).optional(),
  })
  .strict();

export const documentsListInput = z
  .object({
    filter: documentFilter.default({}),
    sort: z
      .object({ column: z.enum(['receivedAt', 'type', 'status', 'partner', 'controlNumber']), direction: z.enum(['asc', 'desc']) })
      .strict()
      .default({ column: 'receivedAt', direction: 'desc' }),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

const documentId = z.number().int().positive();

export const documentsGetInput = z.object({ id: documentId }).strict();

export const documentsOriginalInput = z.union([z.object({ id: documentId }).strict(), z.object({ fileId: documentId }).strict()]);

export const filesListInput = z
  .object({
    state: z.enum(['quarantined', 'received', 'parsed']).optional(),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

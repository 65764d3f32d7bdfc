/** The ledger's method input as a zod schema. Pure (zod only): the contract imports it. */
import { z } from 'zod';

export const ledgerListInput = z
  .object({
    partnerId: z.number().int().positive().optional(),
    direction: z.enum(['inbound', 'outbound']).optional(),
    level: z.enum(['interchange', 'group', 'transaction']).optional(),
    kind: z.enum(['duplicate', 'gap', 'out-of-sequence']).optional(),
    // ISA06 is 15 characters, UNB 0004 up to 35
    senderId: z.string().trim().min(1).max(35).optional(),
    limit: z.number().int().min(1).max(5000).optional(),
  })
  .strict();

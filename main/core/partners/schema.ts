/** Inputs of the partners methods. Pure (zod only): the contract imports these. */
import { z } from 'zod';
import { partnerExportSchema, partnerIdentifierSchema, partnerNameSchema, profilePatchSchema } from './profile-schema.js';

const partnerId = z.number().int().positive();

export const partnersListInput = z.object({ includeMerged: z.boolean().default(false) }).strict();

export const partnersGetInput = z.object({ partnerId }).strict();

export const partnersUpdateInput = z
  .object({
    partnerId,
    name: partnerNameSchema.optional(),
    profile: profilePatchSchema.optional(),
    /** the partner's whole identifier list (GLN, DUNS, envelope ids); omitted: unchanged */
    identifiers: z.array(partnerIdentifierSchema).max(200).optional(),
  })
  .strict();

export const partnersMergeInput = z
  .object({
    from: partnerId,
    into: partnerId,
    /** report what would move without changing anything (the UI's confirmation) */
    dryRun: z.boolean().default(false),
  })
  .strict()
  .refine((input) => input.from !== input.into, { message: 'a partner cannot be merged into itself', path: ['into'] });

export const partnersExportInput = z.object({ partnerId }).strict();

export const partnersImportInput = z.object({ document: partnerExportSchema }).strict();

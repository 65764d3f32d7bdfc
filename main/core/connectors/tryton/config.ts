/** The Tryton connector's stored settings (never the password: that is the secret 'password') and its factory. */
import { z } from 'zod';
import type { ConnectorContext, ConnectorFactory, ConnectorSettings, JsonValue } from '../types.js';
import { TrytonConnector } from './connector.js';

export const trytonConfigSchema = z
  .object({
    /** server root, e.g. http://127.0.0.1:8000 (the database name is not part of it) */
    url: z.string().regex(/^https?:\/\/[^/\s]+/, { message: 'expected an http(s) URL such as http://erp.example.com:8000' }),
    database: z.string().min(1),
    username: z.string().min(1),
    /** records per request; nested lines make big pages slow (1,000 sales with lines: 2–9 s) */
    pageSize: z.number().int().min(1).max(5000).default(200),
    channel: z.enum(['edi', 'ecommerce', 'marketplace', 'field-sales', 'portal']).default('edi'),
    /** Tryton unit symbol → our partners' unit ('u' → 'EA' is built in) */
    uoms: z.record(z.string(), z.string().min(1)).default({}),
    /** Tryton party code or name → workspace partner id */
    partners: z.record(z.string(), z.number().int().positive()).default({}),
    /**
     * Seconds before the watermark each incremental run reads again: Tryton stamps write_date when a transaction
     * starts, so a change committed after a newer one the last run saw is stamped before the watermark
     */
    overlapSeconds: z.number().int().min(0).max(86_400).default(300),
    /** warehouse codes whose stock to read (default: all) */
    warehouses: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export type TrytonConfig = z.infer<typeof trytonConfigSchema>;

export const trytonConnectorFactory: ConnectorFactory = {
  kind: 'tryton',
  secretKeys: ['password'],
  validate(config: JsonValue): string[] {
    const result = trytonConfigSchema.safeParse(config);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`);
  },
  create(settings: ConnectorSettings, context: ConnectorContext): TrytonConnector {
    const parsed = trytonConfigSchema.safeParse(settings.config);
    if (!parsed.success) throw new Error(`invalid Tryton connector config: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    return new TrytonConnector(settings, parsed.data, context);
  },
};

/** The generic REST/JSON connector's settings: configured, not coded. Secrets are named here, stored elsewhere. */
import { z } from 'zod';
import { STREAM_NAMES } from '../types.js';

const name = z.string().trim().min(1).max(100);
const size = z.number().int().min(1).max(10_000).default(100);

export const restAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }).strict(),
  /** secret 'token' */
  z.object({ type: z.literal('bearer') }).strict(),
  /** secret 'password' */
  z.object({ type: z.literal('basic'), username: name }).strict(),
  /** secret 'apiKey', sent in `header` */
  z.object({ type: z.literal('api-key'), header: name.default('X-API-Key') }).strict(),
  /** OAuth2 client credentials; secret 'clientSecret' */
  z.object({ type: z.literal('oauth2'), tokenUrl: z.string().url(), clientId: name, scope: z.string().optional() }).strict(),
]);

export const restPaginationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page'), param: name.default('page'), sizeParam: name.default('limit'), size, start: z.number().int().min(0).default(1) }).strict(),
  z.object({ type: z.literal('offset'), param: name.default('offset'), sizeParam: name.default('limit'), size }).strict(),
  /** the next page's token is read from the body at `tokenPath`; empty or absent ends the run */
  z.object({ type: z.literal('cursor-token'), param: name.default('cursor'), tokenPath: name.default('next_cursor'), sizeParam: name.optional(), size: size.optional() }).strict(),
  /** RFC 8288 Link: <…>; rel="next" */
  z.object({ type: z.literal('link-header'), sizeParam: name.optional(), size: size.optional() }).strict(),
  /** (updated_since, since_id) of the last record: stable when records change during the run (no skipped rows) */
  z.object({ type: z.literal('keyset'), idParam: name.default('since_id'), sizeParam: name.default('limit'), size }).strict(),
  z.object({ type: z.literal('none') }).strict(),
]);

export const restStreamSchema = z
  .object({
    path: z.string().min(1),
    query: z.record(z.string(), z.string()).optional(),
    /** where the records are in the body ('data', '$.orders'); '' or '$' when the body is the array */
    records: z.string().default('data'),
    id: name.default('id'),
    updatedAt: name.optional(),
    updatedSince: z.object({ param: name, format: z.enum(['iso', 'epoch-seconds', 'epoch-ms']).default('iso') }).strict().optional(),
    pagination: restPaginationSchema.default({ type: 'none' }),
    /** a crossdock-map/1 map with source { standard: 'json' } applied to each record */
    map: z.unknown().optional(),
    /** the fields a record is expected to carry (schema drift is reported against these; default: what the map reads) */
    fields: z.array(name).optional(),
    /** products stream without a map: where the SKU, description and GTIN are */
    product: z.object({ sku: name, description: name.optional(), gtin: name.optional(), uom: name.optional() }).strict().optional(),
  })
  .strict();

export const restConfigSchema = z
  .object({
    baseUrl: z.string().url(),
    auth: restAuthSchema.default({ type: 'none' }),
    headers: z.record(z.string(), z.string()).optional(),
    timeoutMs: z.number().int().min(100).max(600_000).optional(),
    /** seconds before the watermark each incremental run reads again, for APIs that stamp a change before it commits */
    overlapSeconds: z.number().int().min(0).max(86_400).optional(),
    channel: z.enum(['edi', 'ecommerce', 'marketplace', 'field-sales', 'portal']).optional(),
    streams: z.partialRecord(z.enum(STREAM_NAMES), restStreamSchema),
  })
  .strict();

export type RestConfig = z.infer<typeof restConfigSchema>;
export type RestStream = z.infer<typeof restStreamSchema>;
export type RestAuth = z.infer<typeof restAuthSchema>;

/** Config keys that would hold a credential: refused, so a secret cannot land in the database by mistake. */
export const SECRET_LOOKING_KEYS = /^(password|passwd|secret|clientSecret|client_secret|token|accessToken|access_token|apiKey|api_key|authorization)$/i;

export function secretLookingPaths(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (SECRET_LOOKING_KEYS.test(key) && typeof inner === 'string') found.push(here);
    found.push(...secretLookingPaths(inner, here));
  }
  return found;
}

/**
 * A small Tryton 6.0 JSON-RPC client over the connector framework's resilient HttpClient: login (common.db.login),
 * the Session authorization header, the user's context (res.user.get_preferences), search_read, and Tryton's error
 * envelopes turned into ConnectorErrors the runner understands.
 *
 * Login is rate limited by Tryton per login name (session.max_attempt failures, then HTTP 429 for a while) and every
 * failed attempt counts, so a refused login is never retried automatically: the client remembers the refusal and
 * fails fast until the password changes or the pause is over. A rejected session (HTTP 401, or the 500 this build
 * answers for an unknown session) triggers exactly one fresh login.
 */
import { ConnectorError } from '../errors.js';
import type { HttpClient, HttpResponse, JsonValue } from '../types.js';
import { decodeTryton } from './values.js';

export interface TrytonClientOptions {
  /** server root, e.g. http://127.0.0.1:8000 */
  baseUrl: string;
  database: string;
  username: string;
  password: () => Promise<string | undefined>;
  http: HttpClient;
  now?: () => number;
  log?: (message: string) => void;
  /** how long a refused login blocks further attempts with the same password (ms) */
  loginPauseMs?: number;
}

export type TrytonRecord = { [field: string]: JsonValue };
export type TrytonDomain = JsonValue[];

export interface SearchReadRequest {
  domain: TrytonDomain;
  fields: readonly string[];
  offset?: number;
  limit?: number | null;
  /** [['id', 'ASC']] */
  order?: readonly (readonly [string, 'ASC' | 'DESC'])[];
  /** merged over the user's preferences */
  context?: Record<string, JsonValue>;
  signal?: AbortSignal;
}

interface Session {
  header: string;
  context: Record<string, JsonValue>;
}

const DEFAULT_LOGIN_PAUSE_MS = 5 * 60_000;

export class TrytonClient {
  private session: Session | undefined;
  private loggingIn: Promise<Session> | undefined;
  private refused: { password: string; until: number; error: ConnectorError } | undefined;
  private nextId = 1;

  constructor(private readonly options: TrytonClientOptions) {}

  get url(): string {
    return `${this.options.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(this.options.database)}/`;
  }

  /** Logs in (once; concurrent callers share the attempt) and loads the user's context. */
  async login(signal?: AbortSignal): Promise<void> {
    await this.ensureSession(signal);
  }

  /** A model method with the user's context appended as Tryton expects; values decoded (Decimal → string…). */
  async call(method: string, params: readonly JsonValue[], signal?: AbortSignal, extraContext: Record<string, JsonValue> = {}): Promise<JsonValue> {
    for (let attempt = 0; ; attempt++) {
      const session = await this.ensureSession(signal);
      const response = await this.post(method, [...params, { ...session.context, ...extraContext }], session.header, signal);
      if (isSessionRejected(response) && attempt === 0) {
        this.options.log?.(`tryton: session rejected (HTTP ${response.status}); logging in again`);
        if (this.session === session) this.session = undefined;
        continue;
      }
      return this.result(method, response);
    }
  }

  async searchRead(model: string, request: SearchReadRequest): Promise<TrytonRecord[]> {
    const order = request.order ? request.order.map(([field, direction]) => [field, direction]) : null;
    const result = await this.call(`model.${model}.search_read`, [request.domain, request.offset ?? 0, request.limit ?? null, order, [...request.fields]], request.signal, request.context);
    if (!Array.isArray(result)) throw new ConnectorError('protocol', `Tryton ${model}.search_read answered ${typeof result}, expected a list`);
    return result.filter((row): row is TrytonRecord => row !== null && typeof row === 'object' && !Array.isArray(row));
  }

  /** The server's version string (no login needed): a cheap reachability probe. */
  async version(signal?: AbortSignal): Promise<string> {
    const response = await this.post('common.server.version', [], undefined, signal, `${this.options.baseUrl.replace(/\/+$/, '')}/`);
    return String(this.result('common.server.version', response));
  }

  private async ensureSession(signal?: AbortSignal): Promise<Session> {
    if (this.session) return this.session;
    this.loggingIn ??= this.freshSession(signal).finally(() => {
      this.loggingIn = undefined;
    });
    return this.loggingIn;
  }

  private async freshSession(signal?: AbortSignal): Promise<Session> {
    const now = this.options.now ?? Date.now;
    const password = await this.options.password();
    if (password === undefined || password === '') throw new ConnectorError('config', `no password stored for Tryton user ${this.options.username}`);
    if (this.refused && this.refused.password === password && now() < this.refused.until) throw this.refused.error;
    const response = await this.post('common.db.login', [this.options.username, { password }, 'en'], undefined, signal, undefined, false);
    if (response.status === 401 || response.status === 403 || response.status === 429) {
      const pause = this.options.loginPauseMs ?? DEFAULT_LOGIN_PAUSE_MS;
      const error =
        response.status === 429
          ? new ConnectorError('auth', `Tryton is refusing logins for ${this.options.username} after too many failed attempts; not trying again for ${Math.round(pause / 1000)} s`, { status: 429, retryAfterMs: pause })
          : new ConnectorError('auth', `Tryton refused the login for ${this.options.username} on database ${this.options.database} (HTTP ${response.status}): check the user name and password`, { status: response.status });
      this.refused = { password, until: now() + pause, error };
      throw error;
    }
    const result = this.result('common.db.login', response);
    if (!Array.isArray(result) || typeof result[0] !== 'number' || typeof result[1] !== 'string') {
      throw new ConnectorError('auth', `Tryton refused the login for ${this.options.username} on database ${this.options.database}`);
    }
    this.refused = undefined;
    const header = `Session ${Buffer.from(`${this.options.username}:${result[0]}:${result[1]}`).toString('base64')}`;
    const preferences = this.result('model.res.user.get_preferences', await this.post('model.res.user.get_preferences', [true, {}], header, signal));
    const context: Record<string, JsonValue> = {};
    if (preferences && typeof preferences === 'object' && !Array.isArray(preferences)) {
      // the preferences carry display-only keys with dots ('company.rec_name'); a context takes the plain ones
      for (const [key, value] of Object.entries(preferences)) if (!key.includes('.')) context[key] = value;
    }
    this.session = { header, context };
    return this.session;
  }

  private post(method: string, params: JsonValue[], authorization: string | undefined, signal?: AbortSignal, url = this.url, idempotent = true): Promise<HttpResponse> {
    const id = this.nextId++;
    return this.options.http.request({
      method: 'POST',
      url,
      headers: authorization ? { authorization } : {},
      body: { id, method, params },
      // reads are safe to repeat; a login is not (every failed attempt counts towards Tryton's rate limit)
      idempotent,
      ...(signal ? { signal } : {}),
    });
  }

  private result(method: string, response: HttpResponse): JsonValue {
    if (response.status === 401 || response.status === 403) throw new ConnectorError('auth', `Tryton refused ${method} (HTTP ${response.status})`, { status: response.status });
    if (response.status === 429) throw new ConnectorError('http', `Tryton is rate limiting ${method} (HTTP 429)`, { status: 429 });
    if (response.status < 200 || response.status >= 300) throw new ConnectorError('http', `Tryton ${method}: HTTP ${response.status}${snippet(response.text)}`, { status: response.status });
    let envelope: unknown;
    try {
      envelope = JSON.parse(response.text);
    } catch (error) {
      throw new ConnectorError('protocol', `Tryton ${method} sent invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) throw new ConnectorError('protocol', `Tryton ${method} sent no JSON-RPC envelope`);
    const body = envelope as { result?: JsonValue; error?: JsonValue };
    if (body.error !== undefined && body.error !== null) throw rpcError(method, body.error);
    if (!('result' in body)) throw new ConnectorError('protocol', `Tryton ${method} sent neither result nor error`);
    return decodeTryton(body.result ?? null);
  }
}

/**
 * Tryton's error envelope: ["UserError", [message, description, domain]] for business errors, [exception text,
 * traceback] for everything else (an unknown field, a programming error). Both are the user's to fix (a field this
 * Tryton version lacks, a missing access right): retrying cannot help, so they are 'config' errors.
 */
export function rpcError(method: string, error: JsonValue): ConnectorError {
  if (Array.isArray(error)) {
    const [kind, detail] = error;
    if (typeof kind === 'string' && Array.isArray(detail)) {
      const message = typeof detail[0] === 'string' ? detail[0] : JSON.stringify(detail[0]);
      const description = typeof detail[1] === 'string' && detail[1] ? ` — ${detail[1]}` : '';
      return new ConnectorError('config', `Tryton ${method}: ${kind}: ${message}${description}`);
    }
    if (typeof kind === 'string') return new ConnectorError('config', `Tryton ${method} failed: ${kind}`);
  }
  return new ConnectorError('config', `Tryton ${method} failed: ${JSON.stringify(error).slice(0, 300)}`);
}

/** 401, or the HTML 500 that trytond 6.0 on Debian answers when a session is unknown or expired. */
function isSessionRejected(response: HttpResponse): boolean {
  if (response.status === 401) return true;
  return response.status === 500 && !response.text.trimStart().startsWith('{');
}

function snippet(text: string): string {
  const plain = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain ? `: ${plain.slice(0, 200)}` : '';
}

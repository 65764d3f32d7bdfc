/** Request headers for each auth style; OAuth2 client-credentials tokens are fetched, cached until expiry, refreshed on 401. */
import { ConnectorError } from '../errors.js';
import type { Clock, ConnectorSecrets, HttpClient } from '../types.js';
import type { RestAuth } from './config.js';

export class RestAuthenticator {
  private token: { value: string; expiresAt: number } | undefined;

  constructor(
    private readonly auth: RestAuth,
    private readonly secrets: ConnectorSecrets,
    private readonly http: HttpClient,
    private readonly clock: Clock,
  ) {}

  async headers(signal?: AbortSignal): Promise<Record<string, string>> {
    switch (this.auth.type) {
      case 'none':
        return {};
      case 'bearer':
        return { authorization: `Bearer ${await this.secret('token')}` };
      case 'basic':
        return { authorization: `Basic ${Buffer.from(`${this.auth.username}:${await this.secret('password')}`).toString('base64')}` };
      case 'api-key':
        return { [this.auth.header.toLowerCase()]: await this.secret('apiKey') };
      case 'oauth2':
        return { authorization: `Bearer ${await this.oauthToken(signal)}` };
    }
  }

  /** After a 401: forget a cached OAuth token so the next headers() fetches a fresh one. Returns whether a retry can help. */
  invalidate(): boolean {
    if (this.auth.type !== 'oauth2' || this.token === undefined) return false;
    this.token = undefined;
    return true;
  }

  private async secret(key: string): Promise<string> {
    const value = await this.secrets.get(key);
    if (value === undefined || value === '') throw new ConnectorError('auth', `no '${key}' stored for this connector (crossdock connectors add … --secret ${key}=…)`);
    return value;
  }

  private async oauthToken(signal?: AbortSignal): Promise<string> {
    if (this.token && this.token.expiresAt > this.clock.now()) return this.token.value;
    if (this.auth.type !== 'oauth2') throw new Error('unreachable');
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.auth.clientId, client_secret: await this.secret('clientSecret') });
    if (this.auth.scope) form.set('scope', this.auth.scope);
    const response = await this.http.request({
      method: 'POST',
      url: this.auth.tokenUrl,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      idempotent: true,
      ...(signal ? { signal } : {}),
    });
    if (response.status !== 200) throw new ConnectorError('auth', `the token endpoint refused the client credentials (HTTP ${response.status})`, { status: response.status });
    let body: { access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(response.text) as typeof body;
    } catch {
      throw new ConnectorError('protocol', 'the token endpoint answered without JSON');
    }
    if (typeof body.access_token !== 'string') throw new ConnectorError('auth', 'the token endpoint gave no access_token');
    const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    // Refresh a little early so a token does not expire between headers() and the server's check.
    this.token = { value: body.access_token, expiresAt: this.clock.now() + Math.max(1, seconds - 30) * 1000 };
    return this.token.value;
  }
}

/**
 * A local REST/JSON server speaking real HTTP (node:http) for connector tests and the sync benchmark: a collection of
 * records per path, filtered by `updated_since`, ordered by (updated_at, id), paged by page/offset, cursor token or
 * Link header; and a queue of faults served before normal answers (500s, 429 with Retry-After, a hang past the
 * client's timeout, truncated JSON, a dropped connection), plus hooks to change the data between requests (shifting
 * pages).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ServedRecord {
  id: string;
  updated_at: string;
  [field: string]: unknown;
}

export type Fault =
  | { type: 'status'; status: number; retryAfter?: string; body?: string }
  | { type: 'hang'; ms: number }
  | { type: 'truncate' }
  | { type: 'drop' };

export interface FaultServerOptions {
  /** required `authorization` header value (e.g. 'Bearer abc'); a mismatch gets 401 */
  authorization?: string;
  /** OAuth2 client credentials accepted at POST /oauth/token; tokens expire after `tokenTtlSeconds` */
  oauth?: { clientId: string; clientSecret: string; tokenTtlSeconds?: number };
}

export interface RequestLog {
  method: string;
  url: string;
  authorization?: string;
  fault?: Fault['type'];
}

export class FaultServer {
  readonly collections = new Map<string, ServedRecord[]>();
  readonly faults: Fault[] = [];
  readonly log: RequestLog[] = [];
  /** called before each collection request is answered (after faults): mutate the data to shift pages */
  beforeAnswer?: (path: string, request: number) => void;
  private server: Server | undefined;
  private issuedTokens = new Map<string, number>();
  private tokenCounter = 0;
  private sockets = new Set<Socket>();

  constructor(private readonly options: FaultServerOptions = {}) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('fault server not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** port 0: any free port; a test that takes a server down and back up passes the old one */
  async start(port = 0): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  set(path: string, records: ServedRecord[]): void {
    this.collections.set(path, records);
  }

  /** Replaces or adds a record (a changed record moves to the end of the (updated_at, id) order). */
  upsert(path: string, record: ServedRecord): void {
    const list = this.collections.get(path) ?? [];
    const index = list.findIndex((one) => one.id === record.id);
    if (index >= 0) list[index] = record;
    else list.push(record);
    this.collections.set(path, list);
  }

  inject(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  revokeTokens(): void {
    this.issuedTokens.clear();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://local');
    const entry: RequestLog = { method: request.method ?? 'GET', url: url.pathname + url.search };
    if (request.headers.authorization) entry.authorization = request.headers.authorization;
    this.log.push(entry);
    if (url.pathname === '/oauth/token') return this.token(request, response);
    const fault = this.faults.shift();
    if (fault) {
      entry.fault = fault.type;
      return this.serveFault(fault, response);
    }
    if (!this.authorized(request)) return send(response, 401, { error: 'unauthorized' });
    const records = this.collections.get(url.pathname);
    if (!records) return send(response, 404, { error: `no collection ${url.pathname}` });
    this.beforeAnswer?.(url.pathname, this.log.length);
    const current = this.collections.get(url.pathname) ?? records;
    return this.page(url, current, response);
  }

  private authorized(request: IncomingMessage): boolean {
    const given = request.headers.authorization;
    if (this.options.oauth) {
      const token = given?.startsWith('Bearer ') ? given.slice(7) : '';
      const expires = this.issuedTokens.get(token);
      return expires !== undefined && expires > Date.now();
    }
    if (this.options.authorization !== undefined) return given === this.options.authorization || request.headers['x-api-key'] === this.options.authorization;
    return true;
  }

  private async token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const form = new URLSearchParams(body);
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    const basic = request.headers.authorization;
    if (basic?.startsWith('Basic ')) [clientId, clientSecret] = Buffer.from(basic.slice(6), 'base64').toString().split(':') as [string, string];
    const oauth = this.options.oauth;
    if (!oauth || form.get('grant_type') !== 'client_credentials' || clientId !== oauth.clientId || clientSecret !== oauth.clientSecret) return send(response, 401, { error: 'invalid_client' });
    const token = `tok-${++this.tokenCounter}`;
    const ttl = oauth.tokenTtlSeconds ?? 3600;
    this.issuedTokens.set(token, Date.now() + ttl * 1000);
    send(response, 200, { access_token: token, token_type: 'Bearer', expires_in: ttl });
  }

  private async serveFault(fault: Fault, response: ServerResponse): Promise<void> {
    switch (fault.type) {
      case 'status':
        if (fault.retryAfter !== undefined) response.setHeader('retry-after', fault.retryAfter);
        response.writeHead(fault.status, { 'content-type': 'application/json' });
        response.end(fault.body ?? JSON.stringify({ error: `injected ${fault.status}` }));
        return;
      case 'hang':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        if (!response.destroyed) send(response, 200, { late: true });
        return;
      case 'truncate': {
        // A complete HTTP message whose JSON is cut short: the proxy or the server gave up mid-body.
        const text = '{"data":[{"id":"1","updated_at":"2026-01-01T00:00:00Z","na';
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
        response.end(text);
        return;
      }
      case 'drop':
        // Headers promise more than arrives: the connection dies mid-body.
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        response.write('{"data":[');
        setTimeout(() => response.socket?.destroy(), 5);
        return;
    }
  }

  private page(url: URL, all: ServedRecord[], response: ServerResponse): void {
    const since = url.searchParams.get('updated_since');
    const sinceId = url.searchParams.get('since_id');
    let selected = [...all].sort(compareRecords);
    if (since) selected = selected.filter((record) => record.updated_at > since || (record.updated_at === since && (sinceId === null || record.id > sinceId)));
    const limit = Number(url.searchParams.get('limit') ?? 100);
    let offset = 0;
    if (url.searchParams.has('page')) offset = (Number(url.searchParams.get('page')) - 1) * limit;
    else if (url.searchParams.has('offset')) offset = Number(url.searchParams.get('offset'));
    else if (url.searchParams.has('cursor')) offset = Number(Buffer.from(url.searchParams.get('cursor')!, 'base64url').toString());
    const slice = selected.slice(offset, offset + limit);
    const more = offset + limit < selected.length;
    const nextOffset = offset + limit;
    if (more) {
      const next = new URL(url.toString().replace('http://local', this.url));
      next.searchParams.delete('page');
      next.searchParams.delete('cursor');
      next.searchParams.set('offset', String(nextOffset));
      response.setHeader('link', `<${next.toString()}>; rel="next"`);
    }
    send(response, 200, { data: slice, next_cursor: more ? Buffer.from(String(nextOffset)).toString('base64url') : null, total: selected.length });
  }
}

export function compareRecords(a: ServedRecord, b: ServedRecord): number {
  if (a.updated_at !== b.updated_at) return a.updated_at < b.updated_at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

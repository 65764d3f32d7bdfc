import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../errors.js';
import { createHttpClient } from '../resilience/http.js';
import { TrytonClient } from './client.js';

/** A stand-in Tryton that answers like trytond 6.0 does (shapes taken from the real server's answers). */
interface FakeTryton {
  url: string;
  calls: { method: string; params: unknown[]; authorization: string | undefined }[];
  /** per method: what to answer; default answers for login, preferences and search_read */
  answer: Map<string, (call: { params: unknown[]; authorization: string | undefined }) => { status?: number; body: string }>;
  validSessions: Set<string>;
  logins: number;
}

let fake: FakeTryton;
let server: Server;

beforeEach(async () => {
  fake = { url: '', calls: [], answer: new Map(), validSessions: new Set(), logins: 0 };
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { id, method, params } = JSON.parse(body) as { id: number; method: string; params: unknown[] };
      const authorization = request.headers.authorization;
      fake.calls.push({ method, params, authorization });
      const custom = fake.answer.get(method);
      let status = 200;
      let text: string;
      if (custom) ({ status = 200, body: text } = custom({ params, authorization }));
      else if (method === 'common.db.login') {
        fake.logins++;
        const session = `session${fake.logins}`;
        fake.validSessions.add(`Session ${Buffer.from(`admin:1:${session}`).toString('base64')}`);
        text = JSON.stringify({ id, result: [1, session] });
      } else if (!authorization || !fake.validSessions.has(authorization)) {
        // trytond 6.0 on Debian answers an unknown session with an HTML 500
        status = 500;
        text = '<!doctype html><title>500 Internal Server Error</title>';
      } else if (method === 'model.res.user.get_preferences') text = JSON.stringify({ id, result: { company: 1, language: 'en', 'company.rec_name': 'Crossdock Demo Supply', groups: [1] } });
      else text = JSON.stringify({ id, result: [{ id: 1, number: 'SO-1', total_amount: { __class__: 'Decimal', decimal: '285.00' }, write_date: null }] });
      response.writeHead(status, { 'content-type': text.startsWith('{') ? 'application/json' : 'text/html' });
      response.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function client(password = 'admin', now = () => 0) {
  const http = createHttpClient({ backoff: { retries: 1, baseMs: 1, capMs: 2 } });
  return new TrytonClient({ baseUrl: fake.url, database: 'crossdock', username: 'admin', password: async () => password, http, now, loginPauseMs: 60_000 });
}

const methods = () => fake.calls.map((call) => call.method);

describe('TrytonClient', () => {
  it('logs in once, sends the Session header and the preferences as context, and decodes values', async () => {
    const tryton = client();
    const rows = await tryton.searchRead('sale.sale', { domain: [['state', '=', 'quotation']], fields: ['number'], offset: 0, limit: 10, order: [['id', 'ASC']] });
    await tryton.searchRead('sale.sale', { domain: [], fields: ['number'], context: { locations: [5] } });
    expect(rows).toEqual([{ id: 1, number: 'SO-1', total_amount: '285.00', write_date: null }]);
    expect(methods()).toEqual(['common.db.login', 'model.res.user.get_preferences', 'model.sale.sale.search_read', 'model.sale.sale.search_read']);
    const [first, second] = fake.calls.slice(2);
    expect(first!.authorization).toBe(`Session ${Buffer.from('admin:1:session1').toString('base64')}`);
    expect(first!.params).toEqual([[['state', '=', 'quotation']], 0, 10, [['id', 'ASC']], ['number'], { company: 1, language: 'en', groups: [1] }]);
    expect(second!.params.at(-1)).toEqual({ company: 1, language: 'en', groups: [1], locations: [5] });
  });

  it('logs in again once when the session is rejected, then carries on', async () => {
    const tryton = client();
    await tryton.login();
    fake.validSessions.clear();
    const rows = await tryton.searchRead('sale.sale', { domain: [], fields: ['number'] });
    expect(rows).toHaveLength(1);
    expect(fake.logins).toBe(2);
  });

  it('gives up with an auth error when the fresh session is rejected too', async () => {
    fake.answer.set('model.sale.sale.search_read', () => ({ status: 401, body: '<html>401 Unauthorized</html>' }));
    const error = await client().searchRead('sale.sale', { domain: [], fields: ['number'] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'auth' });
    expect(fake.logins).toBe(2);
  });

  it('turns an error envelope into a clear config error naming the method', async () => {
    fake.answer.set('model.sale.sale.search_read', () => ({ body: JSON.stringify({ id: 1, error: ['UserError', ['You are not allowed to read "Sale".', 'missing access', null]] }) }));
    await expect(client().searchRead('sale.sale', { domain: [], fields: ['number'] })).rejects.toMatchObject({ kind: 'config', message: 'Tryton model.sale.sale.search_read: UserError: You are not allowed to read "Sale". — missing access' });
    fake.answer.set('model.sale.sale.search_read', () => ({ body: JSON.stringify({ id: 1, error: ["'x'", 'Traceback…'] }) }));
    await expect(client().searchRead('sale.sale', { domain: [], fields: ['x'] })).rejects.toMatchObject({ kind: 'config', message: "Tryton model.sale.sale.search_read failed: 'x'" });
  });

  it('never repeats a refused login with the same password while paused (each failure counts towards the rate limit)', async () => {
    fake.answer.set('common.db.login', () => ({ status: 401, body: '<html>401 Unauthorized</html>' }));
    let now = 0;
    const tryton = client('wrong', () => now);
    await expect(tryton.login()).rejects.toMatchObject({ kind: 'auth', detail: { status: 401 } });
    await expect(tryton.searchRead('sale.sale', { domain: [], fields: [] })).rejects.toMatchObject({ kind: 'auth' });
    expect(methods()).toEqual(['common.db.login']);
    now = 60_001;
    await expect(tryton.login()).rejects.toMatchObject({ kind: 'auth' });
    expect(methods()).toEqual(['common.db.login', 'common.db.login']);
  });

  it('reports the login rate limit (HTTP 429) as an auth error with the pause, without retrying', async () => {
    fake.answer.set('common.db.login', () => ({ status: 429, body: '<html>429 Too Many Requests</html>' }));
    await expect(client().login()).rejects.toMatchObject({ kind: 'auth', detail: { status: 429, retryAfterMs: 60_000 } });
    expect(methods()).toEqual(['common.db.login']);
  });

  it('reports invalid JSON as a protocol error', async () => {
    fake.answer.set('model.sale.sale.search_read', () => ({ body: '{"id":1,"result":[{"id":1,' }));
    await expect(client().searchRead('sale.sale', { domain: [], fields: [] })).rejects.toMatchObject({ kind: 'protocol' });
  });
});

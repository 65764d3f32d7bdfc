/**
 * Browser mode: the built renderer and the contract over HTTP (POST /api/<method>) and WebSocket (/events), on
 * 127.0.0.1 only, every contract request authenticated with a per-run token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core/core.js';
import { fail, type Result } from '../core/api/result.js';
import { bearerToken, hostAllowed, originAllowed, tokenMatches } from './auth.js';
import { securityHeaders, serveStatic } from './static-files.js';

export interface ServerOptions {
  core: Core;
  token: string;
  /** folder of the built renderer (index.html, assets/) */
  staticRoot: string;
  /** 0 picks a free port */
  port?: number;
  maxBodyBytes?: number;
  /** ingest.upload carries files as base64: its own, larger limit */
  maxUploadBodyBytes?: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 16 * 1024 * 1024;
const DEFAULT_MAX_UPLOAD_BODY = 96 * 1024 * 1024;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let port = options.port ?? 0;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

  const server = createServer((request, response) => {
    securityHeaders(response);
    if (!hostAllowed(request, port)) {
      response.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      void handleApi(request, response, decodeURIComponent(path.slice('/api/'.length)));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(options.staticRoot, path, response);
  });

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (!tokenMatches(bearerToken(request), options.token)) {
      sendJson(response, 401, fail('unavailable', 'Missing or expired session token: open the address printed by `npm run web` again.'));
      return;
    }
    // A custom header forces a CORS preflight, which we never answer, so no other origin can post here.
    if (request.method !== 'POST' || request.headers['x-crossdock'] !== '1') {
      sendJson(response, 400, fail('invalid-input', 'Contract calls are POST requests with the X-Crossdock: 1 header'));
      return;
    }
    let input: unknown;
    const limit = method === 'ingest.upload' ? (options.maxUploadBodyBytes ?? DEFAULT_MAX_UPLOAD_BODY) : maxBody;
    try {
      const body = await readBody(request, limit);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      sendJson(response, tooLarge ? 413 : 400, fail('invalid-input', tooLarge ? `Request body exceeds ${limit} bytes` : 'Request body is not valid JSON'));
      return;
    }
    sendJson(response, 200, await options.core.call(method, input));
  }

  server.on('upgrade', (request, socket, head) => {
    // A client that gives up mid-handshake resets the socket; unhandled, that error would end the server.
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const authorised =
      url.pathname === '/events' &&
      hostAllowed(request, port) &&
      originAllowed(request, port) &&
      tokenMatches(url.searchParams.get('token'), options.token);
    if (!authorised) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });

  const unsubscribe = options.core.onAny((event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const client of sockets.clients) if (client.readyState === 1) client.send(message);
  });
  sockets.on('connection', (client: WebSocket) => client.on('error', () => client.terminate()));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: async () => {
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        // Read and drop the rest rather than resetting the socket, so the client receives the 413 and its message.
        tooLarge = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

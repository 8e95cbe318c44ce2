// The browser host: a small HTTP server on 127.0.0.1 that serves the built renderer and
// the same API as the Electron main process, backed by the same service and files. It is
// for development, tests and machines where Electron cannot run.
//
// Only its own page may call it: requests must carry the loopback Host it serves, once
// (against DNS rebinding), and API calls the per-run token, which the server writes into the page it
// serves to whoever opens the printed address (that address holds the token too). Exports
// are downloaded from one-time addresses that need the token as well (export-downloads.ts).

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ApiResult } from '../shared/api';
import { API_METHODS, apiPath, type ApiMethod } from '../shared/api-methods';
import { createApiDispatcher } from '../host/api-dispatch';
import { CONTENT_SECURITY_POLICY } from '../host/content-security-policy';
import { hostApi, type ClaimMarkService } from '../host/claimmark-service';
import { articleTooLargeText, importTooLargeText, requestTooLargeText } from '../shared/file-limits';
import { answerParts } from './answer-body';
import { HELD_ARTICLE_HEADER } from '../shared/held-article';
import { servedPage } from './served-page';
import { DOWNLOAD_PATH_PREFIX, ExportDownloads, sendDownload } from './export-downloads';

export const TOKEN_HEADER = 'x-claimmark-token';
/** Carries the rest of a call whose body is a file's bytes. */
export const INPUT_HEADER = 'x-claimmark-input';
/** Room for a 20 MB article file in base64 plus the JSON around it. */
const MAX_BODY_BYTES = 30 * 1024 * 1024;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebHostOptions {
  service: ClaimMarkService;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  log: (message: string) => void;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/** On every answer, downloads included. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  // Its length said up front: the window reads a short answer at start on its own thread (renderer/src/host-calls.ts).
  response.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

/** `heldTag`: the article version the window holds, for getArticle (see answer-body.ts). */
function sendResult(response: ServerResponse, status: number, result: ApiResult, heldTag: string | null = null): void {
  const { body, headers } = answerParts(result, heldTag);
  send(response, status, 'application/json; charset=utf-8', body, headers);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A body over MAX_BODY_BYTES, read to its end (so the answer reaches the page) but not kept. */
class BodyTooLarge extends Error {
  constructor(readonly bytes: number) {
    super('The request is too large.');
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
    else chunks.length = 0;
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLarge(size);
  return Buffer.concat(chunks);
}

/**
 * What the analyst is told of a body over MAX_BODY_BYTES: a file sent as its bytes is the
 * body, so it gets the same words as a file over its own limit; anything else is a request.
 */
function tooLargeMessage(method: ApiMethod, request: IncomingMessage, bytes: number): string {
  if (request.headers['content-type'] === 'application/octet-stream' && (method === 'openArticle' || method === 'importClaims')) {
    const name = fileNameInHeader(request.headers[INPUT_HEADER]);
    return method === 'openArticle' ? articleTooLargeText(name ?? 'The article', bytes) : importTooLargeText(name ?? 'The file to import', bytes);
  }
  return requestTooLargeText(bytes, MAX_BODY_BYTES);
}

function fileNameInHeader(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  try {
    const rest: unknown = JSON.parse(decodeURIComponent(header));
    const file: unknown = typeof rest === 'object' && rest !== null ? Reflect.get(rest, 'file') : null;
    const name: unknown = typeof file === 'object' && file !== null ? Reflect.get(file, 'fileName') : null;
    return typeof name === 'string' && name !== '' ? name : null;
  } catch {
    return null;
  }
}

/**
 * A call's input: the JSON body, or, for a call that sends a file, the file's bytes as the
 * body and the rest of the call as JSON in INPUT_HEADER (the dispatcher checks the whole).
 */
function callInput(request: IncomingMessage, body: Buffer): unknown {
  if (request.headers['content-type'] !== 'application/octet-stream') return body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  const header = request.headers[INPUT_HEADER];
  if (typeof header !== 'string') throw new Error(`a file sent as bytes needs the ${INPUT_HEADER} header.`);
  const rest: unknown = JSON.parse(decodeURIComponent(header));
  if (typeof rest !== 'object' || rest === null) throw new Error(`the ${INPUT_HEADER} header is not an object.`);
  const file: unknown = Reflect.get(rest, 'file');
  return { ...rest, file: { ...(typeof file === 'object' ? file : {}), bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) } };
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('hex');
  const rendererDir = resolve(options.rendererDir);
  const pageFor = await servedPage(rendererDir, token);

  const downloads = await ExportDownloads.open();
  const api = hostApi(options.service, {
    // Written in full before the answer, so a failure is told to the analyst and no half file
    // is ever offered; the page then opens the one-time address.
    exportClaims: async (input) => {
      const file = await options.service.exportFile(input);
      const id = await downloads.add(file);
      return { kind: 'download', fileName: file.fileName, mimeType: file.mimeType, remarks: file.remarks, url: `${DOWNLOAD_PATH_PREFIX}${id}?token=${token}` };
    },
    // The page runs in the analyst's own browser, which opens links itself.
    openExternal: async () => ({ opened: false }),
  });
  const dispatch = createApiDispatcher(api, options.log);
  const methodsByPath = new Map<string, ApiMethod>(API_METHODS.map((method) => [apiPath(method), method]));
  let allowedHosts: Set<string> = new Set();

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    const file = join(rendererDir, relative);
    if (relative.startsWith('..') || !file.startsWith(rendererDir + sep)) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    try {
      const body = await readFile(file);
      send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  async function serveDownload(request: IncomingMessage, url: URL, response: ServerResponse): Promise<void> {
    // Only GET takes the download: a HEAD would use it up with nothing sent.
    if (request.method !== 'GET') {
      send(response, 405, 'text/plain; charset=utf-8', 'Downloads use GET.');
      return;
    }
    if (!sameToken(url.searchParams.get('token') ?? undefined, token)) {
      send(response, 403, 'text/plain; charset=utf-8', 'Missing or wrong token.');
      return;
    }
    const download = downloads.take(url.pathname.slice(DOWNLOAD_PATH_PREFIX.length));
    if (download === undefined) {
      send(response, 404, 'text/plain; charset=utf-8', 'No such download: each export can be downloaded once.');
      return;
    }
    await sendDownload(response, download, SECURITY_HEADERS);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Node keeps only the first of several Host headers, and a proxy in front may read another.
    if ((request.headersDistinct.host?.length ?? 0) > 1) {
      send(response, 400, 'text/plain; charset=utf-8', 'A request may carry only one Host header.');
      return;
    }
    if (!allowedHosts.has(request.headers.host ?? '')) {
      send(response, 421, 'text/plain; charset=utf-8', 'This server answers only to its own loopback address.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const method = methodsByPath.get(url.pathname);
    if (method !== undefined) {
      if (request.method !== 'POST') {
        sendResult(response, 405, { ok: false, error: { code: 'invalid-input', message: 'API calls use POST.' } });
        return;
      }
      const given = request.headers[TOKEN_HEADER];
      if (!sameToken(typeof given === 'string' ? given : undefined, token)) {
        sendResult(response, 403, { ok: false, error: { code: 'invalid-input', message: 'Missing or wrong token.' } });
        return;
      }
      let input: unknown;
      try {
        input = callInput(request, await readBody(request));
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          sendResult(response, 413, { ok: false, error: { code: 'invalid-input', message: tooLargeMessage(method, request, error.bytes) } });
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        sendResult(response, 400, { ok: false, error: { code: 'invalid-input', message: `Unreadable request: ${message}` } });
        return;
      }
      const held = request.headers[HELD_ARTICLE_HEADER];
      sendResult(response, 200, await dispatch(method, input), method === 'getArticle' && typeof held === 'string' ? held : null);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      sendResult(response, 404, { ok: false, error: { code: 'invalid-input', message: `Unknown request "${url.pathname}".` } });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_PATH_PREFIX)) {
      await serveDownload(request, url, response);
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) {
        send(response, 403, 'text/plain; charset=utf-8', 'Open the full address that "npm run web" printed (it holds the access token).');
        return;
      }
      send(response, 200, CONTENT_TYPES['.html'] ?? 'text/html', pageFor(await options.service.lastArticleId()));
      return;
    }
    await serveStatic(url.pathname, response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.end();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await downloads.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await downloads.close();
    },
  };
}

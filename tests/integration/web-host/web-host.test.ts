import { mkdir, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { CONTENT_SECURITY_POLICY } from '../../../host/content-security-policy';
import { LibraryStore } from '../../../host/library/library-store';
import { INPUT_HEADER, TOKEN_HEADER, startWebHost, type WebHost } from '../../../web-host/web-host';
import { ARTICLE_HELD_HEADER, ARTICLE_TAG_HEADER, HELD_ARTICLE_HEADER } from '../../../shared/held-article';
import { apiResultSchema, exportOutcomeSchema, type ApiResult } from '../../../shared/api';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, nthId, removeDir } from '../support/library-fixture';

const INDEX_HTML = '<html><head></head><body></body></html>';
const APP_JS = 'console.log("ClaimMark");\n';
const SECRET = 'secret outside the renderer folder';
const SAMPLE_ID = nthId(1);

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP request sent exactly as given: the path is not normalised and any Host can be set. */
function rawRequest(
  origin: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** The whole answer to a request written out by hand (head lines without the final blank line), as text. */
function rawHttp(origin: string, head: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.end(`${head}\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

async function resultOf(response: Response): Promise<ApiResult> {
  return apiResultSchema.parse(await response.json());
}

/** The one-time address an exportClaims answer offers its file at. */
function downloadUrlOf(result: ApiResult): string {
  const outcome = exportOutcomeSchema.parse(result.ok ? result.value : null);
  if (outcome.kind !== 'download') throw new Error(`expected a download, got ${outcome.kind}`);
  return outcome.url;
}

describe('startWebHost', () => {
  let rootDir: string;
  let dataDir: string;
  let rendererDir: string;
  let service: ClaimMarkService;
  let host: WebHost;
  let logged: string[];

  beforeEach(async () => {
    rootDir = await makeTempDir('web-root');
    dataDir = await makeTempDir('web-data');
    rendererDir = join(rootDir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
    await writeFile(join(rendererDir, 'assets', 'app.js'), APP_JS);
    await writeFile(join(rootDir, 'secret.txt'), SECRET);
    await writeFile(join(rootDir, 'package.json'), SECRET);

    service = await ClaimMarkService.open({
      store: new LibraryStore(dataDir),
      sampleArticlePath: SAMPLE_ARTICLE_PATH,
      articleWork: inThreadArticleWork,
      now: new TestClock('2025-06-01T08:00:00.000Z').now,
      newId: idCounter(),
    });
    logged = [];
    host = await startWebHost({ service, rendererDir, port: 0, log: (message) => logged.push(message) });
  });

  afterEach(async () => {
    await host.close();
    await service.close();
    await removeDir(rootDir);
    await removeDir(dataDir);
  });

  function callApi(method: string, body: string | undefined, token: string | null = host.token): Promise<Response> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token !== null) headers[TOKEN_HEADER] = token;
    return fetch(`${host.origin}/api/${method}`, { method: 'POST', headers, body });
  }

  it('listens on 127.0.0.1 only and prints an address that holds the token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
  });

  describe('the page', () => {
    it('serves the page with the token written into it to whoever has the full address', async () => {
      const response = await fetch(host.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain(`<meta name="claimmark-token" content="${host.token}" />`);
      expect(html.indexOf('claimmark-token')).toBeLessThan(html.indexOf('</head>'));
    });

    it('names the article the library has open in the page, the one the session names, and the one opened since', async () => {
      const metaOf = async () => /<meta name="claimmark-last-article" content="([^"]*)" \/>/.exec(await (await fetch(host.url)).text())?.[1];
      expect(await metaOf()).toBe(SAMPLE_ID);
      const session = await resultOf(await callApi('getSession', '{}'));
      expect(session).toMatchObject({ ok: true, value: { lastArticleId: SAMPLE_ID } });
      const opened = await resultOf(
        await callApi('openArticle', JSON.stringify({ file: { fileName: 'strike.txt', contentBase64: Buffer.from('Port strike ends\n\nDock workers ended a strike.\n').toString('base64') } })),
      );
      const articleId = opened.ok ? Reflect.get(Object(opened.value), 'articleId') : null;
      expect(articleId).toEqual(expect.any(String));
      expect(articleId).not.toBe(SAMPLE_ID);
      await callApi('getArticle', JSON.stringify({ articleId }));
      expect(await metaOf()).toBe(articleId);
    });

    it('says the length of every answer before its body, so the page can tell a short one', async () => {
      const response = await callApi('getArticle', JSON.stringify({ articleId: SAMPLE_ID }));
      const body = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get('content-length')).toBe(String(body.byteLength));
      expect(body.byteLength).toBeGreaterThan(1000);
    });

    it.each([
      { name: 'no token', path: '/' },
      { name: 'a wrong token', path: `/?token=${'0'.repeat(64)}` },
      { name: 'a token cut short', path: '/?token=abc' },
      { name: 'no token on /index.html', path: '/index.html' },
    ])('refuses the page with $name', async ({ path }) => {
      const response = await fetch(`${host.origin}${path}`);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('claimmark-token');
    });

    it('serves the renderer’s assets with their content type', async () => {
      const response = await fetch(`${host.origin}/assets/app.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await response.text()).toBe(APP_JS);
    });

    it('answers 404 for a file that is not there', async () => {
      expect((await fetch(`${host.origin}/assets/missing.js`)).status).toBe(404);
    });

    it.each(['/', '/assets/app.js', '/assets/missing.js', `/?token=${'0'.repeat(64)}`])(
      'sends the Content-Security-Policy and no-sniff headers on %s',
      async (path) => {
        const response = await fetch(`${host.origin}${path}`);
        expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      },
    );
  });

  describe('the Host header (against DNS rebinding)', () => {
    it('answers 421 to a request for another host, page or API', async () => {
      const page = await rawRequest(host.origin, `/?token=${host.token}`, { headers: { Host: 'evil.example:1234' } });
      expect(page.status).toBe(421);
      expect(page.body).not.toContain(host.token);

      const api = await rawRequest(host.origin, '/api/listArticles', {
        method: 'POST',
        headers: { Host: 'evil.example:1234', [TOKEN_HEADER]: host.token },
        body: '{}',
      });
      expect(api.status).toBe(421);
      expect(api.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    });

    it.each([
      { name: 'the right name on another port', hostHeader: () => '127.0.0.1:1' },
      { name: 'no port', hostHeader: () => '127.0.0.1' },
      { name: 'a look-alike name', hostHeader: () => `127.0.0.1.evil.example:${new URL(host.origin).port}` },
    ])('answers 421 to $name', async ({ hostHeader }) => {
      const response = await rawRequest(host.origin, `/?token=${host.token}`, { headers: { Host: hostHeader() } });
      expect(response.status).toBe(421);
    });

    it.each([
      { name: 'ours first', hosts: (own: string) => [own, 'evil.example:1234'] },
      { name: 'ours twice', hosts: (own: string) => [own, own] },
    ])('answers 400 to a request with two Host headers, $name', async ({ hosts }) => {
      const own = new URL(host.origin).host;
      const response = await rawHttp(host.origin, [`GET /?token=${host.token} HTTP/1.1`, ...hosts(own).map((name) => `Host: ${name}`), 'Connection: close'].join('\r\n'));
      expect(response.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      expect(response).toContain('A request may carry only one Host header.');
      expect(response).not.toContain(host.token);
    });

    it('answers to localhost on its own port', async () => {
      const response = await rawRequest(host.origin, `/?token=${host.token}`, {
        headers: { Host: `localhost:${new URL(host.origin).port}` },
      });
      expect(response.status).toBe(200);
    });
  });

  describe('cross-origin requests (no CORS)', () => {
    it('answers a preflight with no permission for another origin', async () => {
      const response = await rawRequest(host.origin, '/api/listArticles', {
        method: 'OPTIONS',
        headers: {
          Host: new URL(host.origin).host,
          Origin: 'https://evil.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'x-claimmark-token, content-type',
        },
      });
      expect(response.status).toBe(405);
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    });

    it('never tells a browser that another origin may read an answer', async () => {
      const response = await rawRequest(host.origin, '/api/listArticles', {
        method: 'POST',
        headers: { Host: new URL(host.origin).host, Origin: 'https://evil.example', 'x-claimmark-token': host.token, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    });
  });

  describe('the API', () => {
    it('refuses a call without the token', async () => {
      const response = await callApi('listArticles', '{}', null);
      expect(response.status).toBe(403);
      expect(await resultOf(response)).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Missing or wrong token.' } });
    });

    it.each([
      { name: 'a wrong token', token: 'f'.repeat(64) },
      { name: 'a token one character short', token: 'x' },
    ])('refuses a call with $name', async ({ token }) => {
      expect((await callApi('listArticles', '{}', token)).status).toBe(403);
    });

    it('does not take the token from the query string', async () => {
      const response = await fetch(`${host.origin}/api/listArticles?token=${host.token}`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(403);
    });

    it('lists the library for a call with the token', async () => {
      const response = await callApi('listArticles', '{}');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await resultOf(response)).toMatchObject({
        ok: true,
        value: [{ id: SAMPLE_ID, title: expect.stringMatching(/^Putin Open to Negotiations/), claimCount: 0 }],
      });
    });

    it('takes an empty body as no input', async () => {
      expect(await resultOf(await callApi('listArticles', undefined))).toMatchObject({ ok: true });
    });

    it.each([
      { name: 'a body that is not JSON', body: '{"articleId": ' },
      { name: 'a body of plain words', body: 'list everything' },
    ])('answers 400 to $name', async ({ body }) => {
      const response = await callApi('getArticle', body);
      expect(response.status).toBe(400);
      const result = await resultOf(response);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(result.ok ? '' : result.error.message).toMatch(/^Unreadable request: /);
    });

    it('answers invalid-input, naming the problem, to a call with bad input', async () => {
      const response = await callApi('getArticle', JSON.stringify({ article: SAMPLE_ID }));
      expect(response.status).toBe(200);
      const result = await resultOf(response);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(result.ok ? '' : result.error.message).toContain('articleId');
    });

    /** A call that sends a file's bytes as the body, the rest of the call in the input header, as the page does. */
    function sendFile(method: string, rest: unknown, bytes: Uint8Array<ArrayBuffer> | string, header: string | null = encodeURIComponent(JSON.stringify(rest))): Promise<Response> {
      const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream', [TOKEN_HEADER]: host.token };
      if (header !== null) headers[INPUT_HEADER] = header;
      return fetch(`${host.origin}/api/${method}`, { method: 'POST', headers, body: bytes });
    }

    it('opens an article file sent as its bytes, with its name (any script) in the input header', async () => {
      const text = 'Port strike ends after pay deal\n\nDock workers ended a six-day strike on Friday.\n';
      const result = await resultOf(await sendFile('openArticle', { file: { fileName: 'grève du port.txt' } }, new TextEncoder().encode(text)));
      expect(result).toMatchObject({ ok: true, value: { kind: 'added', title: 'Port strike ends after pay deal' } });
      const listed = await resultOf(await callApi('listArticles', '{}'));
      expect(listed.ok ? listed.value : null).toEqual(
        expect.arrayContaining([expect.objectContaining({ title: 'Port strike ends after pay deal', fileName: 'grève du port.txt' })]),
      );
    });

    it('refuses an article file of 20.1 MB with the loader’s own message on its size', async () => {
      const bytes = new Uint8Array(21_076_378).fill(0x61);
      const result = await resultOf(await sendFile('openArticle', { file: { fileName: 'whole site.html' } }, bytes));
      expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: 'whole site.html is 20.1 MB; ClaimMark opens articles up to 20 MB.' } });
    });

    it.each([
      { method: 'openArticle', fileName: 'whole site.html', message: 'whole site.html is 31.0 MB; ClaimMark opens articles up to 20 MB.' },
      { method: 'importClaims', fileName: 'claims.json', message: 'claims.json is 31.0 MB; ClaimMark imports files up to 20 MB.' },
    ])('answers a $method file of 31 MB, over the 30 MB a request may be, with its size and the limit', async ({ method, fileName, message }) => {
      const response = await sendFile(method, { file: { fileName } }, new Uint8Array(31 * 1024 * 1024).fill(0x61));
      expect(response.status).toBe(413);
      expect(await resultOf(response)).toEqual({ ok: false, error: { code: 'invalid-input', message } });
    });

    it('answers a JSON request of 31 MB with its size and the limit', async () => {
      const body = JSON.stringify({ file: { fileName: 'whole site.html', contentBase64: 'a'.repeat(31 * 1024 * 1024 - 50) } });
      const response = await callApi('openArticle', body);
      expect(response.status).toBe(413);
      expect(await resultOf(response)).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: 'This request is 31.0 MB; ClaimMark takes requests up to 30 MB.' },
      });
    });

    it.each([
      { name: 'without the input header', header: null, message: /^Unreadable request: a file sent as bytes needs the x-claimmark-input header\.$/ },
      { name: 'with an input header that is not JSON', header: '%7Bfile', message: /^Unreadable request: / },
    ])('answers 400 to a file sent as bytes $name', async ({ header, message }) => {
      const response = await sendFile('openArticle', {}, 'Some text\n', header);
      expect(response.status).toBe(400);
      const result = await resultOf(response);
      expect(result.ok ? '' : result.error.message).toMatch(message);
    });

    it('refuses a file sent as bytes to a call that takes no file, naming the problem', async () => {
      const result = await resultOf(await sendFile('getArticle', { articleId: SAMPLE_ID }, 'Some text\n'));
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    });

    it('sends an article the window holds as its claims alone while that version is current, and in full once it is not', async () => {
      const headers = (held: string | null): Record<string, string> => ({
        'Content-Type': 'application/json',
        [TOKEN_HEADER]: host.token,
        ...(held === null ? {} : { [HELD_ARTICLE_HEADER]: held }),
      });
      const ask = (held: string | null) =>
        fetch(`${host.origin}/api/getArticle`, { method: 'POST', headers: headers(held), body: JSON.stringify({ articleId: SAMPLE_ID }) });

      const first = await ask(null);
      const tag = first.headers.get(ARTICLE_TAG_HEADER);
      expect(tag).toMatch(/^[0-9a-f-]{36}\.\d+$/);
      const full = (await first.json()) as { value: { article: { text: string }; claims: unknown[] } };
      expect(full.value.article.text).toContain('final phase');
      const start = full.value.article.text.indexOf('final phase');
      await callApi('createClaim', JSON.stringify({ articleId: SAMPLE_ID, start, end: start + 11, exact: 'final phase' }));

      const again = await ask(tag);
      expect(again.headers.get(ARTICLE_HELD_HEADER)).toBe(tag);
      expect(again.headers.get(ARTICLE_TAG_HEADER)).toBeNull();
      const claimsOnly = (await again.json()) as { ok: boolean; value: Record<string, unknown> };
      expect(claimsOnly.ok).toBe(true);
      expect(Object.keys(claimsOnly.value)).toEqual(['claims']);
      expect(claimsOnly.value.claims).toMatchObject([{ selectors: { quote: { exact: 'final phase' } } }]);

      // A tag the host never gave (another host process's, or a replaced version's) gets the article in full.
      const other = await ask(`${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}.1`);
      expect(other.headers.get(ARTICLE_HELD_HEADER)).toBeNull();
      expect(other.headers.get(ARTICLE_TAG_HEADER)).toBe(tag);
      expect(((await other.json()) as { value: { article: { text: string } } }).value.article.text).toContain('final phase');
    });

    it('answers not-found for an article that is not in the library', async () => {
      const result = await resultOf(await callApi('getArticle', JSON.stringify({ articleId: '../library' })));
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    });

    it('creates a claim that the next call sees, and offers the export as a download', async () => {
      const article = await resultOf(await callApi('getArticle', JSON.stringify({ articleId: SAMPLE_ID })));
      if (!article.ok) throw new Error(article.error.message);
      const text = (article.value as { article: { text: string } }).article.text;
      const start = text.indexOf('final phase');
      const created = await resultOf(
        await callApi('createClaim', JSON.stringify({ articleId: SAMPLE_ID, start, end: start + 11, exact: 'final phase' })),
      );
      expect(created).toMatchObject({ ok: true, value: { status: 'unverified', selectors: { quote: { exact: 'final phase' } } } });

      expect(await resultOf(await callApi('listArticles', '{}'))).toMatchObject({ ok: true, value: [{ claimCount: 1 }] });

      const exported = await resultOf(
        await callApi('exportClaims', JSON.stringify({ scope: { kind: 'article', articleId: SAMPLE_ID }, format: 'native' })),
      );
      expect(exported).toMatchObject({
        ok: true,
        value: { kind: 'download', fileName: expect.stringMatching(/^putin-open-.*\.claims\.json$/), mimeType: 'application/json' },
      });
      const download = await fetch(`${host.origin}${downloadUrlOf(exported)}`);
      expect(download.status).toBe(200);
      expect(await download.json()).toMatchObject({ format: 'claimmark-export', articles: [{ claims: [{ quote: 'final phase' }] }] });
    });

    it('answers 405 to an API call that is not a POST', async () => {
      const response = await fetch(`${host.origin}/api/listArticles`, { headers: { [TOKEN_HEADER]: host.token } });
      expect(response.status).toBe(405);
    });

    it('answers 404 to an unknown API method', async () => {
      const response = await callApi('exportFile', JSON.stringify({ articleId: SAMPLE_ID }));
      expect(response.status).toBe(404);
      expect(await resultOf(response)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    });
  });

  describe('export downloads', () => {
    const NATIVE_EXPORT = JSON.stringify({ scope: { kind: 'article', articleId: SAMPLE_ID }, format: 'native' });

    async function exportedUrl(body = NATIVE_EXPORT): Promise<string> {
      return downloadUrlOf(await resultOf(await callApi('exportClaims', body)));
    }

    it('offers each export at its own one-time address on the host, with the token', async () => {
      const first = await exportedUrl();
      const second = await exportedUrl();
      expect(first).toMatch(new RegExp(`^/download/[0-9a-f]{32}\\?token=${host.token}$`));
      expect(second).not.toBe(first);
    });

    it('streams the file as an attachment with its MIME type, the same bytes the service makes', async () => {
      await callApi('createClaim', JSON.stringify({ articleId: SAMPLE_ID, start: 0, end: 5, exact: 'Putin' }));
      const response = await rawRequest(host.origin, await exportedUrl(JSON.stringify({ scope: { kind: 'library' }, format: 'csv' })), {
        headers: { Host: new URL(host.origin).host },
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv;charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="claimmark-library-2025-06-01.claims.csv"; filename*=UTF-8''claimmark-library-2025-06-01.claims.csv`,
      );
      expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)));
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
      const exported = await service.exportFile({ scope: { kind: 'library' }, format: 'csv' });
      expect(response.body).toBe([...exported.chunks].join(''));
      expect(response.body).toContain('"Putin"');
    });

    it('answers 404 the second time, and to an address it never gave', async () => {
      const url = await exportedUrl();
      expect((await fetch(`${host.origin}${url}`)).status).toBe(200);
      const again = await fetch(`${host.origin}${url}`);
      expect(again.status).toBe(404);
      expect(await again.text()).toBe('No such download: each export can be downloaded once.');
      expect((await fetch(`${host.origin}/download/${'0'.repeat(32)}?token=${host.token}`)).status).toBe(404);
    });

    it.each([
      { name: 'without the token', change: (url: string) => url.replace(/\?token=.*$/, '') },
      { name: 'with a wrong token', change: (url: string) => url.replace(/token=[0-9a-f]/, 'token=x') },
    ])('refuses a download $name, and keeps it for the page', async ({ change }) => {
      const url = await exportedUrl();
      const refused = await fetch(`${host.origin}${change(url)}`);
      expect(refused.status).toBe(403);
      expect((await fetch(`${host.origin}${url}`)).status).toBe(200);
    });

    it('refuses a download under another Host, and a HEAD or POST, and keeps it for the page', async () => {
      const url = await exportedUrl();
      expect((await rawRequest(host.origin, url, { headers: { Host: 'evil.example' } })).status).toBe(421);
      expect((await rawRequest(host.origin, url, { method: 'HEAD', headers: { Host: new URL(host.origin).host } })).status).toBe(405);
      expect((await fetch(`${host.origin}${url}`, { method: 'POST' })).status).toBe(405);
      expect((await fetch(`${host.origin}${url}`)).status).toBe(200);
    });

    it('answers an export that cannot be made with the reason, and no address', async () => {
      const refused = await resultOf(await callApi('exportClaims', JSON.stringify({ scope: { kind: 'library' }, format: 'claim-review' })));
      expect(refused).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: 'ClaimReview needs the name of the organisation publishing the reviews.' },
      });
    });
  });

  describe('paths outside the renderer folder', () => {
    it.each([
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/package.json',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      `/${'..%2f'.repeat(12)}etc%2fpasswd`,
    ])('answers 404 to %s', async (path) => {
      const response = await rawRequest(host.origin, path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain(SECRET);
    });

    // decodeURIComponent throws on a malformed escape; the host must treat that as a missing
    // file (as the Electron protocol does), not as a server error.
    it('answers 404, not 500, to a path with a malformed percent escape', async () => {
      const response = await rawRequest(host.origin, '/assets/%E0%A4%A.js');
      expect(response.status).toBe(404);
      expect(logged).toEqual([]);
    });
  });
});

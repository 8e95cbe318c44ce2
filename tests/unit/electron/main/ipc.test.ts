// Every API channel has a handler, and each refuses calls that do not come from the app's
// own window and page. Electron cannot start here, so ipcMain is replaced by a recorder.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../shared/api';
import { API_METHODS, apiChannel } from '../../../../shared/api-methods';

type Handler = (event: unknown, input: unknown) => Promise<ApiResult>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
}));

const { registerApiHandlers } = await import('../../../../electron/main/ipc');

const OWN = { id: 'own window' };
const calls: [unknown, unknown][] = [];
registerApiHandlers(
  async (method, input) => {
    calls.push([method, input]);
    return { ok: true, value: 'done' };
  },
  (event) => (event as { sender: unknown }).sender === OWN,
);

const event = (sender: unknown, url: string) => ({ sender, senderFrame: { url } });

describe('registerApiHandlers', () => {
  it('registers exactly one handler per API method, on its channel', () => {
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(apiChannel).sort());
  });

  it('passes a call from the app window and page to the dispatcher', async () => {
    const handler = handlers.get(apiChannel('listArticles'));
    expect(await handler?.(event(OWN, 'claimmark://app/index.html'), {})).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['listArticles', {}]]);
  });

  it.each([
    ['another window', event({ id: 'other' }, 'claimmark://app/index.html')],
    ['a page from elsewhere in the app window', event(OWN, 'https://evil.example/')],
    ['a file:// page', event(OWN, 'file:///tmp/x.html')],
    ['a frame without a URL', { sender: OWN, senderFrame: null }],
  ])('refuses %s without calling the dispatcher', async (_name, from) => {
    calls.length = 0;
    const result = await handlers.get(apiChannel('deleteClaim'))?.(from, { articleId: 'a', claimId: 'c' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Refused: the request did not come from ClaimMark.' } });
    expect(calls).toEqual([]);
  });
});

describe('registerApiHandlers during development, with a dev server', () => {
  const devCalls: unknown[] = [];
  beforeAll(() => {
    registerApiHandlers(
      async (method) => {
        devCalls.push(method);
        return { ok: true, value: 'done' };
      },
      (event) => (event as { sender: unknown }).sender === OWN,
      'http://localhost:5173',
    );
  });

  it('passes a call from the dev server page in the app window', async () => {
    expect(await handlers.get(apiChannel('listArticles'))?.(event(OWN, 'http://localhost:5173/'), {})).toEqual({ ok: true, value: 'done' });
    expect(devCalls).toEqual(['listArticles']);
  });

  it.each(['http://localhost:5173.evil.com/', 'http://localhost:51730/', 'https://localhost:5173/', 'claimmark://app.evil/index.html'])(
    'refuses a page at %s, which only looks like the app',
    async (url) => {
      devCalls.length = 0;
      const result = await handlers.get(apiChannel('listArticles'))?.(event(OWN, url), {});
      expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Refused: the request did not come from ClaimMark.' } });
      expect(devCalls).toEqual([]);
    },
  );
});

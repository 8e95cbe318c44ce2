// A local HTTP server that records every request, to prove a page loads nothing.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';

/** Asked for by the counter itself, never by a page under test. */
const MARKER_PATH = '/__counter-caught-up__';

export interface RequestCounter {
  /** http://127.0.0.1:<port> */
  base: string;
  /** The paths requested so far, in order (the counter's own marker requests left out). */
  requests: string[];
  /**
   * Resolves once a marker load started now has gone through jsdom's own resource loader
   * to the server and back: a load any page had started before it has been seen by then.
   * (A plain fetch would not do: it overtakes loads jsdom has already started.)
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startRequestCounter(): Promise<RequestCounter> {
  const requests: string[] = [];
  let markersSeen = 0;
  // Whatever is asked for gets a script that would mark the page, were it ever run.
  const server = createServer((request, response) => {
    if (request.url === MARKER_PATH) {
      markersSeen += 1;
      response.end();
      return;
    }
    requests.push(request.url ?? '');
    response.end('document.title = "FETCHED SCRIPT RAN";');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    async settle() {
      const before = markersSeen;
      const marker = new JSDOM(`<link rel="stylesheet" href="${base}${MARKER_PATH}">`, { resources: 'usable' });
      // jsdom fires load once every resource it started loading has finished.
      await new Promise((resolve) => marker.window.addEventListener('load', resolve, { once: true }));
      marker.window.close();
      if (markersSeen !== before + 1) throw new Error('the marker load never reached the request counter');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

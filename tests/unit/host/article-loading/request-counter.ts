// A local HTTP server that records every request, to prove a page loads nothing.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RequestCounter {
  /** http://127.0.0.1:<port> */
  base: string;
  /** The paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startRequestCounter(): Promise<RequestCounter> {
  const requests: string[] = [];
  // Whatever is asked for gets a script that would mark the page, were it ever run.
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('document.title = "FETCHED SCRIPT RAN";');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Any load a parser started is asynchronous: give it time to reach the server. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 300));
}

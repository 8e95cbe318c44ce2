// Starts the real browser host (out/main/web-host.js) as a child process on a folder and
// talks to its API, so fault tests exercise the same store a user's app runs.

import { spawn, type ChildProcess } from 'node:child_process';
import { utimes } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lockPath } from '../../host/library/folder-lock';

const script = fileURLToPath(new URL('../../out/main/web-host.js', import.meta.url));

export interface HostProcess {
  child: ChildProcess;
  origin: string;
  token: string;
  output: () => string;
  call<T = unknown>(method: string, input: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startHost(dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  const child = spawn(process.execPath, [script, '--port', '0', '--data-dir', dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /open: (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]+)/.exec(text);
      if (match?.[1] && match[2]) {
        const origin = match[1];
        const token = match[2];
        resolve({
          child,
          origin,
          token,
          output: () => text,
          exited,
          async call(method, input) {
            const response = await fetch(`${origin}/api/${method}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-claimmark-token': token },
              body: JSON.stringify(input),
            });
            return (await response.json()) as never;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(({ code }) => reject(new Error(`the host exited (${code}) before it was ready:\n${text}`)));
  });
}

/** The sample article's id and text, as the host that added it reports them. */
export async function sampleArticle(host: HostProcess): Promise<{ id: string; text: string }> {
  const [listed] = (await host.call<{ id: string }[]>('listArticles', {})).value ?? [];
  if (listed === undefined) throw new Error('no sample article');
  const text = (await host.call<{ article: { text: string } }>('getArticle', { articleId: listed.id })).value?.article.text;
  if (text === undefined) throw new Error('the sample article could not be read');
  return { id: listed.id, text };
}

/**
 * Sets when the folder lock a killed host left behind was last touched, which is all
 * proper-lockfile looks at to judge a lock stale: no test has to wait for one to age.
 */
export async function touchLeftoverLock(dataDir: string, touched: Date): Promise<void> {
  await utimes(lockPath(dataDir), touched, touched);
}

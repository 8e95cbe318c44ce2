// What the core bench reads from outside the code it measures: how long a small durable
// write takes on the same disk (the reference for saves), how many bytes a piece of work
// wrote, how long other calls waited meanwhile, and when a journal has been folded away.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const KILOBYTE = Buffer.alloc(1024, 'claimmark ');
const PROBE_INTERVAL_MS = 2;
const FOLD_WAIT_MS = 60_000;

export async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Milliseconds of each of `count` appends of 1 KB to one file in `folder`, each opened, flushed with fsync and closed, as a journal append is. */
export async function syncedKilobyteWrites(folder: string, count: number): Promise<number[]> {
  const path = join(folder, 'reference-1kb-writes.bin');
  const samples: number[] = [];
  for (let write = 0; write < count; write += 1) {
    samples.push(
      await timed(async () => {
        const handle = await open(path, 'a');
        try {
          await handle.write(KILOBYTE);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),
    );
  }
  return samples;
}

/** Bytes this process has handed to write() so far (Linux), or null where the kernel does not say. */
function bytesHandedToWrite(): number | null {
  try {
    const counter = /^wchar:\s*(\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1];
    return counter === undefined ? null : Number(counter);
  } catch {
    return null;
  }
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce(
    (total, entry) => total + (entry.isDirectory() ? folderBytes(join(folder, entry.name)) : statSync(join(folder, entry.name)).size),
    0,
  );
}

/**
 * What `run` wrote: the bytes the process handed to write() meanwhile (every file, a rewrite
 * counted in full), and how much the files under `folder` grew.
 */
export async function bytesWrittenBy(folder: string, run: () => Promise<unknown>): Promise<{ written: number | null; growth: number }> {
  const writtenBefore = bytesHandedToWrite();
  const sizeBefore = folderBytes(folder);
  await run();
  const writtenAfter = bytesHandedToWrite();
  return {
    written: writtenBefore === null || writtenAfter === null ? null : writtenAfter - writtenBefore,
    growth: folderBytes(folder) - sizeBefore,
  };
}

/** Resolves once no journal is left in the library's article folder: the store has folded it into the article file. */
export async function journalsFolded(dataDir: string): Promise<void> {
  const articles = join(dataDir, 'articles');
  const deadline = performance.now() + FOLD_WAIT_MS;
  while (readdirSync(articles).some((name) => name.endsWith('.journal'))) {
    if (performance.now() > deadline) throw new Error(`A journal in ${articles} was not folded within ${FOLD_WAIT_MS / 1000} s.`);
    await sleep(20);
  }
}

/**
 * Asks `call` every ~2 ms, each after the answer before, until stopped; resolves to the
 * longest time an answer came after its call was due (a busy thread delays both the call
 * and its answer, as it delays a request from the window).
 */
export function stallProbe(call: () => Promise<unknown>): { stop(): Promise<number> } {
  let running = true;
  let longest = 0;
  const probing = (async () => {
    while (running) {
      const due = performance.now() + PROBE_INTERVAL_MS;
      await sleep(PROBE_INTERVAL_MS);
      await call();
      longest = Math.max(longest, performance.now() - due);
    }
  })();
  return {
    async stop() {
      running = false;
      await probing;
      return longest;
    },
  };
}

// Updating an article of 1,000 claims to an edited version through the service, as the
// window asks for it (openArticle, ifChangedVersion 'update': load, re-anchor, save), while
// another call is asked every ~2 ms; each run starts from a fresh copy of the same library.

import { randomUUID } from 'node:crypto';
import { cp, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OpenedHost } from '../../../host/open-host';
import type { ArticleFileInput } from '../../../shared/api';
import { reanchorClaims } from '../../../shared/anchoring/reanchor-claims';
import { percentile } from '../renderer/paint-probe';
import { editedText, editedVersion, sameVersion, type BenchLibrary } from './core-library';
import { stallProbe, timed } from './disk-probes';

const REANCHOR_RUNS = 7;
const IDLE_PROBE_MS = 100;

export interface ReanchorMeasurements {
  /** Median ms of the update, and of reanchorClaims alone on the same text and claims (the reference). */
  updateMs: number;
  reanchorOnlyMs: number;
  /** The first update after the host opened, with whatever it starts on the way (not counted in the median). */
  coldUpdateMs: number;
  /** Median over runs of the longest wait of another call during the update, and while the host is idle (the reference). */
  stallMs: number;
  idleStallMs: number;
  worstStallMs: number;
}

const fileInput = ({ fileName, bytes }: { fileName: string; bytes: Uint8Array }): ArticleFileInput => ({
  fileName,
  contentBase64: Buffer.from(bytes).toString('base64'),
});

async function opened(host: OpenedHost, file: ArticleFileInput, ifChangedVersion: 'update', expected: string): Promise<void> {
  const { kind } = await host.service.openArticle({ file, ifChangedVersion });
  if (kind !== expected) throw new Error(`Opening ${file.fileName} was to give "${expected}"; the service answered "${kind}".`);
}

/** `open` opens a host on a library folder, as both hosts do. */
export async function measureReanchor(library: BenchLibrary, open: (dataDir: string) => Promise<OpenedHost>, log: (line: string) => void): Promise<ReanchorMeasurements> {
  log(`re-anchoring: update of ${library.claims.length} claims to an edited version ×${REANCHOR_RUNS}, after one cold run`);
  const edited = fileInput(editedVersion(library.article));
  const same = fileInput(sameVersion(library.article));
  const text = editedText(library.article);
  const samples = { updateMs: [] as number[], reanchorOnlyMs: [] as number[], stallMs: [] as number[], idleStallMs: [] as number[] };
  let coldUpdateMs = Number.NaN;
  for (let run = 0; run <= REANCHOR_RUNS; run += 1) {
    const dataDir = `${library.dataDir}-run-${randomUUID()}`;
    await cp(library.dataDir, dataDir, { recursive: true });
    const host = await open(dataDir);
    try {
      // Opening the file the library already holds loads it as an update does, and changes nothing.
      if (run > 0) await opened(host, same, 'update', 'existing');
      const idle = stallProbe(() => host.service.getSaveStatus());
      await sleep(IDLE_PROBE_MS);
      const idleStall = await idle.stop();
      const busy = stallProbe(() => host.service.getSaveStatus());
      // The probe stops even when the update fails, or it would keep the process alive.
      const updateMs = await timed(() => opened(host, edited, 'update', 'updated')).finally(() => busy.stop());
      const stall = await busy.stop();
      if (run === 0) {
        coldUpdateMs = updateMs;
        continue;
      }
      samples.updateMs.push(updateMs);
      samples.reanchorOnlyMs.push(await timed(async () => void reanchorClaims(text, library.claims, new Date().toISOString())));
      samples.stallMs.push(stall);
      samples.idleStallMs.push(idleStall);
    } finally {
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return {
    updateMs: percentile(samples.updateMs, 0.5),
    reanchorOnlyMs: percentile(samples.reanchorOnlyMs, 0.5),
    coldUpdateMs,
    stallMs: percentile(samples.stallMs, 0.5),
    idleStallMs: percentile(samples.idleStallMs, 0.5),
    worstStallMs: Math.max(...samples.stallMs),
  };
}

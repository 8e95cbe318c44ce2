// Importing 50,000 claims (the documented limit: bare W3C annotations of two words each,
// 20 MB) into a library that holds their article, through the service on the host's real
// article worker, while another call is asked every ~2 ms; the reference is JSON.parse of
// the same file. Each run starts from a fresh library folder.

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { OpenedHost } from '../../../host/open-host';
import { LibraryStore } from '../../../host/library/library-store';
import { bareAnnotations, twoWordClaims, wordyArticle } from '../../integration/support/large-import';
import { percentile } from '../renderer/paint-probe';
import { stallProbe, timed } from './disk-probes';

const IMPORT_RUNS = 3;
const IMPORT_CLAIMS = 50_000;

export interface ImportMeasurements {
  /** Median ms of the import, and of JSON.parse of its file (the reference). */
  importMs: number;
  parseMs: number;
  /** Median over runs of the longest wait of another call during the import. */
  stallMs: number;
}

export async function measureImport(folder: string, open: (dataDir: string) => Promise<OpenedHost>, log: (line: string) => void): Promise<ImportMeasurements> {
  log(`import: ${IMPORT_CLAIMS} claims ×${IMPORT_RUNS}`);
  const article = wordyArticle(randomUUID(), 'Import bench article');
  const text = bareAnnotations([{ article, claims: twoWordClaims(article, IMPORT_CLAIMS) }]);
  const file = { fileName: 'bench.annotations.jsonld', contentBase64: Buffer.from(text).toString('base64') };
  const samples = { importMs: [] as number[], parseMs: [] as number[], stallMs: [] as number[] };
  for (let run = 0; run < IMPORT_RUNS; run += 1) {
    const dataDir = join(folder, `import-${run}`);
    const store = new LibraryStore(dataDir);
    await store.open();
    // The article counts as the sample, so that opening the library adds none of its own.
    await store.addArticle(article, { isSample: true });
    await store.settle();
    const host = await open(dataDir);
    try {
      const busy = stallProbe(() => host.service.getSaveStatus());
      const importMs = await timed(async () => {
        const summary = await host.service.importClaims({ file });
        if (summary.added !== IMPORT_CLAIMS) throw new Error(`The import added ${summary.added} claims, not ${IMPORT_CLAIMS}.`);
      }).finally(() => busy.stop());
      samples.importMs.push(importMs);
      samples.stallMs.push(await busy.stop());
    } finally {
      await host.close();
    }
    samples.parseMs.push(await timed(async () => void JSON.parse(text)));
  }
  return { importMs: percentile(samples.importMs, 0.5), parseMs: percentile(samples.parseMs, 0.5), stallMs: percentile(samples.stallMs, 0.5) };
}

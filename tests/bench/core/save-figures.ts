// Saving claim edits through the service, as both hosts do: what one edit writes in an
// article of 10,000 claims, 100 edits one after another and 100 sent at once, and one edit
// in a library of 100 articles against one in a library of 10.

import type { ClaimMarkService } from '../../../host/claimmark-service';
import type { OpenedHost } from '../../../host/open-host';
import type { ClaimStatus } from '../../../shared/model';
import { percentile } from '../renderer/paint-probe';
import { bytesWrittenBy, journalsFolded, syncedKilobyteWrites, timed } from './disk-probes';

const WARM_UP_EDITS = 20;
const BACK_TO_BACK_EDITS = 100;
const BURST_EDITS = 100;
const BURSTS = 5;
const SCALING_EDITS = 41;
const STATUSES: readonly ClaimStatus[] = ['verified', 'false', 'misleading', 'in-progress'];

export interface EditTarget {
  service: ClaimMarkService;
  articleId: string;
  claimIds: readonly string[];
}

/** The claims of the library's first article, read through the service as the window reads them. */
export async function editTarget(service: ClaimMarkService): Promise<EditTarget> {
  const [first] = await service.listArticles();
  if (first === undefined) throw new Error('The library holds no article to edit.');
  const { claims } = await service.getArticle({ articleId: first.id });
  return { service, articleId: first.id, claimIds: claims.map((claim) => claim.id) };
}

let edits = 0;
/** One status change of the next claim in turn, resolved once it is on disk. */
function edit({ service, articleId, claimIds }: EditTarget): Promise<unknown> {
  edits += 1;
  const claimId = claimIds[edits % claimIds.length] ?? '';
  return service.updateClaim({ articleId, claimId, status: STATUSES[edits % STATUSES.length] ?? 'verified' });
}

async function backToBack(target: EditTarget, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) samples.push(await timed(() => edit(target)));
  return samples;
}

export interface SaveMeasurements {
  /** Bytes handed to write() for one edit (null where the kernel does not say), and the files' growth. */
  edit: { written: number | null; growth: number };
  /** What the idle fold of the journal into the article file wrote afterwards. */
  fold: { written: number | null; growth: number };
  backToBackMs: number[];
  burstMs: number[];
  /** The reference: 1 KB written and flushed with fsync, in the same folder. */
  syncedWriteMs: number[];
}

/** Every save figure of an article with many claims, in a library open in `host`. */
export async function measureSaves(host: OpenedHost, target: EditTarget, log: (line: string) => void): Promise<SaveMeasurements> {
  log(`saves: ${WARM_UP_EDITS} edits to warm up, then the journal is folded`);
  await backToBack(target, WARM_UP_EDITS);
  await journalsFolded(host.dataDir);
  log('saves: one edit, bytes written');
  const editWritten = await bytesWrittenBy(host.dataDir, () => edit(target));
  const foldWritten = await bytesWrittenBy(host.dataDir, () => journalsFolded(host.dataDir));
  log(`saves: 1 KB write + fsync ×${BACK_TO_BACK_EDITS} (reference), ${BACK_TO_BACK_EDITS} edits back to back`);
  const syncedWriteMs = await syncedKilobyteWrites(host.dataDir, BACK_TO_BACK_EDITS);
  const backToBackMs = await backToBack(target, BACK_TO_BACK_EDITS);
  log(`saves: ${BURSTS} bursts of ${BURST_EDITS} edits sent at once`);
  const burstMs: number[] = [];
  for (let burst = 0; burst < BURSTS; burst += 1) {
    burstMs.push(await timed(() => Promise.all(Array.from({ length: BURST_EDITS }, () => edit(target)))));
  }
  return { edit: editWritten, fold: foldWritten, backToBackMs, burstMs, syncedWriteMs };
}

/** Median ms of one edit in each library, the two taking turns so that both see the same machine. */
export async function measureScaling(small: EditTarget, large: EditTarget, log: (line: string) => void): Promise<{ smallMs: number; largeMs: number }> {
  log(`library size: ${SCALING_EDITS} edits in each library, taking turns`);
  const samples = { small: [] as number[], large: [] as number[] };
  await backToBack(small, WARM_UP_EDITS);
  await backToBack(large, WARM_UP_EDITS);
  for (let round = 0; round < SCALING_EDITS; round += 1) {
    const order = round % 2 === 0 ? (['small', 'large'] as const) : (['large', 'small'] as const);
    for (const which of order) samples[which].push(await timed(() => edit(which === 'small' ? small : large)));
  }
  return { smallMs: percentile(samples.small, 0.5), largeMs: percentile(samples.large, 0.5) };
}

// The native JSON export of a library of 10,000 claims until its file is written, against
// the reference: JSON.stringify of the same document, pretty-printed as the export is, and
// one writeFile, in the same run.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClaimMarkService } from '../../../host/claimmark-service';
import { writeExportFile } from '../../../host/export-writer';
import type { ExportRequest } from '../../../shared/export/export-request';
import { percentile } from '../renderer/paint-probe';
import { timed } from './disk-probes';

const EXPORT_RUNS = 7;
const NATIVE_LIBRARY_EXPORT: ExportRequest = { scope: { kind: 'library' }, format: 'native' };

/** The export as the Electron host makes it: the service checks and shapes the file, the host writes its pieces to the path the analyst chose. */
async function exportToFile(service: ClaimMarkService, request: ExportRequest, path: string): Promise<void> {
  const file = await service.exportFile(request);
  await writeExportFile(path, file.chunks);
}

/** Medians (ms) of the export and of the reference, taking turns, after one run of each that is not counted. */
export async function measureExport(service: ClaimMarkService, folder: string, log: (line: string) => void): Promise<{ exportMs: number; referenceMs: number; bytes: number }> {
  log(`export: native JSON of the library ×${EXPORT_RUNS}, and the reference`);
  const exported = join(folder, 'export.claims.json');
  const reference = join(folder, 'reference.claims.json');
  await exportToFile(service, NATIVE_LIBRARY_EXPORT, exported);
  const written = await readFile(exported, 'utf8');
  const document: unknown = JSON.parse(written);
  const writeReference = () => writeFile(reference, `${JSON.stringify(document, null, 2)}\n`, 'utf8');
  await writeReference();
  const samples = { exportMs: [] as number[], referenceMs: [] as number[] };
  // Taking turns, each going first every other run, so neither always collects the other's garbage.
  for (let run = 0; run < EXPORT_RUNS * 2; run += 1) {
    if ((run + Math.floor(run / 2)) % 2 === 0) samples.exportMs.push(await timed(() => exportToFile(service, NATIVE_LIBRARY_EXPORT, exported)));
    else samples.referenceMs.push(await timed(writeReference));
  }
  await Promise.all([rm(exported), rm(reference)]);
  return { exportMs: percentile(samples.exportMs, 0.5), referenceMs: percentile(samples.referenceMs, 0.5), bytes: Buffer.byteLength(written) };
}

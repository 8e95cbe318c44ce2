// The file the article worker read last for an import, kept with what it was read with:
// applying an import right after its preview sends the same bytes with the same choices, and
// reading and checking tens of megabytes again would cost the analyst a second more. Only the
// reading is kept; the plan is always made again against the library as it is then.

import { createHash } from 'node:crypto';
import type { LabelDecisions } from '../../shared/import/label-mapping';
import type { ReadImportFile } from '../../shared/import/read-import-file';
import { deepFreeze } from '../library/frozen-records';

/** What a read depends on, as one string: the bytes' hash and the label choices. */
function readKey(bytes: Uint8Array, decisions: LabelDecisions): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const remembered = Object.entries(decisions.remembered).map(([tool, choices]) => [tool, [...(choices ?? new Map())]]);
  return JSON.stringify([hash, [...decisions.chosen], remembered]);
}

export class LastReadImport {
  private last: { key: string; read: ReadImportFile } | null = null;

  constructor(private readonly readFile: (bytes: Uint8Array, decisions: LabelDecisions) => ReadImportFile) {}

  read(bytes: Uint8Array, decisions: LabelDecisions): ReadImportFile {
    const key = readKey(bytes, decisions);
    if (this.last?.key === key) return this.last.read;
    // Frozen, since a second plan is made from the same read: no plan may have changed it.
    const read = deepFreeze(this.readFile(bytes, decisions));
    this.last = { key, read };
    return read;
  }

  /** Lets the last read go (a file of tens of megabytes, read) once its import is made or refused for good. */
  forget(): void {
    this.last = null;
  }
}

import { describe, expect, it } from 'vitest';
import { LastReadImport } from '../../../../host/article-loading/last-read-import';
import type { LabelDecisions } from '../../../../shared/import/label-mapping';
import type { ReadImportFile } from '../../../../shared/import/read-import-file';

const NONE: LabelDecisions = { chosen: new Map(), remembered: {} };
const CHOSEN: LabelDecisions = { chosen: new Map([['Disputed', 'false']]), remembered: {} };

function countingReader(): { reader: LastReadImport; reads: () => number } {
  let reads = 0;
  const reader = new LastReadImport((): ReadImportFile => {
    reads += 1;
    return { kind: 'refused', message: `read ${reads}` };
  });
  return { reader, reads: () => reads };
}

describe('LastReadImport', () => {
  it('reads a file once when the same bytes come again with the same choices (a preview, then applying it)', () => {
    const { reader, reads } = countingReader();
    const first = reader.read(new TextEncoder().encode('[1]'), NONE);
    const again = reader.read(new TextEncoder().encode('[1]'), { chosen: new Map(), remembered: {} });
    expect(reads()).toBe(1);
    expect(again).toEqual({ kind: 'refused', message: 'read 1' });
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('reads again for other bytes or other label choices', () => {
    const { reader, reads } = countingReader();
    reader.read(new TextEncoder().encode('[1]'), NONE);
    reader.read(new TextEncoder().encode('[1]'), CHOSEN);
    reader.read(new TextEncoder().encode('[2]'), CHOSEN);
    reader.read(new TextEncoder().encode('[2]'), { chosen: new Map(), remembered: { hypothesis: new Map([['Disputed', 'false']]) } });
    expect(reads()).toBe(4);
  });

  it('reads the file again once it has let the last read go (after its import)', () => {
    const { reader, reads } = countingReader();
    reader.read(new TextEncoder().encode('[1]'), NONE);
    reader.forget();
    expect(reader.read(new TextEncoder().encode('[1]'), NONE)).toEqual({ kind: 'refused', message: 'read 2' });
    expect(reads()).toBe(2);
  });
});

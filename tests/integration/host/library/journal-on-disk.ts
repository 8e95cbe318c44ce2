// What is on disk for an article: its file's claims with the journal beside it replayed on
// top, which is what a store opened on the folder would read.

import { readFile } from 'node:fs/promises';
import { replayJournal } from '../../../../host/library/journal-codec';
import type { Claim } from '../../../../shared/model';

export function journalPathOf(articlePath: string): string {
  return articlePath.replace(/\.json$/, '.journal');
}

export async function claimsWithJournal(articlePath: string, file: { claims: Claim[]; journalSequence?: number | undefined }): Promise<Claim[]> {
  const journal = await readFile(journalPathOf(articlePath), 'utf8').catch(() => '');
  return replayJournal(file.claims, file.journalSequence ?? 0, journal).claims;
}

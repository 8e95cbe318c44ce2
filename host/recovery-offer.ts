// Offers back, at start, the claim changes a past run could not save to the library folder
// and kept in a recovery file: each is applied where the claim on disk is still as it was
// when the change was made; a claim changed in the library since is left as it is, and the
// recovery file is then kept aside so that nothing recovered is lost. The notice says which.

import { rename } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import type { Claim } from '../shared/model';
import { reasonOf } from './library/file-recovery';
import type { LibraryStore } from './library/library-store';
import type { FoundRecovery, RecoveredArticle } from './library/recovery-file';

/** What applying one article's kept claims did: claims saved, and the kept versions not applied. */
interface Merged {
  applied: number;
  notApplied: Claim[];
}

/** Applies the kept version of each claim the past run changed, where the disk still holds the version it changed. */
export function mergeKept(claims: Claim[], recovered: Pick<RecoveredArticle, 'saved' | 'kept'>): Merged {
  const saved = new Map(recovered.saved.map((claim) => [claim.id, claim]));
  const kept = new Map(recovered.kept.map((claim) => [claim.id, claim]));
  const merged: Merged = { applied: 0, notApplied: [] };
  for (const id of new Set([...saved.keys(), ...kept.keys()])) {
    const before = saved.get(id);
    const after = kept.get(id);
    const at = claims.findIndex((claim) => claim.id === id);
    const onDisk = at === -1 ? undefined : claims[at];
    // Unchanged in that run, or saved after all.
    if (isDeepStrictEqual(before, after) || isDeepStrictEqual(onDisk, after)) continue;
    if (!isDeepStrictEqual(onDisk, before)) {
      merged.notApplied.push(after ?? (before as Claim));
      continue;
    }
    if (after === undefined) claims.splice(at, 1);
    else if (at === -1) claims.push(after);
    else claims[at] = after;
    merged.applied += 1;
  }
  return merged;
}

function quoted(claim: Claim): string {
  const exact = claim.selectors.quote.exact;
  return `“${exact.length > 60 ? `${exact.slice(0, 59)}…` : exact}”`;
}

function changes(count: number): string {
  return count === 1 ? '1 claim change' : `${count} claim changes`;
}

/** Applies the newest recovery file of this library; resolves to the notice for the analyst, or null when there was none. */
export async function offerRecovery(store: LibraryStore): Promise<string | null> {
  const recovery = store.recovery;
  if (recovery === null) return null;
  const { found, unreadable } = await recovery.find();
  const damaged = unreadable.map((path) => `The recovery file ${path} cannot be read; it was left as it is.`).join(' ');
  const newest: FoundRecovery | undefined = found[0];
  if (newest === undefined) return damaged === '' ? null : damaged;
  if (!store.gate.writable()) {
    return `The recovery file ${newest.path} holds claim changes not yet saved to this library. They are applied at the next start with a library folder that can be written.`;
  }
  const said: string[] = [];
  let applied = 0;
  let leftOut = false;
  const listed = new Set(store.entries().map((entry) => entry.id));
  for (const article of newest.articles) {
    if (!listed.has(article.articleId)) {
      said.push(`“${article.title}” is no longer in the library, so its recovered claim changes were not applied.`);
      leftOut = true;
      continue;
    }
    try {
      const merged = await store.updateClaims(article.articleId, (claims) => mergeKept(claims, article), 'rollback');
      applied += merged.applied;
      if (merged.notApplied.length > 0) {
        leftOut = true;
        said.push(`In “${article.title}”, ${merged.notApplied.map(quoted).join(', ')} changed in the library since, so the recovered version was not applied.`);
      }
    } catch (error) {
      return `The claim changes in the recovery file ${newest.path} could not be applied now (${reasonOf(error)}); they are offered again at the next start.`;
    }
  }
  let kept = '';
  if (leftOut) {
    const aside = newest.path.replace(/\.json$/, `.not-applied-${newest.written.replace(/[:.]/g, '-')}.json`);
    // Never removed while it holds a version that was not applied.
    const moved = await rename(newest.path, aside).then(
      () => true,
      () => false,
    );
    kept = ` The recovery file was kept as ${moved ? aside : newest.path}.`;
    if (moved) await recovery.discard();
  } else {
    await recovery.discard();
  }
  const head = `Recovered ${changes(applied)} that could not be saved to the library folder before ClaimMark last ended (kept in ${newest.path}, ${newest.written}).`;
  return [head, ...said].join(' ') + kept + (damaged === '' ? '' : ` ${damaged}`);
}

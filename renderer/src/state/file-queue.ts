// Files waiting to be opened, one at a time in the order they came. A changed version of
// a known article stops the queue with a prompt until the analyst answers it.

import type { WorkspaceEvent } from './workspace-events';
import type { ArticleFile, ChangedVersion, FileRequest } from './workspace-inputs';

/** A changed version of a known article, waiting for the analyst to decide. */
export type UpdateOffer = { file: ArticleFile } & Omit<ChangedVersion, 'kind'>;

export interface FileQueue {
  waiting: readonly FileRequest[];
  /** The file being opened now; the next waits for it to be shown. */
  opening: FileRequest | null;
  offer: UpdateOffer | null;
}

export const initialFileQueue: FileQueue = { waiting: [], opening: null, offer: null };

/** The file to open now, or null while one is being opened or the analyst is asked about one. */
export function nextFileRequest(queue: FileQueue): FileRequest | null {
  if (queue.opening !== null || queue.offer !== null) return null;
  return queue.waiting[0] ?? null;
}

export function fileQueueReducer(queue: FileQueue, event: WorkspaceEvent): FileQueue {
  switch (event.kind) {
    case 'files-arrived':
      return { ...queue, waiting: [...queue.waiting, ...event.files.map((file): FileRequest => ({ file, ifChangedVersion: 'ask' }))] };
    case 'file-open-started':
      return { ...queue, waiting: queue.waiting.filter((request) => request !== event.request), opening: event.request };
    case 'file-changed-version': {
      const { kind: _kind, ...known } = event.outcome;
      return { ...queue, opening: null, offer: { file: event.request.file, ...known } };
    }
    case 'file-open-finished':
    case 'file-open-failed':
      return { ...queue, opening: null };
    case 'update-offer-answered': {
      const offer = queue.offer;
      if (offer === null) return queue;
      if (event.answer === 'cancel') return { ...queue, offer: null };
      // The answered file goes first: the files behind it wait as they did.
      return { ...queue, offer: null, waiting: [{ file: offer.file, ifChangedVersion: event.answer }, ...queue.waiting] };
    }
    default:
      return queue;
  }
}

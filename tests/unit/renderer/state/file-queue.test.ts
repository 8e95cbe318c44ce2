// Files waiting to be opened: in the order they came, one at a time, stopped by a
// changed version until the analyst answers, and going on after a failure.

import { describe, expect, it } from 'vitest';
import { fileQueueReducer, initialFileQueue, nextFileRequest, type FileQueue } from '../../../../renderer/src/state/file-queue';
import type { WorkspaceEvent } from '../../../../renderer/src/state/workspace-events';
import type { ArticleFile, ChangedVersion, FileRequest } from '../../../../renderer/src/state/workspace-inputs';

const FILE_A: ArticleFile = { fileName: 'a.txt', contentBase64: 'QQ==' };
const FILE_B: ArticleFile = { fileName: 'b.md', contentBase64: 'Qg==' };
const FILE_C: ArticleFile = { fileName: 'c.html', contentBase64: 'Qw==' };
const CHANGED: ChangedVersion = { kind: 'changed-version', existingArticleId: 'article-budget', existingTitle: 'Budget', claimCount: 2 };

type Step = WorkspaceEvent | 'start-next';

/** A file as it waits: ask if it turns out to be a changed version. */
const ask = (file: ArticleFile): FileRequest => ({ file, ifChangedVersion: 'ask' });

/** Runs the steps; 'start-next' starts opening whatever the queue offers next, as the hook does. */
function after(steps: Step[]): FileQueue {
  return steps.reduce((queue: FileQueue, step) => {
    if (step !== 'start-next') return fileQueueReducer(queue, step);
    const request = nextFileRequest(queue);
    if (request === null) throw new Error('The queue offered no file to open.');
    return fileQueueReducer(queue, { kind: 'file-open-started', request });
  }, initialFileQueue);
}

const arrived = (...files: ArticleFile[]): WorkspaceEvent => ({ kind: 'files-arrived', files });
const changedVersionOfA: WorkspaceEvent = { kind: 'file-changed-version', request: ask(FILE_A), outcome: CHANGED };
/** The prompt for A, as the analyst sees it. */
const OFFER_A = { file: FILE_A, existingArticleId: 'article-budget', existingTitle: 'Budget', claimCount: 2 };
const finished: WorkspaceEvent = { kind: 'file-open-finished' };

describe('fileQueueReducer and nextFileRequest', () => {
  const cases: [string, Step[], FileQueue, ReturnType<typeof nextFileRequest>][] = [
    ['nothing waiting', [], { waiting: [], opening: null, offer: null }, null],
    [
      'files wait in the order they came',
      [arrived(FILE_A, FILE_B), arrived(FILE_C)],
      { waiting: [ask(FILE_A), ask(FILE_B), ask(FILE_C)], opening: null, offer: null },
      ask(FILE_A),
    ],
    [
      'one at a time: nothing next while a file opens',
      [arrived(FILE_A, FILE_B), 'start-next'],
      { waiting: [ask(FILE_B)], opening: ask(FILE_A), offer: null },
      null,
    ],
    [
      'a file that came while another opened waits behind the earlier ones',
      [arrived(FILE_A, FILE_B), 'start-next', arrived(FILE_C), finished],
      { waiting: [ask(FILE_B), ask(FILE_C)], opening: null, offer: null },
      ask(FILE_B),
    ],
    [
      'a failed file lets the next go',
      [arrived(FILE_A, FILE_B), 'start-next', { kind: 'file-open-failed', message: 'Not opened: empty file' }],
      { waiting: [ask(FILE_B)], opening: null, offer: null },
      ask(FILE_B),
    ],
    [
      'a changed version stops the queue with a prompt',
      [arrived(FILE_A, FILE_B), 'start-next', changedVersionOfA],
      { waiting: [ask(FILE_B)], opening: null, offer: OFFER_A },
      null,
    ],
    [
      'files that come during the prompt wait too',
      [arrived(FILE_A), 'start-next', changedVersionOfA, arrived(FILE_C)],
      { waiting: [ask(FILE_C)], opening: null, offer: OFFER_A },
      null,
    ],
    [
      'answering "update" opens that file first, as an update',
      [arrived(FILE_A, FILE_B), 'start-next', changedVersionOfA, { kind: 'update-offer-answered', answer: 'update' }],
      { waiting: [{ file: FILE_A, ifChangedVersion: 'update' }, ask(FILE_B)], opening: null, offer: null },
      { file: FILE_A, ifChangedVersion: 'update' },
    ],
    [
      'answering "add as new" opens that file first, as a new article',
      [arrived(FILE_A), 'start-next', changedVersionOfA, { kind: 'update-offer-answered', answer: 'add-new' }],
      { waiting: [{ file: FILE_A, ifChangedVersion: 'add-new' }], opening: null, offer: null },
      { file: FILE_A, ifChangedVersion: 'add-new' },
    ],
    [
      'cancelling drops that file and goes on with the rest',
      [arrived(FILE_A, FILE_B), 'start-next', changedVersionOfA, { kind: 'update-offer-answered', answer: 'cancel' }],
      { waiting: [ask(FILE_B)], opening: null, offer: null },
      ask(FILE_B),
    ],
    [
      'an answer with no prompt changes nothing',
      [arrived(FILE_A), { kind: 'update-offer-answered', answer: 'update' }],
      { waiting: [ask(FILE_A)], opening: null, offer: null },
      ask(FILE_A),
    ],
    [
      'the last file done: the queue is empty',
      [arrived(FILE_A), 'start-next', finished],
      { waiting: [], opening: null, offer: null },
      null,
    ],
  ];
  it.each(cases)('%s', (_name, steps, expectedQueue, expectedNext) => {
    const queue = after(steps);
    expect(queue).toEqual(expectedQueue);
    expect(nextFileRequest(queue)).toEqual(expectedNext);
  });

  it('passes over events that are not about files', () => {
    const queue = after([arrived(FILE_A)]);
    expect(fileQueueReducer(queue, { kind: 'notice-dismissed' })).toBe(queue);
  });
});

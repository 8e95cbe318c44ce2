// The whole renderer state as one value: the library list and the four parts, each
// changed by its own reducer from the same event.

import type { ArticleSummary } from '../../../shared/model';
import { fileQueueReducer, initialFileQueue, type FileQueue } from './file-queue';
import { initialMessages, messagesReducer, type Messages } from './messages';
import { initialOpenArticle, openArticleReducer, type OpenArticle } from './open-article';
import { initialSaveTracking, saveTrackingReducer, type SaveTracking } from './save-tracking';
import type { WorkspaceEvent } from './workspace-events';

export interface WorkspaceState {
  articles: readonly ArticleSummary[];
  open: OpenArticle;
  saves: SaveTracking;
  files: FileQueue;
  messages: Messages;
}

export const initialWorkspaceState: WorkspaceState = {
  articles: [],
  open: initialOpenArticle,
  saves: initialSaveTracking,
  files: initialFileQueue,
  messages: initialMessages,
};

export function workspaceReducer(state: WorkspaceState, event: WorkspaceEvent): WorkspaceState {
  const next: WorkspaceState = {
    articles: event.kind === 'library-listed' ? event.articles : state.articles,
    open: openArticleReducer(state.open, event),
    saves: saveTrackingReducer(state.saves, event),
    files: fileQueueReducer(state.files, event),
    messages: messagesReducer(state.messages, event),
  };
  // The same state back lets React skip a render for an event no part took.
  const keys = Object.keys(next) as (keyof WorkspaceState)[];
  return keys.every((key) => next[key] === state[key]) ? state : next;
}

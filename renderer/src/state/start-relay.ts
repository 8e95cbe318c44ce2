// The start's events (the library, where the analyst left off), taken before the window's first
// render when the host's answers are already in: the window is then drawn once, with the
// article, instead of empty first and again a task later. Events that come later are passed
// to the state once it exists (use-workspace.ts); nothing is dropped or reordered.

import type { WorkspaceEvent } from './workspace-events';
import { initialWorkspaceState, workspaceReducer, type WorkspaceState } from './workspace-state';

type Dispatch = (event: WorkspaceEvent) => void;

export class StartRelay {
  /** Events not yet in the state React holds; the first `folded` of them are in its first state. */
  private waiting: WorkspaceEvent[] = [];
  private folded = 0;
  private target: { dispatch: Dispatch; read(): WorkspaceState } | null = null;

  readonly dispatch: Dispatch = (event) => {
    if (this.target === null) this.waiting.push(event);
    else this.target.dispatch(event);
  };

  /** The state as the start's events so far make it, or as last rendered once attached. */
  readonly read = (): WorkspaceState => this.target?.read() ?? this.waiting.reduce(workspaceReducer, initialWorkspaceState);

  private first: WorkspaceState | null = null;

  /** The first render's state: every event so far, folded in (the same state if asked again, as React may in development). */
  initialState(): WorkspaceState {
    if (this.first === null) {
      this.folded = this.waiting.length;
      this.first = this.waiting.reduce(workspaceReducer, initialWorkspaceState);
    }
    return this.first;
  }

  /** From now on events go to `dispatch`, first those that came after the first state was made. Returns the detach. */
  attach(dispatch: Dispatch, read: () => WorkspaceState): () => void {
    const later = this.waiting.slice(this.folded);
    this.waiting = [];
    this.folded = 0;
    const target = { dispatch, read };
    this.target = target;
    for (const event of later) dispatch(event);
    return () => {
      if (this.target === target) this.target = null;
    };
  }
}

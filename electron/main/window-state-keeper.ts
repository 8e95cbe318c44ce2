// Keeps the main window's size, place, maximised and full-screen state on disk: saved a
// moment after the analyst stops moving or resizing it, and at once when it closes. Time
// comes from a Scheduler and the window is an interface, so tests drive both by hand.

import type { Cancel, Scheduler } from '../../host/library/save-retry';
import type { Rectangle, WindowState } from './window-placement';

/** What the keeper needs of a BrowserWindow. */
export interface TrackedWindow {
  on(event: WindowChange | 'close', listener: () => void): void;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

export type WindowChange = 'resize' | 'move' | 'maximize' | 'unmaximize' | 'enter-full-screen' | 'leave-full-screen';
export const WINDOW_CHANGES: readonly WindowChange[] = ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'];

/** Dragging a window sends a move per frame; one write follows the last of them. */
export const SAVE_DELAY_MS = 500;

export interface WindowStateKeeperOptions {
  scheduler: Scheduler;
  write: (state: WindowState) => Promise<void>;
  /** A failed write loses only the window's place; it is reported, and the next change tries again. */
  onWriteError: (error: unknown) => void;
}

export class WindowStateKeeper {
  private readonly options: WindowStateKeeperOptions;
  private window: TrackedWindow | null = null;
  private pending: Cancel | null = null;
  private latest: WindowState | null;
  private written: string | null;
  private writing: Promise<void> = Promise.resolve();

  /** `saved` is what the file held at start, already known to be on disk. */
  constructor(options: WindowStateKeeperOptions, saved: WindowState | null) {
    this.options = options;
    this.latest = saved;
    this.written = saved === null ? null : JSON.stringify(saved);
  }

  /** The last state seen, for a window made again later (macOS keeps the app open without one). */
  get state(): WindowState | null {
    return this.latest;
  }

  track(window: TrackedWindow): void {
    this.window = window;
    for (const change of WINDOW_CHANGES) window.on(change, () => this.changed());
    window.on('close', () => void this.saveNow());
  }

  /** Writes the current state now (when it differs from what is on disk) and waits for every write. */
  saveNow(): Promise<void> {
    this.pending?.();
    this.pending = null;
    this.capture();
    return this.flush();
  }

  private changed(): void {
    this.pending?.();
    this.pending = this.options.scheduler.schedule(SAVE_DELAY_MS, () => {
      this.pending = null;
      this.capture();
      return this.flush();
    });
  }

  private capture(): void {
    const window = this.window;
    if (window === null || window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    // A minimised window reports neither state; it keeps the one it had before.
    const minimized = window.isMinimized();
    this.latest = {
      version: 1,
      bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height },
      maximized: minimized ? (this.latest?.maximized ?? false) : window.isMaximized(),
      fullScreen: minimized ? (this.latest?.fullScreen ?? false) : window.isFullScreen(),
    };
  }

  // Writes run one after another, so an older state never lands over a newer one.
  private flush(): Promise<void> {
    const state = this.latest;
    this.writing = this.writing.then(async () => {
      if (state === null) return;
      const text = JSON.stringify(state);
      if (text === this.written) return;
      try {
        await this.options.write(state);
        this.written = text;
      } catch (error) {
        this.options.onWriteError(error);
      }
    });
    return this.writing;
  }
}

/** What showing the restored window needs of a BrowserWindow. */
export interface RestorableWindow {
  show(): void;
  maximize(): void;
  setFullScreen(flag: boolean): void;
}

/** Shows the window, then puts it back in the state it was left in. */
export function showRestored(window: RestorableWindow, state: WindowState): void {
  window.show();
  if (state.maximized) window.maximize();
  if (state.fullScreen) window.setFullScreen(true);
}

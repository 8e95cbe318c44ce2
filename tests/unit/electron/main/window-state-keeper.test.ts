// When the window's state is written: once after the analyst stops moving or resizing it,
// at once when it closes, never twice the same, never an older state over a newer one.
// The window is a stand-in whose bounds the test sets; time moves only by hand.

import { describe, expect, it } from 'vitest';
import type { Rectangle, WindowState } from '../../../../electron/main/window-placement';
import { showRestored, WindowStateKeeper, type TrackedWindow } from '../../../../electron/main/window-state-keeper';
import { ManualScheduler } from '../../host/library/manual-scheduler';

class StandInWindow implements TrackedWindow {
  bounds: Rectangle = { x: 100, y: 80, width: 1280, height: 860 };
  maximized = false;
  fullScreen = false;
  minimized = false;
  destroyed = false;
  private readonly listeners = new Map<string, (() => void)[]>();

  on(event: string, listener: () => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

const state = (bounds: Rectangle, maximized = false, fullScreen = false): WindowState => ({ version: 1, bounds, maximized, fullScreen });

function setUp(saved: WindowState | null = null) {
  const scheduler = new ManualScheduler();
  const written: WindowState[] = [];
  const errors: unknown[] = [];
  let failNext = false;
  let release: (() => void) | null = null;
  let holdNext = false;
  const keeper = new WindowStateKeeper(
    {
      scheduler,
      write: async (next) => {
        if (holdNext) {
          holdNext = false;
          await new Promise<void>((resolve) => (release = resolve));
        }
        if (failNext) {
          failNext = false;
          throw new Error('ENOSPC: no space left on device');
        }
        written.push(next);
      },
      onWriteError: (error) => errors.push(error),
    },
    saved,
  );
  const window = new StandInWindow();
  keeper.track(window);
  return {
    scheduler,
    written,
    errors,
    keeper,
    window,
    failNextWrite: () => (failNext = true),
    holdNextWrite: () => (holdNext = true),
    releaseWrite: () => release?.(),
  };
}

describe('WindowStateKeeper', () => {
  it('writes once, half a second after the last of a burst of moves', async () => {
    const { scheduler, written, window } = setUp();
    for (const x of [110, 120, 130, 140]) {
      window.bounds = { ...window.bounds, x };
      window.emit('move');
      await scheduler.advance(100);
    }
    expect(written).toEqual([]);
    // One write waits, for half a second after the last move (at 300 ms).
    expect(scheduler.pending()).toEqual([800]);
    await scheduler.advance(400);
    expect(written).toEqual([state({ x: 140, y: 80, width: 1280, height: 860 })]);
  });

  it('writes the normal bounds and the maximised flag when the window is maximised', async () => {
    const { scheduler, written, window } = setUp();
    window.maximized = true;
    window.emit('maximize');
    await scheduler.advance(500);
    expect(written).toEqual([state({ x: 100, y: 80, width: 1280, height: 860 }, true)]);
  });

  it('writes at once when the window closes, and drops the pending write', async () => {
    const { scheduler, keeper, written, window } = setUp();
    window.bounds = { x: 0, y: 0, width: 900, height: 700 };
    window.emit('resize');
    expect(scheduler.pending()).toEqual([500]);
    window.fullScreen = true;
    window.emit('close');
    expect(scheduler.pending()).toEqual([]);
    // Quitting waits for the write the close started.
    await keeper.saveNow();
    expect(written).toEqual([state({ x: 0, y: 0, width: 900, height: 700 }, false, true)]);
  });

  it('does not write a state that is already on disk', async () => {
    const { scheduler, keeper, written, window } = setUp(state({ x: 100, y: 80, width: 1280, height: 860 }));
    window.emit('move');
    await scheduler.advance(500);
    window.emit('close');
    await keeper.saveNow();
    expect(written).toEqual([]);
  });

  it('keeps the maximised flag of a window minimised after being maximised', async () => {
    const { keeper, written, window } = setUp();
    window.maximized = true;
    await keeper.saveNow();
    window.minimized = true;
    window.maximized = false;
    window.bounds = { ...window.bounds, x: 300 };
    await keeper.saveNow();
    expect(written).toEqual([
      state({ x: 100, y: 80, width: 1280, height: 860 }, true),
      state({ x: 300, y: 80, width: 1280, height: 860 }, true),
    ]);
  });

  it('after the window is gone, keeps its last state for the next window and writes nothing more', async () => {
    const { keeper, written, window } = setUp();
    window.bounds = { x: 5, y: 6, width: 800, height: 600 };
    await keeper.saveNow();
    window.destroyed = true;
    window.bounds = { x: 999, y: 999, width: 999, height: 999 };
    await keeper.saveNow();
    expect(written).toEqual([state({ x: 5, y: 6, width: 800, height: 600 })]);
    expect(keeper.state).toEqual(state({ x: 5, y: 6, width: 800, height: 600 }));
  });

  it('writes one state after another, so the newest is the last on disk', async () => {
    const { keeper, written, window, holdNextWrite, releaseWrite } = setUp();
    holdNextWrite();
    window.bounds = { ...window.bounds, x: 1 };
    const first = keeper.saveNow();
    window.bounds = { ...window.bounds, x: 2 };
    const second = keeper.saveNow();
    await Promise.resolve();
    expect(written).toEqual([]);
    releaseWrite();
    await Promise.all([first, second]);
    expect(written.map((each) => each.bounds.x)).toEqual([1, 2]);
  });

  it('reports a failed write and tries again on the next change', async () => {
    const { scheduler, keeper, written, errors, window, failNextWrite } = setUp();
    failNextWrite();
    window.emit('resize');
    await scheduler.advance(500);
    expect(written).toEqual([]);
    expect(errors.map(String)).toEqual(['Error: ENOSPC: no space left on device']);
    await keeper.saveNow();
    expect(written).toEqual([state({ x: 100, y: 80, width: 1280, height: 860 })]);
  });
});

describe('showRestored', () => {
  it.each([
    { maximized: false, fullScreen: false, calls: ['show'] },
    { maximized: true, fullScreen: false, calls: ['show', 'maximize'] },
    { maximized: false, fullScreen: true, calls: ['show', 'setFullScreen(true)'] },
    { maximized: true, fullScreen: true, calls: ['show', 'maximize', 'setFullScreen(true)'] },
  ])('maximised $maximized, full screen $fullScreen: $calls', ({ maximized, fullScreen, calls }) => {
    const made: string[] = [];
    showRestored(
      {
        show: () => made.push('show'),
        maximize: () => made.push('maximize'),
        setFullScreen: (flag) => made.push(`setFullScreen(${flag})`),
      },
      state({ x: 0, y: 0, width: 800, height: 600 }, maximized, fullScreen),
    );
    expect(made).toEqual(calls);
  });
});

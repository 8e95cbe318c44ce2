// What kept the page's main thread busy: every long task (50 ms or more) and long animation
// frame the browser reports, collected from the page's first script on by an init script,
// and the longest of them within a stretch of the page's clock, with the scripts behind it.

import type { BrowserContext, Page } from '@playwright/test';

/** Times in ms on the page's clock (performance.now()). */
export interface LongTask {
  start: number;
  duration: number;
}

/** One script a long animation frame ran, as its 'scripts' attribution names it. */
export interface FrameScript {
  invoker: string;
  sourceURL: string;
  sourceFunctionName: string;
  sourceCharPosition: number;
  duration: number;
  forcedStyleAndLayoutDuration: number;
}

export interface LongFrame extends LongTask {
  blockingDuration: number;
  /** When the frame's rendering update (frame callbacks, style, layout, paint) began, 0 when it rendered nothing. */
  renderStart: number;
  /** When the frame's style and layout began, 0 when it had none. */
  styleAndLayoutStart: number;
  scripts: FrameScript[];
}

export interface MainThreadLog {
  tasks: LongTask[];
  frames: LongFrame[];
}

/** What the main thread did between two moments: the longest task (0 when none reached 50 ms) and the longest frame. */
export interface MainThreadSummary {
  longestTaskMs: number;
  longTasks: number;
  longestFrame: LongFrame | null;
}

/** How long after the page is idle its last entries are waited for. */
const ENTRY_DELAY_MS = 300;
const LONG_TASK_MS = 50;

interface ObservedWindow {
  benchLongTasks?: { log: MainThreadLog; observers: PerformanceObserver[]; record(entries: PerformanceEntryList): void };
}

/** Installs the observers in every page of `context`, before the page's own scripts run. */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log: MainThreadLog = { tasks: [], frames: [] };
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries) {
        const task = { start: entry.startTime, duration: entry.duration };
        if (entry.entryType === 'longtask') {
          log.tasks.push(task);
          continue;
        }
        // Typed here: the DOM library does not describe long animation frames yet.
        const frame = entry as unknown as { blockingDuration: number; renderStart: number; styleAndLayoutStart: number; scripts: FrameScript[] };
        log.frames.push({
          ...task,
          blockingDuration: frame.blockingDuration,
          renderStart: frame.renderStart,
          styleAndLayoutStart: frame.styleAndLayoutStart,
          scripts: frame.scripts.map(({ invoker, sourceURL, sourceFunctionName, sourceCharPosition, duration, forcedStyleAndLayoutDuration }) => ({
            invoker,
            sourceURL,
            sourceFunctionName,
            sourceCharPosition,
            duration,
            forcedStyleAndLayoutDuration,
          })),
        });
      }
    };
    const observers = ['longtask', 'long-animation-frame']
      .filter((type) => PerformanceObserver.supportedEntryTypes.includes(type))
      .map((type) => {
        const observer = new PerformanceObserver((list) => record(list.getEntries()));
        observer.observe({ type, buffered: true });
        return observer;
      });
    (window as unknown as ObservedWindow).benchLongTasks = { log, observers, record };
  });
}

/**
 * Everything the page's observers have seen so far, including entries not yet delivered to
 * them. It waits for the page to be idle first: the browser queues a long task's entry some
 * time after the task, and the last one would be missed.
 */
export async function readLongTasks(page: Page): Promise<MainThreadLog> {
  return page.evaluate(async (delayMs) => {
    const observed = (window as unknown as ObservedWindow).benchLongTasks;
    if (observed === undefined) throw new Error('The long-task observers were not installed in this page.');
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    // A long animation frame's entry came 100–150 ms after the frame in headless Chromium 156.
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    for (const observer of observed.observers) observed.record(observer.takeRecords());
    return observed.log;
  }, ENTRY_DELAY_MS);
}

/** The entries that ran at least partly between `from` and `to`. */
export function overlapping<T extends LongTask>(entries: readonly T[], from: number, to: number): T[] {
  return entries.filter((entry) => entry.start < to && entry.start + entry.duration > from);
}

/** The longest entry (the first of equals), or null when there is none. */
export function longest<T extends LongTask>(entries: readonly T[]): T | null {
  return entries.reduce<T | null>((best, entry) => (best === null || entry.duration > best.duration ? entry : best), null);
}

/** A frame's rendering update as the task it runs in, when it took 50 ms or more. */
export function renderingTask(frame: LongFrame): LongTask | null {
  if (frame.renderStart <= 0) return null;
  const task = { start: frame.renderStart, duration: frame.start + frame.duration - frame.renderStart };
  return task.duration >= LONG_TASK_MS ? task : null;
}

/**
 * The long tasks between `from` and `to`. A long frame's rendering update counts as one as
 * well: Chromium's 'longtask' entries at times leave it out (headless Chromium 156 showed a
 * frame with 3.8 s of style and layout and no long task for it).
 */
export function summarise(log: MainThreadLog, from: number, to: number): MainThreadSummary {
  const tasks = overlapping(log.tasks, from, to);
  const frames = overlapping(log.frames, from, to);
  const rendering = frames.flatMap((frame) => renderingTask(frame) ?? []);
  return { longestTaskMs: longest([...tasks, ...rendering])?.duration ?? 0, longTasks: tasks.length, longestFrame: longest(frames) };
}

const fileOf = (url: string) => url.slice(url.lastIndexOf('/') + 1) || 'the page';

/** A long frame in one line: its length, its style and layout, and its longest scripts with where they started. */
export function describeFrame(frame: LongFrame, shown = 3): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const layout = frame.styleAndLayoutStart > 0 ? `, style and layout ${ms(frame.start + frame.duration - frame.styleAndLayoutStart)}` : '';
  const scripts = [...frame.scripts]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, shown)
    .map((script) => {
      const where = `${fileOf(script.sourceURL)}:${script.sourceCharPosition}${script.sourceFunctionName === '' ? '' : ` ${script.sourceFunctionName}`}`;
      const forced = script.forcedStyleAndLayoutDuration > 0 ? `, forced layout ${ms(script.forcedStyleAndLayoutDuration)}` : '';
      return `${ms(script.duration)} ${script.invoker} (${where}${forced})`;
    });
  return `${ms(frame.duration)} frame${layout}${scripts.length === 0 ? '' : `: ${scripts.join('; ')}`}`;
}

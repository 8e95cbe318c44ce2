// Two moments on the page's own clock, so Playwright's round trips are not measured: when an
// analyst's event reached the page, and when its result was drawn (after the frame that lays
// it out and paints it, not before), with what the main thread did in between.

import type { BrowserContext, Page } from '@playwright/test';
import { describeFrame, observeLongTasks, readLongTasks, summarise, type MainThreadSummary } from './long-tasks';

/** ms from the analyst's event to the result drawn, and what the main thread did meanwhile. */
export interface Stretch extends MainThreadSummary {
  elapsedMs: number;
}

/** What a wait's condition calls once it holds (see waitDrawn). */
export interface StampWindow {
  benchStampDrawn(): boolean;
}

interface ClockWindow extends Partial<StampWindow> {
  benchMark?: Promise<number>;
  benchDrawn?: Promise<number>;
}

/** Prepares every page of `context`: the long-task observers and the stamp a wait's condition calls once it holds. */
export async function observeClock(context: BrowserContext): Promise<void> {
  await observeLongTasks(context);
  await context.addInitScript(() => {
    const clock = window as unknown as ClockWindow;
    clock.benchStampDrawn = () => {
      // Called from a frame callback, which runs before the frame's style, layout and paint; a task queued now runs after them.
      clock.benchDrawn ??= new Promise((resolve) => setTimeout(() => resolve(performance.now()), 0));
      return true;
    };
  });
}

/** Notes the clock at the next `type` event, before any of the page's own handlers see it, and forgets the last drawn stamp. */
export async function markNext(page: Page, type: 'click' | 'change'): Promise<void> {
  await page.evaluate((type) => {
    const clock = window as unknown as ClockWindow;
    delete clock.benchDrawn;
    clock.benchMark = new Promise((resolve) => window.addEventListener(type, () => resolve(performance.now()), { capture: true, once: true }));
  }, type);
}

export async function markedAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ClockWindow).benchMark ?? Promise.reject(new Error('No event was marked.')));
}

/**
 * The clock once the frame is painted in which a wait's condition first held: `wait` is a
 * page.waitForFunction polling per frame ('raf') whose condition ends by calling
 * `window.benchStampDrawn()` once it holds.
 */
export async function drawnAt(page: Page, wait: Promise<unknown>): Promise<number> {
  await wait;
  return page.evaluate(() => (window as unknown as ClockWindow).benchDrawn ?? Promise.reject(new Error('The wait did not stamp the frame it saw.')));
}

export async function stretch(page: Page, from: number, to: number): Promise<Stretch> {
  return { elapsedMs: to - from, ...summarise(await readLongTasks(page), from, to) };
}

/** A stretch in one line: its length, its long tasks, and its longest frame with the scripts that ran in it. */
export function describeStretch(stretch: Stretch | null | undefined): string | null {
  if (stretch === null || stretch === undefined) return null;
  const frame = stretch.longestFrame === null ? 'no frame of 50 ms or more' : `longest frame ${describeFrame(stretch.longestFrame)}`;
  return `${Math.round(stretch.elapsedMs)} ms, ${stretch.longTasks} long task${stretch.longTasks === 1 ? '' : 's'}, the longest ${Math.round(stretch.longestTaskMs)} ms; ${frame}`;
}


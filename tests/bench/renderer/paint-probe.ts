// Timing inside the page, so Playwright's own round trips are not measured: from a user event
// (caught first, on window in the capture phase) to the first frame painted after the DOM
// shows its result (a MutationObserver sees it, then a frame runs and the task after it).

import type { Page } from '@playwright/test';

interface ProbeWindow {
  benchProbe?: Promise<number>;
}

export const PROBE_TIMEOUT_MS = 30_000;

/** Arms the probe: the next `trigger` event starts the clock, `doneSelector` matching stops it. */
export async function armPaintProbe(page: Page, trigger: 'change' | 'click', doneSelector: string): Promise<void> {
  await page.evaluate(
    ({ trigger, doneSelector, timeout }) => {
      const probeWindow = window as unknown as ProbeWindow;
      probeWindow.benchProbe = new Promise<number>((resolve, reject) => {
        let start = -1;
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`"${doneSelector}" did not appear within ${timeout} ms of the ${trigger}.`));
        }, timeout);
        const check = () => {
          if (start < 0 || document.querySelector(doneSelector) === null) return;
          observer.disconnect();
          clearTimeout(timer);
          // The frame callback runs before that frame's paint; the task after it, after the paint.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        window.addEventListener(
          trigger,
          () => {
            start = performance.now();
            check();
          },
          { capture: true, once: true },
        );
      });
      // A rejection is read by paintProbeResult; keep it from being reported as unhandled first.
      probeWindow.benchProbe.catch(() => undefined);
    },
    { trigger, doneSelector, timeout: PROBE_TIMEOUT_MS },
  );
}

/** Milliseconds from the armed event to the painted result. */
export async function paintProbeResult(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).benchProbe;
    return probe ?? Promise.reject(new Error('No paint probe was armed.'));
  });
}

/** The value below which `fraction` of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

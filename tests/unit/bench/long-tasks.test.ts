// Reading the page's long tasks and long animation frames: which ran within a stretch of the
// page's clock, the longest of them, and a long frame told in one line.

import { describe, expect, it } from 'vitest';
import { describeFrame, longest, overlapping, renderingTask, summarise, type LongFrame, type MainThreadLog } from '../../bench/renderer/long-tasks';

const script = (invoker: string, duration: number, sourceCharPosition: number, sourceFunctionName = '', forcedStyleAndLayoutDuration = 0) => ({
  invoker,
  sourceURL: 'http://127.0.0.1:4000/assets/index-abc.js',
  sourceFunctionName,
  sourceCharPosition,
  duration,
  forcedStyleAndLayoutDuration,
});

const frame: LongFrame = {
  start: 1000,
  duration: 340,
  blockingDuration: 290,
  renderStart: 1210,
  styleAndLayoutStart: 1220,
  scripts: [script('TimerHandler:setTimeout', 60, 120), script('MessagePort.onmessage', 150, 9738, 'S', 32), script('Response.json.then', 8, 400)],
};

const log: MainThreadLog = {
  tasks: [
    { start: 90, duration: 70 },
    { start: 400, duration: 120 },
    { start: 700, duration: 55 },
    { start: 1000, duration: 340 },
  ],
  frames: [{ ...frame, start: 380, duration: 150, renderStart: 515, styleAndLayoutStart: 516, scripts: [] }, frame],
};

describe('overlapping', () => {
  it.each([
    { from: 100, to: 500, starts: [90, 400] },
    { from: 160, to: 400, starts: [] },
    { from: 520, to: 701, starts: [700] },
    { from: 0, to: 2000, starts: [90, 400, 700, 1000] },
  ])('keeps the tasks that ran at least partly within $from–$to ms', ({ from, to, starts }) => {
    expect(overlapping(log.tasks, from, to).map((task) => task.start)).toEqual(starts);
  });
});

describe('longest', () => {
  it('picks the longest entry, the first of equals', () => {
    expect(longest([{ start: 0, duration: 60 }, { start: 5, duration: 80 }, { start: 9, duration: 80 }])).toEqual({ start: 5, duration: 80 });
  });

  it('is null when there is no entry', () => {
    expect(longest([])).toBeNull();
  });
});

describe('renderingTask', () => {
  it.each([
    { renderStart: 1210, task: { start: 1210, duration: 130 } },
    { renderStart: 1290, task: { start: 1290, duration: 50 } },
    { renderStart: 1291, task: null },
    { renderStart: 0, task: null },
  ])('takes a frame’s rendering update from $renderStart ms as a task when it is 50 ms or more', ({ renderStart, task }) => {
    expect(renderingTask({ ...frame, renderStart })).toEqual(task);
  });
});

describe('summarise', () => {
  const shortFrame = log.frames[0];

  it('gives the longest task within the stretch, how many there were, and the longest frame', () => {
    expect(summarise(log, 350, 800)).toEqual({ longestTaskMs: 120, longTasks: 2, longestFrame: shortFrame });
  });

  it('says 0 ms when no task of 50 ms or more ran', () => {
    expect(summarise(log, 200, 390)).toEqual({ longestTaskMs: 0, longTasks: 0, longestFrame: shortFrame });
    expect(summarise(log, 1400, 1500)).toEqual({ longestTaskMs: 0, longTasks: 0, longestFrame: null });
  });

  it('counts a long rendering update that no long task entry holds', () => {
    const withoutTasks: MainThreadLog = { tasks: [{ start: 1000, duration: 90 }], frames: [{ ...frame, renderStart: 1100 }] };
    expect(summarise(withoutTasks, 900, 1400)).toEqual({ longestTaskMs: 240, longTasks: 1, longestFrame: { ...frame, renderStart: 1100 } });
  });
});

describe('describeFrame', () => {
  it('names the frame’s length, its style and layout, and its longest scripts with where they start', () => {
    expect(describeFrame(frame, 2)).toBe(
      '340 ms frame, style and layout 120 ms: 150 ms MessagePort.onmessage (index-abc.js:9738 S, forced layout 32 ms); 60 ms TimerHandler:setTimeout (index-abc.js:120)',
    );
  });

  it('says no more than the length of a frame without scripts or layout', () => {
    expect(describeFrame({ ...frame, styleAndLayoutStart: 0, scripts: [] })).toBe('340 ms frame');
  });
});

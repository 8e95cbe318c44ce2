import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertPageDom } from '../../../../host/article-loading/inert-page-dom';
import { type RequestCounter, startRequestCounter } from './request-counter';

// The page as saved, not pruned: every script, handler and resource is still in it.
const HOSTILE = readFileSync(new URL('../../../fixtures/articles/hostile-page.html', import.meta.url), 'utf8');

describe('inertPageDom', () => {
  let counter: RequestCounter;

  beforeAll(async () => {
    counter = await startRequestCounter();
  });

  afterAll(async () => {
    await counter.close();
  });

  it('runs no script or event handler and fetches no stylesheet, script, frame or image', async () => {
    const dom = inertPageDom(HOSTILE.replaceAll('RESOURCE_BASE', counter.base));
    await counter.settle();
    const { document } = dom.window;
    expect(counter.requests).toEqual([]);
    expect(document.title).toBe('Ferry timetable changes from Monday');
    // The article is as written: not replaced, not written to, its handlers never fired.
    const paragraphs = Array.from(document.querySelectorAll('p'), (paragraph) => paragraph.textContent ?? '');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^\s*The island ferry will leave the harbour/);
    expect(paragraphs.join(' ')).not.toMatch(/SCRIPT|ONLOAD|LOADED/);
    expect(document.querySelector('article')).not.toBeNull();
    dom.window.close();
  });
});

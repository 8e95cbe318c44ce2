// What an analyst does with the mouse in the article view, as reusable steps.

import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';

interface Point {
  x: number;
  y: number;
}

/**
 * Finds `text` in the article's text nodes. With `select`, selects it as a DOM range (as the
 * browser does for a keyboard selection); otherwise scrolls it into view and returns the
 * on-screen points of its first and last character.
 */
async function locateText(page: Page, text: string, select: boolean): Promise<{ from: Point; to: Point } | null> {
  const found = await page.locator('article.article').evaluate(
    (root, { wanted, makeSelection }) => {
      // The highlight ring's spoken label (it quotes the claim) is not article text.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('.claim-focus') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: Text[] = [];
      let all = '';
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text);
        all += (walker.currentNode as Text).data;
      }
      const index = all.indexOf(wanted);
      if (index < 0) return 'missing';
      // The text node holding `offset`; an offset at a node's end belongs to it when `atEnd`.
      const locate = (offset: number, atEnd: boolean): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length || (atEnd && offset === seen + node.data.length)) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error('offset past the text');
      };
      if (makeSelection) {
        const range = document.createRange();
        range.setStart(...locate(index, false));
        range.setEnd(...locate(index + wanted.length, true));
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return null;
      }
      const charRect = (offset: number): DOMRect => {
        const [node, at] = locate(offset, false);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect();
      };
      locate(index, false)[0].parentElement?.scrollIntoView({ block: 'center' });
      const first = charRect(index);
      const last = charRect(index + wanted.length - 1);
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    },
    { wanted: text, makeSelection: select },
  );
  if (found === 'missing') throw new Error(`The article does not show the text "${text}".`);
  return found;
}

/**
 * Selects `text` in the article by dragging the mouse across it, as a person would. In
 * right-to-left text, screen positions do not follow the order of the characters, so there
 * the selection is made as a range instead.
 */
export async function selectArticleText(page: Page, text: string): Promise<void> {
  const direction = await page.locator('article.article').evaluate((element) => getComputedStyle(element).direction);
  if (direction === 'rtl') {
    await locateText(page, text, true);
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(text);
    return;
  }
  const edges = await locateText(page, text, false);
  if (edges === null) throw new Error('no edges');
  const { from, to } = edges;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toContain(text.slice(1, -1));
}

export function claimCard(page: Page, quote: string): Locator {
  return page.getByRole('listitem').filter({ has: page.locator('blockquote', { hasText: quote }) });
}

/** Selects `text` and presses "Add claim"; returns the claim's card in the panel. */
export async function addClaim(page: Page, text: string): Promise<Locator> {
  await selectArticleText(page, text);
  await page.getByRole('button', { name: 'Add claim' }).click();
  const card = claimCard(page, text);
  await expect(card).toBeVisible();
  return card;
}

/** A claim's highlight as the page paints it (CSS Custom Highlight API). */
export interface PaintedHighlight {
  text: string;
  /** The highlight's name, `claimmark-<status>-<layer>`. */
  highlight: string;
  status: string;
  /** Claims of one status that share text are painted on different (translucent) layers. */
  layer: number;
}

/** Every claim's painted range in the article, in reading order (longer first at the same start). */
export async function paintedHighlights(page: Page): Promise<PaintedHighlight[]> {
  const painted = await page.evaluate(() => {
    const found: { range: Range; highlight: string }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('claimmark-')) return;
      for (const range of highlight) {
        const copy = new Range();
        copy.setStart(range.startContainer, range.startOffset);
        copy.setEnd(range.endContainer, range.endOffset);
        found.push({ range: copy, highlight: name });
      }
    });
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || b.range.compareBoundaryPoints(Range.END_TO_END, a.range));
    return found.map(({ range, highlight }) => ({ text: range.toString(), highlight }));
  });
  return painted.map(({ text, highlight }) => {
    const [, status = '', layer = '0'] = /^claimmark-(.+)-(\d+)$/.exec(highlight) ?? [];
    return { text, highlight, status, layer: Number(layer) };
  });
}

/** The claims' highlighted texts, each claim's whole span, in reading order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return (await paintedHighlights(page)).map((painted) => painted.text);
}

/** The status whose highlight is painted over exactly `text`, or null. */
export async function highlightStatusOf(page: Page, text: string): Promise<string | null> {
  return (await paintedHighlights(page)).find((painted) => painted.text === text)?.status ?? null;
}

/** The highlight painted over exactly `text`, or null. */
export async function highlightOf(page: Page, text: string): Promise<string | null> {
  return (await paintedHighlights(page)).find((painted) => painted.text === text)?.highlight ?? null;
}

/** The colour a highlight paints behind the text, as the page's style gives it. */
export async function highlightColour(page: Page, highlight: string): Promise<string> {
  return page
    .locator('article.article')
    .evaluate((article, name) => getComputedStyle(article.querySelector('[data-block-start]') ?? article, `::highlight(${name})`).backgroundColor, highlight);
}

/** Clicks the middle of `text` in the article, as a person clicks a highlight. */
export async function clickArticleText(page: Page, text: string): Promise<void> {
  const edges = await locateText(page, text, false);
  if (edges === null) throw new Error('no edges');
  const middle = Math.floor(text.length / 2);
  const point = await page.locator('article.article').evaluate(
    (root, { wanted, at }) => {
      // The highlight ring's spoken label (it quotes the claim) is not article text.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('.claim-focus') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      let all = '';
      const nodes: Text[] = [];
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text);
        all += (walker.currentNode as Text).data;
      }
      let offset = all.indexOf(wanted) + at;
      for (const node of nodes) {
        if (offset < node.data.length) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        offset -= node.data.length;
      }
      throw new Error('offset past the text');
    },
    { wanted: text, at: middle },
  );
  await page.mouse.click(point.x, point.y);
}

export async function waitForSampleArticle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
}

/** Where the end-to-end article files live. */
export function articleFile(name: string): string {
  return fileURLToPath(new URL(`../articles/${name}`, import.meta.url));
}

/** Presses "Open article" and picks `paths` in the file chooser, as a person would. */
export async function openArticleFiles(page: Page, ...paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open article' }).click();
  await (await chooser).setFiles(paths);
}

/** Drops files on the window, as dragging them from a file manager does. */
export async function dropArticleFiles(page: Page, files: { name: string; content: string; type?: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) transfer.items.add(new File([item.content], item.name, { type: item.type ?? '' }));
    return transfer;
  }, files);
  await page.locator('.app').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.app').dispatchEvent('drop', { dataTransfer });
}

export function libraryItems(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Library' }).getByRole('listitem');
}

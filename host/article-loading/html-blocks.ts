// Walks sanitised article HTML in document order and turns it into blocks of plain text:
// paragraphs, headings, list items with their depth, quotes, code, and image descriptions
// as captions. Images are never loaded: only their alt text and figure captions are read.
// The walk keeps its own stack of work rather than recursing, so no depth of nesting can
// exhaust the thread's call stack.

import { type ContentBlock, safeHttpUrl } from '../../shared/article/article-content';
import { type BlockStyle, BlockWriter } from './block-writer';
import type { MarkKind } from '../../shared/model';
import { type LinkTarget, type MarkSet, NO_MARKS, withMark } from './inline-text';
import { UNMETERED, type WorkMeter } from './work-meter';

// The DOM's node types; the `Node` global does not exist in the main process.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is not article text. The sanitiser removes most of them already. */
const SKIPPED = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'button', 'select', 'textarea', 'rt', 'rp']);

/** Elements shown as a block of their own, whose loose text is a paragraph. */
const CONTAINERS = new Set([
  'address',
  'article',
  'aside',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'legend',
  'main',
  'nav',
  'p',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
]);

const LISTS = new Set(['ul', 'ol', 'menu']);
const HEADING = /^h([1-6])$/;
const CELLS = new Set(['td', 'th']);

/** Inline elements whose text is kept as bold, italic or code. */
const MARKS: ReadonlyMap<string, MarkKind> = new Map([
  ['b', 'strong'],
  ['strong', 'strong'],
  ['i', 'emphasis'],
  ['em', 'emphasis'],
  ['code', 'code'],
  ['kbd', 'code'],
  ['samp', 'code'],
  ['tt', 'code'],
]);

export interface HtmlBlockOptions {
  /** The article's title: the first top-level heading that repeats it is not part of the body. */
  title?: string;
  /** Told of each node visited, for tests. */
  meter?: WorkMeter;
}

interface Context {
  /** The style loose text in the current element is written in. */
  style: BlockStyle;
  link: LinkTarget | null;
  marks: MarkSet;
  listDepth: number;
  ordered: boolean;
  inQuote: boolean;
}

export function htmlBlocks(root: Node, options: HtmlBlockOptions = {}): ContentBlock[] {
  const walker = new HtmlBlockWalker(options.title === undefined ? null : comparable(options.title));
  walker.walk(root, { style: { kind: 'paragraph' }, link: null, marks: NO_MARKS, listDepth: 0, ordered: false, inQuote: false }, options.meter ?? UNMETERED);
  return walker.writer.finish();
}

/** Work left to do: a node and the siblings after it, or the end of a block. */
type Task = { from: Node; context: Context } | 'end-block';

class HtmlBlockWalker {
  readonly writer = new BlockWriter();
  /** Cleared once the heading that repeats the title has been dropped. */
  private title: string | null;
  private readonly tasks: Task[] = [];

  constructor(title: string | null) {
    this.title = title;
  }

  /** Walks `root`'s children in document order: a node's own content before its next sibling. */
  walk(root: Node, context: Context, meter: WorkMeter): void {
    this.children(root, context);
    for (let task = this.tasks.pop(); task !== undefined; task = this.tasks.pop()) {
      if (task === 'end-block') {
        this.writer.end();
        continue;
      }
      const { from: node, context: at } = task;
      meter(1);
      // Sibling pointers rather than `childNodes`, whose live list jsdom is slow to read.
      if (node.nextSibling !== null) this.tasks.push({ from: node.nextSibling, context: at });
      if (node.nodeType === TEXT_NODE) this.writer.write(at.style, node.nodeValue ?? '', at.link, at.marks);
      else if (node.nodeType === ELEMENT_NODE) this.element(node as Element, at);
    }
  }

  /** The children of `parent` come next, before anything already waiting. */
  private children(parent: Node, context: Context): void {
    if (parent.firstChild !== null) this.tasks.push({ from: parent.firstChild, context });
  }

  private element(element: Element, context: Context): void {
    const tag = element.localName;
    if (SKIPPED.has(tag)) return;
    const mark = MARKS.get(tag);
    const heading = HEADING.exec(tag);
    if (heading !== null) {
      this.heading(element, Number(heading[1]), context);
    } else if (tag === 'br') {
      this.writer.write(context.style, ' ', context.link, context.marks);
    } else if (tag === 'img') {
      this.writer.caption(element.getAttribute('alt') ?? '');
    } else if (tag === 'a') {
      const href = safeHttpUrl(element.getAttribute('href') ?? '');
      this.children(element, href === null ? context : { ...context, link: { href } });
    } else if (mark !== undefined) {
      this.children(element, { ...context, marks: withMark(context.marks, mark) });
    } else if (tag === 'pre') {
      this.writer.preformatted(element.textContent ?? '');
    } else if (tag === 'figcaption' || tag === 'caption') {
      this.block(element, { ...context, style: { kind: 'caption' } });
    } else if (LISTS.has(tag)) {
      this.block(element, { ...context, listDepth: context.listDepth + 1, ordered: tag === 'ol' });
    } else if (tag === 'li') {
      const style: BlockStyle = context.inQuote
        ? { kind: 'quote' }
        : { kind: 'list-item', level: Math.max(1, context.listDepth), ordered: context.ordered };
      this.block(element, { ...context, style });
    } else if (tag === 'blockquote') {
      this.block(element, { ...context, style: { kind: 'quote' }, inQuote: true });
    } else if (CELLS.has(tag)) {
      this.cell(element, context);
    } else if (CONTAINERS.has(tag)) {
      this.block(element, { ...context, style: this.looseStyle(context) });
    } else {
      // Other inline elements (span, time, ...) and unknown ones: their text flows on.
      this.children(element, context);
    }
  }

  private heading(element: Element, level: number, context: Context): void {
    // Readability turns every <h1> into an <h2>, and leaves in a title heading it cannot
    // compare (its word splitting drops non-Latin text), so both levels are checked.
    if (level <= 2 && this.title !== null && comparable(element.textContent ?? '') === this.title) {
      this.title = null;
      return;
    }
    // Level 1 is the article's title; the body's headings start at 2.
    const style: BlockStyle = context.inQuote ? { kind: 'quote' } : { kind: 'heading', level: Math.min(6, Math.max(2, level)) };
    this.block(element, { ...context, style });
  }

  /** A table row is one line of text, its cells set apart by " | ". */
  private cell(element: Element, context: Context): void {
    this.writer.separate(context.style, ' | ');
    this.children(element, context);
  }

  /** A new block in `context.style` (fresh, so it never runs on into text before it). */
  private block(element: Element, context: Context): void {
    this.writer.end();
    this.tasks.push('end-block');
    this.children(element, { ...context, style: { ...context.style } });
  }

  /** What text directly inside a <div> or <p> becomes, given where the element sits. */
  private looseStyle(context: Context): BlockStyle {
    if (context.inQuote) return { kind: 'quote' };
    if (context.style.kind === 'list-item') return { ...context.style };
    return { kind: 'paragraph' };
  }
}

function comparable(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().normalize('NFC').toLocaleLowerCase();
}

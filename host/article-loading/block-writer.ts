// Collects the blocks of an article body while a loader walks its source in document order.
// Inline text is written against a block style; text written with the same style object
// goes into one block until something else (another block, an image) ends it, so a loader
// never has to know in advance where a block's text stops.

import type { ContentBlock, ContentBlockKind } from '../../shared/article/article-content';
import { InlineText, type LinkTarget, type MarkSet, NO_MARKS, preformattedText } from './inline-text';

export interface BlockStyle {
  readonly kind: Exclude<ContentBlockKind, 'title' | 'preformatted'>;
  readonly level?: number;
  readonly ordered?: boolean;
}

export class BlockWriter {
  private readonly blocks: ContentBlock[] = [];
  private open: { style: BlockStyle; text: InlineText; separator: string | null } | null = null;

  /** Adds inline text to the open block of `style`, starting a new block if another is open. */
  write(style: BlockStyle, text: string, link: LinkTarget | null = null, marks: MarkSet = NO_MARKS): void {
    if (this.open?.style !== style) {
      this.end();
      this.open = { style, text: new InlineText(), separator: null };
    }
    if (this.open.separator !== null && text.trim() !== '') {
      this.open.text.append(this.open.separator);
      this.open.separator = null;
    }
    this.open.text.append(text, link, marks);
  }

  /**
   * Puts `separator` (e.g. between table cells) before the next text written in `style`,
   * if the open block already has text and more follows; never at either end.
   */
  separate(style: BlockStyle, separator: string): void {
    if (this.open?.style === style && !this.open.text.isBlank()) this.open.separator = separator;
  }

  /** Ends the open block; text written after it, even in the same style, starts a new one. */
  end(): void {
    if (this.open === null) return;
    const { style, text } = this.open;
    this.open = null;
    const finished = text.finish();
    if (finished.text === '') return;
    const block: ContentBlock = { kind: style.kind, text: finished.text };
    if (style.level !== undefined) block.level = style.level;
    if (style.ordered !== undefined) block.ordered = style.ordered;
    if (finished.links.length > 0) block.links = finished.links;
    if (finished.marks.length > 0) block.marks = finished.marks;
    this.push(block);
  }

  /** An image's description: a caption block of its own, between the text around it. */
  caption(text: string): void {
    // A decorative image (no alt text) does not interrupt the text around it.
    if (text.trim() === '') return;
    this.end();
    this.write({ kind: 'caption' }, text);
    this.end();
  }

  /** Code shown as typed: the block's kind says it is code, so it needs no marks. */
  preformatted(raw: string): void {
    this.end();
    const text = preformattedText(raw);
    if (text !== '') this.push({ kind: 'preformatted', text });
  }

  /** Blocks another walker produced, e.g. from raw HTML inside Markdown. */
  append(blocks: readonly ContentBlock[]): void {
    this.end();
    for (const block of blocks) this.push(block);
  }

  finish(): ContentBlock[] {
    this.end();
    return this.blocks;
  }

  private push(block: ContentBlock): void {
    // A figure's image description and its caption are often the same words.
    const previous = this.blocks[this.blocks.length - 1];
    if (block.kind === 'caption' && previous?.kind === 'caption' && previous.text === block.text) return;
    this.blocks.push(block);
  }
}

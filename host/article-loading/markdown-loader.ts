// Loads a Markdown article. marked's lexer gives the document's structure as tokens, which
// are flattened here into plain-text blocks, bold, italic and code kept as marks over the
// text; Markdown is never rendered to HTML. Raw HTML in the file is article text like any
// other, shown as typed (a block of it as code), so no markup ever reaches the window and
// no line of the file is hidden from the analyst.

import type { MarkedToken, Token, Tokens } from 'marked';
import { parse } from 'node:path';
import { type ArticleContent, safeHttpUrl } from '../../shared/article/article-content';
import { ApiError } from '../../shared/api';
import type { ArticleSource } from './article-loader';
import { type BlockStyle, BlockWriter } from './block-writer';
import { decodeHtmlEntities } from './decode-html-entities';
import { splitFrontMatter } from './front-matter';
import { InlineText, type LinkTarget, type MarkSet, NO_MARKS, withMark } from './inline-text';
import { lexMarkdown, lexMarkdownInline } from './markdown-lexer';
import { UNMETERED, type WorkMeter } from './work-meter';

/** `meter` counts the text marked's inline rule looks at, for tests. */
export function loadMarkdownArticle({ fileName, text }: ArticleSource, meter: WorkMeter = UNMETERED): ArticleContent {
  const { frontMatter, body } = splitFrontMatter(text);
  const { title, tokens } = takeTitle(lexMarkdown(body, meter), frontMatter.title);
  const walker = new MarkdownBlockWalker();
  walker.blocks(tokens, { inQuote: false, listDepth: 0 });
  const blocks = walker.writer.finish();
  if (blocks.length === 0) throw new ApiError('invalid-input', `${fileName}: The file has no article text.`);
  return {
    title: title ?? parse(fileName).name,
    byline: frontMatter.author,
    siteName: null,
    publishedTime: frontMatter.date,
    source: frontMatter.source,
    dir: null,
    blocks,
  };
}

/** Where inline content goes: a block of the body, or the title. */
interface InlineSink {
  text(text: string, at: InlineContext): void;
  image(alt: string): void;
}

/** What inline text sits inside. `literal` is for autolinks, whose text marked leaves undecoded on purpose. */
interface InlineContext {
  link: LinkTarget | null;
  marks: MarkSet;
  literal: boolean;
}

const OUTSIDE: InlineContext = { link: null, marks: NO_MARKS, literal: false };

interface Context {
  inQuote: boolean;
  listDepth: number;
}

/** Tokens that show nothing (blank lines, rules, link definitions). */
const INVISIBLE = new Set(['space', 'hr', 'def']);

// The title is the front matter's title, else the first level-1 heading, else the first
// heading or line if the file starts with one; otherwise the caller uses the file name.
function takeTitle(tokens: readonly Token[], declared: string | null): { title: string | null; tokens: Token[] } {
  const h1 = tokens.findIndex((token) => isHeading(token) && token.depth === 1);
  const heading = tokens[h1];
  if (declared !== null) {
    // A first heading that repeats the declared title is not part of the body.
    const repeated = heading !== undefined && isHeading(heading) && comparable(inlinePlainText(heading.tokens)) === comparable(declared);
    return { title: declared, tokens: repeated ? without(tokens, h1) : [...tokens] };
  }
  if (heading !== undefined && isHeading(heading)) return { title: inlinePlainText(heading.tokens) || null, tokens: without(tokens, h1) };

  const firstIndex = tokens.findIndex((token) => !INVISIBLE.has(token.type));
  const first = tokens[firstIndex] as MarkedToken | undefined;
  if (first?.type === 'heading') return { title: inlinePlainText(first.tokens) || null, tokens: without(tokens, firstIndex) };
  if (first?.type !== 'paragraph') return { title: null, tokens: [...tokens] };

  const [line = '', ...more] = first.text.split('\n');
  const rest = [...tokens];
  if (more.length === 0) rest.splice(firstIndex, 1);
  else rest.splice(firstIndex, 1, { ...first, text: more.join('\n'), tokens: lexMarkdownInline(more.join('\n')) });
  return { title: inlinePlainText(lexMarkdownInline(line)) || null, tokens: rest };
}

function isHeading(token: Token): token is Tokens.Heading {
  return token.type === 'heading';
}

function without(tokens: readonly Token[], index: number): Token[] {
  return tokens.filter((_, at) => at !== index);
}

function comparable(text: string): string {
  return text.toLocaleLowerCase();
}

/** Inline tokens as one line of plain text, without links or images. */
function inlinePlainText(tokens: readonly Token[]): string {
  const text = new InlineText();
  new MarkdownBlockWalker().inline(tokens, { text: (piece) => text.append(piece), image: () => undefined });
  return text.finish().text;
}

class MarkdownBlockWalker {
  readonly writer = new BlockWriter();

  blocks(tokens: readonly Token[], context: Context): void {
    for (const token of tokens) this.block(token as MarkedToken, context);
  }

  private block(token: MarkedToken, context: Context): void {
    switch (token.type) {
      case 'heading':
        this.inlineBlock(token.tokens, context.inQuote ? { kind: 'quote' } : { kind: 'heading', level: Math.min(6, Math.max(2, token.depth)) });
        break;
      case 'paragraph':
      case 'text':
        this.inlineBlock(token.tokens ?? [token], { kind: context.inQuote ? 'quote' : 'paragraph' });
        break;
      case 'blockquote':
        this.blocks(token.tokens, { ...context, inQuote: true });
        break;
      case 'list':
        this.list(token, context);
        break;
      case 'code':
        this.writer.preformatted(token.text);
        break;
      case 'html':
        // Shown as typed, scripts and all: the file's own words, which the analyst may quote.
        this.writer.preformatted(token.text);
        break;
      case 'table':
        for (const row of [token.header, ...token.rows]) this.tableRow(row, context);
        break;
      default:
        // Rules, blank lines and link definitions show no text.
        break;
    }
  }

  private list(list: Tokens.List, context: Context): void {
    const inner: Context = { ...context, listDepth: context.listDepth + 1 };
    for (const item of list.items) {
      const style: BlockStyle = context.inQuote ? { kind: 'quote' } : { kind: 'list-item', level: inner.listDepth, ordered: list.ordered };
      this.writer.end();
      for (const child of item.tokens as MarkedToken[]) {
        if (child.type === 'text' || child.type === 'paragraph') {
          // The paragraphs of one item are one block: a new block would read as a new item.
          this.inline(child.tokens ?? [child], this.sink(style));
          this.writer.write(style, ' ');
        } else if (child.type === 'checkbox') {
          this.writer.write(style, child.checked ? '[x] ' : '[ ] ');
        } else {
          this.block(child, inner);
        }
      }
      this.writer.end();
    }
  }

  /** A table row is one line of text, its cells set apart by " | ". */
  private tableRow(cells: readonly Tokens.TableCell[], context: Context): void {
    const style: BlockStyle = { kind: context.inQuote ? 'quote' : 'paragraph' };
    this.writer.end();
    for (const cell of cells) {
      this.writer.separate(style, ' | ');
      this.inline(cell.tokens, this.sink(style));
    }
    this.writer.end();
  }

  private inlineBlock(tokens: readonly Token[], style: BlockStyle): void {
    this.writer.end();
    this.inline(tokens, this.sink(style));
    this.writer.end();
  }

  private sink(style: BlockStyle): InlineSink {
    return {
      text: (text, at) => this.writer.write(style, text, at.link, at.marks),
      image: (alt) => this.writer.caption(alt),
    };
  }

  /**
   * Flattens inline tokens to text: emphasis and code lose their markers and become marks,
   * links keep their text and, when absolute http(s), their target; inline HTML is text.
   */
  inline(tokens: readonly Token[], sink: InlineSink, at: InlineContext = OUTSIDE): void {
    for (const token of tokens as MarkedToken[]) {
      switch (token.type) {
        case 'text':
          if (token.tokens !== undefined) this.inline(token.tokens, sink, at);
          else sink.text(at.literal ? token.text : decodeHtmlEntities(token.text), at);
          break;
        case 'escape':
        case 'html':
          sink.text(token.text, at);
          break;
        case 'codespan':
          sink.text(token.text, { ...at, marks: withMark(at.marks, 'code') });
          break;
        case 'br':
          sink.text(' ', at);
          break;
        case 'checkbox':
          sink.text(token.checked ? '[x] ' : '[ ] ', at);
          break;
        case 'image':
          sink.image(inlinePlainText(token.tokens));
          break;
        case 'link': {
          const href = safeHttpUrl(token.autolink === true ? token.href : decodeHtmlEntities(token.href));
          this.inline(token.tokens, sink, { ...at, link: href === null ? at.link : { href }, literal: token.autolink === true });
          break;
        }
        case 'strong':
          this.inline(token.tokens, sink, { ...at, marks: withMark(at.marks, 'strong') });
          break;
        case 'em':
          this.inline(token.tokens, sink, { ...at, marks: withMark(at.marks, 'emphasis') });
          break;
        case 'del':
          this.inline(token.tokens, sink, at);
          break;
        default:
          break;
      }
    }
  }
}

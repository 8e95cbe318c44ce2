// Loads a Markdown article. marked's lexer gives the document's structure as tokens, which
// are flattened here into plain-text blocks; Markdown is never rendered to HTML. Raw HTML
// in the file goes through the same sanitiser and block walker as a saved web page, so no
// script, event handler or markup survives, and only absolute http(s) links are kept.

import type { MarkedToken, Token, Tokens } from 'marked';
import { parse } from 'node:path';
import { type ArticleContent, safeHttpUrl } from '../../shared/article/article-content';
import { ApiError } from '../../shared/api';
import type { ArticleSource } from './article-loader';
import { type BlockStyle, BlockWriter } from './block-writer';
import { decodeHtmlEntities } from './decode-html-entities';
import { splitFrontMatter } from './front-matter';
import { htmlBlocks } from './html-blocks';
import { InlineText, type LinkTarget } from './inline-text';
import { lexMarkdown, lexMarkdownInline } from './markdown-lexer';
import { RawTextGuard } from './raw-text-guard';
import { sanitizeArticleHtml } from './sanitize-article-html';
import { UNMETERED, type WorkMeter } from './work-meter';

/** `meter` counts the text marked's inline rule looks at, and the raw HTML the script guard scans, for tests. */
export function loadMarkdownArticle({ fileName, text }: ArticleSource, meter: WorkMeter = UNMETERED): ArticleContent {
  const { frontMatter, body } = splitFrontMatter(text);
  const { title, tokens } = takeTitle(lexMarkdown(body, meter), frontMatter.title);
  const walker = new MarkdownBlockWalker(meter);
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
  text(text: string, link: LinkTarget | null): void;
  image(alt: string): void;
}

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
  // Raw HTML blocks can open a <script> that only a later block closes.
  private readonly rawText: RawTextGuard;

  constructor(meter: WorkMeter = UNMETERED) {
    this.rawText = new RawTextGuard(meter);
  }

  blocks(tokens: readonly Token[], context: Context): void {
    for (const token of tokens) {
      if (this.rawText.skipping && token.type !== 'html') continue;
      this.block(token as MarkedToken, context);
    }
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
        this.rawHtml(token.text);
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
        if (this.rawText.skipping && child.type !== 'html') continue;
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

  private rawHtml(html: string): void {
    const visible = this.rawText.visible(html);
    if (visible.trim() !== '') this.writer.append(htmlBlocks(sanitizeArticleHtml(visible)));
  }

  private inlineBlock(tokens: readonly Token[], style: BlockStyle): void {
    this.writer.end();
    this.inline(tokens, this.sink(style));
    this.writer.end();
  }

  private sink(style: BlockStyle): InlineSink {
    return {
      text: (text, link) => this.writer.write(style, text, link),
      image: (alt) => this.writer.caption(alt),
    };
  }

  /**
   * Flattens inline tokens to text: emphasis loses its markers, code keeps its text, links
   * keep their text and, when absolute http(s), their target. `literal` is for autolinks,
   * whose text marked leaves undecoded on purpose.
   */
  inline(tokens: readonly Token[], sink: InlineSink, link: LinkTarget | null = null, rawText = new RawTextGuard(), literal = false): void {
    for (const token of tokens as MarkedToken[]) {
      if (token.type === 'html') {
        // An inline HTML token is a single tag or comment: it has no text of its own.
        const visible = rawText.visible(token.text);
        if (/^<br\b/i.test(visible.trim())) sink.text(' ', link);
        continue;
      }
      if (rawText.skipping) continue;
      switch (token.type) {
        case 'text':
          if (token.tokens !== undefined) this.inline(token.tokens, sink, link, rawText, literal);
          else sink.text(literal ? token.text : decodeHtmlEntities(token.text), link);
          break;
        case 'escape':
        case 'codespan':
          sink.text(token.text, link);
          break;
        case 'br':
          sink.text(' ', link);
          break;
        case 'checkbox':
          sink.text(token.checked ? '[x] ' : '[ ] ', link);
          break;
        case 'image':
          sink.image(inlinePlainText(token.tokens));
          break;
        case 'link': {
          const href = safeHttpUrl(token.autolink === true ? token.href : decodeHtmlEntities(token.href));
          this.inline(token.tokens, sink, href === null ? link : { href }, rawText, token.autolink === true);
          break;
        }
        case 'strong':
        case 'em':
        case 'del':
          this.inline(token.tokens, sink, link, rawText, literal);
          break;
        default:
          break;
      }
    }
  }
}

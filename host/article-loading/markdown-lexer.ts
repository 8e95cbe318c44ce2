// marked's lexer as the Markdown loader runs it (GitHub-flavoured), with a bound on how far
// its rule for plain inline text looks ahead. That rule checks, at each mark of punctuation,
// whether an e-mail address follows, scanning the whole run of characters an address may
// hold; in a long run ("a!!!…!b", 160 KB) it did so at every mark, and took a minute.

import { Lexer, type MarkedOptions, type Token, Tokenizer, type Tokens } from 'marked';
import { UNMETERED, type WorkMeter } from './work-meter';

/** The most text one call of the rule sees; marked joins the pieces into one text token. */
const TEXT_WINDOW = 256;

class WindowedTokenizer extends Tokenizer {
  private readonly meter: WorkMeter;

  constructor(meter: WorkMeter) {
    super();
    this.meter = meter;
  }

  override inlineText(src: string): Tokens.Text | undefined {
    const window = textWindow(src);
    this.meter(window.length);
    return super.inlineText(window);
  }
}

/**
 * The start of `src`, cut before a space where there is one: an address or link never holds
 * a space, and the next call starts at the space as marked itself would after a text token.
 */
function textWindow(src: string): string {
  if (src.length <= TEXT_WINDOW) return src;
  let cut = TEXT_WINDOW;
  while (cut > 1 && !/\s/u.test(src[cut] ?? '')) cut -= 1;
  if (cut === 1) cut = TEXT_WINDOW;
  // Never between the halves of a surrogate pair.
  const code = src.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return src.slice(0, cut);
}

function options(meter: WorkMeter): MarkedOptions {
  return { gfm: true, tokenizer: new WindowedTokenizer(meter) };
}

export function lexMarkdown(markdown: string, meter: WorkMeter = UNMETERED): Token[] {
  return new Lexer(options(meter)).lex(markdown);
}

export function lexMarkdownInline(markdown: string, meter: WorkMeter = UNMETERED): Token[] {
  return Lexer.lexInline(markdown, options(meter));
}

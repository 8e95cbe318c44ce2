// How deeply an article's elements nest, read from its tags in one pass before any parser
// builds a tree: Readability's work grows with the square of the depth (a 1,000-deep nest of
// <div>, 11 KB, took 46 s) and several parsers recurse once per level, so a page nested
// deeper than a reader could follow is refused up front with its depth.

import { ApiError } from '../../shared/api-error';
import { UNMETERED, type WorkMeter } from './work-meter';

/** The deepest nesting an article may have: real pages stay under 60, and a page 200 deep already takes Readability seconds. */
export const MAX_NESTING_DEPTH = 200;

/** Elements that never hold others. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out, which the next of their kind closes: their parents count for them. */
const IMPLIED_END = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'rb', 'rt', 'rtc', 'rp', 'optgroup', 'option', 'colgroup', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
/** The levels an element stands for with the ones it implies (a table's body, row and cell). */
const LEVELS: Readonly<Record<string, number>> = { table: 4, ul: 2, ol: 2, menu: 2, dl: 2, select: 2, datalist: 2 };
/** Elements whose content is text, not tags, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const NAME_CHARACTER = /[a-z0-9:_-]/;

/**
 * The deepest nesting of elements in `html` (or in the raw HTML of a Markdown file). Unclosed
 * tags stay open until an end tag of an element around them closes them, as in a browser;
 * `meter` is told of each tag read.
 */
export function htmlNestingDepth(html: string, meter: WorkMeter = UNMETERED): number {
  const source = html.toLowerCase();
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let depth = 0;
  let deepest = 0;
  for (let at = source.indexOf('<'); at !== -1 && at < source.length; at = source.indexOf('<', at)) {
    meter(1);
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at + 4);
      at = end === -1 ? source.length : end + 3;
      continue;
    }
    const closing = source[at + 1] === '/';
    let nameEnd = at + (closing ? 2 : 1);
    if (!/[a-z]/.test(source[nameEnd] ?? '')) {
      // "<!DOCTYPE", "<?xml", or a "<" that starts no tag.
      at = source[at + 1] === '!' || source[at + 1] === '?' ? skipPast(source, '>', at) : at + 1;
      continue;
    }
    while (NAME_CHARACTER.test(source[nameEnd] ?? '')) nameEnd += 1;
    const name = source.slice(at + (closing ? 2 : 1), nameEnd);
    const tagEnd = tagEndOf(source, nameEnd);
    at = tagEnd;
    if (closing) {
      if ((openCount.get(name) ?? 0) === 0) continue;
      // An end tag closes its element and whatever was left open inside it.
      for (let popped = open.pop(); popped !== undefined; popped = open.pop()) {
        openCount.set(popped, (openCount.get(popped) ?? 1) - 1);
        depth -= LEVELS[popped] ?? 1;
        if (popped === name) break;
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      at = skipPast(source, '>', Math.max(tagEnd, indexOrEnd(source, `</${name}`, tagEnd)));
      continue;
    }
    const foreign = (openCount.get('svg') ?? 0) > 0 || (openCount.get('math') ?? 0) > 0;
    const selfClosing = foreign && source[tagEnd - 2] === '/';
    if (VOID.has(name) || IMPLIED_END.has(name) || selfClosing) continue;
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    depth += LEVELS[name] ?? 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Just past the ">" that ends the tag whose name ends at `from`; a ">" in a quoted attribute value does not end it. */
function tagEndOf(source: string, from: number): number {
  let quote: string | null = null;
  let afterEquals = false;
  for (let at = from; at < source.length; at += 1) {
    const character = source[at] ?? '';
    if (quote !== null) {
      if (character === quote) quote = null;
    } else if (character === '>') {
      return at + 1;
    } else if (afterEquals && (character === '"' || character === "'")) {
      quote = character;
    }
    if (quote === null && !/\s/.test(character)) afterEquals = character === '=';
  }
  return source.length;
}

function indexOrEnd(source: string, text: string, from: number): number {
  const index = source.indexOf(text, from);
  return index === -1 ? source.length : index;
}

function skipPast(source: string, text: string, from: number): number {
  const index = source.indexOf(text, from);
  return index === -1 ? source.length : index + text.length;
}

// A list marker after a line's indentation: "- ", "* ", "+ ", "1. ", "1) ".
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * The deepest nesting Markdown can build without a tag: ">" markers starting a line (quotes),
 * a list item's indentation (two spaces a level), and a run of "*" or "_" that can open
 * emphasis (one level a marker; marked's work on such a run grows with its square).
 */
export function markdownNestingDepth(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split('\n')) {
    let at = 0;
    let quotes = 0;
    for (; at < line.length && (line[at] === '>' || line[at] === ' ' || line[at] === '\t'); at += 1) {
      if (line[at] === '>') quotes += 1;
    }
    deepest = Math.max(deepest, quotes);
    if (quotes === 0 && LIST_MARKER.test(line.slice(at, at + 11))) deepest = Math.max(deepest, Math.floor(at / 2) + 1);
    deepest = Math.max(deepest, longestEmphasisRun(line));
  }
  return deepest;
}

/** The longest run of "*" or "_" that something other than a space follows. */
function longestEmphasisRun(line: string): number {
  let longest = 0;
  let run = 0;
  let marker = '';
  for (let at = 0; at <= line.length; at += 1) {
    const character = line[at] ?? '';
    if ((character === '*' || character === '_') && (run === 0 || character === marker)) {
      run += 1;
      marker = character;
      continue;
    }
    if (run > 0 && character !== '' && !/\s/.test(character)) longest = Math.max(longest, run);
    run = character === '*' || character === '_' ? 1 : 0;
    marker = character;
  }
  return longest;
}

/** Refuses an article nested deeper than MAX_NESTING_DEPTH, saying how deep it is. */
export function checkNestingDepth(fileName: string, format: 'html' | 'md', text: string): void {
  const depth = format === 'md' ? Math.max(htmlNestingDepth(text), markdownNestingDepth(text)) : htmlNestingDepth(text);
  if (depth > MAX_NESTING_DEPTH) {
    throw new ApiError(
      'invalid-input',
      `${fileName}: this ${format === 'md' ? 'article' : 'page'} is nested ${depth.toLocaleString('en-US')} levels deep; ClaimMark opens articles nested up to ${MAX_NESTING_DEPTH} levels.`,
    );
  }
}

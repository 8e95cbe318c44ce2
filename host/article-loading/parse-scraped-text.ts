// Turns a news page saved as plain text (title line, page furniture, an optional image
// caption, body paragraphs, a source line, comment-form boilerplate) into its parts.
// Every rule is a general heuristic over the text's shape, not a match for one site.

import { countSentences, countWords } from './scraped-text-sentences';
import { UNMETERED, type WorkMeter } from './work-meter';

export interface ScrapedArticle {
  title: string;
  /** Image caption, if one was detected. */
  caption: string | null;
  /** Body paragraphs in order (lede first), each a single line of text. */
  paragraphs: string[];
  /** From an "Original Source: ..." or "Source: ..." line near the end, e.g. "www.theguardian.com". */
  source: string | null;
}

/** Raised when the text cannot be an article; the message is shown to the user as is. */
export class ArticleParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleParseError';
  }
}

/** `meter` counts the characters the sentence and word rules look at, for tests. */
export function parseScrapedText(raw: string, meter: WorkMeter = UNMETERED): ScrapedArticle {
  if (raw.includes('\u0000')) {
    throw new ArticleParseError('The file is not plain text (it contains binary data).');
  }
  const lines = normalizeLines(raw);
  const titleIndex = lines.findIndex((line) => line !== '');
  const title = lines[titleIndex];
  if (title === undefined) throw new ArticleParseError('The file is empty.');

  const bodyLines = dropLeadingCountLines(lines.slice(titleIndex + 1));
  const blocks = splitBlocks(bodyLines).flatMap(peelSourceLines).map((block) => block.join(' '));
  const { paragraphs, source } = separateTail(blocks, meter);

  const [first, ...rest] = paragraphs;
  if (first === undefined) throw new ArticleParseError('The file has a title but no article text.');
  if (rest.length > 0 && isCaption(first, meter)) return { title, caption: first, paragraphs: rest, source };
  return { title, caption: null, paragraphs, source };
}

// Scraped pages are full of no-break and other fixed-width spaces; a reader quoting the
// text types plain spaces, so all horizontal whitespace collapses to one ASCII space.
const HORIZONTAL_SPACE = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

function normalizeLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim());
}

// A comment or share count ("0", "1,234", "12 comments", "1.2K") right under the title.
const COUNT_LINE =
  /^(?:\d{1,3}(?:[,. ]\d{3})+|\d+|\d+(?:\.\d+)?[km])(?: (?:comments?|replies|responses?|shares?|views?|reactions?))?$/i;

function dropLeadingCountLines(lines: readonly string[]): string[] {
  const firstText = lines.findIndex((line) => line !== '' && !COUNT_LINE.test(line));
  return firstText === -1 ? [] : lines.slice(firstText);
}

/** Blocks are runs of non-empty lines; one or more blank lines separate them. */
function splitBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line !== '') {
      current.push(line);
    } else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const SOURCE_LINE = /^(?:original )?source ?: ?(\S.*)$/i;
const SOURCE_MAX_WORDS = 15;

function sourceOf(text: string): string | null {
  const value = SOURCE_LINE.exec(text)?.[1]?.trim();
  return value !== undefined && countWords(value) <= SOURCE_MAX_WORDS ? value : null;
}

// A source line is sometimes not set off by a blank line. It is split off the start of a
// block, or off the end when the line before it closes a sentence; a line in the middle
// of a hard-wrapped paragraph that happens to start with "source:" stays where it is.
function peelSourceLines(block: readonly string[]): string[][] {
  const first = block[0];
  if (block.length > 1 && first !== undefined && sourceOf(first) !== null) {
    return [[first], ...peelSourceLines(block.slice(1))];
  }
  const last = block[block.length - 1];
  const beforeLast = block[block.length - 2];
  if (last !== undefined && beforeLast !== undefined && sourceOf(last) !== null && ENDS_SENTENCE.test(beforeLast)) {
    return [...peelSourceLines(block.slice(0, -1)), [last]];
  }
  return [[...block]];
}

const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/;

// Comment forms, share bars, related-post lists and tag lines that sites append to the
// article. A block counts only when it starts with one of these and is short; headings
// such as "Leave a Reply" must be the whole block, so a sentence that merely begins with
// the same words ("Leave a reply to the ministry, the mayor urged") is never taken.
const BOILERPLATE_START = new RegExp(
  '^(?:' +
    [
      'leave a (?:reply|comment|response)(?: cancel reply)?[.:]?$',
      '(?:post|submit) (?:a )?comment',
      'cancel reply',
      'your email address will not be published',
      'required fields are marked',
      'save my name, email',
      'comments?(?: ?\\*| are closed\\b.*| ?:)?$',
      '\\d[\\d,.]* (?:comments?|responses?|replies|thoughts)\\b',
      'share (?:this|on|via)\\b',
      'like this:',
      'related(?: posts| articles| stories| news| content)?:?$',
      'related (?:posts|articles|stories|news|content)\\b',
      'you (?:may|might) also like',
      'subscribe to (?:our )?newsletter',
      'sign up (?:for|to) (?:our )?newsletter',
      'we use cookies',
      '(?:tags|tagged|categories|category) ?:',
      'filed under\\b',
    ].join('|') +
    ')',
  'i',
);
const BOILERPLATE_MAX_WORDS = 40;

function isBoilerplate(text: string): boolean {
  return BOILERPLATE_START.test(text) && countWords(text) <= BOILERPLATE_MAX_WORDS;
}

// A "real" paragraph is article prose: several sentences or a long one. Short single
// lines (form labels, related headlines) are not, so they cannot hide boilerplate above.
const REAL_PARAGRAPH_MIN_WORDS = 20;

function isRealParagraph(text: string, meter: WorkMeter): boolean {
  if (sourceOf(text) !== null || isBoilerplate(text)) return false;
  return countWords(text) >= REAL_PARAGRAPH_MIN_WORDS || countSentences(text, meter) >= 2;
}

// The tail is everything after the last real paragraph. Only there is a source line taken
// and only there does boilerplate cut the text: from the first boilerplate block to the end.
function separateTail(blocks: readonly string[], meter: WorkMeter): { paragraphs: string[]; source: string | null } {
  let tailStart = 0;
  blocks.forEach((text, index) => {
    if (isRealParagraph(text, meter)) tailStart = index + 1;
  });

  const paragraphs = blocks.slice(0, tailStart);
  let source: string | null = null;
  let inBoilerplate = false;
  for (const text of blocks.slice(tailStart)) {
    const found = sourceOf(text);
    if (found !== null) {
      source ??= found;
      continue;
    }
    if (isBoilerplate(text)) inBoilerplate = true;
    if (!inBoilerplate) paragraphs.push(text);
  }
  return { paragraphs, source };
}

// Caption rule. The first body block is an image caption only when all of these hold:
//  - it is one sentence of at most 40 words (a trailing photo credit such as
//    "Photograph: Reuters" or "(AP Photo/X)" aside), and more body text follows it;
//  - it has no attribution ("said", "told", "according to"...): that is how ledes read;
//  - it has no clause verb: no auxiliary except in a picture passive ("is seen", "are
//    pictured"), no irregular past ("met"), no finite "-ed" verb ("Police arrested"),
//    so it is a noun phrase ("A military landscape depicting tanks ...").
// Photo vocabulary ("depicting", "pictured", "photo", "illustration", a credit) lets
// "-ed" words read as participles ("Tanks destroyed near Kharkiv, pictured on Monday").
// Words ledes use as metaphors ("scene", "view", "landscape", "image") are not trusted
// alone. A wrong caption moves the lede out of the paragraphs, a missed one only leaves a
// line in them, so every doubt is resolved towards "not a caption".
const CAPTION_MAX_WORDS = 40;

function isCaption(text: string, meter: WorkMeter): boolean {
  if (sourceOf(text) !== null || isBoilerplate(text)) return false;
  const description = text.replace(PHOTO_CREDIT, '');
  const credited = description !== text;
  if (countWords(description) > CAPTION_MAX_WORDS || countSentences(description, meter) !== 1) return false;
  if (ATTRIBUTION.test(description)) return false;

  const words = tokenize(description, meter);
  const photographic = credited || PHOTO_CUE.test(description);
  if (words.some((word) => IRREGULAR_PAST.has(word.lower))) return false;
  if (!photographic && words.some(isFinitePastVerb)) return false;
  return words.every(
    (word, index) => !AUXILIARIES.has(word.lower) || PICTURE_PASSIVE.has(words[index + 1]?.lower ?? ''),
  );
}

const PHOTO_CREDIT =
  /\s*(?:\((?:ap|afp|reuters|getty|epa|photo|photograph|picture|image|illustration|credit)\b[^)]*\)|\b(?:photograph|photo|picture|image|illustration|credit)s? ?:[^.]*)$/i;

const PHOTO_CUE =
  /\b(?:depict(?:s|ed|ing)?|pictured|photo(?:s|graph|graphs|graphed)?|illustration|getty images|against (?:a|the) (?:background|backdrop))\b/i;

const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|stated|announced|according to|claimed|added|confirmed|warned|insisted|argued|explained|noted|declared|reported)\b/i;

// Words that give a sentence a finite verb. Present-tense main verbs ("heads") cannot be
// told from plural nouns without a dictionary, so they are not tried.
const AUXILIARIES = new Set(
  'am is are was were be has have had will would can could shall should may might must do does did'.split(' '),
);
const PICTURE_PASSIVE = new Set('seen pictured shown depicted photographed'.split(' '));
const IRREGULAR_PAST = new Set(
  'met took gave made struck found won fell rose came went began became saw sent brought fought caught sought thought shot spoke wrote ran'.split(
    ' ',
  ),
);
// "-ed" words that are not verbs, and picture verbs that describe the photo itself.
const NOT_PAST_VERBS = new Set(
  'hundred indeed speed breed greed bleed creed steed naked sacred wicked rugged ragged beloved kindred jagged pictured depicted photographed illustrated'.split(
    ' ',
  ),
);
// After these words an "-ed" word is a participle describing a noun ("armored vehicles",
// "heavily damaged buildings"), not the verb of the sentence.
const PARTICIPLE_CONTEXT = new Set(
  'a an the and or of with by in on at near past from into under over its their his her our two three four several many some'.split(
    ' ',
  ),
);

interface Word {
  lower: string;
  afterComma: boolean;
  isFirst: boolean;
  previous: string;
}

function tokenize(text: string, meter: WorkMeter): Word[] {
  const raw = text.split(' ').filter((token) => token !== '');
  const bare = raw.map((token) => bareWord(token, meter));
  return raw.map((token, index) => ({
    lower: bare[index] ?? '',
    afterComma: /[,;:]$/.test(raw[index - 1] ?? ''),
    isFirst: index === 0,
    previous: bare[index - 1] ?? '',
  }));
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

// The word without punctuation around it, trimmed by hand: a pattern for trailing
// punctuation ([^\p{L}\p{N}]+$) retries at every mark of a run that does not end the word,
// which made one 313 KB token such as "a!!!…!b" take over a minute.
function bareWord(token: string, meter: WorkMeter): string {
  const characters = [...token.toLowerCase()];
  let start = 0;
  let end = characters.length;
  while (start < end && !LETTER_OR_NUMBER.test(characters[start] ?? '')) start += 1;
  while (end > start && !LETTER_OR_NUMBER.test(characters[end - 1] ?? '')) end -= 1;
  meter(characters.length);
  return characters.slice(start, end).join('');
}

function isFinitePastVerb(word: Word): boolean {
  if (!/^[a-z]{3,}ed$/.test(word.lower) || NOT_PAST_VERBS.has(word.lower)) return false;
  const participle =
    word.isFirst ||
    word.afterComma ||
    PARTICIPLE_CONTEXT.has(word.previous) ||
    /ly$/.test(word.previous) ||
    /^\d/.test(word.previous);
  return !participle;
}

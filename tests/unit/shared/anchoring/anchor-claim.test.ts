import { describe, expect, it } from 'vitest';
import {
  MIN_FUZZY_SCORE,
  anchorClaim,
  anchorClaims,
  type AnchorOptions,
  type AnchorResult,
} from '../../../../shared/anchoring/anchor-claim';
import { describeRange, rangeProblem } from '../../../../shared/anchoring/selectors';
import type { ClaimSelectors } from '../../../../shared/model';

const TITLE = 'City council approves new budget\n\n';
const MEETING =
  'The council met on Tuesday evening to discuss the budget for next year. Members argued for three hours before the vote.\n\n';
const CLAIM = 'The mayor said unemployment fell by three percent last year.';
const CRITICS = ' Critics disputed the figure and asked for the underlying data.\n\n';
const VOTE = 'A spokesperson for the opposition called the budget reckless. The vote passed seven to four.';
const ARTICLE = TITLE + MEETING + CLAIM + CRITICS + VOTE;

const ARABIC_CLAIM = 'قال الوزير إن معدل البطالة انخفض بنسبة ثلاثة في المئة العام الماضي.';
const ARABIC = `أعلنت الحكومة ميزانيتها الجديدة يوم الثلاثاء بعد نقاش طويل. ${ARABIC_CLAIM} وشكك المنتقدون في هذا الرقم وطالبوا بالبيانات.`;
const HEBREW_CLAIM = 'ראש העיר אמר שהאבטלה ירדה בשלושה אחוזים בשנה שעברה.';
const HEBREW = `מועצת העיר התכנסה ביום שלישי כדי לדון בתקציב החדש. ${HEBREW_CLAIM} המבקרים הטילו ספק בנתון ודרשו לראות את הנתונים.`;
const CHINESE_CLAIM = '市长表示，去年失业率下降了百分之三。';
const CHINESE = `市议会周二晚上开会讨论明年的预算，议员们争论了三个小时。${CHINESE_CLAIM}批评者对这一数字提出质疑，并要求公布基础数据。`;
const EMOJI_CLAIM = '🗳️ The vote passed 7–4 👍 after a long night 🌙.';
const EMOJI = `Live updates 📰 from the council chamber, where tempers ran high. ${EMOJI_CLAIM} Reporters 🎤 waited outside for comment.`;
// "café" and "naïve" spelled with combining marks (e + U+0301, i + U+0308), and Hebrew with niqqud.
const COMBINING_CLAIM = 'The cafe\u0301 owner called the plan nai\u0308ve and unfair.';
const COMBINING = `Local businesses reacted on Wednesday morning. ${COMBINING_CLAIM} שָׁלוֹם was painted on the window.`;

/** The offset of the `nth` (0-based) occurrence of `needle` in `text`; fails the test if absent. */
function at(text: string, needle: string, nth = 0): number {
  let index = -1;
  for (let seen = 0; seen <= nth; seen += 1) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times in the test text`);
  }
  return index;
}

/** Selectors for the `nth` occurrence of `needle` in `text`, as made when the claim was created. */
function claimOn(text: string, needle: string, nth = 0): ClaimSelectors {
  const start = at(text, needle, nth);
  return describeRange(text, { start, end: start + needle.length });
}

/** Every result, whatever its kind, must be a range that could be a claim, or an honest orphan. */
function expectWellFormed(text: string, selectors: ClaimSelectors, result: AnchorResult, minScore = MIN_FUZZY_SCORE): void {
  if (result.kind === 'orphan') {
    if (result.candidate === null) return;
    const { start, end, exact, score } = result.candidate;
    expect(rangeProblem(text, start, end)).toBeNull();
    expect(exact).toBe(text.slice(start, end));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(minScore);
    return;
  }
  expect(rangeProblem(text, result.start, result.end)).toBeNull();
  if (result.kind === 'fuzzy') {
    expect(result.score).toBeGreaterThanOrEqual(minScore);
    expect(result.score).toBeLessThan(1);
    expect(text.slice(result.start, result.end)).not.toBe(selectors.quote.exact);
  } else {
    expect(text.slice(result.start, result.end)).toBe(selectors.quote.exact);
  }
}

interface AnchorCase {
  name: string;
  /** The text the claim was made on. */
  original: string;
  /** The claim's quote and which occurrence of it (0-based) the claim was made on. */
  quote: string;
  nth?: number;
  /** The text after the edit. */
  edited: string;
  kind: AnchorResult['kind'];
  /** For a placed claim: the text the range must hold, and which occurrence of it (0-based). */
  found?: string;
  foundNth?: number;
  /** For an orphan: the candidate's text, or null for no candidate. */
  candidate?: string | null;
}

const INSERTED = 'Update, 9 p.m.: the council has published the full minutes of the meeting.\n\n';
const REPEATED = 'The figures will be published next week.';
const REPEATED_ARTICLE =
  `The finance office released its first estimate on Monday morning. ${REPEATED} Officials would not comment further.\n\n` +
  'Several members of the opposition questioned the timing of the announcement before the vote.\n\n' +
  `The health department gave its own numbers in a statement on Friday. ${REPEATED} Hospitals expect more patients.`;
// The same paragraph, context included, three times: only nearness can choose.
const ECHO = 'Voters were asked the same question in three polls. Turnout was low. Nobody was surprised by it.\n\n';

const cases: AnchorCase[] = [
  { name: 'unchanged text', original: ARTICLE, quote: CLAIM, edited: ARTICLE, kind: 'position', found: CLAIM },
  {
    name: 'text inserted before the quote',
    original: ARTICLE,
    quote: CLAIM,
    edited: TITLE + INSERTED + MEETING + CLAIM + CRITICS + VOTE,
    kind: 'quote',
    found: CLAIM,
  },
  {
    name: 'text inserted after the quote',
    original: ARTICLE,
    quote: CLAIM,
    edited: ARTICLE + '\n\nCorrection: an earlier version misstated the vote count.',
    kind: 'position',
    found: CLAIM,
  },
  {
    name: 'text deleted before the quote',
    original: ARTICLE,
    quote: CLAIM,
    edited: TITLE + CLAIM + CRITICS + VOTE,
    kind: 'quote',
    found: CLAIM,
  },
  {
    name: 'the prefix rewritten',
    original: ARTICLE,
    quote: CLAIM,
    edited: TITLE + 'Councillors debated until late on Tuesday.\n\n' + CLAIM + CRITICS + VOTE,
    kind: 'quote',
    found: CLAIM,
  },
  {
    name: 'a word added inside the quote',
    original: ARTICLE,
    quote: CLAIM,
    edited: ARTICLE.replace('fell by three', 'fell by nearly three'),
    kind: 'fuzzy',
    found: CLAIM.replace('fell by three', 'fell by nearly three'),
  },
  {
    name: 'a word added right after the first word (edit distance alone would cut "The acting")',
    original: ARTICLE,
    quote: CLAIM,
    edited: ARTICLE.replace('The mayor', 'The acting mayor'),
    kind: 'fuzzy',
    found: CLAIM.replace('The mayor', 'The acting mayor'),
  },
  {
    name: 'a word added inside the quote and text inserted far before it',
    original: ARTICLE,
    quote: CLAIM,
    edited: TITLE + INSERTED.repeat(12) + MEETING + CLAIM.replace('said', 'told reporters') + CRITICS + VOTE,
    kind: 'fuzzy',
    found: CLAIM.replace('said', 'told reporters'),
  },
  {
    name: 'a typo fixed in the quote',
    original: ARTICLE.replace('unemployment', 'unemployement'),
    quote: CLAIM.replace('unemployment', 'unemployement'),
    edited: ARTICLE,
    kind: 'fuzzy',
    found: CLAIM,
  },
  {
    name: 'a typo fixed in the quote after its prefix was deleted',
    original: ARTICLE.replace('three percent', 'three precent'),
    quote: CLAIM.replace('three percent', 'three precent'),
    edited: TITLE + CLAIM + CRITICS + VOTE,
    kind: 'fuzzy',
    found: CLAIM,
  },
  {
    name: 'a repeated sentence: the context picks the second, though the first now sits at the old offset',
    original: REPEATED_ARTICLE,
    quote: REPEATED,
    nth: 1,
    // Inserting exactly the distance between the two moves the first onto the old offset.
    edited: 'x'.repeat(at(REPEATED_ARTICLE, REPEATED, 1) - at(REPEATED_ARTICLE, REPEATED)) + REPEATED_ARTICLE,
    kind: 'quote',
    found: REPEATED,
    foundNth: 1,
  },
  {
    name: 'a repeated sentence whose context was edited a little: still the second',
    original: REPEATED_ARTICLE,
    quote: REPEATED,
    nth: 1,
    edited: INSERTED + REPEATED_ARTICLE.replace('on Friday', 'late on Friday').replace('Hospitals', 'Clinics'),
    kind: 'quote',
    found: REPEATED,
    foundNth: 1,
  },
  {
    name: 'a repeated sentence, the first claimed: the context picks the first',
    original: REPEATED_ARTICLE,
    quote: REPEATED,
    nth: 0,
    edited: INSERTED + REPEATED_ARTICLE,
    kind: 'quote',
    found: REPEATED,
    foundNth: 0,
  },
  {
    name: 'a repeated paragraph with equal context: nearness picks the second',
    original: ECHO + ECHO + ECHO,
    quote: 'Turnout was low.',
    nth: 1,
    edited: 'Poll results.\n\n' + ECHO + ECHO + ECHO,
    kind: 'quote',
    found: 'Turnout was low.',
    foundNth: 1,
  },
  {
    name: 'a repeated paragraph with equal context: nearness picks the copy now at the old offset when the first is deleted',
    original: ECHO + ECHO + ECHO + ECHO,
    quote: 'Turnout was low.',
    nth: 1,
    edited: 'Poll results.\n\n' + ECHO + ECHO + ECHO,
    kind: 'quote',
    found: 'Turnout was low.',
    foundNth: 1,
  },
  {
    name: 'a repeated paragraph whose every copy had its context edited alike: nearness still picks the second',
    original: ECHO + ECHO + ECHO,
    quote: 'Turnout was low.',
    nth: 1,
    edited: ('Poll results.\n\n' + ECHO + ECHO + ECHO).replaceAll('Nobody', 'No one'),
    kind: 'quote',
    found: 'Turnout was low.',
    foundNth: 1,
  },
  {
    name: 'the paragraph holding the quote deleted',
    original: ARTICLE,
    quote: CLAIM,
    edited: TITLE + MEETING + VOTE,
    kind: 'orphan',
    candidate: null,
  },
  {
    name: 'the quote heavily reworded',
    original: ARTICLE,
    quote: CLAIM,
    edited: ARTICLE.replace(CLAIM, 'The mayor claimed that joblessness went down three points last year.'),
    kind: 'orphan',
    candidate: 'The mayor claimed that joblessness went down three points last year.',
  },
  {
    name: 'Arabic (RTL): text inserted before the quote',
    original: ARABIC,
    quote: ARABIC_CLAIM,
    edited: `عاجل: تحديث. ${ARABIC}`,
    kind: 'quote',
    found: ARABIC_CLAIM,
  },
  {
    name: 'Arabic (RTL): a word added inside the quote',
    original: ARABIC,
    quote: ARABIC_CLAIM,
    edited: ARABIC.replace('انخفض', 'انخفض فعلاً'),
    kind: 'fuzzy',
    found: ARABIC_CLAIM.replace('انخفض', 'انخفض فعلاً'),
  },
  {
    name: 'Hebrew (RTL): a word added inside the quote',
    original: HEBREW,
    quote: HEBREW_CLAIM,
    edited: HEBREW.replace('ירדה', 'ירדה כמעט'),
    kind: 'fuzzy',
    found: HEBREW_CLAIM.replace('ירדה', 'ירדה כמעט'),
  },
  {
    name: 'Chinese: text inserted before the quote',
    original: CHINESE,
    quote: CHINESE_CLAIM,
    edited: `【更新】${CHINESE}`,
    kind: 'quote',
    found: CHINESE_CLAIM,
  },
  {
    name: 'Chinese: a number corrected inside the quote',
    original: CHINESE,
    quote: CHINESE_CLAIM,
    edited: CHINESE.replace('百分之三', '百分之二点五'),
    kind: 'fuzzy',
    found: CHINESE_CLAIM.replace('百分之三', '百分之二点五'),
  },
  {
    name: 'emoji: text inserted before the quote',
    original: EMOJI,
    quote: EMOJI_CLAIM,
    edited: `🔴 LIVE ${EMOJI}`,
    kind: 'quote',
    found: EMOJI_CLAIM,
  },
  {
    name: 'emoji: one emoji swapped for another inside the quote',
    original: EMOJI,
    quote: EMOJI_CLAIM,
    edited: EMOJI.replace('👍', '👏'),
    kind: 'fuzzy',
    found: EMOJI_CLAIM.replace('👍', '👏'),
  },
  {
    name: 'emoji: a letter at the start of the quote replaced by an emoji (the match must take the whole pair)',
    original: ARTICLE,
    quote: CLAIM,
    edited: ARTICLE.replace(CLAIM, `😀${CLAIM.slice(1)}`),
    kind: 'fuzzy',
    found: `😀${CLAIM.slice(1)}`,
  },
  {
    name: 'emoji: the first letter of a quote at the very start of the text replaced by an emoji (no prefix to help)',
    original: ARTICLE,
    quote: TITLE.trim(),
    edited: `🏛${ARTICLE.slice(1)}`,
    kind: 'fuzzy',
    found: `🏛${TITLE.trim().slice(1)}`,
  },
  {
    name: 'emoji: a letter at the end of the quote replaced by an emoji',
    original: ARTICLE,
    quote: CLAIM,
    edited: ARTICLE.replace(CLAIM, `${CLAIM.slice(0, -1)}🎉`),
    kind: 'fuzzy',
    found: `${CLAIM.slice(0, -1)}🎉`,
  },
  {
    name: 'combining marks: text inserted before the quote',
    original: COMBINING,
    quote: COMBINING_CLAIM,
    edited: `Updated. ${COMBINING}`,
    kind: 'quote',
    found: COMBINING_CLAIM,
  },
  {
    name: 'combining marks: the quote normalised to NFC',
    original: COMBINING,
    quote: COMBINING_CLAIM,
    edited: COMBINING.normalize('NFC'),
    kind: 'fuzzy',
    found: COMBINING_CLAIM.normalize('NFC'),
  },
  {
    name: 'combining marks: Hebrew niqqud quote with text inserted before',
    original: COMBINING,
    quote: 'שָׁלוֹם was painted',
    edited: `Updated. ${COMBINING}`,
    kind: 'quote',
    found: 'שָׁלוֹם was painted',
  },
];

describe('anchorClaim', () => {
  it.each(cases)('$name → $kind', ({ original, quote, nth, edited, kind, found, foundNth, candidate }) => {
    const selectors = claimOn(original, quote, nth);
    const result = anchorClaim(edited, selectors);
    expect(result.kind).toBe(kind);
    expectWellFormed(edited, selectors, result);
    if (result.kind === 'orphan') {
      if (candidate === null) expect(result.candidate).toBeNull();
      else expect(result.candidate?.exact).toBe(candidate);
      return;
    }
    if (found === undefined) throw new Error('a case that places the claim must say where');
    const start = at(edited, found, foundNth);
    expect({ start: result.start, end: result.end }).toEqual({ start, end: start + found.length });
  });

  it('keeps the fuzzy score below 1 and above the minimum, higher for smaller edits', () => {
    const selectors = claimOn(ARTICLE, CLAIM);
    const scoreOf = (edited: string): number => {
      const result = anchorClaim(edited, selectors);
      if (result.kind !== 'fuzzy') throw new Error(`expected a fuzzy match, got ${result.kind}`);
      return result.score;
    };
    const oneLetter = scoreOf(ARTICLE.replace('three percent', 'thre percent'));
    const oneWord = scoreOf(ARTICLE.replace('fell by three', 'fell by nearly three'));
    const wordAndContext = scoreOf(ARTICLE.replace('fell by three', 'fell by nearly three').replace('the vote', 'a vote'));
    expect(oneLetter).toBeLessThan(1);
    expect(oneLetter).toBeGreaterThan(oneWord);
    expect(oneWord).toBeGreaterThan(wordAndContext);
    expect(wordAndContext).toBeGreaterThan(MIN_FUZZY_SCORE);
  });

  it('gives an orphan with no candidate for an empty text', () => {
    expect(anchorClaim('', claimOn(ARTICLE, CLAIM))).toEqual({ kind: 'orphan', candidate: null });
  });

  it('gives an orphan with no candidate for a stored quote that is empty (a damaged record)', () => {
    const selectors = claimOn(ARTICLE, CLAIM);
    const damaged: ClaimSelectors = { ...selectors, quote: { ...selectors.quote, exact: '' } };
    expect(anchorClaim(ARTICLE, damaged)).toEqual({ kind: 'orphan', candidate: null });
  });

  it('finds a claim whose stored position lies past the end of the shortened text', () => {
    const original = `${'Background paragraph. '.repeat(40)}${CLAIM}`;
    const selectors = claimOn(original, CLAIM);
    const edited = `Short intro. ${CLAIM.replace('three', 'four')}`;
    const result = anchorClaim(edited, selectors);
    expect(result).toMatchObject({ kind: 'fuzzy', start: at(edited, 'The mayor'), end: edited.length });
  });

  const options: { name: string; options: AnchorOptions; edited: string; kind: AnchorResult['kind'] }[] = [
    {
      name: 'a minimum score of 1 turns an edited quote into an orphan',
      options: { minScore: 1 },
      edited: ARTICLE.replace('fell by three', 'fell by nearly three'),
      kind: 'orphan',
    },
    {
      name: 'a low minimum score accepts the heavily reworded quote',
      options: { minScore: 0.5 },
      edited: ARTICLE.replace(CLAIM, 'The mayor claimed that joblessness went down three points last year.'),
      kind: 'fuzzy',
    },
    {
      name: 'a window of 0 still finds an edited quote far away, by searching the whole text',
      options: { window: 0 },
      edited: `${INSERTED.repeat(40)}${ARTICLE.replace('fell by three', 'fell by nearly three')}`,
      kind: 'fuzzy',
    },
  ];

  it.each(options)('$name', ({ options: anchorOptions, edited, kind }) => {
    const selectors = claimOn(ARTICLE, CLAIM);
    const result = anchorClaim(edited, selectors, anchorOptions);
    expect(result.kind).toBe(kind);
    expectWellFormed(edited, selectors, result, anchorOptions.minScore);
  });

  it('moves a claim a third rewritten in its place, but leaves it an orphan when it also moved far away', () => {
    const rewritten = 'The mayor claimed joblessness fell by three percent in the last year.';
    const inPlace = ARTICLE.replace(CLAIM, rewritten);
    const selectors = claimOn(ARTICLE, CLAIM);
    const near = anchorClaim(inPlace, selectors);
    expect(near).toMatchObject({ kind: 'fuzzy', start: 155, end: 224 });
    expect(inPlace.slice(155, 224)).toBe(rewritten);
    expect(anchorClaim(`${INSERTED.repeat(40)}${inPlace}`, selectors)).toEqual({ kind: 'orphan', candidate: null });
  });

  it('still moves a claim far away when a few words of it changed', () => {
    const reworded = 'The mayor said joblessness fell by three percent last year.';
    const moved = `${INSERTED.repeat(40)}${ARTICLE.replace(CLAIM, reworded)}`;
    const result = anchorClaim(moved, claimOn(ARTICLE, CLAIM));
    expect(result).toMatchObject({ kind: 'fuzzy', start: 3195, end: 3254 });
    expect(moved.slice(3195, 3254)).toBe(reworded);
  });

  it('gives the orphan candidate the score a minimum of 0 would have accepted it at', () => {
    const selectors = claimOn(ARTICLE, CLAIM);
    const edited = ARTICLE.replace(CLAIM, 'The mayor claimed that joblessness went down three points last year.');
    const orphan = anchorClaim(edited, selectors);
    const accepted = anchorClaim(edited, selectors, { minScore: 0 });
    if (orphan.kind !== 'orphan' || orphan.candidate === null) throw new Error('expected an orphan with a candidate');
    expect(accepted).toEqual({ kind: 'fuzzy', start: orphan.candidate.start, end: orphan.candidate.end, score: orphan.candidate.score });
  });
});

/** A deterministic pseudo-random generator (mulberry32), so the long article is the same every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the council minister said percent budget report figure year rose fell data critics asked government ' +
  'claimed million people city health police election voters hospital school road tax spending vote mayor'
).split(' ');

/** About `size` code units of made-up news prose: paragraphs of four sentences. */
function longArticle(size: number, random: () => number): string {
  const pick = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'the';
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const sentences = Array.from({ length: 4 }, () => {
      const words = Array.from({ length: 8 + Math.floor(random() * 12) }, pick).join(' ');
      return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
    });
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

describe('anchorClaims', () => {
  // How long this takes is measured by `npm run bench` (tests/bench/anchor-claims.bench.ts).
  it('re-anchors 200 claims in a 200 kB article after an insertion near the top, some edits and deletions', () => {
    const text = longArticle(200_000, seededRandom(7));
    const claims = Array.from({ length: 200 }, (_, index) => {
      const start = text.indexOf('. ', Math.floor(((index + 0.5) * text.length) / 200)) + 2;
      const end = text.indexOf('.', start) + 1;
      return { id: `claim-${index}`, selectors: describeRange(text, { start, end }) };
    });
    const quoteOf = (index: number): string => claims[index]?.selectors.quote.exact ?? '';
    const reworded = (quote: string): string => quote.replace(' ', ' very ');
    const isEdited = (index: number): boolean => index % 20 === 0;
    const isDeleted = (index: number): boolean => index % 40 === 5;

    let edited = `${text.slice(0, 100)}${'BREAKING '.repeat(40)}${text.slice(100)}`;
    claims.forEach((_, index) => {
      if (isEdited(index)) edited = edited.replace(quoteOf(index), reworded(quoteOf(index)));
      if (isDeleted(index)) edited = edited.replace(quoteOf(index), '');
    });

    const results = anchorClaims(edited, claims);

    expect(results.size).toBe(200);
    claims.forEach(({ id, selectors }, index) => {
      const result = results.get(id);
      if (result === undefined) throw new Error(`no result for ${id}`);
      expectWellFormed(edited, selectors, result);
      if (isDeleted(index)) {
        expect(result.kind).toBe('orphan');
      } else if (isEdited(index)) {
        expect(result.kind).toBe('fuzzy');
        if (result.kind === 'fuzzy') expect(edited.slice(result.start, result.end)).toBe(reworded(quoteOf(index)));
      } else {
        expect(result.kind).toBe('quote');
        if (result.kind === 'quote') expect(result.start).toBe(edited.indexOf(quoteOf(index)));
      }
    });
  });
});

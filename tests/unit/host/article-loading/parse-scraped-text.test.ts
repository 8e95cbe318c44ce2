import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, parseScrapedText, type ScrapedArticle } from '../../../../host/article-loading/parse-scraped-text';

// Short stand-ins for the seed article's parts; each paragraph is article prose (several
// sentences), as in a real scraped page.
const TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';
const CAPTION =
  'A military landscape depicting tanks and armored vehicles against a background of conflict, with gray and muted tones.';
const SEED_PARAGRAPHS = [
  'Vladimir Putin has expressed readiness to meet with Ukrainian President Volodymyr Zelenskyy. He downplayed NATO’s rearmament as a threat.',
  'In a recent round-table interview, Putin stated his willingness to meet. He expressed a desire to resolve the conflict.',
  'Putin also commented on NATO. Meanwhile, Russia appears to be bolstering its defense capabilities.',
  'Zelenskyy is expected to participate in the upcoming NATO summit. The source described the summit as a crucial opportunity.',
  'On another front, senior Ukrainian officials explored defense initiatives. Yulia Svyrydenko stated that discussions included Scott Bessent.',
  'The aftermath of a recent Russian missile attack on Kyiv has left a stark toll. Ukraine is working to dislodge Russian troops from Sumy.',
  'In Slovakia, police have detained eight individuals. Jaroslav Nad dubbed the police actions “theatre.”',
  'In summary, Putin’s remarks signal a complicated landscape. Zelenskyy seeks support at the upcoming NATO summit.',
];
const COMMENT_FORM = ['Leave a Reply', 'Your email address will not be published. Required fields are marked *'];

/** Joins blocks with blank lines, the way a scraped page is saved. */
function page(...blocks: string[]): string {
  return blocks.join('\n\n');
}

// The seed file's exact shape: the "0" sits on the line right under the title's blank
// line, directly above the caption, and the file ends without a newline.
const SEED = [
  TITLE,
  '',
  '0',
  CAPTION,
  '',
  page(...SEED_PARAGRAPHS),
  '',
  'Original Source: www.theguardian.com',
  '',
  page(...COMMENT_FORM),
].join('\n');

const SEED_ARTICLE: ScrapedArticle = {
  title: TITLE,
  caption: CAPTION,
  paragraphs: SEED_PARAGRAPHS,
  source: 'www.theguardian.com',
};

const LEDE = 'Police arrested three men on Tuesday, officials said.';
const SECOND = 'The men were released on bail. A court hearing is set for next month.';

describe('parseScrapedText', () => {
  const cases: { name: string; raw: string; expected: ScrapedArticle }[] = [
    { name: 'the seed shape: title, count line, caption, 8 paragraphs, source, comment form', raw: SEED, expected: SEED_ARTICLE },
    { name: 'CRLF line endings', raw: SEED.replace(/\n/g, '\r\n'), expected: SEED_ARTICLE },
    { name: 'old Mac CR line endings', raw: SEED.replace(/\n/g, '\r'), expected: SEED_ARTICLE },
    { name: 'a leading BOM', raw: `\uFEFF${SEED}`, expected: SEED_ARTICLE },
    {
      name: 'trailing whitespace, tabs and runs of spaces',
      raw: SEED.replace(TITLE, `${TITLE} \t `).replace('Putin also commented', 'Putin   also\tcommented'),
      expected: SEED_ARTICLE,
    },
    {
      name: 'decomposed accents are composed (NFC)',
      raw: page('Cafe\u0301 talks', 'The cafe\u0301 was full. Nobody left.'),
      expected: { title: 'Café talks', caption: null, paragraphs: ['The café was full. Nobody left.'], source: null },
    },
    {
      name: 'no caption: the lede follows the title directly',
      raw: page(TITLE, ...SEED_PARAGRAPHS),
      expected: { title: TITLE, caption: null, paragraphs: SEED_PARAGRAPHS, source: null },
    },
    {
      name: 'a one-sentence news lede is not a caption',
      raw: page('Three held after raid', LEDE, SECOND),
      expected: { title: 'Three held after raid', caption: null, paragraphs: [LEDE, SECOND], source: null },
    },
    {
      name: 'a present-tense lede with attribution is not a caption',
      raw: page('Ceasefire', 'The ceasefire holds across eastern Ukraine, officials say.', SECOND),
      expected: {
        title: 'Ceasefire',
        caption: null,
        paragraphs: ['The ceasefire holds across eastern Ukraine, officials say.', SECOND],
        source: null,
      },
    },
    {
      name: 'a one-sentence lede without attribution is not a caption',
      raw: page('Drone attack', 'Russia launched a massive drone attack on Kyiv overnight.', SECOND),
      expected: {
        title: 'Drone attack',
        caption: null,
        paragraphs: ['Russia launched a massive drone attack on Kyiv overnight.', SECOND],
        source: null,
      },
    },
    {
      name: 'a lede with a future auxiliary is not a caption',
      raw: page('Summit', 'Zelenskyy will attend the NATO summit in June, seen as a crucial opportunity.', SECOND),
      expected: {
        title: 'Summit',
        caption: null,
        paragraphs: ['Zelenskyy will attend the NATO summit in June, seen as a crucial opportunity.', SECOND],
        source: null,
      },
    },
    {
      name: 'a one-sentence block that is the only body text is a paragraph, not a caption',
      raw: page('Snow', 'A snowy landscape seen from the air.'),
      expected: { title: 'Snow', caption: null, paragraphs: ['A snowy landscape seen from the air.'], source: null },
    },
    {
      name: 'a caption in the picture passive with a photo credit',
      raw: page('Strike on Kyiv', 'Smoke is seen rising over Kyiv after a strike. Photograph: Gleb Garanich/Reuters', SECOND),
      expected: {
        title: 'Strike on Kyiv',
        caption: 'Smoke is seen rising over Kyiv after a strike. Photograph: Gleb Garanich/Reuters',
        paragraphs: [SECOND],
        source: null,
      },
    },
    {
      name: 'a bare noun-phrase caption',
      raw: page('Front line', 'Ukrainian soldiers near Bakhmut in March', SECOND),
      expected: { title: 'Front line', caption: 'Ukrainian soldiers near Bakhmut in March', paragraphs: [SECOND], source: null },
    },
    {
      name: 'no count line under the title',
      raw: page(TITLE, CAPTION, ...SEED_PARAGRAPHS),
      expected: { ...SEED_ARTICLE, source: null },
    },
    ...['1,234', '1 234', '12', '12 comments', '1.2K'].map((count) => ({
      name: `count line "${count}" under the title is dropped`,
      raw: page(TITLE, count, CAPTION, ...SEED_PARAGRAPHS),
      expected: { ...SEED_ARTICLE, source: null },
    })),
    {
      name: 'the rest of a multi-line first block is body, not title',
      raw: page(`${TITLE}\n${SEED_PARAGRAPHS[0]}`, ...SEED_PARAGRAPHS.slice(1)),
      expected: { title: TITLE, caption: null, paragraphs: SEED_PARAGRAPHS, source: null },
    },
    {
      name: 'hard-wrapped paragraphs are joined with single spaces',
      raw: page(
        'Wrapped',
        'The first paragraph was wrapped\nat a fixed width  \nby the scraper.',
        'So was\n   the second one. It ends here.',
      ),
      expected: {
        title: 'Wrapped',
        caption: null,
        paragraphs: ['The first paragraph was wrapped at a fixed width by the scraper.', 'So was the second one. It ends here.'],
        source: null,
      },
    },
    {
      name: 'several blank lines between blocks',
      raw: `${TITLE}\n\n\n\n${SEED_PARAGRAPHS.join('\n\n \n\t\n')}\n\n\n`,
      expected: { title: TITLE, caption: null, paragraphs: SEED_PARAGRAPHS, source: null },
    },
    {
      name: 'a "Source:" line, any case, with no comment form',
      raw: page(TITLE, ...SEED_PARAGRAPHS, 'SOURCE:   Reuters  '),
      expected: { title: TITLE, caption: null, paragraphs: SEED_PARAGRAPHS, source: 'Reuters' },
    },
    {
      name: 'a source line glued to the last paragraph',
      raw: page(TITLE, ...SEED_PARAGRAPHS.slice(0, -1), `${SEED_PARAGRAPHS[7]}\nOriginal Source: www.theguardian.com`),
      expected: { title: TITLE, caption: null, paragraphs: SEED_PARAGRAPHS, source: 'www.theguardian.com' },
    },
    {
      name: 'a source line after the comment form',
      raw: page(TITLE, ...SEED_PARAGRAPHS, ...COMMENT_FORM, 'Source: www.bbc.co.uk'),
      expected: { title: TITLE, caption: null, paragraphs: SEED_PARAGRAPHS, source: 'www.bbc.co.uk' },
    },
    {
      name: 'a "Source:" line in the middle of the article stays text',
      raw: page(TITLE, SEED_PARAGRAPHS[0] ?? '', 'Source: the ministry of defence', ...SEED_PARAGRAPHS.slice(1)),
      expected: {
        title: TITLE,
        caption: null,
        paragraphs: [SEED_PARAGRAPHS[0] ?? '', 'Source: the ministry of defence', ...SEED_PARAGRAPHS.slice(1)],
        source: null,
      },
    },
    ...[
      ['Leave a Comment', 'Name *', 'Email *', 'Website', 'Post Comment'],
      ['Share this:', 'Facebook', 'X', 'Like this:', 'Loading...'],
      ['Related posts', 'Zelenskyy meets Biden in Washington', 'Kyiv hit by overnight drone attack'],
      ['You may also like', 'Sanctions on Russian oil tighten'],
      ['3 thoughts on “Putin Open to Negotiations”'],
      ['Tags: Russia, Ukraine, NATO'],
      ['Your email address will not be published.\nRequired fields are marked *', 'Comment *'],
    ].map((tail) => ({
      name: `trailing boilerplate "${tail[0] ?? ''}" is dropped to the end`,
      raw: page(TITLE, ...SEED_PARAGRAPHS, ...tail),
      expected: { title: TITLE, caption: null, paragraphs: SEED_PARAGRAPHS, source: null },
    })),
    {
      name: 'a short last paragraph before the comment form is kept',
      raw: page(TITLE, ...SEED_PARAGRAPHS, 'Talks resume on Monday.', ...COMMENT_FORM),
      expected: { title: TITLE, caption: null, paragraphs: [...SEED_PARAGRAPHS, 'Talks resume on Monday.'], source: null },
    },
    {
      name: 'a mid paragraph that mentions a reply or comment is kept',
      raw: page(
        TITLE,
        SEED_PARAGRAPHS[0] ?? '',
        'The Kremlin did not reply to a request for comment.',
        'Leave a reply, the spokesman joked, and we will consider it. Nobody laughed.',
        ...SEED_PARAGRAPHS.slice(1),
        ...COMMENT_FORM,
      ),
      expected: {
        title: TITLE,
        caption: null,
        paragraphs: [
          SEED_PARAGRAPHS[0] ?? '',
          'The Kremlin did not reply to a request for comment.',
          'Leave a reply, the spokesman joked, and we will consider it. Nobody laughed.',
          ...SEED_PARAGRAPHS.slice(1),
        ],
        source: null,
      },
    },
    {
      name: 'a last sentence that begins like a comment-form heading is kept',
      raw: page(TITLE, ...SEED_PARAGRAPHS, 'Leave a reply to the ministry by Friday, the mayor urged residents.', ...COMMENT_FORM),
      expected: {
        title: TITLE,
        caption: null,
        paragraphs: [...SEED_PARAGRAPHS, 'Leave a reply to the ministry by Friday, the mayor urged residents.'],
        source: null,
      },
    },
    {
      name: 'a boilerplate heading in the middle does not cut the article',
      raw: page(TITLE, ...SEED_PARAGRAPHS.slice(0, 4), 'Related posts', ...SEED_PARAGRAPHS.slice(4)),
      expected: {
        title: TITLE,
        caption: null,
        paragraphs: [...SEED_PARAGRAPHS.slice(0, 4), 'Related posts', ...SEED_PARAGRAPHS.slice(4)],
        source: null,
      },
    },
    {
      name: 'abbreviations do not split a caption into sentences',
      raw: page('Visit', 'U.S. Treasury Secretary Scott Bessent pictured with Dr. Svyrydenko in Kyiv', SECOND),
      expected: {
        title: 'Visit',
        caption: 'U.S. Treasury Secretary Scott Bessent pictured with Dr. Svyrydenko in Kyiv',
        paragraphs: [SECOND],
        source: null,
      },
    },
  ];

  it.each(cases)('$name', ({ raw, expected }) => {
    expect(parseScrapedText(raw)).toEqual(expected);
  });

  const errors: { name: string; raw: string; message: string }[] = [
    { name: 'an empty file', raw: '', message: 'The file is empty.' },
    { name: 'a whitespace-only file', raw: ' \n\t\r\n\uFEFF \u00A0\n', message: 'The file is empty.' },
    { name: 'a BOM only', raw: '\uFEFF', message: 'The file is empty.' },
    { name: 'a title only', raw: `${TITLE}\n\n`, message: 'The file has a title but no article text.' },
    { name: 'a title and a count line', raw: page(TITLE, '0'), message: 'The file has a title but no article text.' },
    {
      name: 'a title, a source and a comment form',
      raw: page(TITLE, 'Original Source: www.theguardian.com', ...COMMENT_FORM),
      message: 'The file has a title but no article text.',
    },
    { name: 'binary data', raw: `${TITLE}\u0000\u0001`, message: 'The file is not plain text (it contains binary data).' },
  ];

  it.each(errors)('rejects $name', ({ raw, message }) => {
    expect(() => parseScrapedText(raw)).toThrow(ArticleParseError);
    expect(() => parseScrapedText(raw)).toThrow(message);
  });

  it('gives every paragraph as a single trimmed line', () => {
    const { paragraphs } = parseScrapedText(SEED.replace(/\n/g, '\r\n'));
    for (const paragraph of paragraphs) {
      expect(paragraph).not.toMatch(/\n|\r|^\s|\s$|\s{2}/);
    }
  });

  it('parses the bundled seed article', () => {
    const raw = readFileSync(new URL('../../../../data/putin-open-to-negotiations-with-ukraine.txt', import.meta.url), 'utf8');
    const article = parseScrapedText(raw);
    expect(article.title).toBe(TITLE);
    expect(article.caption).toBe(CAPTION);
    expect(article.paragraphs).toHaveLength(8);
    expect(article.paragraphs[0]).toMatch(/^Vladimir Putin has expressed readiness/);
    expect(article.paragraphs.at(-1)).toMatch(/^In summary/);
    expect(article.source).toBe('www.theguardian.com');
    expect(article.paragraphs.join('\n')).not.toMatch(/Leave a Reply|Required fields|Original Source/);
    expect(article.paragraphs).not.toContain('0');
  });

  describe('hostile text, in one pass', () => {
    // `steps` counts the characters the sentence and word rules look at; each input below
    // once took a minute, looking at each character again for every sentence or mark before it.
    it('160 KB of "A." and a line separator (U+2028): each character looked at once', () => {
      const raw = `Title\n\n${'A.\u2028'.repeat(53_332)}A.`;
      expect(raw.length).toBe(160_005);
      let steps = 0;
      const article = parseScrapedText(raw, (taken) => (steps += taken));
      expect(article).toEqual({ title: 'Title', caption: null, paragraphs: [`${'A.\u2028'.repeat(53_332)}A.`], source: null });
      // "A" before the first period, then "\u2028A" before each of the 53,331 others that a capital follows.
      expect(steps).toBe(1 + 2 * 53_331);
    });

    it('one token "a!!!…!b" of 313 KB: its punctuation looked at once', () => {
      const token = `a${'!'.repeat(313_000)}b`;
      const raw = `Title\n\n${token}\n\nThe council met on Tuesday. It voted to close the bridge.\n`;
      let steps = 0;
      const article = parseScrapedText(raw, (taken) => (steps += taken));
      expect(article).toEqual({ title: 'Title', caption: token, paragraphs: ['The council met on Tuesday. It voted to close the bridge.'], source: null });
      // The token's 313,002 characters once, to bare it as a word of a possible caption, and "Tuesday" before the first period.
      expect(steps).toBe(313_002 + 7);
    });
  });
});

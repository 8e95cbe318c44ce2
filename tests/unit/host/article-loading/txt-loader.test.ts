import { describe, expect, it } from 'vitest';
import { loadTxtArticle } from '../../../../host/article-loading/txt-loader';
import { apiErrorOf } from './api-error-of';

const PAGE = [
  'Tanks gather near the border',
  '',
  '12 comments',
  '',
  'Armoured vehicles against a grey sky, pictured on Monday.',
  '',
  'Officials said on Monday that more troops had arrived. The ministry gave no numbers.',
  '',
  'Residents told reporters they had heard engines all night. Schools stayed open.',
  '',
  'Original Source: www.example-news.com',
  '',
  'Leave a Reply',
].join('\n');

describe('loadTxtArticle', () => {
  it('maps the scraped-text parts to a caption block, paragraph blocks and the source', () => {
    expect(loadTxtArticle({ fileName: 'page.txt', text: PAGE })).toEqual({
      title: 'Tanks gather near the border',
      byline: null,
      siteName: null,
      publishedTime: null,
      source: 'www.example-news.com',
      dir: null,
      blocks: [
        { kind: 'caption', text: 'Armoured vehicles against a grey sky, pictured on Monday.' },
        { kind: 'paragraph', text: 'Officials said on Monday that more troops had arrived. The ministry gave no numbers.' },
        { kind: 'paragraph', text: 'Residents told reporters they had heard engines all night. Schools stayed open.' },
      ],
    });
  });

  it.each([
    { text: 'Just a headline\n', message: 'page.txt: The file has a title but no article text.' },
    { text: '\n  \n', message: 'page.txt: The file is empty.' },
  ])('turns a parse error into invalid input naming the file: $message', ({ text, message }) => {
    const error = apiErrorOf(() => loadTxtArticle({ fileName: 'page.txt', text }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(message);
  });
});

// Export files of many claims for import tests and the bench: one article of 4,000 words
// drawn from a small vocabulary, and claims of two words each, made by the product's own
// builders (newClaim, buildExportFile), with ids that count up so a test can name them.

import { loadArticle } from '../../../host/article-loading/load-article';
import { newClaim } from '../../../shared/claims/claim-edits';
import { buildExportFile, type ExportRequest } from '../../../shared/export/export-file';
import type { Article, Claim } from '../../../shared/model';

const VOCABULARY = 'officials said the port reopened after talks while unions reported pay rose sharply in march'.split(' ');
const WORDS = 4000;
const WORDS_PER_PARAGRAPH = 100;
const CREATED = '2026-01-01T12:00:00.000Z';

/** The n-th id of a claim in these files. */
export function claimId(n: number): string {
  return `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** An article of 4,000 words (about 24,000 code units); `id` and `title` tell several apart. */
export function wordyArticle(id: string, title: string): Article {
  let state = 7;
  const words = Array.from({ length: WORDS }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return VOCABULARY[state % VOCABULARY.length] ?? 'the';
  });
  const paragraphs: string[] = [];
  for (let at = 0; at < WORDS; at += WORDS_PER_PARAGRAPH) paragraphs.push(words.slice(at, at + WORDS_PER_PARAGRAPH).join(' '));
  const markdown = [`# ${title}`, ...paragraphs].join('\n\n');
  return loadArticle({ fileName: `${title.toLowerCase().replaceAll(' ', '-')}.md`, bytes: new TextEncoder().encode(markdown) }, id, CREATED);
}

/** `count` claims on `article`, each two words long, walking the text word by word; ids claimId(first), claimId(first + 1), …. */
export function twoWordClaims(article: Article, count: number, first = 1): Claim[] {
  const words = [...article.text.matchAll(/\S+/g)].filter((match) => article.text.slice(match.index, match.index + match[0].length + 1).endsWith(' '));
  let next = first;
  return Array.from({ length: count }, (_, index) => {
    const word = words[index % (words.length - 1)];
    const following = words[(index % (words.length - 1)) + 1];
    const start = word?.index ?? 0;
    const end = (following?.index ?? 0) + (following?.[0].length ?? 0);
    return newClaim(article, { start, end, exact: article.text.slice(start, end) }, { now: CREATED, newId: () => claimId(next++) });
  });
}

/**
 * W3C Web Annotations of the claims as little as another tool may write them: each with its
 * id and target (source and selectors) only, no body, no indentation. 50,000 fit in 20 MB.
 */
export function bareAnnotations(articles: readonly { article: Article; claims: Claim[] }[]): string {
  const exported = JSON.parse(exportText(articles, 'web-annotation-array')) as { id: string; target: unknown }[];
  return JSON.stringify(exported.map(({ id, target }) => ({ type: 'Annotation', id, target })));
}

/** The text of an export file of these articles and claims, without the export's indentation (50,000 claims then fit in 20 MB). */
export function exportText(articles: readonly { article: Article; claims: Claim[] }[], format: ExportRequest['format'] = 'native'): string {
  const pretty = [...buildExportFile({ scope: { kind: 'library' }, format }, articles, CREATED, 'urn:uuid:20000000-0000-4000-8000-000000000001').chunks].join('');
  return JSON.stringify(JSON.parse(pretty));
}

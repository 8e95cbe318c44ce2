// Builds the renderer bench's data: one ~10,000-word article and library folders holding it
// with a given number of claims, written in the library's real file format (format version 2)
// by the product's own builders and checked against its own schemas.

import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticle } from '../../../host/article-loading/load-article';
import {
  articleFileSchema,
  CURRENT_FORMAT_VERSION,
  libraryFileSchema,
  type ArticleFile,
  type LibraryFile,
} from '../../../host/library/format-migrations';
import { segmentBlock, type HighlightSpan } from '../../../shared/anchoring/highlight-segments';
import { newClaim } from '../../../shared/claims/claim-edits';
import type { Article, Claim } from '../../../shared/model';

const PARAGRAPHS = 100;
const WORDS_PER_PARAGRAPH = 100;
export const VOCABULARY = (
  'the minister said officials confirmed that forces reported strikes near border towns while ' +
  'analysts estimated losses rose sharply after talks stalled and independent observers could ' +
  'not verify figures released by ministry spokesmen during briefings on tuesday evening'
).split(' ');

export interface BenchLibrary {
  /** The library folder to pass to the host's --data-dir. */
  dataDir: string;
  article: Article;
  claims: Claim[];
  /** The first piece of text covered by two or more claims, if any. */
  firstOverlap: { start: number; end: number; claimCount: number } | null;
}

/** A small deterministic generator (mulberry32), so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function articleMarkdown(random: () => number): string {
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? 'text';
  const paragraphs = Array.from({ length: PARAGRAPHS }, () => {
    const words = Array.from({ length: WORDS_PER_PARAGRAPH }, (_, index) => (index % 12 === 11 ? `${pick()}.` : pick()));
    return words.join(' ');
  });
  return ['# Renderer benchmark article', ...paragraphs].join('\n\n');
}

/** [start, end) of every word of each paragraph block. */
function paragraphWords(article: Article): Array<Array<{ start: number; end: number }>> {
  return article.blocks
    .filter((block) => block.kind === 'paragraph')
    .map((block) => [...article.text.slice(block.start, block.end).matchAll(/\S+/g)].map((match) => ({
      start: block.start + match.index,
      end: block.start + match.index + match[0].length,
    })));
}

/**
 * `count` claims of 3–40 words inside one paragraph each; every third starts inside the
 * claim before it, so about a third overlap by construction (at 5,000 claims over 10,000
 * words the rest overlap by density as well).
 */
function benchClaims(article: Article, count: number, random: () => number): Claim[] {
  const words = paragraphWords(article);
  const placed: Array<{ paragraph: number; first: number; last: number }> = [];
  const claims: Claim[] = [];
  const now = new Date('2026-01-01T12:00:00.000Z').toISOString();
  for (let index = 0; index < count; index += 1) {
    const length = 3 + Math.floor(random() * 38);
    const previous = placed[placed.length - 1];
    let paragraph: number;
    let first: number;
    if (index % 3 === 2 && previous !== undefined && previous.last > previous.first) {
      paragraph = previous.paragraph;
      first = previous.first + 1 + Math.floor(random() * (previous.last - previous.first));
    } else {
      paragraph = Math.floor(random() * PARAGRAPHS);
      first = Math.floor(random() * (WORDS_PER_PARAGRAPH - 3));
    }
    const last = Math.min(first + length - 1, WORDS_PER_PARAGRAPH - 1);
    placed.push({ paragraph, first, last });
    const start = words[paragraph]?.[first]?.start ?? 0;
    const end = words[paragraph]?.[last]?.end ?? start + 1;
    claims.push(newClaim(article, { start, end, exact: article.text.slice(start, end) }, { now, newId: randomUUID }));
  }
  return claims;
}

function drawnHighlights(article: Article, claims: readonly Claim[]): Pick<BenchLibrary, 'firstOverlap'> {
  const spans: HighlightSpan[] = claims.map((claim) => ({
    claimId: claim.id,
    start: claim.selectors.position.start,
    end: claim.selectors.position.end,
  }));
  let firstOverlap: BenchLibrary['firstOverlap'] = null;
  for (const block of article.blocks) {
    for (const segment of segmentBlock(block, spans, article.links)) {
      if (firstOverlap === null && segment.claimIds.length >= 2) {
        firstOverlap = { start: segment.start, end: segment.end, claimCount: segment.claimIds.length };
      }
    }
  }
  return { firstOverlap };
}

/** The article every library of the run holds (the same id and text in each). */
export function benchArticle(): Article {
  const random = seededRandom(9);
  const bytes = new TextEncoder().encode(articleMarkdown(random));
  return loadArticle({ fileName: 'renderer-bench.md', bytes }, randomUUID(), new Date('2026-01-01T00:00:00.000Z').toISOString());
}

/** Writes a library folder under `parent` holding `article` with `claimCount` claims, last viewed. */
export function writeBenchLibrary(parent: string, article: Article, claimCount: number): BenchLibrary {
  const dataDir = join(parent, `library-${claimCount}`);
  mkdirSync(join(dataDir, 'articles'), { recursive: true });
  const claims = benchClaims(article, claimCount, seededRandom(claimCount + 1));
  const articleFile: ArticleFile = { format: 'claimmark-article', version: CURRENT_FORMAT_VERSION, article, claims };
  const { id, title, source, added, fileName, contentHash } = article;
  const libraryFile: LibraryFile = {
    format: 'claimmark-library',
    version: CURRENT_FORMAT_VERSION,
    sampleLoaded: true,
    articles: [{ id, title, source, added, fileName, contentHash }],
    lastArticleId: id,
  };
  writeFileSync(join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(articleFileSchema.parse(articleFile)), 'utf8');
  writeFileSync(join(dataDir, 'library.json'), JSON.stringify(libraryFileSchema.parse(libraryFile)), 'utf8');
  return { dataDir, article, claims, ...drawnHighlights(article, claims) };
}

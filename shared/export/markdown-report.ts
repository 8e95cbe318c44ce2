// A Markdown report for people: per article a header, the progress ("4 of 7 claims
// checked" and a count per status), then each claim in reading order with its quote,
// claimant, tags, note, evidence and status history. All user text is escaped
// (markdown-escape.ts), so a note cannot add links, images or HTML; the only links are
// the article's and the evidence's http(s) addresses. Times are shown in UTC.

import type { Article, Claim } from '../model';
import { CLAIMANT_TYPE_LABELS, EVIDENCE_STANCE_LABELS } from '../model';
import { isChecked } from '../claims/checked';
import { statusChangeText } from '../claims/status-change-text';
import { CLAIM_STATUSES, STATUS_INFO } from '../statuses';
import { inReadingOrder } from '../claims/reading-order';
import type { ArticleClaims } from './article-claims';
import { escapeMarkdownLine, escapeMarkdownLines } from './markdown-escape';
import { httpUrlOrNull } from '../exchange/web-annotation-terms';

export const MARKDOWN_MIME_TYPE = 'text/markdown;charset=utf-8';

export interface MarkdownReportInput {
  articles: readonly ArticleClaims[];
  exportedAt: string;
}

export function buildMarkdownReport(input: MarkdownReportInput): string {
  return [...markdownReportChunks(input)].join('');
}

/** The same text in pieces: each article's header and progress, then each of its claims. */
export function* markdownReportChunks({ articles, exportedAt }: MarkdownReportInput): Generator<string> {
  for (const [index, { article, claims }] of articles.entries()) {
    if (index > 0) yield '\n\n---\n\n';
    yield* articleSection(article, inReadingOrder(claims), exportedAt);
  }
  yield '\n';
}

function* articleSection(article: Article, claims: Claim[], exportedAt: string): Generator<string> {
  const title = escapeMarkdownLine(article.title.replace(/\s+/g, ' ')) || 'Untitled article';
  const details = [
    article.source === null ? null : `- **Source:** ${linkOrText(article.source)}`,
    article.byline === null ? null : `- **Byline:** ${inline(article.byline)}`,
    article.publishedTime === null ? null : `- **Published:** ${inline(article.publishedTime)}`,
    `- **Exported:** ${utcTime(exportedAt)}`,
  ].filter((line) => line !== null);
  const blocks = [`# ${title}`, details.join('\n'), '## Progress', ...progress(claims)];
  if (claims.length > 0) blocks.push('## Claims');
  yield blocks.join('\n\n');
  for (const [index, claim] of claims.entries()) yield `\n\n${claimBlocks(claim, index + 1).join('\n\n')}`;
}

function progress(claims: Claim[]): string[] {
  if (claims.length === 0) return ['No claims yet.'];
  const checked = claims.filter(isChecked).length;
  // A list, not a pipe table: strict CommonMark (and many readers) show a table as a run of "|".
  const rows = CLAIM_STATUSES.map((status) => `- ${STATUS_INFO[status].label}: ${claims.filter((claim) => claim.status === status).length}`);
  const blocks = [`${checked} of ${claims.length} ${claims.length === 1 ? 'claim' : 'claims'} checked.`, rows.join('\n')];
  const toReview = claims.filter((claim) => claim.review !== null).length;
  if (toReview > 0) {
    blocks.push(`${toReview} ${toReview === 1 ? 'claim moved onto other words and needs' : 'claims moved onto other words and need'} review: not counted as checked.`);
  }
  const orphans = claims.filter((claim) => claim.anchor.state === 'orphaned').length;
  if (orphans > 0) {
    blocks.push(`${orphans} ${orphans === 1 ? 'claim was' : 'claims were'} not found in the current text of the article.`);
  }
  return blocks;
}

function claimBlocks(claim: Claim, number: number): string[] {
  const title = `### Claim ${number}: ${STATUS_INFO[claim.status].label}${claim.review === null ? '' : ' (needs review)'}`;
  const blocks = [title, quoteBlock(claim.selectors.quote.exact, '')];
  if (claim.review !== null) {
    blocks.push(`**Needs review:** the article changed; ${STATUS_INFO[claim.status].label} was given on`, quoteBlock(claim.review.quote, ''));
  }
  const facts = [
    claim.claimant === null ? null : `- **Claimant:** ${inline(claim.claimant)}${claim.claimantType === null ? '' : ` (${CLAIMANT_TYPE_LABELS[claim.claimantType]})`}`,
    claim.claimReviewed === null ? null : `- **Claim as reviewed:** ${inline(claim.claimReviewed)}`,
    claim.tags.length === 0 ? null : `- **Tags:** ${claim.tags.map(inline).join(', ')}`,
    claim.anchor.state === 'orphaned' ? '- **Not found** in the current text of the article' : null,
  ].filter((line) => line !== null);
  if (facts.length > 0) blocks.push(facts.join('\n'));
  if (claim.note.trim() !== '') blocks.push('**Note**', ...paragraphs(claim.note));
  if (claim.evidence.length > 0) {
    blocks.push(
      '**Evidence**',
      claim.evidence
        .map((evidence, index) => {
          const marker = `${index + 1}. `;
          const link = linkOrText(evidence.url, evidence.title);
          const accessed = evidence.accessed === null ? '' : `, accessed ${evidence.accessed}`;
          const item = `${marker}${link}: ${EVIDENCE_STANCE_LABELS[evidence.stance]}${accessed}`;
          return evidence.quote.trim() === '' ? item : `${item}\n${quoteBlock(evidence.quote, ' '.repeat(marker.length))}`;
        })
        .join('\n'),
    );
  }
  if (claim.history.length > 0) {
    blocks.push(
      '**Status history**',
      claim.history
        .map((change) => `- ${utcTime(change.at)}: ${statusChangeText(change, inline)}`)
        .join('\n'),
    );
  }
  return blocks;
}

/** Text as paragraphs, keeping its line breaks as Markdown hard breaks. */
function paragraphs(text: string): string[] {
  const result: string[][] = [[]];
  for (const line of escapeMarkdownLines(text.trim())) {
    const current = result[result.length - 1];
    if (line === '') {
      if (current !== undefined && current.length > 0) result.push([]);
    } else {
      current?.push(line);
    }
  }
  return result.filter((lines) => lines.length > 0).map((lines) => lines.join('\\\n'));
}

function quoteBlock(text: string, indent: string): string {
  return paragraphs(text)
    .join('\n\n')
    .split('\n')
    .map((line) => (line === '' ? `${indent}>` : `${indent}> ${line}`))
    .join('\n');
}

/** A one-line value: its lines joined with spaces, escaped. */
function inline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' '));
}

/** A link for an http(s) address (its title, or the address, as the text); plain text otherwise. */
function linkOrText(address: string, title = ''): string {
  const href = httpUrlOrNull(address);
  const label = inline(title.trim() === '' ? (href ?? address) : title);
  return href === null ? label : `[${label}](<${href}>)`;
}

function utcTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return inline(iso);
  const utc = new Date(time).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

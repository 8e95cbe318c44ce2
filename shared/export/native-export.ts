// ClaimMark's own JSON export, version 2: everything about each claim (status, note,
// claimant, evidence, history, anchoring), for one article or the whole library. Keys are
// written in a fixed order and claims in reading order, so the same work exports to the
// same bytes. Documented by claimmark-export.schema.json next to this file.

import type { ClaimAnchor, ClaimStatus, Evidence, StatusChange, TextPositionSelector, TextQuoteSelector } from '../model';
import { STATUS_INFO } from '../statuses';
import { inReadingOrder, type ArticleClaims } from './article-claims';
import { EXPORT_FORMAT, EXPORT_MIME_TYPE } from './export-document';

export { serializeJson } from './serialize-json';

// Same format name and file type as version 1 (export-document.ts); only the version differs.
export const NATIVE_EXPORT_FORMAT = EXPORT_FORMAT;
export const NATIVE_EXPORT_VERSION = 2;
export const NATIVE_EXPORT_MIME_TYPE = EXPORT_MIME_TYPE;

export interface NativeArticle {
  id: string;
  title: string;
  source: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  fileName: string;
  contentHash: string;
  text: string;
}

/** Where the claim stood in its article's text when exported (the best candidate is not kept). */
export type NativeAnchor = Pick<ClaimAnchor, 'state' | 'method' | 'score'>;

export interface NativeClaim {
  id: string;
  quote: string;
  status: ClaimStatus;
  statusLabel: string;
  checked: boolean;
  note: string;
  claimant: string | null;
  claimReviewed: string | null;
  selectors: [TextPositionSelector, TextQuoteSelector];
  anchor: NativeAnchor;
  evidence: Evidence[];
  history: StatusChange[];
  created: string;
  modified: string;
}

export interface NativeArticleEntry {
  article: NativeArticle;
  claims: NativeClaim[];
}

export interface NativeExport {
  format: typeof NATIVE_EXPORT_FORMAT;
  version: typeof NATIVE_EXPORT_VERSION;
  exportedAt: string;
  offsetUnit: 'utf-16-code-unit';
  articles: NativeArticleEntry[];
}

export interface NativeExportInput {
  /** One article, or every article of the library, in the order they are to be listed. */
  articles: readonly ArticleClaims[];
  exportedAt: string;
}

export function buildNativeExport({ articles, exportedAt }: NativeExportInput): NativeExport {
  return {
    format: NATIVE_EXPORT_FORMAT,
    version: NATIVE_EXPORT_VERSION,
    exportedAt,
    offsetUnit: 'utf-16-code-unit',
    articles: articles.map(({ article, claims }) => ({
      article: {
        id: article.id,
        title: article.title,
        source: article.source,
        byline: article.byline,
        siteName: article.siteName,
        publishedTime: article.publishedTime,
        fileName: article.fileName,
        contentHash: article.contentHash,
        text: article.text,
      },
      claims: inReadingOrder(claims).map((claim) => ({
        id: claim.id,
        quote: claim.selectors.quote.exact,
        status: claim.status,
        statusLabel: STATUS_INFO[claim.status].label,
        checked: STATUS_INFO[claim.status].checked,
        note: claim.note,
        claimant: claim.claimant,
        claimReviewed: claim.claimReviewed,
        selectors: [
          { type: 'TextPositionSelector', start: claim.selectors.position.start, end: claim.selectors.position.end },
          {
            type: 'TextQuoteSelector',
            exact: claim.selectors.quote.exact,
            prefix: claim.selectors.quote.prefix,
            suffix: claim.selectors.quote.suffix,
          },
        ],
        anchor: { state: claim.anchor.state, method: claim.anchor.method, score: claim.anchor.score },
        evidence: claim.evidence.map((evidence) => ({
          id: evidence.id,
          url: evidence.url,
          title: evidence.title,
          quote: evidence.quote,
          accessed: evidence.accessed,
          stance: evidence.stance,
          added: evidence.added,
        })),
        history: claim.history.map((change) => ({ from: change.from, to: change.to, at: change.at })),
        created: claim.created,
        modified: claim.modified,
      })),
    })),
  };
}

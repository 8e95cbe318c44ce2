// ClaimMark's own JSON export, version 5: everything about each claim (status, note,
// claimant and its type, tags, evidence, history, anchoring, review, where an imported claim
// came from), for one article or the whole library. Keys are
// written in a fixed order and claims in reading order, so the same work exports to the
// same bytes. The format is shared/exchange/native-format.ts (and the JSON Schema generated
// from it, claimmark-export.schema.json next to this file).

import { NATIVE_EXPORT_FORMAT, NATIVE_OFFSET_UNIT, type NativeArticleEntry, type NativeClaim, type NativeExport } from '../exchange/native-format';
import type { Claim } from '../model';
import { isChecked, needsReview } from '../claims/checked';
import { STATUS_INFO } from '../statuses';
import { inReadingOrder } from '../claims/reading-order';
import type { ArticleClaims } from './article-claims';
import { JsonList, JsonRecord, materialize, type Streamable } from './json-chunks';
import { nativeSelectors } from './native-selectors';

export { serializeJson } from './serialize-json';
export { NATIVE_EXPORT_FORMAT, NATIVE_EXPORT_MIME_TYPE } from '../exchange/native-format';
export type { NativeAnchor, NativeArticle, NativeArticleEntry, NativeClaim, NativeExport } from '../exchange/native-format';

export const NATIVE_EXPORT_VERSION = 5;

export interface NativeExportInput {
  /** One article, or every article of the library, in the order they are to be listed. */
  articles: readonly ArticleClaims[];
  exportedAt: string;
}

export function buildNativeExport(input: NativeExportInput): NativeExport {
  return materialize(nativeExportJson(input));
}

/** The same document for jsonChunks: each article and each of its claims made as it is written. */
export function nativeExportJson({ articles, exportedAt }: NativeExportInput): Streamable<NativeExport> {
  return new JsonRecord<NativeExport>({
    format: NATIVE_EXPORT_FORMAT,
    version: NATIVE_EXPORT_VERSION,
    exportedAt,
    offsetUnit: NATIVE_OFFSET_UNIT,
    articles: JsonList.of(
      () => articles,
      ({ article, claims }) =>
        new JsonRecord<NativeArticleEntry>({
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
          claims: JsonList.of(() => inReadingOrder(claims), nativeClaim),
        }),
    ),
  });
}

function nativeClaim(claim: Claim): NativeClaim {
  return {
    id: claim.id,
    quote: claim.selectors.quote.exact,
    status: claim.status,
    statusLabel: STATUS_INFO[claim.status].label,
    checked: isChecked(claim),
    needsReview: needsReview(claim),
    review: claim.review === null ? null : { quote: claim.review.quote, since: claim.review.since },
    note: claim.note,
    claimant: claim.claimant,
    claimantType: claim.claimantType,
    claimReviewed: claim.claimReviewed,
    tags: [...claim.tags],
    selectors: nativeSelectors(claim),
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
    history: claim.history.map((change) => ({
      from: change.from,
      to: change.to,
      at: change.at,
      ...(change.quotes === undefined ? {} : { quotes: { reviewed: change.quotes.reviewed, current: change.quotes.current } }),
    })),
    origin: claim.origin === undefined ? null : { tool: claim.origin.tool, id: claim.origin.id },
    created: claim.created,
    modified: claim.modified,
  };
}

// The JSON export of one article's claims, version 1 (superseded by native-export.ts,
// version 2, which parseImport also reads). Keys are written in a fixed order and claims
// sorted by where they start, so exporting the same work twice gives the same bytes
// (apart from `exportedAt`).

import { NATIVE_EXPORT_FORMAT, NATIVE_EXPORT_MIME_TYPE, NATIVE_OFFSET_UNIT, type NativeExportV1 } from '../exchange/native-format';
import type { Article, Claim } from '../model';
import { inReadingOrder } from '../claims/reading-order';
import { nativeSelectors } from './native-selectors';

export const EXPORT_FORMAT = NATIVE_EXPORT_FORMAT;
export const EXPORT_VERSION = 1;
export const EXPORT_MIME_TYPE = NATIVE_EXPORT_MIME_TYPE;

export type ExportDocument = NativeExportV1;
export type ExportedClaim = NativeExportV1['claims'][number];

export function buildExportDocument(article: Article, claims: readonly Claim[], exportedAt: string): ExportDocument {
  const ordered = inReadingOrder(claims);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    offsetUnit: NATIVE_OFFSET_UNIT,
    article: {
      id: article.id,
      title: article.title,
      source: article.source,
      fileName: article.fileName,
      contentHash: article.contentHash,
      text: article.text,
    },
    claims: ordered.map((claim) => ({
      id: claim.id,
      quote: claim.selectors.quote.exact,
      status: claim.status,
      note: claim.note,
      selectors: nativeSelectors(claim),
      created: claim.created,
      modified: claim.modified,
    })),
  };
}

/** Pretty-printed JSON with a final newline; the caller writes it as UTF-8. */
export function serializeExportDocument(document: ExportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name from the article title: "putin-open-to-negotiations.claims.json". */
export function exportFileName(title: string): string {
  const words = title
    // Accents come off Latin letters ("é" → "e"); marks that other scripts need (Devanagari
    // vowel signs, kana voicing) stay, and the result is composed again.
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // At most 80 UTF-16 units (so at most 240 bytes of UTF-8), cut between code points so a
  // letter outside the BMP is never split in half.
  let slug = '';
  for (const character of words) {
    if (slug.length + character.length > 80) break;
    slug += character;
  }
  slug = slug.replace(/-+$/, '');
  return `${slug || 'article'}.claims.json`;
}

// Reads ClaimMark's own JSON exports, version 1 (one article), version 2 (any number of
// articles), version 3 (with the review of moved claims), version 4 (with tags and the
// claimant's type) and version 5 (with where imported claims came from), with the schemas of shared/exchange/native-format.ts. Unknown extra properties
// are ignored; a status this version does not know becomes "unverified", with a warning.

import type { z } from 'zod';
import {
  NATIVE_EXPORT_FORMAT,
  nativeExportV1Schema,
  nativeExportV2Schema,
  nativeExportV3Schema,
  nativeExportV4Schema,
  nativeExportV5Schema,
  type NativeExport,
  type NativeExportV4,
  type NativeExportV2,
  type NativeExportV3,
} from '../exchange/native-format';
import { CLAIM_STATUSES } from '../model';
import { STATUS_INFO } from '../statuses';
import { describeIssue } from './describe-issue';
import type { ImportedArticle, ImportedClaim } from './import-bundle';
import { ImportError } from './import-error';
import { isJsonObject, ownProperty, type JsonObject } from './json-value';
import type { WarningLog } from './warning-log';

type ClaimV1 = z.infer<typeof nativeExportV1Schema>['claims'][number];

/** True for a value that says it is a ClaimMark export (of any version). */
export function isNativeExport(value: unknown): value is JsonObject {
  return ownProperty(value, 'format') === NATIVE_EXPORT_FORMAT;
}

export function readNativeExport(value: JsonObject, warnings: WarningLog, maxClaims: number): ImportedArticle[] {
  const version = ownProperty(value, 'version');
  if (version === 1) {
    const document = parseWith(nativeExportV1Schema, withKnownStatuses(value, 1, warnings), 1);
    checkClaimCount(document.claims.length, maxClaims);
    const { article } = document;
    return [
      {
        ref: {
          title: article.title,
          ...(article.source === null ? {} : { source: article.source }),
          contentHash: article.contentHash,
          text: article.text,
          fileName: article.fileName,
        },
        offsetUnit: 'utf-16-code-unit',
        claims: document.claims.map((claim, index) => claimOf(claim, null, `claims[${index}]`, article.text, warnings)),
      },
    ];
  }
  if (version === 2 || version === 3 || version === 4 || version === 5) {
    const document = currentOf(value, version, warnings);
    checkClaimCount(document.articles.reduce((sum, entry) => sum + entry.claims.length, 0), maxClaims);
    return document.articles.map(({ article, claims }, articleIndex): ImportedArticle => ({
      ref: {
        title: article.title,
        ...(article.source === null ? {} : { source: article.source }),
        contentHash: article.contentHash,
        text: article.text,
        ...(article.byline === null ? {} : { byline: article.byline }),
        ...(article.siteName === null ? {} : { siteName: article.siteName }),
        ...(article.publishedTime === null ? {} : { publishedTime: article.publishedTime }),
        fileName: article.fileName,
      },
      offsetUnit: 'utf-16-code-unit',
      claims: claims.map((claim, index) => claimOf(claim, claim, `articles[${articleIndex}].claims[${index}]`, article.text, warnings)),
    }));
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > 5) {
    throw new ImportError(
      `This file was made by a newer version of ClaimMark (export version ${version}); this version reads export versions 1 to 5.`,
    );
  }
  throw new ImportError(`This ClaimMark export has no version this app knows (version ${JSON.stringify(version) ?? 'missing'}).`);
}

/**
 * A version-2 claim had no review, neither a version-2 nor a version-3 claim tags or a
 * claimant type, and no claim before version 5 an origin: read as version 5 with none.
 */
function currentOf(value: JsonObject, version: 2 | 3 | 4 | 5, warnings: WarningLog): NativeExport {
  if (version === 5) return parseWith(nativeExportV5Schema, withKnownStatuses(value, 5, warnings), 5);
  const v4 = version === 4 ? parseWith(nativeExportV4Schema, withKnownStatuses(value, 4, warnings), 4) : withoutTags(version, value, warnings);
  return { ...v4, version: 5, articles: v4.articles.map((entry) => ({ ...entry, claims: entry.claims.map((claim) => ({ ...claim, origin: null })) })) };
}

function withoutTags(version: 2 | 3, value: JsonObject, warnings: WarningLog): NativeExportV4 {
  const v3 = version === 3 ? parseWith(nativeExportV3Schema, withKnownStatuses(value, 3, warnings), 3) : withoutReviews(parseWith(nativeExportV2Schema, withKnownStatuses(value, 2, warnings), 2));
  return {
    ...v3,
    version: 4,
    articles: v3.articles.map((entry) => ({ ...entry, claims: entry.claims.map((claim) => ({ ...claim, claimantType: null, tags: [] })) })),
  };
}

function withoutReviews(document: NativeExportV2): NativeExportV3 {
  return {
    ...document,
    version: 3,
    articles: document.articles.map((entry) => ({ ...entry, claims: entry.claims.map((claim) => ({ ...claim, needsReview: false, review: null })) })),
  };
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, version: number): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ImportError(`This ClaimMark export (version ${version}) is damaged at ${describeIssue(result.error)}.`);
  return result.data;
}

function checkClaimCount(count: number, maxClaims: number): void {
  if (count > maxClaims) throw new ImportError(`The file holds ${count} claims; ClaimMark imports at most ${maxClaims} at a time.`);
}

interface ClaimV2Extras {
  review: ImportedClaim['review'];
  claimant: string | null;
  claimReviewed: string | null;
  claimantType: ImportedClaim['claimantType'];
  tags: readonly string[];
  anchor: ImportedClaim['anchor'];
  evidence: ImportedClaim['evidence'];
  history: ImportedClaim['history'];
  origin: NativeExport['articles'][number]['claims'][number]['origin'];
}

function claimOf(claim: ClaimV1, extras: ClaimV2Extras | null, where: string, text: string, warnings: WarningLog): ImportedClaim {
  const [position, quote] = claim.selectors;
  if (text.slice(position.start, position.end) !== quote.exact) {
    warnings.add(`${where}: the quote is not at its position in the article text; it will be searched for.`);
  }
  return {
    id: claim.id,
    quote,
    position,
    status: claim.status,
    note: claim.note,
    claimant: extras?.claimant ?? null,
    claimReviewed: extras?.claimReviewed ?? null,
    claimantType: extras?.claimantType ?? null,
    tags: [...(extras?.tags ?? [])],
    review: extras?.review ?? null,
    evidence: extras?.evidence.map((evidence) => ({ ...evidence })) ?? [],
    history: extras?.history.map((change) => ({ ...change })) ?? [],
    anchor: extras?.anchor ?? null,
    // The exporting library's record of where the claim came from, or that it made the claim itself.
    origin: extras?.origin ?? null,
    created: claim.created,
    modified: claim.modified,
  };
}

/**
 * The file with each claim whose status this version does not know turned into an
 * Unverified claim (label and checked flag too, from version 2), each with a warning. Only
 * the lists on the way to the claims are copied; anything else is left to the schema.
 */
function withKnownStatuses(value: JsonObject, version: 1 | 2 | 3 | 4 | 5, warnings: WarningLog): JsonObject {
  const claimsIn = (claims: unknown, where: string): unknown =>
    Array.isArray(claims) ? claims.map((claim: unknown, index) => knownStatusOf(claim, `${where}[${index}]`, version, warnings)) : claims;
  if (version === 1) return { ...value, claims: claimsIn(ownProperty(value, 'claims'), 'claims') };
  const articles = ownProperty(value, 'articles');
  if (!Array.isArray(articles)) return value;
  return {
    ...value,
    articles: articles.map((entry: unknown, index) =>
      isJsonObject(entry) ? { ...entry, claims: claimsIn(ownProperty(entry, 'claims'), `articles[${index}].claims`) } : entry,
    ),
  };
}

function knownStatusOf(claim: unknown, where: string, version: 1 | 2 | 3 | 4 | 5, warnings: WarningLog): unknown {
  const status = ownProperty(claim, 'status');
  if (!isJsonObject(claim) || typeof status !== 'string' || CLAIM_STATUSES.some((known) => known === status)) return claim;
  warnings.add(`${where}: the status "${status}" is not one this app knows; the claim comes in as Unverified.`);
  const { label, checked } = STATUS_INFO.unverified;
  return version === 1 ? { ...claim, status: 'unverified' } : { ...claim, status: 'unverified', statusLabel: label, checked };
}

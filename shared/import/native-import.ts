// Reads ClaimMark's own JSON exports: version 1 (one article, shared/export/export-document.ts)
// and version 2 (any number of articles, shared/export/native-export.ts). Unknown extra
// properties are ignored; a status this version does not know becomes "unverified".

import { z } from 'zod';
import {
  CLAIM_STATUSES,
  NOTE_MAX_LENGTH,
  evidenceSchema,
  idSchema,
  statusChangeSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
  type ClaimStatus,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../model';
import { describeIssue } from './describe-issue';
import { importedAnchorSchema, type ImportedArticle, type ImportedClaim } from './import-bundle';
import { ImportError } from './import-error';
import { ownProperty, type JsonObject } from './json-value';
import type { WarningLog } from './warning-log';

const isoTimeSchema = z.iso.datetime();
const contentHashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected "sha256:" and 64 hexadecimal digits');

const selectorsSchema = z
  .array(z.union([textPositionSelectorSchema, textQuoteSelectorSchema]))
  .refine(
    (selectors) =>
      selectors.filter((selector) => selector.type === 'TextPositionSelector').length === 1 &&
      selectors.filter((selector) => selector.type === 'TextQuoteSelector').length === 1,
    'expected one TextPositionSelector and one TextQuoteSelector',
  );

const claimV1Schema = z.object({
  id: idSchema,
  status: z.string(),
  note: z.string().max(NOTE_MAX_LENGTH),
  selectors: selectorsSchema,
  created: isoTimeSchema,
  modified: isoTimeSchema,
});

const exportV1Schema = z.object({
  format: z.literal('claimmark-export'),
  version: z.literal(1),
  offsetUnit: z.literal('utf-16-code-unit'),
  article: z.object({
    id: idSchema,
    title: z.string(),
    source: z.string().nullable(),
    fileName: z.string(),
    contentHash: contentHashSchema,
    text: z.string(),
  }),
  claims: z.array(claimV1Schema),
});

const claimV2Schema = claimV1Schema.extend({
  claimant: z.string().max(500).nullable(),
  claimReviewed: z.string().max(5000).nullable(),
  anchor: importedAnchorSchema,
  evidence: z.array(evidenceSchema),
  history: z.array(statusChangeSchema),
});

const exportV2Schema = z.object({
  format: z.literal('claimmark-export'),
  version: z.literal(2),
  offsetUnit: z.literal('utf-16-code-unit'),
  articles: z.array(
    z.object({
      article: z.object({
        id: idSchema,
        title: z.string(),
        source: z.string().nullable(),
        byline: z.string().nullable(),
        siteName: z.string().nullable(),
        publishedTime: z.string().nullable(),
        fileName: z.string(),
        contentHash: contentHashSchema,
        text: z.string(),
      }),
      claims: z.array(claimV2Schema),
    }),
  ),
});

type ClaimV1 = z.infer<typeof claimV1Schema>;

/** True for a value that says it is a ClaimMark export (of any version). */
export function isNativeExport(value: unknown): value is JsonObject {
  return ownProperty(value, 'format') === 'claimmark-export';
}

export function readNativeExport(value: JsonObject, warnings: WarningLog, maxClaims: number): ImportedArticle[] {
  const version = ownProperty(value, 'version');
  if (version === 1) {
    const document = parseWith(exportV1Schema, value, 1);
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
  if (version === 2) {
    const document = parseWith(exportV2Schema, value, 2);
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
  if (typeof version === 'number' && Number.isInteger(version) && version > 2) {
    throw new ImportError(
      `This file was made by a newer version of ClaimMark (export version ${version}); this version reads export versions 1 and 2.`,
    );
  }
  throw new ImportError(`This ClaimMark export has no version this app knows (version ${JSON.stringify(version) ?? 'missing'}).`);
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
  claimant: string | null;
  claimReviewed: string | null;
  anchor: ImportedClaim['anchor'];
  evidence: ImportedClaim['evidence'];
  history: ImportedClaim['history'];
}

function claimOf(claim: ClaimV1, extras: ClaimV2Extras | null, where: string, text: string, warnings: WarningLog): ImportedClaim {
  const position = claim.selectors.find((selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector') ?? null;
  const quote = claim.selectors.find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector') ?? null;
  if (position !== null && quote !== null && text.slice(position.start, position.end) !== quote.exact) {
    warnings.add(`${where}: the quote is not at its position in the article text; it will be searched for.`);
  }
  return {
    id: claim.id,
    quote,
    position,
    status: knownStatus(claim.status, where, warnings),
    note: claim.note,
    claimant: extras?.claimant ?? null,
    claimReviewed: extras?.claimReviewed ?? null,
    evidence: extras?.evidence.map((evidence) => ({ ...evidence })) ?? [],
    history: extras?.history.map((change) => ({ ...change })) ?? [],
    anchor: extras?.anchor ?? null,
    created: claim.created,
    modified: claim.modified,
  };
}

function knownStatus(status: string, where: string, warnings: WarningLog): ClaimStatus {
  const known = CLAIM_STATUSES.find((candidate) => candidate === status);
  if (known !== undefined) return known;
  warnings.add(`${where}: the status "${status}" is not one this app knows; the claim comes in as Unverified.`);
  return 'unverified';
}

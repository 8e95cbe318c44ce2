// Versions of the library's files and how older ones become the current one.
//
//   version 1  the first release: articles with title, caption, paragraphs and source;
//              claims with selectors, verified/unverified, a note and times
//   version 2  articles of any format (byline, site, date, direction, links, structure);
//              claims with anchoring state, evidence, status history, claimant and
//              "claim as reviewed"; the library remembers the last article viewed
//   version 3  claims keep the words their status was given on while they need review
//              (`review`; null in every claim of an older file); status changes under
//              review keep both quotes
//   version 4  articles keep their bold, italic and code as marks over the text (`marks`;
//              none in an article of an older file, whose text had lost them); claims
//              have tags and say whether the claimant is a person or an organisation
//              (`tags`, `claimantType`; none and not said in a claim of an older file)
//   version 5  a claim imported from another tool keeps where it came from (`origin`:
//              the tool and its id there; absent in every claim of an older file, and on
//              claims the analyst made). Nothing of a version-4 file changes, but an older
//              ClaimMark would drop the origins it cannot read, so it refuses the file
//
// A migration is a pure function from the parsed old file to the new one; it never drops
// what the old file said (a version-1 caption is the caption block of the same text).

import { z } from 'zod';
import {
  ANCHORED_AS_CREATED,
  articleFieldsSchema,
  articleSchema,
  claimSchema,
  claimSelectorsSchema,
  claimStatusSchema,
  idSchema,
  type Article,
  type Claim,
} from '../../shared/model';

export const CURRENT_FORMAT_VERSION = 5;

const libraryEntrySchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  source: z.string().nullable(),
  added: z.iso.datetime(),
  fileName: z.string(),
  contentHash: z.string(),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const libraryFileSchema = z.strictObject({
  format: z.literal('claimmark-library'),
  version: z.literal(CURRENT_FORMAT_VERSION),
  /** Set once the bundled sample article has been added, so deleting it is final. */
  sampleLoaded: z.boolean(),
  articles: z.array(libraryEntrySchema),
  /** The article the analyst last looked at, to reopen on start. */
  lastArticleId: idSchema.nullable(),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const articleFileSchema = z.strictObject({
  format: z.literal('claimmark-article'),
  version: z.literal(CURRENT_FORMAT_VERSION),
  article: articleSchema,
  claims: z.array(claimSchema),
  /** The last change of `<id>.journal` folded into this file; absent in files written before the journal. */
  journalSequence: z.int().nonnegative().optional(),
});
export type ArticleFile = z.infer<typeof articleFileSchema>;

// Version 1, as the first release wrote it.
const libraryFileV1Schema = z.strictObject({
  format: z.literal('claimmark-library'),
  version: z.literal(1),
  sampleLoaded: z.boolean(),
  articles: z.array(libraryEntrySchema),
});

const articleV1Schema = z.strictObject({
  id: idSchema,
  title: z.string(),
  caption: z.string().nullable(),
  source: z.string().nullable(),
  text: z.string(),
  blocks: z.array(
    z.strictObject({ kind: z.enum(['title', 'caption', 'paragraph']), start: z.int().nonnegative(), end: z.int().nonnegative() }),
  ),
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  fileName: z.string(),
  added: z.iso.datetime(),
});

const claimV1Schema = z.strictObject({
  id: idSchema,
  articleId: idSchema,
  selectors: claimSelectorsSchema,
  status: claimStatusSchema.extract(['unverified', 'verified']),
  note: z.string(),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
});

const articleFileV1Schema = z.strictObject({
  format: z.literal('claimmark-article'),
  version: z.literal(1),
  article: articleV1Schema,
  claims: z.array(claimV1Schema),
});

// Version 4: the claims had no origin yet; version 3 no tags or claimant type either; version 2 no review either.
export const claimV4Schema = claimSchema.omit({ origin: true });
export const claimV3Schema = claimV4Schema.omit({ tags: true, claimantType: true });
/** A claim as format version 3 wrote it (in an article file or a journal line). */
export type ClaimV3 = z.infer<typeof claimV3Schema>;
export const claimV2Schema = claimV3Schema.omit({ review: true });
/** A claim as format version 2 wrote it (in an article file or a journal line). */
export type ClaimV2 = z.infer<typeof claimV2Schema>;

// Versions 2 and 3: the articles had no marks yet.
const articleV3Schema = articleFieldsSchema.omit({ marks: true });
const libraryFileV2Schema = libraryFileSchema.extend({ version: z.literal(2) });
const articleFileV2Schema = articleFileSchema.extend({ version: z.literal(2), article: articleV3Schema, claims: z.array(claimV2Schema) });
const libraryFileV3Schema = libraryFileSchema.extend({ version: z.literal(3) });
const articleFileV3Schema = articleFileSchema.extend({ version: z.literal(3), article: articleV3Schema, claims: z.array(claimV3Schema) });
const libraryFileV4Schema = libraryFileSchema.extend({ version: z.literal(4) });
const articleFileV4Schema = articleFileSchema.extend({ version: z.literal(4), claims: z.array(claimV4Schema) });

/** An article of format version 2 or 3 in version 4: its file kept no bold, italic or code. */
function migrateArticleV3(article: z.infer<typeof articleV3Schema>): Article {
  return { ...article, marks: [] };
}

/** A version-3 claim in version 4: no tags, and the claimant's type not said. */
export function migrateClaimV3(claim: ClaimV3): Claim {
  return { ...claim, claimantType: null, tags: [] };
}

/** A version-2 claim in version 4: its status was given on the words it holds, so it needs no review. */
export function migrateClaimV2(claim: ClaimV2): Claim {
  return migrateClaimV3({ ...claim, review: null });
}

export type MigrationResult<T> = { data: T; migratedFrom: number | null };

/** Why a file cannot be read as any known version, for the analyst. */
export class FileFormatError extends Error {
  /** Written by a newer ClaimMark: not damaged, just not readable by this one. */
  readonly newer: boolean;

  constructor(message: string, newer = false) {
    super(message);
    this.newer = newer;
  }
}

function versionOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
}

function parseOrExplain<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new FileFormatError(`${what} is not a valid ClaimMark file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function migrateLibraryFile(raw: unknown, what: string): MigrationResult<LibraryFile> {
  const version = versionOf(raw);
  if (version === CURRENT_FORMAT_VERSION) return { data: parseOrExplain(libraryFileSchema, raw, what), migratedFrom: null };
  if (version === 1) {
    const old = parseOrExplain(libraryFileV1Schema, raw, what);
    return { data: { ...old, version: CURRENT_FORMAT_VERSION, lastArticleId: null }, migratedFrom: 1 };
  }
  if (version === 2 || version === 3 || version === 4) {
    const schema = version === 2 ? libraryFileV2Schema : version === 3 ? libraryFileV3Schema : libraryFileV4Schema;
    const old = parseOrExplain<z.infer<typeof schema>>(schema, raw, what);
    return { data: { ...old, version: CURRENT_FORMAT_VERSION }, migratedFrom: version };
  }
  if (typeof version === 'number' && version > CURRENT_FORMAT_VERSION) {
    throw new FileFormatError(`${what} was written by a newer ClaimMark (format version ${version}); update ClaimMark to open it.`, true);
  }
  return { data: parseOrExplain(libraryFileSchema, raw, what), migratedFrom: null };
}

export function migrateArticleV1(article: z.infer<typeof articleV1Schema>): Article {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    byline: null,
    siteName: null,
    publishedTime: null,
    dir: null,
    format: 'txt',
    text: article.text,
    // The caption was always also the caption block of the text, so nothing is lost.
    blocks: article.blocks,
    links: [],
    marks: [],
    contentHash: article.contentHash,
    fileName: article.fileName,
    added: article.added,
    updated: null,
  };
}

export function migrateClaimV1(claim: z.infer<typeof claimV1Schema>): Claim {
  return {
    ...claim,
    anchor: ANCHORED_AS_CREATED,
    evidence: [],
    history: [],
    claimant: null,
    claimantType: null,
    claimReviewed: null,
    review: null,
    tags: [],
  };
}

export function migrateArticleFile(raw: unknown, what: string): MigrationResult<ArticleFile> {
  const version = versionOf(raw);
  if (version === 1) {
    const old = parseOrExplain(articleFileV1Schema, raw, what);
    const data = {
      format: 'claimmark-article' as const,
      version: CURRENT_FORMAT_VERSION,
      article: migrateArticleV1(old.article),
      claims: old.claims.map(migrateClaimV1),
    };
    return { data: parseOrExplain(articleFileSchema, data, `${what} (migrated)`), migratedFrom: 1 };
  }
  if (version === 2) {
    const old = parseOrExplain(articleFileV2Schema, raw, what);
    return { data: { ...old, version: CURRENT_FORMAT_VERSION, article: migrateArticleV3(old.article), claims: old.claims.map(migrateClaimV2) }, migratedFrom: 2 };
  }
  if (version === 3) {
    const old = parseOrExplain(articleFileV3Schema, raw, what);
    return { data: { ...old, version: CURRENT_FORMAT_VERSION, article: migrateArticleV3(old.article), claims: old.claims.map(migrateClaimV3) }, migratedFrom: 3 };
  }
  if (version === 4) {
    // A version-4 claim is a version-5 one with no origin: the file is kept as it was, under the new version.
    const old = parseOrExplain(articleFileV4Schema, raw, what);
    return { data: { ...old, version: CURRENT_FORMAT_VERSION }, migratedFrom: 4 };
  }
  if (typeof version === 'number' && version > CURRENT_FORMAT_VERSION) {
    throw new FileFormatError(`${what} was written by a newer ClaimMark (format version ${version}); update ClaimMark to open it.`, true);
  }
  return { data: parseOrExplain(articleFileSchema, raw, what), migratedFrom: null };
}

// What the workspace's callers hand it, taken from the API contract so the two cannot
// drift apart: a change to a method's input changes these types with it.

import type { ApiInput, ApiOutput } from '../../../shared/api';

/** The claim's own words: note, claimant and its type, the claim as reviewed, tags. */
export type ClaimFields = Pick<ApiInput<'updateClaim'>, 'note' | 'claimant' | 'claimantType' | 'claimReviewed' | 'tags'>;

/** A claim change the analyst makes: its words, its status, or both. */
export type ClaimChange = ClaimFields & Pick<ApiInput<'updateClaim'>, 'status'>;

export type EvidenceInput = ApiInput<'addEvidence'>['evidence'];

/** The selected span of the article's text a new claim covers. */
export type ClaimRange = Pick<ApiInput<'createClaim'>, 'start' | 'end'>;

type ReattachInput = ApiInput<'reattachClaim'>['target'];

/** Where to put a claim again; a selection's text is read from the open article. */
export type ReattachTarget = Omit<Extract<ReattachInput, { kind: 'selection' }>, 'exact'> | Extract<ReattachInput, { kind: 'candidate' }>;

export type ArticleFile = ApiInput<'openArticle'>['file'];

/** A file to open and what to do if it is a changed version of a known article. */
export type FileRequest = { file: ArticleFile; ifChangedVersion: NonNullable<ApiInput<'openArticle'>['ifChangedVersion']> };

export type OpenOutcome = ApiOutput<'openArticle'>;

/** The host's answer that a file is a changed version of a known article. */
export type ChangedVersion = Extract<OpenOutcome, { kind: 'changed-version' }>;

/** A file opened without a question: added, already there, or updated. */
export type SettledOutcome = Exclude<OpenOutcome, ChangedVersion>;

/** The analyst's answer to a changed version: replace the known article, keep both, or neither. */
export type UpdateAnswer = Exclude<FileRequest['ifChangedVersion'], 'ask'> | 'cancel';

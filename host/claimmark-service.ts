// What ClaimMark does with articles and claims, independent of how it is asked: the
// Electron IPC handlers and the browser host both call this. It knows nothing of IPC,
// HTTP or windows; time and ids come in from outside so tests can fix them.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  ApiError,
  type ApiInput,
  type ApiOutput,
  type ArticleFileInput,
  type ClaimMarkApi,
  type ImportSummaryOutput,
  type OpenArticleOutcome,
} from '../shared/api';
import { reanchorClaims } from '../shared/anchoring/reanchor-claims';
import { anchorByPosition, describeRange, rangeProblem } from '../shared/anchoring/selectors';
import type { ArticleClaims } from '../shared/export/article-claims';
import { buildExportFile, ExportRequestError, type ExportFile, type ExportRequest } from '../shared/export/export-file';
import { ImportError, parseImport } from '../shared/import/parse-import';
import { planImport, type ImportPlan } from '../shared/import/plan-import';
import {
  ANCHORED_AS_CREATED,
  CLAIM_STATUSES,
  type Article,
  type ArticleSummary,
  type ArticleWithClaims,
  type Claim,
  type ClaimStatus,
  type Evidence,
} from '../shared/model';
import { articleFromExport, loadArticle } from './article-loading/load-article';
import type { LibraryStore } from './library/library-store';

export interface ServiceOptions {
  store: LibraryStore;
  /** The bundled sample article, added to an empty library on first start. */
  sampleArticlePath: string;
  now: () => Date;
  newId: () => string;
}

/** What each host does its own way: writing an export file, opening a link. */
export type HostOnlyMethods = 'exportClaims' | 'openExternal';
export type ServiceApi = Omit<ClaimMarkApi, HostOnlyMethods>;

function countStatuses(claims: readonly Claim[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) counts[claim.status] += 1;
  return counts;
}

/** Two files are versions of one article when they name the same source, or have the same title. */
function sameArticle(a: Pick<Article, 'title' | 'source'>, b: Pick<Article, 'title' | 'source'>): boolean {
  const title = (value: string) => value.normalize('NFC').trim().toLowerCase();
  if (a.source !== null && b.source !== null && a.source.trim() === b.source.trim()) return true;
  return title(a.title) !== '' && title(a.title) === title(b.title);
}

export class ClaimMarkService implements ServiceApi {
  private readonly options: ServiceOptions;
  private readonly pendingFiles: ArticleFileInput[] = [];

  private constructor(options: ServiceOptions) {
    this.options = options;
  }

  /** Opens the store and, on first start, adds the sample article. */
  static async open(options: ServiceOptions): Promise<ClaimMarkService> {
    const service = new ClaimMarkService(options);
    await options.store.open();
    if (!options.store.sampleLoaded()) await service.addSampleArticle();
    return service;
  }

  private get store(): LibraryStore {
    return this.options.store;
  }

  private async addSampleArticle(): Promise<void> {
    const bytes = await readFile(this.options.sampleArticlePath);
    const article = loadArticle(
      { fileName: basename(this.options.sampleArticlePath), bytes },
      this.options.newId(),
      this.options.now().toISOString(),
    );
    await this.store.addArticle(article, { isSample: true });
  }

  async listArticles(): Promise<ArticleSummary[]> {
    return Promise.all(
      this.store.entries().map(async (entry): Promise<ArticleSummary> => {
        try {
          const { article, claims } = await this.store.readArticle(entry.id);
          return {
            id: entry.id,
            title: article.title,
            source: article.source,
            siteName: article.siteName,
            fileName: article.fileName,
            format: article.format,
            added: article.added,
            updated: article.updated,
            claimCount: claims.length,
            statusCounts: countStatuses(claims),
            orphanCount: claims.filter((claim) => claim.anchor.state === 'orphaned').length,
            problem: null,
          };
        } catch (error) {
          // One damaged file must not hide the rest of the library.
          return {
            id: entry.id,
            title: entry.title,
            source: entry.source,
            siteName: null,
            fileName: entry.fileName,
            format: 'txt',
            added: entry.added,
            updated: null,
            claimCount: 0,
            statusCounts: countStatuses([]),
            orphanCount: 0,
            problem: error instanceof Error ? error.message : String(error),
          };
        }
      }),
    );
  }

  async getArticle(input: ApiInput<'getArticle'>): Promise<ArticleWithClaims> {
    const { article, claims } = await this.store.readArticle(input.articleId);
    await this.store.setLastArticle(article.id);
    return { article, claims: [...claims] };
  }

  async getSaveStatus(): Promise<ApiOutput<'getSaveStatus'>> {
    return { unsaved: this.store.unsavedArticles() };
  }

  async getSession(): Promise<ApiOutput<'getSession'>> {
    const last = this.store.lastArticleId();
    const entries = this.store.entries();
    const known = entries.some((entry) => entry.id === last);
    return { lastArticleId: known ? last : (entries[0]?.id ?? null), notices: [...this.store.notices()] };
  }

  /** Opens an article file: adds it, finds it already in the library, or offers to update a known one. */
  async openArticle(input: ApiInput<'openArticle'>): Promise<OpenArticleOutcome> {
    const bytes = Buffer.from(input.file.contentBase64, 'base64');
    const article = loadArticle({ fileName: input.file.fileName, bytes }, this.options.newId(), this.options.now().toISOString());
    const entries = this.store.entries();

    const identical = entries.find((entry) => entry.contentHash === article.contentHash);
    if (identical !== undefined) {
      await this.store.setLastArticle(identical.id);
      return { kind: 'existing', articleId: identical.id, title: identical.title };
    }

    const ifChanged = input.ifChangedVersion ?? 'ask';
    const earlier = ifChanged === 'add-new' ? undefined : entries.find((entry) => sameArticle(entry, article));
    if (earlier !== undefined && ifChanged === 'ask') {
      const { claims } = await this.store.readArticle(earlier.id);
      return { kind: 'changed-version', existingArticleId: earlier.id, existingTitle: earlier.title, claimCount: claims.length };
    }
    if (earlier !== undefined) {
      const report = await this.store.replaceArticle(earlier.id, (current) => {
        const updated: Article = { ...article, id: current.article.id, added: current.article.added, updated: article.added };
        const outcome = reanchorClaims(updated.text, current.claims);
        return { article: updated, claims: outcome.claims, result: outcome.report };
      });
      await this.store.setLastArticle(earlier.id);
      return { kind: 'updated', articleId: earlier.id, title: article.title, report };
    }

    await this.store.addArticle(article, { isSample: false });
    await this.store.setLastArticle(article.id);
    return { kind: 'added', articleId: article.id, title: article.title };
  }

  /** Keeps a file the host was asked to open until the renderer takes it. */
  queueFile(fileName: string, bytes: Uint8Array): void {
    this.pendingFiles.push({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });
  }

  async takePendingFiles(): Promise<ArticleFileInput[]> {
    return this.pendingFiles.splice(0, this.pendingFiles.length);
  }

  async deleteArticle(input: ApiInput<'deleteArticle'>): Promise<{ deletedArticleId: string }> {
    await this.store.deleteArticle(input.articleId);
    return { deletedArticleId: input.articleId };
  }

  async createClaim(input: ApiInput<'createClaim'>): Promise<Claim> {
    const { article } = await this.store.readArticle(input.articleId);
    const selectors = selectionSelectors(article.text, input);
    const time = this.options.now().toISOString();
    const claim: Claim = {
      id: this.options.newId(),
      articleId: article.id,
      selectors,
      status: 'unverified',
      note: '',
      anchor: ANCHORED_AS_CREATED,
      evidence: [],
      history: [],
      claimant: null,
      claimReviewed: null,
      created: time,
      modified: time,
    };
    await this.store.updateClaims(article.id, (claims) => {
      claims.push(claim);
    });
    return claim;
  }

  async updateClaim(input: ApiInput<'updateClaim'>): Promise<Claim> {
    const modified = this.options.now().toISOString();
    return this.changeClaim(input, (current) => {
      const status = input.status ?? current.status;
      return {
        ...current,
        status,
        note: input.note ?? current.note,
        claimant: input.claimant === undefined ? current.claimant : blankToNull(input.claimant),
        claimReviewed: input.claimReviewed === undefined ? current.claimReviewed : blankToNull(input.claimReviewed),
        history: status === current.status ? current.history : [...current.history, { from: current.status, to: status, at: modified }],
        modified,
      };
    });
  }

  async addEvidence(input: ApiInput<'addEvidence'>): Promise<{ claim: Claim; evidence: Evidence }> {
    const time = this.options.now().toISOString();
    const evidence: Evidence = { id: this.options.newId(), ...input.evidence, added: time };
    const claim = await this.changeClaim(input, (current) => ({ ...current, evidence: [...current.evidence, evidence], modified: time }));
    return { claim, evidence };
  }

  async updateEvidence(input: ApiInput<'updateEvidence'>): Promise<Claim> {
    const time = this.options.now().toISOString();
    return this.changeClaim(input, (current) => {
      if (!current.evidence.some((item) => item.id === input.evidenceId)) {
        throw new ApiError('not-found', 'That piece of evidence no longer exists.');
      }
      return {
        ...current,
        evidence: current.evidence.map((item) => (item.id === input.evidenceId ? { ...item, ...input.evidence } : item)),
        modified: time,
      };
    });
  }

  async deleteEvidence(input: ApiInput<'deleteEvidence'>): Promise<Claim> {
    const time = this.options.now().toISOString();
    return this.changeClaim(input, (current) => {
      if (!current.evidence.some((item) => item.id === input.evidenceId)) {
        throw new ApiError('not-found', 'That piece of evidence no longer exists.');
      }
      return { ...current, evidence: current.evidence.filter((item) => item.id !== input.evidenceId), modified: time };
    });
  }

  /** Replaces one claim with `change(claim)` and saves its article. */
  private changeClaim(ref: { articleId: string; claimId: string }, change: (current: Claim) => Claim): Promise<Claim> {
    return this.store.updateClaims(ref.articleId, (claims) => {
      const index = claims.findIndex((claim) => claim.id === ref.claimId);
      const current = claims[index];
      if (current === undefined) throw new ApiError('not-found', 'That claim no longer exists; it may have been deleted.');
      const updated = change(current);
      claims[index] = updated;
      return updated;
    });
  }

  async deleteClaim(input: ApiInput<'deleteClaim'>): Promise<{ deletedClaimId: string }> {
    return this.store.updateClaims(input.articleId, (claims) => {
      const index = claims.findIndex((claim) => claim.id === input.claimId);
      if (index < 0) throw new ApiError('not-found', 'That claim no longer exists; it may have been deleted already.');
      claims.splice(index, 1);
      return { deletedClaimId: input.claimId };
    });
  }

  async reattachClaim(input: ApiInput<'reattachClaim'>): Promise<Claim> {
    const { article } = await this.store.readArticle(input.articleId);
    const target = input.target;
    const modified = this.options.now().toISOString();
    return this.changeClaim(input, (current) => {
      let selectors;
      if (target.kind === 'selection') {
        selectors = selectionSelectors(article.text, target);
      } else {
        const candidate = current.anchor.candidate;
        if (candidate === null) throw new ApiError('invalid-input', 'This claim has no candidate match to accept; select its text instead.');
        selectors = selectionSelectors(article.text, candidate);
      }
      return {
        ...current,
        selectors,
        anchor: { state: 'anchored', method: 're-attached', score: null, candidate: null },
        modified,
      };
    });
  }

  /** Every article the request names, with its claims; an unreadable one is an error, never left out silently. */
  private async articlesFor(request: ExportRequest): Promise<ArticleClaims[]> {
    const ids = request.scope.kind === 'article' ? [request.scope.articleId] : this.store.entries().map((entry) => entry.id);
    return Promise.all(
      ids.map(async (id) => {
        const { article, claims } = await this.store.readArticle(id);
        // Orphans keep the selectors they had; every anchored claim must hold its quote.
        const anchored = claims.filter((claim) => claim.anchor.state === 'anchored');
        if (anchored.some((claim) => anchorByPosition(article.text, claim.selectors) === null)) {
          throw new ApiError('storage', `Some claims of “${article.title}” no longer match its text; the export was not written.`);
        }
        return { article, claims: [...claims] };
      }),
    );
  }

  /** The file an export request makes: its proposed name, MIME type and text. */
  async exportFile(request: ExportRequest): Promise<ExportFile> {
    const articles = await this.articlesFor(request);
    try {
      return buildExportFile(request, articles, this.options.now().toISOString(), `urn:uuid:${this.options.newId()}`);
    } catch (error) {
      if (error instanceof ExportRequestError) throw new ApiError('invalid-input', error.message);
      throw error;
    }
  }

  /**
   * Imports claims from a ClaimMark or W3C Web Annotation file. Everything is checked and
   * placed before anything is written; if a write fails, what was written is undone.
   */
  async importClaims(input: ApiInput<'importClaims'>): Promise<ImportSummaryOutput> {
    const bytes = Buffer.from(input.file.contentBase64, 'base64');
    const what = input.file.fileName;
    let plan: ImportPlan;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const bundle = parseImport(text);
      const library = await Promise.all(this.store.entries().map((entry) => this.store.readArticle(entry.id)));
      const now = this.options.now().toISOString();
      plan = planImport(bundle, library, { now, newId: this.options.newId, makeArticle: (ref) => articleFromExport(ref, this.options.newId(), now) });
    } catch (error) {
      if (error instanceof ImportError) throw new ApiError('invalid-input', `${what}: ${error.message}`);
      if (error instanceof TypeError) throw new ApiError('invalid-input', `${what}: the file is not UTF-8 text.`);
      throw error;
    }

    const undo: (() => Promise<unknown>)[] = [];
    try {
      for (const { article, claims } of plan.newArticles) {
        await this.store.addArticle(article, { isSample: false });
        undo.push(() => this.store.deleteArticle(article.id));
        await this.store.updateClaims(article.id, (current) => void current.splice(0, current.length, ...claims), 'rollback');
      }
      for (const { articleId, claims } of plan.updates) {
        const before = await this.store.updateClaims(articleId, (current) => current.splice(0, current.length, ...claims), 'rollback');
        undo.push(() => this.store.updateClaims(articleId, (current) => void current.splice(0, current.length, ...before), 'rollback'));
      }
    } catch (error) {
      for (const step of undo.reverse()) await step().catch(() => undefined);
      throw error;
    }
    const firstArticleId = plan.newArticles[0]?.article.id ?? plan.updates[0]?.articleId ?? null;
    // Which article shows next is not worth failing an import that is saved.
    if (firstArticleId !== null) await this.store.setLastArticle(firstArticleId).catch(() => undefined);
    return { ...plan.summary, firstArticleId };
  }

  /** Waits for pending saves, before the app quits. */
  async close(): Promise<void> {
    await this.store.settle();
  }
}

/** The full API of a host: the service's methods plus the host's own ways of exporting and opening links. */
export function hostApi(service: ClaimMarkService, own: Pick<ClaimMarkApi, HostOnlyMethods>): ClaimMarkApi {
  return {
    listArticles: () => service.listArticles(),
    getArticle: (input) => service.getArticle(input),
    getSession: () => service.getSession(),
    getSaveStatus: () => service.getSaveStatus(),
    openArticle: (input) => service.openArticle(input),
    takePendingFiles: () => service.takePendingFiles(),
    deleteArticle: (input) => service.deleteArticle(input),
    createClaim: (input) => service.createClaim(input),
    updateClaim: (input) => service.updateClaim(input),
    deleteClaim: (input) => service.deleteClaim(input),
    addEvidence: (input) => service.addEvidence(input),
    updateEvidence: (input) => service.updateEvidence(input),
    deleteEvidence: (input) => service.deleteEvidence(input),
    reattachClaim: (input) => service.reattachClaim(input),
    importClaims: (input) => service.importClaims(input),
    exportClaims: own.exportClaims,
    openExternal: own.openExternal,
  };
}

function blankToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value.trim();
}

/** Selectors for a selection the analyst made, refused with a reason when it cannot be a claim. */
function selectionSelectors(text: string, selection: { start: number; end: number; exact: string }) {
  const problem = rangeProblem(text, selection.start, selection.end);
  if (problem !== null) throw new ApiError('invalid-input', problem);
  const selectors = describeRange(text, { start: selection.start, end: selection.end });
  if (selectors.quote.exact !== selection.exact) {
    throw new ApiError(
      'invalid-input',
      'The selected text does not match the article at that place; reload the article and select again.',
    );
  }
  return selectors;
}

// What ClaimMark does with articles and claims, independent of how it is asked: the
// Electron IPC handlers and the browser host both call this. It knows nothing of IPC,
// HTTP or windows; time and ids come in from outside so tests can fix them.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError, type ApiInput, type ClaimMarkApi } from '../../shared/api';
import { anchorByPosition, describeRange, rangeProblem } from '../../shared/anchoring/selectors';
import { buildExportDocument, exportFileName, serializeExportDocument } from '../../shared/export/export-document';
import { ANCHORED_AS_CREATED, type ArticleSummary, type ArticleWithClaims, type Claim } from '../../shared/model';
import { loadArticle } from './library/load-article';
import type { LibraryStore } from './library/library-store';

export interface ServiceOptions {
  store: LibraryStore;
  /** The bundled sample article, added to an empty library on first start. */
  sampleArticlePath: string;
  now: () => Date;
  newId: () => string;
}

export interface ExportFile {
  fileName: string;
  content: string;
}

export type ServiceApi = Omit<ClaimMarkApi, 'exportArticle'>;

export class ClaimMarkService implements ServiceApi {
  private readonly options: ServiceOptions;

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
      this.store.entries().map(async (entry) => {
        const { claims } = await this.store.readArticle(entry.id);
        return {
          id: entry.id,
          title: entry.title,
          source: entry.source,
          added: entry.added,
          claimCount: claims.length,
          verifiedCount: claims.filter((claim) => claim.status === 'verified').length,
        };
      }),
    );
  }

  async getArticle(input: ApiInput<'getArticle'>): Promise<ArticleWithClaims> {
    const { article, claims } = await this.store.readArticle(input.articleId);
    return { article, claims: [...claims] };
  }

  async createClaim(input: ApiInput<'createClaim'>): Promise<Claim> {
    const { article } = await this.store.readArticle(input.articleId);
    const problem = rangeProblem(article.text, input.start, input.end);
    if (problem !== null) throw new ApiError('invalid-input', problem);
    const selectors = describeRange(article.text, { start: input.start, end: input.end });
    if (selectors.quote.exact !== input.exact) {
      throw new ApiError(
        'invalid-input',
        'The selected text does not match the article at that place; reload the article and select again.',
      );
    }
    const time = this.options.now().toISOString();
    const claim: Claim = {
      id: this.options.newId(),
      articleId: article.id,
      selectors,
      status: 'unverified',
      note: '',
      anchor: ANCHORED_AS_CREATED,
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
    return this.store.updateClaims(input.articleId, (claims) => {
      const index = claims.findIndex((claim) => claim.id === input.claimId);
      const current = claims[index];
      if (current === undefined) throw new ApiError('not-found', 'That claim no longer exists; it may have been deleted.');
      const updated: Claim = {
        ...current,
        status: input.status ?? current.status,
        note: input.note ?? current.note,
        modified,
      };
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

  /** The export file of one article: its name and its JSON text. */
  async exportFile(articleId: string): Promise<ExportFile> {
    const { article, claims } = await this.store.readArticle(articleId);
    const anchored = claims.filter((claim) => anchorByPosition(article.text, claim.selectors) !== null);
    if (anchored.length !== claims.length) {
      throw new ApiError('storage', 'Some claims no longer match the article text; the export was not written.');
    }
    const document = buildExportDocument(article, claims, this.options.now().toISOString());
    return { fileName: exportFileName(article.title), content: serializeExportDocument(document) };
  }

  /** Waits for pending saves, before the app quits. */
  async close(): Promise<void> {
    await this.store.settle();
  }
}

/** The full API of a host: the service's methods plus the host's own way of exporting. */
export function hostApi(service: ClaimMarkService, exportArticle: ClaimMarkApi['exportArticle']): ClaimMarkApi {
  return {
    listArticles: () => service.listArticles(),
    getArticle: (input) => service.getArticle(input),
    createClaim: (input) => service.createClaim(input),
    updateClaim: (input) => service.updateClaim(input),
    deleteClaim: (input) => service.deleteClaim(input),
    exportArticle,
  };
}

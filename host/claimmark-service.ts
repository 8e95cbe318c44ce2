// What ClaimMark does with articles and claims, independent of how it is asked: the
// Electron IPC handlers and the browser host both call this. It knows nothing of IPC,
// HTTP or windows; time and ids come in from outside so tests can fix them.

import type {
  ApiInput,
  ApiOutput,
  ArticleFileInput,
  ClaimMarkApi,
  ImportSummaryOutput,
  OpenArticleOutcome,
} from '../shared/api';
import type { ExportFile, ExportRequest } from '../shared/export/export-file';
import type { ArticleSummary, ArticleWithClaims, Claim, Evidence } from '../shared/model';
import * as articles from './article-operations';
import * as claims from './claim-operations';
import * as exchange from './exchange-operations';
import { articlesOfCutImport, cutImportRecord, undoCutImport } from './import-undo';
import { offerRecovery } from './recovery-offer';
import type { ServiceOptions } from './service-options';

export type { ServiceOptions } from './service-options';

/** What each host does its own way: writing an export file, opening a link. */
export type HostOnlyMethods = 'exportClaims' | 'openExternal';
export type ServiceApi = Omit<ClaimMarkApi, HostOnlyMethods>;

/** The one object both hosts hold; each call goes to the operations on articles, on claims, or on export and import files. */
export class ClaimMarkService implements ServiceApi {
  private readonly options: ServiceOptions;
  private readonly pendingFiles: ArticleFileInput[] = [];
  /** What happened at start that the analyst should hear about besides the store's repairs: an import undone. */
  private readonly startNotices: string[] = [];
  /** How many of the store's notices the window has been told. */
  private noticesTold = 0;

  private constructor(options: ServiceOptions) {
    this.options = options;
  }

  /**
   * Opens the store, undoes an import a crash cut short, offers back the changes a recovery
   * file kept, and on first start adds the sample article. A read-only library is only read.
   */
  static async open(options: ServiceOptions): Promise<ClaimMarkService> {
    const service = new ClaimMarkService(options);
    const { store } = options;
    const cutImport = await cutImportRecord(store.dataDir, store.gate.writable());
    await store.open(articlesOfCutImport(cutImport));
    const writable = store.gate.writable();
    const undone = await undoCutImport(store, cutImport);
    if (undone !== null) service.startNotices.push(undone);
    const recovered = await offerRecovery(store);
    if (recovered !== null) service.startNotices.push(recovered);
    if (writable && !store.sampleLoaded()) await articles.addSampleArticle(options);
    return service;
  }

  listArticles(): Promise<ArticleSummary[]> {
    return articles.listArticles(this.options);
  }

  getArticle(input: ApiInput<'getArticle'>): Promise<ArticleWithClaims> {
    return articles.getArticle(this.options, input);
  }

  async getSaveStatus(): Promise<ApiOutput<'getSaveStatus'>> {
    const status = await articles.getSaveStatus(this.options);
    return { ...status, notices: this.takeNewNotices() };
  }

  async getSession(): Promise<ApiOutput<'getSession'>> {
    const session = await articles.getSession(this.options);
    // A window (re)loaded reads every notice since start; later ones come with the save status.
    this.noticesTold = session.notices.length;
    return { ...session, notices: [...session.notices, ...this.startNotices] };
  }

  /** The article getSession would name, without counting its notices as told (the browser host writes it into the page). */
  async lastArticleId(): Promise<string | null> {
    return articles.lastArticleId(this.options);
  }

  /** The store's notices since getSession or the last call, each handed out once. */
  private takeNewNotices(): string[] {
    const notices = this.options.store.notices().slice(this.noticesTold);
    this.noticesTold += notices.length;
    return notices;
  }

  /** Opens an article file: adds it, finds it already in the library, or offers to update a known one. */
  openArticle(input: ApiInput<'openArticle'>): Promise<OpenArticleOutcome> {
    return articles.openArticle(this.options, input);
  }

  /** Keeps a file the host was asked to open until the renderer takes it. */
  queueFile(fileName: string, bytes: Uint8Array): void {
    this.pendingFiles.push({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });
  }

  async takePendingFiles(): Promise<ArticleFileInput[]> {
    return this.pendingFiles.splice(0, this.pendingFiles.length);
  }

  deleteArticle(input: ApiInput<'deleteArticle'>): Promise<{ deletedArticleId: string }> {
    return articles.deleteArticle(this.options, input);
  }

  createClaim(input: ApiInput<'createClaim'>): Promise<Claim> {
    return claims.createClaim(this.options, input);
  }

  updateClaim(input: ApiInput<'updateClaim'>): Promise<Claim> {
    return claims.updateClaim(this.options, input);
  }

  addEvidence(input: ApiInput<'addEvidence'>): Promise<{ claim: Claim; evidence: Evidence }> {
    return claims.addEvidence(this.options, input);
  }

  updateEvidence(input: ApiInput<'updateEvidence'>): Promise<Claim> {
    return claims.updateEvidence(this.options, input);
  }

  deleteEvidence(input: ApiInput<'deleteEvidence'>): Promise<Claim> {
    return claims.deleteEvidence(this.options, input);
  }

  deleteClaim(input: ApiInput<'deleteClaim'>): Promise<{ deletedClaimId: string }> {
    return claims.deleteClaim(this.options, input);
  }

  restoreClaim(input: ApiInput<'restoreClaim'>): Promise<Claim> {
    return claims.restoreClaim(this.options, input);
  }

  reattachClaim(input: ApiInput<'reattachClaim'>): Promise<Claim> {
    return claims.reattachClaim(this.options, input);
  }

  reviewClaim(input: ApiInput<'reviewClaim'>): Promise<Claim> {
    return claims.reviewClaim(this.options, input);
  }

  /** The file an export request makes: its proposed name, MIME type, and text in pieces for writeExportFile. */
  exportFile(request: ExportRequest): Promise<ExportFile> {
    return exchange.exportFile(this.options, request);
  }

  /** Imports claims from a ClaimMark or W3C Web Annotation file: all of it, or nothing. */
  importClaims(input: ApiInput<'importClaims'>): Promise<ImportSummaryOutput> {
    return exchange.importClaims(this.options, input);
  }

  undoImport(input: ApiInput<'undoImport'>): Promise<ApiOutput<'undoImport'>> {
    return exchange.undoSessionImport(this.options, input);
  }

  redoImport(input: ApiInput<'redoImport'>): Promise<ApiOutput<'redoImport'>> {
    return exchange.redoSessionImport(this.options, input);
  }

  /**
   * Before the app quits: stops the article work first (an unfinished load or update then
   * saves nothing), then waits for pending saves.
   */
  async close(): Promise<void> {
    await this.options.articleWork.close();
    await this.options.store.settle();
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
    restoreClaim: (input) => service.restoreClaim(input),
    addEvidence: (input) => service.addEvidence(input),
    updateEvidence: (input) => service.updateEvidence(input),
    deleteEvidence: (input) => service.deleteEvidence(input),
    reattachClaim: (input) => service.reattachClaim(input),
    reviewClaim: (input) => service.reviewClaim(input),
    importClaims: (input) => service.importClaims(input),
    undoImport: (input) => service.undoImport(input),
    redoImport: (input) => service.redoImport(input),
    exportClaims: own.exportClaims,
    openExternal: own.openExternal,
  };
}

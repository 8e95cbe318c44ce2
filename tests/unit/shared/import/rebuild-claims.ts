// What the app does with an import bundle, reduced to what the round-trip tests need: find
// each article in the library and turn each imported claim back into a Claim.

import type { ArticleClaims } from '../../../../shared/export/article-claims';
import { toUtf16Position } from '../../../../shared/export/text-offsets';
import type { ArticleRef, ImportBundle, ImportedArticle } from '../../../../shared/import/parse-import';
import { ANCHORED_AS_CREATED, type Article, type Claim } from '../../../../shared/model';

export function findArticle(ref: ArticleRef, library: readonly Article[]): Article {
  const article =
    library.find((candidate) => ref.contentHash !== undefined && candidate.contentHash === ref.contentHash) ??
    library.find((candidate) => ref.source !== undefined && candidate.source === ref.source);
  if (article === undefined) throw new Error(`no article in the library matches ${JSON.stringify(ref)}`);
  return article;
}

function present<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`the import has no ${what}`);
  return value;
}

export function rebuildClaims(imported: ImportedArticle, article: Article): Claim[] {
  return imported.claims.map((claim) => {
    const stored = present(claim.position, `position for ${claim.id}`);
    const position = imported.offsetUnit === 'code-point' ? present(toUtf16Position(article.text, stored), `position in the text for ${claim.id}`) : stored;
    return {
      id: claim.id,
      articleId: article.id,
      selectors: { position, quote: present(claim.quote, `quote for ${claim.id}`) },
      status: claim.status,
      note: claim.note,
      anchor: claim.anchor === null ? ANCHORED_AS_CREATED : { ...claim.anchor, candidate: null },
      evidence: claim.evidence.map((evidence) => ({ ...evidence, id: present(evidence.id, 'evidence id'), added: present(evidence.added, 'evidence time') })),
      history: claim.history,
      claimant: claim.claimant,
      claimReviewed: claim.claimReviewed,
      created: present(claim.created, `created for ${claim.id}`),
      modified: present(claim.modified, `modified for ${claim.id}`),
    };
  });
}

export function rebuildLibrary(bundle: ImportBundle, library: readonly ArticleClaims[]): ArticleClaims[] {
  const articles = library.map((entry) => entry.article);
  return bundle.articles.map((imported) => {
    const article = findArticle(imported.ref, articles);
    return { article, claims: rebuildClaims(imported, article) };
  });
}

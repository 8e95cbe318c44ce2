// An article update's notice as things stand now: the claims still orphaned and those that
// still need review are counted from the open article, so the notice says what is left to do.

import { needsReview } from '../../../shared/claims/checked';
import type { ArticleWithClaims } from '../../../shared/model';
import { reanchorText, type Messages } from './messages';

export function currentNotice(messages: Messages, open: ArticleWithClaims | null): string | null {
  const { update } = messages;
  if (update === null || open === null || open.article.id !== update.articleId) return messages.notice;
  const orphaned = open.claims.filter((claim) => claim.anchor.state === 'orphaned').length;
  return reanchorText(update.title, { ...update.report, orphaned }, open.claims.filter(needsReview).length);
}

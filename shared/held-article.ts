// The browser host's headers for an article the window already holds (web-host/answer-body.ts,
// renderer/src/api-worker.ts): each version of an article the host sends has a tag; a
// getArticle that names the tag of the version the window holds is answered with the claims
// alone while that version is current, so switching back to a long article does not move its
// text again.

/** The request header naming the tag of the article version the window holds. */
export const HELD_ARTICLE_HEADER = 'x-claimmark-held-article';
/** The answer header giving the tag of the article version sent. */
export const ARTICLE_TAG_HEADER = 'x-claimmark-article-tag';
/** The answer header saying the held version (its tag) is current: the answer's value is `{ claims }` alone. */
export const ARTICLE_HELD_HEADER = 'x-claimmark-article-held';

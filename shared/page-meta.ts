// What the browser host writes into the page it serves (web-host/web-host.ts), read by the
// window's first script (renderer/src/main.tsx, transport.ts). The desktop app's page has
// neither: its calls go through the preload, and its start asks the session first.

/** The per-run token every API call carries. */
export const TOKEN_META_NAME = 'claimmark-token';
/**
 * The article the library had open when the page was served. The start asks for it at once,
 * beside the session; the session's answer still decides which article is shown, and another
 * article it names is asked for then (renderer/src/boot-calls.ts).
 */
export const LAST_ARTICLE_META_NAME = 'claimmark-last-article';

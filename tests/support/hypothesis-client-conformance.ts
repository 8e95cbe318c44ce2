// checkHypothesisImport: what Hypothesis' client needs of a file to import it, written from
// the client's source (hypothesis/client: src/sidebar/helpers/import.ts reads the file,
// src/sidebar/helpers/annotations-by-user.ts lists its annotators, and
// src/sidebar/services/import-annotations.ts imports each annotation) and from its API's
// annotation fields (h's API documentation), not from ClaimMark's writer. Returns one message
// per problem; an empty list means the client can import the file.
// - The file is a JSON object whose `annotations` is a list (readExportFile).
// - Each annotation names its author: `user` is `acct:<username>@<authority>` (annotationsByUser
//   groups by it; the client shows `user_info.display_name` when there is one).
// - `text` is a string and `tags` a list of strings (duplicateMatch compares them as such).
// - `target` is a list whose first item has a `source` and a `selector` list with a
//   TextQuoteSelector whose `exact` is a string (the quote the client shows and matches);
//   a TextPositionSelector has whole-number `start` ≤ `end`.
// - `uri` is an absolute address (a URL or a URN), and `document.title` a list of strings.
// - A reply (`references`) is not a top-level annotation: an export of claims has none.

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ACCOUNT = /^acct:[A-Za-z0-9._]{3,30}@[A-Za-z0-9.-]+$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

function annotationProblems(annotation: unknown, where: string): string[] {
  if (!isObject(annotation)) return [`${where}: not an object`];
  const problems: string[] = [];
  if (typeof annotation.user !== 'string' || !ACCOUNT.test(annotation.user)) problems.push(`${where}: user must be "acct:<username>@<authority>"`);
  if (annotation.user_info !== undefined && (!isObject(annotation.user_info) || typeof annotation.user_info.display_name !== 'string')) {
    problems.push(`${where}: user_info.display_name must be a string`);
  }
  if (typeof annotation.text !== 'string') problems.push(`${where}: text must be a string`);
  if (!Array.isArray(annotation.tags) || !annotation.tags.every((tag) => typeof tag === 'string')) problems.push(`${where}: tags must be a list of strings`);
  if (typeof annotation.uri !== 'string' || !ABSOLUTE_URI.test(annotation.uri)) problems.push(`${where}: uri must be an absolute address`);
  const title = isObject(annotation.document) ? annotation.document.title : undefined;
  if (title !== undefined && (!Array.isArray(title) || !title.every((part) => typeof part === 'string'))) problems.push(`${where}: document.title must be a list of strings`);
  if (Array.isArray(annotation.references) && annotation.references.length > 0) problems.push(`${where}: a reply, not an annotation of the text`);
  const target: unknown = Array.isArray(annotation.target) ? annotation.target[0] : undefined;
  if (!isObject(target)) return [...problems, `${where}: target must be a list with one target`];
  if (typeof target.source !== 'string' || target.source === '') problems.push(`${where}: target[0].source is missing`);
  const selectors = Array.isArray(target.selector) ? target.selector : [];
  const quote = selectors.find((selector): selector is Json => isObject(selector) && selector.type === 'TextQuoteSelector');
  if (quote === undefined || typeof quote.exact !== 'string' || quote.exact === '') problems.push(`${where}: target[0].selector has no TextQuoteSelector with an exact quote`);
  for (const selector of selectors) {
    if (!isObject(selector) || selector.type !== 'TextPositionSelector') continue;
    const { start, end } = selector;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (start as number) > (end as number)) {
      problems.push(`${where}: a TextPositionSelector needs whole numbers start ≤ end`);
    }
  }
  return problems;
}

export function checkHypothesisImport(file: unknown): string[] {
  if (!isObject(file) || !Array.isArray(file.annotations)) return ['the file must be an object with an "annotations" list'];
  return file.annotations.flatMap((annotation, index) => annotationProblems(annotation, `annotations[${index}]`));
}

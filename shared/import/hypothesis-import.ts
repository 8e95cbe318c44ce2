// Reads Hypothesis' own JSON: the client's export ({export_date, export_userid,
// client_version, annotations}), and what its API answers: one annotation, a list of them,
// or a search response ({total, rows}). Each annotation's `target[0].selector` gives the
// quote and position (RangeSelector is ignored: it points into the page's HTML), `uri` the
// article's address, `document.title` its title, `text` the note and `tags` the labels.
// Replies and page notes select no text and are skipped, counted in a warning. Positions
// count UTF-16 units of the page's text as the client saw it (it measures with JavaScript
// strings); the quote is checked there and searched for when the page's text differs.

import { validate as isUuid } from 'uuid';
import { contentHashFromIri } from '../exchange/web-annotation-terms';
import type { ImportedArticle } from './import-bundle';
import { ImportError } from './import-error';
import { checkClaimCount, foreignClaim, type ReadContext } from './foreign-claim';
import { asList, describeValue, isJsonObject, ownProperty, typesOf } from './json-value';
import { readSelectors } from './web-annotation-target';

function isHypothesisAnnotation(value: unknown): boolean {
  return isJsonObject(value) && typeof ownProperty(value, 'uri') === 'string' && typesOf(value).length === 0 && ownProperty(value, 'target') !== undefined;
}

/** The annotations of a Hypothesis file, or null when the value is not one. */
function hypothesisItems(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value.length > 0 && value.every(isHypothesisAnnotation) ? value : null;
  const annotations = ownProperty(value, 'annotations');
  if (Array.isArray(annotations) && ['export_date', 'export_userid', 'client_version'].some((key) => ownProperty(value, key) !== undefined)) {
    return annotations;
  }
  const rows = ownProperty(value, 'rows');
  if (Array.isArray(rows) && typeof ownProperty(value, 'total') === 'number') return rows;
  return isHypothesisAnnotation(value) ? [value] : null;
}

export function isHypothesisDocument(value: unknown): boolean {
  return hypothesisItems(value) !== null;
}

export function readHypothesis(value: unknown, context: ReadContext): ImportedArticle[] {
  const items = hypothesisItems(value) ?? [];
  checkClaimCount(items.length, context.maxClaims);
  const articles = new Map<string, ImportedArticle>();
  items.forEach((item, index) => {
    const where = `annotation ${index + 1}`;
    if (!isJsonObject(item)) throw new ImportError(`${where}: expected an annotation object, found ${describeValue(item)}.`);
    const uri = ownProperty(item, 'uri');
    if (typeof uri !== 'string' || uri.trim() === '') throw new ImportError(`${where}: the annotation has no uri (the address of the page it is on).`);
    if (asList(ownProperty(item, 'references')).length > 0) {
      context.skipped.add('replies to other annotations, with no text selected');
      return;
    }
    const [target] = asList(ownProperty(item, 'target'));
    const { quote, position } = readSelectors(ownProperty(target, 'selector'), `${where}: target`);
    if (quote === null && position === null) {
      context.skipped.add('page notes, with no text selected');
      return;
    }
    const id = ownProperty(item, 'id');
    const text = ownProperty(item, 'text');
    const tags = asList(ownProperty(item, 'tags')).filter((tag): tag is string => typeof tag === 'string');
    const ownId = typeof id === 'string' && id !== '';
    // Hypothesis' own ids are never UUIDs; a UUID is the id of a claim ClaimMark wrote to this file.
    const fromHypothesis = ownId && !isUuid(id);
    const claim = foreignClaim(
      {
        id: ownId ? id : `hypothesis-${index + 1}`,
        ...(fromHypothesis ? {} : { origin: null }),
        quote,
        position,
        labels: tags,
        note: typeof text === 'string' ? text : '',
        created: ownProperty(item, 'created'),
        modified: ownProperty(item, 'updated'),
      },
      where,
      context,
    );
    const source = uri.trim();
    let article = articles.get(source);
    if (article === undefined) {
      const [title] = asList(ownProperty(ownProperty(item, 'document'), 'title'));
      // ClaimMark writes an article without a web address as `urn:sha256:` of its text.
      const contentHash = contentHashFromIri(source);
      const named = typeof title === 'string' && title.trim() !== '' ? { title: title.trim() } : {};
      article = { ref: contentHash === null ? { source, ...named } : { contentHash, ...named }, offsetUnit: 'utf-16-code-unit', claims: [] };
      articles.set(source, article);
    }
    article.claims.push(claim);
  });
  return [...articles.values()];
}

// Reads doccano's sequence-labelling export: JSON Lines, one document a line, as
// {text, label: [[start, end, "LABEL"], …]} (or the relation export's
// {text, entities: [{start_offset, end_offset, label}]}). The text is the article's whole
// text: it finds the library article with that text, or becomes a new article. Offsets
// count code points (doccano stores Python str indices). Spans with the same start and end
// are one claim with all their labels; labels of the whole document select no text and
// are skipped, counted in a warning.

import type { ImportedArticle, ImportedClaim } from './import-bundle';
import { ImportError } from './import-error';
import { checkClaimCount, foreignClaim, type ReadContext } from './foreign-claim';
import { describeValue, isJsonObject, ownProperty, type JsonObject } from './json-value';
import { spanSelectors } from './text-span';

interface LabelledSpan {
  start: number;
  end: number;
  labels: string[];
}

/** True for one doccano document: its text and a list of labels or entities. */
export function isDoccanoDocument(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    typeof ownProperty(value, 'text') === 'string' &&
    (Array.isArray(ownProperty(value, 'label')) || Array.isArray(ownProperty(value, 'labels')) || Array.isArray(ownProperty(value, 'entities')))
  );
}

export function readDoccano(documents: readonly unknown[], context: ReadContext): ImportedArticle[] {
  const articles: ImportedArticle[] = [];
  let claimCount = 0;
  documents.forEach((document, index) => {
    const where = documents.length === 1 ? 'the document' : `line ${index + 1}`;
    const text = ownProperty(document, 'text');
    if (!isDoccanoDocument(document) || !isJsonObject(document) || typeof text !== 'string') {
      throw new ImportError(`${where}: expected a doccano document with "text" and "label" (found ${describeValue(document)}).`);
    }
    const spans = spansOf(document, where, context);
    claimCount += spans.length;
    checkClaimCount(claimCount, context.maxClaims);
    const documentId = ownProperty(document, 'id');
    const prefix = `doccano-${typeof documentId === 'number' || typeof documentId === 'string' ? String(documentId) : String(index + 1)}`;
    const claims: ImportedClaim[] = [];
    spans.forEach((span, spanIndex) => {
      const label = `${where}: span ${spanIndex + 1} (${span.start}–${span.end})`;
      const selectors = spanSelectors(text, span.start, span.end, null);
      if (selectors === null) throw new ImportError(`${label} is not a selection of the document's text (${[...text].length} characters).`);
      claims.push(foreignClaim({ id: `${prefix}-${spanIndex + 1}`, ...selectors, labels: span.labels, note: '', created: undefined, modified: undefined }, label, context));
    });
    if (claims.length > 0) articles.push({ ref: { text }, offsetUnit: 'utf-16-code-unit', claims });
  });
  if (articles.length === 0) throw new ImportError('The doccano file labels no spans of text, so there are no claims to import.');
  return articles;
}

function spansOf(document: JsonObject, where: string, context: ReadContext): LabelledSpan[] {
  const spans = new Map<string, LabelledSpan>();
  const add = (start: unknown, end: unknown, label: unknown, at: string): void => {
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || typeof label !== 'string') {
      throw new ImportError(`${where}: ${at} must give a start, an end (whole numbers) and a label.`);
    }
    const key = `${start}:${end}`;
    const span = spans.get(key) ?? { start, end, labels: [] };
    span.labels.push(label);
    spans.set(key, span);
  };
  const labels = ownProperty(document, 'label') ?? ownProperty(document, 'labels');
  if (Array.isArray(labels)) {
    labels.forEach((entry: unknown, index) => {
      if (typeof entry === 'string') context.skipped.add('labels of a whole document, with no text selected');
      else if (Array.isArray(entry)) add(entry[0], entry[1], entry[2], `label ${index + 1}`);
      else throw new ImportError(`${where}: label ${index + 1} is neither [start, end, "LABEL"] nor a label name (found ${describeValue(entry)}).`);
    });
  }
  const entities = ownProperty(document, 'entities');
  if (Array.isArray(entities)) {
    entities.forEach((entity: unknown, index) => add(ownProperty(entity, 'start_offset'), ownProperty(entity, 'end_offset'), ownProperty(entity, 'label'), `entity ${index + 1}`));
  }
  return [...spans.values()];
}

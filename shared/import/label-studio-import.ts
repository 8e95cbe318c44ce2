// Reads Label Studio's exports of text labelling: JSON (tasks with `data.text` and
// `annotations[].result[]`, a result of type "labels" holding {start, end, text, labels})
// and JSON-MIN (one flat object a task: `text` and, under the labelling control's name, a
// list of {start, end, text, labels}). The task's text is the article's whole text, found
// in the library or added. A per-region text area (same result id) becomes the note. Other
// results (choices, image regions, relations) and cancelled annotations are skipped and
// counted. Offsets are checked against each region's text: code points or UTF-16 units.

import type { ImportedArticle, ImportedClaim } from './import-bundle';
import { ImportError } from './import-error';
import { checkClaimCount, foreignClaim, type ReadContext } from './foreign-claim';
import { asList, describeValue, isJsonObject, ownProperty, type JsonObject } from './json-value';
import { spanSelectors } from './text-span';

function isRegion(value: unknown): boolean {
  return isJsonObject(value) && typeof ownProperty(value, 'start') === 'number' && Array.isArray(ownProperty(value, 'labels'));
}

function isFullTask(value: unknown): boolean {
  return typeof ownProperty(ownProperty(value, 'data'), 'text') === 'string' && Array.isArray(ownProperty(value, 'annotations'));
}

/** The JSON-MIN key holding a task's regions (the labelling control's name), or null. */
function regionKey(value: unknown): string | null {
  if (!isJsonObject(value) || typeof ownProperty(value, 'text') !== 'string') return null;
  return Object.keys(value).find((key) => {
    const list = value[key];
    return Array.isArray(list) && list.length > 0 && list.every(isRegion);
  }) ?? null;
}

function isTask(value: unknown): boolean {
  return isFullTask(value) || regionKey(value) !== null;
}

export function isLabelStudioDocument(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 && value.some(isTask) && value.every((task) => isTask(task) || isJsonObject(task)) : isTask(value);
}

interface Region {
  id: string;
  start: unknown;
  end: unknown;
  text: unknown;
  labels: unknown;
  note: string;
  created: unknown;
  modified: unknown;
}

export function readLabelStudio(value: unknown, context: ReadContext): ImportedArticle[] {
  const tasks = asList(value);
  const articles: ImportedArticle[] = [];
  let claimCount = 0;
  tasks.forEach((task, index) => {
    const where = tasks.length === 1 ? 'the task' : `task ${index + 1}`;
    if (!isJsonObject(task)) throw new ImportError(`${where}: expected a Label Studio task, found ${describeValue(task)}.`);
    const data = isFullTask(task) ? ownProperty(task, 'data') : task;
    const text = ownProperty(data, 'text');
    if (typeof text !== 'string') {
      context.skipped.add('tasks without a text');
      return;
    }
    const taskId = ownProperty(task, 'id');
    const prefix = `label-studio-${typeof taskId === 'number' || typeof taskId === 'string' ? String(taskId) : String(index + 1)}`;
    const regions = isFullTask(task) ? fullRegions(task, context) : minRegions(task);
    claimCount += regions.length;
    checkClaimCount(claimCount, context.maxClaims);
    const claims: ImportedClaim[] = regions.map((region, regionIndex) => {
      const label = `${where}: region ${regionIndex + 1}`;
      const { start, end } = region;
      if (typeof start !== 'number' || typeof end !== 'number' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
        throw new ImportError(`${label}: start and end must be whole numbers.`);
      }
      const selectors = spanSelectors(text, start, end, typeof region.text === 'string' ? region.text : null);
      if (selectors === null) throw new ImportError(`${label} (${start}–${end}) is not a selection of the task's text.`);
      const labels = asList(region.labels).filter((entry): entry is string => typeof entry === 'string');
      return foreignClaim({ id: `${prefix}-${region.id}`, ...selectors, labels, note: region.note, created: region.created, modified: region.modified }, label, context);
    });
    const title = ownProperty(data, 'title');
    if (claims.length > 0) articles.push({ ref: { text, ...(typeof title === 'string' && title.trim() !== '' ? { title: title.trim() } : {}) }, offsetUnit: 'utf-16-code-unit', claims });
  });
  if (articles.length === 0) throw new ImportError('The Label Studio file labels no spans of text, so there are no claims to import.');
  return articles;
}

function minRegions(task: JsonObject): Region[] {
  const key = regionKey(task);
  const list = key === null ? [] : asList(task[key]);
  return list.map((region, index) => ({
    id: String(index + 1),
    start: ownProperty(region, 'start'),
    end: ownProperty(region, 'end'),
    text: ownProperty(region, 'text'),
    labels: ownProperty(region, 'labels'),
    note: '',
    created: ownProperty(task, 'created_at'),
    modified: ownProperty(task, 'updated_at'),
  }));
}

function fullRegions(task: JsonObject, context: ReadContext): Region[] {
  const regions: Region[] = [];
  asList(ownProperty(task, 'annotations')).forEach((annotation, annotationIndex) => {
    if (ownProperty(annotation, 'was_cancelled') === true) {
      context.skipped.add('cancelled in Label Studio');
      return;
    }
    const results = asList(ownProperty(annotation, 'result'));
    const notes = new Map<string, string>();
    for (const result of results) {
      const words = asList(ownProperty(ownProperty(result, 'value'), 'text')).filter((line): line is string => typeof line === 'string');
      const id = ownProperty(result, 'id');
      if (ownProperty(result, 'type') === 'textarea' && typeof id === 'string') notes.set(id, words.join('\n'));
    }
    const labelled = new Set<unknown>();
    results.forEach((result, resultIndex) => {
      const type = ownProperty(result, 'type');
      const value = ownProperty(result, 'value');
      const id = ownProperty(result, 'id');
      if (type !== 'labels') return;
      labelled.add(id);
      regions.push({
        id: `${annotationIndex + 1}-${typeof id === 'string' ? id : String(resultIndex + 1)}`,
        start: ownProperty(value, 'start'),
        end: ownProperty(value, 'end'),
        text: ownProperty(value, 'text'),
        labels: ownProperty(value, 'labels'),
        note: typeof id === 'string' ? (notes.get(id) ?? '') : '',
        created: ownProperty(annotation, 'created_at'),
        modified: ownProperty(annotation, 'updated_at'),
      });
    });
    for (const result of results) {
      const type = ownProperty(result, 'type');
      if (type === 'labels' || (type === 'textarea' && labelled.has(ownProperty(result, 'id')))) continue;
      context.skipped.add(`Label Studio results of type ${typeof type === 'string' ? `"${type}"` : 'unknown'}, not labelled text`);
    }
  });
  return regions;
}

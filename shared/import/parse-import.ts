// Reads a file to import: ClaimMark's own JSON export, W3C Web Annotations (from ClaimMark,
// Recogito or any tool), Hypothesis' JSON (client export or API answers), doccano JSON Lines
// or Label Studio JSON / JSON-MIN. Either the whole file is valid and comes back as one
// checked bundle, or an ImportError says what is wrong and where; nothing partial.

import { describeIssue } from './describe-issue';
import { isDoccanoDocument, readDoccano } from './doccano-import';
import { SkippedItems, type ReadContext } from './foreign-claim';
import { isHypothesisDocument, readHypothesis } from './hypothesis-import';
import { importBundleSchema, wasChecked, type ImportBundle, type ImportedArticle, type ImportKind } from './import-bundle';
import { DEFAULT_IMPORT_LIMITS, ImportError, type ImportLimits } from './import-error';
import { describeValue, isJsonObject } from './json-value';
import { LabelMapping, NO_LABEL_DECISIONS, type LabelDecisions } from './label-mapping';
import { isLabelStudioDocument, readLabelStudio } from './label-studio-import';
import { isNativeExport, readNativeExport } from './native-import';
import { looksLikeJsonLines, readJson, readJsonLines } from './read-json';
import { WarningLog } from './warning-log';
import { isWebAnnotationDocument, readWebAnnotations } from './web-annotation-import';

export { ImportError, DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-error';
export type { ArticleRef, ImportBundle, ImportedArticle, ImportedClaim, ImportedEvidence } from './import-bundle';

const KNOWN_FORMATS =
  'a ClaimMark export, W3C Web Annotations, Hypothesis JSON, doccano JSONL or Label Studio JSON';

/** The context for reading a file of `tool`: its labels read with the choices remembered for that tool. */
function from(tool: ImportKind, context: ReadContext): ReadContext {
  context.labels.readingFrom(tool);
  return context;
}

function readValue(value: unknown, context: ReadContext): { kind: ImportKind; articles: ImportedArticle[] } {
  const { warnings, maxClaims, skipped } = context;
  if (isNativeExport(value)) return { kind: 'native', articles: readNativeExport(value, warnings, maxClaims) };
  // Before the W3C check, which takes any list: a Hypothesis list is one of API annotations.
  if (isHypothesisDocument(value)) return { kind: 'hypothesis', articles: readHypothesis(value, from('hypothesis', context)) };
  if (isLabelStudioDocument(value)) return { kind: 'label-studio', articles: readLabelStudio(value, from('label-studio', context)) };
  if (isDoccanoDocument(value)) return { kind: 'doccano', articles: readDoccano([value], from('doccano', context)) };
  if (Array.isArray(value) && value.length > 0 && value.every(isDoccanoDocument)) return { kind: 'doccano', articles: readDoccano(value, from('doccano', context)) };
  if (isWebAnnotationDocument(value)) return { kind: 'web-annotation', articles: readWebAnnotations(value, warnings, maxClaims, skipped) };
  throw new ImportError(
    isJsonObject(value)
      ? `The file is JSON, but none of ${KNOWN_FORMATS} (a W3C file needs "type": "Annotation", "AnnotationCollection" or "AnnotationPage").`
      : `The file holds ${describeValue(value)}, not ${KNOWN_FORMATS}.`,
  );
}

export function parseImport(text: string, limits: Partial<ImportLimits> = {}, decisions: LabelDecisions = NO_LABEL_DECISIONS): ImportBundle {
  const limit = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  const warnings = new WarningLog();
  const labels = new LabelMapping(decisions);
  const context: ReadContext = { warnings, labels, skipped: new SkippedItems(), maxClaims: limit.maxClaims };
  const read = looksLikeJsonLines(text)
    ? { kind: 'doccano' as const, articles: readDoccano(readJsonLines(text, limit), from('doccano', context)) }
    : readValue(readJson(text, limit), context);
  context.skipped.report(warnings);
  const bundle = { ...read, labels: labels.list(), warnings: warnings.list() };
  // Claims checked as they were read are not read again; the rest of the bundle is.
  const allChecked = read.articles.every((article) => article.claims.every(wasChecked));
  const checked = importBundleSchema.safeParse(allChecked ? { ...bundle, articles: read.articles.map((article) => ({ ...article, claims: [] })) } : bundle);
  if (!checked.success) throw new ImportError(`The imported data is not valid: ${describeIssue(checked.error)}`);
  if (!allChecked) return checked.data;
  return { ...checked.data, articles: checked.data.articles.map((article, index) => ({ ...article, claims: read.articles[index]?.claims ?? [] })) };
}

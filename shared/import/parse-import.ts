// Reads a file to import: ClaimMark's own JSON export (version 1 or 2) or W3C Web
// Annotations from ClaimMark or other tools. Either the whole file is valid and comes back
// as one checked bundle, or an ImportError says what is wrong and where; nothing partial.

import { describeIssue } from './describe-issue';
import { importBundleSchema, type ImportBundle } from './import-bundle';
import { DEFAULT_IMPORT_LIMITS, ImportError, type ImportLimits } from './import-error';
import { describeValue, isJsonObject } from './json-value';
import { isNativeExport, readNativeExport } from './native-import';
import { readJson } from './read-json';
import { WarningLog } from './warning-log';
import { isWebAnnotationDocument, readWebAnnotations } from './web-annotation-import';

export { ImportError, DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-error';
export type { ArticleRef, ImportBundle, ImportedArticle, ImportedClaim, ImportedEvidence } from './import-bundle';

export function parseImport(text: string, limits: Partial<ImportLimits> = {}): ImportBundle {
  const limit = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  const value = readJson(text, limit);
  const warnings = new WarningLog();
  let bundle: ImportBundle;
  if (isNativeExport(value)) {
    bundle = { kind: 'native', articles: readNativeExport(value, warnings, limit.maxClaims), warnings: [] };
  } else if (isWebAnnotationDocument(value)) {
    bundle = { kind: 'web-annotation', articles: readWebAnnotations(value, warnings, limit.maxClaims), warnings: [] };
  } else {
    throw new ImportError(
      isJsonObject(value)
        ? 'The file is JSON, but neither a ClaimMark export nor W3C Web Annotations (an Annotation, a list, an AnnotationCollection or an AnnotationPage).'
        : `The file holds ${describeValue(value)}, not a ClaimMark export or W3C Web Annotations.`,
    );
  }
  const checked = importBundleSchema.safeParse({ ...bundle, warnings: warnings.list() });
  if (!checked.success) throw new ImportError(`The imported data is not valid: ${describeIssue(checked.error)}`);
  return checked.data;
}

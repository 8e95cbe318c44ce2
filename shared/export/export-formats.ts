// The formats the analyst can export to, with their names in the export dialog. Free of the
// schemas, so the window's first scripts can show them without building any.

export const EXPORT_FORMATS = ['native', 'web-annotation-collection', 'web-annotation-array', 'hypothesis', 'claim-review', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  native: 'ClaimMark JSON (everything, re-importable)',
  'web-annotation-collection': 'W3C Web Annotations (collection)',
  'web-annotation-array': 'W3C Web Annotations (plain list)',
  hypothesis: 'Hypothesis JSON (for Hypothesis’ Import)',
  'claim-review': 'schema.org ClaimReview (checked claims)',
  csv: 'CSV spreadsheet',
  markdown: 'Markdown report',
};

// The tools whose files ClaimMark imports, and how long a label of theirs may be. Free of the
// import's schemas, so the API contract's answers (checked in the window's API worker) name
// them without building the importer's.

import { ORIGIN_TOOLS } from '../origin-tools';

export const IMPORT_KINDS = ['native', ...ORIGIN_TOOLS] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A label (or tag) of another tool's file, before it becomes a status or a tag. */
export const IMPORTED_LABEL_MAX_LENGTH = 200;

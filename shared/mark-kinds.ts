// The kinds of marks (bold, italic, code) drawn over an article's text. Free of the schemas,
// so the window can draw them without building any.

export const MARK_KINDS = ['strong', 'emphasis', 'code'] as const;

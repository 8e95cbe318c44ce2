// Makes user text (notes, titles, quotes) safe to put into Markdown: it renders as the same
// text and can never become a link, an image, HTML, a heading, a list or a table.

const INLINE_SPECIALS = /[\\`*_[\]<>|~&@]/g;

/**
 * One line of text for a Markdown paragraph. Leading white space is dropped (four spaces
 * would start a code block); characters that start markup are backslash-escaped, including
 * the "://" and "www." that GitHub-flavoured Markdown turns into links by themselves.
 */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(/^\s+/, '')
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([#>+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The lines of a multi-line text, each escaped; blank lines come back as empty strings. */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => (line.trim() === '' ? '' : escapeMarkdownLine(line)));
}

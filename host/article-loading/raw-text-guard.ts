// Follows <script> and <style> elements through raw HTML that Markdown passes along piece
// by piece: marked hands over "<script>" and "</script>" as separate tokens, with the
// script's text between them as ordinary text tokens. Everything from such an element's
// start tag to its end tag is dropped, as a browser would never show it.

const RAW_TEXT_TAG = /<(\/?)(script|style)(?=[\s/>])[^>]*>/gi;

export class RawTextGuard {
  private open: string | null = null;

  /** Inside a script or style: whatever comes next is not text, up to its end tag. */
  get skipping(): boolean {
    return this.open !== null;
  }

  /** The parts of `html` outside any script or style, updating what is open. */
  visible(html: string): string {
    let visible = '';
    let from = 0;
    for (const match of html.matchAll(RAW_TEXT_TAG)) {
      const closing = match[1] === '/';
      const name = (match[2] ?? '').toLowerCase();
      if (this.open === null && !closing) {
        visible += html.slice(from, match.index);
        this.open = name;
      } else if (this.open === name && closing) {
        this.open = null;
        from = match.index + match[0].length;
      }
    }
    return this.open === null ? visible + html.slice(from) : visible;
  }
}

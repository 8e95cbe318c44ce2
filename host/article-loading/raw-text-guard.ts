// Follows <script> and <style> elements through raw HTML that Markdown passes along piece
// by piece: marked hands over "<script>" and "</script>" as separate tokens, with the
// script's text between them as ordinary text tokens. Everything from such an element's
// start tag to its end tag is dropped, as a browser would never show it.

import { UNMETERED, type WorkMeter } from './work-meter';

// Only the start of a tag: its end is the next ">", found with indexOf. A pattern that ran on
// to the ">" would scan to the end of the text once for every "<script " with no ">" after it.
const RAW_TEXT_TAG_START = /<(\/?)(script|style)(?=[\s/>])/gi;

export class RawTextGuard {
  private open: string | null = null;
  private readonly meter: WorkMeter;

  constructor(meter: WorkMeter = UNMETERED) {
    this.meter = meter;
  }

  /** Inside a script or style: whatever comes next is not text, up to its end tag. */
  get skipping(): boolean {
    return this.open !== null;
  }

  /** The parts of `html` outside any script or style, updating what is open. */
  visible(html: string): string {
    let visible = '';
    let from = 0;
    const starts = new RegExp(RAW_TEXT_TAG_START);
    for (let match = starts.exec(html); match !== null; match = starts.exec(html)) {
      const end = html.indexOf('>', starts.lastIndex);
      this.meter((end === -1 ? html.length : end + 1) - match.index);
      // With no ">" left, nothing further on can be a tag either.
      if (end === -1) break;
      starts.lastIndex = end + 1;
      const closing = match[1] === '/';
      const name = (match[2] ?? '').toLowerCase();
      if (this.open === null && !closing) {
        visible += html.slice(from, match.index);
        this.open = name;
      } else if (this.open === name && closing) {
        this.open = null;
        from = end + 1;
      }
    }
    return this.open === null ? visible + html.slice(from) : visible;
  }
}

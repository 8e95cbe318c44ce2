// The bench's yardstick: a bare page that shows the same text and claim ranges with the CSS
// Custom Highlight API (no element per highlight), hit-tests a click with
// caretPositionFromPoint and an interval scan, and keeps one claim's status in a <select>.
// What ClaimMark costs is read against what the browser needs for the same picture.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/statuses';
import type { BenchLibrary } from './bench-library';

const HIGHLIGHT_STYLES = CLAIM_STATUSES.map(
  (status) => `::highlight(${status}) { background-color: color-mix(in srgb, ${STATUS_INFO[status].color} 25%, transparent); }`,
).join('\n');

// The page's own script, kept plain so it measures the browser, not a framework.
const PAGE_SCRIPT = `
const STATUSES = ${JSON.stringify(CLAIM_STATUSES)};
const data = await (await fetch('/data' + location.search)).json();
const article = document.querySelector('article');
const blocks = data.blocks.map((block) => {
  const element = document.createElement(block.kind === 'title' ? 'h1' : 'p');
  element.dataset.blockStart = String(block.start);
  const node = document.createTextNode(data.text.slice(block.start, block.end));
  element.append(node);
  article.append(element);
  return { start: block.start, end: block.end, node };
});
const blockAt = (offset) => {
  let low = 0, high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (blocks[middle].start <= offset) low = middle; else high = middle - 1;
  }
  return blocks[low];
};
const highlights = new Map(STATUSES.map((status) => [status, new Highlight()]));
for (const [status, highlight] of highlights) CSS.highlights.set(status, highlight);
for (const claim of data.claims) {
  const block = blockAt(claim.start);
  claim.range = new Range();
  claim.range.setStart(block.node, claim.start - block.start);
  claim.range.setEnd(block.node, claim.end - block.start);
  highlights.get(claim.status).add(claim.range);
}

const card = document.querySelector('.claim-card');
const select = card.querySelector('select');
const selected = data.claims[0];
if (selected !== undefined) {
  card.querySelector('blockquote').textContent = data.text.slice(selected.start, selected.end);
  select.value = selected.status;
  card.className = 'claim-card status-' + selected.status;
}
select.addEventListener('change', () => {
  if (selected === undefined) return;
  highlights.get(selected.status).delete(selected.range);
  selected.status = select.value;
  highlights.get(selected.status).add(selected.range);
  card.className = 'claim-card status-' + selected.status;
});

let picker = null;
article.addEventListener('click', (event) => {
  picker?.remove();
  picker = null;
  const position = document.caretPositionFromPoint(event.clientX, event.clientY);
  const element = position?.offsetNode.parentElement;
  if (element?.dataset.blockStart === undefined) return;
  const offset = Number(element.dataset.blockStart) + position.offset;
  const here = data.claims.filter((claim) => claim.start <= offset && offset < claim.end);
  if (here.length < 2) return;
  picker = document.createElement('div');
  picker.className = 'claim-picker';
  picker.setAttribute('role', 'menu');
  picker.style.left = event.clientX + 'px';
  picker.style.top = event.clientY + 'px';
  const title = document.createElement('p');
  title.className = 'claim-picker-title';
  title.textContent = here.length + ' claims here';
  picker.append(title);
  for (const claim of here) {
    const button = document.createElement('button');
    button.setAttribute('role', 'menuitem');
    button.textContent = data.text.slice(claim.start, claim.end);
    button.addEventListener('click', (click) => { click.stopPropagation(); picker.remove(); picker = null; });
    picker.append(button);
  }
  document.body.append(picker);
});
document.body.dataset.ranges = String(data.claims.length);
`;

export const REFERENCE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Reference: CSS Custom Highlight API</title>
<style>
body { margin: 0; display: flex; font: 16px/1.6 system-ui, sans-serif; }
article { flex: 1; height: 100vh; overflow: auto; padding: 0 2rem; }
aside { width: 22rem; padding: 1rem; }
.claim-picker { position: fixed; background: white; border: 1px solid #888; padding: 0.5rem; max-width: 24rem; }
.claim-picker button { display: block; text-align: left; }
${HIGHLIGHT_STYLES}
</style>
</head>
<body>
<article aria-label="Article"></article>
<aside><ul><li class="claim-card"><blockquote></blockquote>
<label>Status <select>${CLAIM_STATUSES.map((status) => `<option value="${status}">${STATUS_INFO[status].label}</option>`).join('')}</select></label>
</li></ul></aside>
<script type="module">${PAGE_SCRIPT}</script>
</body>
</html>
`;

export interface ReferenceServer {
  /** The page showing the library with `claimCount` claims. */
  url(claimCount: number): string;
  close(): Promise<void>;
}

/** Serves the reference page and each library's text and ranges on 127.0.0.1. */
export async function startReferenceServer(libraries: readonly BenchLibrary[]): Promise<ReferenceServer> {
  const payloads = new Map(
    libraries.map((library) => [
      String(library.claims.length),
      JSON.stringify({
        text: library.article.text,
        blocks: library.article.blocks,
        claims: library.claims.map((claim) => ({
          start: claim.selectors.position.start,
          end: claim.selectors.position.end,
          status: claim.status,
        })),
      }),
    ]),
  );
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const payload = url.pathname === '/data' ? payloads.get(url.searchParams.get('claims') ?? '') : undefined;
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(REFERENCE_PAGE);
    } else if (payload !== undefined) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(payload);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (claimCount) => `http://127.0.0.1:${port}/?claims=${claimCount}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// A saved news page blown up to a given size the way real saved pages are: inline state and
// styles, icons, base64 images, related-story lists and comments around a short article.
// Shared by the loader's test (same article, little of it reaches jsdom) and its bench.

function padding(index: number): string {
  const state = JSON.stringify(Array.from({ length: 600 }, (_, item) => ({ id: `${index}-${item}`, headline: `Story number ${item} about the valley`, url: `/news/${item}` })));
  const icon = `<svg viewBox="0 0 24 24"><path d="${'M12 2 2 7l10 5 10-5-10-5z '.repeat(40)}"/></svg>`;
  const related = Array.from({ length: 20 }, (_, item) => `<li class="related-item">${icon}<a href="/news/${item}">Related story ${item}</a></li>`).join('');
  const comments = Array.from({ length: 10 }, (_, item) => `<div class="comment"><span class="comment-author">Reader ${item}</span><p>I drive this way every day.</p></div>`).join('');
  return [
    `<script>window.__STATE_${index}__ = ${state};</script>`,
    `<style>${'.story-card > .story-card__media:hover { outline: 1px solid #ccc; margin: 0 auto; }\n'.repeat(400)}</style>`,
    `<img alt="" class="thumb" src="data:image/jpeg;base64,${'/9j/4AAQSkZJRgABAQ'.repeat(3000)}">`,
    `<aside class="related"><ul>${related}</ul></aside>`,
    `<section class="comments">${comments}</section>`,
  ].join('\n');
}

/** `page` (which must have a </footer>) with padding before its </footer> until it is at least `size` characters long. */
export function paddedSavedPage(page: string, size: number): string {
  if (!page.includes('</footer>')) throw new Error('the page has no </footer> to pad before');
  let pad = '';
  for (let index = 0; page.length + pad.length < size; index += 1) pad += padding(index);
  return page.replace('</footer>', `${pad}</footer>`);
}

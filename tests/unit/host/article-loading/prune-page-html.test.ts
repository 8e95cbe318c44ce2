import { describe, expect, it } from 'vitest';
import { prunePageHtml } from '../../../../host/article-loading/prune-page-html';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('prunePageHtml', () => {
  it.each([
    { name: 'inline and external scripts', html: page('<script src="a.js"></script>', '<p>Text</p><script>window.x = 1;</script>'), gone: ['window.x', 'a.js', '<script'] },
    { name: 'styles', html: page('<style>p { color: red }</style>', '<p>Text</p>'), gone: ['color: red', '<style'] },
    { name: 'SVG and MathML', html: page('', '<p>Text</p><svg><title>Icon</title><path d="M0 0"/></svg><math><mi>x</mi></math>'), gone: ['Icon', 'M0 0', '<svg', '<math'] },
    { name: 'frames, plugins and media', html: page('', '<p>Text</p><iframe src="f.html">IF</iframe><object data="o.swf"></object><embed src="e.swf"><video src="v.mp4"></video>'), gone: ['f.html', 'o.swf', 'e.swf', 'v.mp4'] },
    { name: 'templates and comments', html: page('', '<p>Text</p><template><p>Hidden</p></template><!-- secret note -->'), gone: ['Hidden', 'secret note'] },
    { name: 'event handlers', html: page('', '<p onclick="alert(1)">Text</p><img alt="A" onerror="alert(2)">'), gone: ['alert', 'onclick', 'onerror'] },
    { name: 'data: URIs', html: page('', `<p>Text</p><img alt="A" src="data:image/png;base64,${'A'.repeat(5000)}"><div style="background: url('data:image/png;base64,AAAA')">B</div>`), gone: ['base64'] },
  ])('removes $name', ({ html, gone }) => {
    const pruned = prunePageHtml(html);
    expect(pruned).toContain('<p>Text</p>');
    for (const trace of gone) expect(pruned).not.toContain(trace);
  });

  it('keeps what Readability reads: metadata, JSON-LD, classes, text direction, links and alt text', () => {
    const jsonLd = '{"@type":"NewsArticle","author":{"name":"Dana Whitfield"}}';
    const html = page(
      `<title>T</title><meta property="og:site_name" content="Courier"><link rel="canonical" href="https://c.example/a"><script type="application/ld+json">${jsonLd}</script>`,
      '<div class="byline" dir="rtl" style="display:none">By D</div><a href="https://x.example/">link</a><img alt="Alt text" src="https://t.example/p.gif"><noscript><p>No JS</p></noscript>',
    );
    const pruned = prunePageHtml(html);
    for (const kept of ['<title>T</title>', 'og:site_name', 'rel="canonical"', jsonLd, 'class="byline"', 'dir="rtl"', 'style="display:none"', 'href="https://x.example/"', 'alt="Alt text"', '<p>No JS</p>']) {
      expect(pruned).toContain(kept);
    }
  });
});

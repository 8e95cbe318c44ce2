import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleElement, sanitizeArticleHtml } from '../../../../host/article-loading/sanitize-article-html';

const HOSTILE = [
  '<p>Kept <a href="https://ok.example/a" onclick="alert(1)" class="x">http link</a>',
  ' <a href="javascript:alert(2)">js link</a> <a href="data:text/html,alert(3)">data link</a>',
  ' <a href="/relative">relative link</a></p>',
  '<script>alert(4)</script><style>p{}</style>',
  '<img src="https://tracker.example/pixel.gif" alt="Protesters" onerror="alert(5)">',
  '<iframe src="https://frame.example/">iframe text</iframe>',
  '<form action="https://form.example/"><label>Form label</label><input value="typed"><button>Button text</button><select><option>Option text</option></select><textarea>Area text</textarea></form>',
  '<object data="x.swf">object text</object><embed src="y.swf">',
  '<svg><script>alert(6)</script><text>svg text</text></svg><math><mi>math text</mi></math>',
  '<p dir="rtl" style="color:red" data-x="1" aria-label="l">RTL</p>',
].join('');

const GONE = ['dir=', 'alert', 'onclick', 'onerror', 'javascript:', 'data:', '/relative', 'iframe', 'frame.example', 'form.example', '<input', 'typed', 'Button text', 'Option text', 'Area text', 'object text', 'x.swf', 'y.swf', 'svg', 'math', 'style', 'data-x', 'aria-label', 'class='];

function serialize(fragment: DocumentFragment): string {
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

describe('sanitizeArticleHtml', () => {
  const html = serialize(sanitizeArticleHtml(HOSTILE));

  it.each(GONE)('leaves no %j', (trace) => {
    expect(html).not.toContain(trace);
  });

  it.each(['href="https://ok.example/a"', 'http link', 'js link', 'relative link', 'alt="Protesters"', 'Form label', 'RTL'])('keeps %j', (kept) => {
    expect(html).toContain(kept);
  });
});

describe('sanitizeArticleElement', () => {
  it('cleans an element of a page in place the same way', () => {
    const { window } = new JSDOM('<div id="article"></div>');
    const element = window.document.getElementById('article');
    if (element === null) throw new Error('fixture has no #article');
    element.innerHTML = HOSTILE;
    sanitizeArticleElement(element, window);
    for (const trace of GONE) expect(element.innerHTML).not.toContain(trace);
    expect(element.innerHTML).toContain('href="https://ok.example/a"');
    expect(element.innerHTML).toContain('alt="Protesters"');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../../host/article-loading/decode-html-entities';

describe('decodeHtmlEntities', () => {
  it.each([
    { raw: 'Tom &amp; Jerry', text: 'Tom & Jerry' },
    { raw: '&lt;script&gt;alert(1)&lt;/script&gt;', text: '<script>alert(1)</script>' },
    { raw: 'caf&eacute; &copy; &#233; &#x1F338;', text: 'café © é 🌸' },
    { raw: 'a <b>not a tag</b> & b', text: 'a <b>not a tag</b> & b' },
    { raw: 'no references', text: 'no references' },
    // Only complete references count, as in CommonMark: "&not" alone is not "¬".
    { raw: '&notanentity; &amp &copy', text: '&notanentity; &amp &copy' },
    { raw: '&#0; &#x110000;', text: '\uFFFD \uFFFD' },
  ])('$raw', ({ raw, text }) => {
    expect(decodeHtmlEntities(raw)).toBe(text);
  });
});

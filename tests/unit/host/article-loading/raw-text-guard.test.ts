import { describe, expect, it } from 'vitest';
import { RawTextGuard } from '../../../../host/article-loading/raw-text-guard';

describe('RawTextGuard', () => {
  it.each([
    { name: 'a whole script', pieces: ['<p>a</p><script>alert(1)</script><p>b</p>'], visible: ['<p>a</p><p>b</p>'], skipping: false },
    { name: 'a style in capitals', pieces: ['x<STYLE type="text/css">p{}</STYLE>y'], visible: ['xy'], skipping: false },
    { name: 'a script split over pieces', pieces: ['<script>', 'alert(1)', '</script>', 'after'], visible: ['', '', '', 'after'], skipping: false },
    { name: 'a script left open', pieces: ['before<script>var a = "'], visible: ['before'], skipping: true },
    { name: 'a </style> while a script is open', pieces: ['<script>', 'a</style>b', '</script>c'], visible: ['', '', 'c'], skipping: false },
    { name: 'tags that only start like script', pieces: ['<scripts>x</scripts><styled>y</styled>'], visible: ['<scripts>x</scripts><styled>y</styled>'], skipping: false },
    { name: 'no scripts at all', pieces: ['<b>bold</b>'], visible: ['<b>bold</b>'], skipping: false },
  ])('$name', ({ pieces, visible, skipping }) => {
    const guard = new RawTextGuard();
    expect(pieces.map((piece) => guard.visible(piece))).toEqual(visible);
    expect(guard.skipping).toBe(skipping);
  });

  it('reads 400 KB of "<script " tags that never close in one pass, keeping them as text', () => {
    // Each of these once made the tag pattern scan to the end of the text: 8 s for 400 KB.
    const html = 'Some text! <script \n'.repeat(20_000);
    expect(html.length).toBe(400_000);
    let steps = 0;
    const guard = new RawTextGuard((taken) => (steps += taken));
    expect(guard.visible(html)).toBe(html);
    expect(guard.skipping).toBe(false);
    // One scan from the first "<script" (at 11) to the end, not one per tag (that would be 4e9).
    expect(steps).toBe(399_989);
  });
});

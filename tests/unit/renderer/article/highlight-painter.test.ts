// @vitest-environment jsdom
// The claims painted as CSS Custom Highlights: a few translucent layers per status, claims of
// one status that share text on different layers (so overlaps show darker), only changed
// claims touched, claims that cannot be placed left out, and all taken off the page on
// dispose. jsdom has Range but no Highlight API, so the test brings its own.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimsAt } from '../../../../shared/anchoring/claim-intervals';
import type { Claim } from '../../../../shared/model';
import { HighlightPainter } from '../../../../renderer/src/article/highlight-painter';
import { indexText, type TextIndex } from '../../../../renderer/src/article/text-index';
import { claimOf } from '../../support/claim-builder';
import { BUDGET, FELL, GREW, changed } from '../state/workspace-fixture';

/** What the painter needs of a Highlight: a set of ranges (with the priority and type a real one has). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type: HighlightType = 'highlight';
}

const CREATED = GREW.created;
// BUDGET's text: "The budget grew by 12%. Taxes fell by 2%." GREW is [0,22), FELL [24,40).
const FELL_FALSE = changed(FELL, { status: 'false' });
const SPAN = claimOf(BUDGET, 'claim-span', 'grew by 12%. Taxes', { created: CREATED });
const RATE = claimOf(BUDGET, 'claim-rate', '12%', { created: CREATED, status: 'misleading' });
const ALL = [GREW, FELL_FALSE, SPAN, RATE];
/** ALL as painted: SPAN shares text with GREW, both unverified, so it goes on the second layer. */
const ALL_DRAWN = {
  'claimmark-unverified-1': ['The budget grew by 12%'],
  'claimmark-unverified-2': ['grew by 12%. Taxes'],
  'claimmark-false-1': ['Taxes fell by 2%'],
  'claimmark-misleading-1': ['12%'],
};

let registry: Map<string, Highlight>;
let painter: HighlightPainter;
let index: TextIndex;

function drawArticle(): TextIndex {
  // The link splits the paragraph, as an article's links do.
  document.body.innerHTML =
    '<article id="root"><div class="block-group"><p data-block-start="0">The budget grew by 12%. <a href="https://example.org/">Taxes</a> fell by 2%.</p></div></article>';
  return indexText(document.getElementById('root') as HTMLElement);
}

function highlight(name: string): Highlight {
  const found = registry.get(name);
  if (found === undefined) throw new Error(`no highlight ${name}`);
  return found;
}

/** The text a highlight's range covers; the painter holds StaticRanges, which have no text of their own. */
function text(range: AbstractRange | null): string {
  if (!(range instanceof StaticRange)) throw new Error('not a StaticRange');
  const live = new Range();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** Every highlight that holds a range, as the text of its ranges. */
function drawn(): Record<string, string[]> {
  return Object.fromEntries([...registry].filter(([, ranges]) => ranges.size > 0).map(([name, ranges]) => [name, [...ranges].map(text)]));
}

function paint(claims: readonly Claim[]) {
  return painter.paint(BUDGET.text, index, claims);
}

beforeEach(() => {
  vi.stubGlobal('Highlight', FakeHighlight);
  registry = new Map();
  painter = new HighlightPainter(registry);
  index = drawArticle();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function unverified(id: string, quote: string): Claim {
  return claimOf(BUDGET, id, quote, { created: CREATED });
}

describe('HighlightPainter', () => {
  it('registers three layers for each status', () => {
    expect([...registry.keys()]).toEqual([
      'claimmark-unverified-1',
      'claimmark-unverified-2',
      'claimmark-unverified-3',
      'claimmark-in-progress-1',
      'claimmark-in-progress-2',
      'claimmark-in-progress-3',
      'claimmark-verified-1',
      'claimmark-verified-2',
      'claimmark-verified-3',
      'claimmark-false-1',
      'claimmark-false-2',
      'claimmark-false-3',
      'claimmark-misleading-1',
      'claimmark-misleading-2',
      'claimmark-misleading-3',
      'claimmark-inconclusive-1',
      'claimmark-inconclusive-2',
      'claimmark-inconclusive-3',
    ]);
    expect(drawn()).toEqual({});
  });

  it('paints each claim once in its status, and a claim sharing text with one of its status on the next layer', () => {
    paint(ALL);
    expect(drawn()).toEqual(ALL_DRAWN);
  });

  it('puts a claim that only touches or follows another back on the first layer', () => {
    paint([GREW, unverified('claim-touch', '. Taxes'), unverified('claim-later', 'fell by 2%')]);
    expect(drawn()).toEqual({ 'claimmark-unverified-1': ['The budget grew by 12%', '. Taxes', 'fell by 2%'] });
  });

  it('past three claims of a status on the same text, puts the fourth on the layer that frees up first', () => {
    paint([GREW, SPAN, unverified('claim-by', 'by 12%'), unverified('claim-rate', '12%')]);
    expect(drawn()).toEqual({
      'claimmark-unverified-1': ['The budget grew by 12%', '12%'],
      'claimmark-unverified-2': ['grew by 12%. Taxes'],
      'claimmark-unverified-3': ['by 12%'],
    });
  });

  it('answers which claims are under a character, and each claim’s range', () => {
    const painted = paint(ALL);
    expect(claimsAt(painted.intervals, 20)).toEqual(['claim-grew', 'claim-span', 'claim-rate']);
    expect(claimsAt(painted.intervals, 25)).toEqual(['claim-span', 'claim-fell']);
    expect(text(painted.rangeOf('claim-fell'))).toBe('Taxes fell by 2%');
    expect(painted.rangeOf('claim-unknown')).toBeNull();
  });

  it('leaves claims whose record is the same object untouched', () => {
    const first = paint(ALL);
    const ranges = ALL.map((claim) => first.rangeOf(claim.id));
    const layer = [...highlight('claimmark-unverified-2')];
    const again = paint([...ALL]);
    expect(ALL.every((claim, at) => again.rangeOf(claim.id) === ranges[at])).toBe(true);
    const layerAfter = [...highlight('claimmark-unverified-2')];
    expect(layerAfter).toHaveLength(1);
    expect(layerAfter[0]).toBe(layer[0]);
  });

  it('keeps a claim painted where it was when its record changed but not its place or status', () => {
    const before = paint(ALL).rangeOf('claim-grew');
    const noted = changed(GREW, { note: 'Checked against the budget statement.' });
    const after = paint([noted, FELL_FALSE, SPAN, RATE]);
    expect(after.rangeOf('claim-grew')).toBe(before);
    expect(drawn()).toEqual(ALL_DRAWN);
  });

  it('moves the same range to the new status, and only that claim', () => {
    const before = paint(ALL).rangeOf('claim-grew');
    const after = paint([changed(GREW, { status: 'verified' }), FELL_FALSE, SPAN, RATE]);
    expect(after.rangeOf('claim-grew')).toBe(before);
    expect(before !== null && highlight('claimmark-verified-1').has(before)).toBe(true);
    // SPAN stays on the second layer: nothing but GREW is laid out again.
    expect(drawn()).toEqual({
      'claimmark-unverified-2': ['grew by 12%. Taxes'],
      'claimmark-verified-1': ['The budget grew by 12%'],
      'claimmark-false-1': ['Taxes fell by 2%'],
      'claimmark-misleading-1': ['12%'],
    });
  });

  it('puts a claim whose new status a claim it overlaps has on a layer of its own', () => {
    paint(ALL);
    paint([GREW, FELL_FALSE, changed(SPAN, { status: 'misleading' }), RATE]);
    expect(drawn()).toEqual({
      'claimmark-unverified-1': ['The budget grew by 12%'],
      'claimmark-false-1': ['Taxes fell by 2%'],
      'claimmark-misleading-1': ['12%'],
      'claimmark-misleading-2': ['grew by 12%. Taxes'],
    });
  });

  it('draws a claim that moved where it is now', () => {
    const first = paint(ALL);
    const grewRange = first.rangeOf('claim-grew');
    const moved = claimOf(BUDGET, 'claim-fell', 'fell by 2%', { created: CREATED, status: 'false' });
    const after = paint([GREW, moved, SPAN, RATE]);
    expect(after.rangeOf('claim-grew')).toBe(grewRange);
    expect(drawn()).toEqual({ ...ALL_DRAWN, 'claimmark-false-1': ['fell by 2%'] });
    expect(claimsAt(after.intervals, 25)).toEqual(['claim-span']);
  });

  // GREW taken away: SPAN no longer shares text with an unverified claim and moves to the first layer.
  const takenAway: [string, Claim[]][] = [
    ['that is gone', [FELL_FALSE, SPAN, RATE]],
    ['that became an orphan', [{ ...GREW, anchor: { state: 'orphaned', method: 'fuzzy', score: 0.4, candidate: null } }, FELL_FALSE, SPAN, RATE]],
  ];
  it.each(takenAway)('takes a painted claim %s off the page, and lays the others out again', (_name, claims) => {
    paint(ALL);
    expect(paint(claims).rangeOf('claim-grew')).toBeNull();
    expect(drawn()).toEqual({
      'claimmark-unverified-1': ['grew by 12%. Taxes'],
      'claimmark-false-1': ['Taxes fell by 2%'],
      'claimmark-misleading-1': ['12%'],
    });
  });

  const unplaceable: [string, Claim][] = [
    ['an orphaned claim', { ...GREW, anchor: { state: 'orphaned', method: 'created', score: null, candidate: null } }],
    ['a claim whose quote is no longer at its place', { ...GREW, selectors: { ...GREW.selectors, quote: { ...GREW.selectors.quote, exact: 'The budget grew by 13%' } } }],
  ];
  it.each(unplaceable)('does not paint %s, nor count it against others', (_name, claim) => {
    const painted = paint([claim, SPAN]);
    expect(painted.rangeOf('claim-grew')).toBeNull();
    expect(claimsAt(painted.intervals, 15)).toEqual(['claim-span']);
    expect(drawn()).toEqual({ 'claimmark-unverified-1': ['grew by 12%. Taxes'] });
  });

  it('paints everything again on a page drawn again', () => {
    const old = paint(ALL).rangeOf('claim-grew');
    index = drawArticle();
    const range = paint(ALL).rangeOf('claim-grew');
    expect(range).not.toBe(old);
    expect(range?.startContainer).toBe(document.querySelector('p')?.firstChild);
    expect(drawn()).toEqual(ALL_DRAWN);
  });

  it('removes its highlights on dispose and leaves others alone', () => {
    const other = new Highlight();
    registry.set('someone-else', other);
    paint(ALL);
    painter.dispose();
    expect([...registry.keys()]).toEqual(['someone-else']);
    expect(registry.get('someone-else')).toBe(other);
  });
});

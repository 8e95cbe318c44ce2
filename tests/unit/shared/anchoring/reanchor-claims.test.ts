import { describe, expect, it } from 'vitest';
import { reanchorClaims } from '../../../../shared/anchoring/reanchor-claims';
import { newClaim } from '../../../../shared/claims/claim-edits';
import type { Claim } from '../../../../shared/model';

const BEFORE = 'Strike on the city\n\nOfficials cited reports indicating 28 fatalities after the strike on Tuesday.';
const AFTER = 'Strike on the city\n\nOfficials cited reports indicating 23 fatalities after the strike on Tuesday.';
const MOVED = 'Strike on the city\n\nUpdated at noon.\n\nOfficials cited reports indicating 28 fatalities after the strike on Tuesday.';
const CREATED = '2026-03-01T09:00:00.000Z';
const UPDATED = '2026-03-02T10:00:00.000Z';

function claimOn(text: string, quote: string, fields: Partial<Claim> = {}): Claim {
  const start = text.indexOf(quote);
  const made = newClaim({ id: 'article-1', text }, { start, end: start + quote.length, exact: quote }, { now: CREATED, newId: () => 'claim-1' });
  return { ...made, ...fields };
}

const FALSE_28: Partial<Claim> = {
  status: 'false',
  note: '23 dead, not 28',
  history: [{ from: 'unverified', to: 'false', at: '2026-03-01T09:05:00.000Z' }],
};

describe('reanchorClaims: a verdict stays with the words it was given on', () => {
  it('keeps the words of a claim matched onto other words and flags it for review; its status, note and history stay', () => {
    const claim = claimOn(BEFORE, 'reports indicating 28 fatalities', FALSE_28);
    const { claims, report } = reanchorClaims(AFTER, [claim], UPDATED);
    expect(report).toEqual({ unchanged: 0, moved: 0, fuzzy: 1, orphaned: 0 });
    expect(claims[0]).toMatchObject({
      status: 'false',
      note: '23 dead, not 28',
      history: [{ from: 'unverified', to: 'false', at: '2026-03-01T09:05:00.000Z' }],
      selectors: { quote: { exact: 'reports indicating 23 fatalities' } },
      anchor: { state: 'anchored', method: 'fuzzy' },
      review: { quote: 'reports indicating 28 fatalities', since: UPDATED },
    });
  });

  const unflagged: { name: string; text: string; claim: Claim; exact: string; method: Claim['anchor']['method'] }[] = [
    { name: 'the same words moved to a new place', text: MOVED, claim: claimOn(BEFORE, 'reports indicating 28 fatalities', FALSE_28), exact: 'reports indicating 28 fatalities', method: 'quote' },
    { name: 'words left where they were', text: BEFORE, claim: claimOn(BEFORE, 'reports indicating 28 fatalities', FALSE_28), exact: 'reports indicating 28 fatalities', method: 'position' },
    { name: 'a claim nothing was said about yet', text: AFTER, claim: claimOn(BEFORE, 'reports indicating 28 fatalities'), exact: 'reports indicating 23 fatalities', method: 'fuzzy' },
  ];
  it.each(unflagged)('does not flag $name', ({ text, claim, exact, method }) => {
    const [placed] = reanchorClaims(text, [claim], UPDATED).claims;
    expect(placed).toMatchObject({ selectors: { quote: { exact } }, anchor: { method }, review: null });
  });

  it('keeps the words first reviewed, and since when, through a second move', () => {
    const flagged = reanchorClaims(AFTER, [claimOn(BEFORE, 'reports indicating 28 fatalities', FALSE_28)], UPDATED).claims;
    const again = AFTER.replace('23 fatalities', '24 fatalities');
    const [placed] = reanchorClaims(again, flagged, '2026-03-03T08:00:00.000Z').claims;
    expect(placed).toMatchObject({
      selectors: { quote: { exact: 'reports indicating 24 fatalities' } },
      review: { quote: 'reports indicating 28 fatalities', since: UPDATED },
    });
  });

  it('needs no review once the claim is back on the words it was reviewed on', () => {
    const flagged = reanchorClaims(AFTER, [claimOn(BEFORE, 'reports indicating 28 fatalities', FALSE_28)], UPDATED).claims;
    const [placed] = reanchorClaims(BEFORE, flagged, '2026-03-03T08:00:00.000Z').claims;
    expect(placed).toMatchObject({ selectors: { quote: { exact: 'reports indicating 28 fatalities' } }, review: null });
  });

  it('leaves an orphan’s words and review as they were', () => {
    const claim = claimOn(BEFORE, 'reports indicating 28 fatalities', FALSE_28);
    const [orphan] = reanchorClaims('Strike on the city\n\nNo figures were given.', [claim], UPDATED).claims;
    expect(orphan).toMatchObject({ anchor: { state: 'orphaned' }, selectors: { quote: { exact: 'reports indicating 28 fatalities' } }, review: null });
  });
});

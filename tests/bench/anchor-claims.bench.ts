// `npm run bench`: anchoring 200 claims in a 200 kB article after it changed (a banner
// inserted near the top moves every claim, some quotes were reworded, some removed), next
// to a reference measured in the same run: finding each quote with indexOf, the floor any
// anchoring pays. The summary prints how many times slower than the reference it is.
// (The unit test of the same case, in anchor-claim.test.ts, checks the results.)

import { bench, describe } from 'vitest';
import { anchorClaims } from '../../shared/anchoring/anchor-claim';
import { describeRange } from '../../shared/anchoring/selectors';

const sample = `${Array.from({ length: 60 }, (_, index) =>
  `Report ${index}. The ministry said on day ${index} that ${index * 17} households had applied for the grant. ` +
  `Officials expected ${index % 9} more regions to join, while critics called figure ${index * 5} optimistic. ` +
  `A spokesperson declined to say when contract ${index * 23} would be signed.`,
).join('\n\n')}\n\n`;
const text = sample.repeat(Math.ceil(200_000 / sample.length)).slice(0, 200_000);

const claims = Array.from({ length: 200 }, (_, index) => {
  const start = text.indexOf('. ', Math.floor(((index + 0.5) * text.length) / 200)) + 2;
  return { id: `claim-${index}`, selectors: describeRange(text, { start, end: text.indexOf('.', start) + 1 }) };
});
let edited = `${text.slice(0, 100)}${'UPDATED '.repeat(40)}${text.slice(100)}`;
claims.forEach(({ selectors }, index) => {
  if (index % 20 === 0) edited = edited.replace(selectors.quote.exact, selectors.quote.exact.replace(' ', ' newly '));
  if (index % 40 === 5) edited = edited.replace(selectors.quote.exact, '');
});

describe(`anchor 200 claims in a ${Math.round(edited.length / 1000)} kB changed article`, () => {
  bench('reference: indexOf of every quote', () => {
    // Summed and checked, so the engine cannot drop the searches as unused.
    let found = 0;
    for (const { selectors } of claims) found += edited.indexOf(selectors.quote.exact);
    if (found === 0) throw new Error('no quote was found');
  });
  bench('anchorClaims', () => {
    anchorClaims(edited, claims);
  });
});

// A claim's selectors as both versions of the native export write them: a list of the
// position, then the quote, each with its keys in a fixed order.

import type { NativeClaim } from '../exchange/native-format';
import type { Claim } from '../model';

export function nativeSelectors({ selectors: { position, quote } }: Claim): NativeClaim['selectors'] {
  return [
    { type: 'TextPositionSelector', start: position.start, end: position.end },
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  ];
}

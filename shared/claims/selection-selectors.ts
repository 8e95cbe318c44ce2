// Turns a selection the analyst made into a claim's selectors, or refuses it with a reason.
// Offsets are UTF-16 code units of `Article.text` (see shared/model.ts).

import { ApiError } from '../api-error';
import { describeRange, rangeProblem } from '../anchoring/selectors';
import type { ClaimSelectors } from '../model';

/** A range of the article's text and the text the analyst saw selected there. */
export interface SelectedText {
  start: number;
  end: number;
  exact: string;
}

/** Selectors for `selection`; refused when the range cannot be a claim or its text is not what was seen. */
export function selectionSelectors(text: string, selection: SelectedText): ClaimSelectors {
  const problem = rangeProblem(text, selection.start, selection.end);
  if (problem !== null) throw new ApiError('invalid-input', problem);
  const selectors = describeRange(text, { start: selection.start, end: selection.end });
  if (selectors.quote.exact !== selection.exact) {
    throw new ApiError(
      'invalid-input',
      'The selected text does not match the article at that place; reload the article and select again.',
    );
  }
  return selectors;
}

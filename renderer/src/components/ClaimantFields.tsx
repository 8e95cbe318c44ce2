// Who made the claim, whether a person or an organisation (ClaimReview's claimant must be
// one of the two), and the claim as reviewed, with a warning when search engines would cut it.

import { memo } from 'react';
import type { ClaimFields } from '../state/use-workspace';
import { CLAIMANT_TYPE_LABELS, CLAIMANT_TYPES } from '../../../shared/claimant-types';
import type { Claim, ClaimantType } from '../../../shared/model';
import { CLAIM_REVIEWED_SHOWN, claimReviewedLength } from '../../../shared/export/claim-reviewed-length';
import { AutosaveText } from './AutosaveText';
import { SelectField } from './SelectField';

const NOT_SAID = 'not-said';
type ClaimantChoice = NonNullable<ClaimantType> | typeof NOT_SAID;
const CHOICES: readonly ClaimantChoice[] = [...CLAIMANT_TYPES, NOT_SAID];
const CHOICE_LABELS: Readonly<Record<ClaimantChoice, string>> = { ...CLAIMANT_TYPE_LABELS, [NOT_SAID]: 'Not said' };

interface ClaimantFieldsProps {
  claimant: Claim['claimant'];
  claimantType: Claim['claimantType'];
  claimReviewed: Claim['claimReviewed'];
  /** The claim's quote: the claim as reviewed when none is given. */
  quote: string;
  onFieldsChange(fields: ClaimFields): Promise<boolean>;
  /** Tells the card whether a field's typing waits to be saved. */
  pendingFor(field: string): (pending: boolean) => void;
}

/** Says so when search engines show only the start of the claim as reviewed (the quote when none is given). */
function lengthWarning(claimReviewed: string | null, quote: string): string | null {
  const length = claimReviewedLength(claimReviewed ?? quote);
  if (length <= CLAIM_REVIEWED_SHOWN) return null;
  const what = claimReviewed === null ? 'The quote, used as the claim as reviewed,' : 'The claim as reviewed';
  return `${what} has ${length} characters; search engines show the first ${CLAIM_REVIEWED_SHOWN}.`;
}

/** Drawn again only when one of these fields changes, not with every change of the claim. */
export const ClaimantFields = memo(function ClaimantFields({ claimant, claimantType, claimReviewed, quote, onFieldsChange, pendingFor }: ClaimantFieldsProps) {
  const warning = lengthWarning(claimReviewed, quote);
  return (
    <>
      <div className="claimant-row">
        <AutosaveText
          label="Claimant"
          value={claimant ?? ''}
          placeholder="Who made the claim"
          onSave={(claimant) => onFieldsChange({ claimant })}
          onPendingChange={pendingFor('claimant')}
        />
        <SelectField
          label="Person or organisation"
          value={claimantType ?? NOT_SAID}
          values={CHOICES}
          labels={CHOICE_LABELS}
          onChange={(choice) => void onFieldsChange({ claimantType: choice === NOT_SAID ? null : choice })}
        />
      </div>
      <AutosaveText
        label="Claim as reviewed"
        multiline
        rows={2}
        value={claimReviewed ?? ''}
        placeholder={quote}
        onSave={(claimReviewed) => onFieldsChange({ claimReviewed })}
        onPendingChange={pendingFor('claimReviewed')}
      />
      {warning !== null && <p className="field-warning">{warning}</p>}
    </>
  );
});

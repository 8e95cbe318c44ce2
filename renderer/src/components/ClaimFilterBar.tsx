// Finding claims: a text search that is always there, and behind "Filter" the statuses,
// kinds of claim and tags to show and the order to list them in. Says how many claims the filter
// hides, with one button to show them all again.

import { memo, useId, useState } from 'react';
import { hasTag } from '../../../shared/claims/claim-tags';
import { tagKey } from '../../../shared/tag-rules';
import { CLAIM_FLAGS, CLAIM_SORTS, CLAIM_SORT_LABELS, isFiltering, NO_FILTER, type ClaimFilter } from '../../../shared/claims/claim-filter';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/statuses';
import type { ClaimView } from '../state/claim-view';
import { SelectField } from './SelectField';
import { StatusIcon } from './StatusIcon';

function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values, value] : values.filter((other) => other !== value);
}

/** What the bar shows of the claims panel's view: not its lists, so a claim's new status does not redraw it. */
export type FilterBarView = Pick<ClaimView, 'filter' | 'setFilter' | 'sort' | 'setSort' | 'hiddenCount' | 'tags'>;

export const ClaimFilterBar = memo(function ClaimFilterBar(view: FilterBarView) {
  const { filter, setFilter } = view;
  const [open, setOpen] = useState(false);
  const optionsId = useId();
  const change = (part: Partial<ClaimFilter>) => setFilter({ ...filter, ...part });
  const chosen = filter.statuses.length + filter.flags.length + filter.tags.length;
  // A chosen tag stays on the list after the last claim with it lost it, so it can be unchosen.
  const tags = [...view.tags, ...filter.tags.filter((tag) => !hasTag(view.tags, tag))];
  return (
    <div className="claim-filter" role="search" aria-label="Find claims">
      <div className="claim-filter-row">
        <input
          type="search"
          className="claim-search"
          aria-label="Search claims"
          placeholder="Search quotes, notes, tags, evidence…"
          value={filter.text}
          onChange={(event) => change({ text: event.target.value })}
        />
        <button type="button" aria-expanded={open} aria-controls={optionsId} onClick={() => setOpen(!open)}>
          Filter{chosen > 0 ? ` (${chosen})` : ''}
        </button>
      </div>
      {open && (
        <div className="claim-filter-options" id={optionsId}>
          <fieldset>
            <legend>Status</legend>
            {CLAIM_STATUSES.map((status: ClaimStatus) => (
              <label key={status} className="filter-chip">
                <input
                  type="checkbox"
                  checked={filter.statuses.includes(status)}
                  onChange={(event) => change({ statuses: toggled(filter.statuses, status, event.target.checked) })}
                />
                <StatusIcon status={status} />
                {STATUS_INFO[status].label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Show only</legend>
            {CLAIM_FLAGS.map((flag) => (
              <label key={flag.id} className="filter-chip">
                <input type="checkbox" checked={filter.flags.includes(flag.id)} onChange={(event) => change({ flags: toggled(filter.flags, flag.id, event.target.checked) })} />
                {flag.label}
              </label>
            ))}
          </fieldset>
          {tags.length > 0 && (
            <fieldset>
              <legend>Tags (claims with every tag chosen)</legend>
              {tags.map((tag) => (
                <label key={tag} className="filter-chip" dir="auto">
                  <input type="checkbox" checked={hasTag(filter.tags, tag)} onChange={(event) => change({ tags: event.target.checked ? [...filter.tags, tag] : filter.tags.filter((other) => tagKey(other) !== tagKey(tag)) })} />
                  {tag}
                </label>
              ))}
            </fieldset>
          )}
          <SelectField label="Sort by" value={view.sort} values={CLAIM_SORTS} labels={CLAIM_SORT_LABELS} onChange={view.setSort} />
        </div>
      )}
      {isFiltering(filter) && (
        <p className="filter-summary" role="status">
          <span>{view.hiddenCount === 0 ? 'The filter hides no claims' : `${view.hiddenCount} ${view.hiddenCount === 1 ? 'claim' : 'claims'} hidden by the filter`}</span>
          <button type="button" className="quiet" onClick={() => setFilter(NO_FILTER)}>
            Clear filter
          </button>
        </p>
      )}
    </div>
  );
});

// Every status a claim can have, in one place: its label and colour in the app, whether it
// counts as checked, and how it is written for other tools (a schema.org ClaimReview
// rating and a Meedan-Check-style status id).
//
// ClaimReview rating scale (documented for `reviewRating.ratingValue`): 1 = false,
// 2 = misleading, 3 = inconclusive, 5 = true (verified); worstRating 1, bestRating 5.
// Statuses that are not checked yet have no rating and get no ClaimReview.

export const CLAIM_STATUSES = ['unverified', 'in-progress', 'verified', 'false', 'misleading', 'inconclusive'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface StatusInfo {
  label: string;
  /**
   * Highlight and badge colour (#rrggbb), from the Okabe–Ito palette, which stays distinct
   * with every common colour-vision deficiency; each status also has its own icon and underline.
   */
  color: string;
  /** The highlight's underline style, so statuses differ without colour. */
  underline: 'dotted' | 'dashed' | 'solid' | 'wavy' | 'double' | 'none';
  /** Whether a claim with this status has been checked (and gets a ClaimReview). */
  checked: boolean;
  /** schema.org ClaimReview `reviewRating.alternateName`. */
  ratingText: string;
  /** schema.org ClaimReview `reviewRating.ratingValue` on the 1–5 scale above; null when unchecked. */
  ratingValue: number | null;
  /** A Meedan-Check-style status id. */
  checkId: string;
}

export const RATING_SCALE = { worstRating: 1, bestRating: 5 } as const;

export const STATUS_INFO: Readonly<Record<ClaimStatus, StatusInfo>> = {
  unverified: { label: 'Unverified', color: '#c58a00', underline: 'dotted', checked: false, ratingText: 'Unverified', ratingValue: null, checkId: 'undetermined' },
  'in-progress': { label: 'In progress', color: '#0072b2', underline: 'dashed', checked: false, ratingText: 'Under review', ratingValue: null, checkId: 'in_progress' },
  verified: { label: 'Verified', color: '#009e73', underline: 'solid', checked: true, ratingText: 'True', ratingValue: 5, checkId: 'verified' },
  false: { label: 'False', color: '#d55e00', underline: 'wavy', checked: true, ratingText: 'False', ratingValue: 1, checkId: 'false' },
  misleading: { label: 'Misleading', color: '#cc79a7', underline: 'double', checked: true, ratingText: 'Misleading', ratingValue: 2, checkId: 'misleading' },
  inconclusive: { label: 'Inconclusive', color: '#6b7280', underline: 'none', checked: true, ratingText: 'Inconclusive', ratingValue: 3, checkId: 'inconclusive' },
};

export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = Object.fromEntries(
  CLAIM_STATUSES.map((status) => [status, STATUS_INFO[status].label]),
) as Record<ClaimStatus, string>;

export function isChecked(status: ClaimStatus): boolean {
  return STATUS_INFO[status].checked;
}

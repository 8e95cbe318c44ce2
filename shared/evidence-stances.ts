// How a piece of evidence bears on its claim, with the names the window shows. Free of the
// schemas, so the window's first scripts can show them without building any.

export const EVIDENCE_STANCES = ['supports', 'refutes', 'context'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

export const EVIDENCE_STANCE_LABELS: Readonly<Record<EvidenceStance, string>> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

// Whether a claimant is a person or an organisation, with the names the window and the
// exports show. Free of the schemas, so the window can show them without building any.

export const CLAIMANT_TYPES = ['person', 'organization'] as const;

export const CLAIMANT_TYPE_LABELS: Readonly<Record<(typeof CLAIMANT_TYPES)[number], string>> = { person: 'Person', organization: 'Organisation' };

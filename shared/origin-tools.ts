// The tools whose files ClaimMark imports claims from (the names label-choices.json uses) and
// how the app names them, free of the schemas, so the window can show them without building any.

export const ORIGIN_TOOLS = ['web-annotation', 'hypothesis', 'doccano', 'label-studio'] as const;
export type OriginTool = (typeof ORIGIN_TOOLS)[number];
export const ORIGIN_TOOL_NAMES: Readonly<Record<OriginTool, string>> = { 'web-annotation': 'W3C Web Annotations', hypothesis: 'Hypothesis', doccano: 'doccano', 'label-studio': 'Label Studio' };

import type { z } from 'zod';

/** The first problem zod found, as "where: what", with the path written like `claims[2].status`. */
export function describeIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  if (issue === undefined) return 'the data is not valid';
  return `${formatPath(issue.path)}${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '' : `${text}: `;
}

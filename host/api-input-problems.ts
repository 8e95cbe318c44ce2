// What is wrong with a call's input, in plain words: a file too large for what the call does
// with it, or each field that is missing or not as the contract has it. Words a schema gives
// itself ("Evidence links must be http:// or https:// addresses.") are kept as they are.

import type { z } from 'zod';
import { API_FILE_BYTES_MAX } from '../shared/api';
import type { ApiMethod } from '../shared/api-methods';
import { articleTooLargeText, importTooLargeText } from '../shared/file-limits';

type Issue = z.core.$ZodRawIssue;

/**
 * zod asks for an issue's words before it knows where the issue is; words made here carry
 * this mark so that the field's name can be put in front of them once it is known.
 */
const OURS = '\u2063';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'left out',
};

const FORMAT_WORDS: Readonly<Record<string, string>> = {
  uuid: 'an id',
  guid: 'an id',
  url: 'a link',
  base64: 'base64 text',
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'bytes';
  return TYPE_WORDS[typeof value] ?? typeof value;
}

/** How far over or under a limit, by what the limit counts. */
function sizeWords(issue: Issue & { origin: string }, over: boolean): string {
  const limit = String(over ? issue.maximum : issue.minimum);
  if (issue.origin === 'string') return over ? `is longer than ${limit} characters` : limit === '1' ? 'is empty' : `is shorter than ${limit} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return over ? `has more than ${limit} items` : `has fewer than ${limit} items`;
  if (issue.origin === 'number' || issue.origin === 'int') return over ? `must be at most ${limit}` : `must be at least ${limit}`;
  return over ? 'is too large' : 'is too small';
}

/** The words for one issue without the field's name; zod's own for none of them. */
function issueWords(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which ${issue.keys.length === 1 ? 'is' : 'are'} not part of it`;
    case 'too_big':
      return sizeWords(issue, true);
    case 'too_small':
      return sizeWords(issue, false);
    case 'invalid_format':
      return `is not ${FORMAT_WORDS[issue.format] ?? 'in the form it must have'}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'is in none of the forms it may take';
    default:
      return 'is not valid';
  }
}

/** The error map for checking a call's input; used with `reportInput`, so that each issue knows what it was given. */
export function plainIssueWords(issue: Issue): string {
  return `${OURS}${issueWords(issue)}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The request';
  return path.map((key, at) => (typeof key === 'number' ? `[${key}]` : `${at === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** The size of the file a call sends (as bytes, or as base64), when it sends one. */
function fileOf(input: unknown): { name: string | null; bytes: number } | null {
  const file: unknown = typeof input === 'object' && input !== null ? Reflect.get(input, 'file') : undefined;
  if (typeof file !== 'object' || file === null) return null;
  const name: unknown = Reflect.get(file, 'fileName');
  const bytes: unknown = Reflect.get(file, 'bytes');
  const base64: unknown = Reflect.get(file, 'contentBase64');
  const size = bytes instanceof Uint8Array ? bytes.byteLength : typeof base64 === 'string' ? Math.floor((base64.length * 3) / 4) : null;
  return size === null ? null : { name: typeof name === 'string' ? name : null, bytes: size };
}

/** The message for a call whose input the contract refused: one sentence per problem. */
export function inputProblemMessage(method: ApiMethod, input: unknown, issues: readonly z.core.$ZodIssue[]): string {
  const file = fileOf(input);
  if (file !== null && file.bytes > API_FILE_BYTES_MAX) {
    if (method === 'openArticle') return articleTooLargeText(file.name ?? 'The article', file.bytes);
    if (method === 'importClaims') return importTooLargeText(file.name ?? 'The file to import', file.bytes);
  }
  const sentences = issues.map((issue) => {
    const words = issue.message.startsWith(OURS) ? `${fieldName(issue.path)} ${issue.message.slice(OURS.length)}` : issue.message;
    return /[.!?]$/.test(words) ? words : `${words}.`;
  });
  return `ClaimMark could not take this ${method} request. ${sentences.join(' ')}`;
}

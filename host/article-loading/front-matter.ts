// Reads the YAML front matter some Markdown files start with ("---" lines around YAML).
// The YAML is parsed by js-yaml (core schema: no timestamps or custom tags, so a date stays
// the text it was written as); an article uses four fields of it.

import { CORE_SCHEMA, load } from 'js-yaml';

export interface FrontMatter {
  title: string | null;
  author: string | null;
  date: string | null;
  source: string | null;
}

export interface SplitMarkdown {
  frontMatter: FrontMatter;
  /** The Markdown after the front matter (the whole text when there is none). */
  body: string;
}

const NO_FRONT_MATTER: FrontMatter = { title: null, author: null, date: null, source: null };
const FIELDS = ['title', 'author', 'date', 'source'] as const;

const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
// A rule, a line and a setext underline look like a fence too; YAML has a "key:" line.
const YAML_KEY = /^[\w-]+[ \t]*:/m;

export function splitFrontMatter(text: string): SplitMarkdown {
  const fence = FENCE.exec(text);
  const yaml = fence?.[1] ?? '';
  if (fence === null || !YAML_KEY.test(yaml)) return { frontMatter: NO_FRONT_MATTER, body: text };
  let fields: unknown;
  try {
    fields = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    // Not YAML after all: the lines stay in the article as written, nothing is dropped.
    return { frontMatter: NO_FRONT_MATTER, body: text };
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return { frontMatter: NO_FRONT_MATTER, body: text };
  const record = fields as Record<string, unknown>;
  const frontMatter: FrontMatter = { ...NO_FRONT_MATTER };
  for (const field of FIELDS) frontMatter[field] = Object.hasOwn(record, field) ? textOf(record[field]) : null;
  return { frontMatter, body: text.slice(fence[0].length) };
}

/** A field's value as one line of text; a list of names (several authors) is joined. */
function textOf(value: unknown): string | null {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) text = value.join(', ');
  else return null;
  text = text.replace(/\s+/gu, ' ').trim().normalize('NFC');
  return text === '' ? null : text;
}

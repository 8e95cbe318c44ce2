// Reads the YAML front matter some Markdown files start with ("---" lines around
// "key: value" lines). Only the four plain fields an article uses are read; a full YAML
// parser would be a dependency for no gain, since nested values are never used here.

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

const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
// A rule, a line and a setext underline look like a fence too; YAML has a "key:" line.
const YAML_KEY = /^[\w-]+[ \t]*:/m;
const FIELD = /^(title|author|date|source)[ \t]*:[ \t]*(.*)$/;

export function splitFrontMatter(text: string): SplitMarkdown {
  const fence = FENCE.exec(text);
  if (fence === null || !YAML_KEY.test(fence[1] ?? '')) return { frontMatter: NO_FRONT_MATTER, body: text };
  const frontMatter: FrontMatter = { ...NO_FRONT_MATTER };
  for (const line of (fence[1] ?? '').split(/\r?\n/)) {
    const field = FIELD.exec(line);
    if (field?.[1] === undefined) continue;
    const key = field[1] as keyof FrontMatter;
    frontMatter[key] ??= scalar(field[2] ?? '');
  }
  return { frontMatter, body: text.slice(fence[0].length) };
}

/** A plain or quoted YAML scalar; null when empty or not a single-line value. */
function scalar(raw: string): string | null {
  const trimmed = raw.trim();
  const doubleQuoted = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(trimmed);
  const singleQuoted = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(trimmed);
  let value: string;
  if (doubleQuoted?.[1] !== undefined) value = doubleQuoted[1].replace(/\\(["\\])/g, '$1');
  else if (singleQuoted?.[1] !== undefined) value = singleQuoted[1].replaceAll("''", "'");
  // Block scalars, lists, maps, anchors and tags are more YAML than a title needs.
  else if (/^[[{|>&*!"']/.test(trimmed)) return null;
  else value = trimmed.replace(/\s+#.*$/, '');
  value = value.replace(/\s+/gu, ' ').trim().normalize('NFC');
  return value === '' ? null : value;
}

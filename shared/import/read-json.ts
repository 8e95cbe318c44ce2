// Reads untrusted JSON text. Size and nesting are checked by one linear scan BEFORE
// JSON.parse, so megabytes of "[[[[" end in a clear ImportError rather than a stack
// overflow here or in any recursive code later. Keys that could reach an object's
// prototype ("__proto__", "constructor", "prototype") are dropped while parsing.

import { ImportError, type ImportLimits } from './import-error';

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Any text that JSON.parse could read as one of those keys (an escape such as "\u005f" included). */
const PROTOTYPE_KEY_TEXT = /__proto__|constructor|prototype|\\u/;

export function readJson(text: string, limits: ImportLimits): unknown {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  checkSize(body, limits.maxBytes);
  if (body.trim() === '') throw new ImportError('The file is empty.');
  checkNesting(body, limits.maxDepth);
  try {
    // A reviver makes JSON.parse several times slower; only text that names such a key needs one.
    if (!PROTOTYPE_KEY_TEXT.test(body)) return JSON.parse(body) as unknown;
    return JSON.parse(body, (key, value: unknown) => (PROTOTYPE_KEYS.has(key) ? undefined : value)) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(`The file is not valid JSON: ${reason}.`);
  }
}

/** UTF-8 size, counted without encoding the text, stopping as soon as it is too big. */
function checkSize(text: string, maxBytes: number): void {
  if (text.length > maxBytes) throw tooBig(maxBytes);
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
    if (bytes > maxBytes) throw tooBig(maxBytes);
  }
}

function tooBig(maxBytes: number): ImportError {
  return new ImportError(`The file is larger than ${formatBytes(maxBytes)}; ClaimMark imports files up to that size.`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${bytes} bytes`;
}

const BACKSLASH = 0x5c; // a backslash
const QUOTE = 0x22; // "
const OPEN_ARRAY = 0x5b; // [
const OPEN_OBJECT = 0x7b; // {
const CLOSE_ARRAY = 0x5d; // ]
const CLOSE_OBJECT = 0x7d; // }

/**
 * Nesting depth outside strings, and whether the text stops in the middle of a value.
 * Also catches text that is clearly not JSON, so the message can say what it looks like.
 */
function checkNesting(text: string, maxDepth: number): void {
  const first = text.trimStart()[0];
  if (first === '<') throw new ImportError('The file looks like HTML or XML, not JSON.');
  let depth = 0;
  let inString = false;
  // Character codes rather than one-character strings: this runs over every character of 20 MB.
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === BACKSLASH) index += 1;
      else if (character === QUOTE) inString = false;
    } else if (character === QUOTE) {
      inString = true;
    } else if (character === OPEN_ARRAY || character === OPEN_OBJECT) {
      depth += 1;
      if (depth > maxDepth) {
        throw new ImportError(
          `The file nests arrays or objects more than ${maxDepth} levels deep (at character ${index + 1}); ClaimMark does not read files like that.`,
        );
      }
    } else if (character === CLOSE_ARRAY || character === CLOSE_OBJECT) {
      depth -= 1;
    }
  }
  if (inString || depth > 0) {
    throw new ImportError('The file ends in the middle of the JSON; it may be truncated (was the download or copy complete?).');
  }
}

/**
 * True for JSON Lines (one JSON object a line, as doccano exports): the first line is an
 * object on its own and another line follows. A single line is plain JSON and read as such.
 */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const [first, second] = lines;
  return first !== undefined && second !== undefined && first.startsWith('{') && first.endsWith('}') && second.startsWith('{');
}

/** Each non-blank line read as JSON, with the whole text's size and each line's nesting checked. */
export function readJsonLines(text: string, limits: ImportLimits): unknown[] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  checkSize(body, limits.maxBytes);
  const values: unknown[] = [];
  body.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      values.push(readJson(line, limits));
    } catch (error) {
      if (error instanceof ImportError) throw new ImportError(`Line ${index + 1}: ${error.message}`);
      throw error;
    }
  });
  return values;
}

// Turns the bytes of an article file into text, refusing files that are not text: empty,
// too large, binary, or not UTF-8. Every message starts with the file name, as the user
// sees it in the open dialog.

import { ApiError } from '../../shared/api';
import { ARTICLE_MAX_BYTES, articleTooLargeText } from '../../shared/file-limits';

export { ARTICLE_MAX_BYTES };

// Invalid UTF-8 rule: a long text with a stray byte or two (a bad copy-paste, a truncated
// download of a mostly good page) still opens, each bad sequence shown as U+FFFD. A file
// whose bad sequences are more than 0.1% of its bytes, or more than 8 in all, is in another
// encoding (Latin-1, Windows-1252, ...) and would come out garbled, so it is refused.
const MAX_INVALID_SEQUENCES = 8;
const MAX_INVALID_SHARE = 0.001;

const REPLACEMENT_CHARACTER = '\uFFFD';

export function decodeArticleBytes(fileName: string, bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new ApiError('invalid-input', `${fileName} is empty.`);
  if (bytes.byteLength > ARTICLE_MAX_BYTES) {
    throw new ApiError('invalid-input', articleTooLargeText(fileName, bytes.byteLength));
  }
  // No text format has NUL bytes; UTF-16 files and every common binary format do.
  if (bytes.includes(0)) {
    throw new ApiError('invalid-input', `${fileName} is not a text file (it holds binary data).`);
  }
  // ignoreBOM: false makes the decoder drop a leading UTF-8 byte order mark.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const invalid = countReplacements(text) - countEncodedReplacements(bytes);
  if (invalid > MAX_INVALID_SEQUENCES || invalid > bytes.byteLength * MAX_INVALID_SHARE) {
    throw new ApiError('invalid-input', `${fileName} is not valid UTF-8 text.`);
  }
  return text;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let index = text.indexOf(REPLACEMENT_CHARACTER); index !== -1; index = text.indexOf(REPLACEMENT_CHARACTER, index + 1)) {
    count += 1;
  }
  return count;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not a decoding error. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let index = bytes.indexOf(0xef); index !== -1; index = bytes.indexOf(0xef, index + 1)) {
    if (bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count += 1;
  }
  return count;
}

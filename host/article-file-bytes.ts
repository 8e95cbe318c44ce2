// An article file's bytes, however it travelled: as they are, or as base64.

import type { ArticleFileInput } from '../shared/api';

export function articleFileBytes(file: ArticleFileInput): Uint8Array {
  return 'bytes' in file ? file.bytes : Buffer.from(file.contentBase64, 'base64');
}

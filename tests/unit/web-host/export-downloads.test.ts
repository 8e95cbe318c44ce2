import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../../web-host/export-downloads';

describe('contentDisposition', () => {
  it.each([
    { fileName: 'claims.json', header: `attachment; filename="claims.json"; filename*=UTF-8''claims.json` },
    {
      fileName: 'путин.claims.json',
      header: `attachment; filename="_____.claims.json"; filename*=UTF-8''%D0%BF%D1%83%D1%82%D0%B8%D0%BD.claims.json`,
    },
    { fileName: '😀.report.md', header: `attachment; filename="__.report.md"; filename*=UTF-8''%F0%9F%98%80.report.md` },
    {
      fileName: `it's "x" 100% (1).csv`,
      header: `attachment; filename="it's _x_ 100_ (1).csv"; filename*=UTF-8''it%27s%20%22x%22%20100%25%20%281%29.csv`,
    },
  ])('names $fileName exactly in UTF-8 and in plain ASCII', ({ fileName, header }) => {
    expect(contentDisposition(fileName)).toBe(header);
  });
});

// An article or a file to import nested deeper than ClaimMark reads is refused as nested,
// in every format and through the dispatcher the hosts use, never as a failure of the call.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { createApiDispatcher, type ApiDispatcher } from '../../../host/api-dispatch';
import { ClaimMarkService, hostApi } from '../../../host/claimmark-service';
import { LibraryStore } from '../../../host/library/library-store';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, removeDir } from '../support/library-fixture';

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/** A ClaimMark export whose one article sits inside 100 levels of lists. */
const deepExport = `{"format":"claimmark-export","version":3,"articles":${'['.repeat(100)}{}${']'.repeat(100)}}`;

describe('deeply nested files through the dispatcher', () => {
  let dataDir: string;
  let service: ClaimMarkService;
  let dispatch: ApiDispatcher;
  let logged: string[];

  beforeEach(async () => {
    dataDir = await makeTempDir('deep-nesting');
    const store = new LibraryStore(dataDir);
    service = await ClaimMarkService.open({
      store,
      sampleArticlePath: SAMPLE_ARTICLE_PATH,
      articleWork: inThreadArticleWork,
      now: new TestClock('2025-06-01T08:00:00.000Z').now,
      newId: idCounter(),
    });
    logged = [];
    const api = hostApi(service, { exportClaims: () => Promise.reject(new Error('not used')), openExternal: async () => ({ opened: false }) });
    dispatch = createApiDispatcher(api, (message) => logged.push(message));
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  it.each([
    {
      name: 'an HTML page 1,500 <div> deep',
      method: 'openArticle',
      file: { fileName: 'nest.html', contentBase64: base64(`<html><body>${'<div>'.repeat(1500)}Deep.${'</div>'.repeat(1500)}</body></html>`) },
      message: 'nest.html: this page is nested 1,500 levels deep; ClaimMark opens articles nested up to 200 levels.',
    },
    {
      name: 'a Markdown file quoted 3,000 times over',
      method: 'openArticle',
      file: { fileName: 'quotes.md', contentBase64: base64(`# Title\n\n${'>'.repeat(3000)} Deep.\n`) },
      message: 'quotes.md: this article is nested 3,000 levels deep; ClaimMark opens articles nested up to 200 levels.',
    },
    {
      name: 'Markdown with HTML 2,000 <div> deep',
      method: 'openArticle',
      file: { fileName: 'divs.md', contentBase64: base64(`# Title\n\n${'<div>'.repeat(2000)}Deep.\n`) },
      message: 'divs.md: this article is nested 2,000 levels deep; ClaimMark opens articles nested up to 200 levels.',
    },
    {
      name: 'an exported-article JSON file 100 lists deep',
      method: 'importClaims',
      file: { fileName: 'export.json', contentBase64: base64(deepExport) },
      message: 'export.json: The file nests arrays or objects more than 64 levels deep (at character 116); ClaimMark does not read files like that.',
    },
  ])('refuses $name as nested', async ({ method, file, message }) => {
    expect(await dispatch(method, { file })).toEqual({ ok: false, error: { code: 'invalid-input', message } });
    // A refusal the analyst can act on, not a failure worth logging.
    expect(logged).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { hypothesisExportJson, type HypothesisExportFile } from '../../../../shared/export/hypothesis-export';
import { materialize } from '../../../../shared/export/json-chunks';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { checkHypothesisImport } from '../../../support/hypothesis-client-conformance';
import { EXPORTED_AT, LIBRARY, WEB_ARTICLE, WEB_CLAIMS, uuid } from './exchange-fixture';

function exported(annotator?: string, articles = LIBRARY): HypothesisExportFile {
  return materialize(hypothesisExportJson({ articles, exportedAt: EXPORTED_AT, ...(annotator === undefined ? {} : { annotator }) }));
}

const SAM = 'acct:Sam_Reporter@claimmark.invalid';
const SAM_MAY = { read: ['group:__world__'], admin: [SAM], update: [SAM], delete: [SAM] };

describe('hypothesisExportJson', () => {
  it('writes the file Hypothesis’ client exports, one annotation per claim with its quote, position, note and tags', () => {
    expect(exported('Sam Reporter', [{ article: WEB_ARTICLE, claims: WEB_CLAIMS }])).toEqual({
      export_date: '2025-06-03T12:00:00.000Z',
      export_userid: SAM,
      client_version: 'ClaimMark',
      annotations: [
        {
          id: uuid(11),
          created: '2025-06-02T07:00:00.000Z',
          updated: '2025-06-02T07:00:00.000Z',
          user: SAM,
          user_info: { display_name: 'Sam Reporter' },
          uri: 'https://news.example.com/2025/06/jobs-report',
          text: '',
          // The status as Hypothesis users tag one, then the claim's own tags.
          tags: ['Verified', 'forecast'],
          group: '__world__',
          permissions: SAM_MAY,
          target: [
            {
              source: 'https://news.example.com/2025/06/jobs-report',
              selector: [
                { type: 'TextQuoteSelector', exact: 'growth of 2% next year', prefix: 'he numbers say\n\nAnalysts expect ', suffix: '. Others disagree.' },
                { type: 'TextPositionSelector', start: 51, end: 73 },
              ],
            },
          ],
          document: { title: ['Jobs report: what the numbers say'] },
          hidden: false,
          flagged: false,
        },
        {
          id: uuid(12),
          created: '2025-06-02T07:05:00.000Z',
          updated: '2025-06-02T07:05:00.000Z',
          user: SAM,
          user_info: { display_name: 'Sam Reporter' },
          uri: 'https://news.example.com/2025/06/jobs-report',
          text: '',
          // Unverified is every claim's first status: no tag.
          tags: [],
          group: '__world__',
          permissions: SAM_MAY,
          target: [
            {
              source: 'https://news.example.com/2025/06/jobs-report',
              selector: [
                { type: 'TextQuoteSelector', exact: 'Others disagree', prefix: ' expect growth of 2% next year. ', suffix: '.' },
                { type: 'TextPositionSelector', start: 75, end: 90 },
              ],
            },
          ],
          document: { title: ['Jobs report: what the numbers say'] },
          hidden: false,
          flagged: false,
        },
      ],
    });
  });

  it('names an article without a web address by its text’s hash, and an orphan by its quote alone', () => {
    const file = exported();
    const main = file.annotations.filter((annotation) => annotation.uri.startsWith('urn:'));
    // The claim imported from Hypothesis has the id it had there; the others ClaimMark's.
    expect(main.map((annotation) => annotation.id)).toEqual([uuid(1), uuid(2), 'Jb7dmWxqEe-jobs01', uuid(4), uuid(5), 'legacy claim/7', uuid(6)]);
    expect(new Set(main.map((annotation) => annotation.uri))).toEqual(new Set(['urn:sha256:2ca0e06327c4390062ec65d5c3f5fda6fa527843be4bcfe30fb52573fd499cf5']));
    expect(main.find((annotation) => annotation.id === 'legacy claim/7')?.target).toEqual([
      {
        source: 'urn:sha256:2ca0e06327c4390062ec65d5c3f5fda6fa527843be4bcfe30fb52573fd499cf5',
        selector: [{ type: 'TextQuoteSelector', exact: 'Critics say', prefix: 'nd 😀: the budget grew by 12%.\n\n', suffix: ' wages have not kept up with inf' }],
      },
    ]);
  });

  it('makes a Hypothesis username of the analyst’s name, or "claimmark" when too little of it is left', () => {
    expect(exported('Zoë  O’Brien-Smith').export_userid).toBe('acct:Zoe_O_Brien_Smith@claimmark.invalid');
    expect(exported('李').export_userid).toBe('acct:claimmark@claimmark.invalid');
    expect(exported().annotations[0]?.user_info).toEqual({ display_name: 'ClaimMark' });
  });

  it('is a file Hypothesis’ client can import, every annotation of it', () => {
    expect(checkHypothesisImport(JSON.parse(serializeJson(exported('Sam Reporter'))))).toEqual([]);
  });
});

describe('checkHypothesisImport', () => {
  it('finds what would stop the client', () => {
    const file = JSON.parse(serializeJson(exported('Sam Reporter', [{ article: WEB_ARTICLE, claims: WEB_CLAIMS }]))) as { annotations: Record<string, unknown>[] };
    const [first, second] = file.annotations;
    if (first === undefined || second === undefined) throw new Error('two annotations expected');
    first.user = 'Sam Reporter';
    first.tags = 'Verified';
    second.target = [{ source: 'https://news.example.com/', selector: [{ type: 'TextPositionSelector', start: 9, end: 3 }] }];
    expect(checkHypothesisImport(file)).toEqual([
      'annotations[0]: user must be "acct:<username>@<authority>"',
      'annotations[0]: tags must be a list of strings',
      'annotations[1]: target[0].selector has no TextQuoteSelector with an exact quote',
      'annotations[1]: a TextPositionSelector needs whole numbers start ≤ end',
    ]);
    expect(checkHypothesisImport([first])).toEqual(['the file must be an object with an "annotations" list']);
  });
});

// Claims as the file Hypothesis' client writes and imports again ({export_date,
// export_userid, client_version, annotations}), so a desk can bring ClaimMark's claims into
// Hypothesis. The client imports each annotation's `target`, `text`, `tags`, `uri` and
// `document` and needs `user` (it lists files by annotator) and `tags` as a list; the other
// fields are what its API returns, for tools that read the file as it is.
// - id: the claim's id, so ClaimMark reading the file back knows the claims again; for a
//   claim imported from Hypothesis, the id it had there, so the file names Hypothesis'
//   annotation and reading it back gives the claim the same id and origin again;
// - uri and target.source: the article's web address, or `urn:sha256:<hex>` of its text when
//   it has none (Hypothesis takes URNs as document addresses);
// - selectors: TextQuoteSelector, and a TextPositionSelector in UTF-16 units (what the client
//   measures in), left out for an orphan, whose old position would select other words;
// - text: the note; tags: the status by its name unless it is Unverified (Hypothesis has no
//   status: a tag that names one is read back as the status), then the claim's tags.
// Evidence, the claimant, status history and review are not carried: Hypothesis has no place
// for them (the ClaimMark and W3C exports keep them).

import { STATUS_INFO } from '../statuses';
import type { Claim } from '../model';
import { inReadingOrder } from '../claims/reading-order';
import { GENERATOR, articleIri } from '../exchange/web-annotation-terms';
import type { ArticleClaims } from './article-claims';
import { JsonList, JsonRecord, type Streamable } from './json-chunks';

export const HYPOTHESIS_MIME_TYPE = 'application/json';

/** Hypothesis names a user `acct:<username>@<authority>`; this authority is reserved, never a real service. */
const AUTHORITY = 'claimmark.invalid';

interface HypothesisSelector {
  type: 'TextQuoteSelector' | 'TextPositionSelector';
  [key: string]: string | number;
}

export interface HypothesisAnnotation {
  id: string;
  created: string;
  updated: string;
  user: string;
  user_info: { display_name: string };
  uri: string;
  text: string;
  tags: string[];
  group: string;
  permissions: { read: string[]; admin: string[]; update: string[]; delete: string[] };
  target: { source: string; selector: HypothesisSelector[] }[];
  document: { title: string[] };
  hidden: boolean;
  flagged: boolean;
}

export interface HypothesisExportFile {
  export_date: string;
  export_userid: string;
  client_version: string;
  annotations: HypothesisAnnotation[];
}

export interface HypothesisExportInput {
  articles: readonly ArticleClaims[];
  exportedAt: string;
  /** The analyst's name, shown as the annotations' author. */
  annotator?: string;
}

/** A Hypothesis username: 3 to 30 letters, digits, "." or "_". */
function usernameOf(name: string | undefined): string {
  const username = (name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 30);
  return username.length >= 3 ? username : 'claimmark';
}

function tagsOf(claim: Claim): string[] {
  const status = claim.status === 'unverified' ? [] : [STATUS_INFO[claim.status].label];
  return [...status, ...claim.tags];
}

function selectorsOf(claim: Claim): HypothesisSelector[] {
  const { quote, position } = claim.selectors;
  const selectors: HypothesisSelector[] = [{ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }];
  if (claim.anchor.state !== 'orphaned') selectors.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  return selectors;
}

export function hypothesisExportJson(input: HypothesisExportInput): Streamable<HypothesisExportFile> {
  const user = `acct:${usernameOf(input.annotator)}@${AUTHORITY}`;
  const displayName = input.annotator ?? GENERATOR.name;
  const annotations = JsonList.of<{ claim: Claim; uri: string; title: string }, HypothesisAnnotation>(
    function* () {
      for (const { article, claims } of input.articles) {
        const uri = articleIri(article);
        for (const claim of inReadingOrder(claims)) yield { claim, uri, title: article.title };
      }
    },
    ({ claim, uri, title }) => ({
      id: claim.origin?.tool === 'hypothesis' ? claim.origin.id : claim.id,
      created: claim.created,
      updated: claim.modified,
      user,
      user_info: { display_name: displayName },
      uri,
      text: claim.note,
      tags: tagsOf(claim),
      group: '__world__',
      permissions: { read: ['group:__world__'], admin: [user], update: [user], delete: [user] },
      target: [{ source: uri, selector: selectorsOf(claim) }],
      document: { title: [title] },
      hidden: false,
      flagged: false,
    }),
  );
  return new JsonRecord<HypothesisExportFile>({
    export_date: input.exportedAt,
    export_userid: user,
    client_version: GENERATOR.name,
    annotations,
  });
}

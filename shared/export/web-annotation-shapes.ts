// The shapes of ClaimMark's W3C Web Annotations (web-annotation.ts writes them, its header
// says what each part means), as types for the writer and its readers' tests.

import type { ClaimStatus, EvidenceStance } from '../model';
import { ANNOTATION_CONTEXT, CLAIM_REVIEWED_KEY, type OriginProperties, ITEM_REVIEWED_KEY, REVIEW_KEY, REVIEW_NOTE_KEY, STANCE_KEY, STATUS_HISTORY_KEY, STATUS_KEY } from '../exchange/web-annotation-terms';

export interface WebAnnotationAgent {
  /** An IRI for the agent, when it has one. */
  id?: string;
  type: 'Person' | 'Organization' | 'Software';
  name: string;
}

export interface NoteBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/plain';
}

export interface StatusBody {
  type: 'TextualBody';
  purpose: 'assessing';
  value: string;
  format: 'text/plain';
  language: 'en';
  [STATUS_KEY]: ClaimStatus;
}

export interface TagBody {
  type: 'TextualBody';
  purpose: 'tagging';
  value: string;
}

export interface EvidenceBody {
  id: string;
  type: 'SpecificResource';
  purpose: 'linking';
  source: { id: string; 'schema:name'?: string };
  selector?: { type: 'TextQuoteSelector'; exact: string };
  state?: { type: 'TimeState'; sourceDate: string };
  created: string;
  [STANCE_KEY]: EvidenceStance;
}

export interface ReviewBody {
  type: 'TextualBody';
  purpose: 'questioning';
  value: string;
  format: 'text/plain';
  language: 'en';
  [REVIEW_NOTE_KEY]: true;
}

export type AnnotationBody = NoteBody | StatusBody | TagBody | ReviewBody | EvidenceBody;

export interface AnnotationTarget {
  type: 'SpecificResource';
  source: string;
  /** The quote, and the position unless the claim is an orphan. */
  selector:
    | [TargetQuoteSelector, { type: 'TextPositionSelector'; start: number; end: number }]
    | [TargetQuoteSelector];
}

export interface TargetQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface StatusHistoryEntry {
  type: 'schema:ReplaceAction';
  'schema:replacee': ClaimStatus;
  'schema:replacer': ClaimStatus;
  'schema:endTime': string;
}

export interface WebAnnotation extends OriginProperties {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  generated: string;
  creator?: WebAnnotationAgent;
  generator: WebAnnotationAgent;
  body: AnnotationBody[];
  target: AnnotationTarget;
  [CLAIM_REVIEWED_KEY]?: string;
  [ITEM_REVIEWED_KEY]?: { type: 'schema:Claim'; 'schema:author': ClaimantAgent };
  [STATUS_HISTORY_KEY]?: StatusHistoryEntry[];
  [REVIEW_KEY]?: { 'schema:text': string; 'schema:startTime': string };
}

/** The claimant; typed only when the analyst said whether a person or an organization. */
export interface ClaimantAgent {
  type?: 'schema:Person' | 'schema:Organization';
  'schema:name': string;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  /** Absent when there are no annotations: a page must hold at least one. */
  first?: AnnotationPage;
  last?: string;
}

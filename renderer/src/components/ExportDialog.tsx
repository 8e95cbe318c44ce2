// Chooses what to export (this article or the whole library) and in which format. The
// organisation publishing ClaimReviews is asked for, and remembered, only for that format;
// the analyst's name (the annotations' creator) only for the W3C and Hypothesis formats, and may be left out.

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, type ExportFormat } from '../../../shared/export/export-formats';
import type { ExportRequest } from '../../../shared/export/export-request';
import { reviewPageProblem } from '../../../shared/export/review-page';
import { ModalDialog } from './ModalDialog';
import { FieldProblem } from './FieldProblem';

const PUBLISHER_KEY = 'claimmark.claimReviewPublisher';
const ANNOTATOR_KEY = 'claimmark.annotatorName';
const NAMES_THE_ANNOTATOR: ReadonlySet<ExportFormat> = new Set(['web-annotation-collection', 'web-annotation-array', 'hypothesis']);

interface ExportDialogProps {
  articleId: string | null;
  articleTitle: string | null;
  onExport(request: ExportRequest): Promise<void>;
  onClose(): void;
}

interface Publisher {
  name: string;
  url: string;
  reviewPageUrl: string;
}

function rememberedPublisher(): Publisher {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(PUBLISHER_KEY) ?? 'null');
    if (typeof saved === 'object' && saved !== null) {
      const value = saved as Partial<Publisher>;
      return { name: String(value.name ?? ''), url: String(value.url ?? ''), reviewPageUrl: '' };
    }
  } catch {
    // Nothing remembered, or something unreadable: start blank.
  }
  return { name: '', url: '', reviewPageUrl: '' };
}

export function ExportDialog({ articleId, articleTitle, onExport, onClose }: ExportDialogProps) {
  const [scope, setScope] = useState<'article' | 'library'>(articleId === null ? 'library' : 'article');
  const [format, setFormat] = useState<ExportFormat>('native');
  const [publisher, setPublisher] = useState<Publisher>(rememberedPublisher);
  const [annotator, setAnnotator] = useState(() => localStorage.getItem(ANNOTATOR_KEY) ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let request: ExportRequest = {
      scope: scope === 'article' && articleId !== null ? { kind: 'article', articleId } : { kind: 'library' },
      format,
    };
    if (format === 'claim-review') {
      if (publisher.name.trim() === '') {
        setProblem('Give the name of the organisation publishing the reviews.');
        return;
      }
      const pageProblem = publisher.reviewPageUrl.trim() === '' ? null : reviewPageProblem(publisher.reviewPageUrl);
      if (pageProblem !== null) {
        setProblem(`Page publishing these fact checks: ${pageProblem}`);
        return;
      }
      request = {
        ...request,
        publisher: {
          name: publisher.name.trim(),
          ...(publisher.url.trim() === '' ? {} : { url: publisher.url.trim() }),
          ...(publisher.reviewPageUrl.trim() === '' ? {} : { reviewPageUrl: publisher.reviewPageUrl.trim() }),
        },
      };
      localStorage.setItem(PUBLISHER_KEY, JSON.stringify({ name: publisher.name.trim(), url: publisher.url.trim() }));
    }
    if (NAMES_THE_ANNOTATOR.has(format)) {
      const name = annotator.trim();
      if (name !== '') request = { ...request, annotator: { name } };
      localStorage.setItem(ANNOTATOR_KEY, name);
    }
    setProblem(null);
    setBusy(true);
    try {
      await onExport(request);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog labelledBy="export-title" className="export-dialog" onEscape={onClose} onSubmit={(event) => void submit(event)}>
      <h2 id="export-title">Export claims</h2>
      <fieldset>
        <legend>What</legend>
        <label className="choice">
          <input ref={first} type="radio" name="scope" checked={scope === 'article'} disabled={articleId === null} onChange={() => setScope('article')} />
          This article{articleTitle !== null ? ` (“${articleTitle}”)` : ''}
        </label>
        <label className="choice">
          <input type="radio" name="scope" checked={scope === 'library'} onChange={() => setScope('library')} />
          The whole library
        </label>
      </fieldset>
      <fieldset>
        <legend>Format</legend>
        {EXPORT_FORMATS.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="format" checked={format === option} onChange={() => setFormat(option)} />
            {EXPORT_FORMAT_LABELS[option]}
          </label>
        ))}
      </fieldset>
      {format === 'claim-review' && (
        <fieldset>
          <legend>Published by</legend>
          <label className="field">
            <span>Organisation</span>
            <input type="text" value={publisher.name} onChange={(event) => setPublisher({ ...publisher, name: event.target.value })} />
          </label>
          <label className="field">
            <span>Organisation website</span>
            <input type="url" value={publisher.url} placeholder="https://" onChange={(event) => setPublisher({ ...publisher, url: event.target.value })} />
          </label>
          <label className="field">
            <span>Page publishing these fact checks</span>
            <input
              type="text"
              inputMode="url"
              value={publisher.reviewPageUrl}
              placeholder="https://example.org/checks/{article}"
              aria-describedby="review-page-hint"
              onChange={(event) => setPublisher({ ...publisher, reviewPageUrl: event.target.value })}
            />
          </label>
          <p className="field-hint" id="review-page-hint">
            Search engines show a ClaimReview only from the page that publishes it. One page for all: each review is at
            #claim-&lt;id&gt; on it. With {'{article}'} in the address, one page per article; with {'{claim}'}, one page per
            review. Without a page, each review is at the article&apos;s own address, or has none when the article has no web
            address.
          </p>
        </fieldset>
      )}
      {NAMES_THE_ANNOTATOR.has(format) && (
        <fieldset>
          <legend>Annotations by</legend>
          <label className="field">
            <span>Your name</span>
            <input type="text" value={annotator} maxLength={300} onChange={(event) => setAnnotator(event.target.value)} />
          </label>
          <p className="field-hint">Written as each annotation&apos;s creator; left out when empty. ClaimMark is named as the software that made them.</p>
        </fieldset>
      )}
      <FieldProblem problem={problem} />
      <div className="modal-actions">
        <button type="submit" className="primary" disabled={busy}>
          Save export
        </button>
        <button type="button" className="quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}

// What an import will do, before anything is written: each article of the file, the library
// article its claims go to and why, how many are added, updated and skipped (and why), and
// what each label of another tool becomes. The analyst can send an article the library could
// not place to one of theirs (the open one first) or open that article's file, change what a
// label becomes, then import or cancel. Every change asks the host for the preview again.

import { useEffect, useRef } from 'react';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../shared/statuses';
import type { ArticleSummary } from '../../../shared/model';
import { ARTICLE_FILE_ACCEPT } from '../article/article-file';
import { ORIGIN_TOOL_NAMES } from '../../../shared/origin-tools';
import { skippedReasons } from '../state/messages';
import type { ImportChoices, ImportSummary } from '../state/workspace-actions';
import { ModalDialog } from './ModalDialog';

type ArticleRow = ImportSummary['perArticle'][number];
type LabelRow = ImportSummary['labels'][number];

const MATCHED_BY: Readonly<Record<ArticleRow['matchedBy'], string>> = {
  address: 'same address',
  text: 'same text',
  title: 'same title',
  chosen: 'your choice',
  'open-article': 'names no article: goes to the open one',
  new: 'new article from the file’s text',
  none: 'no library article matches',
};

const DECIDED_BY: Readonly<Record<LabelRow['by'], string>> = {
  name: 'by its name',
  remembered: 'as you chose last time for this tool',
  chosen: 'your choice',
};

const TOOL_NAMES: Readonly<Record<ImportSummary['tool'], string>> = { native: 'ClaimMark export', ...ORIGIN_TOOL_NAMES };

const TAG = 'tag';
const LEAVE_OUT = '';

interface ImportPreviewProps {
  fileName: string;
  summary: ImportSummary;
  choices: ImportChoices;
  articles: readonly ArticleSummary[];
  openArticleId: string | null;
  /** True while the host is reading the file again or importing it. */
  busy: boolean;
  onChoicesChange(choices: ImportChoices): void;
  /** Opens an article file (as the toolbar's Open does); the preview is then asked for again. */
  onOpenArticle(file: File): void;
  onImport(): void;
  onCancel(): void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `reasonRows`: the articles whose skipped claims `counts.skipped` counts (one, or the file's all). */
function countsText(counts: Pick<ImportSummary, 'added' | 'updated' | 'skipped' | 'orphaned'>, reasonRows: readonly ArticleRow[]): string {
  const reasons = skippedReasons(reasonRows);
  return [
    `${counts.added} to add`,
    `${counts.updated} to update`,
    `${counts.skipped} skipped${reasons === '' ? '' : ` (${reasons})`}`,
    counts.orphaned > 0 ? `${counts.orphaned} orphaned (their words are not found)` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** The articles an unplaced article of the file can go to: the open one first. */
function targetsOf(articles: readonly ArticleSummary[], openArticleId: string | null): ArticleSummary[] {
  const open = articles.find((article) => article.id === openArticleId);
  return open === undefined ? [...articles] : [open, ...articles.filter((article) => article.id !== openArticleId)];
}

export function ImportPreview({ fileName, summary, choices, articles, openArticleId, busy, onChoicesChange, onOpenArticle, onImport, onCancel }: ImportPreviewProps) {
  const articleInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The keyboard stays in the dialog (the app's shortcuts wait): on Import, or on Cancel when there is nothing to import.
  useEffect(() => (importButton.current?.disabled === false ? importButton.current : cancelButton.current)?.focus(), []);
  const targets = choices.targets ?? [];
  const labelStatuses = choices.labelStatuses ?? [];
  const chosenTarget = (fileArticle: number) => targets.find((target) => target.fileArticle === fileArticle)?.articleId ?? LEAVE_OUT;
  const setTarget = (fileArticle: number, articleId: string) =>
    onChoicesChange({
      ...choices,
      targets: [...targets.filter((target) => target.fileArticle !== fileArticle), ...(articleId === LEAVE_OUT ? [] : [{ fileArticle, articleId }])],
    });
  const setLabel = (label: string, value: string) =>
    onChoicesChange({
      ...choices,
      labelStatuses: [...labelStatuses.filter((entry) => entry.label !== label), { label, status: value === TAG ? null : (value as ClaimStatus) }],
    });
  const writes = summary.added + summary.updated;
  const choosable = targetsOf(articles, openArticleId);
  return (
    <ModalDialog labelledBy="import-preview-title" className="import-preview" onEscape={onCancel}>
      <h2 id="import-preview-title">Import {fileName}?</h2>
      <p className="import-preview-tool">
        Read as: {TOOL_NAMES[summary.tool]}. Nothing is written until you press Import; undo takes the whole import back.
      </p>
      <p className="import-preview-total" aria-live="polite">
        {busy ? 'Reading the file again…' : `In all: ${countsText(summary, summary.perArticle)}.`}
      </p>
      <h3>Articles</h3>
      <ol className="import-preview-articles" aria-label="Articles of the file">
        {summary.perArticle.map((row) => {
          const placeable = row.matchedBy === 'none' || row.matchedBy === 'chosen';
          return (
            <li key={row.fileArticle} aria-label={`Article ${row.fileArticle} of the file`}>
              <div className="import-preview-named">{row.named}</div>
              <div>
                {row.title === null ? 'Goes to no article' : `Goes to “${row.title}”`} ({MATCHED_BY[row.matchedBy]})
              </div>
              <div className="import-preview-counts">{countsText({ ...row, skipped: row.skippedOlder + row.skippedDuplicate + row.skippedUnmatched }, [row])}</div>
              {placeable && (
                <div className="import-preview-place">
                <label className="field">
                  <span>Put its claims in</span>
                  <select value={chosenTarget(row.fileArticle)} disabled={busy} onChange={(event) => setTarget(row.fileArticle, event.target.value)}>
                    <option value={LEAVE_OUT}>Leave them out</option>
                    {choosable.map((article) => (
                      <option key={article.id} value={article.id}>
                        {article.id === openArticleId ? `${article.title} (open)` : article.title}
                      </option>
                    ))}
                  </select>
                </label>
                {row.matchedBy === 'none' && (
                  <button type="button" disabled={busy} title="Open the article these claims were made on; the preview is read again" onClick={() => articleInput.current?.click()}>
                    Open its article…
                  </button>
                )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <input
        ref={articleInput}
        type="file"
        hidden
        accept={ARTICLE_FILE_ACCEPT}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) onOpenArticle(file);
        }}
      />
      {summary.labels.length > 0 && (
        <>
          <h3>Labels and tags</h3>
          <p className="import-preview-hint">What each of the file’s labels becomes; your choices are remembered for {TOOL_NAMES[summary.tool]} files.</p>
          <ul className="import-preview-labels" aria-label="Labels of the file">
            {summary.labels.map((entry) => (
              <li key={entry.label}>
                <label className="field">
                  <span>
                    “{entry.label}” ({plural(entry.claims, 'claim', 'claims')}, {DECIDED_BY[entry.by]})
                  </span>
                  <select value={entry.status ?? TAG} disabled={busy} onChange={(event) => setLabel(entry.label, event.target.value)}>
                    <option value={TAG}>Keep as a tag</option>
                    {CLAIM_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        Status {CLAIM_STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.warnings.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul className="import-preview-warnings">
            {summary.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      <div className="modal-actions">
        <button type="button" ref={importButton} className="primary" disabled={busy || writes === 0} onClick={onImport}>
          {writes === 0 ? 'Nothing to import' : `Import ${plural(writes, 'claim', 'claims')}`}
        </button>
        <button type="button" ref={cancelButton} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}

// The toolbar: which article is open, how far the check has got, and the actions.

import { useMemo, useRef } from 'react';
import type { Claim } from '../../../shared/model';
import { ARTICLE_FILE_ACCEPT } from '../article/article-file';
import { CheckProgress } from './CheckProgress';
import { ThemeToggle } from './ThemeToggle';

interface AppHeaderProps {
  currentArticleId: string | null;
  claims: readonly Claim[];
  canAddClaim: boolean;
  onOpenFiles(files: File[]): void;
  onAddClaim(): void;
  onExport(): void;
  onImport(file: File): void;
  onShowShortcuts(): void;
}

export function AppHeader(props: AppHeaderProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const latest = useRef(props);
  latest.current = props;
  // The hidden file fields are the same elements at every redraw (the header redraws as the
  // claims' statuses change), so React leaves them alone; they call the newest props.
  const fileInputs = useMemo(
    () => ({
      articles: (
        <input
          ref={fileInput}
          type="file"
          hidden
          multiple
          accept={ARTICLE_FILE_ACCEPT}
          aria-label="Article file"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) latest.current.onOpenFiles(files);
          }}
        />
      ),
      claims: (
        <input
          ref={importInput}
          type="file"
          hidden
          accept=".json,.jsonld,.jsonl,.ndjson,application/json,application/ld+json,application/x-ndjson,application/jsonl"
          aria-label="Claims file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file !== undefined) latest.current.onImport(file);
          }}
        />
      ),
    }),
    [],
  );
  return (
    <header className="app-header">
      <span className="brand">ClaimMark</span>
      <button type="button" aria-label="Open article" title="Open a .txt, .md or .html article, or drop it on the window (O or Ctrl+O)" onClick={() => fileInput.current?.click()}>
        Open article…
      </button>
      {fileInputs.articles}
      <CheckProgress claims={props.claims} />
      <span className="spacer" />
      <ThemeToggle />
      <button
        type="button"
        className="primary"
        disabled={!props.canAddClaim}
        title="Select text in the article first (shortcut: Ctrl+Enter)"
        // Keep the text selection alive while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={props.onAddClaim}
      >
        Add claim
      </button>
      <button type="button" aria-label="Import claims" title="Import claims: ClaimMark JSON, W3C Web Annotations (Recogito), Hypothesis JSON, doccano JSONL or Label Studio JSON" onClick={() => importInput.current?.click()}>
        Import…
      </button>
      {fileInputs.claims}
      <button type="button" title="Export claims (X or Ctrl+E)" onClick={props.onExport}>
        Export
      </button>
      <button type="button" className="quiet" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={props.onShowShortcuts}>
        ?
      </button>
    </header>
  );
}

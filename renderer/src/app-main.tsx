// The window itself, loaded by main.tsx once the start's calls are on their way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { highlightStyleSheet } from './article/highlight-painter';
import { StartRelay } from './state/start-relay';
import { applyStartTheme } from './state/theme';
import { libraryActions } from './state/workspace-actions';
import './styles.css';

/**
 * How long the window waits for the start's answers before its first render. Their calls left
 * before this script was fetched, and an article of ordinary length is usually in by now: the
 * window is then drawn once, with it. A slow or long one is shown loading after this.
 */
const START_WAIT_MS = 100;

applyStartTheme();
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
// The highlights' colours come from the statuses' table, so they are one style sheet built here.
const highlights = new CSSStyleSheet();
highlights.replaceSync(highlightStyleSheet());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlights];

const start = new StartRelay();
const startActions = libraryActions(start);
const shown = startActions.showWhereLeftOff();
void shown.then(() => startActions.takePendingFiles());
void Promise.race([shown, new Promise((resolve) => setTimeout(resolve, START_WAIT_MS))]).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App start={start} />
    </StrictMode>,
  ),
);

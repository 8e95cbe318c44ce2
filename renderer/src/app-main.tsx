// The window itself, loaded by main.tsx once the start's calls are on their way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { highlightStyleSheet } from './article/highlight-painter';
import { applyStartTheme } from './state/theme';
import './styles.css';

applyStartTheme();
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
// The highlights' colours come from the statuses' table, so they are one style sheet built here.
const highlights = new CSSStyleSheet();
highlights.replaceSync(highlightStyleSheet());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlights];
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The page's first script, kept small: it sends the start's calls (boot-calls.ts), then loads
// the window. The session's answer can then be read, and the last article asked for, while
// the larger script is still being fetched and compiled.
import { sendBootCalls } from './boot-calls';
import { prepareDateFormats } from './date-formats';

sendBootCalls();
void import('./app-main');
// While the main script downloads: the date formats, which the library's first render needs.
prepareDateFormats();

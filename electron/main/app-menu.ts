// The desktop app's menu as a template: File, Edit, View, Claim, Window and Help. Every
// ClaimMark item hands its command to the window (shared/app-commands.ts), which runs it as
// it runs the same key. The keys are shown but not registered with the system: the window
// handles them itself, so a key is never acted on twice and a text field keeps its own keys.

import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/app-commands';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from '../../shared/statuses';

export interface MenuActions {
  isMac: boolean;
  /** Hands a command to the window. */
  send(command: AppCommand): void;
  /** Opens the system's file dialog for articles. */
  openArticles(): void;
}

type Item = MenuItemConstructorOptions;

function commandItem(actions: MenuActions, label: string, command: AppCommand, accelerator?: string): Item {
  return { label, ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }), click: () => actions.send(command) };
}

export function menuTemplate(actions: MenuActions): Item[] {
  const { isMac } = actions;
  const item = (label: string, command: AppCommand, accelerator?: string) => commandItem(actions, label, command, accelerator);
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Article…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: () => actions.openArticles() },
        item('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // In a text field the window undoes typing there; elsewhere the last change to a claim.
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Search Library', 'focus-search', '/'),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Next Claim', 'next-claim', 'J'),
        item('Previous Claim', 'previous-claim', 'K'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    {
      label: 'Claim',
      submenu: [
        item('Select Sentence', 'select-sentence', 'S'),
        item('Extend Selection by a Word', 'extend-selection', '.'),
        item('Trim Selection by a Word', 'trim-selection', ','),
        item('Add Claim', 'add-claim', 'CmdOrCtrl+Enter'),
        { type: 'separator' },
        ...CLAIM_STATUSES.map((status, at) => item(CLAIM_STATUS_LABELS[status], `status-${status}`, String(at + 1))),
        { type: 'separator' },
        item('Write Note', 'focus-note', 'N'),
        item('Add Evidence', 'add-evidence', 'E'),
        item('Delete Claim', 'delete-claim', 'Delete'),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [item('Keyboard Shortcuts', 'help', '?')] },
  ];
}

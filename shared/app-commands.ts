// The commands the analyst can give from the keyboard or the desktop app's menu. Only the
// names, so the sandboxed preload and the main process can include it; the renderer maps
// keys to them (renderer/src/keyboard/shortcuts.ts) and runs them.

export const APP_COMMANDS = [
  'undo',
  'redo',
  'next-claim',
  'previous-claim',
  'status-unverified',
  'status-in-progress',
  'status-verified',
  'status-false',
  'status-misleading',
  'status-inconclusive',
  'focus-note',
  'add-evidence',
  'delete-claim',
  'select-sentence',
  'extend-selection',
  'trim-selection',
  'add-claim',
  'open-article',
  'export',
  'focus-search',
  'help',
] as const;

export type AppCommand = (typeof APP_COMMANDS)[number];

export function isAppCommand(name: unknown): name is AppCommand {
  return typeof name === 'string' && (APP_COMMANDS as readonly string[]).includes(name);
}

/** The channel on which the Electron main process hands a menu command to the window. */
export const APP_COMMAND_CHANNEL = 'claimmark:app-command';

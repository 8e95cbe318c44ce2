// Which key gives which command, in one table: the key handler, the help sheet and the
// tooltips all read it, so a shortcut shown is always the one that works. Pure.

import type { AppCommand } from '../../../shared/app-commands';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../shared/statuses';

/** The parts of a keydown the mapping looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface KeyContext {
  /** macOS uses ⌘ where other systems use Ctrl. */
  mac: boolean;
  /** Focus is in a text field: its own keys (typing, its own undo) win. */
  inTextField: boolean;
}

export interface Shortcut {
  command: AppCommand;
  /** The keys as the help sheet shows them; `Mod` is Ctrl, or ⌘ on a Mac. */
  keys: readonly string[];
  description: string;
}

const statusShortcut = (status: ClaimStatus, at: number): Shortcut => ({
  command: `status-${status}`,
  keys: [String(at + 1)],
  description: `Set the selected claim’s status to ${CLAIM_STATUS_LABELS[status]}`,
});

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'next-claim', keys: ['J'], description: 'Next claim (its highlight is scrolled to and focused)' },
  { command: 'previous-claim', keys: ['K'], description: 'Previous claim' },
  ...CLAIM_STATUSES.map(statusShortcut),
  { command: 'focus-note', keys: ['N'], description: 'Write in the selected claim’s note' },
  { command: 'add-evidence', keys: ['E'], description: 'Add evidence to the selected claim' },
  { command: 'delete-claim', keys: ['Delete'], description: 'Delete the selected claim (Undo brings it back)' },
  { command: 'select-sentence', keys: ['S'], description: 'Select the sentence at the reading position; again for the next one' },
  { command: 'extend-selection', keys: ['.'], description: 'Extend the selection by a word' },
  { command: 'trim-selection', keys: [','], description: 'Take the last word off the selection' },
  { command: 'add-claim', keys: ['Mod+Enter'], description: 'Add the selected text as a claim' },
  { command: 'undo', keys: ['Mod+Z'], description: 'Undo the last change to a claim (in a text field: undo typing there)' },
  { command: 'redo', keys: ['Shift+Mod+Z', 'Ctrl+Y'], description: 'Redo' },
  { command: 'open-article', keys: ['O', 'Mod+O'], description: 'Open an article' },
  { command: 'export', keys: ['X', 'Mod+E'], description: 'Export claims' },
  { command: 'focus-search', keys: ['/'], description: 'Search the library' },
  { command: 'help', keys: ['?'], description: 'Show these shortcuts' },
];

/** A key as the analyst reads it on this system. */
export function keyLabel(keys: string, mac: boolean): string {
  return keys.replace('Mod', mac ? '⌘' : 'Ctrl');
}

/** The keys of a command for a tooltip, e.g. "J" or "Ctrl+Z"; the Windows/Linux-only Ctrl+Y is left out on a Mac. */
export function shortcutText(command: AppCommand, mac: boolean): string {
  const shortcut = SHORTCUTS.find((candidate) => candidate.command === command);
  if (shortcut === undefined) return '';
  return shortcut.keys
    .filter((keys) => !(mac && keys === 'Ctrl+Y'))
    .map((keys) => keyLabel(keys, mac))
    .join(' or ');
}

/** Whether the press is exactly `keys` ("Shift+Mod+Z", "J", "?"). */
function matches(press: KeyPress, keys: string, mac: boolean): boolean {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const mod = mac ? press.metaKey : press.ctrlKey;
  const ctrl = wants.has('Ctrl') || (wants.has('Mod') && !mac);
  const meta = wants.has('Mod') && mac;
  if (keys === 'Ctrl+Y' && mac) return false;
  if (press.ctrlKey !== ctrl || press.metaKey !== meta || press.altKey) return false;
  if (wants.has('Mod') && !mod) return false;
  // Punctuation typed with Shift ("?") is its own key; letters and named keys say Shift outright.
  const punctuation = key.length === 1 && !/[A-Za-z0-9]/.test(key);
  if (!punctuation && press.shiftKey !== wants.has('Shift')) return false;
  return press.key.length === 1 ? press.key.toLowerCase() === key.toLowerCase() : press.key === key;
}

/** The command a key press gives where the focus is, or null (the key is left to the page). */
export function commandForKey(press: KeyPress, context: KeyContext): AppCommand | null {
  for (const shortcut of SHORTCUTS) {
    // In a text field plain keys type, and its own undo and redo stay with it; Mod+… still works.
    const textEditing = shortcut.command === 'undo' || shortcut.command === 'redo';
    const usable = shortcut.keys.filter((keys) => !context.inTextField || (keys.includes('Mod') && !textEditing));
    if (usable.some((keys) => matches(press, keys, context.mac))) return shortcut.command;
  }
  return null;
}

/** The status a status command sets, or null for any other command. */
export function statusOfCommand(command: AppCommand): ClaimStatus | null {
  return CLAIM_STATUSES.find((status) => command === `status-${status}`) ?? null;
}

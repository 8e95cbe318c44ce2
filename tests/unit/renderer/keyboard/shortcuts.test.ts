import { describe, expect, it } from 'vitest';
import { SHORTCUTS, commandForKey, shortcutText, statusOfCommand, type KeyPress } from '../../../../renderer/src/keyboard/shortcuts';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
const PAGE = { mac: false, inTextField: false };
const FIELD = { mac: false, inTextField: true };
const MAC = { mac: true, inTextField: false };

describe('commandForKey', () => {
  const cases: { name: string; key: KeyPress; context: typeof PAGE; command: string | null }[] = [
    { name: 'J: next claim', key: press('j'), context: PAGE, command: 'next-claim' },
    { name: 'K: previous claim', key: press('k'), context: PAGE, command: 'previous-claim' },
    { name: 'J with Caps Lock', key: press('J'), context: PAGE, command: 'next-claim' },
    { name: 'Shift+J is not J', key: press('J', { shiftKey: true }), context: PAGE, command: null },
    { name: '1: Unverified', key: press('1'), context: PAGE, command: 'status-unverified' },
    { name: '3: Verified', key: press('3'), context: PAGE, command: 'status-verified' },
    { name: '6: Inconclusive', key: press('6'), context: PAGE, command: 'status-inconclusive' },
    { name: '7: nothing', key: press('7'), context: PAGE, command: null },
    { name: 'N: the note', key: press('n'), context: PAGE, command: 'focus-note' },
    { name: 'E: evidence', key: press('e'), context: PAGE, command: 'add-evidence' },
    { name: 'Delete: delete the claim', key: press('Delete'), context: PAGE, command: 'delete-claim' },
    { name: 'S: select the sentence', key: press('s'), context: PAGE, command: 'select-sentence' },
    { name: '.: a word more', key: press('.'), context: PAGE, command: 'extend-selection' },
    { name: ',: a word less', key: press(','), context: PAGE, command: 'trim-selection' },
    { name: '? (typed with Shift): help', key: press('?', { shiftKey: true }), context: PAGE, command: 'help' },
    { name: '/: search', key: press('/'), context: PAGE, command: 'focus-search' },
    { name: 'O: open', key: press('o'), context: PAGE, command: 'open-article' },
    { name: 'X: export', key: press('x'), context: PAGE, command: 'export' },
    { name: 'Ctrl+E: export', key: press('e', { ctrlKey: true }), context: PAGE, command: 'export' },
    { name: 'Ctrl+Z: undo', key: press('z', { ctrlKey: true }), context: PAGE, command: 'undo' },
    { name: 'Shift+Ctrl+Z: redo', key: press('Z', { ctrlKey: true, shiftKey: true }), context: PAGE, command: 'redo' },
    { name: 'Ctrl+Y: redo on Windows and Linux', key: press('y', { ctrlKey: true }), context: PAGE, command: 'redo' },
    { name: 'Ctrl+Enter: add the claim', key: press('Enter', { ctrlKey: true }), context: PAGE, command: 'add-claim' },
    { name: 'Alt+J: left to the system', key: press('j', { altKey: true }), context: PAGE, command: null },
    { name: 'Ctrl+J: not J', key: press('j', { ctrlKey: true }), context: PAGE, command: null },
    // In a text field, keys type and its own undo stays with it.
    { name: 'J in a text field types', key: press('j'), context: FIELD, command: null },
    { name: '3 in a text field types', key: press('3'), context: FIELD, command: null },
    { name: 'Delete in a text field deletes text', key: press('Delete'), context: FIELD, command: null },
    { name: 'Ctrl+Z in a text field is the field’s own', key: press('z', { ctrlKey: true }), context: FIELD, command: null },
    { name: 'Ctrl+Y in a text field is the field’s own', key: press('y', { ctrlKey: true }), context: FIELD, command: null },
    { name: 'Ctrl+Enter in a text field still adds the claim', key: press('Enter', { ctrlKey: true }), context: FIELD, command: 'add-claim' },
    { name: 'Ctrl+E in a text field still exports', key: press('e', { ctrlKey: true }), context: FIELD, command: 'export' },
    // A Mac uses ⌘.
    { name: '⌘Z on a Mac: undo', key: press('z', { metaKey: true }), context: MAC, command: 'undo' },
    { name: 'Shift+⌘Z on a Mac: redo', key: press('z', { metaKey: true, shiftKey: true }), context: MAC, command: 'redo' },
    { name: 'Ctrl+Z on a Mac: nothing', key: press('z', { ctrlKey: true }), context: MAC, command: null },
    { name: 'Ctrl+Y on a Mac: nothing', key: press('y', { ctrlKey: true }), context: MAC, command: null },
    { name: '⌘Enter on a Mac: add the claim', key: press('Enter', { metaKey: true }), context: MAC, command: 'add-claim' },
  ];
  it.each(cases)('$name', ({ key, context, command }) => {
    expect(commandForKey(key, context)).toBe(command);
  });
});

describe('what the tooltips and the help sheet say', () => {
  it.each([
    { command: 'undo' as const, mac: false, text: 'Ctrl+Z' },
    { command: 'undo' as const, mac: true, text: '⌘+Z' },
    { command: 'redo' as const, mac: false, text: 'Shift+Ctrl+Z or Ctrl+Y' },
    { command: 'redo' as const, mac: true, text: 'Shift+⌘+Z' },
    { command: 'export' as const, mac: false, text: 'X or Ctrl+E' },
    { command: 'next-claim' as const, mac: false, text: 'J' },
  ])('$command on a Mac: $mac is “$text”', ({ command, mac, text }) => {
    expect(shortcutText(command, mac)).toBe(text);
  });

  it('gives every key to one command only', () => {
    const keys = SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps each status command to its status, and other commands to none', () => {
    expect(statusOfCommand('status-in-progress')).toBe('in-progress');
    expect(statusOfCommand('next-claim')).toBeNull();
  });
});

// The help sheet: every keyboard shortcut, as the key handler reads them (keyboard/shortcuts.ts).

import { useEffect, useRef } from 'react';
import { SHORTCUTS, keyLabel } from '../keyboard/shortcuts';
import { ModalDialog } from './ModalDialog';

interface ShortcutHelpProps {
  mac: boolean;
  onClose(): void;
}

export function ShortcutHelp({ mac, onClose }: ShortcutHelpProps) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <ModalDialog labelledBy="shortcut-help-title" className="shortcut-help" onEscape={onClose}>
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <p>Single keys work when the focus is not in a text field; in a text field, {keyLabel('Mod+Z', mac)} undoes typing in that field only.</p>
      <table>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.command}>
              <th scope="row">
                {shortcut.keys
                  .filter((keys) => !(mac && keys === 'Ctrl+Y'))
                  .map((keys) => <kbd key={keys}>{keyLabel(keys, mac)}</kbd>)}
              </th>
              <td>{shortcut.description}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Home</kbd> <kbd>End</kbd> <kbd>Enter</kbd>
            </th>
            <td>On the highlight ring in the article: previous, next, first and last claim; Enter goes to its card</td>
          </tr>
          <tr>
            <th scope="row">
              <kbd>Esc</kbd>
            </th>
            <td>Leave a text field (back to the highlight ring); close a dialog or the list of overlapping claims</td>
          </tr>
        </tbody>
      </table>
      <div className="claim-actions">
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

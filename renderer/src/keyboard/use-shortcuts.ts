// Runs the app's commands from the keyboard (shortcuts.ts) and from the desktop app's menu,
// and keeps the focus off the page's body after a keyboard action, so the next key still
// reaches something that answers it.

import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../../shared/app-commands';
import { onAppCommand } from '../api';
import { commandForKey } from './shortcuts';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** Whether typing goes into `element`: a text box, a text area, editable content. */
export function isTextField(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Calls `run` for each command. `fallbackFocus` names what takes the focus when a keyboard
 * action has left it on the body (a removed button, a closed dialog).
 */
export function useShortcuts(run: (command: AppCommand) => void, fallbackFocus: () => HTMLElement | null): void {
  const latest = useRef({ run, fallbackFocus });
  latest.current = { run, fallbackFocus };

  useEffect(() => {
    let lastInput: 'keyboard' | 'pointer' = 'pointer';
    const keepFocus = () =>
      requestAnimationFrame(() => {
        if (lastInput !== 'keyboard' || (document.activeElement !== document.body && document.activeElement !== null)) return;
        latest.current.fallbackFocus()?.focus({ preventScroll: true });
      });
    const onKeyDown = (event: KeyboardEvent) => {
      lastInput = 'keyboard';
      // What the key did (a dialog closed, a button removed) is drawn by the next frame. A
      // modifier alone does nothing, and must not move the focus before the key it goes with.
      if (!MODIFIER_KEYS.has(event.key)) keepFocus();
      if (event.defaultPrevented || event.isComposing) return;
      // A dialog has the keyboard to itself (it closes with Escape).
      if (event.target instanceof Element && event.target.closest('[aria-modal="true"]') !== null) return;
      const inTextField = isTextField(document.activeElement);
      // Escape leaves a text field (what was typed is saved as it loses the focus), so the single keys work again.
      if (inTextField && event.key === 'Escape') {
        event.preventDefault();
        latest.current.fallbackFocus()?.focus({ preventScroll: true });
        return;
      }
      const command = commandForKey(event, { mac: IS_MAC, inTextField });
      if (command === null) return;
      // Never the browser's own undo here: outside a text field it would undo typing in
      // whichever field was edited last, even another claim's note.
      event.preventDefault();
      latest.current.run(command);
    };
    const onPointerDown = () => {
      lastInput = 'pointer';
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('focusout', keepFocus);
    const stopMenu = onAppCommand((command) => {
      // The menu's Undo and Redo in a text field are that field's own.
      if ((command === 'undo' || command === 'redo') && isTextField(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      latest.current.run(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('focusout', keepFocus);
      stopMenu();
    };
  }, []);
}

// A text field that saves itself as the analyst types (after a short pause) and when it
// loses focus, so nothing needs an extra click and nothing typed is lost.

import { memo, useEffect, useRef, useState } from 'react';

/**
 * The browser keeps one undo list for the whole page: its undo, given while another field has
 * the focus, would rewrite this field's text (and move the focus here). Only the focused
 * field may be changed by it. The page's own `beforeinput` event says which field it is about
 * to change while the focus is still where the analyst put it; React's onBeforeInput is not
 * that event, so it is listened to directly.
 */
function refuseOtherFieldsUndo(event: InputEvent) {
  if ((event.inputType === 'historyUndo' || event.inputType === 'historyRedo') && document.activeElement !== event.currentTarget) event.preventDefault();
}

/** How long typing must pause before the text is saved. */
export const AUTOSAVE_DELAY_MS = 400;

interface AutosaveTextProps {
  label: string;
  value: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  className?: string;
  /** A tooltip, e.g. the key that jumps here. */
  title?: string;
  onSave(value: string): Promise<boolean> | void;
  /** Told whether an edit is waiting to be saved, so the card can say "Saving…". */
  onPendingChange?(pending: boolean): void;
}

/** Drawn again when its own props change, not whenever its card is. */
export const AutosaveText = memo(function AutosaveText({ label, value, multiline, rows = 3, placeholder, className, title, onSave, onPendingChange }: AutosaveTextProps) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const save = useRef(onSave);
  save.current = onSave;
  const pendingChange = useRef(onPendingChange);
  pendingChange.current = onPendingChange;

  const flush = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    pendingChange.current?.(false);
    void save.current(text);
  };

  // Text typed just before the field goes away is still saved.
  useEffect(() => () => flush(), []);

  // A change made elsewhere (undo, redo) shows here, unless the analyst is typing over it.
  useEffect(() => {
    if (pending.current === null) setDraft(value);
  }, [value]);

  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = field.current;
    element?.addEventListener('beforeinput', refuseOtherFieldsUndo);
    return () => element?.removeEventListener('beforeinput', refuseOtherFieldsUndo);
  }, [multiline]);

  const onChange = (text: string) => {
    setDraft(text);
    pending.current = text;
    pendingChange.current?.(true);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  };

  return (
    <label className={`field ${className ?? ''}`}>
      <span>{label}</span>
      {multiline ? (
        <textarea ref={field} value={draft} rows={rows} placeholder={placeholder} title={title} dir="auto" onChange={(event) => onChange(event.target.value)} onBlur={flush} />
      ) : (
        <input ref={field} type="text" value={draft} placeholder={placeholder} title={title} dir="auto" onChange={(event) => onChange(event.target.value)} onBlur={flush} />
      )}
    </label>
  );
});

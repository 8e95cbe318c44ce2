// A text field that saves itself as the analyst types (after a short pause) and when it
// loses focus, so nothing needs an extra click and nothing typed is lost.

import { useEffect, useRef, useState } from 'react';

/** How long typing must pause before the text is saved. */
export const AUTOSAVE_DELAY_MS = 400;

interface AutosaveTextProps {
  label: string;
  value: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  className?: string;
  onSave(value: string): Promise<boolean> | void;
  /** Told whether an edit is waiting to be saved, so the card can say "Saving…". */
  onPendingChange?(pending: boolean): void;
}

export function AutosaveText({ label, value, multiline, rows = 3, placeholder, className, onSave, onPendingChange }: AutosaveTextProps) {
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
        <textarea value={draft} rows={rows} placeholder={placeholder} dir="auto" onChange={(event) => onChange(event.target.value)} onBlur={flush} />
      ) : (
        <input type="text" value={draft} placeholder={placeholder} dir="auto" onChange={(event) => onChange(event.target.value)} onBlur={flush} />
      )}
    </label>
  );
}

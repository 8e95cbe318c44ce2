// A notice that something worked (saved, exported, imported…): a toast in the corner that
// fades after a while, held while the pointer or the keyboard is on it. Problems stay in the
// one banner row (Banner.tsx) until dismissed.

import { useEffect, useState } from 'react';

/** How long a notice stays before it fades; long enough to read a file path. */
const NOTICE_MS = 8000;

interface NoticeToastProps {
  message: string;
  onDismiss(): void;
}

export function NoticeToast({ message, onDismiss }: NoticeToastProps) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(onDismiss, NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [message, held, onDismiss]);
  return (
    <div
      className={`toast${held ? ' is-held' : ''}`}
      role="status"
      style={{ animationDuration: `${NOTICE_MS}ms` }}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{message}</span>
      <button type="button" className="quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

// A notice that something worked (saved, exported, imported…): a toast in the corner that
// fades after a while, held while the pointer or the keyboard is on it. Problems stay in the
// one banner row (Banner.tsx) until dismissed.

import { useEffect, useState } from 'react';

/** How long a notice stays; long enough to read a file path. */
const NOTICE_MS = 8000;
/** Its last part, in which it fades (a transition only then: nothing is redrawn before). */
const FADE_MS = 1200;

interface NoticeToastProps {
  message: string;
  onDismiss(): void;
}

export function NoticeToast({ message, onDismiss }: NoticeToastProps) {
  const [held, setHeld] = useState(false);
  const [fading, setFading] = useState(false);
  useEffect(() => {
    setFading(false);
    if (held) return;
    const fade = window.setTimeout(() => setFading(true), NOTICE_MS - FADE_MS);
    const dismiss = window.setTimeout(onDismiss, NOTICE_MS);
    return () => {
      window.clearTimeout(fade);
      window.clearTimeout(dismiss);
    };
  }, [message, held, onDismiss]);
  return (
    <div
      className={`toast${fading ? ' is-fading' : ''}`}
      role="status"
      style={{ transitionDuration: `${FADE_MS}ms` }}
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

// A modal dialog over the app: labelled by its heading, closed with Escape. A dialog that
// submits (Export) is a form, so Enter in a field submits it. As it closes it gives the focus
// back to what had it when it opened (else the highlight ring), so the next key still works.

import { useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { fallbackFocus } from '../keyboard/use-app-commands';

interface ModalDialogProps {
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  className?: string;
  onEscape(): void;
  /** Makes the dialog a form that submits with Enter. */
  onSubmit?(event: FormEvent<HTMLFormElement>): void;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, className, onEscape, onSubmit, children }: ModalDialogProps) {
  // Read as the dialog is first drawn, before anything inside it takes the focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  const backdrop = useRef<HTMLDivElement>(null);
  useLayoutEffect(
    () => () => {
      // Runs before the dialog leaves the page, while the focus may still be inside it.
      const active = document.activeElement;
      const focusInDialogOrNowhere = active === null || active === document.body || (backdrop.current?.contains(active) ?? false);
      if (!focusInDialogOrNowhere) return;
      const target = opener !== null && opener.isConnected && !(backdrop.current?.contains(opener) ?? false) ? opener : fallbackFocus();
      target?.focus({ preventScroll: true });
    },
    [opener],
  );
  const dialog = {
    className: className === undefined ? 'modal' : `modal ${className}`,
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': labelledBy,
    onKeyDown: (event: { key: string }) => {
      if (event.key === 'Escape') onEscape();
    },
  } as const;
  return (
    <div className="modal-backdrop" ref={backdrop}>
      {onSubmit === undefined ? (
        <div {...dialog}>{children}</div>
      ) : (
        <form {...dialog} onSubmit={onSubmit} noValidate>
          {children}
        </form>
      )}
    </div>
  );
}

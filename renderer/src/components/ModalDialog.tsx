// A modal dialog over the app: labelled by its heading, closed with Escape. A dialog that
// submits (Export) is a form, so Enter in a field submits it.

import type { FormEvent, ReactNode } from 'react';

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
    <div className="modal-backdrop">
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

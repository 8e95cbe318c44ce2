// A message across the top of the app: an error (announced at once) or a notice, each with
// its own Dismiss button.

interface BannerProps {
  kind: 'error' | 'notice';
  message: string;
  onDismiss(): void;
}

export function Banner({ kind, message, onDismiss }: BannerProps) {
  return (
    <div className={`banner banner-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span>{message}</span>
      <button type="button" className="quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

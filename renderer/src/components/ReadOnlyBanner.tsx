// The library is read-only: a banner that stays while it is, saying why and what is kept.
// It has no Dismiss button, as the analyst must not forget that changes are not saved.

export function ReadOnlyBanner({ message }: { message: string }) {
  return (
    <div className="banner banner-read-only" role="status" aria-live="polite">
      <strong>Read-only:</strong> <span>{message}</span>
    </div>
  );
}

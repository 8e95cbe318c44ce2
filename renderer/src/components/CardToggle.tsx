// Opens a collapsed claim card to show its note and actions, and closes it again.

export function CardToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  return (
    <button
      type="button"
      className="quiet card-toggle"
      aria-expanded={open}
      onClick={(event) => {
        // Opening a card is not choosing its claim.
        event.stopPropagation();
        onToggle();
      }}
    >
      Details
    </button>
  );
}
